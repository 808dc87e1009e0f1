import { useApp } from '../../app-context.tsx';
import { useStrings } from '../../i18n/i18n.ts';
import { QueueStatus, useDecisionQueue } from '../../ui/decision-queue.tsx';
import type { PhotoEnrolment } from './photo-api.ts';
import { ReviewCard } from './review-card.tsx';
import { reviewStrings } from './review-strings.ts';

const title = { 'zh-CN': '照片审核', en: 'Photo approvals' };

/** The approver's queue: pending photos, oldest first, each beside the current photo. */
export default function PendingPhotosPage() {
  const t = useStrings(reviewStrings);
  const { lang } = useApp();
  const { list, error, message, decided } = useDecisionQueue<PhotoEnrolment, 'enrolments'>(
    '/api/staff/photo-enrolments',
    'enrolments',
  );

  return (
    <>
      <h1>{title[lang]}</h1>
      <QueueStatus message={message} error={error} testId="photo-decided" />
      {list && <p>{list.length === 0 ? t('empty') : t('count', { n: list.length })}</p>}
      {list?.map((e) => (
        <ReviewCard key={e.id} enrolment={e} onDecided={decided} />
      ))}
    </>
  );
}
