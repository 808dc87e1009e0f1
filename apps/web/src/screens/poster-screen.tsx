import { useMemo } from 'react';
import { useProfile } from '../api/use-profile.ts';
import { useApp } from '../app-context.tsx';
import { pick } from '../i18n/i18n.ts';
import { formatDate } from '../lib/format.ts';
import { qrPath } from '../lib/qr-svg.ts';
import { Screen } from '../ui/screen.tsx';

/** For staff to print: the app's address as a QR code and as text. */
export function PosterScreen() {
  const { t, api, lang } = useApp();
  const profile = useProfile(api);
  const url = `${location.origin}/`;
  const qr = useMemo(() => qrPath(url), [url]);
  return (
    <div className="poster">
      <Screen title={t('posterTitle')}>
        {profile ? (
          <p>
            {pick(profile.city.name, lang)}:{' '}
            {t('helpWhenText', {
              start: formatDate(profile.window.start, lang),
              end: formatDate(profile.window.end, lang),
            })}
          </p>
        ) : null}
        <svg
          className="qr"
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          role="img"
          aria-label={url}
          data-testid="qr"
          shapeRendering="crispEdges"
        >
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.d} fill="#000" />
        </svg>
        <p>{t('posterScan')}</p>
        <p>
          <strong data-testid="poster-url">{url}</strong>
        </p>
        <p>{t('posterSteps')}</p>
        <p>{t('posterHelp')}</p>
        <button type="button" className="no-print" onClick={() => window.print()}>
          {t('posterPrint')}
        </button>
      </Screen>
    </div>
  );
}
