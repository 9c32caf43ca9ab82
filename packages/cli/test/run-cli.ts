import { main } from '../src/index.ts';

/** Runs the CLI in-process against in-memory files; returns what it printed and its exit code. */
export async function runCli(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readText: async (file) => {
      if (!Object.hasOwn(files, file)) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return files[file]!;
    },
  });
  return { code, stdout, stderr };
}
