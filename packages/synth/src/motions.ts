// Action timelines: when each challenge step starts and ends, and the head's state at any moment.
// Amplitudes are calibrated so that the real detector (packages/face) measures the action clearly:
// it reads a flattened depth, so yaw needs a larger rendered turn than it reports.
import type { Action, MeshLook } from '@lifecert/face';
import type { HeadState } from './pose-head.ts';
import { NEUTRAL } from './pose-head.ts';
import type { Rng } from './random.ts';
import { createWobble } from './random.ts';

export type TimelineStep = { action: Action; startMs: number; endMs: number };

export type Timeline = {
  durationMs: number;
  /** the actions as actually performed, one per step window */
  steps: TimelineStep[];
  stateAt: (tMs: number) => HeadState;
};

export type TimelineOptions = {
  /** no jitter and no actions: a photo held still */
  still?: boolean;
  /**
   * Where the photo's head faces and its eyes look (head and irises) at rest, as the engine reads
   * them. The painted eyes cannot move, so in a gaze step the head turns to bring them to the
   * camera, as a person told to look at the screen turns to it.
   */
  rest?: MeshLook;
};

type ActionPlan = { onsetMs: number; lengthMs: number; amp: number; hold: number };

/** A gaze this close to the camera needs no turn. */
const GAZE_SLACK_DEG = 6;
/**
 * The turn never takes the head further than this from frontal: a rendered head turned further
 * shows texture the photo never had (one face turned to 33 degrees was lost by the detector for
 * ten frames, and its embeddings no longer matched each other).
 */
const GAZE_HEAD_LIMIT_DEG = 20;
/** How long the head takes to turn to the screen, and back before the next prompt. */
const GAZE_TURN_MS = 200;

/** The head turn (degrees, one axis) that brings gaze `g` within the slack of the camera. */
function turnToCamera(g: number, head: number): number {
  const want = -Math.sign(g) * Math.max(0, Math.abs(g) - GAZE_SLACK_DEG);
  const lo = Math.min(0, -GAZE_HEAD_LIMIT_DEG - head);
  const hi = Math.max(0, GAZE_HEAD_LIMIT_DEG - head);
  return Math.max(lo, Math.min(hi, want));
}

const LENGTH_MS: Record<Action, readonly [number, number]> = {
  nod: [1000, 1250],
  shake: [1100, 1350],
  blink: [330, 420],
  mouth: [900, 1150],
  gaze: [800, 1000],
};

export function planTimeline(
  performed: readonly Action[],
  rng: Rng,
  opts: TimelineOptions = {},
): Timeline {
  const steps: TimelineStep[] = [];
  const plans: ActionPlan[] = [];
  let t = 0;
  for (const action of performed) {
    const [lo, hi] = LENGTH_MS[action];
    const lengthMs = rng.range(lo, hi);
    const onsetMs = rng.range(150, 350);
    // A person needs a moment after the prompt and rests after the action: 1.0-2.5 s a step.
    const stepMs = Math.min(2500, Math.max(1200, onsetMs + lengthMs + rng.range(250, 600)));
    steps.push({ action, startMs: t, endMs: t + stepMs });
    plans.push({ onsetMs, lengthMs, amp: rng.next(), hold: rng.next() });
    t += stepMs;
  }
  const durationMs = t;
  // The y4m loops in the fake camera: jitter ends where it began so the loop has no jump.
  const looped = (w: (ms: number) => number) => (ms: number) =>
    w(ms) - (ms / durationMs) * (w(durationMs) - w(0));
  const jitter = {
    yaw: looped(createWobble(rng)),
    pitch: looped(createWobble(rng)),
    roll: looped(createWobble(rng)),
    tx: looped(createWobble(rng)),
    ty: looped(createWobble(rng)),
    tz: looped(createWobble(rng, 0.1, 0.5)),
  };
  const rest = opts.rest;
  const gazeTurn = rest && {
    yaw: turnToCamera(rest.gaze.yaw, rest.head.yaw),
    pitch: turnToCamera(rest.gaze.pitch, rest.head.pitch),
  };
  const stateAt = (tMs: number): HeadState => {
    if (opts.still) return { ...NEUTRAL };
    const i = steps.findIndex((s) => tMs >= s.startMs && tMs < s.endMs);
    const step = steps[i];
    const plan = plans[i];
    // Holding a frontal gaze, people also hold their head steadier.
    const calm = step?.action === 'gaze' ? 0.4 : 1;
    const s: HeadState = {
      ...NEUTRAL,
      yaw: 1.2 * calm * jitter.yaw(tMs),
      pitch: 1.2 * calm * jitter.pitch(tMs),
      roll: 1.0 * calm * jitter.roll(tMs),
      tx: 3 * calm * jitter.tx(tMs),
      ty: 3 * calm * jitter.ty(tMs),
      tz: 10 * jitter.tz(tMs),
    };
    if (step && plan)
      applyAction(s, step.action, plan, (tMs - step.startMs - plan.onsetMs) / plan.lengthMs);
    if (step?.action === 'gaze' && plan && gazeTurn) {
      // Turned from the action's onset and held until just before the step ends.
      const w = Math.min(
        smooth((tMs - step.startMs - plan.onsetMs) / GAZE_TURN_MS),
        smooth((step.endMs - tMs) / GAZE_TURN_MS),
      );
      s.yaw += w * gazeTurn.yaw;
      s.pitch += w * gazeTurn.pitch;
    }
    return s;
  };
  return { durationMs, steps, stateAt };
}

/** tau runs 0..1 over the action; outside it the head is at rest. */
function applyAction(s: HeadState, action: Action, plan: ActionPlan, tau: number): void {
  if (tau < 0 || tau > 1) return;
  switch (action) {
    case 'nod': {
      // Down first, then up past the start, then back: pitch < 0 is looking down.
      // The detector often reads a downward turn larger than an upward one, hence a smaller dip;
      // at 0.75 of the rise some faces' dips read under the 10 degrees a nod needs (9.4 on one
      // LFW face), so 0.9: a 15-19 degree dip, as people nod.
      const wave = Math.sin(2 * Math.PI * tau);
      s.pitch += -(17 + 4 * plan.amp) * wave * (wave > 0 ? 0.9 : 1);
      break;
    }
    case 'shake':
      s.yaw += (24 + 4 * plan.amp) * Math.sin(2 * Math.PI * tau) * (plan.hold < 0.5 ? 1 : -1);
      break;
    case 'blink':
      s.blink = blinkCurve(tau * plan.lengthMs, plan.lengthMs);
      break;
    case 'mouth':
      s.mouth = plateau(tau, 0.25) * (0.85 + 0.15 * plan.amp);
      break;
    case 'gaze':
      break;
  }
}

/** Lids close in ~80 ms, stay shut, and reopen in ~110 ms; shut for ~150-230 ms in all. */
function blinkCurve(ms: number, lengthMs: number): number {
  const close = 80,
    open = 110;
  if (ms < close) return ms / close;
  if (ms > lengthMs - open) return Math.max(0, (lengthMs - ms) / open);
  return 1;
}

/** Smooth rise over `edge` of the span, flat top, smooth fall. */
function plateau(tau: number, edge: number): number {
  return smooth(Math.min(tau / edge, (1 - tau) / edge));
}

/** 0 below 0, 1 above 1, a smoothstep between. */
function smooth(x: number): number {
  const c = Math.max(0, Math.min(1, x));
  return c * c * (3 - 2 * c);
}
