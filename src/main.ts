/**
 * Composition root for Apps Script. Every export here becomes a top-level global function in
 * dist/Code.js (scripts/build.mjs generates forwarding stubs): menu handlers, triggers and the
 * functions sidebars call through google.script.run. Nothing else is exported.
 */
export { onOpen, onInstall } from './gas/menu';
export { showHelp, getAppInfo } from './gas/dialogs';
