// Plain SVG charts. Each is a <figure> whose SVG is one image with a text alternative; the
// numbers themselves are in the table the page puts beside it, so nothing depends on seeing it.
import { useId, type ReactNode } from 'react';

/** The figure, caption and labelled SVG image every chart shares; `legend` goes under the SVG. */
function ChartFigure({
  title,
  summary,
  width,
  height,
  legend,
  children,
}: {
  title: string;
  summary: string;
  width: number;
  height: number;
  legend?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <figure className="chart">
      <figcaption id={`${id}-t`}>{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: `${width}px` }}
      >
        <desc id={`${id}-d`}>{summary}</desc>
        {children}
      </svg>
      {legend}
    </figure>
  );
}

export type Bar = { label: string; value: number; note?: string };

const BAR_COLOURS = ['#0b3d91', '#0a6b2d', '#8a4b00', '#6b2d8a'];

/** Horizontal bars, one row per label; values share one scale from 0 to `max`. */
export function BarChart({
  title,
  summary,
  bars,
  max,
  format,
}: {
  title: string;
  /** one sentence for screen readers: what the bars show and where the numbers are */
  summary: string;
  bars: readonly Bar[];
  max?: number;
  format: (v: number) => string;
}) {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  const row = 22;
  const labelWidth = 150;
  const width = 520;
  const plot = width - labelWidth - 70;
  const height = bars.length * row + 8;
  return (
    <ChartFigure title={title} summary={summary} width={width} height={height}>
      {bars.map((b, i) => {
        const w = Math.max(0, (b.value / top) * plot);
        const y = 4 + i * row;
        return (
          <g key={b.label}>
            <text x={labelWidth - 6} y={y + 14} textAnchor="end" fontSize="12" fill="#111">
              {b.label.length > 12 ? `${b.label.slice(0, 11)}…` : b.label}
            </text>
            <rect x={labelWidth} y={y + 3} width={w} height={row - 8} fill={BAR_COLOURS[0]} />
            <text x={labelWidth + w + 4} y={y + 14} fontSize="12" fill="#111">
              {format(b.value)}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}

export type Series = { name: string; values: readonly number[] };

/** Lines over a shared x axis of labels (days); the y axis starts at 0. */
export function LineChart({
  title,
  summary,
  xLabels,
  series,
}: {
  title: string;
  summary: string;
  xLabels: readonly string[];
  series: readonly Series[];
}) {
  const width = 640;
  const height = 220;
  const pad = { left: 48, right: 12, top: 10, bottom: 28 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const top = Math.max(1, ...series.flatMap((s) => s.values));
  const x = (i: number) =>
    pad.left + (xLabels.length <= 1 ? 0 : (i / (xLabels.length - 1)) * plotW);
  const y = (v: number) => pad.top + plotH - (v / top) * plotH;
  const ticks = [0, Math.round(top / 2), top];
  const every = Math.max(1, Math.ceil(xLabels.length / 6));
  return (
    <ChartFigure
      title={title}
      summary={summary}
      width={width}
      height={height}
      legend={
        <ul className="legend">
          {series.map((s, k) => (
            <li key={s.name}>
              <span
                aria-hidden="true"
                className="swatch"
                style={{
                  borderTopColor: BAR_COLOURS[k % BAR_COLOURS.length],
                  borderTopStyle: k === 0 ? 'solid' : 'dashed',
                }}
              />
              {s.name}
            </li>
          ))}
        </ul>
      }
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={pad.left} x2={width - pad.right} y1={y(t)} y2={y(t)} stroke="#ccc" />
          <text x={pad.left - 4} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#111">
            {t}
          </text>
        </g>
      ))}
      {xLabels.map((l, i) =>
        // Every few days, and the last day, unless a tick just before it would collide.
        (i % every === 0 && i <= xLabels.length - 1 - every / 2) || i === xLabels.length - 1 ? (
          <text
            key={l}
            x={x(i)}
            y={height - 8}
            textAnchor={i === xLabels.length - 1 ? 'end' : 'middle'}
            fontSize="11"
            fill="#111"
          >
            {l.slice(5)}
          </text>
        ) : null,
      )}
      {series.map((s, k) => (
        <polyline
          key={s.name}
          fill="none"
          stroke={BAR_COLOURS[k % BAR_COLOURS.length]}
          strokeWidth="2"
          strokeDasharray={k === 0 ? undefined : '5 3'}
          points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
        />
      ))}
    </ChartFigure>
  );
}
