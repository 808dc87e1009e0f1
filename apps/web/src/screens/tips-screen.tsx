import { useApp } from '../app-context.tsx';
import { AlonePicture, FollowPicture, LightPicture, SquarePicture } from '../ui/tip-pictures.tsx';
import { LinkButton } from '../ui/link-button.tsx';
import { Screen } from '../ui/screen.tsx';

export function TipsScreen() {
  const { t } = useApp();
  return (
    <Screen title={t('tipsTitle')}>
      <ul className="tips">
        <li>
          <LightPicture />
          <span>{t('tipLight')}</span>
        </li>
        <li>
          <SquarePicture />
          <span>{t('tipSquare')}</span>
        </li>
        <li>
          <AlonePicture />
          <span>{t('tipAlone')}</span>
        </li>
        <li>
          <FollowPicture />
          <span>{t('tipFollow')}</span>
        </li>
      </ul>
      <LinkButton to="/certify">{t('tipsReady')}</LinkButton>
    </Screen>
  );
}
