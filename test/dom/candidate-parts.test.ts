import { afterEach, describe, expect, it, vi } from 'vitest';
import { candidateParts as partsIn } from '../../content-scripts/scan/candidate-parts';
import { WHOLE_READING_MAX_ELEMENTS } from '../../content-scripts/scan/native-text';
import { hasCandidate, junctionHasCandidate } from '../../content-scripts/scan/candidate-test';
import { blocksIn } from '../../content-scripts/scan/text-blocks';
import { spyTextReads } from '../support/text-reads';
import { workSlices, type Slices } from '../../content-scripts/scan/yield';
import { findCandidateContainers } from '../../content-scripts/scan/candidates';

afterEach(() => {
  document.body.replaceChildren();
});

/** The block containers whose text holds a candidate: read on their own, or found in a part read whole. */
async function candidateContainers(root: Node): Promise<Node[]> {
  const found = await findCandidateContainers(root, workSlices(new AbortController().signal));
  const out = new Set<Node>(found.containers);
  for (const part of found.parts) for (const b of blocksIn(part, true)) if (hasCandidate(b.text)) out.add(b.container);
  return [...out].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

const noPause: Slices = { due: () => false, pause: () => Promise.resolve(false) };
const candidateParts = (root: Node) => partsIn(root, noPause);
const filler = (n: number) => `<p>${'Plain words about gardening and weather. '.repeat(n)}</p>`;
const ids = (nodes: Node[]) =>
  nodes.map((n) => (n instanceof Element ? n.id || n.localName : `#text:${n.textContent}`));

describe('finding the parts of a page that hold a candidate word', async () => {
  it('finds nothing, and walks nothing, on a page without any candidate: one reading of the whole', async () => {
    document.body.innerHTML = `<main>${filler(200)}<section>${filler(200)}</section></main><p>${filler(5)}</p>`;
    const reads = vi.spyOn(Node.prototype, 'textContent', 'get');
    const firstChild = vi.spyOn(Node.prototype, 'firstChild', 'get');
    try {
      expect(await candidateParts(document.body)).toEqual([]);
      expect(reads).toHaveBeenCalledTimes(1);
      expect(firstChild).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
      firstChild.mockRestore();
    }
  });

  it('reads a very large page child by child from the start, so that no one reading is long', async () => {
    const sections = Math.ceil(WHOLE_READING_MAX_ELEMENTS / 100) + 1;
    const section = `<section>${'<span>quiet words</span> '.repeat(99)}</section>`;
    document.body.innerHTML = section.repeat(sections);
    const reads = vi.spyOn(Node.prototype, 'textContent', 'get');
    try {
      expect(await candidateParts(document.body)).toEqual([]);
      expect(reads).toHaveBeenCalledTimes(sections);
    } finally {
      reads.mockRestore();
    }
  });

  it('reads a root of many children in two ranges that together read its text once, handing over no node', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `<p>Row ${i}: plain words about the garden.</p>`);
    document.body.innerHTML = rows.join('');
    const ranges = vi.spyOn(Range.prototype, 'toString');
    const reads = vi.spyOn(Node.prototype, 'textContent', 'get');
    const firstChild = vi.spyOn(Node.prototype, 'firstChild', 'get');
    try {
      expect(await candidateParts(document.body)).toEqual([]);
      const read = ranges.mock.results.reduce((n, r) => n + (r.value as string).length, 0);
      expect(ranges).toHaveBeenCalledTimes(2);
      expect(read).toBe(document.body.textContent?.length);
      expect(reads).toHaveBeenCalledTimes(1); // the line above
      expect(firstChild).not.toHaveBeenCalled();
    } finally {
      ranges.mockRestore();
      reads.mockRestore();
      firstChild.mockRestore();
    }
  });

  it('walks a root of many children whole when its first children are dense, without reading the rest', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `<p>Runner ${i} had a calf cramp at mile ${i % 26}.</p>`);
    document.body.innerHTML = rows.join('');
    const ranges = vi.spyOn(Range.prototype, 'toString');
    const reads = vi.spyOn(Node.prototype, 'textContent', 'get');
    try {
      expect(await candidateParts(document.body)).toEqual([document.body]);
      expect(ranges).toHaveBeenCalledTimes(1);
      expect((ranges.mock.results[0]?.value as string).length).toBeLessThan(document.body.innerHTML.length / 4);
      expect(reads).not.toHaveBeenCalled();
    } finally {
      ranges.mockRestore();
      reads.mockRestore();
    }
  });

  it('reads child by child when the whole holds a candidate, even one in a script it then skips', async () => {
    document.body.innerHTML = `${filler(150)}<script>var cramp = 1;</script>${filler(150)}`;
    expect(await candidateParts(document.body)).toEqual([]);
  });

  it('keeps a small part whole', async () => {
    document.body.innerHTML = '<p id="a">A calf cramp at night.</p><p>Nothing.</p>';
    expect(ids(await candidateParts(document.body))).toEqual(['a']);
  });

  it('splits a large page down to the sections that mention a cramp, in document order', async () => {
    document.body.innerHTML = `
      <div id="app"><div id="wrap">
        <section id="s1">${filler(120)}</section>
        <section id="s2">${filler(120)}<p id="m1">My calf cramps after running.</p>${filler(120)}</section>
        <section id="s3">${filler(120)}</section>
        <aside id="s4"><p id="m2">A muscle spasm in the back.</p></aside>
      </div></div>`;
    const parts = await candidateParts(document.body);
    expect(ids(parts)).toEqual(['m1', 's4']);
  });

  it('goes down a deep chain of wrappers without reading its text at every level', async () => {
    let html = `<section id="hit">${filler(60)}<p id="m">Night cramps.</p></section><section>${filler(120)}</section>`;
    for (let i = 0; i < 12; i++) html = `\n  <!-- a cramp in a comment -->\n<div id="w${i}">${html}</div>`;
    document.body.innerHTML = html;
    expect(ids(await candidateParts(document.body))).toEqual(['hit']);
  });

  it('walks a part dense with candidates whole instead of reading every child first', async () => {
    const many = Array.from({ length: 200 }, (_, i) => `<p>Cramp number ${i} after the run, then rest.</p>`).join('');
    document.body.innerHTML = `<div id="dense">${many}</div><div id="quiet">${filler(3000)}</div>`;
    expect(ids(await candidateParts(document.body))).toEqual(['dense']);
  });

  it('walks both neighbours when a word is split across them', async () => {
    document.body.innerHTML = `<div id="big">${filler(150)}<span id="l">calf cra</span><b id="r">mps again</b>${filler(150)}</div>`;
    expect(ids(await candidateParts(document.body))).toEqual(['l', 'r']);
    expect(junctionHasCandidate('calf cra', 'mps')).toBe(true);
    expect(junctionHasCandidate('calf cra.', 'mps')).toBe(false);
  });

  it('takes a direct text child on its own', async () => {
    document.body.innerHTML = `<div id="big">${filler(150)}</div>`;
    document.body.append(document.createTextNode(' a charley horse '));
    expect(ids(await candidateParts(document.body))).toEqual(['#text: a charley horse ']);
  });

  it('finds the same containers as walking every text node', async () => {
    document.body.innerHTML = `
      <div id="app">${filler(100)}
        <article>${filler(100)}<p id="a">Leg <em>cramps</em> at night.</p>
          <ul><li id="b">Writer's cramp</li><li>${'x '.repeat(3000)}</li></ul>
        </article>
        <textarea>muscle spasm in a form field</textarea>
        <div id="c">spasm</div>${filler(100)}
      </div>`;
    expect(ids(await candidateContainers(document.body))).toEqual(['a', 'b', 'c']);
  });

  it('reads a large page in slices, and stops when told to', async () => {
    const sections = Array.from({ length: 50 }, () => `<section>${filler(20)}</section>`).join('');
    document.body.innerHTML = `${sections}<p id="m">A muscle spasm.</p>${sections}`;
    let pauses = 0;
    const slices: Slices = { due: () => true, pause: () => Promise.resolve(++pauses > 1000) };
    expect(ids(await partsIn(document.body, slices))).toEqual(['m']);
    expect(pauses).toBeGreaterThan(50);
    const stopping: Slices = { due: () => true, pause: () => Promise.resolve(true) };
    expect(await partsIn(document.body, stopping)).toEqual([]);
  });

  it('finds a mention under wrappers that hold text of their own', async () => {
    let html = `<section>${filler(60)}<p id="m">Night cramps.</p></section><section>${filler(120)}</section>`;
    for (let i = 0; i < 8; i++) html = `Intro ${i} <div>${html}</div>`;
    document.body.innerHTML = html;
    expect(ids(await candidateContainers(document.body))).toEqual(['m']);
  });

  it('does not read scripts, styles, code or editable regions', async () => {
    document.body.innerHTML = `${filler(150)}<script>var cramp = 1;</script><style>.spasm{}</style>
      <pre>cramp</pre><div contenteditable>a calf cramp</div><p id="m">A leg cramp.</p>`;
    expect(ids(await candidateParts(document.body))).toEqual(['m']);
  });
});

