// `npm run docs`: builds the documentation to static HTML in docs/site/ —
// the guides (docs/**/*.md), the API reference of @sales-line/core (TypeDoc, from the
// TypeScript), the element reference (from custom-elements.json) and the CLI reference
// (from the command table). Needs a build first (for the manifest and the CLI).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { marked } from 'marked';
import { root } from './setup.mjs';

const site = join(root, 'docs', 'site');
rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });

const escape = (text) => String(text ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const guides = readdirSync(join(root, 'docs'), { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.md') && !file.startsWith('site'))
  .sort();
const title = (markdown, fallback) => /^#\s+(.+)$/m.exec(markdown)?.[1]?.replace(/`/g, '') ?? fallback;

function page(file, heading, body) {
  const up = relative(dirname(join(site, file)), site) || '.';
  const nav = [
    ['index.html', 'Overview'],
    ...guides.map((g) => [g.replace(/\.md$/, '.html'), title(readFileSync(join(root, 'docs', g), 'utf8'), g)]),
    ['elements.html', 'Element reference'],
    ['cli.html', 'CLI reference'],
    ['api/index.html', 'API reference (core and its entry points)'],
  ]
    .map(([href, text]) => `<li><a href="${up}/${href}">${escape(text)}</a></li>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(heading)} · sales-line</title>
<style>:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.55}body{margin:0;display:grid;grid-template-columns:16rem 1fr}
nav{padding:1rem;border-right:1px solid #8884;min-height:100vh}nav ul{list-style:none;padding:0;margin:0}nav li{margin:.2rem 0}
main{padding:1rem 2rem;max-width:60rem}pre{background:#8881;padding:.75rem;overflow:auto}code{font-size:.9em}table{border-collapse:collapse}
th,td{border-bottom:1px solid #8884;padding:.25rem .5rem;text-align:left;vertical-align:top}</style></head>
<body><nav aria-label="Documentation"><strong>sales-line</strong><ul>${nav}</ul></nav><main>${body}</main></body></html>`;
}

// The screenshots the guides and the overview show (`pnpm screenshots`), at the same relative place.
cpSync(join(root, 'docs', 'images'), join(site, 'images'), { recursive: true });

const write = (file, heading, body) => {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), page(file, heading, body));
};
const markdownToHtml = (markdown) => marked.parse(markdown.replace(/\]\(([^)#]+)\.md(#[^)]*)?\)/g, '](./$1.html$2)'));

// Guides, and the README as the overview.
for (const guide of guides) {
  const markdown = readFileSync(join(root, 'docs', guide), 'utf8');
  write(guide.replace(/\.md$/, '.html'), title(markdown, guide), markdownToHtml(markdown));
}
write('index.html', 'Overview', markdownToHtml(readFileSync(join(root, 'README.md'), 'utf8').replaceAll('](docs/', '](')));

// Element reference from the custom-elements manifest.
const manifest = JSON.parse(readFileSync(join(root, 'packages', 'elements', 'custom-elements.json'), 'utf8'));
const table = (rows, columns) =>
  rows?.length
    ? `<table><thead><tr>${columns.map(([, label]) => `<th>${label}</th>`).join('')}</tr></thead><tbody>${rows
        .map((row) => `<tr>${columns.map(([key]) => `<td>${key === 'name' ? `<code>${escape(row[key])}</code>` : escape(key === 'type' ? row.type?.text : row[key])}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : '<p>None.</p>';
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const elements = declarations
  .map(
    (d) => `<h2 id="${escape(d.tagName)}"><code>&lt;${escape(d.tagName)}&gt;</code></h2><p>${escape(d.summary ?? d.description)}</p>
<h3>Properties</h3>${table(d.members?.filter((m) => m.kind === 'field' && m.privacy !== 'private' && !m.static), [['name', 'Property'], ['attribute', 'Attribute'], ['type', 'Type'], ['description', 'Description']])}
<h3>Events</h3>${table(d.events, [['name', 'Event'], ['description', 'Description']])}
<h3>Parts</h3>${table(d.cssParts, [['name', 'Part'], ['description', 'Description']])}
<h3>CSS custom properties</h3>${table(d.cssProperties, [['name', 'Property'], ['description', 'Description']])}
<h3>Slots</h3>${table(d.slots, [['name', 'Slot'], ['description', 'Description']])}`,
  )
  .join('\n');
write('elements.html', 'Element reference', `<h1>Element reference</h1><p>Generated from <code>custom-elements.json</code>.</p>${elements}`);

// CLI reference from the command table (the built CLI).
const { commands } = await import(join(root, 'packages', 'cli', 'dist', 'index.js'));
const cli = Object.entries(commands)
  .map(([name, command]) => `<h2 id="${name}"><code>sales-line ${name}</code></h2><p>${escape(command.summary)}</p><pre><code>${escape(command.usage)}</code></pre>`)
  .join('\n');
write('cli.html', 'CLI reference', `<h1>CLI reference</h1>${cli}`);

// API reference of core, generated from the TypeScript by TypeDoc: the main entry and every subpath
// entry the package exports (`@sales-line/core/simulation`, …), each a module of the reference.
const coreExports = JSON.parse(readFileSync(join(root, 'packages', 'core', 'package.json'), 'utf8')).exports;
const coreEntries = Object.values(coreExports).flatMap((target) => (typeof target === 'object' && target.source ? [target.source.replace(/^\.\//, 'packages/core/')] : []));
execFileSync(
  join(root, 'node_modules', '.bin', 'typedoc'),
  [...coreEntries.flatMap((entry) => ['--entryPoints', entry]), '--tsconfig', 'packages/core/tsconfig.json', '--out', join(site, 'api'), '--name', '@sales-line/core', '--readme', 'packages/core/README.md', '--logLevel', 'Error', '--excludePrivate', '--hideGenerator'],
  { cwd: root, stdio: 'inherit' },
);
console.log(`docs built: ${relative(root, site)}/index.html (${guides.length} guides, ${declarations.length} elements, ${Object.keys(commands).length} commands)`);
