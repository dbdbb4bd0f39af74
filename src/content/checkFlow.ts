import type { z } from 'zod';
import { flowFiles } from './files.ts';
import { openingSchema } from '../engine/schema.ts';
import {
  adviceListSchema,
  aliasesSchema,
  contactsSchema,
  firstStepsSchema,
  municipalitiesSchema,
  rightBelowSchema,
  questionsSchema,
  regionsSchema,
  safetySchema,
  type Condition,
  type Flow,
  type Hours,
  type Municipality,
  type MunicipalityAlias,
  type Answers,
  type Question,
  type Safety,
} from '../engine/schema.ts';
import { checkSafety, describePath, shownOn, type PathResult } from './checkSafety.ts';
import { checkFirstStep } from './checkFirstStep.ts';
import { FIRST_STEP } from '../engine/conditions.ts';
import { problemsFromZod, type Problem } from './problem.ts';
import { everyPath } from './everyPath.ts';
import { leaves } from '../engine/conditions.ts';
import { isMunicipalityCode } from '../engine/municipalityCode.ts';
import { toMinutes } from '../engine/hours.ts';
import { weekdays } from '../engine/weekdays.ts';

/** The content files as their modules export them, not yet trusted. */
export type FlowFiles = {
  questions: unknown;
  advice: unknown;
  contacts: unknown;
  firstSteps: unknown;
  rightBelow: unknown;
  regions: unknown;
  municipalities: unknown;
  aliases: unknown;
  safety: unknown;
};

export type CheckedFlow = {
  flow: Flow;
  municipalities: Municipality[];
  aliases: MunicipalityAlias[];
  safety: Safety;
  /** Every path through the flow, with its result: the later checks (words, naming) walk the same paths. */
  results: PathResult[];
};

function parse<T>(schema: z.ZodType<T>, file: string, data: unknown, problems: Problem[]): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  problems.push(...problemsFromZod(file, data, result.error));
  return undefined;
}

