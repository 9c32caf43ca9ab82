import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { jsonErrorOffset } from './json-error-offset.ts';

/** Everything a command touches outside itself, so tests can run commands in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readText: (file: string) => Promise<string>;
  /** Streams a file line by line, so inputs of any size run in bounded memory. */
  readLines: (file: string) => AsyncIterable<string>;
  /** Whether stderr is a terminal (progress is shown there). */
  interactive: boolean;
  /**
   * `null` when stdout takes more output now; otherwise resolves when it does. Commands that
   * stream wait on it, so a slow reader at the other end of a pipe never makes output pile
   * up in memory.
   */
  whenWritable?: () => Promise<unknown> | null;
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readText: (file) => readFile(file, 'utf8'),
  readLines: (file) => createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity }),
  interactive: process.stderr.isTTY === true,
  // A pipe to a slower reader buffers every write in memory: hundreds of MB for a big route.
  whenWritable: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain') : null),
};

/** A failure the user caused (bad flag, unreadable file): printed without a stack, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** For a document that could not be read at all: the config issue code `--json` reports it with. */
  readonly issueCode: 'unreadable' | 'not-json' | undefined;

  constructor(message: string, issueCode?: 'unreadable' | 'not-json') {
    super(message);
    this.issueCode = issueCode;
  }
}

/** What the common reasons a file cannot be read mean, in words. */
const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  // A .json file is read whole, and a JavaScript string holds at most about 512 MB.
  ERR_STRING_TOO_LONG: 'too large to read whole; use .ndjson or .csv, which are read line by line',
  ERR_FS_FILE_TOO_LARGE: 'too large to read whole; use .ndjson or .csv, which are read line by line',
};

/** The usage error for a file the system would not read; anything else is not ours to word. */
function cannotRead(file: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('E')) return error as Error;
  return new UsageError(`cannot read ${file}: ${READ_ERRORS[code] ? `${READ_ERRORS[code]} (${code})` : code}`, 'unreadable');
}

// Editors on Windows often save UTF-8 with a byte-order mark, which JSON does not allow.
const withoutByteOrderMark = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

/** A text file's lines, streamed, without a leading byte-order mark; an unreadable file is a usage error. */
export async function* readFileLines(io: CliIO, file: string): AsyncGenerator<string> {
  let first = true;
  try {
    for await (const text of io.readLines(file)) {
      yield first ? withoutByteOrderMark(text) : text;
      first = false;
    }
  } catch (error) {
    throw cannotRead(file, error);
  }
}

/** Reads and parses a JSON file, naming the file and position on a syntax error. */
export async function readJsonFile(io: CliIO, file: string): Promise<unknown> {
  let text: string;
  try {
    text = withoutByteOrderMark(await io.readText(file));
  } catch (error) {
    throw cannotRead(file, error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${file}${jsonSyntaxError(text, error as Error)}`, 'not-json');
  }
}

/** `:line:column is not valid JSON: …`, pointing where editors take it, with what is wrong there. */
function jsonSyntaxError(text: string, error: Error): string {
  const offset = jsonErrorOffset(text);
  if (offset < 0) return ` is not valid JSON: ${error.message}`;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(0, lineStart).split('\n').length;
  const what = offset >= text.length ? 'the text ends before the JSON does' : `unexpected ${JSON.stringify(text[offset])}`;
  return `:${line}:${offset - lineStart + 1} is not valid JSON: ${what}`;
}
