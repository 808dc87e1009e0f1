import { useState, type FormEvent } from 'react';
import { useApp } from '../../app-context.tsx';
import { useStrings } from '../../i18n/i18n.ts';
import { Link } from '../../router.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { activePhotoPath, candidatePhotoPath, type PhotoEnrolment } from './photo-api.ts';
import { PhotoFigure } from './photo-figure.tsx';
import { reviewStrings } from './review-strings.ts';

/** One pending photo beside the person's current one, with approve and reject. */
export function ReviewCard({
  enrolment: e,
  onDecided,
}: {
  enrolment: PhotoEnrolment;
  onDecided: (msg: string) => void;
}) {
  const t = useStrings(reviewStrings);
  const { api } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const decide = async (form: HTMLFormElement, verb: 'approve' | 'reject') => {
    const reason = new FormData(form).get('reason');
    setBusy(true);
    setError(null);
    try {
      // The server judges the note (required to reject) and that the decider is not the capturer.
      const note = typeof reason === 'string' ? reason : '';
      await api.post(
        `/api/staff/photo-enrolments/${e.id}/${verb}`,
        verb === 'reject' || note.trim() !== '' ? { reason: note } : {},
      );
      onDecided(t(verb === 'approve' ? 'approved' : 'rejected', { name: e.pensionerName }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const q = e.quality;
  return (
    <article className="panel" data-testid="photo-review" data-enrolment={e.id}>
      <h2>
        <Link to={`/people/${e.pensionerId}`}>{e.pensionerName}</Link>
      </h2>
      <div className="photo-pair">
        <PhotoFigure
          path={activePhotoPath(e.pensionerId)}
          caption={t('old')}
          name={e.pensionerName}
          testId="old-photo"
        />
        <PhotoFigure
          path={candidatePhotoPath(e.id)}
          caption={t('new')}
          name={e.pensionerName}
          testId="new-photo"
        />
      </div>
      <p>
        {t('requested', {
          by: e.requestedBy.name,
          at: new Date(e.requestedAt).toLocaleString(),
          reason: e.reason,
        })}
      </p>
      <p className="hint">
        {t('quality', {
          size: Math.round(q.faceSizeRatio * 100),
          yaw: Math.round(q.pose.yaw),
          pitch: Math.round(q.pose.pitch),
          brightness: Math.round(q.brightness),
        })}
      </p>
      {
        <form className="stack" onSubmit={(ev: FormEvent) => ev.preventDefault()}>
          <label htmlFor={`note-${e.id}`}>{t('note')}</label>
          <textarea id={`note-${e.id}`} name="reason" rows={2} maxLength={200} />
          <ErrorMessage error={error} />
          <p className="actions">
            <button
              type="button"
              disabled={busy}
              onClick={(ev) => void decide(ev.currentTarget.form!, 'approve')}
            >
              {busy ? t('busy') : t('approve')}
            </button>{' '}
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={(ev) => void decide(ev.currentTarget.form!, 'reject')}
            >
              {t('reject')}
            </button>
          </p>
        </form>
      }
    </article>
  );
}
