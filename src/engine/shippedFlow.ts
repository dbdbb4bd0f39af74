import { flow as data } from 'virtual:flow';
import type { Contact, Flow, Phone } from './schema.ts';

/** A phone as shipped: a number a municipality published for a person carries `read`, the day that page was read. */
export type ShippedPhone = Phone & { read?: string };
/** A contact as shipped: with `checked`, the day its facts were last compared with their sources. */
export type ShippedContact = Omit<Contact, 'phones'> & { checked: string; phones: ShippedPhone[] };
export type ShippedFlow = Omit<Flow, 'contacts'> & { contacts: ShippedContact[] };

/**
 * The flow as the browser gets it: checked at build time and stripped of its sources, which the screens
 * never show (scripts/flowPlugin.ts). Typed as Flow for the screens; do not read `source` from it.
 */
export const flow = data as ShippedFlow;
