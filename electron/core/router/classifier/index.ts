export { loadClassifier } from './load';
export { defaultModelDir } from './default-dir';
export { ClassifierLoadError } from './errors';
export { clipForClassifier, MAX_INPUT_CHARS } from './classifier-text';
export { NO_OPINION } from './read-logits';
export type { OnnxClassifier, ClassifierInfo } from './onnx-classifier';
export type { Classifier, ClassifierResult } from '../classifier-port';
