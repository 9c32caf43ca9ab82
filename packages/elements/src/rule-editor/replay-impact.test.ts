import { expect } from '@open-wc/testing';
import { teamLoadChanges } from './replay-impact.ts';
import { editorReps } from '../../test/rule-editor-fixtures.ts';

const count = (before: number, after: number) => ({ before, after, delta: after - before });

describe('teamLoadChanges', () => {
  it('sums each team\'s people per station, keeps only teams that change, the largest change first', () => {
    const changes = teamLoadChanges({ 'r-dana': count(50, 41), 'r-eli': count(10, 25), 'r-finn': count(10, 13), 'r-sam': count(7, 7) }, editorReps());
    expect(changes).to.deep.equal([
      { station: 'hunter', team: 'retail', before: 20, after: 38, ratio: 0.9 },
      { station: 'hunter', team: 'fintech', before: 50, after: 41, ratio: -0.18 },
    ]);
  });

  it('gives a team that had no leads before no ratio, groups people in no team by station, and breaks ties by station', () => {
    const changes = teamLoadChanges({ 'r-dana': count(0, 4), 'r-sam': count(9, 5), 'r-ghost': count(3, 0) }, editorReps());
    expect(changes).to.deep.equal([
      { station: 'hunter', team: 'fintech', before: 0, after: 4, ratio: null },
      { station: 'lead-generation', team: undefined, before: 9, after: 5, ratio: -4 / 9 },
    ]);
  });
});
