import type { z } from 'zod';

/** One thing wrong in the content: which file, which id, and what. */
export type Problem = { file: string; id: string; problem: string };

export const formatProblem = ({ file, id, problem }: Problem) => `${file} › ${id}: ${problem}`;

/**
 * Turns zod's issues into problems named by the id of the item they are in: `contacts[3].phones[0]`
 * becomes "vt-ijsselland: phones.0.number …".
 */
export function problemsFromZod(file: string, data: unknown, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const [index, ...rest] = issue.path;
    const item = typeof index === 'number' && Array.isArray(data) ? data[index] : undefined;
    const itemId =
      item && typeof item === 'object' && 'id' in item && typeof item.id === 'string'
        ? item.id
        : Array.isArray(item) && typeof item[0] === 'string'
          ? item[0]
          : typeof index === 'number'
            ? `item ${index + 1}`
            : '(file)';
    const where = rest.length ? `${rest.join('.')} ` : '';
    return { file, id: itemId, problem: `${where}${issue.message}`.trim() };
  });
}
