import { lazy, Suspense, useCallback, useEffect, useState, type FormEvent } from 'react';
import type { PensionerDetail } from '../../api/types.ts';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { formValue } from '../../ui/form-value.ts';
import { personPath, type HomeVisit } from './home-visit-api.ts';

// The console's own face certification panel (staff face API, channel home_visit for a courier).
const FaceCertifyPanel = lazy(() => import('../face-certification/face-certify-panel.tsx'));

const strings = defineStrings({
  'zh-CN': {
    heading: '现场认证：{name}（第 {i} 位，共 {n} 位）',
    idNumber: '请核对身份证：{id}',
    face: '人脸识别认证',
    certified: '已在本次上门中认证，请确认后继续下一位。',
    markDone: '确认已认证，继续下一位',
    idCheck: '无法人脸识别时：核对身份证',
    explain: '当面核对本人和身份证件后记录认证，并写明未使用人脸识别的原因。',
    reason: '原因（4 到 200 个字）',
    certify: '核对身份证并认证',
    notHome: '不在家',
    busy: '正在保存…',
  },
  en: {
    heading: 'On site: {name} ({i} of {n})',
    idNumber: 'Check the ID card: {id}',
    face: 'Certify by face',
    certified: 'Certified on this visit; confirm to go on to the next person.',
    markDone: 'Confirm and go on',
    idCheck: 'When the face check cannot work: the ID card',
    explain:
      'Check the person against the ID card and record it, with the reason the face check was not used.',
    reason: 'Reason (4 to 200 characters)',
    certify: 'Check the ID card and certify',
    notHome: 'Not at home',
    busy: 'Saving…',
  },
});

/**
 * The person the courier is with now, on the courier's one device: certify by face (the visit
 * moves on once the server has the certification), or by the ID card, or mark not at home.
 */
export function OnSitePanel({
  visit,
  person,
  onChange,
}: {
  visit: HomeVisit;
  person: HomeVisit['people'][number];
  onChange: (v: HomeVisit) => void;
}) {
  const t = useStrings(strings);
  const { api, can } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [detail, setDetail] = useState<PensionerDetail | null>(null);
  const index = visit.people.indexOf(person) + 1;
  const path = personPath(visit.id, person.pensionerId);
  const withFace = can('certify.face');

  const loadDetail = useCallback(async () => {
    const d = await api.get<PensionerDetail>(
      `/api/staff/pensioners/${encodeURIComponent(person.pensionerId)}`,
    );
    setDetail(d);
    return d;
  }, [api, person.pensionerId]);
  useEffect(() => {
    if (withFace) loadDetail().catch((e: unknown) => setError(e));
  }, [withFace, loadDetail]);

  const run = async (call: () => Promise<HomeVisit>) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await call());
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const markCertified = () => api.post<HomeVisit>(`${path}/outcome`, { outcome: 'certified' });
  // Called by the face panel after a pass: the server finds the certification itself.
  const afterFacePass = async () => {
    await loadDetail();
    await run(markCertified);
  };
  const certify = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const reason = formValue(e.currentTarget, 'reason');
    void run(() => api.post<HomeVisit>(`${path}/id-check`, { reason }));
  };
  const status = detail?.campaign?.status;

  return (
    <section className="panel" aria-labelledby="hv-onsite" data-testid="hv-onsite">
      <h2 id="hv-onsite">
        {t('heading', { name: person.name, i: index, n: visit.people.length })}
      </h2>
      <p>{t('idNumber', { id: person.idNumber })}</p>
      <ErrorMessage error={error} />
      {withFace && detail && status === 'certified' && (
        <p>
          <span className="hint">{t('certified')}</span>{' '}
          <button type="button" disabled={busy} onClick={() => void run(markCertified)}>
            {t('markDone')}
          </button>
        </p>
      )}
      {withFace && detail && status !== 'certified' && (
        <section id="action-face" aria-labelledby="hv-face" data-testid="hv-face">
          <h3 id="hv-face">{t('face')}</h3>
          <Suspense fallback={null}>
            <FaceCertifyPanel person={detail} reload={afterFacePass} />
          </Suspense>
        </section>
      )}
      <section id="action-id-check" aria-labelledby="hv-id-check">
        <h3 id="hv-id-check">{t('idCheck')}</h3>
        <form className="stack" onSubmit={certify}>
          <p className="hint">{t('explain')}</p>
          <label htmlFor="hv-reason">{t('reason')}</label>
          <textarea id="hv-reason" name="reason" rows={2} required minLength={4} maxLength={200} />
          <p>
            <button type="submit" disabled={busy}>
              {busy ? t('busy') : t('certify')}
            </button>{' '}
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() =>
                void run(() => api.post<HomeVisit>(`${path}/outcome`, { outcome: 'not_at_home' }))
              }
            >
              {t('notHome')}
            </button>
          </p>
        </form>
      </section>
    </section>
  );
}
