/**
 * Composition root for Apps Script. Every export here becomes a top-level global function in
 * dist/Code.js (scripts/build.mjs generates forwarding stubs): menu handlers, triggers and the
 * functions sidebars call through google.script.run. Nothing else is exported.
 */
export { onOpen, onInstall } from './gas/menu';
export { showHelp, getAppInfo } from './gas/dialogs';
export { showCheckSidebar, getCheckReport, selectCell } from './gas/check';
export { showPrepareDialog, getPreparePlan, prepareSheet } from './gas/prepare';
export { showSettingsDialog, getSettingsDialogData, saveSettingsForm } from './gas/settings';
export {
  createMunicipalRoadmapSheet,
  createSchoolRoadmapSheet,
  createRegistrySheet,
  createDirectorySheet,
  createSettingsSheet,
} from './gas/templates';
export { showSummary } from './gas/summary';
