import { useEffect, useState } from 'react';
import type { PensionerDetail } from '../../api/types.ts';
import { useApp } from '../../app-context.tsx';
import { useStrings } from '../../i18n/i18n.ts';
import type { AssistedRecordingReply } from './face-certification-api.ts';
import { strings } from './face-certify-strings.ts';

/** The decision in plain words: the photo and number on a pass, the reasons on a failure. */
export function FaceCertifyResult(props: {
  person: PensionerDetail;
  result: AssistedRecordingReply;
  onRetry: () => void;
}) {
  const t = useStrings(strings);
  const { api } = useApp();
  const { result } = props;
  const certificate = result.certificate;
  const [photo, setPhoto] = useState<string | null>(null);

  useEffect(() => {
    if (!certificate) return;
    let url: string | null = null;
    let live = true;
    api.blob(certificate.photoUrl).then(
      (blob) => {
        if (!live) return;
        url = URL.createObjectURL(blob);
        setPhoto(url);
      },
      () => undefined, // the number is the proof; the photo is a courtesy
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, certificate]);

  if (result.decision === 'pass' && certificate) {
    return (
      <section
        className="notice success"
        aria-labelledby="face-result-h"
        data-testid="face-result"
        data-decision="pass"
        data-channel={result.channel}
      >
        <h3 id="face-result-h">{t('passTitle')}</h3>
        <p>{t('passText', { name: props.person.name })}</p>
        <div className="result-row">
          {photo && <img className="certified-photo" src={photo} alt={t('photo')} />}
          <dl className="facts">
            <dt>{t('certificateNo')}</dt>
            <dd data-testid="certificate-no">{certificate.number}</dd>
            <dt>{t('certifiedOn')}</dt>
            <dd>{certificate.date}</dd>
          </dl>
        </div>
      </section>
    );
  }
  return (
    <section
      className="alert-box"
      aria-labelledby="face-result-h"
      data-testid="face-result"
      data-decision={result.decision}
    >
      <h3 id="face-result-h" role="alert">
        {t('failTitle')}
      </h3>
      <p>{t('failText')}</p>
      <ul data-testid="reasons">
        {result.reasons.map((r, i) => (
          <li key={i} data-code={r.code}>
            {r.message}
          </li>
        ))}
      </ul>
      <p className="actions">
        <button type="button" onClick={props.onRetry}>
          {t('tryAgain')}
        </button>{' '}
        <a href="#action-id-check" data-testid="use-id-check">
          {t('useIdCheck')}
        </a>
      </p>
    </section>
  );
}
