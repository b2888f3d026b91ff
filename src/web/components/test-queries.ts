/**
 * For component tests: what a screen reader hears after a control's name, the
 * text of what it is described by. Testing Library can ask this of controls
 * with a role (`getByRole(..., { description })`), but a passphrase input has
 * no role, so the tests read it the same way for every field.
 */
export function description(control: HTMLElement): string {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}
