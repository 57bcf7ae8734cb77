import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, corpusAvailable, readSentences } from '../support/corpus';
import { hugeDomPage, page } from '../support/pages';
import { markable } from '../support/score';

export interface BenchPage {
  readonly name: string;
  readonly html: () => string;
}

const stripScripts = (html: string) => html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
const corpusPage = (file: string) => stripScripts(readFileSync(join(CORPUS_DIR, 'pages', file), 'utf8'));

/** Sentences written for the benchmark: every one has mentions, in all senses. */
const DENSE = [
  'After the marathon my calf cramps came back, and a muscle spasm in my thigh followed.',
  'She had leg cramps at night in her third trimester; the midwife suggested stretching.',
  'Writer’s cramp made the exam hard, and the cramped room did not help.',
  'A charley horse woke him; the Cramps were still playing downstairs.',
  'Menstrual cramps are not muscle cramps, but heat cramps are.',
  'Cramping in the feet after swimming in cold water is common.',
];

export function densePage(paragraphs = 3000, extraHead = ''): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) body.push(`<p>${DENSE[i % DENSE.length]} <em>Note ${i}.</em></p>`);
  return page('Dense mentions', body.join('\n'), extraHead);
}

/** A page of at least 5 MB: a corpus article's body repeated, or generated markup without the corpus. */
export function articlePage(): string {
  if (!corpusAvailable()) return hugeDomPage(60_000);
  const html = corpusPage('readability-wikipedia.html');
  const open = html.search(/<body[^>]*>/i);
  const close = html.search(/<\/body>/i);
  const head = html.slice(0, open);
  const bodyTag = /<body[^>]*>/i.exec(html)?.[0] ?? '<body>';
  const inner = html.slice(open + bodyTag.length, close);
  const times = Math.ceil((5.5 * 1024 * 1024) / inner.length);
  return `${head}${bodyTag}${Array.from({ length: times }, () => inner).join('\n')}</body></html>`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The paragraphs of a large page dense with real mentions: the corpus sentences (real text in every
 * sense) repeated until the detector marks at least `mentions` of them (about 3 MB for 15,000).
 * Without the corpus, the benchmark's own dense sentences.
 */
export function corpusDenseTexts(mentions = 15_000): string[] {
  if (!corpusAvailable()) {
    const n = Math.ceil(mentions / 1.3);
    return Array.from({ length: n }, (_, i) => `${DENSE[i % DENSE.length]} Note ${i}.`);
  }
  const sentences = readSentences();
  const perRound = sentences.reduce((n, s) => n + markable(s.text).length, 0);
  const rounds = Math.ceil(mentions / Math.max(1, perRound));
  const texts: string[] = [];
  for (let r = 0; r < rounds; r++) for (const s of sentences) texts.push(s.text);
  return texts;
}

/** The page of those paragraphs, one <p> each. */
export function corpusDensePage(mentions = 15_000): string {
  if (!corpusAvailable()) return densePage(Math.ceil(mentions / 1.3));
  return page(
    'Corpus dense',
    corpusDenseTexts(mentions)
      .map((t) => `<p>${escapeHtml(t)}</p>`)
      .join('\n'),
  );
}

/** What the candidate pattern would find, taken out so a page holds no candidate word at all. */
const CANDIDATES = /cramp|spasm|charl(?:ey|ie)[\s-]+horse|myoton|tetan/gi;

/**
 * A large page without a single candidate word and at least `nodes` elements: a corpus page's
 * body (its text with candidate words taken out) repeated; without the corpus, generated markup.
 */
export function candidateFreePage(nodes = 100_000): string {
  if (!corpusAvailable()) return hugeDomPage(Math.ceil(nodes / 5)).replace(CANDIDATES, 'x');
  const html = corpusPage('readability-wikipedia.html').replace(CANDIDATES, 'x');
  const open = html.search(/<body[^>]*>/i);
  const close = html.search(/<\/body>/i);
  const bodyTag = /<body[^>]*>/i.exec(html)?.[0] ?? '<body>';
  const inner = html.slice(open + bodyTag.length, close);
  const perCopy = Math.max(1, (inner.match(/<[a-z]/gi) ?? []).length);
  const times = Math.ceil(nodes / perCopy);
  return `${html.slice(0, open)}${bodyTag}${Array.from({ length: times }, () => inner).join('\n')}</body></html>`;
}

export function benchPages(): BenchPage[] {
  const pages: BenchPage[] = [];
  if (corpusAvailable()) {
    for (const file of ['postlight-reddit-image.html', 'readability-yahoo-2.html', 'readability-wikia.html']) {
      if (existsSync(join(CORPUS_DIR, 'pages', file)))
        pages.push({ name: file.replace(/\.html$/, ''), html: () => corpusPage(file) });
    }
  } else {
    pages.push({ name: 'generated-100k-nodes', html: () => hugeDomPage(20_000) });
  }
  const big = articlePage();
  pages.push({ name: `big-${(big.length / 1024 / 1024).toFixed(1)}MB`, html: () => big });
  pages.push({ name: 'dense-mentions', html: () => densePage() });
  const dense = corpusDensePage();
  pages.push({ name: `corpus-dense-${(dense.length / 1024 / 1024).toFixed(1)}MB`, html: () => dense });
  const free = candidateFreePage();
  pages.push({ name: `candidate-free-${(free.length / 1024 / 1024).toFixed(1)}MB`, html: () => free });
  return pages;
}
