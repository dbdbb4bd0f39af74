import { flow as data } from 'virtual:flow';
import type { Flow } from './schema.ts';

/**
 * The flow as the browser gets it: checked at build time and stripped of its sources, which the screens
 * never show (scripts/flowPlugin.ts). Typed as Flow for the screens; do not read `source` from it.
 */
export const flow = data as Flow;
