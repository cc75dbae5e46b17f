/**
 * Russian free-text deadlines: the grammar lives in parse/deadline/ (see its index.ts). This file
 * keeps the old import path working until the importers move.
 */
export * from './parse/deadline';
