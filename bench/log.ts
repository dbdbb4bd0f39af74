/** Progress goes to stderr: stdout holds only the Markdown report. */
export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
