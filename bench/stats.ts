export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One figure over the runs: its median, its range, and every run's value. */
export const spread = (values: number[]) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values });
export type Spread = ReturnType<typeof spread>;

/** How many times the lower bound a figure is: 1.5 means 50 % slower (or bigger) than the static page. */
export const toStatic = (app: number, lowerBound: number) => app / lowerBound;
