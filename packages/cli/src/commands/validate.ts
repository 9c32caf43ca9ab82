import { formatPath, validateConfig } from '@sales-line/core';
import type { Command } from '../command.ts';
import { UsageError, readJsonFile } from '../io.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { printable } from '../printable.ts';

export const validate: Command = {
  summary: 'Check a config document; print every issue as `path: message`.',
  usage: 'sales-line validate <config.json> [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('validate takes exactly one config file');
    let document: unknown;
    try {
      document = await readJsonFile(io, file);
    } catch (error) {
      // A program reading --json gets its answer on stdout, as for any other invalid document.
      if (values.json && error instanceof UsageError && error.issueCode) {
        io.stdout(`${JSON.stringify({ ok: false, issues: [{ code: error.issueCode, path: [], message: error.message }] })}\n`);
      }
      throw error;
    }
    const result = validateConfig(document);
    if (values.json) {
      io.stdout(`${JSON.stringify(result.ok ? { ok: true } : { ok: false, issues: result.issues })}\n`);
    } else if (result.ok) {
      io.stdout(`${file}: valid\n`);
    } else {
      for (const issue of result.issues) io.stdout(`${printable(formatPath(issue.path))}: ${printable(issue.message)}\n`);
      io.stderr(`${file}: ${result.issues.length} issue${result.issues.length === 1 ? '' : 's'}\n`);
    }
    return result.ok ? 0 : 1;
  },
};
