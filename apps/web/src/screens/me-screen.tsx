import { useEffect, useState } from 'react';
import type { MeResponse } from '../api/types.ts';
import { useProfile } from '../api/use-profile.ts';
import { useApp } from '../app-context.tsx';
import { isStringKey } from '../i18n/i18n.ts';
import { formatDate } from '../lib/format.ts';
import { Alternatives } from '../ui/alternatives.tsx';
import { LinkButton } from '../ui/link-button.tsx';
import { OffsiteFormDownload } from '../ui/offsite-form-download.tsx';
import { Screen } from '../ui/screen.tsx';

export function MeScreen() {
  const { t, api, lang, logout } = useApp();
  const [me, setMe] = useState<MeResponse | null>(null);
  const [failed, setFailed] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const profile = useProfile(api);

  useEffect(() => {
    let live = true;
    api.json<MeResponse>('GET', '/api/self/me').then(
      (m) => {
        if (live) setMe(m);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [api]);

  const status = me?.campaign?.status ?? 'pending';
  const statusKey = `status_${status}`;
  const certified = status === 'certified' || status === 'exempt' || status === 'not_eligible';

  return (
    <Screen title={me ? me.name : t('meTitle')}>
      {failed ? (
        <p className="alert" role="alert">
          {t('networkError')}
        </p>
      ) : null}
      {!me ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : (
        <>
          <p>
            {t('maskedId')}: <span data-testid="masked-id">{me.maskedIdNumber}</span>
          </p>
          {me.benefitNotice ? (
            <section className="alert" aria-labelledby="benefit-h" data-testid="benefit-notice">
              <h2 id="benefit-h">
                {me.benefitNotice.reason === 'deceased'
                  ? t('benefitEndedTitle')
                  : t('benefitSuspendedTitle')}
              </h2>
              <p>{me.benefitNotice.messages[lang]}</p>
              {me.benefitNotice.reason === 'not_certified' ? (
                <p>{t('benefitSuspendedWhatToDo')}</p>
              ) : null}
            </section>
          ) : null}
          <section className={certified ? 'notice success' : 'notice'} aria-labelledby="status-h">
            <h2 id="status-h">{t('statusThisYear')}</h2>
            <p data-testid="status" data-status={status}>
              <strong>
                {isStringKey(statusKey) ? t(statusKey) : t('status_other', { status })}
              </strong>
            </p>
            {!certified && me.campaign?.deadline ? (
              <p>{t('deadline', { date: formatDate(me.campaign.deadline, lang) })}</p>
            ) : null}
            {!certified ? (
              <p>{t('attemptsUsed', { used: me.attempts.used, limit: me.attempts.limit })}</p>
            ) : null}
          </section>
          {!certified && me.selfServiceOpen ? (
            <LinkButton to={me.contact ? '/consent' : '/contact'}>{t('certifyNow')}</LinkButton>
          ) : null}
          {!certified && !me.selfServiceOpen ? (
            <section aria-labelledby="closed-h">
              <h2 id="closed-h">{t('selfServiceClosed')}</h2>
              <Alternatives profile={profile} />
            </section>
          ) : null}
          {me.residence === 'elsewhere' ? <OffsiteFormDownload /> : null}
          <h2>{t('history')}</h2>
          {me.history.length === 0 ? (
            <p>{t('noHistory')}</p>
          ) : (
            <ul className="history" data-testid="history">
              {me.history.map((h, i) => {
                const key = `channel_${h.channel}`;
                return (
                  <li key={i}>
                    {formatDate(h.date, lang)}: {isStringKey(key) ? t(key) : h.channel}
                    {h.certificateNo ? ` (${h.certificateNo})` : ''}
                  </li>
                );
              })}
            </ul>
          )}
          <h2>{t('contactOnFile')}</h2>
          {me.contact ? (
            <p>
              {me.contact.contactName}, {me.contact.mobile}
              <br />
              {me.contact.address}
            </p>
          ) : null}
          <LinkButton to="/contact" secondary>
            {t('editContact')}
          </LinkButton>
          <LinkButton to="/password" secondary>
            {t('changePassword')}
          </LinkButton>
        </>
      )}
      <LinkButton to="/help" secondary>
        {t('helpLink')}
      </LinkButton>
      <p className="hint">{t('logoutHint')}</p>
      <button
        type="button"
        disabled={leaving}
        onClick={() => {
          setLeaving(true);
          void logout();
        }}
      >
        {t('logout')}
      </button>
    </Screen>
  );
}
