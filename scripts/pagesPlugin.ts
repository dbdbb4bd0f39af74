import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { localeFile } from '../src/content/files.ts';
import { languageFallbacks, languages, type Language } from '../src/i18n/languages.ts';
import { EARLY_FETCHES_ID } from '../src/early/earlyFetches.ts';
import { PAGE_WORDS_ID } from '../src/i18n/wordFiles.ts';
import { NEUTRAL_SITE, assertNeutralSite } from '../src/ui/lib/quickExit.ts';
import { flowPlugin } from './flowPlugin.ts';
import { checkInlineScripts } from './securityPlugin.ts';
import { buildWalker } from './walker.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A script of scripts/ to inline into a page, without its comment lines and indentation (bytes in every page). */
const inlineScript = (name: string) =>
  readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n');
const languageRedirect = inlineScript('languageRedirect.js')
  .replace('__LANGUAGES__', JSON.stringify(languages))
  .replace('__LANGUAGE_FALLBACKS__', JSON.stringify(languageFallbacks));
assertNeutralSite(NEUTRAL_SITE);
const quickExit = inlineScript('quickExit.js').replace('__NEUTRAL_SITE__', JSON.stringify(NEUTRAL_SITE));
const appStart = inlineScript('appStart.js');
/** Each inline script by its file, to name the file when the page's policy does not allow it. */
const inlineScripts: Record<string, string> = {
  'scripts/languageRedirect.js': languageRedirect,
  'scripts/quickExit.js': quickExit,
  'scripts/appStart.js': appStart,
};
/** A language's `translation` words, as the words file has them. */
export const pageWords = (language: Language): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../${localeFile(language)}`, import.meta.url), 'utf8'));
/**
 * A data block (not run, so no CSP hash) with the `translation` words of these languages: the page's own,
 * for the early walker and the app (src/i18n/wordFiles.ts, PAGE_WORDS_ID).
 */
export const pageWordsBlock = (of: readonly Language[]) =>
  `<script type="application/json" id="${PAGE_WORDS_ID}">${JSON.stringify(
    Object.fromEntries(of.map((language) => [language, pageWords(language)])),
  ).replace(/</g, '\\u003c')}</script>`;

/** The page's one live region, as index.html has it (src/early/announcerRegion.ts). */
const ANNOUNCER_HTML = '<p data-announcer role="status" class="visually-hidden"></p>';
/**
 * The live region with, for the early walker, the words of a language's wait in each of `others` (data-uk…):
 * a language tapped before the app has arrived is said to be on its way in that language.
 */
const announcerWith = (others: readonly Language[]) =>
  ANNOUNCER_HTML.replace(
    '<p data-announcer',
    () =>
      `<p data-announcer${others
        .map((other) => ` data-${other}="${escapeHtml((pageWords(other).ui as Record<string, string>).languageWaiting)}"`)
        .join('')}`,
  );

// The bare address "/" is the Dutch page (the source language) with the redirect above.
const BARE = { language: languages[0], fileName: 'index.html' } as const;

/**
 * Writes the pages: dist/index.html (the bare address "/") and dist/nl/, uk/, en/index.html, so that a
 * plain static host serves each language's address. Each page has its first question already in the HTML
 * (shown before any script runs, and without JavaScript), its own title, its language's words (a data
 * block), the stylesheet inline (one round trip less before anything shows), the early walker right after
 * the first question (src/early/walker.ts: the questions answer before the app has arrived, drawn with the app's own views), and first of all the quick-exit script (scripts/quickExit.js: the link and Shift
 * three times leave from the first byte). The app's script is preloaded, not run at once: scripts/appStart.js starts
 * it when its evaluation and hydration are least in the person's way. "/" is the Dutch page, with a tiny script before that, which sends
 * a browser preferring Ukrainian or English to its own page before the first paint
 * (scripts/languageRedirect.js). Each page has a plain description for search engines, in its language.
 */
export function pagesPlugin(): Plugin {
  let config: ResolvedConfig;
  // Rolldown calls closeBundle after a failed build too: with no pages to fill in, it would hide the build's own
  // error (e.g. the walker over its size) behind "no such file dist/nl/index.html".
  let pagesWritten = false;
  return {
    name: 'is-dit-wel-pluis:pages',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      pagesWritten = false;
    },
    async generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return this.error('index.html is missing from the build');
      let html = String(index.source);
      for (const item of Object.values(bundle)) {
        if (item.type !== 'asset' || !item.fileName.endsWith('.css')) continue;
        const link = new RegExp(`\\s*<link rel="stylesheet"[^>]*href="${config.base}${item.fileName}"[^>]*>`);
        if (!link.test(html)) continue;
        html = html.replace(link, '').replace('</head>', () => `  <style>${String(item.source).trim()}</style>\n  </head>`);
        delete bundle[item.fileName];
      }
      // The app's script is preloaded with the page and started when it is least in the way (scripts/appStart.js).
      const entry = html.match(/<script type="module" crossorigin src="([^"]+)"><\/script>/);
      if (!entry) return this.error("index.html: no module script for the app's entry in the build");
      html = html.replace(
        entry[0],
        () => `<link rel="modulepreload" crossorigin href="${entry[1]}" id="app-script" />\n    <script>${appStart}</script>`,
      );
      const walker = await buildWalker();
      inlineScripts['src/early/walker.ts'] = walker;
      const assetOf = (test: (item: { fileName: string; originalFileNames?: string[] }) => boolean, what: string) => {
        const item = Object.values(bundle).find((item) => item.type === 'asset' && test(item));
        if (!item) throw new Error(`no ${what} in the build`);
        return `${config.base}${item.fileName}`;
      };
      // The result's code, a chunk of its own (src/ui/resultParts.ts): preloaded from the first answer too.
      const resultCode = () => {
        const chunk = Object.values(bundle).find((item) => item.type === 'chunk' && item.fileName.startsWith('assets/resultParts-'));
        if (!chunk) throw new Error('no resultParts chunk in the build (src/ui/resultParts.ts)');
        return `${config.base}${chunk.fileName}`;
      };
      // What the check needs a few screens on, fetched from the first answer (src/load/earlyFetches.ts).
      const earlyFetches = (language: Language) =>
        `<script type="application/json" id="${EARLY_FETCHES_ID}">${JSON.stringify([
          assetOf(
            (item) => (item.originalFileNames ?? []).some((name) => name.endsWith(`locales/${language}/result.json`)),
            `locales/${language}/result.json`,
          ),
          assetOf((item) => item.fileName.startsWith('assets/municipalities-'), 'municipality list'),
          resultCode(),
        ])}</script>`;
      if (!html.includes(ANNOUNCER_HTML)) throw new Error(`index.html: no live region ${ANNOUNCER_HTML}`);
      const pageFor = (language: Language, first: string[] = []) =>
        html
          .replace(/<html lang="[^"]*"/, `<html lang="${language}"`)
          .replace('<meta charset="utf-8" />', () => ['<meta charset="utf-8" />', ...first.map((tag) => `    ${tag}`)].join('\n'))
          .replace('</head>', () => `  ${pageWordsBlock([language])}\n    ${earlyFetches(language)}\n  </head>`)
          // Right after the first question (the prerender fills the root) and the live region it speaks through,
          // so that it runs as soon as it shows.
          .replace(
            ANNOUNCER_HTML,
            () => `${announcerWith(languages.filter((other) => other !== language))}\n    <script>${walker}</script>`,
          );
      // "/" first decides whether the browser wants another language than Dutch, before it paints anything.
      index.source = pageFor(BARE.language, [`<script>${languageRedirect}</script>`, `<script>${quickExit}</script>`]);
      for (const language of languages) {
        this.emitFile({ type: 'asset', fileName: `${language}/index.html`, source: pageFor(language, [`<script>${quickExit}</script>`]) });
      }
      pagesWritten = true;
    },
    async closeBundle() {
      if (!pagesWritten) return;
      // Render the first screen with the same components the browser hydrates.
      const server = await createServer({
        configFile: false,
        root: config.root,
        logLevel: 'silent',
        plugins: [react(), flowPlugin({ check: false })],
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
      });
      try {
        const { renderFirstScreen } = await server.ssrLoadModule('/src/prerender.tsx');
        const pages: [Language, string][] = [
          ...languages.map((l): [Language, string] => [l, join(l, 'index.html')]),
          [BARE.language, BARE.fileName],
        ];
        for (const [language, fileName] of pages) {
          const translation = JSON.parse(readFileSync(resolve(config.root, localeFile(language)), 'utf8'));
          const { html, title, description } = await renderFirstScreen(language, translation);
          const file = join(config.build.outDir, fileName);
          const page = readFileSync(file, 'utf8')
            .replace(
              /<title>[^<]*<\/title>/,
              () => `<title>${escapeHtml(title)}</title>\n    <meta name="description" content="${escapeHtml(description)}" />`,
            )
            .replace('<div id="root"></div>', () => `<div id="root" data-prerendered="${language}">${html}</div>`);
          writeFileSync(file, page);
        }
        // Last, on the finished pages: every inline script allowed by the policy, or the build fails.
        const headers = readFileSync(join(config.build.outDir, '_headers'), 'utf8');
        const headerPolicy = headers.match(/Content-Security-Policy: ([^\n]*)/)?.[1] ?? '';
        for (const [, fileName] of pages) {
          const file = join(config.build.outDir, fileName);
          checkInlineScripts(relative(config.root, file), readFileSync(file, 'utf8'), inlineScripts, [headerPolicy]);
        }
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * `npm start` (the dev server) serves index.html as it is: this puts the quick-exit script in it too, so
 * that quick exit works there as it does in the built pages, and the words (all languages: the dev page
 * serves every address; on the live region too, for a language's wait). No early walker: the dev page has no prerendered first question.
 */
export function quickExitInDevPlugin(): Plugin {
  return {
    name: 'is-dit-wel-pluis:quick-exit-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace('<meta charset="utf-8" />', () => `<meta charset="utf-8" />\n    <script>${quickExit}</script>`)
        .replace('</head>', () => `  ${pageWordsBlock(languages)}\n  </head>`)
        .replace(ANNOUNCER_HTML, () => announcerWith(languages)),
  };
}
