import { defineStrings } from '../../i18n/i18n.ts';

export const outcomeLabels = defineStrings({
  'zh-CN': { pending: '待认证', certified: '已认证', not_at_home: '不在家' },
  en: { pending: 'To do', certified: 'Certified', not_at_home: 'Not at home' },
});

export const stateLabels = defineStrings({
  'zh-CN': { booked: '已预约', completed: '已完成', cancelled: '已取消' },
  en: { booked: 'Booked', completed: 'Completed', cancelled: 'Cancelled' },
});

export const methodLabels = defineStrings({
  'zh-CN': { cash: '现金', qr_code: '扫码支付' },
  en: { cash: 'Cash', qr_code: 'QR code' },
});
