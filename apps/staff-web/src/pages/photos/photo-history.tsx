import { useApp } from '../../app-context.tsx';
import { useStrings } from '../../i18n/i18n.ts';
import type { PhotoEnrolment } from './photo-api.ts';
import { strings } from './photo-strings.ts';

const when = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang, { timeZone: 'Asia/Shanghai', hour12: false });

/** Every photo request for the person, newest first, with who decided and why. */
export function PhotoHistory({ enrolments }: { enrolments: PhotoEnrolment[] }) {
  const t = useStrings(strings);
  const { lang } = useApp();
  if (enrolments.length === 0) return null;
  return (
    <table data-testid="photo-history">
      <caption>{t('history')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colWhen')}</th>
          <th scope="col">{t('colBy')}</th>
          <th scope="col">{t('colReason')}</th>
          <th scope="col">{t('colStatus')}</th>
          <th scope="col">{t('colDecidedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {enrolments.map((e) => (
          <tr key={e.id}>
            <td>{when(e.requestedAt, lang)}</td>
            <td>
              {e.requestedBy.name} ({t(`source_${e.source}`)})
            </td>
            <td>{e.reason}</td>
            <td data-status={e.status}>{t(`status_${e.status}`)}</td>
            <td>
              {e.decidedBy ? e.decidedBy.name : ''}
              {e.decisionReason ? `: ${e.decisionReason}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
