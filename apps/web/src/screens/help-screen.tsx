import { useProfile } from '../api/use-profile.ts';
import { useApp } from '../app-context.tsx';
import { pick } from '../i18n/i18n.ts';
import { formatDate, yuan } from '../lib/format.ts';
import { Alternatives } from '../ui/alternatives.tsx';
import { LinkButton } from '../ui/link-button.tsx';
import { Screen } from '../ui/screen.tsx';

/** The reference process's questions, answered from the city's profile. */
export function HelpScreen() {
  const { t, api, lang, session } = useApp();
  const profile = useProfile(api);
  return (
    <Screen title={t('helpTitle')}>
      <h2>{t('helpWho')}</h2>
      <p>{t('helpWhoText')}</p>
      <h2>{t('helpWhen')}</h2>
      <p data-testid="window">
        {profile
          ? t('helpWhenText', {
              start: formatDate(profile.window.start, lang),
              end: formatDate(profile.window.end, lang),
            })
          : t('loading')}
      </p>
      <h2>{t('helpHow')}</h2>
      <p>{t('helpHowText')}</p>
      <h2>{t('helpAttempts')}</h2>
      <p>{t('helpAttemptsText', { limit: profile?.attemptLimit ?? '…' })}</p>
      <h2>{t('helpFees')}</h2>
      <p>
        {profile
          ? t('homeVisitFee', {
              fee: yuan(profile.homeVisit.perPersonFen),
              reduced: yuan(profile.homeVisit.reducedPerPersonFen),
              n: profile.homeVisit.reducedWhenMoreThan,
            })
          : t('loading')}
      </p>
      <h2>{t('helpWhere')}</h2>
      <Alternatives profile={profile} />
      <h2>{t('helpAway')}</h2>
      <p>{t('helpAwayText')}</p>
      {profile?.offsiteForm ? (
        <>
          <p>
            {t('helpAwayForm', {
              form: pick(profile.offsiteForm.name, lang),
              from: pick(profile.offsiteForm.obtainFrom, lang),
            })}
          </p>
          <p data-testid="offsite-post-to">
            {t('helpAwayPost', {
              name: pick(profile.offsiteForm.postTo.name, lang),
              address: pick(profile.offsiteForm.postTo.address, lang),
              postcode: profile.offsiteForm.postTo.postcode,
            })}
          </p>
        </>
      ) : null}
      <h2>{t('helpWrongInfo')}</h2>
      <p>{t('helpWrongInfoText')}</p>
      <h2>{t('noticeCheckTitle')}</h2>
      <p>{t('noticeNeverAsk')}</p>
      <LinkButton to="/notice-check" secondary>
        {t('noticeCheckLink')}
      </LinkButton>
      <LinkButton to={session ? '/me' : '/login'}>{t('back')}</LinkButton>
    </Screen>
  );
}
