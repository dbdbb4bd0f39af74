/** The languages of the app, Dutch (the source) first. The service worker and the build get this list too. */
export const languages = ['nl', 'uk', 'en'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: string | undefined): value is Language => languages.includes(value as Language);
