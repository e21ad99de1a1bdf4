import { describe, expect, it } from 'vitest';
import { previewHtml } from './markdown';

describe('compose preview', () => {
  it('renders the common Markdown', () => {
    expect(previewHtml('# Title\n\nSome **bold** and *it* and `x<y`.\n\n- a\n- b\n\n> quoted\n\n```\n<b>\n```')).toBe(
      '<h1>Title</h1>\n<p>Some <strong>bold</strong> and <em>it</em> and <code>x&lt;y</code>.</p>\n<ul><li>a</li><li>b</li></ul>\n<blockquote><p>quoted</p></blockquote>\n<pre><code>&lt;b&gt;</code></pre>',
    );
  });

  it('never lets markup through', () => {
    const out = previewHtml('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('href="javascript');
    expect(previewHtml('[ok](https://example.org)')).toBe('<p><a href="https://example.org" rel="noopener noreferrer nofollow ugc">ok</a></p>');
  });
});
