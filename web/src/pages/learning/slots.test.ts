import { describe, expect, it } from 'vitest';
import { moveRow, problemsOf, rowsOf, slotsOf } from './slots';

describe('quiz slots form', () => {
  const stored = [
    { type: 'fixed' as const, question_id: 'a' },
    { type: 'random' as const, count: 2, category: 'geo/europe', tags: ['easy', 'maps'] },
    { type: 'fixed' as const, question_id: 'b' },
  ];

  it('round-trips stored slots through the form rows', () => {
    const rows = rowsOf(stored);
    expect(rows[1]).toEqual({ type: 'random', count: '2', category: 'geo/europe', tags: 'easy, maps' });
    expect(slotsOf(rows)).toEqual(stored);
  });

  it('moves rows up and down, clamped to the list', () => {
    expect(moveRow(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    const same = ['a', 'b'];
    expect(moveRow(same, 0, -1)).toBe(same);
    expect(moveRow(same, 1, 1)).toBe(same);
  });

  it('finds random draws without a positive whole count and repeated questions', () => {
    const rows = rowsOf(stored);
    expect(problemsOf(rows)).toEqual({});
    expect(problemsOf([...rows, { type: 'random', count: '0', category: '', tags: '' }])).toEqual({ 3: 'count' });
    expect(problemsOf([...rows, { type: 'random', count: '1.5', category: '', tags: '' }])).toEqual({ 3: 'count' });
    expect(problemsOf([...rows, { type: 'fixed', question_id: 'a' }])).toEqual({ 3: 'duplicate' });
  });

  it('trims categories and drops empty tags', () => {
    expect(slotsOf([{ type: 'random', count: '3', category: ' geo ', tags: ' a, ,b ' }])).toEqual([{ type: 'random', count: 3, category: 'geo', tags: ['a', 'b'] }]);
  });
});
