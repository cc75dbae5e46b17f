/**
 * Document kinds: what a sheet of a workbook is. A roadmap is checked as a plan of measures; a
 * reference sheet («Настройки», «Справочник организаций», «Реестр школ»…) is read for what it
 * holds and checked by its own rules. Each kind is one folder under kinds/ — how it is recognised
 * (by its name, or by its headers and content), read, checked, and the diagnostic codes it owns —
 * and is listed once in kinds/index.ts.
 */
import type { CodeInfo } from '../checks/codes';
import type { Diagnostic, Grid } from '../core/types';

export type ReferenceKindId = 'settings' | 'directory' | 'registry' | 'risk-profile' | 'expertise';
export type KindId = 'roadmap' | ReferenceKindId;

/** A reference sheet as read: its value, a Russian summary of it, and its findings. */
export interface ReferenceReading<V> {
  value: V;
  /** «период по умолчанию: 2022; …», «12 организаций», «29 школ». */
  summary: string;
  diagnostics: Diagnostic[];
}

export interface ReferenceKind<V> {
  id: ReferenceKindId;
  /** How reports name the kind: «настройки», «справочник организаций», «реестр школ». */
  title: string;
  /** The sheet's name in the templates and the one the add-on looks for. */
  sheetName: string;
  /** Whether a sheet name names this kind (loosely: case, ё, quotes and punctuation ignored). */
  matchesName(name: string): boolean;
  /** Whether the sheet holds this kind whatever its name: its headers and what its rows hold. */
  recognise(grid: Grid): boolean;
  read(grid: Grid, sheetName: string): ReferenceReading<V>;
  /** The diagnostic codes this kind emits. */
  codes: Readonly<Record<string, CodeInfo>>;
}
