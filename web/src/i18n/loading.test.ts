// Loading message parts in a fresh module (the other i18n tests load every part up front).
import { describe, expect, it } from 'vitest';
import { bundlesFor, isLoaded, loadArea, loadLocale } from './locales';

describe('loading messages by area', () => {
  it('starts with the English core only', () => {
    const [en] = bundlesFor('en');
    expect(en!.hasMessage('nav-territories')).toBe(true);
    expect(en!.hasMessage('forum-title')).toBe(false);
    expect(isLoaded('sv')).toBe(false);
  });

  it('adds an area to the bundles in use, in every loaded language, and to languages loaded later', async () => {
    await loadLocale('sv');
    const [sv, en] = bundlesFor('sv');
    expect(sv!.hasMessage('outbox-waiting')).toBe(true);
    expect(sv!.hasMessage('forum-title')).toBe(false);
    await loadArea('forum');
    expect(sv!.hasMessage('forum-title')).toBe(true);
    expect(en!.hasMessage('forum-title')).toBe(true);
    expect(sv!.hasMessage('learn-catalog-title')).toBe(false);
    await loadLocale('da');
    const [da] = bundlesFor('da');
    expect(da!.hasMessage('forum-title')).toBe(true);
    expect(da!.hasMessage('learn-catalog-title')).toBe(false);
  });
});
