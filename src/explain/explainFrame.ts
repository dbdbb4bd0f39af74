import type { Language } from '../i18n/languages.ts';

/**
 * The words of flows:explain itself, around the app's words: for the keepers of the content, not for the
 * app's readers, so they are not in locales/ (which the browser gets). `{{…}}` is filled in by explainPage.
 */
export const explainFrame: Record<Language, Record<FrameWord, string>> = {
  nl: {
    legend:
      'Zo krijgt de lezer deze pagina (npm run flows:explain, {{language}}). # = kop; (•) = het gegeven antwoord; {…} = het id in flows/ of locales/ (@ = de woorden voor deze lezer); woorden die alleen een schermlezer zegt, zijn weggelaten.',
    moment: 'Moment voor „Nu open” / „Nu gesloten”: {{moment}} (tijd in Amsterdam).',
    found: 'Gemeente „{{query}}”: gevonden {{name}} ({{code}}).',
    alsoFound: 'Ook gevonden: {{names}}.',
    questions: 'VRAGEN',
    result: 'UITSLAG',
    acute: 'Na dit antwoord opent het scherm voor acuut gevaar:',
    notAsked: 'Geldt niet meer: {{question}}: {{answer}} (die vraag wordt bij deze antwoorden niet gesteld).',
    notOffered: 'Geldt niet meer: {{question}}: {{answer}} (dat antwoord wordt bij deze antwoorden niet aangeboden).',
    next: 'Nog niet beantwoord: dit is de volgende vraag. De uitslag komt na de laatste vraag.',
    keptForLater: 'Bewaard voor de vragen hierna: {{answers}}.',
    buttons: 'Knoppen:',
  },
  uk: {
    legend:
      'Так читач отримує цю сторінку (npm run flows:explain, {{language}}). [nl: …] — нідерландські слова (застосунок позначає їх як нідерландські); # — заголовок; (•) — дана відповідь; {…} — id у flows/ або locales/ (@ — формулювання для цього читача); слова лише для екранного читача пропущено.',
    moment: 'Момент для «Зараз працює» / «Зараз не працює»: {{moment}} (час в Амстердамі).',
    found: 'Муніципалітет «{{query}}»: знайдено {{name}} ({{code}}).',
    alsoFound: 'Також знайдено: {{names}}.',
    questions: 'ЗАПИТАННЯ',
    result: 'РЕЗУЛЬТАТ',
    acute: 'Після цієї відповіді відкривається екран гострої небезпеки:',
    notAsked: 'Більше не діє: {{question}}: {{answer}} (із такими відповідями це запитання не ставиться).',
    notOffered: 'Більше не діє: {{question}}: {{answer}} (із такими відповідями цей варіант не пропонується).',
    next: 'Ще без відповіді: це наступне запитання. Результат буде після останнього запитання.',
    keptForLater: 'Збережено для наступних запитань: {{answers}}.',
    buttons: 'Кнопки:',
  },
  en: {
    legend:
      'This page as its reader gets it (npm run flows:explain, {{language}}). [nl: …] = Dutch words (the app marks them as Dutch); # = heading; (•) = the answer given; {…} = the id in flows/ or locales/ (@ = the wording for this reader); words only a screen reader says are left out.',
    moment: 'Moment for "Open now" / "Closed now": {{moment}} (Amsterdam time).',
    found: 'Municipality "{{query}}": found {{name}} ({{code}}).',
    alsoFound: 'Also found: {{names}}.',
    questions: 'QUESTIONS',
    result: 'RESULT',
    acute: 'After this answer the acute-danger screen opens:',
    notAsked: 'No longer applies: {{question}}: {{answer}} (with these answers that question is not asked).',
    notOffered: 'No longer applies: {{question}}: {{answer}} (with these answers that option is not offered).',
    next: 'Not answered yet: this is the next question. The result comes after the last question.',
    keptForLater: 'Kept for the questions after it: {{answers}}.',
    buttons: 'Buttons:',
  },
};

type FrameWord =
  | 'legend'
  | 'moment'
  | 'found'
  | 'alsoFound'
  | 'questions'
  | 'result'
  | 'acute'
  | 'notAsked'
  | 'notOffered'
  | 'next'
  | 'keptForLater'
  | 'buttons';
