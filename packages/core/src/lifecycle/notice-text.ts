import { shanghaiDayStart } from '../shanghai-time.ts';

const monthDay = (isoDate: string) => {
  const d = new Date(shanghaiDayStart(isoDate) + 8 * 3_600_000);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

/**
 * The reminder SMS (Chinese: what pensioners read). It says how to check the code and that the
 * agency never asks for money or passwords, the two things scam texts want.
 */
export const reminderText = (n: { year: number; windowEnd: string; code: string }): string =>
  `【社会保险】您的${n.year}年度养老保险待遇领取资格认证尚未完成，请于${monthDay(n.windowEnd)}前` +
  `通过手机App或到社保经办机构、代发银行办理。核验码${n.code}，可在App“短信核验”中查验真伪。` +
  `我们不会要求您转账或提供密码。`;

/**
 * The suspension SMS: says that payment stops, from when, and that certifying by any channel
 * restarts it with the withheld months paid back, so nobody takes it for a termination.
 */
export const suspensionText = (n: { year: number; effectiveOn: string; code: string }): string =>
  `【社会保险】因未在认证期内完成${n.year}年度养老保险待遇领取资格认证，您的养老金自` +
  `${monthDay(n.effectiveOn)}起暂停发放。通过手机App或到社保经办机构、代发银行完成认证后即恢复，` +
  `并补发暂停期间待遇。核验码${n.code}，可在App“短信核验”中查验真伪。我们不会要求您转账或提供密码。`;

/** The resumption SMS, sent when a resumption batch restarts the person's payment. */
export const resumptionText = (n: { effectiveOn: string; code: string }): string =>
  `【社会保险】您已完成待遇领取资格认证，养老金自${monthDay(n.effectiveOn)}起恢复发放，` +
  `暂停期间待遇将补发。核验码${n.code}，可在App“短信核验”中查验真伪。我们不会要求您转账或提供密码。`;

export type OutgoingNoticeText =
  | { kind: 'reminder'; year: number; windowEnd: string; code: string }
  | { kind: 'suspension'; year: number; effectiveOn: string; code: string }
  | { kind: 'resumption'; effectiveOn: string; code: string };

/** The text of one notice by its kind. */
export const noticeText = (n: OutgoingNoticeText): string => {
  switch (n.kind) {
    case 'reminder':
      return reminderText(n);
    case 'suspension':
      return suspensionText(n);
    case 'resumption':
      return resumptionText(n);
  }
};
