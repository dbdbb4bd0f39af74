import type { ProgressCount } from '../hooks/useProgress.ts';

/**
 * The progress as seen. Hidden from screen readers here: they hear the same words as part of the question's
 * heading, where focus lands (see QuestionScreen), and not a second time when reading on.
 */
export function Progress({ progress }: { progress: ProgressCount }) {
  return (
    <p className="progress" aria-hidden="true">
      <progress max={progress.max} value={progress.current} />
      <span>{progress.text}</span>
    </p>
  );
}
