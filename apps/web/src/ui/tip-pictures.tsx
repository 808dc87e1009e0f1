// Simple line drawings (no photos of people): a round head, a phone frame, a lamp, a speaker.
const stroke = { fill: 'none', stroke: '#111', strokeWidth: 4, strokeLinecap: 'round' } as const;

function Head(props: { cx: number; cy: number; r?: number }) {
  const r = props.r ?? 18;
  return (
    <g>
      <circle cx={props.cx} cy={props.cy} r={r} {...stroke} />
      <circle cx={props.cx - r / 3} cy={props.cy - r / 6} r={2.5} fill="#111" />
      <circle cx={props.cx + r / 3} cy={props.cy - r / 6} r={2.5} fill="#111" />
      <path
        d={`M${props.cx - r / 3} ${props.cy + r / 3} q${r / 3} ${r / 4} ${(2 * r) / 3} 0`}
        {...stroke}
      />
    </g>
  );
}

export function LightPicture() {
  return (
    <svg viewBox="0 0 96 96" aria-hidden="true">
      <circle cx="74" cy="20" r="10" fill="#f5a300" />
      {[0, 45, 90, 135, 180, 225, 270, 315].map((a) => (
        <line
          key={a}
          x1={74 + 14 * Math.cos((a * Math.PI) / 180)}
          y1={20 + 14 * Math.sin((a * Math.PI) / 180)}
          x2={74 + 19 * Math.cos((a * Math.PI) / 180)}
          y2={20 + 19 * Math.sin((a * Math.PI) / 180)}
          stroke="#f5a300"
          strokeWidth="3"
        />
      ))}
      <Head cx={40} cy={56} r={22} />
    </svg>
  );
}

export function SquarePicture() {
  return (
    <svg viewBox="0 0 96 96" aria-hidden="true">
      <rect x="20" y="6" width="56" height="84" rx="8" {...stroke} />
      <ellipse
        cx="48"
        cy="46"
        rx="20"
        ry="26"
        fill="none"
        stroke="#0b3d91"
        strokeWidth="3"
        strokeDasharray="6 4"
      />
      <Head cx={48} cy={46} r={16} />
    </svg>
  );
}

export function AlonePicture() {
  return (
    <svg viewBox="0 0 96 96" aria-hidden="true">
      <Head cx={36} cy={48} r={20} />
      <g opacity="0.9">
        <circle cx="76" cy="40" r="13" {...stroke} />
        <line x1="62" y1="26" x2="90" y2="54" stroke="#a3120b" strokeWidth="5" />
        <line x1="90" y1="26" x2="62" y2="54" stroke="#a3120b" strokeWidth="5" />
      </g>
    </svg>
  );
}

export function FollowPicture() {
  return (
    <svg viewBox="0 0 96 96" aria-hidden="true">
      <path d="M14 38 h14 l18 -16 v52 l-18 -16 h-14 z" fill="#111" />
      <path d="M56 34 q10 14 0 28" {...stroke} />
      <path d="M66 26 q18 22 0 44" {...stroke} />
    </svg>
  );
}
