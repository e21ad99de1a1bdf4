import { describe, expect, it } from 'vitest';
import { actionsFor, isLanguageTag, territoryProblems } from './admin';

describe('move actions offered per state', () => {
  it('offers what the server allows in each state', () => {
    expect(actionsFor({ state: 'copy', paused: false })).toEqual(['pause', 'cancel']);
    expect(actionsFor({ state: 'copy', paused: true })).toEqual(['resume', 'cancel']);
    expect(actionsFor({ state: 'validate', paused: false })).toEqual(['pause', 'advance', 'cancel']);
    expect(actionsFor({ state: 'read_shift', paused: false })).toEqual(['pause', 'advance', 'cancel']);
    expect(actionsFor({ state: 'switch', paused: false })).toEqual(['pause', 'cancel']);
    expect(actionsFor({ state: 'monitor', paused: false })).toEqual(['pause', 'complete', 'reverse']);
    expect(actionsFor({ state: 'failed', paused: false })).toEqual(['pause', 'restart', 'cancel']);
  });

  it('offers nothing once a move has ended', () => {
    for (const state of ['completed', 'cancelled', 'rolled_back'] as const) {
      expect(actionsFor({ state, paused: false })).toEqual([]);
    }
  });
});

describe('new territory checks', () => {
  const ok = { code: 'IS', name: 'Iceland', region: 'eu', default_language: 'is' };
  it('accepts a good territory', () => {
    expect(territoryProblems(ok)).toEqual({});
    expect(territoryProblems({ ...ok, code: 'is', default_language: 'pt-BR' })).toEqual({});
  });

  it('names every field that needs correcting', () => {
    expect(territoryProblems({ code: 'ISL', name: ' ', region: '', default_language: 'icelandic!' })).toEqual({
      code: 'admin-territory-code-invalid',
      name: 'admin-territory-name-invalid',
      region: 'admin-territory-region-invalid',
      default_language: 'admin-territory-language-invalid',
    });
    expect(territoryProblems({ ...ok, name: 'x'.repeat(101) })).toEqual({ name: 'admin-territory-name-invalid' });
    expect(isLanguageTag('sr-Latn')).toBe(true);
    expect(isLanguageTag('e')).toBe(false);
  });
});
