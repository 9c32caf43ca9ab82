import type { AuditEntry, LineState } from '@sales-line/core';

/** One saved version of the config document. */
export interface ConfigVersion {
  version: number;
  status: 'draft' | 'published' | 'archived';
  document: unknown;
  /** The version the editor started from; a save based on anything but the head is stale. */
  basedOn: number | null;
  author: string | null;
  createdAt: string;
}

export interface Activity {
  repId: string;
  type: string;
  at: string;
  leadId?: string;
  value?: number;
}

/**
 * The storage port: everything the portal keeps. SQLite is the default (`SqliteStore`);
 * a host puts the line on its own database by implementing this interface.
 */
export interface Store {
  /** The line's state as last committed; null before the first commit. */
  loadLineState(): LineState | null;
  /**
   * The line's state and the audit entries produced since the last commit, written together or
   * not at all, and durable when it returns: the portal answers every command of a batch after
   * this one call, so a host's store must not acknowledge before its own commit.
   */
  commit(change: { state: LineState; audit: AuditEntry[] }): void;
  auditLog(options?: { limit?: number; leadId?: string }): AuditEntry[];

  configVersions(): ConfigVersion[];
  configVersion(version: number): ConfigVersion | null;
  publishedConfig(): ConfigVersion | null;
  /** The newest version of any status: what the next save must be based on. */
  headVersion(): number | null;
  /** Adds a version; refuses (returns null) when `basedOn` is not the head, in one transaction. */
  saveConfigVersion(input: { document: unknown; basedOn: number | null; status: 'draft' | 'published'; author: string | null }): ConfigVersion | null;
  markPublished(version: number): void;

  addActivities(activities: Activity[]): void;
  /** Stored activities, all or those with `from <= at < to` (ISO 8601 UTC). */
  activities(range?: { from: string; to: string }): Activity[];
  /** The newest activity's time, or null when none is stored. */
  latestActivityAt(): string | null;

  close(): void;
}
