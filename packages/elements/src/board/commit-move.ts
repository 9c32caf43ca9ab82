import type { MoveResult } from '@sales-line/core';
import type { SalesLineBoard } from './board.component.ts';
import type { CardData } from './board-model.ts';
import {
  SalesLineBeforeMoveEvent,
  SalesLineMoveEvent,
  SalesLineMoveRejectedEvent,
  type MoveDetail,
  type MoveSource,
} from '../events.ts';

/** How long a refused card shows its snap-back, in ms (no motion under reduced motion). */
const SNAP_MS = 400;

/**
 * One user move, start to end: the host's veto (`sales-line-before-move`), the line's verdict
 * (`moveLead`), then either the commit (`sales-line-move`, after the board re-rendered) or the
 * refusal with its reasons (`sales-line-move-rejected`). The board never moves a card itself:
 * it shows what the line says.
 */
export async function commitMove(board: SalesLineBoard, card: CardData, to: string, source: MoveSource): Promise<void> {
  const line = board.line;
  if (!line || board.busy.has(card.id)) return;
  const { text } = board;
  const detail: MoveDetail = { lead: card.lead, leadId: card.id, from: card.stage, to, source };
  const before = new SalesLineBeforeMoveEvent(detail);
  board.dispatchEvent(before);
  if (before.defaultPrevented) {
    await refuse(board, card, text.vetoed(card.lead.name, text.stageName(to), before.reason));
    return;
  }

  board.busy.add(card.id);
  board.requestUpdate();
  let result: MoveResult;
  try {
    result = readAnswer(await line.moveLead(card.id, to, board.actor), text.noAnswer);
  } catch (error) {
    // A line that throws instead of refusing still must not lose the card or the reason.
    result = { ok: false, reasons: [error instanceof Error ? error.message : String(error)] };
  } finally {
    board.busy.delete(card.id);
    board.requestUpdate();
  }
  if (!result.ok) {
    await refuse(board, card, text.refused(card.lead.name, text.stageName(to), result.reasons.join(' ')));
    board.dispatchEvent(new SalesLineMoveRejectedEvent({ ...detail, reasons: result.reasons }));
    return;
  }

  // Set before the render the commit triggers, so one render also moves the tab stop.
  board.focusedId = card.id;
  await board.updateComplete;
  const moved = board.cardById(card.id) ?? card;
  const lane = board.model?.byStage.get(moved.stage)?.stationId;
  // Focus follows the card, so its lane must be open.
  if (lane && board.collapsed.includes(lane)) board.collapsed = board.collapsed.filter((id) => id !== lane);
  const column = board.model?.byStage.get(moved.stage);
  const position = (column?.cards.indexOf(moved) ?? -1) + 1;
  const messages = [
    text.moved(
      card.lead.name,
      text.stageName(moved.stage),
      column?.stationName ?? moved.station,
      board.format.number(position),
      board.format.number(column?.cards.length ?? 0),
    ),
  ];
  const decision = result.decision;
  if (decision) {
    const station = board.model?.lanes.find((lane) => lane.id === decision.station)?.name ?? decision.station;
    const owner = decision.repId === null ? undefined : (moved.ownerName ?? decision.repId);
    const message = owner
      ? text.handedOff(card.lead.name, station, owner)
      : text.queued(card.lead.name, station, decision.queue ?? text.unassigned);
    const why = decision.explanation?.text;
    board.notice = why ? { kind: 'handoff', message, why } : { kind: 'handoff', message };
    messages.push(message);
    if (why) messages.push(text.why(why));
  } else board.notice = undefined;
  board.announcer.announce(messages.join(' '));
  if (position > 0) await board.focusCard(card.id);
  board.dispatchEvent(new SalesLineMoveEvent(decision ? { ...detail, decision } : detail));
}

/**
 * The line's answer as a `MoveResult`. A line may be a proxy (a worker, an API) and answer
 * anything: what is not a success or a refusal with reasons becomes a refusal the user is told.
 */
function readAnswer(answer: unknown, noAnswer: string): MoveResult {
  const result = (typeof answer === 'object' && answer !== null ? answer : {}) as Partial<MoveResult> & { reasons?: unknown };
  if (result.ok === true) return result as MoveResult;
  const reasons = Array.isArray(result.reasons) ? result.reasons.filter((reason): reason is string => typeof reason === 'string') : [];
  return { ok: false, reasons: reasons.length > 0 ? reasons : [noAnswer] };
}

async function refuse(board: SalesLineBoard, card: CardData, message: string): Promise<void> {
  board.notice = { kind: 'refused', message };
  board.snapId = card.id;
  setTimeout(() => {
    if (board.snapId === card.id) board.snapId = undefined;
  }, SNAP_MS);
  board.announcer.announce(message);
  await board.focusCard(card.id);
}
