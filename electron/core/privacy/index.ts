export * from './types';
export * from './scanner';
export * from './errors';
export * from './overlaps';
export * from './detectors';
