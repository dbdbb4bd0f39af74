import { describe, expect, it } from 'vitest';
import { checkInlineScripts, contentSecurityPolicy } from '../scripts/securityPlugin.ts';

const quickExit = "(function () { location.replace('https://www.buienradar.nl/'); })();";
const page = (policy: string, script: string) =>
  `<!doctype html><html><head><meta charset="utf-8" />\n<meta http-equiv="Content-Security-Policy" content="${policy}" /><script>${script}</script>` +
  `<script type="module" crossorigin src="/assets/index.js"></script></head><body></body></html>`;

describe('inline scripts against the Content-Security-Policy, checked at build time', () => {
  const policy = contentSecurityPolicy([quickExit], []);
  const sources = { 'scripts/quickExit.js': quickExit, 'scripts/quickExit.js (changed)': `${quickExit} ` };

  it('passes a page whose inline script has its hash in the policy and in _headers', () => {
    expect(() => checkInlineScripts('dist/nl/index.html', page(policy, quickExit), sources, [policy])).not.toThrow();
  });

  it('fails, naming the page and the file, when a script changed without a new hash', () => {
    expect(() => checkInlineScripts('dist/nl/index.html', page(policy, `${quickExit} `), sources)).toThrow(
      /^dist\/nl\/index\.html: the inline script from scripts\/quickExit\.js \(changed\) is not allowed .* of the page/,
    );
  });

  it('fails when only _headers lacks the hash', () => {
    const old = contentSecurityPolicy(['something else'], []);
    expect(() => checkInlineScripts('dist/uk/index.html', page(policy, quickExit), sources, [old])).toThrow(/of _headers/);
  });

  it('fails a page without a policy', () => {
    expect(() => checkInlineScripts('dist/index.html', `<html><script>${quickExit}</script></html>`, sources)).toThrow(
      /no Content-Security-Policy/,
    );
  });
});
