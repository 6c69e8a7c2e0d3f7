import { html } from './html.js';

describe('html', () => {
  it('escapes every interpolated value, in text and in attributes', () => {
    const title = `<script>alert("x")</script> & 'quotes'`;
    expect(html`<a title="${title}">${title}</a>`.value).toBe(
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</a>',
    );
  });

  it('keeps fragments built with html, joins lists and drops empty values', () => {
    const items = ['a<b', 'c'].map((t) => html`<li>${t}</li>`);
    expect(
      html`<ul>
          ${items}
        </ul>
        ${null}${false}${undefined}${0}`.value,
    ).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
  });
});
