import type { ReactNode } from 'react';

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
}

/** A GOV.UK table. Always captioned, so screen reader users know what it lists. */
export function Table({ caption, captionClassName = 'govuk-table__caption--m', columns, rows, className }: TableProps) {
  return (
    <table className={['govuk-table', className].filter(Boolean).join(' ')}>
      <caption className={`govuk-table__caption ${captionClassName}`}>{caption}</caption>
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
              i === 0 ? (
                <th key={i} scope="row" className="govuk-table__header">
                  {cell}
                </th>
              ) : (
                <td key={i} className={`govuk-table__cell${columns[i]?.numeric ? ' govuk-table__cell--numeric' : ''}`}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
