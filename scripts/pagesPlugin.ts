import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { localeFile } from '../src/content/files.ts';
import { languages, type Language } from '../src/i18n/languages.ts';
import { flowPlugin } from './flowPlugin.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const earlyTap = readFileSync(new URL('./earlyTap.js', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => !line.startsWith('//'))
  .join('\n')
  .trim();

/**
 * Writes the pages: dist/index.html and dist/nl/, uk/, en/index.html, so that a plain static host serves
 * each language's address. Each language page has its first question already in the HTML (shown before
 * the script runs), its own title, its translation preloaded beside the script, the stylesheet inline
 * (one round trip less before anything shows) and the early-tap script (scripts/earlyTap.js).
 */
export function pagesPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'is-dit-wel-pluis:pages',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return this.error('index.html is missing from the build');
      let html = String(index.source);
      for (const item of Object.values(bundle)) {
        if (item.type !== 'asset' || !item.fileName.endsWith('.css')) continue;
        const link = new RegExp(`\\s*<link rel="stylesheet"[^>]*href="${config.base}${item.fileName}"[^>]*>`);
        if (!link.test(html)) continue;
        html = html.replace(link, '').replace('</head>', `  <style>${String(item.source).trim()}</style>\n  </head>`);
        delete bundle[item.fileName];
      }
      index.source = html;
      for (const language of languages) {
        const translation = Object.values(bundle).find(
          (item) => item.type === 'chunk' && item.facadeModuleId?.endsWith(localeFile(language)),
        );
        if (!translation) return this.error(`no chunk for ${localeFile(language)}`);
        const head = [
          `<link rel="modulepreload" crossorigin href="${config.base}${translation.fileName}">`,
          `<script>${earlyTap}</script>`,
        ];
        this.emitFile({
          type: 'asset',
          fileName: `${language}/index.html`,
          source: html.replace(/<html lang="[^"]*"/, `<html lang="${language}"`).replace('</head>', `  ${head.join('\n    ')}\n  </head>`),
        });
      }
    },
    async closeBundle() {
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
        for (const language of languages as readonly Language[]) {
          const translation = JSON.parse(readFileSync(resolve(config.root, localeFile(language)), 'utf8'));
          const { html, title } = await renderFirstScreen(language, translation);
          const file = join(config.build.outDir, language, 'index.html');
          const page = readFileSync(file, 'utf8')
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
            .replace('<div id="root"></div>', `<div id="root" data-prerendered="${language}">${html}</div>`);
          writeFileSync(file, page);
        }
      } finally {
        await server.close();
      }
    },
  };
}
