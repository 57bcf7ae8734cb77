import { beforeEach, describe, expect, it } from 'vitest';
import { MentionIndex, type MarkedMention } from '../../content-scripts/mention-index';
import { positionAt } from '../../content-scripts/text-blocks';
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

beforeEach(() => document.body.replaceChildren());

describe('the index of marked mentions', () => {
  it('finds the mention under a caret position, also across inline elements', () => {
    document.body.innerHTML = '<p id="a">I had a <em>muscle</em> spasm.</p><p id="b">Leg cramps again.</p>';
    const index = new MentionIndex();
    for (const { container, marks } of marksIn(document.body)) index.add(container, marks);
    expect(index.size).toBe(2);
    const em = document.querySelector('em')?.firstChild as Text;
    expect(index.at(em, 2)?.mention.term).toBe('muscle spasm');
    const after = em.parentElement?.nextSibling as Text;
    expect(index.at(after, 1)?.mention.term).toBe('muscle spasm');
    expect(index.at(after, 8)).toBeUndefined();
    expect(index.inOrder().map((m) => m.mention.term)).toEqual(['muscle spasm', 'leg cramps']);
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
});
