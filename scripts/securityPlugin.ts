import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The Content-Security-Policy of the built pages: everything from this origin only, plus, by hash, the
 * inline stylesheet and early-tap script that scripts/pagesPlugin.ts puts in the pages; no other inline
 * script or style, no frames, no forms. It goes into each page (meta, right after the charset) and into
 * dist/_headers for static hosts that read it (there also frame-ancestors, which only works as a header).
 */
export function contentSecurityPolicy(inlineScripts: string[], inlineStyles: string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScripts.map(hashOf)].join(' '),
    ["style-src 'self'", ...inlineStyles.map(hashOf)].join(' '),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const inline = (html: string, tag: 'script' | 'style') =>
  [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]);

/**
 * Checks a finished page (after everything that writes into it, the prerender included): every inline
 * script in it must be allowed by its hash in the page's Content-Security-Policy and in each of
 * `otherPolicies` (the one of _headers), or the browser would silently refuse to run it, and quick exit
 * would not work before the app arrives. Throws naming the page and the script's file (from `sources`:
 * file → the text inlined).
 */
export function checkInlineScripts(page: string, html: string, sources: Record<string, string>, otherPolicies: string[] = []) {
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
  if (!policy) throw new Error(`${page}: no Content-Security-Policy in the page`);
  const scriptSrc = (p: string) => p.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
  for (const [, attributes = '', script] of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    // A script from a file is allowed by 'self'; a data block (type="application/json") never runs.
    if (/\ssrc=/.test(attributes) || /\stype="(?!module"|text\/javascript"|application\/javascript")/.test(attributes)) continue;
    const hash = hashOf(script);
    const missing = [['the page', policy], ...otherPolicies.map((other) => ['_headers', other])].filter(
      ([, text]) => !scriptSrc(text).split(/\s+/).includes(hash),
    );
    if (missing.length === 0) continue;
    const file = Object.entries(sources).find(([, text]) => text === script)?.[0];
    throw new Error(
      `${page}: the inline script ${file ? `from ${file}` : `"${script.slice(0, 40)}" (from no file of scripts/)`} is not allowed by the Content-Security-Policy of ${missing.map(([where]) => where).join(' and ')} ` +
        `(no ${hash} in script-src): it was changed after the policy was written (scripts/securityPlugin.ts)`,
    );
  }
}

export function securityPlugin(): Plugin {
  return {
    name: 'is-dit-wel-pluis:security',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const pages = Object.values(bundle).filter((item) => item.type === 'asset' && item.fileName.endsWith('.html'));
      const scripts = new Set<string>();
      const styles = new Set<string>();
      for (const page of pages) {
        const html = String((page as { source: string }).source);
        inline(html, 'script').forEach((s) => scripts.add(s));
        inline(html, 'style').forEach((s) => styles.add(s));
      }
      const policy = contentSecurityPolicy([...scripts], [...styles]);
      for (const page of pages) {
        const asset = page as { source: string | Uint8Array };
        asset.source = String(asset.source).replace(
          '<meta charset="utf-8" />',
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      }
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: [
          '# Headers for static hosts that read this file (Netlify, Cloudflare Pages); written by scripts/securityPlugin.ts.',
          '/*',
          `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
          '  Referrer-Policy: no-referrer',
          '  X-Content-Type-Options: nosniff',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
          '  Cross-Origin-Opener-Policy: same-origin',
          '',
          '/sw.js',
          '  Cache-Control: no-cache',
          '',
          '/assets/*',
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
        ].join('\n'),
      });
    },
  };
}
