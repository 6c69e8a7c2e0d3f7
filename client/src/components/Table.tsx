import { useId, type ReactNode } from 'react';

export interface TableColumn {
  header: ReactNode;
  /** The header in words, for a stacked row, where `header` is not plain text. */
  label?: string;
  numeric?: boolean;
}

/**
 * How the table fits a narrow screen (under 641 px, GOV.UK's tablet breakpoint).
 * stack: each row becomes a block, each cell under its column's name; for lists of records.
 * scroll: the table scrolls sideways in a labelled, focusable region; for a table whose rows
 * and columns both matter, such as a before-and-after comparison.
 */
export type NarrowLayout = 'stack' | 'scroll';

export interface TableProps {
  caption: ReactNode;
  captionClassName?: string;
  columns: TableColumn[];
  /** One array of cells per row; the first cell is the row's header. */
  rows: { key: string; cells: ReactNode[] }[];
  className?: string;
  narrow?: NarrowLayout;
  /** Which cell is the row's header: not the first when that holds a checkbox to select the row. */
  rowHeaderIndex?: number;
}

const labelOf = (column: TableColumn | undefined) =>
  column?.label ?? (typeof column?.header === 'string' ? column.header : undefined);

/**
 * A GOV.UK table. Always captioned, so screen reader users know what it lists. A stacked table
 * shows each cell's column name beside it, hidden from screen readers, which announce the column
 * header already. It carries no explicit ARIA roles: HTML forbids a role on a cell of a table
 * (the Nu checker's error), and browsers now keep a table's semantics when CSS displays its parts
 * as blocks; the reflow journey (e2e/reflow.e2e.ts) finds its rows and cells by role at 320 px.
 */
export function Table({
  caption,
  captionClassName = 'govuk-table__caption--m',
  columns,
  rows,
  className,
  narrow = 'stack',
  rowHeaderIndex = 0,
}: TableProps) {
  const captionId = useId();
  const stack = narrow === 'stack';
  const cellLabel = (i: number) => {
    const label = stack ? labelOf(columns[i]) : undefined;
    return label ? (
      <span className="app-table__label" aria-hidden="true">
        {label}
      </span>
    ) : null;
  };
  const table = (
    <table
      className={['govuk-table', stack ? 'app-table--stack' : null, className].filter(Boolean).join(' ')}
    >
      <caption className={`govuk-table__caption ${captionClassName}`} id={captionId}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((col, i) => (
            <th
              key={i}
              scope="col"
              className={`govuk-table__header${col.numeric ? ' govuk-table__header--numeric' : ''}`}
            >
              {col.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.key}>
            {row.cells.map((cell, i) =>
              i === rowHeaderIndex ? (
                <th key={i} scope="row" className="govuk-table__header">
                  {cellLabel(i)}
                  {cell}
                </th>
              ) : (
                <td
                  key={i}
                  className={`govuk-table__cell${columns[i]?.numeric ? ' govuk-table__cell--numeric' : ''}`}
                >
                  {cellLabel(i)}
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (stack) return table;
  return (
    <div className="app-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      {table}
    </div>
  );
}
