import { useEffect, useRef, useState } from 'react';
import type { RecordingResponse } from '../api/types.ts';
import { useProfile } from '../api/use-profile.ts';
import { useApp } from '../app-context.tsx';
import { announce } from '../camera/prompts.ts';
import { formatDate } from '../lib/format.ts';
import { createTrackedObjectUrl, revokeTrackedObjectUrl } from '../session/traces.ts';
import { Alternatives } from '../ui/alternatives.tsx';
import { LinkButton } from '../ui/link-button.tsx';

export function CertifyResult(props: { result: RecordingResponse; onRetry: () => void }) {
  const { t, api, lang } = useApp();
  const { result } = props;
  const profile = useProfile(api);
  const [photo, setPhoto] = useState<string | null>(null);
  const certificate = result.certificate;
  // The prompts were spoken, so the outcome is too: someone who cannot read the small print
  // hears whether it worked and, if not, what to do differently.
  const spoken = (
    result.decision === 'pass' && certificate
      ? [t('successTitle'), t('successText')]
      : [
          result.selfServiceOpen ? t('failTitle') : t('closedTitle'),
          ...result.reasons.map((r) => r.message),
          result.selfServiceOpen ? t('attemptsLeft', { n: result.attemptsLeft }) : t('closedText'),
        ]
  ).join(' ');
  const speak = useRef(() => announce(spoken, lang));
  speak.current = () => announce(spoken, lang);
  useEffect(() => {
    speak.current();
  }, [result]);

  useEffect(() => {
    if (!certificate) return;
    let url: string | null = null;
    let live = true;
    api.blob(certificate.photoUrl).then(
      (blob) => {
        if (!live) return;
        url = createTrackedObjectUrl(blob);
        setPhoto(url);
      },
      () => {
        // the number and date are the proof; the photo is a courtesy
      },
    );
    return () => {
      live = false;
      if (url) revokeTrackedObjectUrl(url);
    };
  }, [api, certificate]);

  if (result.decision === 'pass' && certificate) {
    return (
      <section
        className="notice success"
        aria-labelledby="result-h"
        data-testid="result"
        data-decision="pass"
      >
        <h2 id="result-h">{t('successTitle')}</h2>
        <p>{t('successText')}</p>
        <ReadAloud onClick={() => speak.current()} label={t('readAloud')} />
        {photo ? <img className="certificate-photo" src={photo} alt={t('certifiedPhoto')} /> : null}
        <dl className="facts">
          <dt>{t('certificateNo')}</dt>
          <dd data-testid="certificate-no">{certificate.number}</dd>
          <dt>{t('certifiedOn')}</dt>
          <dd>{formatDate(certificate.date, lang)}</dd>
        </dl>
        <LinkButton to="/me">{t('done')}</LinkButton>
      </section>
    );
  }

  return (
    <section aria-labelledby="result-h" data-testid="result" data-decision={result.decision}>
      <div className="alert" role="alert">
        <h2 id="result-h">{result.selfServiceOpen ? t('failTitle') : t('closedTitle')}</h2>
        <ul data-testid="reasons">
          {result.reasons.map((r, i) => (
            <li key={i} data-code={r.code} data-step={r.step}>
              {r.message}
            </li>
          ))}
        </ul>
        {result.selfServiceOpen ? (
          <p data-testid="attempts-left">{t('attemptsLeft', { n: result.attemptsLeft })}</p>
        ) : null}
        <ReadAloud onClick={() => speak.current()} label={t('readAloud')} />
      </div>
      {result.selfServiceOpen ? (
        <>
          <button type="button" onClick={props.onRetry}>
            {t('tryAgain')}
          </button>
          <LinkButton to="/me" secondary>
            {t('back')}
          </LinkButton>
        </>
      ) : (
        <section data-testid="alternatives">
          <p>{t('closedText')}</p>
          <Alternatives profile={profile} />
          <LinkButton to="/me" secondary>
            {t('back')}
          </LinkButton>
        </section>
      )}
    </section>
  );
}

function ReadAloud(props: { onClick: () => void; label: string }) {
  return (
    <button type="button" className="secondary" data-testid="read-aloud" onClick={props.onClick}>
      {props.label}
    </button>
  );
}
