import { useEffect, useState } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { Link } from '../../router.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import type { MissingPhotos } from './photo-api.ts';

const strings = defineStrings({
  'zh-CN': {
    title: '缺少比对照片的人员',
    explain: '以下人员没有比对照片，无法使用手机自助认证。请联系本人到柜台拍照。',
    count: '共 {n} 人',
    name: '姓名',
    district: '区县代码',
    mobile: '手机号码',
    pending: '照片待审核',
    more: '显示更多',
  },
  en: {
    title: 'People without a reference photo',
    explain:
      'These people have no reference photo, so self-service cannot work. Ask them to come to a counter for a photo.',
    count: '{n} people',
    name: 'Name',
    district: 'District code',
    mobile: 'Mobile',
    pending: 'Photo awaiting approval',
    more: 'Show more',
  },
});
const PAGE = 50;

/** Outreach list: people in the scope without an active reference photo. */
export default function MissingPhotosPage() {
  const t = useStrings(strings);
  const { api } = useApp();
  const [data, setData] = useState<MissingPhotos | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [limit, setLimit] = useState(PAGE);

  useEffect(() => {
    api.get<MissingPhotos>(`/api/staff/photos/missing?limit=${limit}`).then(setData, setError);
  }, [api, limit]);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="hint">{t('explain')}</p>
      <ErrorMessage error={error} />
      {data && (
        <>
          <p>{t('count', { n: data.total })}</p>
          <table data-testid="missing-photos">
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('district')}</th>
                <th scope="col">{t('mobile')}</th>
                <th scope="col">
                  <span className="sr-only">{t('pending')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.people.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/people/${p.id}`}>{p.name}</Link>
                  </td>
                  <td>{p.districtCode}</td>
                  <td>{p.mobile ?? ''}</td>
                  <td>{p.pending ? <span className="badge">{t('pending')}</span> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.people.length < data.total && (
            <button
              type="button"
              className="secondary"
              onClick={() => setLimit((n) => Math.min(n + PAGE, 200))}
            >
              {t('more')}
            </button>
          )}
        </>
      )}
    </>
  );
}
