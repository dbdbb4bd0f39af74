import { z } from 'zod';
import { municipalityCodePattern } from './municipalityCode.ts';
import { weekdays } from './weekdays.ts';

// Every schema of the flow data lives here; every type of it is z.infer'd from here.
// The client imports these types with `import type` only, so zod never reaches the bundle.

export const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is not an id of lower-case words joined by "-"');

export const municipalityCodeSchema = z.string().regex(municipalityCodePattern, 'is not a CBS code like "GM0180"');

const isoDate = z.iso.date({
  error: (issue) => (issue.input === undefined ? 'is missing: the day it was read, like "2026-11-27"' : 'is not a date like "2026-11-27"'),
});
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'is not a time like "09:00"');

export const seedFiles = ['000_c63722179adb6a1a.txt', '001_bbf42eed5c58e104.txt'] as const;

/** Where a fact comes from: a sentence of one of the seeds, or a public page with the day it was read. */
export const sourceSchema = z
  .strictObject(
    {
      seed: z.enum(seedFiles).optional(),
      url: z.url().optional(),
      /** The day someone last compared the fact with this source (a seed, or a public page). */
      read: isoDate,
      quote: z.string().min(8, 'quotes too little of its source'),
    },
    { error: (issue) => (issue.input === undefined ? 'is missing: every fact needs its source' : undefined) },
  )
  .refine((s) => (s.seed === undefined) !== (s.url === undefined), 'must name either a seed or a url');
export type Source = z.infer<typeof sourceSchema>;
const sources = z.array(sourceSchema).min(1, 'has no source');

/**
 * A condition over the answers and the region. A leaf maps question ids (or "region") to the option ids
 * that satisfy it; several keys in one leaf must all hold.
 */
export const leafSchema = z
  .record(z.string(), z.array(z.string()).min(1, 'lists no option'))
  .refine((leaf) => Object.keys(leaf).length > 0, 'is an empty condition');

export const conditionSchema = z.union([
  z.strictObject({
    // An empty `all` holds always: `{ all: [] }` is "on every result".
    get all() {
      return z.array(conditionSchema);
    },
  }),
  z.strictObject({
    get any() {
      return z.array(conditionSchema).min(1);
    },
  }),
  z.strictObject({
    get not() {
      return conditionSchema;
    },
  }),
  leafSchema,
]);
export type Condition = z.infer<typeof conditionSchema>;

export const optionSchema = z.strictObject({
  id: z.string().min(1),
  when: conditionSchema.optional(),
  /** Answering with this option opens the acute screen before the check goes on. */
  acute: z.literal(true).optional(),
  /** Where what the option names comes from (a form of abuse, for instance). */
  sources: z.array(sourceSchema).min(1, 'has no source').optional(),
  /** This answer means the check is about the user themselves (the summary to read out says so). */
  aboutOneself: z.literal(true).optional(),
});
export type Option = z.infer<typeof optionSchema>;

export const questionSchema = z.strictObject({
  id: idSchema,
  when: conditionSchema.optional(),
  /** "choice": one button per option. "municipality": a search over the municipality list plus these options. */
  input: z.enum(['choice', 'municipality']),
  options: z.array(optionSchema).min(1),
  /** The answer goes into the summary to read out when calling, under `question.<id>.summary`. */
  inSummary: z.literal(true).optional(),
  /** Other wordings of the question, e.g. "how old are you?" when the check is about oneself. */
  variants: z.array(z.strictObject({ id: idSchema, when: conditionSchema })).optional(),
});
export type Question = z.infer<typeof questionSchema>;
export const questionsSchema = z.array(questionSchema).min(1);

