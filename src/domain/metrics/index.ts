/** Indicators of a roadmap on a given day: metrics, the half-year audit and the zone. */
export * from './dates';
export * from './format';
export * from './half-years';
export * from './metrics';
export * from './occurrences';
export * from './values';
export * from './zone';
export * from './audit';
export * from './planned';
