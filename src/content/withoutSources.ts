const isSource = (value: object) => 'quote' in value && ('seed' in value || 'url' in value);

/**
 * Drops the `source`/`sources` of every fact: the app never shows them, and they would cost bytes. A fact
 * that is a source itself ("anonymous advice possible", "free") ships as `true`.
 */
export function withoutSources(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSources);
  if (!value || typeof value !== 'object') return value;
  if (isSource(value)) return true;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'source' && key !== 'sources')
      .map(([key, inner]) => [key, withoutSources(inner)]),
  );
}
