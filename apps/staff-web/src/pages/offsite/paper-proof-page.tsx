import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, pick, useStrings } from '../../i18n/i18n.ts';
import { Link } from '../../router.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { formValue } from '../../ui/form-value.ts';
import type { PageProps } from '../registry.ts';
import type { PaperProof } from './paper-api.ts';
import { paperStrings } from './paper-strings.ts';

const strings = defineStrings({
  'zh-CN': {
    title: '审核认证材料',
    docType: '材料类型',
    issuingBody: '出具机构',
    issuedOn: '出具日期',
    reference: '表格编号',
    scanOf: '扫描件',
    openScan: '打开扫描件（PDF）',
    approve: '审核通过（完成认证）',
    reject: '退回',
    reason: '退回原因（将告知本人）',
    approved: '已审核通过，认证编号 {no}。',
    rejected: '已退回。',
    ownRecord: '这是您登记的材料，须由其他工作人员审核。',
    rejectReason: '退回原因：{reason}',
  },
  en: {
    title: 'Review a form or document',
    docType: 'Document type',
    issuingBody: 'Issued by',
    issuedOn: 'Issue date',
    reference: 'Form reference',
    scanOf: 'Scan',
    openScan: 'Open the scan (PDF)',
    approve: 'Approve (certifies the person)',
    reject: 'Reject',
    reason: 'Reason for rejecting (the person is told)',
    approved: 'Approved; certificate number {no}.',
    rejected: 'Rejected.',
    ownRecord: 'You recorded this; another member of staff must review it.',
    rejectReason: 'Rejected because: {reason}',
  },
});

export default function PaperProofPage({ params }: PageProps) {
  const t = useStrings(strings);
  const p = useStrings(paperStrings);
  const { api, lang, can } = useApp();
  const id = params.id ?? '';
  const [proof, setProof] = useState<PaperProof | null>(null);
  const [scanUrl, setScanUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setProof(await api.get<PaperProof>(`/api/staff/paper-proofs/${id}`));
    } catch (err) {
      setError(err);
    }
  }, [api, id]);
  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (!proof?.scan || !can('paper.scan')) return;
    let url: string | null = null;
    let live = true;
    api
      .blob(`/api/staff/paper-proofs/${proof.id}/scan`)
      .then((b) => {
        url = URL.createObjectURL(b);
        if (live) setScanUrl(url);
      })
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, can, proof?.id, proof?.scan]);

  const decide = async (approve: boolean, form?: HTMLFormElement) => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.post<PaperProof & { certificateNo: string | null }>(
        `/api/staff/paper-proofs/${id}/${approve ? 'approve' : 'reject'}`,
        approve ? undefined : { reason: form ? formValue(form, 'reason') : '' },
      );
      setProof(r);
      setMessage(approve ? t('approved', { no: r.certificateNo ?? '' }) : t('rejected'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t('title')}</h1>
      {message && (
        <p className="notice success" role="status" data-testid="paper-decided">
          {message}
        </p>
      )}
      <ErrorMessage error={error} />
      {proof && (
        <>
          <dl className="facts">
            <dt>{p('person')}</dt>
            <dd>
              <Link to={`/people/${proof.pensioner.id}`}>{proof.pensioner.name}</Link>
            </dd>
            <dt>{p('kind')}</dt>
            <dd>{p(`kind_${proof.kind}`)}</dd>
            <dt>{p('state')}</dt>
            <dd data-testid="paper-state">{p(`state_${proof.state}`)}</dd>
            <dt>{p('receivedOn')}</dt>
            <dd>{proof.receivedOn}</dd>
            <dt>{p('delivery')}</dt>
            <dd>{p(`delivery_${proof.delivery}`)}</dd>
            <dt>{p('recordedBy')}</dt>
            <dd>{proof.recordedBy.name}</dd>
            {proof.documentType && (
              <>
                <dt>{t('docType')}</dt>
                <dd>{pick(proof.documentType.name, lang)}</dd>
                <dt>{t('issuingBody')}</dt>
                <dd>{proof.issuingBody}</dd>
                <dt>{t('issuedOn')}</dt>
                <dd>{proof.issuedOn}</dd>
              </>
            )}
            {proof.formReference && (
              <>
                <dt>{t('reference')}</dt>
                <dd className="mono">{proof.formReference}</dd>
              </>
            )}
          </dl>
          {proof.rejectReason && (
            <p className="notice">{t('rejectReason', { reason: proof.rejectReason })}</p>
          )}
          {scanUrl && proof.scan && (
            <section aria-label={t('scanOf')}>
              <h2>{t('scanOf')}</h2>
              {proof.scan.contentType === 'application/pdf' ? (
                <a href={scanUrl} target="_blank" rel="noreferrer">
                  {t('openScan')}
                </a>
              ) : (
                <img
                  src={scanUrl}
                  alt={t('scanOf')}
                  style={{ maxWidth: '100%', maxHeight: '32rem' }}
                />
              )}
            </section>
          )}
          {proof.state === 'pending' && can('paper.review') && !proof.canReview && (
            <p className="hint">{t('ownRecord')}</p>
          )}
          {proof.canReview && (
            <div className="panel">
              <button type="button" disabled={busy} onClick={() => void decide(true)}>
                {t('approve')}
              </button>
              <form
                className="stack"
                onSubmit={(e: FormEvent<HTMLFormElement>) => {
                  e.preventDefault();
                  void decide(false, e.currentTarget);
                }}
              >
                <label htmlFor="paper-reason">{t('reason')}</label>
                <input id="paper-reason" name="reason" required minLength={4} maxLength={200} />
                <button type="submit" className="secondary" disabled={busy}>
                  {t('reject')}
                </button>
              </form>
            </div>
          )}
        </>
      )}
    </>
  );
}
