declare module 'virtual:walker-flow' {
  /** The questions as the early walker gets them (scripts/walker.ts): routing only. */
  export const questions: import('../engine/schema.ts').Question[];
}
