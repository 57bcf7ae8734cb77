import { createHost } from '../../content-scripts/ui/tooltip/host';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  blockContainerOf,
  claimAsOwnUi,
  isInsideSkipped,
  isOwnUi,
  layoutOf,
  releaseOwnUi,
  SKIPPED_ELEMENT,
} from '../../content-scripts/scan/dom-rules';
import { blocksIn, positionAt } from '../../content-scripts/scan/text-blocks';
import { readPageParts } from '../../content-scripts/scan/dom-rules';
import { spyTextReads } from '../support/text-reads';
import { blocksUnder, ownBlocks } from '../support/blocks';

const texts = (root: Element | ShadowRoot) => ownBlocks(root).map((b) => b.text.trim());
const byId = (id: string) => document.getElementById(id) as HTMLElement;

beforeEach(() => {
  document.body.replaceChildren();
});

describe('reading a page into blocks of text', () => {
  it('joins text across inline elements into one block', () => {
    document.body.innerHTML = '<p>A sudden <em>muscle</em> <a href="#">spa<b>sm</b></a> today.</p>';
    const [block] = ownBlocks(document.querySelector('p') as HTMLElement);
    expect(block?.text).toBe('A sudden muscle spasm today.');
    expect(block?.nodes).toHaveLength(6);
  });

  it('splits at block elements: a container reads its own runs, each child block is a container', () => {
    document.body.innerHTML =
      '<div id="d">before <p id="p">inside</p> after<ul id="u"><li id="l1">one</li><li>two</li></ul> tail</div>';
    expect(texts(byId('d'))).toEqual(['before', 'after', 'tail']);
    expect(texts(byId('p'))).toEqual(['inside']);
    expect(texts(byId('u'))).toEqual([]);
    expect(texts(byId('l1'))).toEqual(['one']);
    expect(ownBlocks(byId('d'))[1]?.container).toBe(byId('d'));
  });

  it('skips scripts, styles, code, form fields and editable regions', () => {
    document.body.innerHTML = `
      <p>kept</p><script>var cramp = 1;</script><style>.cramp{}</style><noscript>cramp</noscript>
      <template><p>cramp</p></template><textarea>cramp</textarea><select><option>cramp</option></select>
      <code>cramp()</code><pre>cramp</pre><div contenteditable="true"><p>typing a cramp</p></div>
      <div contenteditable="false"><p>also kept</p></div><div role="textbox">cramp</div>
      <div class="cm-editor"><p>cramp</p></div>`;
    // The tooltip's own host, a plain div known by identity: never read.
    const host = createHost('');
    host.element.append('cramp');
    host.attach();
    document.body.append(host.element);
    expect(blocksUnder(document.body).map((b) => b.text.trim())).toEqual(['kept', 'also kept']);
    host.dispose();
  });

  it('leaves a page’s navigation, contents, infobox and references unread unless asked for', () => {
    document.body.innerHTML = `
      <nav><a href="/cramps">Cramps</a></nav><div role="navigation"><p>Leg cramps</p></div>
      <div id="toc"><ol><li>Night cramps</li></ol></div><table class="infobox"><tr><td>Muscle cramp</td></tr></table>
      <p>Night cramps woke me again.</p>
      <div class="navbox"><p>Cramp · Spasm</p></div><ol class="references"><li>Cramps in athletes. J Sport.</li></ol>
      <section role="doc-bibliography"><p>Leg cramps review</p></section><section class="footnotes"><p>Cramp study</p></section>`;
    expect(blocksUnder(document.body).map((b) => b.text.trim())).toEqual(['Night cramps woke me again.']);
    readPageParts(true);
    try {
      expect(blocksUnder(document.body)).toHaveLength(9);
    } finally {
      readPageParts(false);
    }
  });

  it('reads a shadow root as a container of its own', () => {
    document.body.innerHTML = '<div id="open"></div>';
    const open = byId('open').attachShadow({ mode: 'open' });
    open.innerHTML = 'shadow <i>text</i><p>para</p>';
    const [block] = ownBlocks(open);
    expect(block?.text).toBe('shadow text');
    expect(block?.container).toBe(open);
  });

  it('ends a run at a skipped inline element', () => {
    document.body.innerHTML = '<p id="p">a leg <code>cramp()</code> call <button>cramp</button> here</p>';
    expect(texts(byId('p'))).toEqual(['a leg', 'call', 'here']);
  });

  it('maps block offsets back to text nodes, ends staying in the earlier node', () => {
    document.body.innerHTML = '<p>ab<em>cd</em>ef</p>';
    const [block] = ownBlocks(document.querySelector('p') as HTMLElement);
    if (!block) throw new Error('no block');
    expect(positionAt(block, 2, false)).toEqual({ node: block.nodes[1], offset: 0, index: 1 });
    expect(positionAt(block, 2, true)).toEqual({ node: block.nodes[0], offset: 2, index: 0 });
    expect(positionAt(block, 5, false)).toEqual({ node: block.nodes[2], offset: 1, index: 2 });
  });

  it('knows block containers and skipped ancestors across shadow boundaries', () => {
    document.body.innerHTML =
      '<div contenteditable><p><b id="b">x</b></p></div><section><span id="s">y</span></section>';
    const b = document.getElementById('b') as HTMLElement;
    expect(isInsideSkipped(b)).toBe(true);
    const s = document.getElementById('s') as HTMLElement;
    expect(blockContainerOf(s.firstChild as Text)?.nodeName).toBe('SECTION');
    expect(isInsideSkipped(s)).toBe(false);
    // With a memo of one pass, ancestors are asked once and verdicts are shared.
    const memo = new Map<Element, boolean>();
    expect(isInsideSkipped(b, memo)).toBe(true);
    expect(memo.get(b)).toBe(true);
    expect(isInsideSkipped(s, memo)).toBe(false);
    expect(memo.get(document.body)).toBe(false);
    const other = document.createElement('i');
    b.append(other);
    expect(isInsideSkipped(other, memo)).toBe(true);
  });
});

