import { useApp } from '../../app-context.tsx';
import { useStrings } from '../../i18n/i18n.ts';
import type { InfoChange } from './info-change-api.ts';
import { strings } from './info-change-strings.ts';

/** The old → new values of one change, one line per field. */
export function ChangeValues({ change }: { change: InfoChange }) {
  const t = useStrings(strings);
  return (
    <ul className="changes">
      {change.changes.map((c) => (
        <li key={c.field} data-field={c.field}>
          {t(`field_${c.field}`)}: {c.old ?? t('empty')} → <strong>{c.new ?? t('empty')}</strong>
        </li>
      ))}
    </ul>
  );
}

/** A person's changes, newest first. */
export function ChangeHistory({ changes }: { changes: InfoChange[] }) {
  const t = useStrings(strings);
  const { lang } = useApp();
  if (changes.length === 0) return null;
  return (
    <table data-testid="info-change-history">
      <caption>{t('history')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colWhen')}</th>
          <th scope="col">{t('colChanges')}</th>
          <th scope="col">{t('colBy')}</th>
          <th scope="col">{t('colStatus')}</th>
          <th scope="col">{t('colDecided')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.id}>
            <td>
              {new Date(c.requestedAt).toLocaleString(lang, {
                timeZone: 'Asia/Shanghai',
                hour12: false,
              })}
            </td>
            <td>
              <ChangeValues change={c} />
            </td>
            <td>
              {c.requestedBy.name} ({t(c.channel)}
              {c.proxy ? `: ${c.proxy.name}` : ''})
            </td>
            <td data-status={c.status}>{t(`status_${c.status}`)}</td>
            <td>
              {c.decidedBy?.name ?? ''}
              {c.decisionReason ? `: ${c.decisionReason}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
