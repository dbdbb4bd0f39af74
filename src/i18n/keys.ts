// Every translation key of the flow is built here from ids, so that the screens, flows:check and the
// tests walk the same keys.

export const questionKey = (question: string, variant?: string) =>
  variant ? `question.${question}.variant.${variant}` : `question.${question}.title`;
export const questionShortKey = (question: string) => `question.${question}.short`;
/** The answer's label in the summary to read out when calling: "Waar ik me zorgen over maak". */
export const questionSummaryKey = (question: string) => `question.${question}.summary`;
/** An option's label; `variant`: its words in a wording of the question ("I'd rather not say" for oneself), where it has them. */
export const optionKey = (question: string, option: string, variant?: string) =>
  variant ? `question.${question}.optionFor.${variant}.${option}` : `question.${question}.option.${option}`;
/** An option's label key, in the words of the question's wording where it has its own ("I'd rather not say" for oneself). */
export const optionLabelKey = (question: string, option: string, variant: string | undefined, has: (key: string) => boolean) =>
  variant && has(optionKey(question, option, variant)) ? optionKey(question, option, variant) : optionKey(question, option);
export const optionHintKey = (question: string, option: string) => `question.${question}.hint.${option}`;

/** An advice block's title and text; `variant`: its words for another reader (flows/advice.ts `variants`). */
export const adviceTitleKey = (advice: string, variant?: string) =>
  variant ? `advice.${advice}.variant.${variant}.title` : `advice.${advice}.title`;
export const adviceTextKey = (advice: string, variant?: string) =>
  variant ? `advice.${advice}.variant.${variant}.text` : `advice.${advice}.text`;
export const advicePointKey = (advice: string, point: string) => `advice.${advice}.point.${point}`;
export const adviceLinkKey = (advice: string) => `advice.${advice}.link`;

/** Why this contact, on its card; `forSelf`: its words for the person themself, where it has them ("if you suspect …" is a bystander's). */
export const contactWhyKey = (contact: string, forSelf = false) => `contact.${contact}.${forSelf ? 'whySelf' : 'why'}`;
export const contactNoteKey = (note: string) => `contact.note.${note}`;
export const contactRoleKey = (role: string) => `contact.role.${role}`;
/** What a number is, on its card: "the regional number of Veilig Thuis IJsselland…" (flows/contacts.ts `label`). */
export const contactLabelKey = (label: string) => `contact.label.${label}`;
/**
 * A contact's name as a sentence uses it, where the result fills in `{{firstStep}}`: nl "de politie", uk the
 * form after «до» («поліції»), en "the police"; a Dutch name marked `<nl>` in uk and en.
 */
export const contactInTextKey = (contact: string) => `contact.${contact}.inText`;
/** The line right below the first step that says why this one ("Within 7 days? Call them too, now."). */
export const belowLineKey = (line: string) => `contact.below.${line}`;
/** What a contact offers without your name: "advice", "report"… (flows/contacts.ts `anonymous.what`). */
export const contactAnonymousKey = (what: string) => `contact.anonymous.${what}`;

/** The page hook of an answer control, as SPEC's page contract spells it. */
export const optionHook = (question: string, option: string) => `${question}:${option}`;
export const questionLeadKey = (question: string) => `question.${question}.lead`;
