/** Moved to workbook/kinds/registry; this re-export goes when the last importer is updated. */
export * from './workbook/kinds/registry/registry';
