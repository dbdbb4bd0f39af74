import { flowFiles } from './files.ts';
import type { Problem } from './problem.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every seed quote in the content must stand, word for word, in the seed it names. */
export function checkSeedQuotes(content: Record<string, unknown>, seeds: Record<string, string>): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, id: string) => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, idOf(item) ?? id));
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.seed === 'string' && typeof record.quote === 'string') {
      const text = seeds[record.seed];
      if (text === undefined)
        problems.push({ file: flowFiles.sources, id, problem: `names seed "${record.seed}", which is not in shared/seeds` });
      else if (!squash(text).includes(squash(record.quote))) {
        problems.push({ file: flowFiles.sources, id, problem: `quote "${record.quote.slice(0, 60)}…" is not in seed ${record.seed}` });
      }
      return;
    }
    for (const [key, inner] of Object.entries(record)) visit(inner, idOf(inner) ?? (id === '(file)' ? key : id));
  };
  visit(content, '(file)');
  return problems;
}

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value && typeof value.id === 'string' ? value.id : undefined;
