/** The «Сбор сводки по реестру» sidebar ↔ server: where the collection stands. */
import '../domain/core/zod';
import * as z from 'zod/mini';

export const CollectProgressSchema = z.object({
  /** none: nothing started; busy: another execution holds the lease; reading; done: the summary is written. */
  state: z.enum(['none', 'busy', 'reading', 'done']),
  read: z.number(),
  total: z.number(),
  failed: z.number(),
  /** What to tell the user, in Russian. */
  message: z.string(),
  /** Schools not read, with the reason (once done). */
  notRead: z.array(z.string()),
});
export type CollectProgress = z.infer<typeof CollectProgressSchema>;

export const CollectStartSchema = z.object({ owner: z.string().check(z.minLength(1)), full: z.boolean() });
export type CollectStart = z.infer<typeof CollectStartSchema>;
