import type { LocalizedText } from '../localized-text.ts';
import type { ChallengeAction } from './challenge.ts';

// Plain words for every reason code the face engine's decision can carry (its liveness README
// lists them). People read these on a phone after a failed try: each says what went wrong and
// what to do differently, never how the check works.
export const LIVENESS_REASON_MESSAGES = {
  action_not_detected: {
    'zh-CN': '没有看到您做出要求的动作，请按提示把动作做得明显一些。',
    en: 'We did not see the requested action; please do it clearly when prompted.',
  },
  action_out_of_order: {
    'zh-CN': '动作顺序不对，请按屏幕提示的顺序依次完成动作。',
    en: 'The actions were not in the order shown; please follow the prompts one by one.',
  },
  no_parallax: {
    'zh-CN': '未能确认是本人现场操作，请本人直接面对手机完成认证，不要使用照片或屏幕。',
    en: 'We could not confirm a live person; face the phone yourself, not a photo or a screen.',
  },
  no_motion: {
    'zh-CN': '画面中没有检测到动作，请本人面对手机按提示做动作。',
    en: 'Nothing moved in the video; please face the phone and follow the prompts.',
  },
  face_swapped: {
    'zh-CN': '认证过程中画面里的人发生了变化，请由本人独自完成全部动作。',
    en: 'The person in view changed during the check; please do every step yourself.',
  },
  multiple_faces: {
    'zh-CN': '画面中出现了其他人，请确保只有您本人在画面内。',
    en: 'Someone else was in view; make sure only you are in the frame.',
  },
  no_face: {
    'zh-CN': '很多画面中没有找到人脸，请把脸完整放在取景框内。',
    en: 'Your face was often not found; keep your whole face inside the frame.',
  },
  too_dark: {
    'zh-CN': '光线太暗，请到光线充足的地方再试。',
    en: 'It was too dark; please try again somewhere with good light.',
  },
  too_blurry: {
    'zh-CN': '画面模糊，请拿稳手机，保持镜头干净。',
    en: 'The picture was blurred; hold the phone steady and keep the lens clean.',
  },
  face_too_small: {
    'zh-CN': '离手机太远，请把手机拿近一些，让脸充满取景框。',
    en: 'You were too far from the phone; hold it closer so your face fills the frame.',
  },
  too_many_unusable_frames: {
    'zh-CN': '可用的画面太少，请在光线充足处正对手机重新认证。',
    en: 'Too few pictures could be used; face the phone in good light and try again.',
  },
  stale_recording: {
    'zh-CN': '认证超时，请重新开始。',
    en: 'The check took too long; please start again.',
  },
  challenge_mismatch: {
    'zh-CN': '录制的动作与本次要求不符，请重新开始认证。',
    en: 'The recording does not match this check; please start again.',
  },
  frames_out_of_order: {
    'zh-CN': '视频数据不完整，请重新开始认证。',
    en: 'The video arrived incomplete; please start again.',
  },
  duplicate_frames: {
    'zh-CN': '视频数据异常，请重新开始认证。',
    en: 'The video was not valid; please start again.',
  },
  implausible_timing: {
    'zh-CN': '视频时长或画面不连续，请一次完成全部动作，不要中途切换程序。',
    en: 'The video was not one continuous take; do all steps in one go without switching apps.',
  },
  step_missing: {
    'zh-CN': '有动作没有录到，请完成全部动作后再提交。',
    en: 'A step was not recorded; please complete every step before sending.',
  },
  no_match: {
    'zh-CN': '与您登记的照片比对不一致，请本人正对手机、光线充足时再试。',
    en: 'You did not match your registered photo; face the phone yourself in good light and try again.',
  },
  reference_unusable: {
    'zh-CN': '您登记的照片无法用于比对，请携带身份证到社会保险经办机构更新照片。',
    en: 'Your registered photo cannot be used; please bring your ID card to an office to update it.',
  },
} as const satisfies Record<string, LocalizedText>;

export type LivenessReasonCode = keyof typeof LIVENESS_REASON_MESSAGES;

const UNKNOWN: LocalizedText = {
  'zh-CN': '认证未通过，请重新尝试。',
  en: 'The check did not pass; please try again.',
};

export const ACTION_NAMES: Readonly<Record<ChallengeAction, LocalizedText>> = {
  nod: { 'zh-CN': '点头', en: 'nod' },
  shake: { 'zh-CN': '摇头', en: 'shake your head' },
  mouth: { 'zh-CN': '张嘴', en: 'open your mouth' },
  blink: { 'zh-CN': '眨眼', en: 'blink' },
  gaze: { 'zh-CN': '注视屏幕', en: 'look at the screen' },
};

