/**
 * Composition root for Apps Script. Every export here becomes a top-level global function in
 * dist/Code.js (scripts/build.mjs generates forwarding stubs): menu handlers, triggers and the
 * functions sidebars call through google.script.run. Nothing else is exported but types.
 */
import type { ServerImplementation } from './contracts/server';
import { getCheckReport, selectCell } from './gas/check';
import { getAppInfo } from './gas/dialogs';
import { getPreparePlan, prepareSheet } from './gas/prepare';
import { getSettingsDialogData, saveSettingsForm } from './gas/settings';
import { getMeasureFormData, nextUnreviewed, saveCuratorReview, saveProgress } from './gas/forms';
import { getMeasureEditorData, saveMeasure } from './gas/measure-editor';
import { createImportedSheet, getImportPreview } from './gas/import';
import { collectSummaryStep, getCollectStatus, startSummaryCollection, stopSummaryCollection } from './gas/collect';
import { getExpertiseData, saveExpertise } from './gas/expertise';

export { onOpen, onInstall } from './gas/menu';
export { showHelp } from './gas/dialogs';
export { showCheckSidebar } from './gas/check';
export { showPrepareDialog } from './gas/prepare';
export { showSettingsDialog } from './gas/settings';
export { showProgressSidebar, showCuratorSidebar } from './gas/forms';
export { showMeasureSidebar } from './gas/measure-editor';
export { showImportDialog } from './gas/import';
export {
  createMunicipalRoadmapSheet,
  createSchoolRoadmapSheet,
  createRiskProfileSheet,
  createExpertiseSheet,
  createRegistrySheet,
  createDirectorySheet,
  createSettingsSheet,
} from './gas/templates';
export { showSummary } from './gas/summary';
export { refreshSchoolSummary } from './gas/school-block';
export { showCollectSidebar, continueCollection } from './gas/collect';
export { showExpertiseSidebar } from './gas/expertise';

// The functions pages call, each with the signature src/contracts/server.ts gives it.
export {
  getAppInfo,
  getCheckReport,
  selectCell,
  getPreparePlan,
  prepareSheet,
  getSettingsDialogData,
  saveSettingsForm,
  getImportPreview,
  createImportedSheet,
  getMeasureEditorData,
  saveMeasure,
  getMeasureFormData,
  saveProgress,
  saveCuratorReview,
  nextUnreviewed,
  startSummaryCollection,
  collectSummaryStep,
  stopSummaryCollection,
  getCollectStatus,
  getExpertiseData,
  saveExpertise,
};

/** A type error here means a server function no longer matches what its page sends or expects. */
type Implements<T extends ServerImplementation> = T;
export type ServerFunctions = Implements<{
  getAppInfo: typeof getAppInfo;
  getCheckReport: typeof getCheckReport;
  selectCell: typeof selectCell;
  getPreparePlan: typeof getPreparePlan;
  prepareSheet: typeof prepareSheet;
  getSettingsDialogData: typeof getSettingsDialogData;
  saveSettingsForm: typeof saveSettingsForm;
  getImportPreview: typeof getImportPreview;
  createImportedSheet: typeof createImportedSheet;
  getMeasureEditorData: typeof getMeasureEditorData;
  saveMeasure: typeof saveMeasure;
  getMeasureFormData: typeof getMeasureFormData;
  saveProgress: typeof saveProgress;
  saveCuratorReview: typeof saveCuratorReview;
  nextUnreviewed: typeof nextUnreviewed;
  startSummaryCollection: typeof startSummaryCollection;
  collectSummaryStep: typeof collectSummaryStep;
  stopSummaryCollection: typeof stopSummaryCollection;
  getCollectStatus: typeof getCollectStatus;
  getExpertiseData: typeof getExpertiseData;
  saveExpertise: typeof saveExpertise;
}>;
