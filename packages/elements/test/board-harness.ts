import { fixture, html, waitUntil } from '@open-wc/testing';
import type { Lead, Rep, SalesLineConfig } from '@sales-line/core';
import type { SalesLineBoard } from '../src/board/board.component.ts';
import { boardConfig, boardLeads, boardReps, NOW } from './fixtures.ts';
import { createFakeLine, type FakeLine } from './fake-line.ts';
import '../src/board/board.ts';

export interface LiveBoard {
  el: SalesLineBoard;
  line: FakeLine;
}

/** A board on a fake line over the test fixtures, with the clock stopped at `NOW`. */
export async function liveBoard(
  options: { config?: SalesLineConfig; leads?: Lead[]; reps?: Rep[]; lang?: string } = {},
): Promise<LiveBoard> {
  const line = createFakeLine(options.config ?? boardConfig(), {
    reps: options.reps ?? boardReps(),
    leads: options.leads ?? boardLeads(),
    clock: () => NOW,
  });
  const el = await fixture<SalesLineBoard>(html`<sales-line-board lang=${options.lang ?? 'en-US'} .line=${line}></sales-line-board>`);
  return { el, line };
}

export const $ = (el: SalesLineBoard, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (el: SalesLineBoard, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const card = (el: SalesLineBoard, id: string) => $(el, `.card[data-lead-id="${id}"]`);
export const column = (el: SalesLineBoard, stage: string) => $(el, `[data-drop-stage="${stage}"]`)!;
export const cardIds = (el: SalesLineBoard, stage: string) =>
  [...column(el, stage).querySelectorAll<HTMLElement>('.card')]
    .sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')))
    .map((card) => card.dataset.leadId);
/** The text of the board's one live region (light DOM). */
export const announced = (el: SalesLineBoard) => el.querySelector('[role="status"]')?.textContent ?? '';

export async function waitForAnnouncement(el: SalesLineBoard, text: string): Promise<string> {
  await waitUntil(() => announced(el).includes(text), `announcement "${text}" (got "${announced(el)}")`, { timeout: 2000 });
  return announced(el);
}

/** The shadow root's focused element. */
export const focused = (el: SalesLineBoard) => el.shadowRoot!.activeElement as HTMLElement | null;

export function center(element: Element): [number, number] {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}
