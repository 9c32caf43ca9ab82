// The portal's page: plain JavaScript, no framework, no bundler. The elements come from the
// self-contained browser module; every change goes through the server's JSON API.
import './sales-line-elements.min.js';

const $ = (selector) => document.querySelector(selector);

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  return { status: response.status, data };
}

/** The board's view of a line that lives on the server: state over HTTP, changes over SSE. */
class RemoteLine {
  #state;
  #config;
  #offset = 0;
  #listeners = new Set();

  async refresh() {
    const { data } = await api('GET', '/api/state');
    this.#offset = data.serverTime - Date.now();
    const changed = !this.#state || data.state.version !== this.#state.version || data.config.version !== this.configVersion;
    this.#state = data.state;
    this.#config = data.config.document;
    this.configVersion = data.config.version;
    if (changed) for (const listener of this.#listeners) listener(this.#state);
  }

  getState() {
    return this.#state;
  }
  getConfig() {
    return this.#config;
  }
  clock = () => Date.now() + this.#offset;
  subscribe(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  async moveLead(leadId, toStage, by) {
    const { status, data } = await api('POST', '/api/moves', { leadId, toStage, ...(by ? { by } : {}) });
    if (status >= 400 && !data.reasons) return { ok: false, reasons: [data.error ?? `The server answered ${status}.`] };
    await this.refresh();
    return data;
  }
}

const line = new RemoteLine();
await line.refresh();
$('sales-line-board').line = line;
new EventSource('/api/events').addEventListener('message', () => void line.refresh());

// ── team ──
function renderTeam(state) {
  const open = {};
  for (const lead of Object.values(state.leads)) if (lead.ownerId) open[lead.ownerId] = (open[lead.ownerId] ?? 0) + 1;
  const rows = Object.values(state.reps).map((rep) => {
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
renderTeam(line.getState());
line.subscribe(renderTeam);

// ── new lead ──
$('#lead-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const lead = { id: `W-${Date.now().toString(36)}`, name: form.get('name') };
  for (const field of ['company', 'industry', 'source', 'region']) if (form.get(field)) lead[field] = form.get(field);
  if (form.get('employees')) lead.employees = Number(form.get('employees'));
  const { status, data } = await api('POST', '/api/leads', lead);
  $('#lead-result').textContent = status === 201 ? data.decision.explanation.text : `Refused: ${data.error}`;
  // The full why: every rule tried with each condition, and every rep considered.
  $('#lead-trace').hidden = status !== 201;
  if (status === 201) $('#lead-trace').decision = data.decision;
  if (status === 201) await line.refresh();
});

// ── routing rules ──
let baseVersion = null;
async function loadConfig() {
  const { data } = await api('GET', '/api/config');
  baseVersion = data.head;
  $('#config-version').textContent = String(data.published.version);
  $('#config-json').value = JSON.stringify(data.published.document, null, 2);
  $('#config-result').replaceChildren();
}
await loadConfig();
$('#reload-config').addEventListener('click', () => void loadConfig());
$('#publish').addEventListener('click', async () => {
  const out = $('#config-result');
  let document_;
  try {
    document_ = JSON.parse($('#config-json').value);
  } catch (error) {
    out.textContent = `Not valid JSON: ${error.message}`;
    return;
  }
  const { status, data } = await api('PUT', '/api/config', { baseVersion, document: document_, publish: true });
  if (status === 201) {
    baseVersion = data.saved.version;
    $('#config-version').textContent = String(data.saved.version);
    out.textContent = `Published version ${data.saved.version}.`;
    await line.refresh();
    return;
  }
  const list = document.createElement('ul');
  for (const issue of data.issues ?? []) {
    const item = document.createElement('li');
    item.textContent = `${issue.where ?? issue.path?.join('.')}: ${issue.message}`;
    list.append(item);
  }
  const message = document.createElement('p');
  message.textContent = data.error ?? `The server answered ${status}.`;
  out.replaceChildren(message, list);
});
