// The routing rules: core's rule editor on the published config, saved and published through
// the server, which validates again and refuses a save based on an old version.
import { $, api, renderRefusal } from './api.js';

/** Recent leads feed the editor's dry run and its impact ("n leads would change station"). */
const SAMPLE_LEADS = 300;

let baseVersion = null;

function say(text) {
  const p = document.createElement('p');
  p.textContent = text;
  $('#rules-status').replaceChildren(p);
}

async function saveConfig(document, publish) {
  const { status, data } = await api('PUT', '/api/config', { baseVersion, document, ...(publish ? { publish: true } : {}) });
  if (status !== 201) {
    renderRefusal($('#rules-status'), status, data);
    return null;
  }
  baseVersion = data.saved.version;
  return data;
}

async function renderHistory(versions, published) {
  const rows = versions.map((version) => {
    const tr = document.createElement('tr');
    const cells = [`v${version.version}`, version.status, version.author ?? '—', version.createdAt.replace('T', ' ').slice(0, 16), ''];
    for (const text of cells) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    if (version.basedOn !== null) {
      void api('GET', `/api/config-diff?from=${version.basedOn}&to=${version.version}`).then(({ data }) => {
        const parts = [['added', data.added], ['removed', data.removed], ['changed', data.changed]].filter(([, names]) => names?.length);
        tr.cells[4].textContent = parts.length ? parts.map(([what, names]) => `${what}: ${names.join(', ')}`).join('; ') : 'no rule changes';
      });
    }
    const td = document.createElement('td');
    if (version.version !== published) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `Roll back to v${version.version}`;
      button.addEventListener('click', () => void rollback(version.version));
      td.append(button);
    }
    tr.append(td);
    return tr;
  });
  $('#config-history tbody').replaceChildren(...rows);
}

let line;

/** The published version the editor started from. */
let editingVersion = null;
/** This page is publishing or rolling back: the change the server announces is its own. */
let busy = false;

async function loadConfig() {
  const { data } = await api('GET', '/api/config');
  baseVersion = data.head;
  editingVersion = data.published.version;
  $('#config-version').textContent = String(data.published.version);
  $('sales-line-rule-editor').config = data.published.document;
  await renderHistory(data.versions, data.published.version);
}

/** Someone else published (another tab, another person): say so, and leave this draft alone. */
async function noticeOtherPublish() {
  if (busy || line.configVersion === editingVersion) return;
  const { data } = await api('GET', '/api/config');
  if (busy || data.published.version === editingVersion) return;
  await renderHistory(data.versions, data.published.version);
  say(`Version ${data.published.version} was published elsewhere while you edit version ${editingVersion}. Saving would be refused: reload the published rules, then apply your change again.`);
}

/** Runs one of this page's own config changes, so the announcement of it is not taken for someone else's. */
async function ownChange(change) {
  busy = true;
  try {
    await change();
  } finally {
    busy = false;
  }
}

function rollback(version) {
  return ownChange(async () => {
    const { status, data } = await api('POST', '/api/config/rollback', { version });
    if (status !== 200) return renderRefusal($('#rules-status'), status, data);
    await loadConfig();
    say(`Rolled back: version ${data.published.version} is published, with the rules of version ${version}.`);
    await line.refresh();
  });
}

function sampleLeads(state) {
  return Object.values(state.leads)
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, SAMPLE_LEADS)
    .map((record) => record.lead);
}

export async function mountRulesView(remoteLine) {
  line = remoteLine;
  const editor = $('sales-line-rule-editor');
  // The editor's own notice would say "Not published" while the server decides: the page reports instead.
  editor.strings = { publishVetoed: (reason) => reason ?? '' };
  editor.sampleLeads = sampleLeads(line.getState());
  await loadConfig();
  line.subscribe(() => void noticeOtherPublish());

  editor.addEventListener('sales-line-publish', async (event) => {
    // Publishing is the server's decision (it validates again and checks the version), so the
    // editor keeps its draft until the answer comes.
    event.preventDefault();
    say('Publishing…');
    await ownChange(async () => {
      const saved = await saveConfig(event.detail.config, true);
      if (!saved) return;
      await loadConfig();
      say(`Published version ${saved.saved.version}. New leads are routed by it from now on.`);
      await line.refresh();
    });
  });

  $('#save-draft').addEventListener('click', async () => {
    const saved = await saveConfig(editor.value, false);
    if (!saved) return;
    const issues = saved.issues.length;
    say(`Saved draft version ${saved.saved.version}${issues ? ` (${issues} issue(s) to fix before it can be published)` : ''}. The published rules are unchanged.`);
    const { data } = await api('GET', '/api/config');
    await renderHistory(data.versions, data.published.version);
  });

  $('#reload-config').addEventListener('click', async () => {
    await loadConfig();
    $('#rules-status').replaceChildren();
  });
}
