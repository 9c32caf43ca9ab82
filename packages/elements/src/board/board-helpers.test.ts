import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import fc from 'fast-check';
import type { LeadRecord } from '@sales-line/core';
import type { CSSResult } from 'lit';
import { CardIndex } from './card-index.ts';
import { SalesLineBoard } from './board.component.ts';
import { cardFromRecord } from './board-model.ts';
import { deadlineState } from './deadline-status.ts';
import { legalTargets } from './legal-targets.ts';
import { directionOf, nextDropStage } from './keyboard-target.ts';
import { readBoardConfig } from './read-board-input.ts';
import { card, liveBoard } from '../../test/board-harness.ts';
import { boardConfig, HOUR, NOW } from '../../test/fixtures.ts';

const config = readBoardConfig(boardConfig());
if (!config.ok) throw new Error(config.message);
const lanes = [
  { id: 'a', name: 'A', total: 0, columns: ['a1', 'a2', 'a3'].map((stage) => ({ stage }) as never) },
  { id: 'b', name: 'B', total: 0, columns: ['b1', 'b2'].map((stage) => ({ stage }) as never) },
];

function record(id: string, stage: string, at: number): LeadRecord {
  return { id, lead: { id, name: id }, station: 's', stage, ownerId: null, queue: null, createdAt: at, stageEnteredAt: at, updatedAt: at, dueAt: null, previousOwners: [], rotationCredits: [] };
}

describe('board helpers', () => {
  it('is accessible in dark mode and with reduced motion', async () => {
    const { el } = await liveBoard();
    el.classList.add('dark');
    await emulateMedia({ reducedMotion: 'reduce' });
    await expect(el).to.be.accessible();
    expect(getComputedStyle(card(el, 'l-acme')!).backgroundColor).to.equal('rgb(33, 38, 45)');
    el.snapId = 'l-acme';
    await el.updateComplete;
    expect(getComputedStyle(card(el, 'l-acme')!).animationName).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
    el.classList.remove('dark');
    expect(getComputedStyle(card(el, 'l-acme')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('carries forced-colors and reduced-motion rules, all inside the sales-line layer', () => {
    const sheets = [SalesLineBoard.styles].flat(Infinity as 1).map((style) => (style as CSSResult).cssText);
    const board = sheets.join('\n');
    expect(board).to.match(/@media \(forced-colors: active\)[\s\S]*outline: 3px solid Highlight/);
    expect(board).to.match(/@media \(prefers-reduced-motion: reduce\)[\s\S]*animation: none/);
    expect(sheets.every((sheet) => sheet.trim().startsWith('@layer sales-line'))).to.equal(true);
  });

  it('keeps every stage sorted oldest first, whatever records change, appear or vanish', () => {
    const names = new Map<string, string>();
    const step = fc.record({ id: fc.integer({ min: 0, max: 30 }), stage: fc.constantFrom('x', 'y', 'z'), at: fc.integer({ min: 0, max: 5 }), remove: fc.boolean() });
    fc.assert(
      fc.property(fc.array(fc.array(step, { maxLength: 6 }), { maxLength: 12 }), (batches) => {
        const index = new CardIndex();
        let records: Record<string, LeadRecord> = {};
        for (const batch of batches) {
          records = { ...records };
          for (const { id, stage, at, remove } of batch) {
            if (remove) delete records[`l${id}`];
            else records[`l${id}`] = record(`l${id}`, stage, at);
          }
          index.sync(records, names);
          expect(index.size).to.equal(Object.keys(records).length);
          for (const stage of ['x', 'y', 'z']) {
            const shown = index.stage(stage);
            const expected = Object.values(records).filter((r) => r.stage === stage);
            expect(shown.map((c) => c.id).sort()).to.deep.equal(expected.map((r) => r.id).sort());
            expect(shown.every((c, i) => i === 0 || shown[i - 1]!.stageEnteredAt! <= c.stageEnteredAt!)).to.equal(true);
            expect(shown.every((c) => c.lead === records[c.id]!.lead)).to.equal(true);
          }
        }
      }),
    );
  });

  it('re-reads every card when the reps change, so owner names follow', () => {
    const index = new CardIndex();
    const records = { a: { ...record('a', 'x', 1), ownerId: 'r' } };
    index.sync(records, new Map([['r', 'Old name']]));
    const before = index.version;
    index.sync(records, new Map([['r', 'New name']]));
    expect(index.get('a')!.ownerName).to.equal('New name');
    expect(index.version).to.be.greaterThan(before);
    expect(cardFromRecord({ ...records.a, ownerId: 'gone' }, new Map()).ownerName).to.equal('gone');
  });

  it('ages a deadline from on time to due soon to overdue', () => {
    expect(deadlineState(null, 0, NOW)).to.equal('none');
    expect(deadlineState(NOW + 4 * HOUR, NOW - 4 * HOUR, NOW)).to.equal('on-time');
    expect(deadlineState(NOW + 2 * HOUR, NOW - 6 * HOUR, NOW)).to.equal('due-soon');
    expect(deadlineState(NOW + 2 * HOUR, null, NOW)).to.equal('on-time');
    expect(deadlineState(NOW + HOUR / 2, null, NOW)).to.equal('due-soon');
    expect(deadlineState(NOW, NOW - HOUR, NOW)).to.equal('overdue');
  });

  it("offers the config's transitions from a stage, or every other stage when it declares none", () => {
    expect([...legalTargets(config.value, 'new')]).to.deep.equal(['contacted', 'lost']);
    expect([...legalTargets(config.value, 'lost')]).to.deep.equal([]);
    const open = { ...config.value, transitions: [] };
    expect([...legalTargets(open, 'new')]).to.deep.equal(['contacted', 'meeting-set', 'meeting-held', 'proposal', 'hold-for-future-close', 'lost']);
  });

  it('walks drop targets with the arrows: across stages and lanes, up and down between lanes, stopping at the edges', () => {
    const none = new Set<string>();
    expect(nextDropStage(lanes, none, 'a3', 'right')).to.equal('b1');
    expect(nextDropStage(lanes, none, 'a1', 'left')).to.equal('a1');
    expect(nextDropStage(lanes, none, 'a3', 'down')).to.equal('b2');
    expect(nextDropStage(lanes, none, 'b1', 'up')).to.equal('a1');
    expect(nextDropStage(lanes, none, 'b2', 'down')).to.equal('b2');
    expect(nextDropStage(lanes, new Set(['b']), 'a3', 'right')).to.equal('a3');
    expect(directionOf('ArrowLeft', true)).to.equal('right');
    expect(directionOf('ArrowUp', true)).to.equal('up');
    expect(directionOf('a', false)).to.equal(undefined);
  });

  it('names the place of a malformed config', () => {
    expect(readBoardConfig(null)).to.deep.equal({ ok: false, message: 'line is missing' });
    expect(readBoardConfig({ line: { stations: [] } })).to.deep.equal({ ok: false, message: 'line.stations must be a non-empty list' });
    expect(readBoardConfig({ line: { stations: [{ id: 'a', name: 'A', stages: ['x'] }], transitions: [{ from: 'x' }] } })).to.deep.equal({
      ok: false,
      message: 'line.transitions[0] must have "from" and "to" stage ids',
    });
  });
});