export const adviceSchema = z.strictObject({
  id: idSchema,
  /** "act": what you can do now. "about": about this concern. */
  block: z.enum(['act', 'about']),
  when: conditionSchema,
  /** List items, each with its own text key; a point with `when` shows only where that holds. */
  points: z.array(z.union([idSchema, z.strictObject({ id: idSchema, when: conditionSchema })])).optional(),
  /** The points are steps, in this order. */
  numbered: z.literal(true).optional(),
  /** Shown with a link to this address (the address itself is no translation). */
  link: z.url().optional(),
  /**
   * Other words for other readers, e.g. `self` for the person it happens to: the first whose `when` holds
   * gives the text (`advice.<id>.variant.<variant>.text`, and its title if it has one of its own).
   */
  variants: z.array(z.strictObject({ id: idSchema, when: conditionSchema })).optional(),
  /**
   * The contacts its words name beside the first step ("call the CSG too"). Any other contact its words
   * name would send the reader somewhere before the first step: flows:check refuses it on every path where
   * that contact is not the first step. The first step itself is named through `{{firstStep}}`.
   */
  also: z.array(idSchema).optional(),
  sources,
});
export type Advice = z.infer<typeof adviceSchema>;
export const adviceListSchema = z.array(adviceSchema).min(1);

export const weekdaySchema = z.enum(weekdays);

export const openingSchema = z.strictObject({ days: z.array(weekdaySchema).min(1), open: time, close: time });
export type Opening = z.infer<typeof openingSchema>;

export const hoursSchema = z
  .strictObject({
    /** Open day and night, every day. */
    always: z.literal(true).optional(),
    weekly: z.array(openingSchema).min(1).optional(),
    /** Days that differ from the week, e.g. public holidays: closed, or other times. */
    exceptions: z.array(z.strictObject({ date: isoDate, open: time.optional(), close: time.optional() })).optional(),
    source: sourceSchema,
  })
  .refine((h) => (h.always === undefined) !== (h.weekly === undefined), 'must be either always: true or a weekly schedule');
export type Hours = z.infer<typeof hoursSchema>;

export const phoneSchema = z.strictObject({
  /** As the source writes it, e.g. "(0522) 74 71 91"; the tel: link is derived from it. */
  number: z.string(),
  /** A named person behind this number: the name stays as written, the role is translated. */
  person: z.strictObject({ name: z.string().min(2), role: idSchema }).optional(),
  /** The municipality that published a person's own (mobile) number, shown beside it: "Staphorst". */
  publishedBy: z.string().min(2).optional(),
  /** A number for calls from abroad. */
  from: z.literal('abroad').optional(),
  /** What this number is, in the card's words (`contact.label.<id>`): "the regional number of Veilig Thuis IJsselland". */
  label: idSchema.optional(),
  hours: hoursSchema.optional(),
  free: sourceSchema.optional(),
  source: sourceSchema,
});
export type Phone = z.infer<typeof phoneSchema>;

export const contactSchema = z.strictObject({
  id: idSchema,
  /** Official name, never translated: callers must recognise it on the phone. */
  name: z.string().min(2),
  when: conditionSchema,
  /** Shown above all other blocks, as the emergency number. */
  urgent: z.literal(true).optional(),
  /** Also shown on the acute screen, under the emergency number. */
  acute: z.literal(true).optional(),
  /** The card shows the e-mail addresses after this many phones (0: first); without it, after all of them. */
  emailsAfter: z.number().int().min(0).optional(),
  /** "No answer? Call …": a number of this contact's to call when a person's own number is not answered. */
  noAnswer: z.string().optional(),
  phones: z.array(phoneSchema),
  emails: z.array(z.strictObject({ address: z.email({ error: 'is not an e-mail address' }), source: sourceSchema })),
  /** A chat: its address (shown as a link, `data-chat`) and hours where the organisation's page gives them. */
  chat: z
    .strictObject({ url: z.url().optional(), hours: hoursSchema.optional(), source: sourceSchema })
    .refine((c) => c.url !== undefined || c.hours !== undefined, 'gives neither an address nor hours')
    .optional(),
  website: z.strictObject({ url: z.url(), source: sourceSchema }).optional(),
  /**
   * What the source says can be done without giving your name: "advice" (ask advice), "report" (report a
   * crime, no advice), "advice-and-report", or "call-and-chat" (talk about anything). Each has its own words.
   */
  anonymous: z
    .strictObject({ what: z.enum(['advice', 'report', 'advice-and-report', 'call', 'call-and-chat']), source: sourceSchema })
    .optional(),
  /** The source says the organisation can bring in an interpreter. */
  interpreter: sourceSchema.optional(),
  /** Extra lines with their own text keys, e.g. the crisis team after 17:00; one with `when` only where that holds. */
  notes: z.array(z.union([idSchema, z.strictObject({ id: idSchema, when: conditionSchema })])).optional(),
  sources,
});
export type Contact = z.infer<typeof contactSchema>;
export const contactsSchema = z.array(contactSchema).min(1);

