import { execFileSync } from 'node:child_process';
import { ROOT } from './folders.ts';

/** The commit measured, and the files changed beside it (outside bench/), so figures can be traced. */
export function revision(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
    const head = git('rev-parse', '--short', 'HEAD').trim();
    const changed = git('status', '--porcelain', '--untracked-files=no')
      .split('\n')
      .map((line) => line.slice(3).trim())
      .filter((file) => file && !file.startsWith('bench/'));
    return changed.length ? `${head} + changes in ${changed.join(', ')}` : head;
  } catch {
    return 'unknown';
  }
}
