import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { languages, localeFile, type Language } from '../src/flow/files.ts';
import { flowPlugin } from './flowPlugin.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Writes dist/nl/, dist/uk/ and dist/en/index.html, so that a plain static host serves each language's
 * address, each with its first question already in the HTML (shown before the script runs), its title,
 * and its translation file preloaded next to the script.
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
      const html = String(index.source);
      for (const language of languages) {
        const translation = Object.values(bundle).find(
          (item) => item.type === 'chunk' && item.facadeModuleId?.endsWith(localeFile(language)),
        );
        if (!translation) return this.error(`no chunk for ${localeFile(language)}`);
        const preload = `<link rel="modulepreload" crossorigin href="${config.base}${translation.fileName}">`;
        this.emitFile({
          type: 'asset',
          fileName: `${language}/index.html`,
          source: html.replace(/<html lang="[^"]*"/, `<html lang="${language}"`).replace('</head>', `  ${preload}\n  </head>`),
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
