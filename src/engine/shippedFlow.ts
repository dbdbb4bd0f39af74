import { flow as data } from 'virtual:flow';
import type { Contact, Flow } from './schema.ts';

/** A contact as shipped: with `checked`, the day its facts were last compared with their sources. */
export type ShippedContact = Contact & { checked: string };
export type ShippedFlow = Omit<Flow, 'contacts'> & { contacts: ShippedContact[] };

/**
 * The flow as the browser gets it: checked at build time and stripped of its sources, which the screens
 * never show (scripts/flowPlugin.ts). Typed as Flow for the screens; do not read `source` from it.
 */
export const flow = data as ShippedFlow;
