import type { Plugin } from 'vite';
import { languages } from '../src/flow/files.ts';

/** Writes dist/nl/, dist/uk/ and dist/en/index.html, so that a plain static host serves each language's address. */
export function pagesPlugin(): Plugin {
  return {
    name: 'is-dit-wel-pluis:pages',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') this.error('index.html is missing from the build');
      const html = String((index as { source: string | Uint8Array }).source);
      for (const language of languages) {
        this.emitFile({
          type: 'asset',
          fileName: `${language}/index.html`,
          source: html.replace(/<html lang="[^"]*"/, `<html lang="${language}"`),
        });
      }
    },
  };
}
