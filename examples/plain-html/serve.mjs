// Serves index.html and the elements' browser module on http://127.0.0.1:<port>/.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const files = {
  '/': { path: new URL('index.html', import.meta.url), type: 'text/html; charset=utf-8' },
  '/sales-line-elements.min.js': { path: require.resolve('@sales-line/elements/browser'), type: 'text/javascript' },
  // Loaded by the browser module only when a rule editor's JSON tab first opens.
  '/sales-line-code-editor.min.js': { path: require.resolve('@sales-line/elements/browser/code-editor'), type: 'text/javascript' },
};
const port = Number(process.env.PORT ?? 4173);
createServer(async (request, response) => {
  const file = files[new URL(request.url ?? '/', 'http://x').pathname];
  if (!file) return void response.writeHead(404).end('not found');
  response.writeHead(200, { 'content-type': file.type }).end(await readFile(file.path));
}).listen(port, '127.0.0.1', () => console.log(`plain HTML example: http://127.0.0.1:${port}/`));
