import type { Lead, LineState, Rep, SalesLineConfig } from '@sales-line/core';
import type { BoardStrings } from '../i18n/board-strings.ts';
import type { BoardLine } from './board-line.ts';
import { configOfLine } from './board-line.ts';
import { buildBoardModel, cardFromLead, type BoardModel, type CardData } from './board-model.ts';
import { CardIndex } from './card-index.ts';
import { safely } from '../i18n/localized-element.ts';
import { readBoardConfig, readLeads, readReps, type BoardConfig } from './read-board-input.ts';

export interface BoardInputs {
  line: BoardLine | undefined;
  /** Why the line cannot be used, when it cannot. */
  lineError: string | undefined;
  lineState: LineState | undefined;
  config: SalesLineConfig | undefined;
  leads: readonly Lead[];
  reps: readonly Rep[];
  filterText: string;
  ownerFilter: string;
  text: BoardStrings;
}

/**
 * What the board shows, derived from its inputs: the checked config, the cards (followed
 * incrementally on a live line) and the lanes-and-columns model. Scrolling and focus
 * re-render often, so the model is rebuilt only when something it shows changed.
 */
export class BoardData {
  readonly index = new CardIndex();
  model: BoardModel | undefined;
  config: BoardConfig | undefined;
  /** Set when the inputs are malformed: the board shows it instead of throwing. */
  error: string | undefined;
  #names: { reps: unknown; names: ReadonlyMap<string, string> } = { reps: undefined, names: new Map() };
  #readOnlyKey: unknown[] = [];
  #modelKey: unknown[] = [];

  card(id: string): CardData | undefined {
    return this.index.get(id);
  }

  update(inputs: BoardInputs): void {
    const { line, lineState, text } = inputs;
    if (inputs.lineError !== undefined) {
      this.model = undefined;
      this.error = text.malformedLine(inputs.lineError);
      return;
    }
    const source = safely(() => inputs.config ?? (line ? configOfLine(line) : undefined));
    const config = source.error === undefined ? readBoardConfig(source.value) : { ok: false as const, message: `getConfig() failed: ${source.error}` };
    if (!config.ok) {
      this.model = undefined;
      this.error = inputs.config === undefined && !line ? undefined : text.malformedConfig(config.message);
      return;
    }
    this.config = config.value;
    if (line && lineState) {
      if (this.#names.reps !== lineState.reps) {
        this.#names = { reps: lineState.reps, names: new Map(Object.values(lineState.reps).map((rep) => [rep.id, rep.name])) };
      }
      this.index.sync(lineState.leads, this.#names.names);
      this.#readOnlyKey = [];
    } else {
      const key = [config.value, inputs.leads, inputs.reps];
      if (!key.every((part, index) => part === this.#readOnlyKey[index])) {
        const leads = readLeads(inputs.leads, config.value);
        const reps = readReps(inputs.reps);
        if (!leads.ok || !reps.ok) {
          this.model = undefined;
          this.#readOnlyKey = [];
          this.error = text.malformedLeads(leads.ok ? (reps.ok ? '' : reps.message) : leads.message);
          return;
        }
        this.#readOnlyKey = key;
        const names = new Map(reps.value.map((rep) => [rep.id, rep.name]));
        const stationOf = new Map(config.value.stations.flatMap((station) => station.stages.map((stage) => [stage, station.id])));
        this.index.reset(leads.value.map((lead) => cardFromLead(lead, stationOf.get(lead.stage ?? '') ?? '', names)));
      }
    }
    this.error = undefined;
    const key = [config.value, this.index.version, inputs.filterText, inputs.ownerFilter, text];
    if (this.model && key.every((part, index) => part === this.#modelKey[index])) return;
    this.#modelKey = key;
    this.model = buildBoardModel(config.value, this.index, { text: inputs.filterText, owner: inputs.ownerFilter }, text.terminalLane);
  }
}
