/**
 * One line of a page as flows:explain tells it. `words` are the app's own, each piece as a screen shows it
 * (with its marks, src/i18n/taggedText.ts), in the screen's order; `before` and `after` are the tool's
 * (a bullet, "(•)", an address). `hook` is the page hook the line stands for, as SPEC's page contract
 * names it ("contact:csg", "advice:write-down", "right-below:csg", "question:age").
 */
export type ExplainLine = {
  words: string[];
  heading?: 1 | 2 | 3;
  indent?: number;
  before?: string;
  after?: string;
  /** Between the pieces of `words`; a space unless said otherwise. */
  separator?: string;
  hook?: string;
  /** Shown after the line in braces: the hook's id unless said otherwise ("what-happens@self": the wording). */
  id?: string;
};

export const blank: ExplainLine = { words: [] };
