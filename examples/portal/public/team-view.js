// The team's side of the portal: people and their status, benchmarks and the leaderboard,
// the career path and the capacity model — all measured by the server with core.
import { $, api } from './api.js';

const formatNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const formatMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const formatDay = (iso) => iso.slice(0, 10);

function renderTeamTable(state) {
  const open = {};
  for (const lead of Object.values(state.leads)) if (lead.ownerId) open[lead.ownerId] = (open[lead.ownerId] ?? 0) + 1;
  const rows = state.repOrder.map((id) => {
    const rep = state.reps[id];
    const tr = document.createElement('tr');
    for (const text of [rep.name, rep.station, rep.team ?? '', String(open[rep.id] ?? 0)]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    const select = document.createElement('select');
    select.setAttribute('aria-label', `Status of ${rep.name}`);
    for (const status of ['active', 'away', 'inactive']) select.add(new Option(status, status, false, rep.status === status));
    select.addEventListener('change', () => void api('POST', `/api/reps/${encodeURIComponent(rep.id)}/status`, { status: select.value }));
    const td = document.createElement('td');
    td.append(select);
    tr.append(td);
    return tr;
  });
  $('#team-table tbody').replaceChildren(...rows);
}

/** Fills a select, keeping the chosen value when it is still offered. */
function fillSelect(select, options) {
  const kept = select.value;
  select.replaceChildren(...options.map(([value, label]) => new Option(label, value)));
  if (options.some(([value]) => value === kept)) select.value = kept;
}

let report = null;

function showBenchmark() {
  const [station, metricId] = $('#metric').value.split('|');
  const metric = report?.stations.find((s) => s.station === station)?.metrics.find((m) => m.id === metricId);
  fillSelect($('#metric-rep'), (metric?.reps ?? []).map((rep) => [rep.repId, rep.name]));
  const leaderboard = $('sales-line-leaderboard');
  const chart = $('sales-line-benchmark');
  leaderboard.report = chart.report = report ?? undefined;
  if (!metric) return;
  leaderboard.station = chart.station = station;
  leaderboard.metric = chart.metricId = metricId;
  chart.repId = $('#metric-rep').value;
}

async function loadBenchmarks() {
  const { status, data } = await api('GET', `/api/benchmarks?period=${$('#period').value}`);
  report = status === 200 ? data.report : null;
  const stations = report?.stations ?? [];
  fillSelect($('#metric'), stations.flatMap((s) => s.metrics.map((m) => [`${s.station}|${m.id}`, `${s.name} — ${m.label}`])));
  $('#benchmarks-note').textContent = report
    ? `From ${formatNumber.format(report.activities.counted)} activities, ${formatDay(report.period.from)} to ${formatDay(report.period.to)}. Each rep is compared only with the people of their own station; ramping reps are shown, not compared.`
    : (data.reason ?? data.error ?? `The server answered ${status}.`);
  showBenchmark();
}

async function loadPromotions(config) {
  const { status, data } = await api('GET', `/api/promotions?period=${$('#period').value}`);
  const path = $('sales-line-career-path');
  path.config = config;
  // No reports (no career path configured, or a refusal): the element's own empty state.
  path.reports = status === 200 && !data.reason ? data.reports : undefined;
  const eligible = (data.reports ?? []).filter((r) => r.eligible).length;
  $('#career-note').textContent =
    status !== 200 ? (data.error ?? `The server answered ${status}.`)
    : data.reason ?? `${eligible} of ${data.reports.length} people are eligible for their next step, judged on ${formatDay(data.period.from)} to ${formatDay(data.period.to)}. Select someone to see every criterion.`;
}

async function loadCapacity(config, overrides = {}) {
  const query = new URLSearchParams(Object.entries(overrides).filter(([, value]) => value !== ''));
  const { status, data } = await api('GET', `/api/capacity?${query}`);
  if (status !== 200) {
    $('#capacity-note').textContent = data.error ?? `The server answered ${status}.`;
    return;
  }
  const { scenario, model } = data;
  const form = $('#capacity-form');
  form.inboundPerMonth.value = String(scenario.leads.inboundPerMonth);
  form.dealValue.value = String(scenario.dealValue ?? '');
  const name = (id) => config.line.stations.find((station) => station.id === id)?.name ?? id;
  const people = Object.entries(scenario.line).map(([station, { headcount }]) => `${name(station)} ${headcount}`).join(', ');
  $('#capacity-note').textContent = `People: ${people}; ${formatNumber.format(scenario.leads.inboundPerMonth)} inbound leads a month; average deal ${formatMoney.format(scenario.dealValue ?? 25000)}. The line wins ${model.ratios.dealsWon.toFixed(1)}× the deals of ${scenario.traditional.headcount} generalists.`;
  $('sales-line-capacity').model = model;
}

/** Wires the team views to the line; measures again when the config or someone's status changes. */
export function mountTeamViews(line) {
  let measuredFor = '';
  const refresh = (state) => {
    renderTeamTable(state);
    const key = `${line.configVersion}|${state.repOrder.map((id) => state.reps[id].status).join()}`;
    if (key === measuredFor) return;
    measuredFor = key;
    void loadBenchmarks();
    void loadPromotions(line.getConfig());
    void loadCapacity(line.getConfig());
  };
  refresh(line.getState());
  line.subscribe(refresh);
  $('#period').addEventListener('change', () => {
    void loadBenchmarks();
    void loadPromotions(line.getConfig());
  });
  $('#metric').addEventListener('change', showBenchmark);
  $('#metric-rep').addEventListener('change', () => ($('sales-line-benchmark').repId = $('#metric-rep').value));
  $('#capacity-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    void loadCapacity(line.getConfig(), { inboundPerMonth: form.get('inboundPerMonth'), dealValue: form.get('dealValue') });
  });
}
