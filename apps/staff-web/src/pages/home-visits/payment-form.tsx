import { useState, type FormEvent } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { formValue } from '../../ui/form-value.ts';
import { fenOf, visitPath, yuan, type HomeVisit } from './home-visit-api.ts';

const strings = defineStrings({
  'zh-CN': {
    heading: '收费并完成',
    due: '应收：{n} 人已认证，每人 {per} 元，共 {total} 元',
    nothingDue: '无人认证，不收费。',
    amount: '实收金额（元）',
    method: '支付方式',
    cash: '现金',
    qr: '扫码支付',
    receipt: '收据号',
    badAmount: '请输入金额，例如 60.00。',
    submit: '收款并完成',
    finish: '完成上门（不收费）',
    busy: '正在保存…',
  },
  en: {
    heading: 'Payment and completion',
    due: 'Due: {n} certified, {per} CNY each, {total} CNY in all',
    nothingDue: 'Nobody was certified; nothing to charge.',
    amount: 'Amount received (CNY)',
    method: 'Payment method',
    cash: 'Cash',
    qr: 'QR code',
    receipt: 'Receipt number',
    badAmount: 'Enter an amount such as 60.00.',
    submit: 'Record payment and complete',
    finish: 'Complete the visit (no charge)',
    busy: 'Saving…',
  },
});

/** Everyone is marked: record what was collected for the people served, then close the visit. */
export function PaymentForm({
  visit,
  onChange,
}: {
  visit: HomeVisit;
  onChange: (v: HomeVisit) => void;
}) {
  const t = useStrings(strings);
  const { api } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [badAmount, setBadAmount] = useState(false);
  const due = visit.due;

  const complete = async (payment: unknown) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await api.post<HomeVisit>(`${visitPath(visit.id)}/complete`, { payment }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const amountFen = fenOf(formValue(form, 'amount'));
    setBadAmount(amountFen === null);
    if (amountFen === null) return;
    void complete({
      amountFen,
      method: formValue(form, 'method'),
      receiptNo: formValue(form, 'receiptNo'),
    });
  };

  return (
    <section className="panel" aria-labelledby="hv-payment" data-testid="hv-payment">
      <h2 id="hv-payment">{t('heading')}</h2>
      {due ? (
        <form className="stack" onSubmit={submit}>
          <p data-testid="hv-due" data-total-fen={due.totalFen}>
            {t('due', { n: due.people, per: yuan(due.perPersonFen), total: yuan(due.totalFen) })}
          </p>
          <label htmlFor="hv-amount">{t('amount')}</label>
          <input
            id="hv-amount"
            name="amount"
            inputMode="decimal"
            required
            maxLength={12}
            autoComplete="off"
            aria-invalid={badAmount}
            aria-describedby={badAmount ? 'hv-amount-error' : undefined}
          />
          {badAmount && (
            <p className="alert" role="alert" id="hv-amount-error">
              {t('badAmount')}
            </p>
          )}
          <label htmlFor="hv-method">{t('method')}</label>
          <select id="hv-method" name="method" defaultValue="cash">
            <option value="cash">{t('cash')}</option>
            <option value="qr_code">{t('qr')}</option>
          </select>
          <label htmlFor="hv-receipt">{t('receipt')}</label>
          <input id="hv-receipt" name="receiptNo" required maxLength={40} autoComplete="off" />
          <ErrorMessage error={error} />
          <p>
            <button type="submit" disabled={busy}>
              {busy ? t('busy') : t('submit')}
            </button>
          </p>
        </form>
      ) : (
        <>
          <p>{t('nothingDue')}</p>
          <ErrorMessage error={error} />
          <p>
            <button type="button" disabled={busy} onClick={() => void complete(null)}>
              {busy ? t('busy') : t('finish')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
