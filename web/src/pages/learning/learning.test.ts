import { describe, expect, it } from 'vitest';
import type { Presented } from '../../api/learning';
import { choicesOf, draftFrom, move, toResponse } from './answers';
import { clockOffset, crossedThreshold, formatRemaining, remainingMs } from './timer';

const q = (over: Partial<Presented>): Presented => ({
  type: 'single_choice',
  html: '<p>?</p>',
  choices: [],
  blanks: 0,
  units: [],
  prompts: [],
  options: [],
  items: [],
  marks: 1,
  ...over,
});

describe('quiz timer', () => {
  it('counts down on the server clock, not the device clock', () => {
    // The device clock is 90 s behind the server: without the offset the learner would see
    // 90 s too many.
    const serverNow = Date.parse('2026-11-25T10:00:00Z');
    const localNow = serverNow - 90_000;
    const offset = clockOffset(serverNow, localNow);
    expect(offset).toBe(90_000);
    expect(remainingMs('2026-11-25T10:05:00Z', offset, localNow)).toBe(300_000);
    expect(remainingMs('2026-11-25T10:05:00Z', offset, localNow + 299_000)).toBe(1_000);
    expect(remainingMs('2026-11-25T10:05:00Z', offset, localNow + 400_000)).toBe(0);
  });

  it('ignores a missing Date header and an unreadable deadline', () => {
    expect(clockOffset(Number.NaN, 5)).toBe(0);
    expect(remainingMs('not a date', 0, 0)).toBe(0);
  });

  it('formats minutes and hours, rounding up', () => {
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(59_001)).toBe('1:00');
    expect(formatRemaining(305_000)).toBe('5:05');
    expect(formatRemaining(3_725_000)).toBe('1:02:05');
  });

  it('announces each threshold once', () => {
    expect(crossedThreshold(61_000, 60_000)).toBe(60);
    expect(crossedThreshold(60_000, 59_000)).toBeNull();
    expect(crossedThreshold(11_000, 9_000)).toBe(10);
  });
});

describe('answer serialisation', () => {
  it('serialises every question type to the API form', () => {
    const d = draftFrom(q({}), null);
    expect(toResponse('single_choice', d)).toBeNull();
    expect(toResponse('single_choice', { ...d, chosen: [2] })).toEqual({ type: 'choice', index: 2 });
    expect(toResponse('multiple_choice', { ...d, chosen: [3, 0] })).toEqual({ type: 'choices', indexes: [0, 3] });
    expect(toResponse('true_false', { ...d, bool: 'false' })).toEqual({ type: 'bool', value: false });
    expect(toResponse('fill_blanks', { ...d, texts: ['Paris', ''] })).toEqual({ type: 'blanks', values: ['Paris', ''] });
    expect(toResponse('fill_blanks', { ...d, texts: [' ', ''] })).toBeNull();
    expect(toResponse('numeric', { ...d, texts: [' 150 cm '] })).toEqual({ type: 'number', value: '150 cm' });
    expect(toResponse('matching', { ...d, matches: ['b', ''] })).toEqual({ type: 'matches', answers: ['b', ''] });
    expect(toResponse('ordering', { ...d, order: [2, 0, 1] })).toEqual({ type: 'order', order: [2, 0, 1] });
    expect(toResponse('essay', { ...d, texts: ['An essay'] })).toEqual({ type: 'text', text: 'An essay' });
    expect(toResponse('file_upload', { ...d, files: ['ab12'] })).toEqual({ type: 'files', files: ['ab12'] });
    expect(toResponse('unknown_type', d)).toBeNull();
  });

  it('restores a saved answer into the draft (round trip)', () => {
    const blanks = q({ type: 'fill_blanks', blanks: 2 });
    const saved = { type: 'blanks' as const, values: ['a', 'b'] };
    expect(toResponse('fill_blanks', draftFrom(blanks, saved))).toEqual(saved);
    const ordering = q({ type: 'ordering', items: [[2, 'c'], [0, 'a'], [1, 'b']] });
    expect(draftFrom(ordering, null).order).toEqual([2, 0, 1]);
    expect(draftFrom(ordering, { type: 'order', order: [0, 1, 2] }).order).toEqual([0, 1, 2]);
    const matching = q({ type: 'matching', prompts: ['x', 'y'], options: ['1', '2'] });
    expect(draftFrom(matching, { type: 'matches', answers: ['2'] }).matches).toEqual(['2', '']);
    expect(draftFrom(q({}), { type: 'choice', index: 1 }).chosen).toEqual([1]);
    expect(draftFrom(q({}), { type: 'bool', value: true }).bool).toBe('true');
  });

  it('moves ordering items and keeps the ends in place', () => {
    expect(move([0, 1, 2], 1, -1)).toEqual([1, 0, 2]);
    expect(move([0, 1, 2], 2, 1)).toEqual([0, 1, 2]);
    expect(move([0, 1, 2], 0, -1)).toEqual([0, 1, 2]);
  });

  it('shows choices in the display order the server gives and sends their stored indexes', () => {
    const shuffled = { ...q({ choices: ['a', 'b', 'c'] }), choice_order: [2, 0, 1] } as Presented;
    expect(choicesOf(shuffled)).toEqual([
      [2, 'c'],
      [0, 'a'],
      [1, 'b'],
    ]);
    // A malformed order is ignored rather than hiding choices.
    expect(choicesOf({ ...q({ choices: ['a', 'b'] }), choice_order: [0] } as Presented)).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
  });

  it('reads choices sent as plain texts or as [index, text] pairs', () => {
    expect(choicesOf(q({ choices: ['a', 'b'] }))).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
    expect(choicesOf(q({ choices: [[1, 'b'], [0, 'a']] as unknown as string[] }))).toEqual([
      [1, 'b'],
      [0, 'a'],
    ]);
  });
});
