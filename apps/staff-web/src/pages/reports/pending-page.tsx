import { useEffect, useState, type FormEvent } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { Link, navigate, useLocation } from '../../router.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { formValue } from '../../ui/form-value.ts';
import { labelOf, statusLabels } from '../../ui/labels.ts';
import { downloadExport } from './download.ts';
import type { PendingReply, ProgressReply } from './report-types.ts';
import './reports.css';

const strings = defineStrings({
  'zh-CN': {
    title: '待认证人员名单',
    intro: '您负责范围内尚未认证的人员，用于电话提醒。',
    district: '区县',
    category: '人员类别',
    residence: '居住地',
    status: '认证状态',
    any: '全部',
    pendingAndOverdue: '待认证和逾期',
    filter: '筛选',
    exportXlsx: '导出 Excel',
    exportCsv: '导出 CSV',
    exported: '已导出 {file}（已记录在审计日志中）',
    count: '共 {n} 人，第 {page} / {pages} 页',
    none: '没有符合条件的待认证人员。',
    masked: '手机号码已部分隐藏：您的岗位不需要完整的联系方式。',
    name: '姓名',
    idNumber: '证件号码',
    contact: '联系人',
    mobile: '手机号码',
    address: '地址',
    previous: '上一页',
    next: '下一页',
    pages: '翻页',
    back: '返回认证进度',
    cat_enterprise_retiree: '企业退休人员',
    cat_flexible_retiree: '灵活就业退休人员',
    cat_enterprise_survivor: '遗属生活费领取人员',
    cat_institution_retiree: '机关事业单位退休人员',
    res_local: '本地',
    res_elsewhere: '异地居住',
    res_abroad: '境外居住',
  },
  en: {
    title: 'People still to certify',
    intro: 'People in your scope who have not certified yet, for phone reminders.',
    district: 'District',
    category: 'Category',
    residence: 'Residence',
    status: 'Status',
    any: 'All',
    pendingAndOverdue: 'Pending and overdue',
    filter: 'Filter',
    exportXlsx: 'Export Excel',
    exportCsv: 'Export CSV',
    exported: 'Exported {file} (recorded in the audit log)',
    count: '{n} people, page {page} of {pages}',
    none: 'Nobody matches these filters.',
    masked: 'Mobile numbers are partly hidden: your role does not need full contact details.',
    name: 'Name',
    idNumber: 'ID number',
    contact: 'Contact',
    mobile: 'Mobile',
    address: 'Address',
    previous: 'Previous page',
    next: 'Next page',
    pages: 'Pages',
    back: 'Back to progress',
    cat_enterprise_retiree: 'Enterprise retirees',
    cat_flexible_retiree: 'Flexibly employed retirees',
    cat_enterprise_survivor: 'Survivors',
    cat_institution_retiree: 'Public institution retirees',
    res_local: 'Local',
    res_elsewhere: 'Elsewhere in China',
    res_abroad: 'Abroad',
  },
});

const CATEGORIES = [
  'enterprise_retiree',
  'flexible_retiree',
  'enterprise_survivor',
  'institution_retiree',
] as const;
const RESIDENCES = ['local', 'elsewhere', 'abroad'] as const;
const STATUSES = ['pending', 'overdue', 'suspended'] as const;
const FILTERS = ['year', 'district', 'category', 'residence', 'status'] as const;
const PAGE_SIZE = 50;

