import { useEffect, useRef, useState } from 'react';
import {
  attach,
  openCamera,
  problemOf,
  release,
  type CameraProblem,
} from '../../../../web/src/camera/camera.ts';
import { useStrings } from '../../i18n/i18n.ts';
import { strings } from './photo-strings.ts';

/** The staff device's camera for one still: preview, then a JPEG of the current picture. */
export function StillCamera({ onPhoto }: { onPhoto: (jpeg: Blob) => void }) {
  const t = useStrings(strings);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [state, setState] = useState<'off' | 'opening' | 'on' | CameraProblem>('off');

  const stop = () => {
    release(video.current, stream.current);
    stream.current = null;
  };
  useEffect(() => stop, []);

  const open = async () => {
    setState('opening');
    try {
      stop();
      stream.current = await openCamera();
      if (video.current) await attach(video.current, stream.current);
      setState('on');
    } catch (err) {
      stop();
      setState(problemOf(err));
    }
  };

  const take = () => {
    const v = video.current;
    if (!v) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')?.drawImage(v, 0, 0);
    canvas.toBlob(
      (blob) => {
        stop();
        setState('off');
        if (blob) onPhoto(blob);
      },
      'image/jpeg',
      0.92,
    );
  };

  return (
    <div>
      <div className="camera-box" hidden={state !== 'on'}>
        <video ref={video} muted playsInline aria-hidden="true" />
      </div>
      {state === 'on' ? (
        <p className="actions">
          <button type="button" onClick={take}>
            {t('take')}
          </button>{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              stop();
              setState('off');
            }}
          >
            {t('cancel')}
          </button>
        </p>
      ) : (
        <button type="button" disabled={state === 'opening'} onClick={() => void open()}>
          {t('openCamera')}
        </button>
      )}
      {(state === 'denied' || state === 'missing') && (
        <p className="alert" role="alert">
          {t(state === 'missing' ? 'cameraMissing' : 'cameraDenied')}
        </p>
      )}
    </div>
  );
}
