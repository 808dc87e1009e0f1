import type { FormEvent } from 'react';
import type { IdCheckReply } from '../../api/types.ts';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { formValue } from '../../ui/form-value.ts';
import { ReasonField, SubmitRow } from '../../ui/reason-field.tsx';
import { usePanelAction } from '../../ui/use-panel-action.ts';
import type { PersonActionProps } from './person-actions.ts';

const strings = defineStrings({
  'zh-CN': {
    explain: '人脸识别无法完成时，当面核对本人和身份证件后记录认证。需要写明原因，报表中单独统计。',
    reason: '原因（4 到 200 个字）',
    submit: '记录现场核验',
    busy: '正在保存…',
    done: '已认证，认证编号 {no}。',
    notNeeded: '本年度无需再认证。',
  },
  en: {
    explain:
      'When the face check cannot work, check the person against the ID card and record it. A reason is required; reports count these apart.',
    reason: 'Reason (4 to 200 characters)',
    submit: 'Record the ID check',
    busy: 'Saving…',
    done: 'Certified, certificate number {no}.',
    notNeeded: 'Nothing more to certify this year.',
  },
});

export default function IdCheckPanel({ person, reload }: PersonActionProps) {
  const t = useStrings(strings);
  const { api } = useApp();
  const { busy, error, done, run } = usePanelAction<IdCheckReply>(reload);

  const status = person.campaign?.status;
  if (done) {
    return (
      <p className="notice success" role="status" data-testid="id-check-done">
        {t('done', { no: done.certificateNo })}
      </p>
    );
  }
  if (status === 'certified' || status === 'exempt')
    return <p className="hint">{t('notNeeded')}</p>;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const reason = formValue(e.currentTarget, 'reason');
    await run(() =>
      api.post<IdCheckReply>(`/api/staff/pensioners/${person.id}/certifications`, {
        method: 'id_check',
        reason,
      }),
    );
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)}>
      <p className="hint">{t('explain')}</p>
      <ReasonField id="id-check-reason" label={t('reason')} />
      <SubmitRow error={error} busy={busy} label={t('submit')} busyLabel={t('busy')} />
    </form>
  );
}
