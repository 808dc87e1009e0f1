import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useApp } from '../../app-context.tsx';
import { useStrings } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { ReasonField, SubmitRow } from '../../ui/reason-field.tsx';
import type { PersonActionProps } from '../person/person-actions.ts';
import { ChangeHistory } from './change-list.tsx';
import { DOCUMENTS, FIELDS, type InfoChange, type InfoValues } from './info-change-api.ts';
import { strings } from './info-change-strings.ts';

const ID_TYPES = [
  'resident_id',
  'hk_mo_travel_permit',
  'tw_travel_permit',
  'hk_residence_permit',
  'mo_residence_permit',
  'tw_residence_permit',
  'foreign_permanent_residence',
  'passport',
];

/**
 * "Correct basic information" on a person's page: new values beside the current ones, who asks
 * (the person or a proxy) and the documents checked; a second member of staff approves.
 */
export default function InfoChangePanel({ person, reload }: PersonActionProps) {
  const t = useStrings(strings);
  const { api, can } = useApp();
  const [values, setValues] = useState<InfoValues | null>(null);
  const [history, setHistory] = useState<InfoChange[]>([]);
  const [channel, setChannel] = useState<'in_person' | 'proxy'>('in_person');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const load = useCallback(async () => {
    try {
      const [v, h] = await Promise.all([
        api.get<InfoValues>(`/api/staff/pensioners/${person.id}/info-values`),
        api.get<{ changes: InfoChange[] }>(`/api/staff/pensioners/${person.id}/info-changes`),
      ]);
      setValues(v);
      setHistory(h.changes);
    } catch (err) {
      setError(err);
    }
  }, [api, person.id]);
  useEffect(() => {
    void load();
  }, [load]);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => {
      const v = form.get(name);
      return typeof v === 'string' ? v : '';
    };
    const changes: Partial<Record<string, string>> = {};
    for (const f of FIELDS) {
      const v = text(`new-${f}`);
      if (v.trim() !== '') changes[f] = v;
    }
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/staff/pensioners/${person.id}/info-changes`, {
        channel,
        proxy:
          channel === 'proxy'
            ? {
                name: text('proxyName'),
                idType: text('proxyIdType'),
                idNumber: text('proxyIdNumber'),
              }
            : null,
        documents: DOCUMENTS.filter((d) => form.get(`doc-${d}`) === 'on'),
        changes,
        reason: text('reason'),
      });
      setDone(true);
      await load();
      await reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (!values) return <ErrorMessage error={error} />;
  const pending = history.find((c) => c.status === 'pending');
  return (
    <div className="stack">
      {done && (
        <p className="notice success" role="status" data-testid="info-change-submitted">
          {t('submitted')}
        </p>
      )}
      {pending ? (
        <p className="hint">{t('pending', { by: pending.requestedBy.name })}</p>
      ) : (
        <form className="stack" onSubmit={(e) => void submit(e)}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('colField')}</th>
                <th scope="col">{t('colCurrent')}</th>
                <th scope="col">{t('colNew')}</th>
              </tr>
            </thead>
            <tbody>
              {FIELDS.map((f) => (
                <tr key={f}>
                  <th scope="row">
                    <label htmlFor={`new-${f}`}>{t(`field_${f}`)}</label>
                  </th>
                  <td>{values[f] ?? t('empty')}</td>
                  <td>
                    {f === 'residence' || f === 'idType' ? (
                      <select id={`new-${f}`} name={`new-${f}`} defaultValue="">
                        <option value="">{t('unchanged')}</option>
                        {(f === 'residence' ? ['local', 'elsewhere', 'abroad'] : ID_TYPES).map(
                          (o) => (
                            <option key={o} value={o}>
                              {f === 'residence'
                                ? t(`residence_${o as 'local' | 'elsewhere' | 'abroad'}`)
                                : o}
                            </option>
                          ),
                        )}
                      </select>
                    ) : (
                      <input id={`new-${f}`} name={`new-${f}`} maxLength={200} autoComplete="off" />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">{t('idNote')}</p>
          <fieldset>
            <legend>{t('channel')}</legend>
            {(['in_person', 'proxy'] as const).map((c) => (
              <label key={c}>
                <input
                  type="radio"
                  name="channel"
                  value={c}
                  checked={channel === c}
                  onChange={() => setChannel(c)}
                />{' '}
                {t(c)}
              </label>
            ))}
          </fieldset>
          {channel === 'proxy' && (
            <fieldset>
              <legend>{t('proxy')}</legend>
              <label htmlFor="proxyName">{t('proxyName')}</label>
              <input id="proxyName" name="proxyName" required maxLength={50} autoComplete="off" />
              <label htmlFor="proxyIdType">{t('proxyIdType')}</label>
              <select id="proxyIdType" name="proxyIdType" defaultValue="resident_id">
                {ID_TYPES.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
              <label htmlFor="proxyIdNumber">{t('proxyIdNumber')}</label>
              <input
                id="proxyIdNumber"
                name="proxyIdNumber"
                required
                maxLength={40}
                autoComplete="off"
              />
            </fieldset>
          )}
          <fieldset>
            <legend>{t('documents')}</legend>
            {DOCUMENTS.map((d) => (
              <div key={d}>
                <input type="checkbox" id={`doc-${d}`} name={`doc-${d}`} />{' '}
                <label htmlFor={`doc-${d}`}>{t(`doc_${d}`)}</label>
              </div>
            ))}
          </fieldset>
          <ReasonField id="info-reason" label={t('reason')} />
          <SubmitRow error={error} busy={busy} label={t('submit')} busyLabel={t('busy')} />
        </form>
      )}
      {/* Approvers have the history panel. */}
      {!can('info_changes.approve') && <ChangeHistory changes={history} />}
    </div>
  );
}
