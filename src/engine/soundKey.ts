import { normalize } from './normalize.ts';

// How Ukrainian spelling renders Dutch sounds, as folds applied to both sides of a comparison: a Dutch
// name and a transliterated Ukrainian one meet in the middle. Seen in Ukrainian pages: Зволле (w → в),
// Рурмонд (oe → у), Неймеген (ij → ей, g → г), Ейндховен (h → х), Гауда (ou → ау), Енкхейзен (ui → ей),
// Енсхеде (sch → сх), Маастрихт (ch → х), Райсвайк (ij → ай). Order matters: "sch" and "ij" before "h" and "j".
const folds: [RegExp, string][] = [
  [/ch/g, 'h'],
  [/g/g, 'h'],
  [/ph/g, 'f'],
  [/ij|ui|ai/g, 'ei'],
  [/y/g, 'i'],
  [/oe/g, 'u'],
  [/ou/g, 'au'],
  [/ie/g, 'i'],
  [/w/g, 'v'],
  [/j/g, 'i'],
  [/c|q/g, 'k'],
  [/x/g, 'ks'],
  [/(\p{L})\1+/gu, '$1'],
];

/** A name as it sounds, roughly, whichever alphabet wrote it: "Zwolle" and "Zvolle" both give "zvole". */
export function soundKey(latin: string): string {
  return folds.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), normalize(latin));
}
