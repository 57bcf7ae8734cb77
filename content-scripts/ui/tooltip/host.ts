import { claimAsOwnUi, releaseOwnUi } from '../../scan/dom-rules';

/**
 * The one element the extension ever adds to a page, created on first use: a plain HTML <div> (no
 * custom element name a page could define first) with a closed shadow root. Its styles are set
 * through the CSSOM, which a page's CSP does not block, as inline `!important` declarations, which
 * beat any page stylesheet, even `* { all: unset !important }`.
 */
const HOST_STYLE = [
  'all:initial',
  'position:fixed',
  'top:0',
  'left:0',
  'width:0',
  'height:0',
  'z-index:2147483647',
  'display:block',
  // `contain: layout` makes the host the box its fixed-position card is placed in: hence 0, 0.
  'contain:layout style',
].join('!important;');

export interface TooltipHost {
  readonly root: ShadowRoot;
  /** Sets the stylesheet (it comes from the background with the first tooltip). */
  readonly setStyle: (css: string) => void;
  readonly element: HTMLElement;
  /** Moves the host where it can be seen: into the fullscreen element while there is one. */
  readonly attach: () => void;
  readonly dispose: () => void;
}

export function createHost(css: string): TooltipHost {
  const element = document.createElementNS('http://www.w3.org/1999/xhtml', 'div');
  element.style.cssText = `${HOST_STYLE}!important`;
  claimAsOwnUi(element);
  const root = element.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  const setStyle = (text: string) => {
    if (style.textContent !== text) style.textContent = text;
  };
  setStyle(css);
  root.append(style);
  const attach = () => {
    const parent = document.fullscreenElement ?? document.documentElement;
    if (element.parentNode !== parent) parent.append(element);
  };
  const dispose = () => {
    element.remove();
    releaseOwnUi(element);
  };
  return { root, setStyle, element, attach, dispose };
}
