import { describe, expect, it } from 'vitest';
import { matchPath } from './router';

describe('matchPath', () => {
  it('matches literal and parameter segments', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/operator', '/operator')).toEqual({});
    expect(matchPath('/operator', '/operator/')).toEqual({});
    expect(matchPath('/t/:code', '/t/DK')).toEqual({ code: 'DK' });
    expect(matchPath('/t/:code', '/t/a%20b')).toEqual({ code: 'a b' });
    expect(matchPath('*', '/anything/at/all')).toEqual({});
  });
  it('rejects other paths and malformed escapes', () => {
    expect(matchPath('/t/:code', '/t')).toBeNull();
    expect(matchPath('/t/:code', '/t/DK/extra')).toBeNull();
    expect(matchPath('/operator', '/operators')).toBeNull();
    expect(matchPath('/t/:code', '/t/%E0%A4%A')).toBeNull();
  });
});
