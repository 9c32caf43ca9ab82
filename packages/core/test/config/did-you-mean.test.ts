import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/config/did-you-mean.ts';

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