export const regionSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(2),
  members: z.array(municipalityCodeSchema).min(1, 'has no municipalities'),
  sources,
});
export type Region = z.infer<typeof regionSchema>;
export const regionsSchema = z.array(regionSchema);

export const municipalitySchema = z.tuple([municipalityCodeSchema, z.string().min(2)]);
export type Municipality = z.infer<typeof municipalitySchema>;
export const municipalitiesSchema = z.array(municipalitySchema).min(1);

export const aliasSchema = z.strictObject({ code: municipalityCodeSchema, alias: z.string().min(2), source: sourceSchema });
export type MunicipalityAlias = z.infer<typeof aliasSchema>;
export const aliasesSchema = z.array(aliasSchema);

/**
 * One rule of SPEC.md "Safe advice", checked by flows:check on every path: the advice blocks (or points,
 * "meldcode.talk") and contacts it names are never shown, or always shown, where its condition holds.
 */
export const safetyRuleSchema = z
  .strictObject({
    shows: z
      .array(
        z
          .string()
          .regex(/^[a-z0-9-]+([.@][a-z0-9-]+)?$/, 'is not an advice, point ("advice.point"), wording ("advice@self") or contact id'),
      )
      .min(1),
    never: conditionSchema.optional(),
    always: conditionSchema.optional(),
    /** The paths the condition picks out, as error messages name them: "a risky path". */
    on: z.string().min(3),
  })
  .refine((r) => (r.never === undefined) !== (r.always === undefined), 'must have either `never` or `always`');
export type SafetyRule = z.infer<typeof safetyRuleSchema>;

/**
 * SPEC.md's order of the first step, once more: on every path the first of these whose `when` holds names the
 * contact the result must lead with, and the one right below it (or none).
 */
export const firstStepRuleSchema = z.strictObject({
  first: idSchema,
  below: idSchema.optional(),
  when: conditionSchema,
  /** The rule as error messages name it: "rule 1: the CSG within 7 days". */
  on: z.string().min(3),
});
export type FirstStepRule = z.infer<typeof firstStepRuleSchema>;

export const safetySchema = z.strictObject({
  /** When talking to the person you suspect is risky, as SPEC.md defines it. */
  risky: conditionSchema,
  rules: z.array(safetyRuleSchema).min(1),
  firstStep: z.array(firstStepRuleSchema).min(1),
});
export type Safety = z.infer<typeof safetySchema>;

/**
 * A contact shown right below the first step, and the line that says why (`contact.below.<line>`): "Within
 * 7 days? Call them too, now." `chat`: the line links to its chat, not its phone.
 */
export const belowSchema = z.strictObject({ contact: idSchema, line: idSchema, chat: z.literal(true).optional() });
export type Below = z.infer<typeof belowSchema>;

/**
 * One candidate for "your first step" (SPEC.md "Contacts and routing"): the first candidate, in order, whose
 * contact is shown and whose `when` holds leads the result; `below` names the contact shown right below it.
 */
export const firstStepSchema = z.strictObject({ contact: idSchema, when: conditionSchema.optional(), below: belowSchema.optional() });
export type FirstStep = z.infer<typeof firstStepSchema>;
export const firstStepsSchema = z.array(firstStepSchema).min(1);

/**
 * Right below a first step whose candidate names none: the first of these that is shown, holds and is not the
 * first step itself.
 */
export const rightBelowSchema = z.array(belowSchema.extend({ when: conditionSchema.optional() })).min(1);
export type RightBelow = z.infer<typeof rightBelowSchema>;

/** The whole flow as the app reads it (plain data, no zod at run time). */
export type Flow = {
  questions: Question[];
  advice: Advice[];
  contacts: Contact[];
  firstSteps: FirstStep[];
  rightBelow: RightBelow;
  regions: Region[];
};

export type Answers = Partial<Record<string, string>>;
