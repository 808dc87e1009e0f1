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
