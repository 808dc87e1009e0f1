// What the offsite-form and overseas-document panels share: recording a scanned paper proof
// for one person, and telling the counter when one already awaits review.
import { useState, type FormEvent } from 'react';
import { useApp } from '../../app-context.tsx';
import { useStrings } from '../../i18n/i18n.ts';
import { Link } from '../../router.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { fileToBase64, SCAN_MAX_BYTES, type PaperProof } from './paper-api.ts';
import { paperStrings } from './paper-strings.ts';

/** Busy/error/message state of a proof panel and its submit handler. */
export function useProofForm() {
  const p = useStrings(paperStrings);
  const { api } = useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  /** Posts the form's fields with its `scan` file; a scan over the limit never leaves the browser. */
  const submitScan =
    (
      path: string,
      fields: (form: HTMLFormElement) => Record<string, unknown>,
      after: () => Promise<void>,
    ) =>
    async (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      const form = e.currentTarget;
      const file = (form.elements.namedItem('scan') as HTMLInputElement).files?.[0];
      setError(null);
      setMessage(null);
      if (file && file.size > SCAN_MAX_BYTES) return setMessage(p('scanTooLarge'));
      setBusy(true);
      try {
        await api.post<PaperProof>(path, {
          ...fields(form),
          scan: { fileName: file?.name, dataBase64: file ? await fileToBase64(file) : '' },
        });
        setMessage(p('recorded'));
        form.reset();
        await after();
      } catch (err) {
        setError(err);
      } finally {
        setBusy(false);
      }
    };

  return { error, setError, busy, setBusy, message, setMessage, submitScan };
}

/** The panel's last outcome: a success line or the server's error. */
export function ProofStatus({ message, error }: { message: string | null; error: unknown }) {
  return (
    <>
      {message && (
        <p className="notice success" role="status">
          {message}
        </p>
      )}
      <ErrorMessage error={error} />
    </>
  );
}

/** One proof awaiting review blocks another: say who recorded it and link to its review. */
export function PendingProofNote({ proof }: { proof: PaperProof }) {
  const p = useStrings(paperStrings);
  return (
    <p className="notice">
      {p('pendingNote', { date: proof.receivedOn, name: proof.recordedBy.name })}{' '}
      <Link to={`/paper-proofs/${proof.id}`}>{p('openProof')}</Link>
    </p>
  );
}

/** Why the last proof of this kind was sent back, if it was. */
export function LastRejected({ proof }: { proof: PaperProof | undefined }) {
  const p = useStrings(paperStrings);
  if (proof?.state !== 'rejected') return null;
  return <p className="hint">{p('lastRejected', { reason: proof.rejectReason ?? '' })}</p>;
}
