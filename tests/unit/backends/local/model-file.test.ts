import { describe, expect, it } from 'vitest';
import { contextSizeFor, DEFAULT_CONTEXT_SIZE } from '../../../../electron/core/backends/local/model-file';

describe('contextSizeFor', () => {
  it('prefers the configured size, else the smaller of training context and the default', () => {
    expect(contextSizeFor(512, 2048)).toBe(512);
    expect(contextSizeFor(undefined, 2048)).toBe(2048);
    expect(contextSizeFor(undefined, 131_072)).toBe(DEFAULT_CONTEXT_SIZE);
    expect(contextSizeFor(undefined, undefined)).toBe(DEFAULT_CONTEXT_SIZE);
  });
});
