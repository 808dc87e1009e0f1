import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { formValue } from '../../ui/form-value.ts';
import type { PersonActionProps } from '../person/person-actions.ts';
import { saveBlob } from '../../ui/save-blob.ts';
import { personProofsPath, SCAN_ACCEPT, type PersonProofs } from './paper-api.ts';
import { paperStrings } from './paper-strings.ts';
import { LastRejected, PendingProofNote, ProofStatus, useProofForm } from './proof-form.tsx';

const strings = defineStrings({
  'zh-CN': {
    notElsewhere: '此人未登记为异地居住，不使用异地认证表。',
    download: '下载认证表（PDF）',
    downloaded: '认证表已下载，请交本人或寄给本人。',
    receiptTitle: '登记收到的盖章认证表',
    reference: '表格编号（扫描二维码或手工输入，可不填）',
    submit: '登记收件',
  },
  en: {
    notElsewhere:
      'This person is not recorded as living elsewhere; the offsite form does not apply.',
    download: 'Download the form (PDF)',
    downloaded: 'Form downloaded: hand it or send it to the person.',
    receiptTitle: 'Record a stamped form received',
    reference: 'Form reference (scan the QR code or type it; optional)',
    submit: 'Record receipt',
  },
});

/** Print the offsite form and record the stamped form when it comes back. */
export default function OffsitePanel({ person, reload }: PersonActionProps) {
  const t = useStrings(strings);
  const p = useStrings(paperStrings);
  const { api, can } = useApp();
  const [info, setInfo] = useState<PersonProofs | null>(null);
  const { error, setError, busy, setBusy, message, setMessage, submitScan } = useProofForm();

  const load = useCallback(async () => {
    try {
      setInfo(await api.get<PersonProofs>(personProofsPath(person.id)));
    } catch (err) {
      setError(err);
    }
  }, [api, person.id, setError]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!info) return <ErrorMessage error={error} />;
  if (info.residence !== 'elsewhere') return <p className="hint">{t('notElsewhere')}</p>;
  const forms = info.proofs.filter((x) => x.kind === 'offsite_form');
  const pending = forms.find((x) => x.state === 'pending');
  const last = forms.at(-1);

  const download = async () => {
    setError(null);
    setBusy(true);
    try {
      const blob = await api.blob(`/api/staff/pensioners/${person.id}/offsite-form.pdf`);
      saveBlob(blob, `offsite-form-${person.campaign?.year ?? ''}.pdf`);
      setMessage(t('downloaded'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const submit = submitScan(
    `/api/staff/pensioners/${person.id}/offsite-forms`,
    (form) => {
      const reference = formValue(form, 'reference').trim();
      return { delivery: formValue(form, 'delivery'), ...(reference ? { reference } : {}) };
    },
    async () => {
      await load();
      await reload();
    },
  );

  return (
    <>
      <ProofStatus message={message} error={error} />
      {can('paper.print') && (
        <button type="button" disabled={busy} onClick={() => void download()}>
          {t('download')}
        </button>
      )}
      {pending ? (
        <PendingProofNote proof={pending} />
      ) : (
        can('paper.record') && (
          <form className="stack" onSubmit={(e) => void submit(e)} aria-label={t('receiptTitle')}>
            <h3>{t('receiptTitle')}</h3>
            <LastRejected proof={last} />
            <label htmlFor="offsite-delivery">{p('delivery')}</label>
            <select id="offsite-delivery" name="delivery" defaultValue="post">
              <option value="post">{p('delivery_post')}</option>
              <option value="proxy">{p('delivery_proxy')}</option>
            </select>
            <label htmlFor="offsite-reference">{t('reference')}</label>
            <input id="offsite-reference" name="reference" autoComplete="off" maxLength={120} />
            <label htmlFor="offsite-scan">{p('scan')}</label>
            <input id="offsite-scan" name="scan" type="file" accept={SCAN_ACCEPT} required />
            <button type="submit" disabled={busy}>
              {busy ? p('busy') : t('submit')}
            </button>
          </form>
        )
      )}
    </>
  );
}
