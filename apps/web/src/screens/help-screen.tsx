import { useProfile } from '../api/use-profile.ts';
import { useApp } from '../app-context.tsx';
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
