export { LocalModels, type LocalModelsDeps } from './local-models';
export { DownloadsManager, type DownloadsManagerOptions } from './downloads-manager';
export { downloadStateSchema, type DownloadJob, type DownloadState } from './download-job';
export { modelIdFromFileName, parseDownloadSource, sanitizeFileName, type DownloadSource } from './download-source';
export { etaSeconds, TransferRate } from './transfer-rate';
