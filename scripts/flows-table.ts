// npm run flows:table — writes docs/decision-table.md: every path through the flow, grouped by what it
// ends in, with the advice blocks and contacts, and the sources of every fact.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decisionTableFromContent } from '../src/content/decisionTableFromContent.ts';
import { root } from '../src/content/loadContent.ts';

const { markdown, rows } = decisionTableFromContent();
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs/decision-table.md'), markdown);
console.log(`flows:table: wrote docs/decision-table.md (${rows} rows).`);
