import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useApp } from '../../app-context.tsx';
import { useStrings } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { formValue } from '../../ui/form-value.ts';
import { ReasonField, SubmitRow } from '../../ui/reason-field.tsx';
import type { PersonActionProps } from '../person/person-actions.ts';
import {
  activePhotoPath,
  base64Of,
  candidatePhotoPath,
  type PersonPhotos,
  type PhotoEnrolment,
} from './photo-api.ts';
import { PhotoFigure } from './photo-figure.tsx';
import { PhotoHistory } from './photo-history.tsx';
import { strings } from './photo-strings.ts';
import { StillCamera } from './still-camera.tsx';

/**
 * "Replace the reference photo" on a person's page: the current photo, a new one from the
 * camera or a file, the server's check, then a second member of staff approves it.
 */
export default function PhotoPanel({ person }: PersonActionProps) {
  const t = useStrings(strings);
  const { api, can } = useApp();
  const [photos, setPhotos] = useState<PersonPhotos | null>(null);
  const [chosen, setChosen] = useState<{
    blob: Blob;
    url: string;
    source: 'camera' | 'upload';
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const load = useCallback(async () => {
    try {
      setPhotos(await api.get<PersonPhotos>(`/api/staff/pensioners/${person.id}/photos`));
    } catch (err) {
      setError(err);
    }
  }, [api, person.id]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(
    () => () => {
      if (chosen) URL.revokeObjectURL(chosen.url);
    },
    [chosen],
  );

  const choose = (blob: Blob, source: 'camera' | 'upload') => {
    setError(null);
    setChosen({ blob, url: URL.createObjectURL(blob), source });
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!chosen) return;
    const reason = formValue(e.currentTarget, 'reason');
    setBusy(true);
    setError(null);
    try {
      await api.post<PhotoEnrolment>(`/api/staff/pensioners/${person.id}/photo-enrolments`, {
        image: await base64Of(chosen.blob),
        source: chosen.source,
        reason,
      });
      setChosen(null);
      setDone(true);
      await load();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (!photos) return <ErrorMessage error={error} />;
  const pending = photos.enrolments.find((x) => x.status === 'pending');
  return (
    <div className="stack">
      <div className="photo-pair">
        <PhotoFigure
          path={photos.activePhoto ? activePhotoPath(person.id) : null}
          caption={t('current')}
          name={person.name}
          testId="active-photo"
        />
        {pending && (
          <PhotoFigure
            path={candidatePhotoPath(pending.id)}
            caption={t('candidate')}
            name={person.name}
            testId="pending-photo"
          />
        )}
      </div>
      {done && (
        <p className="notice success" role="status" data-testid="photo-submitted">
          {t('submitted')}
        </p>
      )}
      {pending ? (
        <p className="hint">
          {t('pendingNote', {
            by: pending.requestedBy.name,
            at: new Date(pending.requestedAt).toLocaleString(),
          })}
        </p>
      ) : (
        <form className="stack" onSubmit={(e) => void submit(e)}>
          {chosen ? (
            <figure className="photo">
              <img src={chosen.url} alt={t('photoAlt', { name: person.name })} width={200} />
              <figcaption>
                <button type="button" className="secondary" onClick={() => setChosen(null)}>
                  {t('retake')}
                </button>
              </figcaption>
            </figure>
          ) : (
            <>
              <StillCamera onPhoto={(blob) => choose(blob, 'camera')} />
              <label htmlFor="photo-file">{t('upload')}</label>
              <input
                id="photo-file"
                type="file"
                accept="image/jpeg"
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  if (file) choose(file, 'upload');
                }}
              />
            </>
          )}
          <ReasonField id="photo-reason" label={t('reason')} />
          <SubmitRow
            error={error}
            busy={busy}
            disabled={!chosen}
            label={t('submit')}
            busyLabel={t('sending')}
          />
        </form>
      )}
      {/* Approvers have the history panel. */}
      {!can('photos.approve') && <PhotoHistory enrolments={photos.enrolments} />}
    </div>
  );
}
