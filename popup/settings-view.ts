/**
 * The settings as a view of the popup, one button away at its top: while shown, they take the
 * place of the page panel and the reference; "Done" (or the button again, or Escape) goes back
 * with focus where it came from.
 */
export function mountSettingsView(): void {
  const toggle = document.getElementById('settings-toggle') as HTMLButtonElement;
  const view = document.getElementById('settings') as HTMLElement;
  const done = document.getElementById('settings-done') as HTMLButtonElement;
  const others = [
    document.getElementById('page'),
    document.getElementById('reference'),
    document.querySelector('footer'),
  ];
  const show = (open: boolean) => {
    view.hidden = !open;
    for (const el of others) if (el) el.hidden = open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) view.querySelector<HTMLElement>('input, button')?.focus();
    else toggle.focus();
  };
  toggle.addEventListener('click', () => show(view.hidden));
  // Opened as a tab at the settings (`?settings`: the import from Firefox's toolbar popup).
  if (new URLSearchParams(location.search).has('settings')) show(true);
  done.addEventListener('click', () => show(false));
  view.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      show(false);
    }
  });
}
