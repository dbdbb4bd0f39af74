/** The languages of the app, Dutch (the source) first. The service worker and the build get this list too. */
export const languages = ['nl', 'uk', 'en'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: string | undefined): value is Language => languages.includes(value as Language);

/**
 * Browser languages we have no page in but whose speakers are best served by one we have: Russian and
 * Belarusian are common on Ukrainian refugees' phones. Also given to the language redirect of "/".
 */
export const languageFallbacks: Record<string, Language> = { ru: 'uk', be: 'uk' };
