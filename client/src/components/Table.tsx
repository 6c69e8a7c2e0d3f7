import { useId, type ReactNode } from 'react';

export interface TableColumn {
  header: ReactNode;
  numeric?: boolean;
}

export interface TableProps {
  caption: ReactNode;
  captionClassName?: string;
  columns: TableColumn[];
  /** One array of cells per row; the first cell is the row's header. */
  rows: { key: string; cells: ReactNode[] }[];
  className?: string;
  /** On narrow screens the table scrolls sideways inside a focusable, labelled region. */
  scrollable?: boolean;
  /** Which cell is the row's header: not the first when that holds a checkbox to select the row. */
  rowHeaderIndex?: number;
}

/** A GOV.UK table. Always captioned, so screen reader users know what it lists. */
export function Table({
  caption,
  captionClassName = 'govuk-table__caption--m',
  columns,
  rows,
  className,
  scrollable = false,
  rowHeaderIndex = 0,
}: TableProps) {
  const captionId = useId();
  const table = (
    <table className={['govuk-table', className].filter(Boolean).join(' ')}>
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
                  {cell}
                </th>
              ) : (
                <td
                  key={i}
                  className={`govuk-table__cell${columns[i]?.numeric ? ' govuk-table__cell--numeric' : ''}`}
                >
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!scrollable) return table;
  return (
    <div className="app-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      {table}
    </div>
  );
}
