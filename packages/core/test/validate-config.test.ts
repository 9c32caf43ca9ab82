import { describe, expect, it } from 'vitest';
import { validateConfig } from '../src/index.ts';

describe('validateConfig', () => {
  it('accepts a routing-only document', () => {
    const result = validateConfig({
      version: 1,
      line: { stations: [{ id: 'lead-generation', name: 'Lead generation', stages: ['new'] }] },
      routing: { fallback: { station: 'lead-generation' } },
    });
    expect(result.ok).toBe(true);
  });

  it('reports a typo in a condition key with its path', () => {
    const result = validateConfig({
      version: 1,
      line: { stations: [{ id: 'lead-generation', name: 'Lead generation', stages: ['new'] }] },
      routing: {
        rules: [{ name: 'r', conditions: { all: [{ fact: 'a', operator: 'equal', vaule: 1 }] }, event: { type: 'route', params: { station: 'lead-generation' } } }],
        fallback: { station: 'lead-generation' },
      },
    });
    expect(result.ok).toBe(false);
  });
});
