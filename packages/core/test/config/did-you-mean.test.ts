import { describe, expect, it } from 'vitest';
import { createSuggest, didYouMean } from '../../src/config/did-you-mean.ts';
import { validateConfig } from '../../src/index.ts';

describe('didYouMean', () => {
  it.each([
    ['vaule', ['fact', 'operator', 'value'], 'value'],
    ['Hunter', ['hunter', 'lead-generation'], 'hunter'],
    ['proposl', ['proposal', 'negotiation'], 'proposal'],
    ['oprator', ['fact', 'operator', 'value'], 'operator'],
  ])('suggests %s → the near miss', (word, candidates, expected) => {
    expect(didYouMean(word, candidates)).toBe(expected);
  });

  it('suggests nothing when no candidate is close', () => {
    expect(didYouMean('banana', ['fact', 'operator', 'value'])).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });
});

describe('createSuggest', () => {
  it('suggests until its work budget is spent, then stays quiet', () => {
    const suggest = createSuggest(200);
    expect(suggest('proposl', ['proposal'])).toBe(' Did you mean "proposal"?');
    for (let i = 0; i < 10; i++) suggest('proposl', ['proposal']);
    expect(suggest('proposl', ['proposal'])).toBe('');
  });

  it('still reports every unknown stage of a document full of near-miss names', () => {
    const stage = (i: number) => `stage-${String(i).padStart(4, '0')}-${'abcdefghij'.repeat(5)}`;
    const stations = Array.from({ length: 50 }, (_, s) => ({ id: `s${s}`, name: 'S', stages: Array.from({ length: 9 }, (_, j) => stage(s * 10 + j)) }));
    const transitions = Array.from({ length: 4_000 }, (_, i) => ({ from: stage(i % 500).replace('abc', 'abd'), to: stage(i % 500).replace('hij', 'hik') }));
    const result = validateConfig({ version: 1, line: { stations, transitions }, routing: { fallback: { station: 's0' } } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(8_000);
    expect(result.issues.every((issue) => issue.code === 'unknown-stage')).toBe(true);
    expect(result.issues[0]!.message).toContain('Did you mean');
  });
});
