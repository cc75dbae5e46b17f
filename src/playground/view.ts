/** The shapes the playground's server sends its page (no Node code here: the page imports them). */
import type { MenuEntry } from '../emulator/types';

export interface OpenPage {
  /** Index into the emulator's sidebars or dialogs. */
  id: number;
  kind: 'sidebar' | 'dialog';
  title: string;
  width?: number;
  height?: number;
}

export interface CellView {
  r: number;
  c: number;
  bold?: true;
  bg?: string;
  color?: string;
  italic?: true;
  align?: string;
  list?: string[];
  link?: string;
  /** The background comes from a conditional format rule. */
  conditional?: true;
}

export interface SheetView {
  name: string;
  rows: number;
  cols: number;
  frozenRows: number;
  widths: Record<number, number>;
  display: string[][];
  formats: string[][];
  merges: { row: number; col: number; numRows: number; numCols: number }[];
  cells: CellView[];
  rules: RuleView[];
}

export interface RuleView {
  ranges: string[];
  criteria: string;
  value: string;
  evaluated: boolean;
}

export interface WorkbookState {
  title: string;
  version: number;
  tabs: { name: string; hidden: boolean }[];
  active: SheetView;
  selection: { sheet: string; row: number; col: number; numRows: number; numCols: number };
  menu: { title: string; items: MenuEntry[] } | null;
  sidebar: OpenPage | null;
  dialog: OpenPage | null;
  functions: string[];
  messages: { kind: 'alert' | 'toast'; title?: string; text: string }[];
  /** The spreadsheets open in the playground (the school files beside the coordinator's), the shown one marked. */
  spreadsheets?: { id: string; title: string; current: boolean }[];
}
