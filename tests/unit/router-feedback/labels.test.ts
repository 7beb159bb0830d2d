import { describe, expect, it } from 'vitest';
import { labelFor } from '../../../electron/core/router/feedback';

describe('user signals → labels', () => {
  it('local answers: 👎 and "run again in the cloud" say the stronger model was needed, 👍 that local was enough', () => {
    expect(labelFor('bad', 'local').label).toBe(1);
    expect(labelFor('run-again-cloud', 'local').label).toBe(1);
    expect(labelFor('good', 'local').label).toBe(0);
    expect(labelFor('run-again-local', 'local').label).toBeNull();
  });

  it('cloud answers: only "run again locally" teaches (the cloud was not needed); 👍/👎 are ignored', () => {
    expect(labelFor('run-again-local', 'cloud').label).toBe(0);
    expect(labelFor('good', 'cloud').label).toBeNull();
    expect(labelFor('bad', 'cloud').label).toBeNull();
    expect(labelFor('run-again-cloud', 'cloud').label).toBeNull();
  });

  it('tier-0 answers teach nothing, with a reason', () => {
    for (const signal of ['good', 'bad', 'run-again-cloud', 'run-again-local'] as const) {
      const out = labelFor(signal, 'tier0');
      expect(out.label).toBeNull();
      expect(out.why).toMatch(/without a model/);
    }
  });
});
