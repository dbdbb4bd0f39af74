declare module 'virtual:flow' {
  /** The flow without its sources (see scripts/flowPlugin.ts); typed in shippedFlow.ts. */
  export const flow: unknown;
}

declare module 'virtual:municipalities' {
  /** Where the municipality list (JSON, without sources) is fetched from (scripts/flowPlugin.ts). */
  export const municipalitiesUrl: string;
}
