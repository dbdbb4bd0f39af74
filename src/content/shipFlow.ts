import type { Flow } from '../engine/schema.ts';
import type { ShippedFlow } from '../engine/shippedFlow.ts';
import { checkedOn } from './checkedOn.ts';
import { withoutSources } from './withoutSources.ts';

/**
 * The flow as the browser gets it (`virtual:flow`, scripts/flowPlugin.ts), and as flows:explain reads it:
 * without sources, each contact with the day its facts were last checked, which its card shows, and a
 * person's number that a municipality published with the day that page was read.
 */
export const shipFlow = (flow: Flow) =>
  withoutSources({
    ...flow,
    contacts: flow.contacts.map((c) => ({
      ...c,
      checked: checkedOn(c),
      phones: c.phones.map((p) => (p.publishedBy ? { ...p, read: p.source.read } : p)),
    })),
  }) as ShippedFlow;
