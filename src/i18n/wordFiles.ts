/**
 * Each language's words come in two files: `translation.json` for the questions and the frame of every
 * screen, and `result.json` for the sections the result and the acute screen need (advice and contacts),
 * which load after the first screen, so that the first one arrives sooner.
 */
export const wordFiles = ['translation', 'result'] as const;
export type WordFile = (typeof wordFiles)[number];

const resultSections = ['advice', 'contact'];

/** The file a key's words live in: "advice.meldcode.title" → "result". */
export const wordFileOf = (key: string): WordFile => (resultSections.includes(key.split('.')[0]) ? 'result' : 'translation');

/**
 * The keys (or groups of keys) that also come with the page itself, in its language: what the error screen
 * and the frame around it need, so that it still speaks when a words file failed to load. A data block with
 * this id holds them (scripts/pagesPlugin.ts); i18next falls back to them (src/i18n/i18n.ts).
 */
export const BUNDLED_WORDS_ID = 'bundled-words';
export const bundledKeys = [
  'ui.appName',
  'ui.pageTitle',
  'ui.quickExit',
  'ui.quickExitHint',
  'ui.shiftPressed_one',
  'ui.shiftPressed_other',
  'ui.language',
  'ui.languageName',
  'ui.error',
];
