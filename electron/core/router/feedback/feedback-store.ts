import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { feedbackStateSchema, initialFeedbackState, type FeedbackState } from './feedback-state';

/**
 * feedback.json in the data directory (or memory only without a path). Never sent anywhere. Written to a
 * temporary file renamed over the old one, so a crash never leaves half a file. A file that does not parse is
 * renamed aside (feedback.json.corrupt-<ms>) with a warning, and routing starts again from the shipped score.
 */
export class FeedbackStore {
  constructor(private readonly file: string | undefined, private readonly warn: (message: string) => void = () => {}) {}

  load(): FeedbackState {
    if (this.file === undefined || !existsSync(this.file)) return initialFeedbackState();
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch {
      // Not the parser's message: newer V8 quotes part of the file in it, and warnings never echo file contents.
      return this.setAside('not valid JSON');
    }
    const parsed = feedbackStateSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return this.setAside(`unexpected shape${issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`}`);
    }
    return parsed.data;
  }

  save(state: FeedbackState): void {
    if (this.file === undefined) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(state), { mode: 0o600 });
    renameSync(temp, this.file);
  }

  /** Forgets every label: the file goes, routing uses the shipped score again. */
  reset(): FeedbackState {
    if (this.file !== undefined) rmSync(this.file, { force: true });
    return initialFeedbackState();
  }

  private setAside(why: string): FeedbackState {
    const file = this.file as string;
    const aside = `${file}.corrupt-${Date.now()}`;
    try {
      renameSync(file, aside);
      this.warn(`routing feedback: ${file} could not be read (${why}); moved it to ${aside} and routing uses the shipped score`);
    } catch (error) {
      this.warn(`routing feedback: ${file} could not be read (${why}) nor moved aside (${error instanceof Error ? error.message : String(error)}); routing uses the shipped score`);
    }
    return initialFeedbackState();
  }
}
