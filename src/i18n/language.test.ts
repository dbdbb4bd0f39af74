import { describe, expect, it } from 'vitest';
import { addressOf, browserLanguage, languageInPath, startLanguage } from './language.ts';

describe('language from the address and the browser', () => {
  it('reads the language in the path', () => {
    expect(languageInPath('/uk/')).toBe('uk');
    expect(languageInPath('/en')).toBe('en');
    expect(languageInPath('/')).toBe('none');
    expect(languageInPath('/de/')).toBeUndefined();
  });

  it('follows the browser on a first visit, if it is one of ours', () => {
    expect(browserLanguage(['uk-UA', 'en'])).toBe('uk');
    expect(browserLanguage(['en-GB'])).toBe('en');
    expect(browserLanguage(['nl-BE'])).toBe('nl');
    expect(browserLanguage(['de-DE', 'fr'])).toBe('nl');
    expect(browserLanguage([])).toBe('nl');
  });

  it('gives a browser set to Russian or Belarusian Ukrainian, in the order the browser prefers', () => {
    expect(browserLanguage(['ru-RU'])).toBe('uk');
    expect(browserLanguage(['be'])).toBe('uk');
    expect(browserLanguage(['ru', 'en'])).toBe('uk');
    expect(browserLanguage(['en', 'ru'])).toBe('en');
  });

  it('falls back to Dutch for an unknown language in the address', () => {
    expect(startLanguage('/de/', ['uk'])).toBe('nl');
    expect(startLanguage('/xx/yy?answers=1', ['en'])).toBe('nl');
  });

  it('prefers the address over the browser', () => {
    expect(startLanguage('/en/', ['uk'])).toBe('en');
    expect(startLanguage('/', ['uk-UA'])).toBe('uk');
  });

  it('gives one address per language', () => expect(addressOf('uk')).toBe('/uk/'));
});
