/**
 * A piece of user interface as data: `[tag, attributes, ...children]`, children being views or
 * text. The background builds the tooltip's card this way (src/tooltip/card-view.ts) and the content
 * script turns it into elements with `createElement` and text nodes only, so what the card says and
 * how it is laid out grows in the background, not in the script every page loads.
 */
export type ViewChild = View | string;
export type View = readonly [tag: ViewTag, attributes: ViewAttributes, ...children: ViewChild[]];
export type ViewAttributes = Readonly<Record<string, string>>;

/** The elements a view may hold: text, structure and buttons; nothing that loads or runs anything. */
const TAGS = ['div', 'p', 'span', 'button', 'ol', 'li', 'strong', 'details', 'summary', 'q'] as const;
export type ViewTag = (typeof TAGS)[number];

/** Names a view may set: presentation, accessibility and the `data-act` a click reports. */
const ATTRIBUTE = /^(?:class|id|role|type|tabindex|lang|aria-[a-z]+|data-[a-z]+)$/;
/** Far more than a card holds (a few KB): a larger view is not one. */
const MAX_JSON = 64 * 1024;
const MAX_DEPTH = 8;

/**
 * A view as received, checked in full (its size, every tag and attribute name), or null: a view
 * that is not one is not shown at all, rather than in part.
 */
export function parseView(value: unknown): View | null {
  const valid = (v: unknown, depth: number): boolean => {
    if (typeof v === 'string') return true;
    if (!Array.isArray(v) || depth > MAX_DEPTH || !TAGS.includes(v[0] as ViewTag)) return false;
    const attributes: unknown = v[1];
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) return false;
    for (const [name, text] of Object.entries(attributes))
      if (!ATTRIBUTE.test(name) || typeof text !== 'string') return false;
    return v.slice(2).every((child) => valid(child, depth + 1));
  };
  return Array.isArray(value) && JSON.stringify(value).length <= MAX_JSON && valid(value, 0)
    ? (value as unknown as View)
    : null;
}

/** Builds a view. */
export const h = (tag: ViewTag, attributes: ViewAttributes = {}, ...children: ViewChild[]): View => [
  tag,
  attributes,
  ...children,
];
