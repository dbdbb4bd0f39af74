import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { languages } from '../src/i18n/languages.ts';

/**
 * Writes dist/sw.js: a service worker that precaches every file of this build under one version, so the
 * app works offline after the first visit. The version is a hash of all file names and contents.
 */
export function offlinePlugin(): Plugin {
  return {
    name: 'is-dit-wel-pluis:offline',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const files = Object.values(bundle)
        .map((item) => item.fileName)
        .filter((name) => !name.endsWith('.map'))
        .sort();
      const hash = createHash('sha256');
      for (const item of Object.values(bundle)) hash.update(item.fileName).update(item.type === 'chunk' ? item.code : item.source);
      const publicFiles = ['favicon.svg', 'manifest.webmanifest'];
      const template = readFileSync(new URL('./sw.template.js', import.meta.url), 'utf8');
      const source = template
        .replace('__VERSION__', hash.digest('hex').slice(0, 12))
        .replace('__FILES__', JSON.stringify([...files, ...publicFiles].map((name) => `/${name}`)))
        .replace('__LANGUAGES__', JSON.stringify(languages));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
