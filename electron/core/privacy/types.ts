import type { PrivacyCategoryType, PrivacyEntityType } from '../../../shared/settings/privacy';

export type { PrivacyCategoryType, PrivacyEntityType } from '../../../shared/settings/privacy';

/** What a span is: an entity, a sensitive category, or a match of a user's keyword/regex rule. */
export type SpanType = PrivacyEntityType | PrivacyCategoryType | 'CUSTOM';

/** A finding in one text, with UTF-16 (JS string) offsets; `end` is exclusive. */
export interface Span {
  type: SpanType;
  start: number;
  end: number;
  /** 0..1: how sure the detector is; used to resolve overlaps. */
  confidence: number;
  /** The user rule that produced a CUSTOM span. */
  rule?: string;
}

/** One detector: pure, synchronous, linear in the text's length. May throw; the scanner then fails closed. */
export interface Detector {
  readonly name: string;
  detect(text: string): Span[];
}

export interface ScanResult {
  /** Non-overlapping entity spans plus category spans, sorted by start. */
  spans: Span[];
  /** True when a detector threw: the text must be treated as sensitive (never cloud). */
  failedClosed: boolean;
  /** Names of the detectors that threw (never their messages, which could quote the text). */
  failedDetectors: string[];
}
