import { describe, expect, it } from 'vitest';
import { LOCALES, bundlesFor, chooseLocale, isLoaded, loadLocale, messageIds } from './locales';

describe('UI languages', () => {
  it('negotiates from browser preferences', () => {
    expect(chooseLocale(['da-DK', 'en'])).toBe('da');
    expect(chooseLocale(['no'])).toBe('nb');
    expect(chooseLocale(['nn-NO'])).toBe('nb');
    expect(chooseLocale(['sv-FI'])).toBe('sv');
    expect(chooseLocale(['es-MX'])).toBe('es');
    expect(chooseLocale(['fr', 'de'])).toBe('en');
    expect(chooseLocale([])).toBe('en');
  });

  it('has every English message in every language, and parses cleanly', async () => {
    const english = new Set(await messageIds('en'));
    for (const { tag } of LOCALES) {
      const ids = new Set(await messageIds(tag));
      const missing = [...english].filter((id) => !ids.has(id));
      expect({ tag, missing }).toEqual({ tag, missing: [] });
      const [bundle] = bundlesFor(tag);
      const errors: Error[] = [];
      for (const id of english) {
        const message = bundle!.getMessage(id);
        if (message?.value) bundle!.formatPattern(message.value, { count: 2, seconds: 1.5, when: 'x', page: 'p', regions: 4, nodes: 4, territories: 19, name: 'n', handle: 'h', email: 'e', territory: 'DK', category: 'c', id: 'i', title: 't', number: 3, author: 'a', emoji: 'e', action: 'a', module: 'm', quiz: 'q', n: 1, size: 1, grade: 'g', hint: 'h', position: 1, detail: 'd', done: 1, total: 2, got: 1, max: 2, item: 'i', phase: 'p', what: 'w', units: 'u', type: 't', criterion: 'c', minutes: 1, marks: 1, level: 5, se: 0.3, answered: 4, version: 2, date: 'd' }, errors);
      }
      expect({ tag, errors }).toEqual({ tag, errors: [] });
    }
  });

  it('formats plurals and numbers per language', async () => {
    await loadLocale('da');
    expect(isLoaded('da')).toBe(true);
    const [da] = bundlesFor('da');
    const waiting = da!.getMessage('outbox-waiting')!.value!;
    expect(da!.formatPattern(waiting, { count: 1 })).toBe('Én ændring venter på at blive synkroniseret.');
    expect(da!.formatPattern(waiting, { count: 3 })).toContain('3 ændringer');
    const lag = da!.getMessage('operator-lag-value')!.value!;
    expect(da!.formatPattern(lag, { seconds: 1.5 })).toContain('1,5');
  });
});

describe('formatting locale', () => {
  it('keeps the browser’s regional variant of the UI language', async () => {
    const { formattingLocale } = await import('./locales');
    expect(formattingLocale('en', ['en-GB', 'da'])).toBe('en-GB');
    expect(formattingLocale('nb', ['no-NO'])).toBe('no-NO');
    expect(formattingLocale('da', ['en-GB'])).toBe('da');
    expect(formattingLocale('es', ['es-MX'])).toBe('es-MX');
  });
});
