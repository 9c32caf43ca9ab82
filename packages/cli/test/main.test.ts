import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('sales-line itself', () => {
  it('prints the package version with --version or -v, and exits 0', async () => {
    for (const flag of ['--version', '-v']) {
      expect(await runCli([flag])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
    }
  });

  it('prints the help on stdout and exits 0 when asked for it', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const result = await runCli([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: sales-line <command>');
      expect(result.stdout).toContain('--version');
    }
  });

  it('prints one command\'s help with `help <command>`, as with `<command> --help`', async () => {
    const viaHelp = await runCli(['help', 'route']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toContain('Usage: sales-line route --config');
    expect(viaHelp).toEqual(await runCli(['route', '--help']));
  });

  it('prints the help on stderr and exits 2 when no command is given, so stdout stays for data', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: sales-line <command>');
  });
});

describe('sales-line options', () => {
  it('refuses an option given twice rather than dropping one of its values', async () => {
    const result = await runCli(['route', '--config', 'c.json', '--leads', 'a.csv', '--leads', 'b.csv']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--leads is given more than once');
  });

  it('refuses an unknown option and a missing value with the command\'s usage, exit 2', async () => {
    for (const argv of [['route', '--nope'], ['route', '--config'], ['simulate', '--seed'], ['schema', 'extra']]) {
      const result = await runCli(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toContain(`Usage: sales-line ${argv[0]}`);
    }
  });
});
