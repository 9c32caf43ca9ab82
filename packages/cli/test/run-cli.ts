import { main } from '../src/index.ts';

/** Runs the CLI in-process against in-memory files; returns what it printed and its exit code. */
export async function runCli(argv: string[], files: Record<string, string> = {}) {
  const read = (file: string) => {
    if (!Object.hasOwn(files, file)) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    return files[file]!;
  };
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readText: async (file) => read(file),
    // As node:readline does: CRLF, LF and a lone CR end a line; no empty line after the last break.
    readLines: async function* (file) {
      const lines = read(file).split(/\r\n|\r|\n/);
      if (lines.at(-1) === '') lines.pop();
      yield* lines;
    },
    interactive: false,
  });
  return { code, stdout, stderr };
}
