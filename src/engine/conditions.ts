import type { Condition } from './schema.ts';

type Leaf = Record<string, string[]>;
/** What to do at each kind of node; a branch goes down by calling visitCondition on its parts itself. */
export type ConditionVisitor<T, Context = undefined> = {
  all: (parts: Condition[], context: Context) => T;
  any: (parts: Condition[], context: Context) => T;
  not: (part: Condition, context: Context) => T;
  leaf: (leaf: Leaf, context: Context) => T;
};

/**
 * The one walk over a condition's tree: `matches`, `leaves` and the Dutch description all use it. Each
 * branch decides how far to go down, so `matches` stops at the first part that decides (it runs for every
 * rule on every path of flows:check, so it allocates nothing of its own).
 */
export function visitCondition<T, Context>(when: Condition, visitor: ConditionVisitor<T, Context>, context: Context): T {
  if ('all' in when && Array.isArray(when.all)) return visitor.all(when.all as Condition[], context);
  if ('any' in when && Array.isArray(when.any)) return visitor.any(when.any as Condition[], context);
  if ('not' in when && !Array.isArray(when.not)) return visitor.not(when.not as Condition, context);
  return visitor.leaf(when as Leaf, context);
}

/** The key a condition of the result's advice uses for the contact the result leads with. */
export const FIRST_STEP = 'first-step';

type Situation = { answers: Partial<Record<string, string>>; region: string | undefined; firstStep: string | undefined };
const valueOf = (key: string, { answers, region, firstStep }: Situation) =>
  key === 'region' ? region : key === FIRST_STEP ? firstStep : answers[key];

const holds: ConditionVisitor<boolean, Situation> = {
  all: (parts, situation) => parts.every((part) => visitCondition(part, holds, situation)),
  any: (parts, situation) => parts.some((part) => visitCondition(part, holds, situation)),
  not: (part, situation) => !visitCondition(part, holds, situation),
  leaf: (leaf, situation) => {
    for (const key in leaf) {
      const value = valueOf(key, situation);
      if (value === undefined || !leaf[key].includes(value)) return false;
    }
    return true;
  },
};

/**
 * Whether a condition holds for these answers and region (and, for the result's advice, the first step). A
 * leaf maps question ids (or "region", or "first-step") to the option (region, contact) ids that satisfy it;
 * all its keys must hold. An empty `all` always holds.
 */
export function matches(
  when: Condition,
  answers: Partial<Record<string, string>>,
  region: string | undefined,
  firstStep?: string,
): boolean {
  return visitCondition(when, holds, { answers, region, firstStep });
}

type Test = (situation: Situation) => boolean;
const compiled: ConditionVisitor<Test, undefined> = {
  all: (parts) => {
    const tests = parts.map((part) => visitCondition(part, compiled, undefined));
    return (situation) => tests.every((test) => test(situation));
  },
  any: (parts) => {
    const tests = parts.map((part) => visitCondition(part, compiled, undefined));
    return (situation) => tests.some((test) => test(situation));
  },
  not: (part) => {
    const test = visitCondition(part, compiled, undefined);
    return (situation) => !test(situation);
  },
  leaf: (leaf) => {
    const keys = Object.entries(leaf).map(([key, values]) => [key, new Set(values)] as const);
    return (situation) =>
      keys.every(([key, values]) => {
        const value = valueOf(key, situation);
        return value !== undefined && values.has(value);
      });
  },
};

/**
 * `matches` for one condition asked many times, as flows:check asks each safe-advice rule on every path: the
 * tree is walked once, into a test that does not walk it again.
 */
export function compileCondition(when: Condition): (answers: Partial<Record<string, string>>, region: string | undefined) => boolean {
  const test = visitCondition(when, compiled, undefined);
  return (answers, region) => test({ answers, region, firstStep: undefined });
}

const leafList: ConditionVisitor<[string, string[]][], undefined> = {
  all: (parts) => parts.flatMap((part) => visitCondition(part, leafList, undefined)),
  any: (parts) => parts.flatMap((part) => visitCondition(part, leafList, undefined)),
  not: (part) => visitCondition(part, leafList, undefined),
  leaf: (leaf) => Object.entries(leaf),
};

/** Every leaf of a condition as [question id or "region", option ids], however deep it is nested. */
export function leaves(when: Condition | undefined): [string, string[]][] {
  return when ? visitCondition(when, leafList, undefined) : [];
}
