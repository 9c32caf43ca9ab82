import { SalesLineError } from '../errors.ts';

/**
 * Turns text chunks cut anywhere (a fetch body through `TextDecoderStream`, a file read in
 * blocks) into whole lines for `readActivityLines`, holding only the unfinished line.
 */
export async function* splitLines(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  let rest = '';
  let index = 0;
  for await (const chunk of chunks) {
    if (typeof chunk !== 'string') {
      throw new SalesLineError('invalid-input', `splitLines: chunk ${index} is not text; decode bytes first (TextDecoderStream).`);
    }
    index += 1;
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() as string;
    for (const part of parts) yield part.endsWith('\r') ? part.slice(0, -1) : part;
  }
  if (rest !== '') yield rest;
}
