// The parts every "record it with a reason" form repeats: the reason box and the submit row.
import { ErrorMessage } from './error-message.tsx';

/** A required reason, 4 to 200 characters as the server demands; submitted as `reason`. */
export function ReasonField({ id, label }: { id: string; label: string }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} name="reason" rows={2} required minLength={4} maxLength={200} />
    </>
  );
}

/** The form's last error, then its one submit button, which shows `busyLabel` while busy. */
export function SubmitRow({
  error,
  busy,
  disabled = false,
  label,
  busyLabel,
}: {
  error: unknown;
  busy: boolean;
  disabled?: boolean;
  label: string;
  busyLabel: string;
}) {
  return (
    <>
      <ErrorMessage error={error} />
      <p>
        <button type="submit" disabled={busy || disabled}>
          {busy ? busyLabel : label}
        </button>
      </p>
    </>
  );
}
