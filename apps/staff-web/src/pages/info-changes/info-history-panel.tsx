import { useEffect, useState } from 'react';
import { useApp } from '../../app-context.tsx';
import { useStrings } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import type { PersonActionProps } from '../person/person-actions.ts';
import { ChangeHistory } from './change-list.tsx';
import type { InfoChange } from './info-change-api.ts';
import { strings } from './info-change-strings.ts';

/** The person's information changes for approvers (requesters see them under their form). */
export default function InfoHistoryPanel({ person }: PersonActionProps) {
  const t = useStrings(strings);
  const { api } = useApp();
  const [changes, setChanges] = useState<InfoChange[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api
      .get<{ changes: InfoChange[] }>(`/api/staff/pensioners/${person.id}/info-changes`)
      .then((r) => setChanges(r.changes), setError);
  }, [api, person.id]);
  if (!changes) return <ErrorMessage error={error} />;
  return changes.length === 0 ? (
    <p className="hint">{t('noHistory')}</p>
  ) : (
    <ChangeHistory changes={changes} />
  );
}