describe('reading a part dense with mentions in one walk', () => {
  it('gives the same runs as reading each block container on its own', () => {
    document.body.innerHTML = `
      <article id="a">Intro with a <em>calf</em> cramp.
        <section id="s"><p id="p1">Leg <b>cramps</b> at night.</p>Between blocks.<p id="p2">A spasm.</p></section>
        After the section. <code>cramp()</code> code ends a run, <span>then inline <i>again</i></span>.
        <div contenteditable><p>typed cramp</p></div>
        <ul><li>One cramp</li><li>Two <a href="#">spasms</a></li></ul>
      </article>`;
    const key = (b: { container: Node; text: string }) =>
      `${(b.container as Element).id || (b.container as Element).localName}|${b.text.replace(/\s+/g, ' ').trim()}`;
    const deep = [...blocksIn(document.body, true)].map(key).sort();
    const each = blocksUnder(document.body).map(key).sort();
    expect(deep).toEqual(each);
    expect(deep).not.toContainEqual(expect.stringContaining('typed'));
  });

  it('reads each text node once', () => {
    const paragraphs = Array.from(
      { length: 300 },
      (_, i) => `<p>Runner ${i} had a <em>calf cramp</em> and a muscle spasm at mile ${i}.</p>`,
    );
    document.body.innerHTML = `<main><section>${paragraphs.join('')}</section></main>`;
    const reads = spyTextReads();
    try {
      const blocks = [...blocksIn(document.body, true)];
      expect(blocks).toHaveLength(300);
      const perNode = reads.perNode();
      const textNodes = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let count = 0;
      for (let n = textNodes.nextNode(); n; n = textNodes.nextNode()) count++;
      expect(perNode.size).toBe(count);
      expect(Math.max(...perNode.values())).toBe(1);
    } finally {
      reads.restore();
    }
  });
});

describe('the extension’s own elements', () => {
  it('are skipped while claimed, by identity, and read again once released', () => {
    const host = document.createElement('div');
    host.textContent = 'a calf cramp';
    document.body.append(host);
    claimAsOwnUi(host);
    expect(layoutOf(host)).toBe(SKIPPED_ELEMENT);
    expect(isOwnUi(host)).toBe(true);
    // Another element of the same name and text is the page's.
    const twin = host.cloneNode(true) as Element;
    expect(layoutOf(twin)).not.toBe(SKIPPED_ELEMENT);
    releaseOwnUi(host);
    expect(layoutOf(host)).not.toBe(SKIPPED_ELEMENT);
    host.remove();
  });
});
