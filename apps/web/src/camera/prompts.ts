import type { Action } from '../api/types.ts';
import type { Lang } from '../i18n/i18n.ts';

// Each action has its own pitch and rhythm, so a person without a voice in their language (many
// phones have no Chinese speech voice) can still tell the prompts apart: with the large text.
const TONES: Record<Action, { hz: number; beeps: number }> = {
  nod: { hz: 440, beeps: 1 },
  shake: { hz: 523, beeps: 2 },
  mouth: { hz: 659, beeps: 3 },
  blink: { hz: 784, beeps: 4 },
  gaze: { hz: 880, beeps: 1 },
};
const VIBRATIONS: Record<Action, number[]> = {
  nod: [300],
  shake: [120, 80, 120],
  mouth: [500],
  blink: [60, 60, 60, 60, 60],
  gaze: [200, 100, 400],
};

export function voiceFor(lang: Lang): SpeechSynthesisVoice | null {
  if (!('speechSynthesis' in window)) return null;
  const want = lang === 'en' ? 'en' : 'zh';
  return (
    speechSynthesis
      .getVoices()
      .find((v) => v.lang.replace('_', '-').toLowerCase().startsWith(want)) ?? null
  );
}

export type PromptChannel = 'voice' | 'tone';

/** Speaks the text where a voice exists; otherwise plays the action's tone and vibration. */
export function announce(text: string, lang: Lang, action?: Action): PromptChannel {
  const voice = voiceFor(lang);
  if (voice) {
    speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 0.9;
    speechSynthesis.speak(u);
    return 'voice';
  }
  if (action) {
    playTone(action);
    navigator.vibrate?.(VIBRATIONS[action]);
  }
  return 'tone';
}

let audio: AudioContext | null = null;

function playTone(action: Action): void {
  try {
    audio ??= new AudioContext();
    const { hz, beeps } = TONES[action];
    const start = audio.currentTime + 0.02;
    for (let i = 0; i < beeps; i++) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = hz;
      gain.gain.value = 0.3;
      osc.connect(gain).connect(audio.destination);
      osc.start(start + i * 0.25);
      osc.stop(start + i * 0.25 + 0.15);
    }
  } catch {
    // no audio output: the large text remains
  }
}

export function actionKey(action: Action) {
  const keys = {
    nod: 'actionNod',
    shake: 'actionShake',
    mouth: 'actionMouth',
    blink: 'actionBlink',
    gaze: 'actionGaze',
  } as const;
  return keys[action];
}
