import type { Language } from '../i18n/languages.ts';
import type { ExplainLine } from './explainLine.ts';
import { readable } from './readable.ts';

/**
 * The lines as plain text: headings as #, ## and ###, two spaces per indent, each hooked line followed by its id,
 * every text with marks (also a frame line that names an answer) as `readable` shows it.
 */
export function explainText(lines: ExplainLine[], language: Language): string {
  return lines
    .map((line) => {
      const words = line.words.map((text) => readable(text, language)).filter((text) => text.trim() !== '');
      const parts = [
        line.heading ? '#'.repeat(line.heading) : '',
        readable(line.before ?? '', language),
        words.join(line.separator ?? ' '),
        line.after ?? '',
        line.id ? `{${line.id}}` : line.hook ? `{${line.hook.slice(line.hook.indexOf(':') + 1)}}` : '',
      ];
      return ('  '.repeat(line.indent ?? 0) + parts.filter(Boolean).join(' ')).trimEnd();
    })
    .join('\n');
}
