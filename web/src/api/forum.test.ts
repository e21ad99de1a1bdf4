import { describe, expect, it } from 'vitest';
import { appendPage, attachmentUrl, sizeParts, batches, completeMention, hasRole, markMentions, mentionAt, mentionedHandles, quoteMarkdown, reactionCounts, topicsQuery } from './forum';

describe('forum query strings', () => {
  it('leaves defaults out and sends period only with top', () => {
    expect(topicsQuery({ sort: 'latest' })).toBe('');
    expect(topicsQuery({ sort: 'hot', period: 'day' })).toBe('?sort=hot');
    expect(topicsQuery({ sort: 'top', period: 'month', category: 'c1', cursor: 'ab12', limit: 5 })).toBe('?sort=top&period=month&category=c1&cursor=ab12&limit=5');
    expect(topicsQuery({ sort: 'unread', cursor: null })).toBe('?sort=unread');
  });
});

describe('"load more" paging', () => {
  it('appends the next page and skips items already shown', () => {
    const shown = [{ id: 'a' }, { id: 'b' }];
    expect(appendPage(shown, { items: [{ id: 'b' }, { id: 'c' }], next: 'x' }).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(appendPage([], { items: [{ id: 'a' }] })).toEqual([{ id: 'a' }]);
  });

  it('pages through a cursor listing without repeats or gaps', () => {
    // A fake keyset listing: items after the cursor id, two at a time.
    const all = ['1', '2', '3', '4', '5'].map((id) => ({ id }));
    const page = (cursor: string | null) => {
      const from = cursor ? all.findIndex((i) => i.id === cursor) + 1 : 0;
      const items = all.slice(from, from + 2);
      return { items, next: from + 2 < all.length ? items[items.length - 1]!.id : null };
    };
    let shown: Array<{ id: string }> = [];
    let cursor: string | null = null;
    let p = page(cursor);
    shown = appendPage(shown, p);
    while (p.next) {
      cursor = p.next;
      p = page(cursor);
      shown = appendPage(shown, p);
    }
    expect(shown.map((i) => i.id)).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('mention autocomplete', () => {
  it('finds the handle being typed at the caret', () => {
    expect(mentionAt('hello @ad', 9)).toEqual({ start: 6, query: 'ad' });
    expect(mentionAt('@Bo', 3)).toEqual({ start: 0, query: 'bo' });
    expect(mentionAt('hello @', 7)).toEqual({ start: 6, query: '' });
    // Caret in the middle of the word: the part before the caret is the query.
    expect(mentionAt('hi @adam there', 6)).toEqual({ start: 3, query: 'ad' });
  });

  it('ignores e-mail addresses, plain words and code spans', () => {
    expect(mentionAt('mail ada@example', 16)).toBeNull();
    expect(mentionAt('no mention', 10)).toBeNull();
    expect(mentionAt('see `@ad', 8)).toBeNull();
    expect(mentionAt('`x` then @ad', 12)).toEqual({ start: 9, query: 'ad' });
  });

  it('completes the handle, dropping the territory suffix, and moves the caret after it', () => {
    expect(completeMention('hi @ad and more', 3, 6, '@ada:dk')).toEqual({ text: 'hi @ada and more', caret: 8 });
    expect(completeMention('hi @ad', 3, 6, 'ada')).toEqual({ text: 'hi @ada ', caret: 8 });
  });

  it('extracts mentions by the server rules', () => {
    expect(mentionedHandles('Hi @Ada and @bo_2, not a@b.c or `@code` or @x1 or @9ab; @ada again')).toEqual(['ada', 'bo_2']);
  });
});

describe('mention display', () => {
  it('links mentions when every handle was resolved, never inside code or links', () => {
    const html = '<p>Hej @ada og <code>@ada</code> <a href="x">@ada</a></p>';
    const out = markMentions(html, 'Hej @ada og `@ada`', 1, 'DK');
    expect(out).toBe('<p>Hej <a class="mention" href="/t/DK/forum/search?q=ada">@ada</a> og <code>@ada</code> <a href="x">@ada</a></p>');
  });

  it('leaves the HTML alone when some handle did not resolve', () => {
    const html = '<p>@ada @nobody</p>';
    expect(markMentions(html, '@ada @nobody', 1, 'DK')).toBe(html);
    expect(markMentions(html, '@ada @nobody', 2, 'DK')).toContain('class="mention"');
  });
});

describe('reactions, quotes and roles', () => {
  it('counts reactions in the territory emoji order, keeping unknown ones last', () => {
    expect(reactionCounts({ '❤️': 2, '🦀': 1 }, ['👍', '❤️'])).toEqual([
      ['👍', 0],
      ['❤️', 2],
      ['🦀', 1],
    ]);
    expect(reactionCounts(null, ['👍'])).toEqual([['👍', 0]]);
  });

  it('quotes every line', () => {
    expect(quoteMarkdown('a\nb\n')).toBe('> a\n> b\n\n');
  });

  it('knows who moderates where', () => {
    expect(hasRole([{ role: 'moderator', territory: 'DK' }], 'moderator', 'dk')).toBe(true);
    expect(hasRole([{ role: 'moderator', territory: 'SE' }], 'moderator', 'DK')).toBe(false);
    expect(hasRole([{ role: 'moderator', territory: 'DK' }], 'territory_admin', 'DK')).toBe(false);
    expect(hasRole([{ role: 'territory_admin', territory: 'DK' }], 'moderator', 'DK')).toBe(true);
    expect(hasRole([{ role: 'platform_admin', territory: null }], 'territory_admin', 'UK')).toBe(true);
    expect(hasRole(undefined, 'moderator', 'DK')).toBe(false);
  });
});

describe('people batches', () => {
  it('splits ids into batches of at most 100 without duplicates', () => {
    const ids = Array.from({ length: 250 }, (_, i) => `id${i}`);
    const out = batches([...ids, 'id0', 'id1']);
    expect(out.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(out.flat()).toEqual(ids);
    expect(batches([])).toEqual([]);
  });
});

describe('attachments', () => {
  it('gives sizes in bytes, KB or MB', () => {
    expect(sizeParts(0)).toEqual({ size: 0, units: 'b' });
    expect(sizeParts(1023)).toEqual({ size: 1023, units: 'b' });
    expect(sizeParts(1536)).toEqual({ size: 1.5, units: 'kb' });
    expect(sizeParts(10 * 1024 * 1024)).toEqual({ size: 10, units: 'mb' });
  });

  it('downloads from the server url, or the route built from the id', () => {
    expect(attachmentUrl('DK', { sha256: 'ab', url: '/x' })).toBe('/x');
    expect(attachmentUrl('DK', { sha256: 'ab' })).toBe('/api/v1/t/DK/forum/attachments/ab');
  });
});
