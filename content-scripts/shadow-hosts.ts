/**
 * Finding open shadow roots without visiting every element from script (each element handed to the
 * content script's world costs a wrapper object). Web components, custom elements whose names
 * contain a hyphen, host nearly all shadow roots on the web: a selector that excludes every standard
 * element name leaves them, and the browser evaluates it natively. A shadow root attached to a
 * standard element (`div.attachShadow`) is not found by this pass: a known limit, see the README.
 */
/**
 * The most frequent standard elements, excluded natively so few elements reach script; the rest are
 * filtered by name (custom element names contain a hyphen). A short list keeps the selector cheap.
 */
const COMMON_TAGS =
  'html,head,body,meta,link,style,script,noscript,template,div,span,p,a,b,i,u,s,em,strong,small,code,pre,br,' +
  'hr,h1,h2,h3,h4,h5,h6,header,footer,main,nav,section,article,aside,ul,ol,li,dl,dt,dd,table,thead,tbody,tr,' +
  'td,th,form,label,input,button,select,option,textarea,img,picture,source,iframe,video,figure,figcaption,' +
  'blockquote,time,sup,sub,svg,g,path,rect,circle,use,defs,symbol,title';

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
