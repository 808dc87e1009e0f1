import { Suspense, useCallback, useEffect, useState } from 'react';
import type { PensionerDetail } from '../../api/types.ts';
import { useApp } from '../../app-context.tsx';
import { defineStrings, pick, useStrings } from '../../i18n/i18n.ts';
import type { PageProps } from '../registry.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { channelLabels, labelOf, methodLabels, statusLabels } from '../../ui/labels.ts';
import { ShellMessage } from '../../ui/shell-message.tsx';
import { useDistrictName } from '../../ui/district-name.ts';
import { formatDate } from '../../../../web/src/lib/format.ts';
import { PERSON_ACTIONS } from './person-actions.ts';

const strings = defineStrings({
  'zh-CN': {
    idNumber: '身份证号',
    district: '行政区划',
    campaign: '{year} 年度认证',
    noCampaign: '目前没有进行中的认证年度。',
    status: '状态',
    deadline: '截止日期',
    attempts: '自助认证次数',
    attemptsValue: '已用 {used} 次，共 {limit} 次',
    selfService: '手机自助认证',
    open: '可以使用',
    closed: '已关闭',
    history: '认证记录',
    noHistory: '还没有认证记录。',
    date: '日期',
    channel: '渠道',
    method: '方式',
    certificateNo: '认证编号',
    actions: '可办理的业务',
  },
  en: {
    idNumber: 'ID number',
    district: 'District',
    campaign: '{year} certification',
    noCampaign: 'No certification year is running.',
    status: 'Status',
    deadline: 'Deadline',
    attempts: 'Self-service attempts',
    attemptsValue: '{used} of {limit} used',
    selfService: 'Self-service on a phone',
    open: 'Open',
    closed: 'Closed',
    history: 'Certifications',
    noHistory: 'No certifications yet.',
    date: 'Date',
    channel: 'Channel',
    method: 'Method',
    certificateNo: 'Certificate no.',
    actions: 'What you can do',
  },
});

export default function PersonPage({ params }: PageProps) {
  const t = useStrings(strings);
  const { api, lang, can } = useApp();
  const districtName = useDistrictName();
  const [person, setPerson] = useState<PensionerDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const id = params.id ?? '';

  const reload = useCallback(async () => {
    try {
      setPerson(await api.get<PensionerDetail>(`/api/staff/pensioners/${encodeURIComponent(id)}`));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [api, id]);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (error && !person) return <ErrorMessage error={error} />;
  if (!person) return <ShellMessage kind="loading" />;
  const c = person.campaign;
  const actions = PERSON_ACTIONS.filter((a) => can(a.action));
  return (
    <>
      <h1 data-testid="person-name">{person.name}</h1>
      <dl className="facts">
        <dt>{t('idNumber')}</dt>
        <dd>{person.idNumber}</dd>
        <dt>{t('district')}</dt>
        <dd>{districtName(person.districtCode)}</dd>
      </dl>

      <h2>{c ? t('campaign', { year: c.year }) : t('noCampaign')}</h2>
      {c && (
        <dl className="facts" data-testid="campaign">
          <dt>{t('status')}</dt>
          <dd>
            <span className={`badge ${c.status}`} data-testid="status" data-status={c.status}>
              {labelOf(statusLabels, lang, c.status)}
            </span>
          </dd>
          <dt>{t('deadline')}</dt>
          <dd>{formatDate(c.deadline, lang)}</dd>
          <dt>{t('attempts')}</dt>
          <dd data-testid="attempts">
            {t('attemptsValue', { used: person.attempts.used, limit: person.attempts.limit })}
          </dd>
          <dt>{t('selfService')}</dt>
          <dd data-testid="self-service" data-open={person.selfServiceOpen}>
            {person.selfServiceOpen ? t('open') : t('closed')}
          </dd>
        </dl>
      )}

      <h2>{t('history')}</h2>
      {person.history.length === 0 ? (
        <p className="hint">{t('noHistory')}</p>
      ) : (
        <table data-testid="history">
          <thead>
            <tr>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('channel')}</th>
              <th scope="col">{t('method')}</th>
              <th scope="col">{t('certificateNo')}</th>
            </tr>
          </thead>
          <tbody>
            {person.history.map((h) => (
              <tr key={h.certificateNo} data-channel={h.channel}>
                <td>{formatDate(h.date, lang)}</td>
                <td>{labelOf(channelLabels, lang, h.channel)}</td>
                <td>{labelOf(methodLabels, lang, h.method)}</td>
                <td>{h.certificateNo}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {actions.length > 0 && <h2 className="sr-only">{t('actions')}</h2>}
      {actions.map((a) => {
        const Panel = a.component;
        return (
          <section
            key={a.id}
            id={`action-${a.id}`}
            className="panel"
            aria-labelledby={`action-${a.id}-title`}
          >
            <h2 id={`action-${a.id}-title`}>{pick(a.label, lang)}</h2>
            <Suspense fallback={<ShellMessage kind="loading" />}>
              <Panel person={person} reload={reload} />
            </Suspense>
          </section>
        );
      })}
    </>
  );
}
