import { describe, expect, it } from 'vitest';
import { municipalities, municipalityAliases } from '../../flows/municipalities.ts';
import { explainInput } from './explainInput.ts';
import { explainPage } from './explainPage.ts';
import { contentFlow as flow } from '../content/contentFlow.ts';
import { readable } from './readable.ts';

const page = (answers: string, ...rest: string[]) =>
  explainPage(explainInput([answers, ...rest], flow, municipalities, municipalityAliases, new Date('2026-12-02T09:00:00Z'))).text;

describe('flows:explain', () => {
  it('shows Dutch words marked on a uk or en page, and leaves out what only a screen reader says', () => {
    expect(readable('Бел <nl>Veilig Thuis</nl><hidden>, <nl>Veilig Thuis</nl></hidden>.', 'uk')).toBe('Бел [nl: Veilig Thuis].');
    expect(readable('Bel <nl>Veilig Thuis</nl><hidden>, voor advies</hidden>.', 'nl')).toBe('Bel Veilig Thuis.');
    expect(readable('Bel 088\u00a0\u2060-\u2060\u00a0203', 'nl')).toBe('Bel 088 - 203');
  });

  it('answers what a 14-year-old in Zwolle who asks about herself, forced marriage, reads first, in Ukrainian', () => {
    const text = page(
      '{"danger":"no","role":"self","age":"12-18","concern":"forced-marriage","suspect":"parent","municipality":"Зволле"}',
      'uk',
    );
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Так читач отримує цю сторінку \(npm run flows:explain, Українська\)\. \[nl: …\]/);
    expect(lines[2]).toBe('Муніципалітет «Зволле»: знайдено Zwolle (GM0193). Також знайдено: Edam-Volendam.');
    expect(text).toContain('# Скільки вам років? {age@self}');
    const first = lines.indexOf('## Ваш перший крок');
    expect(lines.slice(first + 1, first + 3)).toEqual([
      '### [nl: Veilig Thuis] {veilig-thuis}',
      '  - Телефонуйте 0800-2000 · Дзвінок безкоштовний. · Працює цілодобово (24/7).',
    ]);
    expect(text).not.toMatch(/<\/?(nl|hidden)>|\{\{/);
  });

  it('names an answer that no longer applies, and stops at the next question', () => {
    const text = page('{"danger":"no","role":"self","age":"0-4","municipality":"unknown"}', 'en');
    expect(text).toContain('No longer applies: Age: Under 4 (with these answers that option is not offered).');
    expect(text).toContain('Not answered yet: this is the next question.');
    expect(text).toContain('Kept for the questions after it: Municipality: I don’t know, or I’d rather not say.');
    expect(text).not.toContain('==== RESULT ====');
  });
});
