/** Monday first, as opening hours are written. Kept apart from schema.ts so the client needs no zod. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
