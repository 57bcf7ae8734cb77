import { HOST_TAG } from '../dom-rules';
import TOOLTIP_CSS from './tooltip.css?inline';

/**
 * The one element the extension ever adds to a page, created on first use: a custom element with a
 * closed shadow root. Inline `!important` styles beat even `* { all: unset !important }`.
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
  'pointer-events:auto',
  'contain:layout style',
]
  .map((rule) => `${rule}!important`)
  .join(';');

export interface TooltipHost {
  readonly root: ShadowRoot;
  readonly element: HTMLElement;
  /** Moves the host where it can be seen: into the fullscreen element while there is one. */
  readonly attach: () => void;
  readonly dispose: () => void;
}

export function createHost(): TooltipHost {
  const element = document.createElement(HOST_TAG);
  element.setAttribute('style', HOST_STYLE);
  const root = element.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = TOOLTIP_CSS;
  root.append(style);
  const attach = () => {
    const parent = document.fullscreenElement ?? document.documentElement;
    if (element.parentNode !== parent) parent.append(element);
  };
  return { root, element, attach, dispose: () => element.remove() };
}
