import { defineStrings } from '../../i18n/i18n.ts';
import { en } from '../../../../web/src/i18n/strings-en.ts';
import { zh } from '../../../../web/src/i18n/strings-zh.ts';

// The prompts the person follows are the pensioner app's own words, so the phone and the desk
// ask for the same actions in the same way.
export const strings = defineStrings({
  'zh-CN': {
    explain:
      '请本人面对本机摄像头。系统会随机要求做三个动作，由服务器判断是否为本人和活体。本次认证不占用本人的手机自助认证次数。',
    openCamera: '打开摄像头',
    cameraStarting: '正在打开摄像头…',
    cameraDenied: '无法使用摄像头。请在浏览器中允许使用摄像头后重试。',
    cameraMissing: '没有找到摄像头。请连接摄像头后重试。',
    retryCamera: '重试',
    startHint:
      '请本人正对摄像头，脸在画面中间，光线充足。准备好后点击开始，并请本人按屏幕提示做动作。',
    start: '开始认证',
    cancel: '取消',
    stepOf: '第 {n} 步，共 {total} 步',
    getReady: zh.getReady,
    actionNod: zh.actionNod,
    actionShake: zh.actionShake,
    actionMouth: zh.actionMouth,
    actionBlink: zh.actionBlink,
    actionGaze: zh.actionGaze,
    sending: '正在由服务器判断，请稍候…',
    passTitle: '认证通过',
    passText: '{name} 已完成本年度资格认证。',
    certificateNo: '认证编号',
    certifiedOn: '认证日期',
    photo: '认证时拍摄的照片',
    failTitle: '认证没有通过',
    failText:
      '原因如下。可以调整后再试一次；如果人脸识别无法完成，请核对身份证件后使用下方的“核对身份证件认证”。',
    tryAgain: '再试一次',
    useIdCheck: '改用核对身份证件认证',
    noReference:
      '系统中没有此人的比对照片，无法进行人脸识别。请先登记参考照片，或核对身份证件后认证。',
  },
  en: {
    explain:
      'The person faces this device’s camera. They are asked for three random actions; the server decides whether it is the live person. This does not use up their self-service attempts.',
    openCamera: 'Open the camera',
    cameraStarting: 'Opening the camera…',
    cameraDenied: 'The camera cannot be used. Allow the camera in the browser and try again.',
    cameraMissing: 'No camera found. Connect a camera and try again.',
    retryCamera: 'Try again',
    startHint:
      'The person looks straight at the camera, face in the middle, in good light. Press Start when ready and ask them to follow the prompts.',
    start: 'Start',
    cancel: 'Cancel',
    stepOf: 'Step {n} of {total}',
    getReady: en.getReady,
    actionNod: en.actionNod,
    actionShake: en.actionShake,
    actionMouth: en.actionMouth,
    actionBlink: en.actionBlink,
    actionGaze: en.actionGaze,
    sending: 'The server is checking, please wait…',
    passTitle: 'Certified',
    passText: '{name} is certified for this year.',
    certificateNo: 'Certificate no.',
    certifiedOn: 'Date',
    photo: 'Photo taken at certification',
    failTitle: 'Not certified',
    failText:
      'The reasons are below. Adjust and try again; if the face check cannot work, check the ID card and use “Certify by checking the ID card” below.',
    tryAgain: 'Try again',
    useIdCheck: 'Use the ID card check instead',
    noReference:
      'There is no reference photo of this person, so the face check cannot run. Enrol a reference photo first, or check the ID card instead.',
  },
});

export type FaceKey = keyof (typeof strings)['en'];

export const ACTION_KEYS = {
  nod: 'actionNod',
  shake: 'actionShake',
  mouth: 'actionMouth',
  blink: 'actionBlink',
  gaze: 'actionGaze',
} as const satisfies Record<string, FaceKey>;
