import { advice } from '../../flows/advice.ts';
import { contacts, firstSteps, rightBelow } from '../../flows/contacts.ts';
import { questions } from '../../flows/questions.ts';
import { regions } from '../../flows/regions.ts';
import type { Flow } from '../engine/schema.ts';

/**
 * The flow as written in flows/, with its sources, for Node (checks, tests, the build). The browser gets
 * `flow` of src/engine/shippedFlow.ts instead: checked, and without the sources. Validated at build and
 * test time (checkFlow.ts), not here.
 */
export const contentFlow: Flow = { questions, advice, contacts, firstSteps, rightBelow, regions };
