// Every translation key of the flow is built here from ids, so that the screens, flows:check and the
// tests walk the same keys.

export const questionKey = (question: string, variant?: string) =>
  variant ? `question.${question}.variant.${variant}` : `question.${question}.title`;
export const questionShortKey = (question: string) => `question.${question}.short`;
/** The answer's label in the summary to read out when calling: "Waar ik me zorgen over maak". */
export const questionSummaryKey = (question: string) => `question.${question}.summary`;
export const optionKey = (question: string, option: string) => `question.${question}.option.${option}`;
export const optionHintKey = (question: string, option: string) => `question.${question}.hint.${option}`;

export const adviceTitleKey = (advice: string) => `advice.${advice}.title`;
export const adviceTextKey = (advice: string) => `advice.${advice}.text`;
export const advicePointKey = (advice: string, point: string) => `advice.${advice}.point.${point}`;
export const adviceLinkKey = (advice: string) => `advice.${advice}.link`;

export const contactWhyKey = (contact: string) => `contact.${contact}.why`;
export const contactNoteKey = (note: string) => `contact.note.${note}`;
export const contactRoleKey = (role: string) => `contact.role.${role}`;
/** What a contact offers without your name: "advice", "report"… (flows/contacts.ts `anonymous.what`). */
export const contactAnonymousKey = (what: string) => `contact.anonymous.${what}`;

/** The page hook of an answer control, as SPEC's page contract spells it. */
export const optionHook = (question: string, option: string) => `${question}:${option}`;
export const questionLeadKey = (question: string) => `question.${question}.lead`;
