import { useApp } from '../app-context.tsx';
import { LinkButton } from '../ui/link-button.tsx';
import { Screen } from '../ui/screen.tsx';

export function NotFoundScreen() {
  const { t } = useApp();
  return (
    <Screen title={t('notFound')}>
      <LinkButton to="/">{t('home')}</LinkButton>
    </Screen>
  );
}
