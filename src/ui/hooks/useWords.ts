import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Words } from '../../views/element.ts';

// Each text as found, by language, key and values: a question screen is drawn afresh on every tap, and
// i18next's lookup (the key's path, interpolation, nesting) was half of React's render of it, about 13 ms
// of a tap at 4× CPU. A text never changes once found: words files only add keys (src/i18n/i18n.ts). A key
// not found is not kept, as its words file may still be on its way.
const found = new Map<string, string>();

/** The words of the language on show, as the views of src/views/ take them. */
export function useWords(): Words {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    // The language t is bound to: react-i18next makes a new t whenever the language changes.
    const language = i18n.language;
    return {
      t: (key, values) => {
        const id = `${language}\u0000${key}${values ? `\u0000${JSON.stringify(values)}` : ''}`;
        const known = found.get(id);
        if (known !== undefined) return known;
        const text = t(key, values);
        if (text !== key) found.set(id, text);
        return text;
      },
      has: (key) => i18n.exists(key),
    };
  }, [t, i18n]);
}
