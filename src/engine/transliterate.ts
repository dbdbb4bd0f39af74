// The Ukrainian national transliteration (Cabinet of Ministers resolution 55 of 2010), in its simple form
// (the same letters at the start of a word), plus the Russian letters a Russian keyboard types. One change:
// х is "h", not "kh": in Dutch names it stands for h, g or ch (Ейндховен, Херенвен, Утрехт), and "kh" would
// not tell Енкхейзен (Enkhuizen, a real k before the h) from them.
const latinOf: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ы: 'y',
  э: 'e',
  ё: 'io',
  ъ: '',
};

export const hasCyrillic = (text: string) => /[\u0400-\u04ff]/.test(text);

/** Cyrillic letters in Latin ones ("Зволле" → "zvolle"); apostrophes go, other characters stay. */
export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((letter) => latinOf[letter] ?? (/['’ʼ]/.test(letter) ? '' : letter)).join('');
}
