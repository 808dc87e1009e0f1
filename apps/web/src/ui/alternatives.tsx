import type { PublicProfile } from '../api/types.ts';
import { useApp } from '../app-context.tsx';
import { pick } from '../i18n/i18n.ts';
import { yuan } from '../lib/format.ts';

/** Where to certify instead of the phone: offices, bank branches, a paid home visit. */
export function Alternatives(props: { profile: PublicProfile | null }) {
  const { t, lang } = useApp();
  const p = props.profile;
  if (!p) return <p aria-busy="true">{t('loading')}</p>;
  const area = p.homeVisit.serviceArea
    ?.map((d) => pick(d.name, lang))
    .join(lang === 'en' ? ', ' : '、');
  return (
    <div className="alternatives">
      <h2>{t('offices')}</h2>
      <ul>
        {p.offices.map((o, i) => (
          <li key={i}>
            {pick(o.name, lang)}
            {o.address ? `, ${pick(o.address, lang)}` : ''}
            {o.counters && o.counters.length > 0
              ? ` (${o.counters.map((c) => pick(c.location, lang)).join('; ')})`
              : ''}
          </li>
        ))}
      </ul>
      <h2>{t('banks')}</h2>
      <ul>
        {p.banks.map((b, i) => (
          <li key={i}>{pick(b.name, lang)}</li>
        ))}
      </ul>
      <h2>{t('homeVisit')}</h2>
      <p data-testid="home-visit-fee">
        {p.homeVisit.courier ? `${pick(p.homeVisit.courier, lang)}: ` : ''}
        {t('homeVisitFee', {
          fee: yuan(p.homeVisit.perPersonFen),
          reduced: yuan(p.homeVisit.reducedPerPersonFen),
          n: p.homeVisit.reducedWhenMoreThan,
        })}
      </p>
      {area ? <p>{t('homeVisitArea', { area })}</p> : null}
      <h2>{t('employer')}</h2>
    </div>
  );
}
