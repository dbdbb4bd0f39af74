/** A language's words as in locales/<language>/translation.json: nested objects of strings. */
export type WordTree = { [key: string]: string | WordTree };

/**
 * The words under a dotted key, with `{{name}}` filled in: the part of i18next that the question screens
 * use (no plurals, no nesting, no escaping: the markup escapes). Undefined for a key that is not there.
 */
export function wordsOf(words: WordTree, key: string, values: Record<string, string | number> = {}): string | undefined {
  let found: string | WordTree | undefined = words;
  for (const part of key.split('.')) found = typeof found === 'object' ? found[part] : undefined;
  if (typeof found !== 'string') return undefined;
  return found.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
