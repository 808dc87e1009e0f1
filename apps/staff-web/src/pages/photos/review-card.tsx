import { useStrings } from '../../i18n/i18n.ts';
import { Link } from '../../router.tsx';
import { DecisionForm } from '../../ui/decision-form.tsx';
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
      <DecisionForm
        id={e.id}
        path={`/api/staff/photo-enrolments/${e.id}`}
        onDecided={(verb) =>
          onDecided(t(verb === 'approve' ? 'approved' : 'rejected', { name: e.pensionerName }))
        }
      />
    </article>
  );
}
