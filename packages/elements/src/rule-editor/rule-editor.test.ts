import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SalesLineRuleEditor } from './rule-editor.component.ts';
import type { SalesLineRouteTrace } from '../route-trace/route-trace.component.ts';
import { sendKeys } from '@web/test-runner-commands';
import { choose, click, editorConfig, editorReps, field, q, qa, ruleEditor, text, typeInto } from '../../test/rule-editor-fixtures.ts';
import type { SalesLineConfigChangeEvent, SalesLinePublishEvent } from '../events.ts';

describe('<sales-line-rule-editor>', () => {
  it('is accessible', async () => {
    const el = await ruleEditor();
    await expect(el).to.be.accessible();
  });

  it('shows each rule with its fields, its conditions in plain language and its target', async () => {
    const el = await ruleEditor();
    expect(field(el, 'routing.rules.0.name').value).to.equal('fintech-enterprise');
    expect(field(el, 'routing.rules.0.priority').value).to.equal('10');
    expect(field<HTMLSelectElement>(el, 'routing.rules.0.conditions.all.1.operator').selectedOptions[0]!.textContent).to.equal('≥');
    expect(text(q(el, '[part="plain-language"]'))).to.equal('In words: industry is fintech and employees ≥ 500');
    expect(field<HTMLSelectElement>(el, 'routing.rules.0.event.params.station').value).to.equal('hunter');
    expect(el.valid).to.equal(true);
  });

  it('builds a rule visually and gives the exact JSON', async () => {
    const el = await ruleEditor();
    await click(el, q(el, '[part="add-rule"]'));
    const name = field(el, 'routing.rules.1.name');
    expect(el.shadowRoot!.activeElement).to.equal(name);
    await typeInto(el, name, 'vip-to-hunter');
    await choose(el, field(el, 'routing.rules.1.conditions.all.0.fact'), 'tags');
    await choose(el, field(el, 'routing.rules.1.conditions.all.0.operator'), 'contains');
    await typeInto(el, field(el, 'routing.rules.1.conditions.all.0.value'), 'vip');
    await click(el, q(el, '[data-path="routing.rules.1.conditions"] [data-add="group"]'));
    await choose(el, field(el, 'routing.rules.1.conditions.all.1.any.0.fact'), 'employees');
    await choose(el, field(el, 'routing.rules.1.conditions.all.1.any.0.operator'), 'in');
    await typeInto(el, field(el, 'routing.rules.1.conditions.all.1.any.0.value'), '10, 20');
    await choose(el, field(el, 'routing.rules.1.event.params.station'), 'hunter');
    await choose(el, field(el, 'routing.rules.1.event.params.stage'), 'proposal');
    await choose(el, field(el, 'routing.rules.1.event.params.strategy'), 'least-loaded');
    await typeInto(el, field(el, 'routing.rules.1.event.params.pool.team'), 'vip');
    expect((el.value as { routing: { rules: unknown[] } }).routing.rules[1]).to.deep.equal({
      name: 'vip-to-hunter',
      conditions: { all: [{ fact: 'tags', operator: 'contains', value: 'vip' }, { any: [{ fact: 'employees', operator: 'in', value: [10, 20] }] }] },
      event: { type: 'route', params: { station: 'hunter', stage: 'proposal', strategy: 'least-loaded', pool: { team: 'vip' } } },
    });
    expect(JSON.parse(q<HTMLTextAreaElement>(el, 'textarea')!.value)).to.deep.equal(el.value);
    expect(el.valid).to.equal(true);
  });

  it('updates the builder from edited JSON, and keeps it when the JSON does not parse', async () => {
    const el = await ruleEditor();
    await click(el, q(el, '#tab-json'));
    const area = q<HTMLTextAreaElement>(el, 'textarea')!;
    const doc = JSON.parse(area.value);
    doc.routing.rules[0].name = 'renamed';
    area.value = JSON.stringify(doc, null, 2);
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(field(el, 'routing.rules.0.name').value).to.equal('renamed');
    area.value = '{\n  "version": 1,\n  oops\n}';
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text(q(el, '[part="json-error"]'))).to.match(/line 3, column 3/);
    expect(field(el, 'routing.rules.0.name').value).to.equal('renamed');
    expect(el.valid).to.equal(false);
    expect(q<HTMLButtonElement>(el, '[part="publish"]')!.disabled).to.equal(true);
  });

  it('shows a typo next to the field it names, and the summary item focuses that field', async () => {
    const el = await ruleEditor();
    const doc = structuredClone(el.value) as { routing: { rules: { event: { params: { station: string } } }[] } };
    doc.routing.rules[0]!.event.params.station = 'huntr';
    await click(el, q(el, '#tab-json'));
    const area = q<HTMLTextAreaElement>(el, 'textarea')!;
    area.value = JSON.stringify(doc);
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const station = field<HTMLSelectElement>(el, 'routing.rules.0.event.params.station');
    expect(station.getAttribute('aria-invalid')).to.equal('true');
    const note = el.shadowRoot!.getElementById(station.getAttribute('aria-describedby')!)!;
    expect(text(note)).to.match(/huntr/);
    expect(station.value).to.equal('huntr');
    await expect(el).to.be.accessible();
    await click(el, q(el, '#tab-builder'));
    const link = q(el, '[part="issue-link"]')!;
    expect(link.dataset.field).to.equal('routing.rules.0.event.params.station');
    link.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(station);
    expect(q(el, '#panel-builder')!.hidden).to.equal(false);
  });

  it('flags an invalid value at its field, and the form sees the editor as invalid', async () => {
    const el = await ruleEditor();
    await typeInto(el, field(el, 'routing.rules.0.priority'), '0');
    expect(field(el, 'routing.rules.0.priority').getAttribute('aria-invalid')).to.equal('true');
    expect(el.valid).to.equal(false);
    expect(q<HTMLButtonElement>(el, '[part="publish"]')!.disabled).to.equal(true);
  });

  it('dry-runs every sample lead through the edited rules, with the decision and its explanation', async () => {
    const el = await ruleEditor();
    const row = (id: string) => q(el, `tr[data-lead="${id}"]`)!;
    expect(text(row('l-acme').querySelector('[data-cell="station"]'))).to.equal('hunter / meeting-held');
    expect(text(row('l-acme').querySelector('[data-cell="rule"]'))).to.equal('fintech-enterprise');
    const trace = row('l-acme').querySelector<SalesLineRouteTrace>('sales-line-route-trace')!;
    await trace.updateComplete;
    expect(text(trace.shadowRoot!.querySelector('[part="text"]'))).to.match(/fintech-enterprise/);
    expect(text(trace.shadowRoot!.querySelector('[part="outcome"]')), 'station named from the edited config').to.match(/^Hunter, stage meeting-held/);
    expect(text(row('l-globex').querySelector('[data-cell="station"]'))).to.equal('lead-generation / new');
    expect(text(row('l-globex').querySelector('[data-cell="rule"]'))).to.equal('(fallback)');
    await choose(el, field(el, 'routing.rules.0.conditions.all.0.operator'), 'notEqual');
    expect(text(row('l-initech').querySelector('[data-cell="station"]'))).to.equal('hunter / meeting-held');
  });

  it('counts with core\'s replay how many sample leads would change station, in the locale', async () => {
    const leads = Array.from({ length: 1200 }, (_, i) => ({ id: `l-${i}`, name: `Lead ${i}`, industry: i % 2 ? 'fintech' : 'retail', employees: 900 }));
    const el = await ruleEditor({ leads });
    await waitUntil(() => text(q(el, '[part="replay"]')) === '0 leads would change station', 'no change yet');
    expect(text(q(el, '[part="dry-run"] p'))).to.equal('The first 100 of 1,200 sample leads.');
    expect(qa(el, 'tbody tr')).to.have.length(100);
    await choose(el, field(el, 'routing.rules.0.conditions.all.0.operator'), 'notEqual');
    await waitUntil(() => text(q(el, '[part="replay"]')) === '1,200 leads would change station', `every lead changes (got "${text(q(el, '[part="replay"]'))}")`);
  });

  it('replays the leads with the reps: how many would change owner and how each team\'s load moves', async () => {
    const leads = Array.from({ length: 10 }, (_, i) => ({ id: `l-${i}`, name: `Lead ${i}`, industry: 'fintech', employees: 900 }));
    const el = await ruleEditor({ leads, reps: editorReps() });
    const owners = () => text(q(el, '[part="owners"]'));
    await waitUntil(() => owners() === '0 leads would change owner', `nothing changes yet (got "${owners()}")`);
    await typeInto(el, field(el, 'routing.rules.0.event.params.pool.team'), 'retail');
    await waitUntil(() => owners() === '10 leads would change owner; Hunter team fintech −100% and Hunter team retail +10 leads', `got "${owners()}"`);
    expect(text(q(el, '[part="replay"]'))).to.equal('0 leads would change station');
  });

  it('undoes and redoes per action: typing in one field is one step', async () => {
    const el = await ruleEditor();
    await typeInto(el, field(el, 'routing.rules.0.name'), 'big-fintech');
    await choose(el, field(el, 'routing.rules.0.event.params.station'), 'lead-generation');
    await click(el, q(el, '[data-action="undo"]'));
    expect(field<HTMLSelectElement>(el, 'routing.rules.0.event.params.station').value).to.equal('hunter');
    expect(field(el, 'routing.rules.0.name').value).to.equal('big-fintech');
    field(el, 'routing.rules.0.name').focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(field(el, 'routing.rules.0.name').value).to.equal('fintech-enterprise');
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Z' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(field(el, 'routing.rules.0.name').value).to.equal('big-fintech');
    await click(el, q(el, '[data-action="redo"]'));
    expect(field<HTMLSelectElement>(el, 'routing.rules.0.event.params.station').value).to.equal('lead-generation');
  });

  it('fires sales-line-config-change only with a valid document', async () => {
    const el = await ruleEditor();
    const seen: unknown[] = [];
    el.addEventListener('sales-line-config-change', (event: SalesLineConfigChangeEvent) => seen.push(event.detail.config));
    await typeInto(el, field(el, 'routing.rules.0.priority'), '0');
    expect(seen).to.have.length(0);
    await typeInto(el, field(el, 'routing.rules.0.priority'), '5', { clear: false });
    expect(seen).to.have.length(1);
    expect((seen[0] as { routing: { rules: { priority: number }[] } }).routing.rules[0]!.priority).to.equal(5);
    el.config = editorConfig();
    await el.updateComplete;
    expect(seen).to.have.length(1);
  });

  it('publishes with a cancelable event, and shows the host veto', async () => {
    const el = await ruleEditor();
    await typeInto(el, field(el, 'routing.rules.0.name'), 'renamed');
    expect(text(q(el, '[part="impact"]'))).to.match(/Added: renamed.*Removed: fintech-enterprise/);
    const veto = (event: SalesLinePublishEvent) => event.veto('Needs a second pair of eyes');
    el.addEventListener('sales-line-publish', veto, { once: true });
    await click(el, q(el, '[part="publish"]'));
    expect(text(q(el, '[part="notice"]'))).to.equal('Not published: Needs a second pair of eyes');
    expect(text(q(el, '[part="impact"]'))).to.match(/Added: renamed/);
    setTimeout(() => q(el, '[part="publish"]')!.click());
    const event = await oneEvent(el, 'sales-line-publish');
    expect(event.cancelable).to.equal(true);
    expect(event.detail.config.routing.rules[0]!.name).to.equal('renamed');
    await el.updateComplete;
    expect(text(q(el, '[part="notice"]'))).to.equal('Published.');
    expect(text(q(el, '[part="impact"]'))).to.match(/No changes/);
  });

  it('is a form field: its value is the JSON, its validity the first problem', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const el = await ruleEditor();
    el.setAttribute('name', 'rules');
    form.append(el);
    expect(JSON.parse(new FormData(form).get('rules') as string)).to.deep.equal(JSON.parse(JSON.stringify(el.value)));
    expect(form.checkValidity()).to.equal(true);
    await typeInto(el, field(el, 'routing.rules.0.priority'), '0');
    expect(form.checkValidity()).to.equal(false);
    form.reset();
    await el.updateComplete;
    expect(field(el, 'routing.rules.0.priority').value).to.equal('10');
    expect(form.checkValidity()).to.equal(true);
    form.remove();
  });

  it('without a config shows the problem, an empty builder and a disabled Publish', async () => {
    const el = await fixture<SalesLineRuleEditor>(html`<sales-line-rule-editor></sales-line-rule-editor>`);
    expect(el.valid).to.equal(false);
    expect(qa(el, 'ol.rules > li')).to.have.length(0);
    expect(qa(el, '[part="issue-link"]').length).to.be.greaterThan(0);
    expect(q<HTMLButtonElement>(el, '[part="publish"]')!.disabled).to.equal(true);
  });

  it('takes null or malformed sample leads and reps without throwing, and says when the leads are not a list', async () => {
    const el = await ruleEditor();
    el.sampleLeads = null as never;
    el.reps = null as never;
    await el.updateComplete;
    expect(text(q(el, '[part="dry-run"]'))).to.equal('Dry run on sample leads No sample leads.');
    el.sampleLeads = 'leads.json' as never;
    await el.updateComplete;
    expect(text(q(el, '[part="dry-run"]'))).to.equal('Dry run on sample leads The sample leads must be a list of leads.');
    el.sampleLeads = [null, { id: 'l-acme', name: 'Acme', industry: 'fintech', employees: 1200 }] as never;
    await el.updateComplete;
    expect(text(q(el, 'tr[data-lead="l-acme"] [data-cell="station"]'))).to.equal('hunter / meeting-held');
    const rows = qa(el, '[part="dry-run-table"] tbody tr');
    expect(rows).to.have.length(2);
    expect(text(rows[0]!)).to.match(/^#1 ⚠ Could not route: /);
    expect(qa<HTMLOptionElement>(el, '[data-path="routing.rules.0.conditions.all.0.fact"] option').map((option) => option.value)).to.include('industry');
  });

  it('shows a config that is not JSON data (a cycle) as the problem instead of throwing, and drops functions from its copy', async () => {
    const cyclic: Record<string, unknown> = { ...editorConfig() };
    cyclic.self = cyclic;
    const el = await ruleEditor({ config: cyclic as never });
    expect(el.valid).to.equal(false);
    expect(text(q(el, '[part="issues"] li'))).to.match(/^Not valid JSON at line 1, column 1: .*circular.*'self'/s);
    expect(q<HTMLButtonElement>(el, '[part="publish"]')!.disabled).to.equal(true);
    el.config = { ...editorConfig(), describe: () => 'a method' } as never;
    await el.updateComplete;
    expect(el.valid).to.equal(true);
    expect(Object.keys(el.value as object)).to.not.include('describe');
  });

  it('shows hostile strings as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const config = editorConfig();
    const el = await ruleEditor({ config: { ...config, routing: { ...config.routing, rules: [{ ...config.routing.rules[0]!, name: hostile }] } }, leads: [{ id: 'l-x', name: hostile, industry: hostile }] });
    expect(qa(el, 'img')).to.have.length(0);
    expect(field(el, 'routing.rules.0.name').value).to.equal(hostile);
    expect(text(q(el, 'tr[data-lead="l-x"] th'))).to.equal(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
