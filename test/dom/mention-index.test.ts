import { beforeEach, describe, expect, it } from 'vitest';
import { MentionIndex, type MarkedMention } from '../../content-scripts/marks/mention-index';
import { positionAt } from '../../content-scripts/scan/text-blocks';
import { detect } from '../../src/matching/detect';
import { blocksUnder } from '../support/blocks';

function marksIn(root: Element): { container: Node; marks: MarkedMention[] }[] {
  return blocksUnder(root).map((block) => ({
    container: block.container,
    marks: detect(block.text)
      .filter((m) => m.sense === 'muscle')
      .map((mention) => {
        const s = positionAt(block, mention.start, false);
        const e = positionAt(block, mention.end, true);
        const i = block.nodes.indexOf(s.node);
        const j = block.nodes.indexOf(e.node);
        return {
          mention,
          block,
          range: new StaticRange({
            startContainer: s.node,
            startOffset: s.offset,
            endContainer: e.node,
            endOffset: e.offset,
          }),
          nodes: block.nodes.slice(i, j + 1),
        };
      }),
  }));
}

/** The words a mark covers, as the page writes them. */
const wordsOf = (m: MarkedMention | undefined) => m?.block.text.slice(m.mention.start, m.mention.end);

beforeEach(() => document.body.replaceChildren());

describe('the index of marked mentions', () => {
  it('finds the mention under a caret position, also across inline elements', () => {
    document.body.innerHTML = '<p id="a">I had a <em>muscle</em> spasm.</p><p id="b">Leg cramps again.</p>';
    const index = new MentionIndex();
    for (const { container, marks } of marksIn(document.body)) index.add(container, marks);
    expect(index.size).toBe(2);
    const em = document.querySelector('em')?.firstChild as Text;
    expect(wordsOf(index.at(em, 2))).toBe('muscle spasm');
    const after = em.parentElement?.nextSibling as Text;
    expect(wordsOf(index.at(after, 1))).toBe('muscle spasm');
    expect(index.at(after, 8)).toBeUndefined();
    expect(index.inOrder().map(wordsOf)).toEqual(['muscle spasm', 'Leg cramps']);
  });

  it('replaces a container as a whole and forgets its nodes', () => {
    document.body.innerHTML = '<p>Leg cramps and calf cramps.</p>';
    const index = new MentionIndex();
    const [{ container, marks }] = marksIn(document.body) as [{ container: Node; marks: MarkedMention[] }];
    index.replace(container, marks);
    expect(index.size).toBe(2);
    const removed = index.replace(container, []);
    expect(removed).toHaveLength(2);
    expect(index.size).toBe(0);
    expect(index.at(marks[0]?.nodes[0] as Text, 1)).toBeUndefined();
  });

  it('finds marks added to a container after the pointer was first inside it, and in a block inside another', () => {
    document.body.innerHTML = '<div>Calf cramps at night. <p>A muscle spasm in the neck.</p> Leg cramps too.</div>';
    const index = new MentionIndex();
    // A container's own runs come before the blocks inside it.
    const [outerHead, outerTail, inner] = marksIn(document.body) as [
      { container: Node; marks: MarkedMention[] },
      { container: Node; marks: MarkedMention[] },
      { container: Node; marks: MarkedMention[] },
    ];
    expect(outerHead.container).toBe(outerTail.container);
    index.add(outerHead.container, outerHead.marks);
    const head = outerHead.marks[0]?.nodes[0] as Text;
    expect(wordsOf(index.at(head, 2))).toBe('Calf cramps');
    // The div's map by node exists now: what is added later must be found through it too.
    index.add(outerTail.container, outerTail.marks);
    index.add(inner.container, inner.marks);
    const tail = outerTail.marks[0]?.nodes[0] as Text;
    expect(wordsOf(index.at(tail, tail.data.indexOf('cramps')))).toBe('Leg cramps');
    const p = document.querySelector('p')?.firstChild as Text;
    expect(wordsOf(index.at(p, p.data.indexOf('spasm')))).toBe('muscle spasm');
    expect(index.at(p, 0)).toBeUndefined();
    // Replaced: the old map by node goes with the marks.
    index.replace(outerHead.container, []);
    expect(index.at(head, 2)).toBeUndefined();
    expect(wordsOf(index.at(p, p.data.indexOf('spasm')))).toBe('muscle spasm');
  });

  /** Marks over synthetic nodes: the index only keys on nodes and reads the ranges it is given. */
  const synthetic = (node: Text, count: number, container: Node): MarkedMention[] =>
    Array.from({ length: count }, (_, k) => ({
      mention: { start: k * 10, end: k * 10 + 5, term: 'cramp', sense: 'muscle', reason: 'cramp-default' },
      block: { container: container as Element, nodes: [node], starts: [0], text: '' },
      range: new StaticRange({ startContainer: node, startOffset: k * 10, endContainer: node, endOffset: k * 10 + 5 }),
      nodes: [node],
    }));

  it('forgets 40,000 marks on one text node at once, not mark by mark', () => {
    // One filter of the node's list per mark was 40,000 x 40,000 steps: minutes in a tab.
    const p = document.createElement('p');
    const node = document.createTextNode('x');
    p.append(node);
    const index = new MentionIndex();
    const marks = synthetic(node, 40_000, p);
    // Counts each reading of a mark's text nodes: what a forget mark by mark would do.
    let reads = 0;
    for (const m of marks) {
      const { nodes } = m;
      Object.defineProperty(m, 'nodes', { get: () => (reads++, nodes) });
    }
    index.add(p, marks);
    expect(index.at(node, 39_999 * 10 + 2)?.mention.start).toBe(399_990);
    reads = 0;
    expect(index.replace(p, [])).toHaveLength(40_000);
    expect(reads).toBe(0);
    expect(index.size).toBe(0);
    expect(index.at(node, 2)).toBeUndefined();
  });

  it('adds the runs of one container (a div of 30,000 <br> lines) without copying what it holds', () => {
    const div = document.createElement('div');
    const index = new MentionIndex();
    const nodes = Array.from({ length: 30_000 }, () => document.createTextNode('line'));
    div.append(...nodes);
    // Counts the elements every array iteration (spread, for-of) walks over while adding: copying
    // what the container holds at each add would walk 450 million.
    const iterate = Array.prototype[Symbol.iterator];
    let walked = 0;
    Array.prototype[Symbol.iterator] = function (this: unknown[]) {
      walked += this.length;
      return iterate.call(this);
    };
    try {
      for (const node of nodes) index.add(div, synthetic(node, 1, div));
    } finally {
      Array.prototype[Symbol.iterator] = iterate;
    }
    expect(walked).toBeLessThanOrEqual(2 * 30_000);
    expect(index.size).toBe(30_000);
    expect(index.at(nodes[29_999] as Text, 1)).toBeDefined();
    expect(index.replace(div, [])).toHaveLength(30_000);
    expect(index.hasContainer(div)).toBe(false);
  });
});
