/** Pages made on the fly for the hostile-page tests and the benchmark: too big to keep as files. */

const FILLER =
  'The council met on Tuesday to discuss the new library, the bus timetable and the state of the river path. ';

export function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/** About 100,000 nodes: 20,000 paragraphs of inline markup, a mention in one of every 200. */
export function hugeDomPage(paragraphs = 20_000): string {
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const mention = i % 200 === 0 ? ' After the match his <em>calf cramps</em> returned.' : '';
    parts.push(`<div class="row"><span>Item ${i}</span> <b>note</b> ${FILLER.slice(0, 40)}${mention}</div>`);
  }
  return page('Huge DOM', parts.join(''));
}

/**
 * Nesting `depth` elements deep, built by script (the HTML parser caps nesting depth). Chromium's
 * own renderer crashes laying out more than a few thousand nested boxes, with or without any
 * extension, so past 2,000 levels the wrappers are `display: contents`, as framework wrappers are:
 * the DOM is that deep, the layout is not.
 */
export function deepNestingPage(depth = 10_000): string {
  return page(
    'Deep nesting',
    '<div id="top"></div>',
    `<script>addEventListener('DOMContentLoaded', () => {
      let el = document.getElementById('top');
      for (let i = 0; i < ${depth}; i++) {
        const child = document.createElement('div');
        if (i >= 2000) child.style.display = 'contents';
        el = el.appendChild(child);
      }
      el.textContent = 'At the very bottom: night cramps in both calves.';
    });</script>`,
  );
}

/** One text node of about `megabytes` MB with a mention every ~100 KB. */
export function bigTextNodePage(megabytes = 10): string {
  return page(
    'Big text node',
    '<p id="big"></p>',
    `<script>addEventListener('DOMContentLoaded', () => {
      const chunk = ${JSON.stringify(FILLER)}.repeat(950) + 'Then a leg cramp hit. ';
      const n = Math.round(${megabytes} * 1024 * 1024 / chunk.length);
      document.getElementById('big').appendChild(document.createTextNode(chunk.repeat(n)));
      window.expectedMentions = n;
    });</script>`,
  );
}

/** Appends `perSecond` nodes a second for `seconds`; one paragraph in ten mentions cramps. */
export function appendingPage(perSecond = 1000, seconds = 5): string {
  const perTick = perSecond / 10;
  return page(
    'Appending page',
    '<main id="feed"></main>',
    `<script>addEventListener('DOMContentLoaded', () => {
      let n = 0;
      window.appended = 0;
      window.expectedMentions = 0;
      const timer = setInterval(() => {
        const frag = document.createDocumentFragment();
        for (let i = 0; i < ${perTick}; i++, n++) {
          const p = document.createElement('p');
          p.textContent = n % 10 === 0 ? 'Post ' + n + ': my calf cramps after every run.' : 'Post ' + n + ': ${FILLER.slice(0, 60)}';
          if (n % 10 === 0) window.expectedMentions++;
          frag.append(p);
        }
        document.getElementById('feed').append(frag);
        window.appended += ${perTick};
        if (window.appended >= ${perSecond * seconds}) { clearInterval(timer); window.doneAppending = true; }
      }, 100);
    });</script>`,
  );
}

/** One text node of `mentions` mentions (the page may then edit it: see the hostile-page tests). */
export function bigNodePage(mentions = 10_000, head = ''): string {
  return page(
    'Big node',
    '<p id="big"></p>',
    `${head}<script>addEventListener('DOMContentLoaded', () => {
      document.getElementById('big').textContent = 'After the run a leg cramp hit again. '.repeat(${mentions});
    });</script>`,
  );
}

/** One div of `lines` lines separated by <br>, a mention on each. */
export function brLinesPage(lines = 4000, head = ''): string {
  return page(
    'Lines',
    `<div id="lines">${Array.from({ length: lines }, (_, i) => `Line ${i}: my calf cramps after training.`).join('<br>')}</div>`,
    head,
  );
}
