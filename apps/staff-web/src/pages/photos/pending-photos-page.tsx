import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../../app-context.tsx';
import { useStrings } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import type { PhotoEnrolment } from './photo-api.ts';
import { ReviewCard } from './review-card.tsx';
import { reviewStrings } from './review-strings.ts';

const title = { 'zh-CN': '照片审核', en: 'Photo approvals' };

/** The approver's queue: pending photos, oldest first, each beside the current photo. */
export default function PendingPhotosPage() {
  const t = useStrings(reviewStrings);
  const { api, lang } = useApp();
  const [list, setList] = useState<PhotoEnrolment[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setList(
        (await api.get<{ enrolments: PhotoEnrolment[] }>('/api/staff/photo-enrolments')).enrolments,
      );
    } catch (err) {
      setError(err);
    }
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <h1>{title[lang]}</h1>
      {message && (
        <p className="notice success" role="status" data-testid="photo-decided">
          {message}
        </p>
      )}
      <ErrorMessage error={error} />
      {list && <p>{list.length === 0 ? t('empty') : t('count', { n: list.length })}</p>}
      {list?.map((e) => (
        <ReviewCard
          key={e.id}
          enrolment={e}
          onDecided={(msg) => {
            setMessage(msg);
            void load();
          }}
        />
      ))}
    </>
  );
}
