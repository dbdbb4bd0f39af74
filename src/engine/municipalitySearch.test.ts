import { describe, expect, it } from 'vitest';
import { municipalities, municipalityAliases } from '../../flows/municipalities.ts';
import { normalize, searchMunicipalities } from './municipalitySearch.ts';

const first = (query: string) => searchMunicipalities(municipalities, municipalityAliases, query)[0];

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
    const names = searchMunicipalities(municipalities, municipalityAliases, 'ams').map((m) => m.name);
    expect(names[0]).toBe('Amstelveen');
    expect(names).toContain('Amsterdam');
  });

  it('finds nothing for nonsense or an empty box', () => {
    expect(searchMunicipalities(municipalities, municipalityAliases, 'qqqq')).toEqual([]);
    expect(searchMunicipalities(municipalities, municipalityAliases, '  ')).toEqual([]);
  });

  it('normalises text for comparison', () => expect(normalize("'s-Gravenhage")).toBe('s gravenhage'));
});
