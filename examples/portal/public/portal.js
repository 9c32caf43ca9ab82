// The portal's page: plain JavaScript, no framework, no bundler. The elements come from the
// self-contained browser module; every change goes through the server's JSON API.
import './sales-line-elements.min.js';
import { $, api } from './api.js';
import { RemoteLine } from './remote-line.js';
import { mountTeamViews } from './team-view.js';
import { mountRulesView } from './rules-view.js';

// ── sections: one view at a time, chosen by the address (#team, #rules…), so links and Back work ──
const views = [...document.querySelectorAll('main > .view')];
function showView() {
  const id = views.some((view) => `#${view.id}` === location.hash) ? location.hash.slice(1) : views[0].id;
  for (const view of views) view.hidden = view.id !== id;
  for (const link of document.querySelectorAll('.top nav a')) {
    if (link.getAttribute('href') === `#${id}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `Northwind Sales — ${$(`#${id} h1`).textContent}`;
}
addEventListener('hashchange', () => {
  showView();
  // A new view starts at its top (the browser would scroll its heading under the sticky header).
  scrollTo(0, 0);
  $('#content').focus({ preventScroll: true });
});
showView();
scrollTo(0, 0);

const line = new RemoteLine();
await line.refresh();
$('sales-line-board').line = line;
new EventSource('/api/events').addEventListener('message', () => void line.refresh());

// ── new lead: the result line says what happened; the route trace alone explains why ──
$('#lead-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const lead = { id: `W-${Date.now().toString(36)}`, name: form.get('name') };
  for (const field of ['company', 'industry', 'source', 'region']) if (form.get(field)) lead[field] = form.get(field);
  if (form.get('employees')) lead.employees = Number(form.get('employees'));
  const { status, data } = await api('POST', '/api/leads', lead);
  $('#lead-result').textContent = status === 201 ? `Added ${lead.name} as lead ${lead.id}. Why it went where it went:` : `Refused: ${data.error}`;
  $('#lead-trace').hidden = status !== 201;
  if (status === 201) {
    $('#lead-trace').decision = data.decision;
    await line.refresh();
  }
});

mountTeamViews(line);
await mountRulesView(line);
document.body.dataset.ready = 'true';
