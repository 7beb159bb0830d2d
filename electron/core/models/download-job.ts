import { z } from 'zod';

export const downloadStateSchema = z.enum(['downloading', 'done', 'failed', 'cancelled']);
export type DownloadState = z.infer<typeof downloadStateSchema>;

/** A download as the Models screen shows it (polled while any runs). */
export interface DownloadJob {
  id: string;
  url: string;
  /** Known once the host (or Hugging Face) has named the file. */
  fileName: string | null;
  state: DownloadState;
  downloadedBytes: number;
  totalBytes: number | null;
  /** Smoothed; 0 when idle. */
  bytesPerSecond: number;
  etaSeconds: number | null;
  /** A sentence for people when state is failed. */
  error: string | null;
  /** The local model it became, once done. */
  modelId: string | null;
}
