import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionTableFromContent } from '../src/content/decisionTableFromContent.ts';
import { root } from '../src/content/loadContent.ts';

describe('docs/decision-table.md', () => {
  const { markdown, rows } = decisionTableFromContent();

  it('is up to date with the flow (run npm run flows:table after changing flows/ or locales/nl)', () => {
    const committed = readFileSync(join(root, 'docs/decision-table.md'), 'utf8');
    expect(committed === markdown, 'docs/decision-table.md is out of date: run npm run flows:table').toBe(true);
  });

  it('accounts for every path: the rows add up to all 84,960', () => {
    const counts = [...markdown.matchAll(/^\| .* \| (\d+) \| /gm)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(rows);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(84960);
  });

  it('lists the source of every contact fact', () => {
    expect(markdown).toContain('Telefoon 088 - 203 29 00 — seed `000_c63722179adb6a1a.txt`');
    expect(markdown).toContain('Chat mon,tue,wed,thu,fri 09:00–17:00 — seed `001_bbf42eed5c58e104.txt`');
  });
});
