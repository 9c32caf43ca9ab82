import Database from 'better-sqlite3';
import type { AuditEntry, LineState } from '@sales-line/core';
import type { Activity, ConfigVersion, Store } from './store.ts';

const schema = `
  CREATE TABLE IF NOT EXISTS line_state (id INTEGER PRIMARY KEY CHECK (id = 1), state TEXT NOT NULL, version INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS line_leads (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, record TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, command TEXT NOT NULL,
                                    lead_id TEXT, entry TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS audit_lead ON audit (lead_id);
  CREATE TABLE IF NOT EXISTS config_versions (version INTEGER PRIMARY KEY, status TEXT NOT NULL, document TEXT NOT NULL,
                                              based_on INTEGER, author TEXT, created_at TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS activities (id INTEGER PRIMARY KEY AUTOINCREMENT, rep_id TEXT NOT NULL, type TEXT NOT NULL,
                                         at TEXT NOT NULL, lead_id TEXT, value REAL);
  CREATE INDEX IF NOT EXISTS activities_at ON activities (at);
`;

interface ConfigRow {
  version: number;
  status: ConfigVersion['status'];
  document: string;
  based_on: number | null;
  author: string | null;
  created_at: string;
}

const toVersion = (row: ConfigRow): ConfigVersion => ({
  version: row.version,
  status: row.status,
  document: JSON.parse(row.document),
  basedOn: row.based_on,
  author: row.author,
  createdAt: row.created_at,
});

/**
 * SQLite storage in WAL mode. Every write is one transaction, and `synchronous = FULL` makes a
 * commit durable before it returns: a write the portal acknowledged survives a killed process
 * and a power cut.
 *
 * The line's state is stored as one row per lead plus one row for the rest (reps, queues,
 * ledger). A commit writes only the lead records that changed since the last commit, found by
 * identity: states are immutable and share unchanged records (immer), so the cost of a command
 * follows what it changed, not the size of the line. So one store (one portal process)
 * writes the line of a database file; other processes may read it.
 */
export class SqliteStore implements Store {
  readonly #db: Database.Database;
  /** The state of the last commit; null until the first, which rewrites every lead. */
  #committed: LineState | null = null;

  constructor(file: string) {
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    // NORMAL would let the last commits before a power cut roll back after they were acknowledged.
    this.#db.pragma('synchronous = FULL');
    this.#db.pragma('foreign_keys = ON');
    this.#db.exec(schema);
  }

  loadLineState(): LineState | null {
    const row = this.#db.prepare('SELECT state FROM line_state WHERE id = 1').get() as { state: string } | undefined;
    if (!row) return null;
    const state = JSON.parse(row.state) as LineState;
    // A state saved whole (before leads had their own rows) still carries its leads.
    if (state.leads !== undefined) return state;
    const leads = this.#db.prepare('SELECT id, record FROM line_leads ORDER BY seq').all() as { id: string; record: string }[];
    return { ...state, leads: Object.fromEntries(leads.map((lead) => [lead.id, JSON.parse(lead.record)])) };
  }

