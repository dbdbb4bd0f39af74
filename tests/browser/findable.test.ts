// The built pages as a search engine and a first visit see them: indexable, each with a plain description
// in its language that says nothing about the person; quick exit a link to the neutral site on every page
// (absolute https on another site: a relative or script address would not leave).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../src/content/loadContent.ts';
import { NEUTRAL_SITE, assertNeutralSite } from '../../src/ui/lib/quickExit.ts';
import { tr, type Language } from './support.ts';

const pages: [string, Language][] = [
  ['index.html', 'nl'],
  ['nl/index.html', 'nl'],
  ['uk/index.html', 'uk'],
  ['en/index.html', 'en'],
];
const read = (file: string) => readFileSync(join(root, 'dist', file), 'utf8');
const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe.each(pages)('dist/%s', (file, language) => {
  const html = read(file);

  it('may be indexed', () => {
    expect(html).not.toMatch(/noindex|nofollow/i);
    expect(html).not.toMatch(/<meta name="robots"/);
  });

  it(`has a plain description in ${language}`, () => {
    const description = html.match(/<meta name="description" content="([^"]*)"/)?.[1];
    expect(description && unescape(description)).toBe(tr(language, 'ui.metaDescription'));
  });

  it('has quick exit as a link to the neutral site, absolute and https', () => {
    const links = [...html.matchAll(/<a ([^>]*data-quick-exit[^>]*)>/g)].map((m) => m[1].match(/href="([^"]*)"/)?.[1] ?? '');
    expect(links).toHaveLength(1);
    expect(unescape(links[0])).toBe(NEUTRAL_SITE);
    expect(() => assertNeutralSite(unescape(links[0]))).not.toThrow();
  });
});

describe('the neutral site', () => {
  it('is an absolute https address on another site', () => expect(() => assertNeutralSite(NEUTRAL_SITE)).not.toThrow());
  it.each(['/', '/nl/', 'buienradar.nl', 'javascript:history.back()', 'data:text/html,weer', 'http://www.buienradar.nl/'])(
    'refuses %s',
    (url) => expect(() => assertNeutralSite(url)).toThrow(/quick exit/),
  );
});
