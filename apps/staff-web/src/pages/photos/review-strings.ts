import { defineStrings } from '../../i18n/i18n.ts';

export const reviewStrings = defineStrings({
  'zh-CN': {
    empty: '没有等待审核的照片。',
    count: '共 {n} 张照片待审核',
    requested: '{by} 于 {at} 提交：{reason}',
    quality: '人脸占画面宽度 {size}%，偏转 {yaw}°，俯仰 {pitch}°，亮度 {brightness}',
    approved: '已通过，{name}的新照片已启用。',
    rejected: '已驳回{name}的照片。',
    old: '当前照片',
    new: '新照片',
  },
  en: {
    empty: 'No photos await approval.',
    count: '{n} photos await approval',
    requested: 'Submitted by {by} at {at}: {reason}',
    quality: 'Face {size}% of the width, yaw {yaw}°, pitch {pitch}°, brightness {brightness}',
    approved: 'Approved: the new photo of {name} is now in use.',
    rejected: 'Rejected the photo of {name}.',
    old: 'Current photo',
    new: 'New photo',
  },
});
