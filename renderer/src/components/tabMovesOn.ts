/**
 * antd's completion lists (rc-select) treat Tab like Enter when a choice is highlighted — which happens as
 * soon as the typed text equals a suggestion — and cancel the key's default, so the cursor stays in the
 * field and everything typed next lands one field off. Called for the keydown in the capture phase (before
 * the list sees it), this lets the list still pick its choice but never keeps Tab from moving on.
 */
export function letTabMoveOn(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || (event.target as HTMLElement | null)?.getAttribute('role') !== 'combobox') return;
  Object.defineProperty(event, 'preventDefault', { value: () => undefined, configurable: true });
}
