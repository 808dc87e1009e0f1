// One table shape for every breakdown on the progress page: a row header per group, then
// right-aligned numbers; the caption is for screen readers, the section heading is visible.
import type { ReactNode } from 'react';

export type Column<R> = { header: string; cell: (row: R) => ReactNode };

export function ReportTable<R>({
  caption,
  keyHeader,
  columns,
  rows,
  rowKey,
  rowLabel,
}: {
  caption: string;
  keyHeader: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  rowLabel: (row: R) => ReactNode;
}) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeader}</th>
            {columns.map((c) => (
              <th scope="col" className="num" key={c.header}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              <th scope="row">{rowLabel(r)}</th>
              {columns.map((c) => (
                <td className="num" key={c.header}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A titled block of the report with its CSV button beside the heading. */
export function ReportSection({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  action: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <div className="section-head">
        <h2 id={id}>{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}
