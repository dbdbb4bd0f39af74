declare module 'virtual:flow' {
  /** The flow without its sources (see scripts/flowPlugin.ts); typed in shippedFlow.ts. */
  export const flow: unknown;
}

declare module 'virtual:municipalities' {
  /** The municipality list and everyday names, without sources (scripts/flowPlugin.ts); typed in shippedMunicipalities.ts. */
  export const municipalities: unknown;
  export const municipalityAliases: unknown;
}
