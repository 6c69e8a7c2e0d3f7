/**
 * A table row's text as a sighted user reads it on a wide screen: without the column names a
 * stacked row shows on a narrow one (components/Table.tsx), which are hidden from screen readers.
 */
export function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.app-table__label').forEach((label) => label.remove());
  return copy.textContent ?? '';
}