describe('one reading of each text node per scan', () => {
  /** Scans as the scanner does (parts, then containers read on their own) and counts reads of each node. */
  async function readsPerNode(root: Element): Promise<Map<unknown, number>> {
    const reads = spyTextReads();
    try {
      const found = await findCandidateContainers(root, workSlices(new AbortController().signal));
      for (const part of found.parts) for (const block of blocksIn(part, true)) void block;
      for (const c of found.containers) for (const block of blocksIn(c)) void block;
      return reads.perNode();
    } finally {
      reads.restore();
    }
  }

  it('reads no text node one by one on a page without candidates', async () => {
    document.body.innerHTML = `<main>${filler(200)}<section>${filler(50)}<p>More <b>quiet</b> words.</p></section></main>`;
    expect((await readsPerNode(document.body)).size).toBe(0);
  });

  it('reads each text node once on a page dense with mentions', async () => {
    const rows = Array.from(
      { length: 400 },
      (_, i) => `<p>Runner ${i} felt a <em>calf cramp</em>, then a muscle spasm, at mile ${i % 26}.</p>`,
    );
    document.body.innerHTML = `<div id="app"><main>${rows.join('')}</main><footer>${filler(3)}</footer></div>`;
    const perNode = await readsPerNode(document.body);
    expect(perNode.size).toBeGreaterThanOrEqual(400 * 3);
    expect(Math.max(...perNode.values())).toBe(1);
  });
});
