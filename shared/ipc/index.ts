export * from './channels';
export * from './engine-api';
export * from './schemas';
export * from './bridge';
export * from './provider-schemas';
export * from './model-schemas';
