/**
 * Finding open shadow roots without visiting every element from script (each element handed to the
 * content script's world costs a wrapper object). Web components, custom elements whose names
 * contain a hyphen, host nearly all shadow roots on the web: a selector that excludes every standard
 * element name leaves them, and the browser evaluates it natively. A shadow root attached to a
 * standard element (`div.attachShadow`) is not found by this pass: a known limit, see the README.
 *
 * The most frequent standard elements, excluded natively so few elements reach script; the rest are
 * filtered by name (custom element names contain a hyphen). The browser tries the names in order for
 * every element and stops at the first that fits, so the order is by how often each occurs on real
 * pages (div, a and span alone are most of a page): measured 3x faster than alphabetical-ish order
 * on a 68,000-element page. The list stops where tags get rare (a few per page): those few are
 * filtered by name, and the content script, which every page loads, stays within its budget.
 */
const COMMON_TAGS =
  'div,a,span,li,p,button,i,img,meta,link,ul,br,option,script,td,path,strong,tr,b,h3,input,svg,h2,symbol,em,' +
  'style,sup,iframe,h4,noscript,section,cite,article,use,h1,g,label,u,table,code,form';

const NON_COMMON = `:not(${COMMON_TAGS})`;

export function openShadowRootsIn(root: Node): ShadowRoot[] {
  const scope = root as ParentNode;
  if (typeof scope.querySelectorAll !== 'function') return [];
  const roots: ShadowRoot[] = [];
  const add = (el: Element) => {
    const sr = el.shadowRoot;
    if (sr && sr.mode === 'open') roots.push(sr);
  };
  if (root.nodeType === 1) add(root as Element);
  for (const el of scope.querySelectorAll(NON_COMMON)) if (el.localName.includes('-')) add(el);
  return roots;
}