export default function PendingPage() {
  const t = useStrings(strings);
  const { api, lang } = useApp();
  const { query } = useLocation();
  const [reply, setReply] = useState<PendingReply | null>(null);
  const [districts, setDistricts] = useState<{ key: string; label: string }[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');

  const filters = new URLSearchParams();
  for (const f of FILTERS) {
    const v = query.get(f);
    if (v) filters.set(f, v);
  }
  const filterQs = filters.toString();
  const page = Math.max(1, Number(query.get('page') ?? '1') || 1);

  // The district choices are the districts of the staff member's own progress report.
  useEffect(() => {
    let live = true;
    const year = new URLSearchParams(filterQs).get('year');
    api.get<ProgressReply>(`/api/staff/reports/progress${year ? `?year=${year}` : ''}`).then(
      (r) => live && setDistricts(r.byDistrict.map((d) => ({ key: d.key, label: d.label }))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, filterQs, lang]);

  useEffect(() => {
    let live = true;
    setError(null);
    const p = new URLSearchParams(filterQs);
    p.set('page', String(page));
    p.set('pageSize', String(PAGE_SIZE));
    api.get<PendingReply>(`/api/staff/reports/pending?${p}`).then(
      (r) => live && setReply(r),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, filterQs, page, lang]);

  const go = (next: URLSearchParams) => {
    const s = next.toString();
    navigate(`/reports/pending${s ? `?${s}` : ''}`);
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const next = new URLSearchParams();
    const year = query.get('year');
    if (year) next.set('year', year);
    for (const f of ['district', 'category', 'residence', 'status'] as const) {
      const v = formValue(e.currentTarget, f);
      if (v) next.set(f, v);
    }
    go(next);
  };

  const toPage = (n: number) => {
    const next = new URLSearchParams(filterQs);
    if (n > 1) next.set('page', String(n));
    go(next);
  };

  const download = async (format: 'csv' | 'xlsx') => {
    setError(null);
    setStatus('');
    const file = `pending-${reply?.campaign.year ?? ''}.${format}`;
    try {
      await downloadExport(
        api,
        `/api/staff/reports/pending.${format}${filterQs ? `?${filterQs}` : ''}`,
        file,
      );
      setStatus(t('exported', { file }));
    } catch (e) {
      setError(e);
    }
  };

  const pages = reply ? Math.max(1, Math.ceil(reply.total / reply.pageSize)) : 1;
  const label = (prefix: 'cat_' | 'res_', code: string) => {
    const key = `${prefix}${code}` as Parameters<typeof t>[0];
    return key in strings[lang] ? t(key) : code;
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <p>
        <Link to={`/reports${query.get('year') ? `?year=${query.get('year')}` : ''}`}>
          {t('back')}
        </Link>
      </p>
      <form className="report-tools" onSubmit={submit} key={filterQs}>
        <div>
          <label htmlFor="f-district">{t('district')}</label>
          <select id="f-district" name="district" defaultValue={query.get('district') ?? ''}>
            <option value="">{t('any')}</option>
            {districts.map((d) => (
              <option key={d.key} value={d.key}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-category">{t('category')}</label>
          <select id="f-category" name="category" defaultValue={query.get('category') ?? ''}>
            <option value="">{t('any')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {label('cat_', c)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-residence">{t('residence')}</label>
          <select id="f-residence" name="residence" defaultValue={query.get('residence') ?? ''}>
            <option value="">{t('any')}</option>
            {RESIDENCES.map((r) => (
              <option key={r} value={r}>
                {label('res_', r)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-status">{t('status')}</label>
          <select id="f-status" name="status" defaultValue={query.get('status') ?? ''}>
            <option value="">{t('pendingAndOverdue')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {labelOf(statusLabels, lang, s)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('filter')}</button>
        <button type="button" className="secondary" onClick={() => void download('xlsx')}>
          {t('exportXlsx')}
        </button>
        <button type="button" className="secondary" onClick={() => void download('csv')}>
          {t('exportCsv')}
        </button>
      </form>
      <ErrorMessage error={error} />
      <p role="status" className={status ? 'success' : undefined}>
        {status}
      </p>
      {reply && (
        <section aria-live="polite" data-testid="pending-results">
          {reply.contactDetails === 'masked' && <p className="notice">{t('masked')}</p>}
          {reply.total === 0 ? (
            <p className="notice">{t('none')}</p>
          ) : (
            <>
              <p>{t('count', { n: reply.total, page: reply.page, pages })}</p>
              <div className="table-scroll">
                <table>
                  <caption className="sr-only">{t('title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('name')}</th>
                      <th scope="col">{t('idNumber')}</th>
                      <th scope="col">{t('district')}</th>
                      <th scope="col">{t('category')}</th>
                      <th scope="col">{t('residence')}</th>
                      <th scope="col">{t('status')}</th>
                      <th scope="col">{t('contact')}</th>
                      <th scope="col">{t('mobile')}</th>
                      <th scope="col">{t('address')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {reply.rows.map((r) => (
                      <tr key={r.pensionerId}>
                        <td>
                          <Link to={`/people/${r.pensionerId}`}>{r.name}</Link>
                        </td>
                        <td>{r.idNumber}</td>
                        <td>{r.district}</td>
                        <td>{label('cat_', r.category)}</td>
                        <td>{label('res_', r.residence)}</td>
                        <td>{labelOf(statusLabels, lang, r.status)}</td>
                        <td>{r.contactName ?? ''}</td>
                        <td>{r.mobile ?? ''}</td>
                        <td>{r.address ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {pages > 1 && (
                <nav aria-label={t('pages')} className="report-tools">
                  <button
                    type="button"
                    className="secondary"
                    disabled={reply.page <= 1}
                    onClick={() => toPage(reply.page - 1)}
                  >
                    {t('previous')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={reply.page >= pages}
                    onClick={() => toPage(reply.page + 1)}
                  >
                    {t('next')}
                  </button>
                </nav>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
