declare module 'virtual:flow' {
  /** The flow without its sources (see scripts/flowPlugin.ts); typed in shippedFlow.ts. */
  export const flow: unknown;
}
