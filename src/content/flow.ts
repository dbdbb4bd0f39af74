import { advice } from '../../flows/advice.ts';
import { contacts, firstSteps, rightBelow } from '../../flows/contacts.ts';
import { questions } from '../../flows/questions.ts';
import { regions } from '../../flows/regions.ts';
import type { Flow } from '../engine/schema.ts';

/** The flow as shipped: plain data. It is validated at build and test time (checkFlow.ts), not here. */
export const flow: Flow = { questions, advice, contacts, firstSteps, rightBelow, regions };
