import { optionKey, questionShortKey } from '../i18n/keys.ts';
import { FIRST_STEP, visitCondition } from '../engine/conditions.ts';
import type { Condition, Flow } from '../engine/schema.ts';

type Text = (key: string) => string;

/**
 * A condition in plain Dutch, for the decision table: "Zorg is Loverboy of Stalking, en regio is IJsselland".
 * Parts equal to one of `named` are said by their name instead of in full.
 */
export function describeCondition(
  flow: Flow,
  when: Condition,
  text: Text,
  names: Map<string, string>,
  named: [Condition, string][] = [],
): string {
  const byJson = new Map(named.map(([condition, name]) => [JSON.stringify(condition), name]));
  const describe = (part: Condition): string =>
    byJson.get(JSON.stringify(part)) ??
    visitCondition(
      part,
      {
        all: (parts) => (parts.length === 0 ? 'altijd' : parts.map(describe).map(wrap).join(', en ')),
        any: (parts) => parts.map(describe).map(wrap).join(', of '),
        not: (inner) => `niet: ${wrap(describe(inner))}`,
        leaf: (leaf) => describeLeaf(flow, leaf, text, names),
      },
      undefined,
    );
  return describe(when);
}

function describeLeaf(flow: Flow, leaf: Record<string, string[]>, text: Text, names: Map<string, string>): string {
  return Object.entries(leaf)
    .map(([key, values]) => {
      if (key === FIRST_STEP) return `de eerste stap is ${values.map((id) => `\`${id}\``).join(' of ')}`;
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
