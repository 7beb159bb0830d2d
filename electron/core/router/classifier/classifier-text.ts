/** Characters kept before tokenizing: enough for 128 word pieces, and bounds tokenizer time on huge prompts. */
export const MAX_INPUT_CHARS = 1200;

/** Clips text to what the classifier reads: its head, like the training-time truncation. */
export function clipForClassifier(text: string): string {
  return text.length > MAX_INPUT_CHARS ? text.slice(0, MAX_INPUT_CHARS) : text;
}
