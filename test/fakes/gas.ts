export * from '../../src/emulator';
