import { describe, expect, it } from 'vitest';
import { municipalities, municipalityAliases } from '../../flows/municipalities.ts';
import { ukrainianSpellings } from '../../tests/fixtures/ukrainianSpellings.ts';
import { searchIndex, searchMunicipalities } from './municipalitySearch.ts';
import { normalize } from './normalize.ts';
import { soundKey } from './soundKey.ts';
import { transliterate } from './transliterate.ts';

const index = searchIndex(municipalities, municipalityAliases);
const search = (query: string) => searchMunicipalities(index, query);
const first = (query: string) => search(query)[0];

describe('municipality search', () => {
  it('has all 342 municipalities of 2026', () => expect(municipalities).toHaveLength(342));

  it.each([
    ['Utrecht', 'GM0344'],
    ['Zwolle', 'GM0193'],
    ['Almere', 'GM0034'],
    ['Staphorst', 'GM0180'],
    ['staph', 'GM0180'],
    ['STAPHORST', 'GM0180'],
  ])('finds %s', (query, code) => expect(first(query).code).toBe(code));

  it('ignores accents and punctuation: "Sudwest-Fryslan" finds Súdwest-Fryslân', () =>
    expect(first('Sudwest-Fryslan')).toEqual({ code: 'GM1900', name: 'Súdwest-Fryslân' }));

  it('finds the everyday names: Den Haag, Den Bosch', () => {
    expect(first('Den Haag')).toEqual({ code: 'GM0518', name: "'s-Gravenhage" });
    expect(first('den bosch').code).toBe('GM0796');
    expect(first('gravenhage').code).toBe('GM0518');
  });

  it('puts names that start with the letters first', () => {
    const names = search('ams').map((m) => m.name);
    expect(names[0]).toBe('Amstelveen');
    expect(names).toContain('Amsterdam');
  });

  it('finds nothing for nonsense or an empty box', () => {
    expect(search('qqqq')).toEqual([]);
    expect(search('  ')).toEqual([]);
    expect(search('ффф')).toEqual([]);
  });

  it('normalises text for comparison', () => expect(normalize("'s-Gravenhage")).toBe('s gravenhage'));
});

describe('municipality search in Cyrillic', () => {
  it('transliterates Ukrainian the national way', () => {
    expect(transliterate('Зволле')).toBe('zvolle');
    expect(transliterate('Ейндговен')).toBe('eindhoven');
    expect(transliterate('Ґронінґен')).toBe('groningen');
  });

  it('folds the Dutch sounds that Ukrainian spells differently, on both sides', () => {
    expect(soundKey('Zwolle')).toBe(soundKey(transliterate('Зволле')));
    expect(soundKey('Nijmegen')).toBe(soundKey(transliterate('Неймеген')));
    expect(soundKey('Roermond')).toBe(soundKey(transliterate('Рурмонд')));
    expect(soundKey('Gouda')).toBe(soundKey(transliterate('Гауда')));
    expect(soundKey('Enkhuizen')).toBe(soundKey(transliterate('Енкхейзен')));
  });

  it.each([
    ['Стапхорст', 'GM0180'],
    ['Гаага', 'GM0518'],
    ['Ейндговен', 'GM0772'],
    ['Зволле', 'GM0193'],
    ['стапх', 'GM0180'],
    ['Алмере', 'GM0034'],
  ])('finds %s (SPEC examples and a few letters)', (query, code) => expect(first(query).code).toBe(code));

  it('still finds Latin names first as written', () => {
    expect(first('Haarlem').code).toBe('GM0392');
    expect(first('Gouda').code).toBe('GM0513');
    expect(search('Ha')[0].name.startsWith('Ha')).toBe(true);
  });

  it('forgives a small spelling difference', () => {
    expect(first('Arnem').code).toBe('GM0202');
    expect(first('Zwole').code).toBe('GM0193');
  });

  const placed = ukrainianSpellings.map(({ code, spelling }) => ({
    spelling,
    code,
    place: search(spelling).findIndex((m) => m.code === code) + 1,
  }));
  const inTop3 = placed.filter(({ place }) => place >= 1 && place <= 3);
  it(`lands real Ukrainian spellings in the first three matches (${inTop3.length} of ${placed.length})`, () => {
    expect(placed.length).toBeGreaterThanOrEqual(30);
    expect(placed.filter(({ place }) => place < 1 || place > 3)).toEqual([]);
  });
});
