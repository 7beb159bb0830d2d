import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '../../../renderer/src/chat/markdown';

describe('Markdown', () => {
  it('renders headings, lists, emphasis, inline code and highlighted fenced code', () => {
    const html = renderToStaticMarkup(<Markdown text={'# Title\n\n- **bold** item\n- `code`\n\n```js\nconst x = 1; // one\n```'} />);
    expect(html).toContain('<h3>Title</h3>');
    expect(html).toContain('<li><strong>bold</strong> item</li>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<span class="tok-keyword">const</span>');
    expect(html).toContain('<span class="tok-comment">// one</span>');
  });

  it('never turns model output into markup or script', () => {
    const html = renderToStaticMarkup(<Markdown text={'<img src=x onerror=alert(1)> [x](javascript:alert(1)) <script>bad()</script>'} />);
    expect(html).not.toMatch(/<img|<script|href="javascript/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('links only http(s) URLs, opening them outside the app', () => {
    const html = renderToStaticMarkup(<Markdown text="see [docs](https://example.com/a)" />);
    expect(html).toContain('<a href="https://example.com/a" target="_blank" rel="noopener noreferrer">docs</a>');
  });
});
