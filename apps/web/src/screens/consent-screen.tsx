import { useApp } from '../app-context.tsx';
import { LinkButton } from '../ui/link-button.tsx';
import { Screen } from '../ui/screen.tsx';

/** What is captured, why, and for how long, before any camera opens. */
export function ConsentScreen() {
  const { t } = useApp();
  return (
    <Screen title={t('consentTitle')}>
      <div className="notice">
        <p>{t('consentWhat')}</p>
        <p>{t('consentWhy')}</p>
        <p>{t('consentKeep')}</p>
        <p>{t('consentCaregiver')}</p>
      </div>
      <LinkButton to="/tips">{t('consentAgree')}</LinkButton>
      <LinkButton to="/me" secondary>
        {t('back')}
      </LinkButton>
    </Screen>
  );
}
