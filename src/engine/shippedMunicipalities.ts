import { municipalities as names, municipalityAliases as aliases } from 'virtual:municipalities';
import type { Municipality, MunicipalityAlias } from './schema.ts';

/**
 * The municipality list as the browser gets it: checked at build time and stripped of its sources
 * (scripts/flowPlugin.ts). A chunk of its own, loaded when the municipality question comes near.
 */
export const municipalities = names as Municipality[];
export const municipalityAliases = aliases as MunicipalityAlias[];
