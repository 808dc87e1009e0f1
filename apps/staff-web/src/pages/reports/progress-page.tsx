import { useEffect, useState, type ChangeEvent } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings, type Translate } from '../../i18n/i18n.ts';
import { Link, navigate, useLocation } from '../../router.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { BarChart, LineChart } from './charts.tsx';
import { downloadExport } from './download.ts';
import { ReportSection, ReportTable, type Column } from './report-table.tsx';
import { percent, type GroupProgress, type ProgressReply } from './report-types.ts';
import './reports.css';

const strings = defineStrings({
  'zh-CN': {
    title: '认证进度',
    year: '认证年度',
    yearOption: '{year} 年度',
    district: '区县',
    allDistricts: '全部区县',
    asOf: '统计时间：{time}（{from} 至 {to}）',
    loading: '正在统计…',
    exportXlsx: '导出 Excel（全部表格）',
    exportCsv: '导出 CSV',
    exported: '已导出 {file}',
    pendingLink: '查看待认证人员名单',
    overview: '总体情况',
    total: '总人数',
    required: '应认证',
    certified: '已认证',
    exempt: '免于认证',
    pending: '待认证',
    overdue: '逾期未认证',
    suspended: '已暂停发放',
    notEligible: '无需认证',
    doneRate: '完成率',
    certifiedRate: '认证率',
    byDistrict: '按区县',
    byDistrictChart: '各区县完成率',
    byDistrictSummary: '每个区县已认证和免于认证的人数占应认证人数的比例；数字见旁边的表格。',
    byCategory: '按人员类别',
    byCategoryChart: '各类人员完成率',
    byCategorySummary: '每类人员的完成率；数字见旁边的表格。',
    byResidence: '按居住地',
    byChannel: '按认证渠道',
    byChannelChart: '各渠道已认证人数',
    byChannelSummary: '每个渠道已认证的人数，现场核验证件单独计数；数字见旁边的表格。',
    channel: '渠道',
    face: '人脸识别',
    idCheck: '现场核验证件',
    paper: '表格或证明材料',
    share: '占比',
    byDay: '按日',
    byDayChart: '每日认证与累计',
    byDayCaption: '每日认证人数',
    byDaySummary: '实线为累计认证人数，虚线为当日认证人数；逐日数字见下面的表格。',
    day: '日期',
    dayTotal: '当日',
    cumulative: '累计',
    dailySeries: '当日认证',
    cumulativeSeries: '累计认证',
  },
  en: {
    title: 'Certification progress',
    year: 'Year',
    yearOption: '{year}',
    district: 'District',
    allDistricts: 'All districts',
    asOf: 'As of {time} (window {from} to {to})',
    loading: 'Counting…',
    exportXlsx: 'Export Excel (all tables)',
    exportCsv: 'Export CSV',
    exported: 'Exported {file}',
    pendingLink: 'People still to certify',
    overview: 'Overview',
    total: 'People',
    required: 'Required',
    certified: 'Certified',
    exempt: 'Exempt',
    pending: 'Pending',
    overdue: 'Overdue',
    suspended: 'Suspended',
    notEligible: 'Not required',
    doneRate: 'Done rate',
    certifiedRate: 'Certified rate',
    byDistrict: 'By district',
    byDistrictChart: 'Done rate by district',
    byDistrictSummary:
      'Share of the required people of each district who are certified or exempt; the numbers are in the table beside.',
    byCategory: 'By category',
    byCategoryChart: 'Done rate by category',
    byCategorySummary: 'Done rate of each category; the numbers are in the table beside.',
    byResidence: 'By residence',
    byChannel: 'By channel',
    byChannelChart: 'Certified people by channel',
    byChannelSummary:
      'People certified through each channel, in-person ID checks counted apart; the numbers are in the table beside.',
    channel: 'Channel',
    face: 'Face',
    idCheck: 'In-person ID check',
    paper: 'Form or documents',
    share: 'Share',
    byDay: 'By day',
    byDayChart: 'Certifications per day and cumulative',
    byDayCaption: 'Certifications per day',
    byDaySummary:
      'The solid line is the cumulative number certified, the dashed line the number certified that day; the table below has every day.',
    day: 'Day',
    dayTotal: 'That day',
    cumulative: 'Cumulative',
    dailySeries: 'Certified that day',
    cumulativeSeries: 'Cumulative',
  },
});

