/**
 * Runs `work` when the browser has a moment to spare (within a second at most), or, where there is no
 * requestIdleCallback (Safari), in a task of its own soon after. Returns what cancels it, for an effect.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => work(), { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 50);
  return () => clearTimeout(id);
}
