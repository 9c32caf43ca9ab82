// The benchmark page: bundled on the fly from the sources by run.mjs, loaded in Chromium.
import { createSalesLine, parseConfig, type Lead, type Rep } from '@sales-line/core';
import { SalesLineBoard } from '../../packages/elements/src/board/board.component.ts';
import { defineElement } from '../../packages/elements/src/define-element.ts';
import type { CardData } from '../../packages/elements/src/board/board-model.ts';

// Defined here, not by importing board.ts: the package's `sideEffects` list lets a bundler drop that import.
defineElement('sales-line-board', SalesLineBoard);

const NOW = Date.UTC(2026, 2, 2, 9);
const config = parseConfig({
  version: 1,
  line: {
    stations: [
      { id: 'lead-generation', name: 'Lead generation', stages: ['new', 'contacted', 'meeting-set'] },
      { id: 'hunter', name: 'Hunter', stages: ['meeting-held', 'proposal', 'hold-for-future-close'] },
      { id: 'customer-management', name: 'Customer management', stages: ['onboarding', 'active'] },
    ],
    terminal: ['lost'],
    deadlines: [{ stage: 'new', within: 'PT4H', then: 'reroute' }],
  },
  routing: { fallback: { station: 'lead-generation' } },
});
const stages = config.line.stations.flatMap((station) => station.stages);

/** Deterministic data: the same board on every run. */
function data(count: number): { leads: Lead[]; reps: Rep[] } {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const reps = config.line.stations.flatMap((station) =>
    Array.from({ length: 10 }, (_, i) => ({ id: `${station.id}-${i}`, name: `Rep ${i} of ${station.name}`, station: station.id })),
  );
  const leads = Array.from({ length: count }, (_, i) => {
    const stage = stages[Math.floor(random() * stages.length)]!;
    return {
      id: `lead-${i}`,
      name: `Lead ${i}`,
      company: `Company ${i % 997}`,
      value: Math.round(random() * 100_000),
      stage,
      ownerId: reps[Math.floor(random() * reps.length)]!.id,
      stageEnteredAt: NOW - Math.floor(random() * 30 * 86_400_000),
    };
  });
  return { leads, reps };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const lines = new Map<number, ReturnType<typeof createSalesLine>>();

/** core's real line with `count` leads placed (set up once per size, not timed). */
async function lineOf(count: number) {
  let line = lines.get(count);
  if (!line) {
    const { leads, reps } = data(count);
    line = createSalesLine(config, { leads, reps, clock: () => NOW });
    await line.idle();
    lines.set(count, line);
  }
  return line;
}

/** Mount a board on a line of `count` leads; ms from mount to the first frame painted after its render. */
async function firstPaint(count: number): Promise<number> {
  document.body.replaceChildren();
  const line = await lineOf(count);
  await nextFrame();
  const start = performance.now();
  const board = document.createElement('sales-line-board') as SalesLineBoard;
  board.line = line;
  document.body.append(board);
  await board.updateComplete;
  await nextFrame();
  const elapsed = performance.now() - start;
  (window as unknown as { board: SalesLineBoard }).board = board;
  return elapsed;
}

/**
 * Moves made as a user would (through the board), timed from the request to `sales-line-move`
 * (committed, re-rendered, focused): in total, and the board's share after the line committed.
 */
async function commits(moves: number): Promise<{ total: number[]; board: number[] }> {
  const board = (window as unknown as { board: SalesLineBoard }).board;
  const times: number[] = [];
  const boardTimes: number[] = [];
  let committed = 0;
  const unsubscribe = board.line!.subscribe(() => (committed = performance.now()));
  for (let i = 0; i < moves; i++) {
    const id = `lead-${i * 7}`;
    const card = board.cardById(id) as CardData;
    const to = stages[(stages.indexOf(card.stage) + 1) % stages.length]!;
    await nextFrame();
    const start = performance.now();
    const done = new Promise((resolve) => board.addEventListener('sales-line-move', resolve, { once: true }));
    void board.requestMove(card, to, 'menu');
    await done;
    const end = performance.now();
    times.push(end - start);
    boardTimes.push(end - committed);
  }
  unsubscribe();
  return { total: times, board: boardTimes };
}

Object.assign(window, { bench: { firstPaint, commits, nodes: () => document.querySelector('sales-line-board')!.shadowRoot!.querySelectorAll('*').length } });
