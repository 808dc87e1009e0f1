import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { Link } from '../../router.tsx';
import { DecisionForm } from '../../ui/decision-form.tsx';
import { QueueStatus, useDecisionQueue } from '../../ui/decision-queue.tsx';
import { ChangeValues } from './change-list.tsx';
import type { InfoChange } from './info-change-api.ts';
import { strings as fieldStrings } from './info-change-strings.ts';

const strings = defineStrings({
  'zh-CN': {
    title: '信息变更审核',
    empty: '没有等待审核的信息变更。',
    requested: '{by} 于 {at} 受理：{reason}',
    proxyLine: '代办人：{name}（{idNumber}）',
    docs: '已查验材料：',
    decided: '已处理{name}的信息变更。',
  },
  en: {
    title: 'Information change approvals',
    empty: 'No information changes await approval.',
    requested: 'Taken by {by} at {at}: {reason}',
    proxyLine: 'Proxy: {name} ({idNumber})',
    docs: 'Documents checked: ',
    decided: 'Decided the change for {name}.',
  },
});

function ChangeCard({
  change: c,
  onDecided,
}: {
  change: InfoChange;
  onDecided: (m: string) => void;
}) {
  const t = useStrings(strings);
  const tf = useStrings(fieldStrings);
  return (
    <article className="panel" data-testid="info-change-review">
      <h2>
        <Link to={`/people/${c.pensionerId}`}>{c.pensionerName}</Link>
      </h2>
      <ChangeValues change={c} />
      <p>
        {t('requested', {
          by: c.requestedBy.name,
          at: new Date(c.requestedAt).toLocaleString(),
          reason: c.reason,
        })}
      </p>
      {c.proxy && <p>{t('proxyLine', c.proxy)}</p>}
      <p>
        {t('docs')}
        {c.documents.map((d) => tf(`doc_${d}`)).join('；')}
      </p>
      <DecisionForm
        id={c.id}
        path={`/api/staff/info-changes/${c.id}`}
        onDecided={() => onDecided(t('decided', { name: c.pensionerName }))}
      />
    </article>
  );
}

/** The approver's queue of information changes, oldest first. */
export default function PendingChangesPage() {
  const t = useStrings(strings);
  const { list, error, message, decided } = useDecisionQueue<InfoChange, 'changes'>(
    '/api/staff/info-changes',
    'changes',
  );
  return (
    <>
      <h1>{t('title')}</h1>
      <QueueStatus message={message} error={error} />
      {list?.length === 0 && <p>{t('empty')}</p>}
      {list?.map((c) => (
        <ChangeCard key={c.id} change={c} onDecided={decided} />
      ))}
    </>
  );
}
