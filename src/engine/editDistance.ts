/**
 * The number of letters to add, drop, change or swap (optimal string alignment) to turn `a` into the start
 * of `b` one letter shorter than `a`, as long, or one longer, whichever is nearest; or `limit + 1` as soon
 * as it is certain to be more than `limit`. One table gives all three: its last row holds the distance to
 * every start of `b`.
 */
export function editDistanceToStart(a: string, b: string, limit: number): number {
  const start = b.slice(0, a.length + 1);
  let before: number[] = [];
  let previous = Array.from({ length: start.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= start.length; j++) {
      const cost = a[i - 1] === start[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === start[j - 2] && a[i - 2] === start[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  const shortest = Math.min(Math.max(a.length - 1, 0), start.length);
  return Math.min(...previous.slice(shortest), limit + 1);
}
