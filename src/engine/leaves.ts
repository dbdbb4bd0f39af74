import type { Condition } from './schema.ts';

/** Every leaf of a condition as [question id or "region", option ids], however deep it is nested. */
export function leaves(when: Condition | undefined): [string, string[]][] {
  if (!when) return [];
  if ('all' in when && Array.isArray(when.all)) return when.all.flatMap((c) => leaves(c as Condition));
  if ('any' in when && Array.isArray(when.any)) return when.any.flatMap((c) => leaves(c as Condition));
  if ('not' in when && !Array.isArray(when.not)) return leaves(when.not as Condition);
  return Object.entries(when as Record<string, string[]>);
}
