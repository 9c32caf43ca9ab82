import { html, nothing, type TemplateResult } from 'lit';
import type { RuleEditorStrings } from '../i18n/rule-editor-strings.ts';
import type { Formatters } from '../i18n/formatters.ts';
import type { RulesDiff } from './config-diff.ts';
import { SHOWN_TEAMS, type ReplayImpact, type TeamLoadChange } from './replay-impact.ts';

function teamText(team: TeamLoadChange, stationName: (id: string) => string, strings: RuleEditorStrings, format: Formatters): string {
  const change =
    team.ratio === null
      ? strings.newLoad(format.number(team.after), team.after)
      : `${team.ratio < 0 ? '−' : '+'}${format.percent(Math.abs(team.ratio))}`;
  return strings.teamLoad(stationName(team.station), team.team, change);
}

/**
 * The diff against the published document and, from core's replay of the recent leads, how
 * many would change station and (given the reps) owner, and the teams whose load moves most.
 */
export function renderImpact(
  diff: RulesDiff,
  impact: ReplayImpact | null,
  withOwners: boolean,
  stationName: (id: string) => string,
  strings: RuleEditorStrings,
  format: Formatters,
): TemplateResult {
  const lines = [
    diff.added.length ? strings.added(format.list(diff.added)) : '',
    diff.removed.length ? strings.removed(format.list(diff.removed)) : '',
    diff.changed.length ? strings.changed(format.list(diff.changed)) : '',
    diff.fallbackChanged ? strings.fallbackChanged : '',
  ].filter((line) => line !== '');
  const teams = impact?.teams.slice(0, SHOWN_TEAMS).map((team) => teamText(team, stationName, strings, format)) ?? [];
  return html`<section class="impact" part="impact" aria-label=${strings.impactHeading}>
    <h3 class="heading">${strings.impactHeading}</h3>
    ${lines.length === 0 ? html`<p class="muted">${strings.noChanges}</p>` : html`<ul>${lines.map((line) => html`<li>${line}</li>`)}</ul>`}
    ${impact === null ? nothing : html`<p class="replay" part="replay">${strings.wouldChangeStation(format.number(impact.changedStation), impact.changedStation)}</p>`}
    ${impact === null || !withOwners
      ? nothing
      : html`<p class="replay" part="owners">${strings.wouldChangeOwner(format.number(impact.changedOwner), impact.changedOwner)}${teams.length ? `; ${format.list(teams)}` : ''}</p>`}
  </section>`;
}
