import type { ReopenReply } from '../../api/types.ts';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { usePanelAction } from '../../ui/use-panel-action.ts';
import type { PersonActionProps } from './person-actions.ts';

const strings = defineStrings({
  'zh-CN': {
    open: '手机自助认证仍可使用（已用 {used} 次，共 {limit} 次），无需重新开放。',
    closed: '已达到自助认证次数上限。重新开放后，本人可以在手机上再次认证。',
    submit: '重新开放自助认证',
    busy: '正在处理…',
    done: '已重新开放，本人可以再试 {n} 次。',
  },
  en: {
    open: 'Self-service is still open ({used} of {limit} attempts used); nothing to reopen.',
    closed:
      'The attempt limit was reached. Reopening gives the person fresh attempts on the phone.',
    submit: 'Reopen self-service',
    busy: 'Working…',
    done: 'Reopened: {n} attempts available.',
  },
});

export default function ReopenPanel({ person, reload }: PersonActionProps) {
  const t = useStrings(strings);
  const { api } = useApp();
  const { busy, error, done, run } = usePanelAction<ReopenReply>(reload);

  if (done) {
    return (
      <p className="notice success" role="status">
        {t('done', { n: done.attempts.limit - done.attempts.used })}
      </p>
    );
  }
  if (person.selfServiceOpen) {
    return <p className="hint">{t('open', person.attempts)}</p>;
  }
  const reopen = () =>
    run(() => api.post<ReopenReply>(`/api/staff/pensioners/${person.id}/self-service/reopen`));
  return (
    <>
      <p>{t('closed')}</p>
      <ErrorMessage error={error} />
      <button type="button" disabled={busy} onClick={() => void reopen()}>
        {busy ? t('busy') : t('submit')}
      </button>
    </>
  );
}
