import { acuteContacts } from '../result/acuteContacts.ts';
import { explainCard } from './explainCard.ts';
import type { ExplainContext } from './explainContext.ts';
import type { ExplainLine } from './explainLine.ts';

/** The acute screen as AcuteScreen shows it: call 112, nothing competing with it; the cards under it; then carry on. */
export function explainAcute(context: ExplainContext): ExplainLine[] {
  const { t, flow } = context;
  const { emergency, alsoHere } = acuteContacts(flow.contacts);
  const lines: ExplainLine[] = [
    { heading: 1, words: [t('ui.acute.title')] },
    { words: [t('ui.acute.text')] },
    { before: '▸', words: [t('ui.acute.call')], hook: `contact:${emergency.id}` },
  ];
  if (alsoHere.length) lines.push({ words: [t('ui.acute.afterwards')] });
  for (const contact of alsoHere) lines.push(...explainCard(contact, 2, {}, context));
  lines.push({ before: '▸', words: [t('ui.acute.continue')] });
  return lines;
}
