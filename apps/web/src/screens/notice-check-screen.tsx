import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import type { NoticeCheckResponse } from '../api/types.ts';
import { useApp } from '../app-context.tsx';
import { formatDate } from '../lib/format.ts';
import { Field } from '../ui/field.tsx';
import { LinkButton } from '../ui/link-button.tsx';
import { Screen } from '../ui/screen.tsx';

/** Six characters of the notice alphabet (no 0/O, 1/I/L), once spaces and dashes are gone. */
const CODE = /^[2-9A-HJKMNP-Z]{6}$/;

export const normaliseNoticeCode = (input: string): string =>
  input.replace(/[\s-]/g, '').toUpperCase();

type Outcome =
  { kind: 'genuine'; answer: NoticeCheckResponse & { genuine: true } } | { kind: 'unknown' };

/**
 * Anyone, logged in or not, can check the code printed in an SMS that claims to come from the
 * agency. The server answers only the kind of notice, its year and the day sent.
 */
export function NoticeCheckScreen() {
  const { t, api, lang, session } = useApp();
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const value = normaliseNoticeCode(code);
    setOutcome(null);
    setFailed(false);
    // A code that cannot exist is answered here, without a request, in the same words.
    if (!CODE.test(value)) {
      setFormatError(t('noticeCodeFormat'));
      return;
    }
    setFormatError(null);
    setCode(value);
    setBusy(true);
    try {
      const answer = await api.json<NoticeCheckResponse>(
        'GET',
        `/api/public/notices/${encodeURIComponent(value)}`,
      );
      setOutcome(answer.genuine ? { kind: 'genuine', answer } : { kind: 'unknown' });
    } catch (err) {
      if (err instanceof ApiError && err.failure.status === 400) setOutcome({ kind: 'unknown' });
      else setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Screen title={t('noticeCheckTitle')}>
      <p>{t('noticeCheckIntro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field
          id="noticeCode"
          label={t('noticeCode')}
          hint={t('noticeCodeHint')}
          error={formatError}
          value={code}
          onChange={setCode}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
        />
        <button type="submit" disabled={busy}>
          {t('noticeCheck')}
        </button>
      </form>
      <div aria-live="polite">
        {outcome?.kind === 'genuine' ? (
          <section className="notice success" data-testid="notice-result" data-genuine="true">
            <h2>{t('noticeGenuine')}</h2>
            <p>
              {t('noticeGenuineDetail', {
                kind: t(`noticeKind_${outcome.answer.kind}`),
                year: outcome.answer.campaignYear,
                date: formatDate(outcome.answer.sentOn, lang),
              })}
            </p>
            <p>{t('noticeNeverAsk')}</p>
          </section>
        ) : null}
        {outcome?.kind === 'unknown' ? (
          <section className="alert" data-testid="notice-result" data-genuine="false">
            <h2>{t('noticeUnknown')}</h2>
            <p>{t('noticeUnknownText')}</p>
            <p>{t('noticeNeverAsk')}</p>
          </section>
        ) : null}
        {failed ? (
          <p className="alert" role="alert">
            {t('networkError')}
          </p>
        ) : null}
      </div>
      <LinkButton to="/help" secondary>
        {t('helpLink')}
      </LinkButton>
      <LinkButton to={session ? '/me' : '/login'} secondary>
        {t('back')}
      </LinkButton>
    </Screen>
  );
}
