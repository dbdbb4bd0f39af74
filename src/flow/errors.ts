/** A problem in the content files, named so that a content keeper can find and fix it. */
export class FlowDataError extends Error {
  name = 'FlowDataError';
  constructor(
    readonly file: string,
    readonly id: string,
    readonly problem: string,
  ) {
    super(`${file} › ${id}: ${problem}`);
  }
}
