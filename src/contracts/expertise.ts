/** «Экспертиза документа»: the documents with their pre-expertise and saved scores; a document's scores to save. */
import * as z from 'zod/mini';

const ScoreSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.boolean(), z.null()]);

export const ExpertiseCriterionSchema = z.object({
  id: z.string(),
  text: z.string(),
  scale: z.enum(['0-3', 'yes-no']),
  proposed: ScoreSchema,
  reasons: z.array(z.string()),
  evidence: z.array(z.object({ text: z.string(), row: z.nullable(z.int()), sheet: z.string() })),
  /** The reviewer's saved score and comment ('' when none). */
  score: ScoreSchema,
  comment: z.string(),
});

export const ExpertiseDocumentSchema = z.object({
  title: z.string(),
  sheet: z.string(),
  type: z.enum(['concept', 'medium', 'programme']),
  criteria: z.array(ExpertiseCriterionSchema),
  saved: z.boolean(),
});

/** A school of the registry the reviewer may pick: its registry row, its name, why it is offered. */
export const ExpertiseSchoolSchema = z.object({ row: z.int(), school: z.string(), by: z.enum(['pair', 'curator', 'all']) });

/** Which school's documents: a registry row, or null for this spreadsheet's own. */
export const ExpertiseRequestSchema = z.object({ row: z.nullable(z.int()) });

export const ExpertiseDataSchema = z.object({
  documents: z.array(ExpertiseDocumentSchema),
  /** The expertise sheet the add-on writes, when it exists. */
  sheet: z.nullable(z.string()),
  /** This spreadsheet's school, when known; the schools it may review (none without a registry). */
  reviewer: z.nullable(z.string()),
  schools: z.array(ExpertiseSchoolSchema),
  /** The school whose documents these are (null: this spreadsheet's). */
  school: z.nullable(ExpertiseSchoolSchema),
  /** The documents are in this spreadsheet (their rows can be selected). */
  local: z.boolean(),
  /** Why the school's documents could not be read, in Russian. */
  error: z.nullable(z.string()),
});

export const SaveExpertiseSchema = z.object({
  /** The registry row of the school whose document it is; null for this spreadsheet's. */
  row: z.optional(z.nullable(z.int())),
  title: z.string().check(z.minLength(1)),
  type: z.enum(['concept', 'medium', 'programme']),
  scores: z.array(z.object({ id: z.string(), score: ScoreSchema, comment: z.string().check(z.maxLength(5000)) })),
});

export const SaveExpertiseResultSchema = z.object({ sheet: z.string(), message: z.string() });

export type ExpertiseData = z.infer<typeof ExpertiseDataSchema>;
export type ExpertiseDocumentView = z.infer<typeof ExpertiseDocumentSchema>;
export type SaveExpertise = z.infer<typeof SaveExpertiseSchema>;
export type SaveExpertiseResult = z.infer<typeof SaveExpertiseResultSchema>;
export type ExpertiseRequest = z.infer<typeof ExpertiseRequestSchema>;
export type ExpertiseSchoolView = z.infer<typeof ExpertiseSchoolSchema>;
