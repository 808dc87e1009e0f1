import { useState, type FormEvent } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { navigate } from '../../router.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { formValue } from '../../ui/form-value.ts';

const strings = defineStrings({
  'zh-CN': {
    title: '收到异地认证表',
    hint: '用扫码枪扫描表格右上角的二维码，或输入二维码下方的编号，即可打开此人的页面登记收件。',
    reference: '表格编号',
    submit: '查找',
  },
  en: {
    title: 'Offsite form received',
    hint: "Scan the QR code at the form's top right with the barcode reader, or type the reference under it, to open the person's page and record the receipt.",
    reference: 'Form reference',
    submit: 'Find',
  },
});

/** Mail day: the QR code on a returned form leads straight to the person. */
export default function ReceiveFormPage() {
  const t = useStrings(strings);
  const { api } = useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const reference = formValue(e.currentTarget, 'reference').trim();
    setBusy(true);
    setError(null);
    try {
      const r = await api.get<{ pensioner: { id: string } }>(
        `/api/staff/offsite-forms/lookup?reference=${encodeURIComponent(reference)}`,
      );
      navigate(`/people/${r.pensioner.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="hint">{t('hint')}</p>
      <form className="inline" onSubmit={(e) => void submit(e)}>
        <label htmlFor="receive-reference">{t('reference')}</label>
        <input
          id="receive-reference"
          name="reference"
          required
          maxLength={120}
          autoComplete="off"
          autoFocus
        />
        <button type="submit" disabled={busy}>
          {t('submit')}
        </button>
      </form>
      <ErrorMessage error={error} />
    </>
  );
}
