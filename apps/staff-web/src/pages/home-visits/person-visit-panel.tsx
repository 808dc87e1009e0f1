import { useEffect, useState } from 'react';
import { useApp } from '../../app-context.tsx';
import { defineStrings, useStrings } from '../../i18n/i18n.ts';
import { Link } from '../../router.tsx';
import { ErrorMessage } from '../../ui/error-message.tsx';
import type { PersonActionProps } from '../person/person-actions.ts';

const strings = defineStrings({
  'zh-CN': {
    booked: '已预约 {date} 上门服务。',
    open: '查看上门服务',
    explain: '本人无法出门、家属也无法代办时，可预约邮政上门认证（收费）。',
    book: '为此人预约上门服务',
    notNeeded: '本年度无需再认证。',
  },
  en: {
    booked: 'A home visit is booked for {date}.',
    open: 'Open the home visit',
    explain: 'When the person cannot go out and the family cannot help, book a paid courier visit.',
    book: 'Book a home visit for this person',
    notNeeded: 'Nothing more to certify this year.',
  },
});

/** On a person's page: their booked home visit, or a link to book one for them. */
export default function PersonVisitPanel({ person }: PersonActionProps) {
  const t = useStrings(strings);
  const { api } = useApp();
  const [booked, setBooked] = useState<{ id: string; visitDate: string } | null | undefined>();
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api
      .get<{ booked: { id: string; visitDate: string } | null }>(
        `/api/staff/home-visits/of/${encodeURIComponent(person.id)}`,
      )
      .then(
        (r) => live && setBooked(r.booked),
        (e: unknown) => live && setError(e),
      );
    return () => {
      live = false;
    };
  }, [api, person.id]);

  if (error) return <ErrorMessage error={error} />;
  if (booked === undefined) return null;
  if (booked) {
    return (
      <p data-testid="hv-booked">
        {t('booked', { date: booked.visitDate })}{' '}
        <Link to={`/home-visits/${booked.id}`}>{t('open')}</Link>
      </p>
    );
  }
  const status = person.campaign?.status;
  if (status === 'certified' || status === 'exempt')
    return <p className="hint">{t('notNeeded')}</p>;
  return (
    <>
      <p className="hint">{t('explain')}</p>
      <p>
        <Link to={`/home-visits/new?person=${encodeURIComponent(person.id)}`}>{t('book')}</Link>
      </p>
    </>
  );
}
