import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import type { Action, ChallengeResponse, RecordingResponse } from '../api/types.ts';
import { useApp } from '../app-context.tsx';
import { attach, openCamera, problemOf, release, type CameraProblem } from '../camera/camera.ts';
import { guidanceFor } from '../camera/guidance.ts';
import { createObserver } from '../camera/observe.ts';
import { createServerPreview } from '../camera/preview-client.ts';
import {
  combineGuidance,
  createGuideSpeaker,
  type ServerGuide,
} from '../camera/server-guidance.ts';
import { actionKey, announce } from '../camera/prompts.ts';
import { record } from '../camera/record.ts';
import type { StringKey } from '../i18n/i18n.ts';
import { FaceOutline } from '../ui/face-outline.tsx';
import { LinkButton } from '../ui/link-button.tsx';
import { Screen } from '../ui/screen.tsx';
import { CertifyResult } from './certify-result.tsx';

type Phase =
  | { kind: 'opening' }
  | { kind: 'preview' }
  | { kind: 'camera-problem'; problem: CameraProblem }
  | { kind: 'starting' }
  | { kind: 'recording'; actions: Action[]; step: number }
  | { kind: 'sending' }
  | { kind: 'result'; result: RecordingResponse }
  | { kind: 'error'; message: string; retry: boolean };

/**
 * Failures after which a new take can simply begin: the server's face check broke down or the
 * recording did not fit the challenge (the try was not counted), or the challenge ran out or was
 * used before the frames arrived.
 */
const RETRYABLE = new Set([
  'face_check_failed',
  'recording_step_unknown',
  'challenge_expired',
  'challenge_used',
]);

export function CertifyScreen() {
  const { t, api, lang } = useApp();
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const observe = useRef(createObserver());
  const [phase, setPhase] = useState<Phase>({ kind: 'opening' });
  const [guide, setGuide] = useState<StringKey | null>(null);

  // Where the browser cannot find faces itself, the server's engine looks at a small still (only
  // while the person gets into position, not during the take).
  const apiRef = useRef(api);
  apiRef.current = api;
  const speaker = useRef(createGuideSpeaker());
  const say = useRef((g: StringKey) => announce(t(g), lang));
  say.current = (g: StringKey) => announce(t(g), lang);
  const serverGuide = useRef<ServerGuide | null>(null);
  const askServer = useRef(
    createServerPreview(
      () => apiRef.current,
      (g) => {
        serverGuide.current = g;
      },
    ),
  );
  const look = useCallback(async (withServer = false) => {
    if (!video.current) return;
    const o = await observe.current(video.current);
    if (!o) return;
    if (withServer && o.faces === null) void askServer.current(video.current);
    const g = combineGuidance(guidanceFor(o), serverGuide.current, performance.now());
    setGuide(g);
    // Spoken only while getting into position, once a prompt holds, and not too often.
    if (withServer && speaker.current(g, performance.now())) say.current(g);
  }, []);

  const open = useCallback(async () => {
    setPhase({ kind: 'opening' });
    try {
      release(video.current, stream.current);
      stream.current = await openCamera();
      if (video.current) await attach(video.current, stream.current);
      setPhase({ kind: 'preview' });
    } catch (err) {
      setPhase({ kind: 'camera-problem', problem: problemOf(err) });
    }
  }, []);

  useEffect(() => {
    void open();
    const v = video.current;
    return () => {
      release(v, stream.current);
      stream.current = null;
      window.speechSynthesis?.cancel();
    };
  }, [open]);

  // Live guidance while the person gets into position; no time limit here.
  useEffect(() => {
    if (phase.kind !== 'preview') return;
    const timer = setInterval(() => void look(true), 600);
    return () => clearInterval(timer);
  }, [phase.kind, look]);

  async function start() {
    setPhase({ kind: 'starting' });
    try {
      const challenge = await api.json<ChallengeResponse>('POST', '/api/self/challenges');
      // The camera is reopened so the clock starts on the first picture of the take.
      release(video.current, stream.current);
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
          announce(t(actionKey(action)), lang, action);
        },
        onTick: () => void look(),
      });
      release(v, stream.current);
      stream.current = null;
      setPhase({ kind: 'sending' });
      const result = await api.json<RecordingResponse>(
        'POST',
        `/api/self/challenges/${encodeURIComponent(challenge.challengeId)}/recording`,
        { frames },
      );
      setPhase({ kind: 'result', result });
    } catch (err) {
      release(video.current, stream.current);
      stream.current = null;
      if (err instanceof ApiError && err.failure.code === 'attempt_limit_reached') {
        // Closed before this attempt (e.g. on another phone): the same screen as a 10th failure.
        setPhase({
          kind: 'result',
          result: { decision: 'fail', reasons: [], attemptsLeft: 0, selfServiceOpen: false },
        });
      } else if (err instanceof ApiError) {
        setPhase({
          kind: 'error',
          message: err.failure.message || t('networkError'),
          retry: RETRYABLE.has(err.failure.code),
        });
      } else {
        setPhase({ kind: 'camera-problem', problem: problemOf(err) });
      }
    }
  }

  const showCamera = ['opening', 'preview', 'starting', 'recording'].includes(phase.kind);
  const recording = phase.kind === 'recording' ? phase : null;

  return (
    <Screen title={t('certifyTitle')}>
      <div className="camera" hidden={!showCamera}>
        <video ref={video} muted playsInline aria-hidden="true" />
        <FaceOutline good={guide === 'guideOk'} />
      </div>
      {showCamera ? (
        <p
          className="guidance"
          role="status"
          aria-live="polite"
          data-testid="guidance"
          data-guide={guide ?? ''}
        >
          {phase.kind === 'opening' ? t('cameraStarting') : guide ? t(guide) : ''}
        </p>
      ) : null}
      {recording ? (
        <>
          <ol
            className="steps"
            aria-label={t('stepOf', { n: recording.step + 1, total: recording.actions.length })}
          >
            {recording.actions.map((a, i) => (
              <li key={i} aria-current={i === recording.step ? 'step' : undefined}>
                {i + 1}
              </li>
            ))}
          </ol>
          <p
            className="prompt"
            data-testid="prompt"
            data-action={recording.actions[recording.step]}
          >
            {recording.step < 0 ? t('getReady') : t(actionKey(recording.actions[recording.step]!))}
          </p>
        </>
      ) : null}
      {phase.kind === 'preview' ? (
        <>
          <p>{t('startHint')}</p>
          <button type="button" onClick={() => void start()}>
            {t('startCertify')}
          </button>
        </>
      ) : null}
      {phase.kind === 'starting' ? <p className="prompt">{t('getReady')}</p> : null}
      {phase.kind === 'sending' ? (
        <p className="notice" role="status" aria-busy="true">
          {t('sending')}
        </p>
      ) : null}
      {phase.kind === 'camera-problem' ? (
        <div className="alert" role="alert">
          <p>{t(phase.problem === 'missing' ? 'cameraMissing' : 'cameraDenied')}</p>
          <button type="button" onClick={() => void open()}>
            {t('tryAgain')}
          </button>
        </div>
      ) : null}
      {phase.kind === 'error' ? (
        <div className="alert" role="alert">
          <p>{phase.message}</p>
          {phase.retry ? (
            <button type="button" onClick={() => void open()}>
              {t('tryAgain')}
            </button>
          ) : null}
          <LinkButton to="/me">{t('back')}</LinkButton>
        </div>
      ) : null}
      {phase.kind === 'result' ? (
        <CertifyResult result={phase.result} onRetry={() => void open()} />
      ) : null}
    </Screen>
  );
}
