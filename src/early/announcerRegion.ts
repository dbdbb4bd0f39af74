/**
 * The page's one polite live region for news that no element on the screen says itself (a tap waiting for
 * the app, a language on its way, the advice that has loaded): written into every page (index.html), so that
 * it exists before its text first changes, which is when a screen reader hears it. The early walker speaks
 * through it, then the app (src/ui/lib/announcer.ts). It also carries, as `data-<language>`, the words
 * "the language will change once the page has loaded" in each other language (scripts/pagesPlugin.ts): a
 * page carries only its own language's words, and that wait must be heard in the language tapped.
 */
export const ANNOUNCER = '[data-announcer]';

/** The region, with when it last spoke (`performance.now()`), so that the app's first message keeps its distance. */
export type Announcer = HTMLElement & { saidAt?: number };
