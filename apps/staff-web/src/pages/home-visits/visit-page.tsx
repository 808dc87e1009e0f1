import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, pick, useStrings } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { labelOf } from '../../ui/labels.ts';
import { ShellMessage } from '../../ui/shell-message.tsx';
import type { PageProps } from '../registry.ts';
import { visitPath, yuan, type HomeVisit } from './home-visit-api.ts';
import { AddPeopleForm } from './add-people-form.tsx';
import { CancelVisitForm } from './cancel-visit-form.tsx';
import { OnSitePanel } from './on-site-panel.tsx';
import { PaymentForm } from './payment-form.tsx';
import { methodLabels, outcomeLabels, stateLabels } from './outcome-labels.ts';

const strings = defineStrings({
  'zh-CN': {
    title: '上门服务',
    date: '上门日期',
    address: '地址',
    district: '区县',
    state: '状态',
    fee: '预约费用',
    feeValue: '{n} 人，每人 {per} 元，共 {total} 元',
    people: '认证人员',
    order: '顺序',
    name: '姓名',
    idNumber: '身份证号',
    outcome: '结果',
    certificateNo: '认证编号',
    paid: '已收费 {total} 元（{method}，收据号 {receipt}）。',
    nothingPaid: '本次上门无人认证，未收费。',
    cancelled: '已取消：{reason}',
  },
  en: {
    title: 'Home visit',
    date: 'Visit date',
    address: 'Address',
    district: 'District',
    state: 'State',
    fee: 'Fee quoted',
    feeValue: '{n} people, {per} CNY each, {total} CNY in all',
    people: 'People to certify',
    order: 'Order',
    name: 'Name',
    idNumber: 'ID number',
    outcome: 'Outcome',
    certificateNo: 'Certificate number',
    paid: 'Paid {total} CNY ({method}, receipt {receipt}).',
    nothingPaid: 'Nobody was certified on this visit; nothing was charged.',
    cancelled: 'Cancelled: {reason}',
  },
});

/**
 * One visit. The courier works through its people in order on this page (one device), then
 * records the payment; the clerk who booked it sees the same facts and may cancel it.
 */
export default function HomeVisitPage({ params }: PageProps) {
  const t = useStrings(strings);
  const { api, lang, can } = useApp();
  const id = params.id ?? '';
  const [visit, setVisit] = useState<HomeVisit | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      setVisit(await api.get<HomeVisit>(visitPath(id)));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [api, id]);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (error && !visit) return <ErrorMessage error={error} />;
  if (!visit) return <ShellMessage kind="loading" />;
  const next = visit.people.find((p) => p.outcome === 'pending');
  const booked = visit.state === 'booked';
  return (
    <>
      <h1>{t('title')}</h1>
      <dl className="facts">
        <dt>{t('date')}</dt>
        <dd>{visit.visitDate}</dd>
        <dt>{t('address')}</dt>
        <dd data-testid="hv-address">{visit.address}</dd>
        <dt>{t('district')}</dt>
        <dd>{visit.districtName ? pick(visit.districtName, lang) : visit.districtCode}</dd>
        <dt>{t('state')}</dt>
        <dd>
          <span className="badge" data-testid="hv-state" data-state={visit.state}>
            {labelOf(stateLabels, lang, visit.state)}
          </span>
        </dd>
        <dt>{t('fee')}</dt>
        <dd data-testid="hv-fee" data-total-fen={visit.fee.totalFen}>
          {t('feeValue', {
            n: visit.fee.people,
            per: yuan(visit.fee.perPersonFen),
            total: yuan(visit.fee.totalFen),
          })}
        </dd>
      </dl>

      <h2>{t('people')}</h2>
      <table data-testid="hv-people">
        <thead>
          <tr>
            <th scope="col">{t('order')}</th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('idNumber')}</th>
            <th scope="col">{t('outcome')}</th>
            <th scope="col">{t('certificateNo')}</th>
          </tr>
        </thead>
        <tbody>
          {visit.people.map((p, i) => (
            <tr key={p.pensionerId} data-outcome={p.outcome}>
              <td>{i + 1}</td>
              <td>{p.name}</td>
              <td>{p.idNumber}</td>
              <td>{labelOf(outcomeLabels, lang, p.outcome)}</td>
              <td>{p.certificateNo ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {visit.state === 'completed' && (
        <p className="notice success" role="status" data-testid="hv-done">
          {visit.payment
            ? t('paid', {
                total: yuan(visit.payment.amountFen),
                method: labelOf(methodLabels, lang, visit.payment.method),
                receipt: visit.payment.receiptNo,
              })
            : t('nothingPaid')}
        </p>
      )}
      {visit.state === 'cancelled' && (
        <p className="notice" role="status">
          {t('cancelled', { reason: visit.cancelReason ?? '' })}
        </p>
      )}
      {booked && can('home_visits.serve') && next && (
        <OnSitePanel key={next.pensionerId} visit={visit} person={next} onChange={setVisit} />
      )}
      {booked && can('home_visits.serve') && !next && (
        <PaymentForm visit={visit} onChange={setVisit} />
      )}
      {booked && can('home_visits.book') && <AddPeopleForm visit={visit} onChange={setVisit} />}
      {booked && can('home_visits.book') && <CancelVisitForm visit={visit} onChange={setVisit} />}
    </>
  );
}
