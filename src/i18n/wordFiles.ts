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
 * Each page carries its own language's `translation` words in a data block with this id (scripts/
 * pagesPlugin.ts): the early walker (src/early/walker.ts) answers the questions with them before the app
 * has arrived, and the app starts with them (src/i18n/i18n.ts) instead of fetching them.
 */
export const PAGE_WORDS_ID = 'page-words';
