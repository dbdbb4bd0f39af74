import { optionKey, questionShortKey } from '../i18n/keys.ts';
import type { Condition, Flow } from '../engine/schema.ts';

type Text = (key: string) => string;

/** A condition in plain Dutch, for the decision table: "Zorg is Loverboy of Stalking, en regio is IJsselland". */
export function describeCondition(flow: Flow, when: Condition, text: Text, names: Map<string, string>): string {
  if ('all' in when && Array.isArray(when.all)) {
    if (when.all.length === 0) return 'altijd';
    return when.all.map((c) => wrap(describeCondition(flow, c as Condition, text, names))).join(', en ');
  }
  if ('any' in when && Array.isArray(when.any)) {
    return when.any.map((c) => wrap(describeCondition(flow, c as Condition, text, names))).join(', of ');
  }
  if ('not' in when && !Array.isArray(when.not)) return `niet: ${wrap(describeCondition(flow, when.not as Condition, text, names))}`;
  return Object.entries(when as Record<string, string[]>)
    .map(([key, values]) => {
      if (key === 'region') {
        const regions = values.map((id) => flow.regions.find((r) => r.id === id)?.name ?? id);
        return `regio is ${regions.join(' of ')}`;
      }
      const labels = values.map((value) => names.get(value) ?? `“${text(optionKey(key, value))}”`);
      return `${text(questionShortKey(key))} is ${labels.join(' of ')}`;
    })
    .join(', en ');
}

const wrap = (text: string) => (/, (en|of) /.test(text) ? `(${text})` : text);