type Key = keyof (typeof strings)['zh-CN'];

const TABLE_TITLES: Record<string, Key> = {
  district: 'byDistrict',
  channel: 'byChannel',
  day: 'byDay',
  category: 'byCategory',
  residence: 'byResidence',
};

const COUNT_COLUMNS = [
  'required',
  'certified',
  'exempt',
  'pending',
  'overdue',
  'suspended',
  'notEligible',
] as const;

function ProgressTable({
  caption,
  keyHeader,
  groups,
  t,
}: {
  caption: string;
  keyHeader: string;
  groups: readonly GroupProgress[];
  t: Translate<Key>;
}) {
  const columns: Column<GroupProgress>[] = [
    ...COUNT_COLUMNS.map((c) => ({ header: t(c), cell: (g: GroupProgress) => g[c] })),
    { header: t('doneRate'), cell: (g) => percent(g.doneRate) },
  ];
  return (
    <ReportTable
      caption={caption}
      keyHeader={keyHeader}
      columns={columns}
      rows={groups}
      rowKey={(g) => g.key}
      rowLabel={(g) => g.label}
    />
  );
}

export default function ProgressPage() {
  const t = useStrings(strings);
  const { api, lang } = useApp();
  const { query } = useLocation();
  const year = query.get('year') ?? '';
  const district = query.get('district') ?? '';
  const [reply, setReply] = useState<ProgressReply | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');

  const params = new URLSearchParams();
  if (year) params.set('year', year);
  if (district) params.set('district', district);
  const qs = params.toString();

  useEffect(() => {
    let live = true;
    setError(null);
    api.get<ProgressReply>(`/api/staff/reports/progress${qs ? `?${qs}` : ''}`).then(
      (r) => live && setReply(r),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, qs, lang]);

  const choose = (name: 'year' | 'district') => (e: ChangeEvent<HTMLSelectElement>) => {
    const next = new URLSearchParams(qs);
    if (e.target.value) next.set(name, e.target.value);
    else next.delete(name);
    const s = next.toString();
    navigate(`/reports${s ? `?${s}` : ''}`, { replace: true });
  };

  const download = async (path: string, file: string) => {
    setError(null);
    setStatus('');
    try {
      await downloadExport(api, path, file);
      setStatus(t('exported', { file }));
    } catch (e) {
      setError(e);
    }
  };
  const withQuery = (path: string, extra: Record<string, string> = {}) => {
    const p = new URLSearchParams(qs);
    for (const [k, v] of Object.entries(extra)) p.set(k, v);
    const s = p.toString();
    return `${path}${s ? `?${s}` : ''}`;
  };
  const csv = (table: string) => (
    <button
      type="button"
      className="secondary"
      aria-label={`${t('exportCsv')}: ${t(TABLE_TITLES[table]!)}`}
      onClick={() =>
        void download(
          withQuery('/api/staff/reports/progress.csv', { table }),
          `progress-${reply?.campaign.year ?? ''}-${table}.csv`,
        )
      }
    >
      {t('exportCsv')}
    </button>
  );

  if (!reply) {
    return (
      <>
        <h1>{t('title')}</h1>
        {error ? <ErrorMessage error={error} /> : <p role="status">{t('loading')}</p>}
      </>
    );
  }
  const o = reply.overall;
  const days = reply.byDay;
  // Channel and day rows both split their certifications by method.
  const byMethod: Column<{ face: number; idCheck: number; paper: number }>[] = [
    { header: t('face'), cell: (r) => r.face },
    { header: t('idCheck'), cell: (r) => r.idCheck },
    { header: t('paper'), cell: (r) => r.paper },
  ];
  return (
    <>
      <h1>{t('title')}</h1>
      <div className="report-tools">
        <div>
          <label htmlFor="report-year">{t('year')}</label>
          <select id="report-year" value={String(reply.campaign.year)} onChange={choose('year')}>
            {reply.campaigns.map((c) => (
              <option key={c.year} value={c.year}>
                {t('yearOption', { year: c.year })}
              </option>
            ))}
          </select>
        </div>
        {reply.scope === 'all' && (
          <div>
            <label htmlFor="report-district">{t('district')}</label>
            <select id="report-district" value={district} onChange={choose('district')}>
              <option value="">{t('allDistricts')}</option>
              {reply.byDistrict.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <button
          type="button"
          onClick={() =>
            void download(
              withQuery('/api/staff/reports/progress.xlsx'),
              `progress-${reply.campaign.year}.xlsx`,
            )
          }
        >
          {t('exportXlsx')}
        </button>
        <Link to={`/reports/pending${year ? `?year=${year}` : ''}`}>{t('pendingLink')}</Link>
      </div>
      <p className="hint">
        {t('asOf', {
          time: new Date(reply.asOf).toLocaleString(lang, { timeZone: 'Asia/Shanghai' }),
          from: reply.campaign.windowStart,
          to: reply.campaign.windowEnd,
        })}
      </p>
      <ErrorMessage error={error} />
      <p role="status" className={status ? 'success' : undefined}>
        {status}
      </p>

      <section aria-labelledby="overview">
        <h2 id="overview">{t('overview')}</h2>
        <dl className="facts" data-testid="overview">
          {(['total', ...COUNT_COLUMNS] as const).map((k) => (
            <div key={k}>
              <dt>{t(k)}</dt>
              <dd data-key={k}>{o[k]}</dd>
            </div>
          ))}
          <div>
            <dt>{t('doneRate')}</dt>
            <dd data-key="doneRate">{percent(o.doneRate)}</dd>
          </div>
          <div>
            <dt>{t('certifiedRate')}</dt>
            <dd>{percent(o.certifiedRate)}</dd>
          </div>
        </dl>
      </section>

      <ReportSection id="by-district" title={t('byDistrict')} action={csv('district')}>
        <div className="report-pair">
          <BarChart
            title={t('byDistrictChart')}
            summary={t('byDistrictSummary')}
            bars={reply.byDistrict.map((d) => ({ label: d.label, value: d.doneRate ?? 0 }))}
            max={1}
            format={(v) => percent(v)}
          />
          <ProgressTable
            caption={t('byDistrict')}
            keyHeader={t('district')}
            groups={reply.byDistrict}
            t={t}
          />
        </div>
      </ReportSection>

      <ReportSection id="by-channel" title={t('byChannel')} action={csv('channel')}>
        <div className="report-pair">
          <BarChart
            title={t('byChannelChart')}
            summary={t('byChannelSummary')}
            bars={reply.byChannel.map((c) => ({ label: c.label, value: c.total }))}
            format={(v) => String(v)}
          />
          <ReportTable
            caption={t('byChannel')}
            keyHeader={t('channel')}
            columns={[
              { header: t('certified'), cell: (c) => c.total },
              ...byMethod,
              { header: t('share'), cell: (c) => percent(c.share) },
            ]}
            rows={reply.byChannel}
            rowKey={(c) => c.channel}
            rowLabel={(c) => c.label}
          />
        </div>
      </ReportSection>

      <ReportSection id="by-day" title={t('byDay')} action={csv('day')}>
        <LineChart
          title={t('byDayChart')}
          summary={t('byDaySummary')}
          xLabels={days.map((d) => d.day)}
          series={[
            { name: t('cumulativeSeries'), values: days.map((d) => d.cumulative) },
            { name: t('dailySeries'), values: days.map((d) => d.total) },
          ]}
        />
        <details>
          <summary>{t('byDayCaption')}</summary>
          <ReportTable
            caption={t('byDayCaption')}
            keyHeader={t('day')}
            columns={[
              { header: t('dayTotal'), cell: (d) => d.total },
              ...byMethod,
              { header: t('cumulative'), cell: (d) => d.cumulative },
            ]}
            rows={days}
            rowKey={(d) => d.day}
            rowLabel={(d) => d.day}
          />
        </details>
      </ReportSection>

      <ReportSection id="by-category" title={t('byCategory')} action={csv('category')}>
        <div className="report-pair">
          <BarChart
            title={t('byCategoryChart')}
            summary={t('byCategorySummary')}
            bars={reply.byCategory.map((d) => ({ label: d.label, value: d.doneRate ?? 0 }))}
            max={1}
            format={(v) => percent(v)}
          />
          <ProgressTable
            caption={t('byCategory')}
            keyHeader={t('byCategory')}
            groups={reply.byCategory}
            t={t}
          />
        </div>
      </ReportSection>

      <ReportSection id="by-residence" title={t('byResidence')} action={csv('residence')}>
        <ProgressTable
          caption={t('byResidence')}
          keyHeader={t('byResidence')}
          groups={reply.byResidence}
          t={t}
        />
      </ReportSection>
    </>
  );
}
