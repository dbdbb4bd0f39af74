/**
 * The tel: address of a Dutch number as the sources write it: "(0522) 74 71 91" → "tel:+31522747191",
 * "+31 247 247 247" → "tel:+31247247247".
 */
export function telHref(number: string): string {
  const digits = number.replace(/\D/g, '');
  if (number.trim().startsWith('+')) return `tel:+${digits}`;
  // Short numbers such as 112 are dialled as they are; all others get the international +31 form.
  if (digits.length <= 4) return `tel:${digits}`;
  return `tel:+31${digits.replace(/^0/, '')}`;
}
