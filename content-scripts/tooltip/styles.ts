/**
 * The tooltip's styles, inside its closed shadow root: page CSS cannot reach in, and these rules
 * cannot reach out. Colours meet WCAG AA contrast in both themes.
 */
export const TOOLTIP_CSS = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1d2327; --muted: #50575e; --accent: #0b5cad; --border: #c3c4c7; --chip: #eef4fb;
  box-sizing: border-box; width: max-content; max-width: min(360px, calc(100vw - 16px));
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  background: var(--bg); border: 1px solid var(--border); border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px 8px; text-align: left;
  animation: appear .12s ease-out; outline: none; direction: ltr;
}
.card.dark { --bg: #1f2328; --fg: #e6edf3; --muted: #b1bac4; --accent: #79b8ff; --border: #3d444d; --chip: #26313d; }
@media (prefers-color-scheme: dark) {
  .card.auto { --bg: #1f2328; --fg: #e6edf3; --muted: #b1bac4; --accent: #79b8ff; --border: #3d444d; --chip: #26313d; }
}
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
@keyframes appear { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
.head { display: flex; align-items: baseline; gap: 8px; margin-bottom: 6px; }
.title { font-weight: 600; font-size: 13px; margin: 0; }
.kicker { color: var(--muted); font-size: 12px; }
.close { margin-left: auto; background: none; border: 0; color: var(--muted); font: inherit; font-size: 16px;
  line-height: 1; cursor: pointer; padding: 2px 4px; border-radius: 4px; }
ol { list-style: none; margin: 0; padding: 0; }
li { padding: 5px 0; border-top: 1px solid var(--border); }
li:first-child { border-top: 0; }
.cause { display: block; background: none; border: 0; padding: 0; margin: 0; font: inherit; font-weight: 600;
  color: var(--accent); cursor: pointer; text-align: left; }
.cause:hover { text-decoration: underline; }
.summary { display: block; color: var(--fg); }
.why { display: inline-block; margin-top: 2px; font-size: 11.5px; color: var(--muted); background: var(--chip);
  border-radius: 3px; padding: 0 5px; }
.scope { margin: 0 0 6px; font-size: 12px; color: var(--muted); }
.foot { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-top: 6px;
  padding-top: 6px; border-top: 1px solid var(--border); font-size: 11.5px; color: var(--muted); }
.more { background: none; border: 0; padding: 0; font: inherit; color: var(--accent); cursor: pointer; white-space: nowrap; }
.more:hover { text-decoration: underline; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;
