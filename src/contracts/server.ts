/**
 * The functions pages call on the server through google.script.run: their names, the schemas of
 * their arguments and of their results. src/main.ts implements each with this signature (a type
 * check there fails when one drifts), and pages call them through `callServer` in
 * src/ui/shared/server.ts, which takes the name and arguments typed from this table and parses
 * the answer with the result schema. The server parses arguments with the same schemas.
 */
import { AppInfoSchema } from './app-info';
import { ExpertiseDataSchema, ExpertiseRequestSchema, SaveExpertiseResultSchema, SaveExpertiseSchema } from './expertise';
import { CollectProgressSchema, CollectStartSchema } from './collect';
import { CuratorFormSchema, FormResultSchema, MeasureFormDataSchema, NextUnreviewedSchema, ProgressFormSchema } from './forms';
import * as z from 'zod/mini';
import { ImportInputSchema, ImportPreviewSchema, ImportResultSchema } from './import-form';
import { MeasureEditorDataSchema, SaveMeasureResultSchema, SaveMeasureSchema } from './measure-editor';
import {
  CheckReportSchema,
  PreparePlanSchema,
  PrepareRequestSchema,
  PrepareResultSchema,
  SaveSettingsResultSchema,
  SelectCellSchema,
  SettingsDialogDataSchema,
  SettingsFormSchema,
} from './schemas';

/** What a page needs of a schema: to check a value. (zod classic or mini.) */
export interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

interface Endpoint<A extends readonly Schema<unknown>[], R extends Schema<unknown> | null> {
  args: A;
  /** null: the function answers nothing. */
  result: R;
}

const endpoint = <A extends readonly Schema<unknown>[], R extends Schema<unknown> | null>(args: A, result: R): Endpoint<A, R> => ({ args, result });

export const SERVER_API = {
  getAppInfo: endpoint([], AppInfoSchema),
  getCheckReport: endpoint([], CheckReportSchema),
  selectCell: endpoint([SelectCellSchema], null),
  getPreparePlan: endpoint([], PreparePlanSchema),
  prepareSheet: endpoint([PrepareRequestSchema], PrepareResultSchema),
  getSettingsDialogData: endpoint([], SettingsDialogDataSchema),
  saveSettingsForm: endpoint([SettingsFormSchema], SaveSettingsResultSchema),
  getImportPreview: endpoint([ImportInputSchema], ImportPreviewSchema),
  createImportedSheet: endpoint([ImportInputSchema], ImportResultSchema),
  getMeasureEditorData: endpoint([], MeasureEditorDataSchema),
  saveMeasure: endpoint([SaveMeasureSchema], SaveMeasureResultSchema),
  getMeasureFormData: endpoint([], MeasureFormDataSchema),
  saveProgress: endpoint([ProgressFormSchema], FormResultSchema),
  saveCuratorReview: endpoint([CuratorFormSchema], FormResultSchema),
  nextUnreviewed: endpoint([z.number()], NextUnreviewedSchema),
  startSummaryCollection: endpoint([CollectStartSchema], CollectProgressSchema),
  collectSummaryStep: endpoint([z.string()], CollectProgressSchema),
  stopSummaryCollection: endpoint([z.string()], null),
  getCollectStatus: endpoint([], CollectProgressSchema),
  getExpertiseData: endpoint([ExpertiseRequestSchema], ExpertiseDataSchema),
  saveExpertise: endpoint([SaveExpertiseSchema], SaveExpertiseResultSchema),
} as const;

export type ServerApi = typeof SERVER_API;
export type ServerFunctionName = keyof ServerApi;

type Parsed<S> = S extends Schema<infer T> ? T : never;
type ParsedAll<A> = { [I in keyof A]: Parsed<A[I]> };

/** The arguments a page passes to `name`. */
export type ServerArgs<K extends ServerFunctionName> = ParsedAll<ServerApi[K]['args']>;
/** What `name` answers. */
export type ServerResult<K extends ServerFunctionName> = ServerApi[K]['result'] extends Schema<infer T> ? T : void;

/**
 * What src/main.ts must export: each function takes what the page sends (it may declare `unknown`
 * and parse it itself) and answers the contract's result.
 */
export type ServerImplementation = { [K in ServerFunctionName]: (...args: ServerArgs<K>) => ServerResult<K> };
