import { useCallback, useEffect, useRef, useState } from 'react';
import {
  attach,
  openCamera,
  problemOf,
  release,
  type CameraProblem,
} from '../../../../web/src/camera/camera.ts';
import { announce } from '../../../../web/src/camera/prompts.ts';
import { record } from '../../../../web/src/camera/record.ts';
import { ApiError } from '../../api/client.ts';
import { useApp } from '../../app-context.tsx';
import { useStrings } from '../../i18n/i18n.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import type { PersonActionProps } from '../person/person-actions.ts';
import {
  challengesPath,
  recordingPath,
  type Action,
  type AssistedRecordingReply,
  type ChallengeResponse,
} from './face-certification-api.ts';
import { FaceCertifyResult } from './face-certify-result.tsx';
import { ACTION_KEYS, strings } from './face-certify-strings.ts';

type Phase =
  | { kind: 'idle' }
  | { kind: 'opening' }
  | { kind: 'preview' }
  | { kind: 'camera-problem'; problem: CameraProblem }
  | { kind: 'starting' }
  | { kind: 'recording'; actions: Action[]; step: number }
  | { kind: 'sending' }
  | { kind: 'result'; result: AssistedRecordingReply }
  | { kind: 'error'; error: unknown };

/**
 * "Certify by face" on a person's page: the staff device's camera, the pensioner app's capture
 * and prompts, the server's judgement. The camera is on only between Open and the result.
 */
export default function FaceCertifyPanel({ person, reload }: PersonActionProps) {
  const t = useStrings(strings);
  const { api, lang } = useApp();
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  const stop = useCallback(() => {
    release(video.current, stream.current);
    stream.current = null;
  }, []);
  useEffect(() => {
    return () => {
      stop();
      window.speechSynthesis?.cancel();
    };
  }, [stop]);

  const open = async () => {
    setPhase({ kind: 'opening' });
    try {
      stop();
      stream.current = await openCamera();
      if (video.current) await attach(video.current, stream.current);
      setPhase({ kind: 'preview' });
    } catch (err) {
      stop();
      setPhase({ kind: 'camera-problem', problem: problemOf(err) });
    }
  };

  const start = async () => {
    setPhase({ kind: 'starting' });
    try {
      const challenge = await api.post<ChallengeResponse>(challengesPath(person.id));
      // Reopened so the capture clock starts on the first picture of the take, as on the phone.
      stop();
      stream.current = await openCamera();
      const v = video.current;
      if (!v) return;
      await attach(v, stream.current);
      const actions = challenge.actions;
      setPhase({ kind: 'recording', actions, step: -1 });
      announce(t('getReady'), lang);
      const frames = await record({
        video: v,
        actions,
        onStep: (step) => {
          const action = actions[step]!;
          setPhase({ kind: 'recording', actions, step });
          announce(t(ACTION_KEYS[action]), lang, action);
        },
      });
      stop();
      setPhase({ kind: 'sending' });
      const result = await api.post<AssistedRecordingReply>(
        recordingPath(person.id, challenge.challengeId),
        { frames },
      );
      setPhase({ kind: 'result', result });
      if (result.decision === 'pass') await reload();
    } catch (err) {
      stop();
      if (err instanceof ApiError) setPhase({ kind: 'error', error: err });
      else setPhase({ kind: 'camera-problem', problem: problemOf(err) });
    }
  };

  const cameraOn = ['opening', 'preview', 'starting', 'recording'].includes(phase.kind);
  const recording = phase.kind === 'recording' ? phase : null;
  const status = person.campaign?.status;
  const done = status === 'certified' || status === 'exempt';

  return (
    <div className="face-certify" data-testid="face-certify" data-phase={phase.kind}>
      {phase.kind === 'idle' && (
        <>
          <p className="hint">{t('explain')}</p>
          {!done && (
            <button type="button" onClick={() => void open()}>
              {t('openCamera')}
            </button>
          )}
        </>
      )}
      <div className="camera-box" hidden={!cameraOn}>
        <video ref={video} muted playsInline aria-hidden="true" />
        {recording && (
          <div className="prompt-box">
            <p className="steps">
              {t('stepOf', { n: Math.max(recording.step + 1, 1), total: recording.actions.length })}
            </p>
            <p
              className="prompt"
              data-testid="prompt"
              data-action={recording.actions[recording.step]}
              aria-live="assertive"
            >
              {recording.step < 0
                ? t('getReady')
                : t(ACTION_KEYS[recording.actions[recording.step]!])}
            </p>
          </div>
        )}
      </div>
      {phase.kind === 'opening' && (
        <p className="hint" role="status">
          {t('cameraStarting')}
        </p>
      )}
      {phase.kind === 'preview' && (
        <>
          <p>{t('startHint')}</p>
          <p className="actions">
            <button type="button" onClick={() => void start()}>
              {t('start')}
            </button>{' '}
            <button
              type="button"
              className="secondary"
              onClick={() => {
                stop();
                setPhase({ kind: 'idle' });
              }}
            >
              {t('cancel')}
            </button>
          </p>
        </>
      )}
      {phase.kind === 'starting' && <p className="prompt">{t('getReady')}</p>}
      {phase.kind === 'sending' && (
        <p className="notice" role="status" aria-busy="true">
          {t('sending')}
        </p>
      )}
      {phase.kind === 'camera-problem' && (
        <div className="alert" role="alert">
          <p>{t(phase.problem === 'missing' ? 'cameraMissing' : 'cameraDenied')}</p>
          <button type="button" className="secondary" onClick={() => void open()}>
            {t('retryCamera')}
          </button>
        </div>
      )}
      {phase.kind === 'error' && (
        <div>
          {phase.error instanceof ApiError && phase.error.failure.code === 'no_reference_photo' ? (
            <p className="alert" role="alert" data-code="no_reference_photo">
              {t('noReference')}
            </p>
          ) : (
            <ErrorMessage error={phase.error} />
          )}
          <p>
            <a href="#action-id-check">{t('useIdCheck')}</a>
          </p>
          <button type="button" className="secondary" onClick={() => setPhase({ kind: 'idle' })}>
            {t('cancel')}
          </button>
        </div>
      )}
      {phase.kind === 'result' && (
        <FaceCertifyResult person={person} result={phase.result} onRetry={() => void open()} />
      )}
    </div>
  );
}
