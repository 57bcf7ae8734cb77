import { beforeEach, describe, expect, it } from 'vitest';
import { blockContainerOf, isInsideSkipped } from '../../content-scripts/dom-rules';
import { positionAt, walkBlocks, type TextBlock } from '../../content-scripts/text-blocks';

function blocksOf(root: Element | ShadowRoot, ownOnly = false): TextBlock[] {
  return [...walkBlocks(root, ownOnly)].flat();
}
const texts = (root: Element | ShadowRoot, ownOnly = false) => blocksOf(root, ownOnly).map((b) => b.text.trim());

beforeEach(() => {
  document.body.replaceChildren();
});

describe('reading a page into blocks of text', () => {
  it('joins text across inline elements into one block', () => {
    document.body.innerHTML = '<p>A sudden <em>muscle</em> <a href="#">spa<b>sm</b></a> today.</p>';
    const [block] = blocksOf(document.body);
    expect(block?.text).toBe('A sudden muscle spasm today.');
    expect(block?.nodes).toHaveLength(6);
  });

  it('splits at block elements, in document order', () => {
    document.body.innerHTML = '<div>before <p>inside</p> after<ul><li>one</li><li>two</li></ul></div>';
    expect(texts(document.body)).toEqual(['before', 'inside', 'after', 'one', 'two']);
  });

  it('skips scripts, styles, code, form fields and editable regions', () => {
    document.body.innerHTML = `
      <p>kept</p><script>var cramp = 1;</script><style>.cramp{}</style><noscript>cramp</noscript>
      <template><p>cramp</p></template><textarea>cramp</textarea><select><option>cramp</option></select>
      <code>cramp()</code><pre>cramp</pre><div contenteditable="true"><p>typing a cramp</p></div>
      <div contenteditable="false"><p>also kept</p></div><div role="textbox">cramp</div>
      <div class="cm-editor"><p>cramp</p></div><spasm-lens-host>cramp</spasm-lens-host>`;
    expect(texts(document.body)).toEqual(['kept', 'also kept']);
  });

  it('enters open shadow roots as blocks of their own, and not closed ones', () => {
    document.body.innerHTML = '<p>light</p><div id="open"></div><div id="closed"></div>';
    const open = (document.getElementById('open') as HTMLElement).attachShadow({ mode: 'open' });
    open.innerHTML = 'shadow <i>text</i><p>para</p>';
    const closed = (document.getElementById('closed') as HTMLElement).attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p>hidden</p>';
    const found: ShadowRoot[] = [];
    const blocks = [...walkBlocks(document.body, false, (r) => found.push(r))].flat();
    expect(blocks.map((b) => b.text.trim())).toEqual(['light', 'shadow text', 'para']);
    expect(found).toEqual([open]);
    expect(blocks[1]?.container).toBe(open);
  });

  it('reads only the runs that belong to a container when asked for its own text', () => {
    document.body.innerHTML = '<div id="d">own <span>words</span><p>child block</p> tail</div>';
    expect(texts(document.getElementById('d') as HTMLElement, true)).toEqual(['own words', 'tail']);
  });

  it('maps block offsets back to text nodes, ends staying in the earlier node', () => {
    document.body.innerHTML = '<p>ab<em>cd</em>ef</p>';
    const [block] = blocksOf(document.body);
    if (!block) throw new Error('no block');
    expect(positionAt(block, 2, false)).toEqual({ node: block.nodes[1], offset: 0 });
    expect(positionAt(block, 2, true)).toEqual({ node: block.nodes[0], offset: 2 });
    expect(positionAt(block, 5, false)).toEqual({ node: block.nodes[2], offset: 1 });
  });

  it('knows block containers and skipped ancestors across shadow boundaries', () => {
    document.body.innerHTML =
      '<div contenteditable><p><b id="b">x</b></p></div><section><span id="s">y</span></section>';
    const b = document.getElementById('b') as HTMLElement;
    expect(isInsideSkipped(b)).toBe(true);
    const s = document.getElementById('s') as HTMLElement;
    expect(blockContainerOf(s.firstChild as Text)?.nodeName).toBe('SECTION');
    expect(isInsideSkipped(s)).toBe(false);
  });
});
