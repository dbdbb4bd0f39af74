// What the build ships: the content without its sources. The sources (quotes and the addresses they were
// read from) are for the keepers of the content; the browser never shows them and must not download them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourcesIn } from '../../src/content/checkedOn.ts';
import { root } from '../../src/content/loadContent.ts';
import { contentFlow as flow } from '../../src/content/contentFlow.ts';
import { municipalityAliases } from '../../flows/municipalities.ts';
import { source } from '../../flows/sources.ts';
import { wordFiles } from '../../src/i18n/wordFiles.ts';

const dist = join(root, 'dist');
const files = (readdirSync(dist, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name));
const shipped = files.map((file) => ({ file: file.slice(dist.length + 1), text: readFileSync(file, 'utf8') }));

// Addresses the app does show: a contact's website, an advice block's link.
const shown = new Set([
  ...flow.contacts.flatMap((c) => (c.website ? [c.website.url] : [])),
  ...flow.advice.flatMap((a) => (a.link ? [a.link] : [])),
]);
const sources = sourcesIn([source, flow, municipalityAliases]);

describe(`the built app in dist/ (${shipped.length} files)`, () => {
  // The Dutch words may say what a seed says, word for word; the content data may not carry the quote.
  it('holds no source quote outside the translations', () => {
    const data = shipped.filter(({ file }) => !wordFiles.some((words) => file.startsWith(`assets/${words}-`)));
    const found = sources.flatMap((s) =>
      data.filter(({ text }) => text.includes(s.quote)).map(({ file }) => `${file}: “${s.quote.slice(0, 50)}…”`),
    );
    expect(found).toEqual([]);
  });

  it('holds no address a source was read from, unless the app shows it as a link', () => {
    const urls = [...new Set(sources.flatMap((s) => (s.url && !shown.has(s.url) ? [s.url] : [])))];
    expect(urls.length).toBeGreaterThan(20);
    const found = urls.flatMap((url) => shipped.filter(({ text }) => text.includes(url)).map(({ file }) => `${file}: ${url}`));
    expect(found).toEqual([]);
  });
});
