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

export const ExpertiseDataSchema = z.object({
  documents: z.array(ExpertiseDocumentSchema),
  /** The expertise sheet the add-on writes, when it exists. */
  sheet: z.nullable(z.string()),
});

export const SaveExpertiseSchema = z.object({
  title: z.string().check(z.minLength(1)),
  type: z.enum(['concept', 'medium', 'programme']),
  scores: z.array(z.object({ id: z.string(), score: ScoreSchema, comment: z.string().check(z.maxLength(5000)) })),
});

export const SaveExpertiseResultSchema = z.object({ sheet: z.string(), message: z.string() });

export type ExpertiseData = z.infer<typeof ExpertiseDataSchema>;
export type ExpertiseDocumentView = z.infer<typeof ExpertiseDocumentSchema>;
export type SaveExpertise = z.infer<typeof SaveExpertiseSchema>;
export type SaveExpertiseResult = z.infer<typeof SaveExpertiseResultSchema>;
