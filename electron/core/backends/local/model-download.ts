import { nodeLlamaCpp } from './llama-module';

export interface ModelDownloadProgress {
  downloadedBytes: number;
  totalBytes: number;
}

/** One file transfer through node-llama-cpp's downloader (ipull): parallel ranged requests, resumable. */
export interface ModelDownload {
  /** Where the finished file will be; the transfer writes to `<filePath>.ipull` until it is complete. */
  readonly filePath: string;
  readonly fileName: string;
  readonly totalBytes: number;
  /** Resolves once the transfer has ended: finished, cancelled or stopped by `cancel()`. Rejects on failure. */
  run(): Promise<void>;
  /** Stops the transfer and keeps the partial file, so the same URI continues where it stopped. */
  cancel(): Promise<void>;
}

export interface ModelDownloadOptions {
  /** An http(s) URL or an `hf:` URI, already validated. */
  uri: string;
  dirPath: string;
  /** A sanitised base name; absent for `hf:` URIs, whose file name Hugging Face gives. */
  fileName?: string;
  onProgress: (progress: ModelDownloadProgress) => void;
}

/** Resolves the URI (Hugging Face API for `hf:`), asks the host for the size and prepares the transfer. */
export async function openModelDownload(options: ModelDownloadOptions): Promise<ModelDownload> {
  const { createModelDownloader } = await nodeLlamaCpp();
  const downloader = await createModelDownloader({
    modelUri: options.uri,
    dirPath: options.dirPath,
    ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
    deleteTempFileOnCancel: false,
    onProgress: ({ downloadedSize, totalSize }) => options.onProgress({ downloadedBytes: downloadedSize, totalBytes: totalSize }),
  });
  return {
    filePath: downloader.entrypointFilePath,
    fileName: downloader.entrypointFilename,
    totalBytes: downloader.totalSize,
    run: async () => void (await downloader.download()),
    cancel: () => downloader.cancel({ deleteTempFile: false }),
  };
}
