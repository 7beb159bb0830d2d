import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const SEGMENT = /^routing-(\d{4}-\d{2}-\d{2})\.jsonl$/;

export interface Retention {
  maxDays: number;
  maxBytes: number;
}

/**
 * The routing log on disk: one append-only JSON-lines file per UTC day. Chosen over SQLite because no SQLite
 * binding here is both prebuilt on the npm registry and loadable in Node and Electron without a rebuild,
 * and node:sqlite needs Node 22. Each entry is one write of one line, so a crash loses at most the line
 * being written; a torn last line is skipped on read. Retention deletes whole files, oldest first.
 */
export class SegmentFiles {
  private fd: number | undefined;
  private day: string | undefined;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  append(line: string, now: number): void {
    const day = new Date(now).toISOString().slice(0, 10);
    if (day !== this.day || this.fd === undefined) {
      this.close();
      this.fd = openSync(join(this.dir, `routing-${day}.jsonl`), 'a', 0o600);
      this.day = day;
    }
    writeSync(this.fd, `${line}\n`);
  }

  /** Every stored line, oldest first. */
  *lines(): Generator<string> {
    for (const file of this.segments()) {
      const text = readFileSync(join(this.dir, file), 'utf8');
      for (const line of text.split('\n')) if (line !== '') yield line;
    }
  }

  enforce(retention: Retention, now: number): void {
    const oldest = new Date(now - retention.maxDays * 86_400_000).toISOString().slice(0, 10);
    const files = this.segments();
    let bytes = files.reduce((sum, f) => sum + statSync(join(this.dir, f)).size, 0);
    for (const file of files) {
      const day = SEGMENT.exec(file)?.[1] ?? '';
      const current = day === this.day;
      if (!current && (day < oldest || bytes > retention.maxBytes)) {
        bytes -= statSync(join(this.dir, file)).size;
        unlinkSync(join(this.dir, file));
      }
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private segments(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir).filter((f) => SEGMENT.test(f)).sort();
  }
}
