import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLine, formatReport, loadPortal } from '../../scripts/load-portal.ts';
import { openPortalDatabase } from '../helpers/portal-database.ts';
import { startPortal, type PortalServer } from '../helpers/portal-server.ts';

// The full bounded load of `pnpm load:portal`: with group commit it takes 30–60 s on a
// busy 2-core machine. Timings are printed, never asserted.
const leads = 10_000;
const clients = 50;

describe('the portal under a loopback load', () => {
  let server: PortalServer | undefined;
  afterAll(async () => {
    await server?.stop('SIGKILL');
    if (server) rmSync(server.dataDir, { recursive: true, force: true });
  });

  it(`keeps every one of ${leads} leads posted by ${clients} concurrent clients, also after a restart`, async () => {
    server = await startPortal();
    const { dataDir } = server;
    const report = await loadPortal(server.url, { leads, clients });
    const check = await checkLine(server.url, report.accepted);
    console.log(formatReport(report, check));
    expect(report.failed).toEqual([]);
    expect(report.refused).toEqual([]);
    expect(new Set(report.accepted).size).toBe(leads);
    expect(check.lost).toEqual([]);
    expect(check.misplaced).toEqual([]);
    expect(check.owned + check.queued).toBe(leads);

    await server.stop();
    const db = openPortalDatabase(dataDir);
    const stored = new Set((db.prepare('SELECT id FROM line_leads').all() as { id: string }[]).map((row) => row.id));
    const audited = db.prepare("SELECT lead_id FROM audit WHERE command = 'addLead'").all() as { lead_id: string }[];
    db.close();
    expect(report.accepted.filter((id) => !stored.has(id))).toEqual([]);
    expect(audited.length).toBe(stored.size);

    server = await startPortal({ dataDir });
    const again = await checkLine(server.url, report.accepted);
    expect(again.lost).toEqual([]);
    expect(again.misplaced).toEqual([]);
  }, 300_000);
});