/** Checks the shape of each file, then everything that ties them together. */
export function checkFlow(files: FlowFiles): { problems: Problem[]; checked?: CheckedFlow } {
  const problems: Problem[] = [];
  const questions = parse(questionsSchema, flowFiles.questions, files.questions, problems);
  const advice = parse(adviceListSchema, flowFiles.advice, files.advice, problems);
  const contacts = parse(contactsSchema, flowFiles.contacts, files.contacts, problems);
  const firstSteps = parse(firstStepsSchema, flowFiles.contacts, files.firstSteps, problems);
  const rightBelow = parse(rightBelowSchema, flowFiles.contacts, files.rightBelow, problems);
  const regions = parse(regionsSchema, flowFiles.regions, files.regions, problems);
  const municipalities = parse(municipalitiesSchema, flowFiles.municipalities, files.municipalities, problems);
  const aliases = parse(aliasesSchema, flowFiles.municipalities, files.aliases, problems);
  const safety = parse(safetySchema, flowFiles.safety, files.safety, problems);
  if (!questions || !advice || !contacts || !firstSteps || !rightBelow || !regions || !municipalities || !aliases || !safety)
    return { problems };

  const flow: Flow = { questions, advice, contacts, firstSteps, rightBelow, regions };
  const codes = new Set(municipalities.map(([code]) => code));
  const report = (file: string, id: string, problem: string) => problems.push({ file, id, problem });

  unique(
    flowFiles.questions,
    questions.map((q) => q.id),
    report,
  );
  questions.forEach((q) =>
    unique(
      flowFiles.questions,
      q.options.map((o) => `${q.id}:${o.id}`),
      report,
    ),
  );
  unique(
    flowFiles.advice,
    advice.map((a) => a.id),
    report,
  );
  unique(
    flowFiles.contacts,
    contacts.map((c) => c.id),
    report,
  );
  unique(
    flowFiles.regions,
    regions.map((r) => r.id),
    report,
  );
  unique(
    flowFiles.municipalities,
    municipalities.map(([code]) => code),
    report,
  );

  // Conditions may only name questions asked before the one they steer, and options those questions have. The
  // result's advice (and what stands right below the first step) may also ask which contact is the first step.
  const checkCondition = (file: string, id: string, when: Condition | undefined, askedBefore: Question[], result = false) => {
    for (const [key, values] of leaves(when)) {
      if (key === FIRST_STEP) {
        if (!result) report(file, id, `names "${FIRST_STEP}", which only the result's advice may ask`);
        values
          .filter((v) => !contacts.some((c) => c.id === v))
          .forEach((v) => report(file, id, `names first step "${v}", which flows/contacts.ts does not have`));
        continue;
      }
      if (key === 'region') {
        values
          .filter((v) => !regions.some((r) => r.id === v))
          .forEach((v) => report(file, id, `names region "${v}", which flows/regions.ts does not have`));
        continue;
      }
      const question = askedBefore.find((q) => q.id === key);
      if (!question) {
        const known = questions.some((q) => q.id === key);
        report(file, id, known ? `names question "${key}", which is not asked before this point` : `names unknown question "${key}"`);
        continue;
      }
      for (const value of values) {
        const isCode = question.input === 'municipality' && isMunicipalityCode(value);
        if (isCode ? !codes.has(value) : !question.options.some((o) => o.id === value)) {
          report(
            file,
            id,
            isCode
              ? `names municipality code "${value}", which is not in the municipality list`
              : `names option "${value}", which question "${key}" does not have`,
          );
        }
      }
    }
  };
  questions.forEach((question, index) => {
    const before = questions.slice(0, index);
    checkCondition(flowFiles.questions, question.id, question.when, before);
    question.options.forEach((o) => checkCondition(flowFiles.questions, `${question.id}:${o.id}`, o.when, before));
    question.variants?.forEach((v) => checkCondition(flowFiles.questions, `${question.id} variant ${v.id}`, v.when, before));
  });
  const isContact = (id: string) => contacts.some((c) => c.id === id);
  for (const a of advice) {
    checkCondition(flowFiles.advice, a.id, a.when, questions, true);
    a.variants?.forEach((v) => checkCondition(flowFiles.advice, `${a.id}@${v.id}`, v.when, questions, true));
    a.points?.forEach((p) => typeof p !== 'string' && checkCondition(flowFiles.advice, `${a.id}.${p.id}`, p.when, questions, true));
    a.also
      ?.filter((id) => !isContact(id))
      .forEach((id) => report(flowFiles.advice, a.id, `names contact "${id}" in also, which flows/contacts.ts does not have`));
  }
  for (const c of contacts) {
    checkCondition(flowFiles.contacts, c.id, c.when, questions);
    c.notes?.forEach((n) => typeof n !== 'string' && checkCondition(flowFiles.contacts, `${c.id} note ${n.id}`, n.when, questions));
  }
  for (const step of firstSteps) {
    const id = `firstSteps › ${step.contact}`;
    for (const named of [step.contact, ...(step.below ? [step.below.contact] : [])]) {
      if (!isContact(named)) report(flowFiles.contacts, id, `names contact "${named}", which flows/contacts.ts does not have`);
    }
    checkCondition(flowFiles.contacts, id, step.when, questions);
  }
  for (const candidate of rightBelow) {
    const id = `rightBelow › ${candidate.contact}`;
    if (!isContact(candidate.contact))
      report(flowFiles.contacts, id, `names contact "${candidate.contact}", which flows/contacts.ts does not have`);
    checkCondition(flowFiles.contacts, id, candidate.when, questions, true);
  }
  for (const rule of safety.firstStep) {
    for (const named of [rule.first, ...(rule.below ? [rule.below] : [])]) {
      if (!isContact(named))
        report(flowFiles.safety, `firstStep › ${rule.on}`, `names contact "${named}", which flows/contacts.ts does not have`);
    }
  }

  // The statechart opens the acute screen from the first question and goes back to it from there.
  for (const question of questions.slice(1)) {
    for (const option of question.options.filter((o) => o.acute)) {
      report(flowFiles.questions, `${question.id}:${option.id}`, 'opens the acute screen, but only an option of the first question may');
    }
  }
  if (questions.some((q) => q.options.some((o) => o.acute)) && !contacts.some((c) => c.urgent)) {
    report(flowFiles.contacts, '(all contacts)', 'an option opens the acute screen, but no contact is marked urgent (112)');
  }
  for (const contact of contacts) {
    for (const phone of contact.phones) {
      if (!isDutchNumber(phone.number)) report(flowFiles.contacts, contact.id, `phone "${phone.number}" is not a valid Dutch number`);
      if (phone.hours) checkHours(contact.id, phone.hours, report);
    }
    if (contact.chat?.hours) checkHours(contact.id, contact.chat.hours, report);
    if (!contact.phones.length && !contact.emails.length && !contact.website && !contact.chat) {
      report(flowFiles.contacts, contact.id, 'gives no way to reach it (no phone, e-mail, chat or website)');
    }
  }

  const regionOfCode = new Map<string, string>();
  for (const region of regions) {
    for (const code of region.members) {
      if (!codes.has(code)) report(flowFiles.regions, region.id, `member "${code}" is not in the municipality list`);
      const other = regionOfCode.get(code);
      if (other) report(flowFiles.regions, region.id, `member "${code}" is also in region "${other}"`);
      regionOfCode.set(code, region.id);
    }
    const hasContact = contacts.some((c) => leaves(c.when).some(([key, values]) => key === 'region' && values.includes(region.id)));
    if (!hasContact) report(flowFiles.regions, region.id, 'has no contact: no contact in flows/contacts.ts names this region');
  }
  for (const { code, alias } of aliases) {
    if (!codes.has(code)) report(flowFiles.municipalities, alias, `alias of "${code}", which is not in the municipality list`);
  }
  if (problems.length) return { problems };

  const results = checkPaths(flow, municipalities, safety, problems, report);
  if (problems.length) return { problems };
  return { problems, checked: { flow, municipalities, aliases, safety, results } };
}