  commit({ state, audit }: { state: LineState; audit: AuditEntry[] }): void {
    const saveState = this.#db.prepare(
      'INSERT INTO line_state (id, state, version) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, version = excluded.version',
    );
    const saveLead = this.#db.prepare('INSERT INTO line_leads (id, record) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET record = excluded.record');
    const dropLead = this.#db.prepare('DELETE FROM line_leads WHERE id = ?');
    const addAudit = this.#db.prepare('INSERT INTO audit (at, command, lead_id, entry) VALUES (?, ?, ?, ?)');
    const previous = this.#committed?.leads;
    this.#db.transaction(() => {
      if (previous === undefined) this.#db.exec('DELETE FROM line_leads');
      if (previous !== state.leads) {
        if (previous) for (const id in previous) if (!Object.hasOwn(state.leads, id)) dropLead.run(id);
        for (const [id, record] of Object.entries(state.leads)) if (previous?.[id] !== record) saveLead.run(id, JSON.stringify(record));
      }
      const { leads: _leads, ...rest } = state;
      saveState.run(JSON.stringify(rest), state.version);
      for (const entry of audit) addAudit.run(entry.at, entry.command, entry.leadId ?? null, JSON.stringify(entry));
    })();
    this.#committed = state;
  }

  auditLog({ limit = 200, leadId }: { limit?: number; leadId?: string } = {}): AuditEntry[] {
    const rows = (
      leadId === undefined
        ? this.#db.prepare('SELECT entry FROM audit ORDER BY id DESC LIMIT ?').all(limit)
        : this.#db.prepare('SELECT entry FROM audit WHERE lead_id = ? ORDER BY id DESC LIMIT ?').all(leadId, limit)
    ) as { entry: string }[];
    return rows.map((row) => JSON.parse(row.entry) as AuditEntry);
  }

  configVersions(): ConfigVersion[] {
    return (this.#db.prepare('SELECT * FROM config_versions ORDER BY version DESC').all() as ConfigRow[]).map(toVersion);
  }

  configVersion(version: number): ConfigVersion | null {
    const row = this.#db.prepare('SELECT * FROM config_versions WHERE version = ?').get(version) as ConfigRow | undefined;
    return row ? toVersion(row) : null;
  }

  publishedConfig(): ConfigVersion | null {
    const row = this.#db.prepare("SELECT * FROM config_versions WHERE status = 'published'").get() as ConfigRow | undefined;
    return row ? toVersion(row) : null;
  }

  headVersion(): number | null {
    const row = this.#db.prepare('SELECT MAX(version) AS head FROM config_versions').get() as { head: number | null };
    return row.head;
  }

  saveConfigVersion(input: { document: unknown; basedOn: number | null; status: 'draft' | 'published'; author: string | null }): ConfigVersion | null {
    return this.#db.transaction(() => {
      const head = this.headVersion();
      if (head !== input.basedOn) return null;
      const version = (head ?? 0) + 1;
      if (input.status === 'published') this.#db.prepare("UPDATE config_versions SET status = 'archived' WHERE status = 'published'").run();
      this.#db
        .prepare('INSERT INTO config_versions (version, status, document, based_on, author, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(version, input.status, JSON.stringify(input.document), input.basedOn, input.author, new Date().toISOString());
      return this.configVersion(version);
    })();
  }

  markPublished(version: number): void {
    this.#db.transaction(() => {
      this.#db.prepare("UPDATE config_versions SET status = 'archived' WHERE status = 'published'").run();
      this.#db.prepare("UPDATE config_versions SET status = 'published' WHERE version = ?").run(version);
    })();
  }

  addActivities(activities: Activity[]): void {
    const insert = this.#db.prepare('INSERT INTO activities (rep_id, type, at, lead_id, value) VALUES (?, ?, ?, ?, ?)');
    this.#db.transaction(() => {
      for (const a of activities) insert.run(a.repId, a.type, a.at, a.leadId ?? null, a.value ?? null);
    })();
  }

  activities(range?: { from: string; to: string }): Activity[] {
    const select = 'SELECT rep_id, type, at, lead_id, value FROM activities';
    const rows = (
      range === undefined
        ? this.#db.prepare(select).all()
        : this.#db.prepare(`${select} WHERE at >= ? AND at < ? ORDER BY at, id`).all(range.from, range.to)
    ) as {
      rep_id: string;
      type: string;
      at: string;
      lead_id: string | null;
      value: number | null;
    }[];
    return rows.map((r) => ({
      repId: r.rep_id,
      type: r.type,
      at: r.at,
      ...(r.lead_id === null ? {} : { leadId: r.lead_id }),
      ...(r.value === null ? {} : { value: r.value }),
    }));
  }

  latestActivityAt(): string | null {
    return (this.#db.prepare('SELECT MAX(at) AS latest FROM activities').get() as { latest: string | null }).latest;
  }

  close(): void {
    this.#db.close();
  }
}
