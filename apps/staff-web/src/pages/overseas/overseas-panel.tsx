import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, pick, useStrings, type Localized } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { formValue } from '../../ui/form-value.ts';
import { personProofsPath, SCAN_ACCEPT, type PersonProofs } from '../offsite/paper-api.ts';
import { paperStrings } from '../offsite/paper-strings.ts';
import {
  LastRejected,
  PendingProofNote,
  ProofStatus,
  useProofForm,
} from '../offsite/proof-form.tsx';
import type { PersonActionProps } from '../person/person-actions.ts';

type DocumentTypes = {
  region: string;
  regionKind: string;
  documents: { code: string; name: Localized; issuer: Localized }[];
  deliveryMethods: string[];
  documentMaxAgeDays: number;
};

const strings = defineStrings({
  'zh-CN': {
    notAbroad: '此人未登记为境外居住，不使用境外认证材料。',
    region: '居住国家或地区：{region}',
    type: '材料类型',
    issuingBody: '出具机构（按材料所写）',
    issuedOn: '出具日期',
    window: '材料须在收件前 {days} 天内出具。',
    submit: '登记材料',
  },
  en: {
    notAbroad: 'This person is not recorded as living abroad; overseas documents do not apply.',
    region: 'Country or region of residence: {region}',
    type: 'Document type',
    issuingBody: 'Issued by (as written on it)',
    issuedOn: 'Issue date',
    window: 'Documents must be issued at most {days} days before they are received.',
    submit: 'Record the document',
  },
});

/** Record a proof of life received from abroad, by the kinds the profile lists for the region. */
export default function OverseasPanel({ person, reload }: PersonActionProps) {
  const t = useStrings(strings);
  const p = useStrings(paperStrings);
  const { api, lang } = useApp();
  const [info, setInfo] = useState<PersonProofs | null>(null);
  const [types, setTypes] = useState<DocumentTypes | null>(null);
  const { error, setError, busy, message, submitScan } = useProofForm();

  const load = useCallback(async () => {
    try {
      const i = await api.get<PersonProofs>(personProofsPath(person.id));
      setInfo(i);
      if (i.residence === 'abroad') {
        setTypes(
          await api.get<DocumentTypes>(
            `/api/staff/pensioners/${person.id}/overseas-document-types`,
          ),
        );
      }
    } catch (err) {
      setError(err);
    }
  }, [api, person.id, setError]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!info) return <ErrorMessage error={error} />;
  if (info.residence !== 'abroad') return <p className="hint">{t('notAbroad')}</p>;
  const docs = info.proofs.filter((x) => x.kind === 'overseas_document');
  const pending = docs.find((x) => x.state === 'pending');
  const last = docs.at(-1);

  const submit = submitScan(
    `/api/staff/pensioners/${person.id}/overseas-documents`,
    (form) => ({
      documentType: formValue(form, 'documentType'),
      delivery: formValue(form, 'delivery'),
      issuingBody: formValue(form, 'issuingBody'),
      issuedOn: formValue(form, 'issuedOn'),
    }),
    async () => {
      await load();
      await reload();
    },
  );

  return (
    <>
      <ProofStatus message={message} error={error} />
      {pending ? (
        <PendingProofNote proof={pending} />
      ) : (
        types && (
          <form className="stack" onSubmit={(e) => void submit(e)} aria-label={t('submit')}>
            <p>{t('region', { region: types.region })}</p>
            <LastRejected proof={last} />
            <label htmlFor="overseas-type">{t('type')}</label>
            <select id="overseas-type" name="documentType" required>
              {types.documents.map((d) => (
                <option key={d.code} value={d.code}>
                  {pick(d.name, lang)}（{pick(d.issuer, lang)}）
                </option>
              ))}
            </select>
            <label htmlFor="overseas-delivery">{p('delivery')}</label>
            <select id="overseas-delivery" name="delivery">
              {types.deliveryMethods.map((m) => (
                <option key={m} value={m}>
                  {m === 'post' ? p('delivery_post') : p('delivery_proxy')}
                </option>
              ))}
            </select>
            <label htmlFor="overseas-issuer">{t('issuingBody')}</label>
            <input id="overseas-issuer" name="issuingBody" required maxLength={200} />
            <label htmlFor="overseas-issued-on">{t('issuedOn')}</label>
            <input id="overseas-issued-on" name="issuedOn" type="date" required />
            <p className="hint">{t('window', { days: types.documentMaxAgeDays })}</p>
            <label htmlFor="overseas-scan">{p('scan')}</label>
            <input id="overseas-scan" name="scan" type="file" accept={SCAN_ACCEPT} required />
            <button type="submit" disabled={busy}>
              {busy ? p('busy') : t('submit')}
            </button>
          </form>
        )
      )}
    </>
  );
}
