/** The coordinator's summary over many roadmaps, its generated sheets and the half-year report. */
export * from './grid';
export * from './report';
export * from './sheets';
export * from './summary';
export * from './sources';
export * from './style';
export * from './compact';
export * from './risk';
export * from './expertise';
