import type { CampaignStatus } from '@lifecert/core';

// Spreadsheet readers at the agency read Chinese; the code column stays for machines.
export const STATUS_ZH: Readonly<Record<CampaignStatus, string>> = {
  pending: '待认证',
  certified: '已认证',
  exempt: '免于认证',
  overdue: '逾期未认证',
  suspended: '已暂停发放',
  not_eligible: '无需认证',
};
