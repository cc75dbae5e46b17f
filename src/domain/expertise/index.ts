/** Mutual expertise: the criteria per document type and the automatic pre-expertise. */
export * from './criteria';
export * from './propose';
export * from './documents';
