import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './passkeys';

describe('passkey base64url', () => {
  it('round-trips bytes without padding, URL-safe', () => {
    const bytes = new Uint8Array([0xfb, 0xff, 0x00, 0x3e, 0x3f]);
    const text = toBase64Url(bytes);
    expect(text).toBe('-_8APj8');
    expect(new Uint8Array(fromBase64Url(text))).toEqual(bytes);
  });

  it('reads what the server sends (any length) and views into larger buffers', () => {
    for (const n of [0, 1, 2, 3, 31, 32, 33]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37) & 0xff);
      expect(new Uint8Array(fromBase64Url(toBase64Url(bytes.buffer)))).toEqual(bytes);
    }
    const big = new Uint8Array([1, 2, 3, 4, 5]);
    expect(toBase64Url(big.subarray(1, 3))).toBe(toBase64Url(new Uint8Array([2, 3])));
  });
});
