/** mark.js, the reference marker: the same words as Spasm Lens looks for, marked on load. */
export const MARK_TERMS = [
  'muscle spasms',
  'muscle spasm',
  'muscle cramps',
  'muscle cramp',
  'leg cramps',
  'calf cramps',
  'heat cramps',
  'charley horse',
  'writer’s cramp',
  'cramping',
  'cramps',
  'cramp',
  'spasms',
  'spasm',
];
export const RUN_MARK = `addEventListener('load', () => {
  new Mark(document.body).mark(${JSON.stringify(MARK_TERMS)}, {
    separateWordSearch: false, accuracy: 'exactly', diacritics: false,
    done: (n) => { window.markDone = n; },
  });
});`;

/** What a page's head needs for mark.js to mark it on load (mark.js served under /bench/). */
export const MARK_JS_HEAD = `<script src="/bench/mark.min.js"></script><script>${RUN_MARK}</script>`;