type Advice = Readonly<Record<string, LocalizedText>>;

const KEEP_IN_FRAME: LocalizedText = {
  'zh-CN': '这一步中请保持整张脸在取景框内。',
  en: 'Keep your whole face inside the frame during this step.',
};

/**
 * What to do differently when a requested action was not seen, by the engine's sub-code (`why`,
 * listed in the face engine's liveness README). An older person told "close both eyes fully"
 * gets the next try right more often than one told "do it clearly".
 */
export const ACTION_ADVICE: Readonly<Record<ChallengeAction, Advice>> = {
  nod: {
    too_small: {
      'zh-CN': '点头幅度再大一些：先把下巴明显低下去，再抬起来。',
      en: 'Nod more: lower your chin clearly, then raise it again.',
    },
    no_return: {
      'zh-CN': '低头以后请把头抬回来，正对手机。',
      en: 'After lowering your head, raise it again to face the phone.',
    },
    not_dominant: {
      'zh-CN': '点头时头只上下动，不要左右转。',
      en: 'When nodding, move your head only up and down, not sideways.',
    },
    too_few_frames: KEEP_IN_FRAME,
  },
  shake: {
    too_small: {
      'zh-CN': '摇头幅度再大一些：把头向左、向右各转过去一些。',
      en: 'Shake more: turn your head clearly to the left and to the right.',
    },
    one_sided: {
      'zh-CN': '摇头时请向左、右两边都转一转。',
      en: 'Turn your head to both sides, left and right.',
    },
    not_dominant: {
      'zh-CN': '摇头时头只左右转，不要上下点。',
      en: 'When shaking your head, turn it only sideways, not up and down.',
    },
    too_few_frames: KEEP_IN_FRAME,
  },
  mouth: {
    not_open: {
      'zh-CN': '请把嘴张大，停一下再合上。',
      en: 'Open your mouth wide, hold it a moment, then close it.',
    },
    no_change: {
      'zh-CN': '先闭上嘴，听到提示后再把嘴张大。',
      en: 'Start with your mouth closed, then open it wide when prompted.',
    },
    too_few_frames: KEEP_IN_FRAME,
  },
  blink: {
    no_closure: {
      'zh-CN': '眨眼时请把两只眼睛完全闭上一下，再睁开。',
      en: 'Close both eyes fully for a moment, then open them again.',
    },
    no_reopen: {
      'zh-CN': '眨眼以后请睁开眼睛看着屏幕。',
      en: 'After blinking, open your eyes and look at the screen.',
    },
    too_long: {
      'zh-CN': '眨一下眼就好，不要一直闭着眼睛。',
      en: 'Just blink once; do not keep your eyes closed.',
    },
    too_short: {
      'zh-CN': '眨眼时稍慢一点，让两只眼睛完全闭上。',
      en: 'Blink a little more slowly, so that both eyes close fully.',
    },
    eyes_not_open: {
      'zh-CN': '请睁开双眼看着屏幕；如果眼镜反光，请摘下眼镜再试。',
      en: 'Keep your eyes open and look at the screen; if your glasses reflect light, take them off.',
    },
    too_few_frames: KEEP_IN_FRAME,
  },
  gaze: {
    not_frontal: {
      'zh-CN': '请正对手机，眼睛看着屏幕。',
      en: 'Face the phone and look at the screen.',
    },
    not_held: {
      'zh-CN': '请一直看着屏幕，直到提示变化。',
      en: 'Keep looking at the screen until the prompt changes.',
    },
    too_few_frames: KEEP_IN_FRAME,
  },
};

/**
 * The message for one reason; a step-specific reason names the step and action so the person
 * knows which prompt to repeat ("第2步（眨眼）：..."), and an action that was not seen says what to
 * do differently when the engine said why.
 */
export const livenessReasonMessage = (
  code: string,
  where?: { step?: number; action?: ChallengeAction; why?: string },
): LocalizedText => {
  const base: LocalizedText = Object.hasOwn(LIVENESS_REASON_MESSAGES, code)
    ? LIVENESS_REASON_MESSAGES[code as LivenessReasonCode]
    : UNKNOWN;
  if (where?.step === undefined || where.action === undefined) return base;
  const advice = ACTION_ADVICE[where.action];
  const text =
    code === 'action_not_detected' && where.why !== undefined && Object.hasOwn(advice, where.why)
      ? advice[where.why]!
      : base;
  const n = where.step + 1;
  const action = ACTION_NAMES[where.action];
  return {
    'zh-CN': `第${n}步（${action['zh-CN']}）：${text['zh-CN']}`,
    en: `Step ${n} (${action.en}): ${text.en}`,
  };
};
