import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import { useApp } from '../app-context.tsx';
import { createTrackedObjectUrl, revokeTrackedObjectUrl } from '../session/traces.ts';

/**
 * The offsite certification form of the person logged in, for people living elsewhere in China.
 * The PDF carries their full ID number, so it is fetched with the session token (never a plain
 * link another app could open) and its object URL is released right after the download starts.
 */
export function OffsiteFormDownload() {
  const { t, api } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const url = createTrackedObjectUrl(await api.blob('/api/self/offsite-form.pdf'));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'offsite-form.pdf';
      document.body.append(a);
      a.click();
      a.remove();
      // Give the browser time to start reading the file before the URL goes.
      setTimeout(() => revokeTrackedObjectUrl(url), 60_000);
    } catch (err) {
      setError(
        err instanceof ApiError && err.failure.message ? err.failure.message : t('networkError'),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="notice" aria-labelledby="offsite-h" data-testid="offsite-form">
      <h2 id="offsite-h">{t('offsiteFormTitle')}</h2>
      <p>{t('offsiteFormText')}</p>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="secondary" disabled={busy} onClick={() => void download()}>
        {t('offsiteFormDownload')}
      </button>
    </section>
  );
}
