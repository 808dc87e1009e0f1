/** The oval the face should fill, drawn over the camera picture. */
export function FaceOutline(props: { good: boolean }) {
  return (
    <svg className="outline" viewBox="0 0 300 400" preserveAspectRatio="none" aria-hidden="true">
      <defs>
        <mask id="face-hole">
          <rect width="300" height="400" fill="#fff" />
          <ellipse cx="150" cy="185" rx="100" ry="135" fill="#000" />
        </mask>
      </defs>
      <rect width="300" height="400" fill="rgba(0,0,0,0.45)" mask="url(#face-hole)" />
      <ellipse
        cx="150"
        cy="185"
        rx="100"
        ry="135"
        fill="none"
        stroke={props.good ? '#3ddc84' : '#ffffff'}
        strokeWidth="5"
        strokeDasharray={props.good ? undefined : '14 10'}
      />
    </svg>
  );
}
