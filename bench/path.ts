/**
 * The one path the bench takes through both pages, by the page contract's hooks: the app and
 * bench/static/index.html answer it the same way.
 */
export const FIRST_QUESTION = '[data-question="danger"]';
export const RESULT = '[data-screen="result"]';

/** Each tap of the path and the question it leads to. */
export const ANSWERS: [option: string, next: string][] = [
  ['danger:no', '[data-question="role"]'],
  ['role:host', '[data-question="age"]'],
  ['age:4-12', '[data-question="concern"]'],
  ['concern:home-violence', '[data-question="suspect"]'],
  ['suspect:parent', '[data-question="municipality"]'],
];

export const SEARCH = '[role="combobox"]';
export const MUNICIPALITY_QUERY = 'Staph';
export const MUNICIPALITY_OPTION = 'municipality:GM0180';
export const MUNICIPALITY_MATCH = `[data-option="${MUNICIPALITY_OPTION}"]`;

const heading = (screen: string) => `${screen} h1`;

/** What the page marks, in path order: [mark, selector]. A screen counts as shown when its heading is. */
export const SCREENS: [mark: string, selector: string][] = [
  ['firstQuestion', heading(FIRST_QUESTION)],
  ...ANSWERS.map(([option, next]): [string, string] => [`tap ${option} → ${next}`, heading(next)]),
  [`type "${MUNICIPALITY_QUERY}" → ${MUNICIPALITY_MATCH} offered`, MUNICIPALITY_MATCH],
  [`tap ${MUNICIPALITY_OPTION} → result`, heading(RESULT)],
];
