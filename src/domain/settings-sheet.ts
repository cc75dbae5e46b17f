/**
 * Moved: the reference sheets are document kinds now (workbook/kinds/settings, directory,
 * registry; shared cell helpers in workbook/sheet-cells). This re-export goes when the last
 * importer is updated.
 */
import { kindByName } from './workbook/kinds';
import type { ReferenceKindId } from './workbook/kind';

export * from './workbook/sheet-cells';
export * from './workbook/kinds/settings';
export * from './workbook/kinds/directory/directory';
export { REGISTRY_SHEET } from './workbook/kinds/registry/registry';

/** The kind of a sheet this module (or the registry) reads, by its name; null for other sheets. */
export function referenceSheetKind(name: string): ReferenceKindId | null {
  return kindByName(name)?.id ?? null;
}
