declare module 'virtual:bundled-words' {
  /** Per language, the words of `bundledKeys` (src/i18n/wordFiles.ts), nested as in translation.json. */
  export const bundledWords: Record<string, Record<string, unknown>>;
}