/**
 * What only a walk of every path can tell: options never offered, rules that never fire, results without
 * a contact, and advice that breaks a safe-advice rule.
 */
function checkPaths(
  flow: Flow,
  municipalities: Municipality[],
  safety: Safety,
  problems: Problem[],
  report: (file: string, id: string, problem: string) => void,
): PathResult[] {
  const walk = everyPath(flow, municipalities);
  const deadEnds = new Map<string, Answers[]>();
  for (const { question, answers } of walk.deadEnds) {
    const ends = deadEnds.get(question);
    if (ends) ends.push(answers);
    else deadEnds.set(question, [answers]);
  }
  for (const [question, ends] of deadEnds) {
    const more = ends.length > 1 ? `; and ${ends.length - 1} more` : '';
    report(flowFiles.questions, question, `is a dead end: no option is on offer after (${describePath(ends[0])}${more})`);
  }
  const paths = walk.paths.map(({ answers }) => answers);
  const results = walk.paths.map(({ answers, result }) => ({ answers, result, shown: shownOn(result) }));
  problems.push(...checkSafety(flow, safety, results));
  problems.push(...checkFirstStep(flow, safety, results));
  const fired = new Set<string>();
  const answered = new Set<string>();
  const contactIds = new Set(flow.contacts.filter((c) => !c.urgent).map((c) => c.id));
  let withoutContact = 0;
  const seen = new Set<Set<string>>();
  for (const { answers, shown } of results) {
    if (!seen.has(shown)) {
      seen.add(shown);
      shown.forEach((id) => fired.add(id));
    }
    for (const question in answers) answered.add(`${question}:${answers[question]}`);
    if (!hasAny(shown, contactIds)) withoutContact++;
  }
  for (const question of flow.questions) {
    for (const option of question.options) {
      if (!answered.has(`${question.id}:${option.id}`))
        report(flowFiles.questions, `${question.id}:${option.id}`, 'is never offered on any path');
    }
    if (!paths.some((answers) => answers[question.id] !== undefined))
      report(flowFiles.questions, question.id, 'is never asked on any path');
  }
  flow.advice.filter((a) => !fired.has(a.id)).forEach((a) => report(flowFiles.advice, a.id, 'can never fire: its `when` holds on no path'));
  flow.contacts
    .filter((c) => !fired.has(c.id))
    .forEach((c) => report(flowFiles.contacts, c.id, 'can never fire: its `when` holds on no path'));
  if (withoutContact) report(flowFiles.contacts, '(all contacts)', `${withoutContact} result paths show no contact`);
  return results;
}

const hasAny = (ids: Set<string>, among: Set<string>) => {
  for (const id of ids) if (among.has(id)) return true;
  return false;
};

function unique(file: string, ids: string[], report: (file: string, id: string, problem: string) => void) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) report(file, id, 'is used twice as an id');
    seen.add(id);
  }
}

/**
 * 112, or a Dutch number of ten digits starting with 0 (0800 and 0900 numbers: 8 to 11 digits); a number
 * written for calls from abroad, "+31 70 333 44 44", counts as its Dutch form.
 */
export function isDutchNumber(number: string): boolean {
  if (!/^(\+31 )?[\d ()\-–]+$/.test(number)) return false;
  const digits = number.startsWith('+31') ? `0${number.slice(3).replace(/\D/g, '')}` : number.replace(/\D/g, '');
  if (digits === '112') return true;
  if (/^0(800|900|90[69])/.test(digits)) return digits.length >= 8 && digits.length <= 11;
  return /^0[1-9]\d{8}$/.test(digits);
}

function checkHours(id: string, hours: Hours, report: (file: string, id: string, problem: string) => void) {
  if (!hours.weekly) return;
  for (const slot of hours.weekly) {
    if (!openingSchema.safeParse(slot).success || toMinutes(slot.open) >= toMinutes(slot.close)) {
      report(flowFiles.contacts, id, `hours ${slot.days.join(',')} ${slot.open}–${slot.close}: opens at or after it closes`);
    }
  }
  for (const day of weekdays) {
    const slots = hours.weekly.filter((s) => s.days.includes(day)).sort((a, b) => a.open.localeCompare(b.open));
    slots.slice(1).forEach((slot, i) => {
      if (toMinutes(slot.open) < toMinutes(slots[i].close))
        report(flowFiles.contacts, id, `hours on ${day} overlap: ${slots[i].open}–${slots[i].close} and ${slot.open}–${slot.close}`);
    });
  }
  for (const exception of hours.exceptions ?? []) {
    if (Boolean(exception.open) !== Boolean(exception.close))
      report(flowFiles.contacts, id, `hours exception ${exception.date}: give both open and close, or neither (closed)`);
    if (exception.open && exception.close && toMinutes(exception.open) >= toMinutes(exception.close))
      report(flowFiles.contacts, id, `hours exception ${exception.date}: opens at or after it closes`);
  }
}
