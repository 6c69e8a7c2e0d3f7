import { html } from './html.js';

// Called through another name, so Prettier leaves these templates' whitespace as written.
const h = html;

describe('html', () => {
  it('escapes every interpolated value, in text and in attributes', () => {
    const title = `<script>alert("x")</script> & 'quotes'`;
    expect(h`<a title="${title}">${title}</a>`.value).toBe(
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</a>',
    );
  });

  it('keeps fragments built with html, joins lists and drops empty values', () => {
    const items = ['a<b', 'c'].map((t) => h`<li>${t}</li>`);
    expect(h`<ul>${items}</ul>${null}${false}${undefined}${0}`.value).toBe(
      '<ul><li>a&lt;b</li><li>c</li></ul>0',
    );
  });
});
