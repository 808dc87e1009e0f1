import { useEffect, useState } from 'react';
import { useApp } from '../../app-context.tsx';
import { useStrings } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import type { PersonActionProps } from '../person/person-actions.ts';
import { activePhotoPath, type PersonPhotos } from './photo-api.ts';
import { PhotoFigure } from './photo-figure.tsx';
import { PhotoHistory } from './photo-history.tsx';
import { strings } from './photo-strings.ts';

/** The current photo and its history for approvers (enrollers see them in their panel). */
export default function PhotoHistoryPanel({ person }: PersonActionProps) {
  const t = useStrings(strings);
  const { api } = useApp();
  const [photos, setPhotos] = useState<PersonPhotos | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<PersonPhotos>(`/api/staff/pensioners/${person.id}/photos`).then(setPhotos, setError);
  }, [api, person.id]);
  if (!photos) return <ErrorMessage error={error} />;
  return (
    <div className="stack">
      <PhotoFigure
        path={photos.activePhoto ? activePhotoPath(person.id) : null}
        caption={t('current')}
        name={person.name}
        testId="active-photo"
      />
      <PhotoHistory enrolments={photos.enrolments} />
    </div>
  );
}
