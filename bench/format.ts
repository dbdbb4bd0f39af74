import type { Spread } from './stats.ts';

/** KB as Vite prints it: 1 KB = 1000 bytes. */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
export const ms = (value: number) => `${Math.round(value)} ms`;
export const times = (ratio: number) => `${ratio.toFixed(2)}×`;
export const showSpread = (s: Spread) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
