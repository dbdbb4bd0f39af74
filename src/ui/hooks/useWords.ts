import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Words } from '../../views/element.ts';

/** The words of the language on show, as the views of src/views/ take them. */
export function useWords(): Words {
  const { t, i18n } = useTranslation();
  return useMemo(() => ({ t: (key, values) => t(key, values), has: (key) => i18n.exists(key) }), [t, i18n]);
}
