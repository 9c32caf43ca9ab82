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
    readLines: async function* (file) {
      yield* read(file).split('\n');
    },
    interactive: false,
  });
  return { code, stdout, stderr };
}
