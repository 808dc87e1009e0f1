// The staff console's pages. To add one: create src/pages/<feature>/, then add ONE entry here
// (see apps/staff-web/README.md). The navigation shows the entries with `nav !== false` whose
// action the logged-in role has (GET /api/staff/me `actions`); the server checks again anyway.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { StaffAction } from '@lifecert/core';
import type { Localized } from '../i18n/i18n.ts';

/** What every page component receives: the `:name` parts of its path. */
export type PageProps = { params: Record<string, string> };

export type StaffPage = {
  /** in-app path under /staff, `:name` for parameters, e.g. `/people/:id` */
  path: string;
  title: Localized;
  /** the StaffAction the page needs; without it the page is neither listed nor opened */
  action: StaffAction;
  component: LazyExoticComponent<ComponentType<PageProps>>;
  /** false for pages reached from other pages (a person's page), not from the navigation */
  nav?: boolean;
};

export const PAGES: StaffPage[] = [
  {
    path: '/search',
    title: { 'zh-CN': '查找人员', en: 'Find a person' },
    action: 'pensioners.read',
    component: lazy(() => import('./search/search-page.tsx')),
  },
  {
    path: '/people/:id',
    title: { 'zh-CN': '人员详情', en: 'Person' },
    action: 'pensioners.read',
    component: lazy(() => import('./person/person-page.tsx')),
    nav: false,
  },
  {
    path: '/home-visits',
    title: { 'zh-CN': '上门服务日程', en: 'Home visits of the day' },
    action: 'home_visits.serve',
    component: lazy(() => import('./home-visits/day-list-page.tsx')),
  },
  {
    path: '/home-visits/new',
    title: { 'zh-CN': '预约上门服务', en: 'Book a home visit' },
    action: 'home_visits.book',
    component: lazy(() => import('./home-visits/book-page.tsx')),
  },
  {
    // Booker and courier both open a visit; the server decides which visits each may see.
    path: '/home-visits/:id',
    title: { 'zh-CN': '上门服务', en: 'Home visit' },
    action: 'pensioners.read',
    component: lazy(() => import('./home-visits/visit-page.tsx')),
    nav: false,
  },
  {
    path: '/reports',
    title: { 'zh-CN': '认证进度', en: 'Progress' },
    action: 'reports.read',
    component: lazy(() => import('./reports/progress-page.tsx')),
  },
  {
    path: '/reports/pending',
    title: { 'zh-CN': '待认证名单', en: 'Still to certify' },
    action: 'reports.read',
    component: lazy(() => import('./reports/pending-page.tsx')),
  },
  {
    path: '/paper-proofs',
    title: { 'zh-CN': '异地及境外认证材料', en: 'Offsite forms and overseas documents' },
    action: 'paper.read',
    component: lazy(() => import('./offsite/paper-queue-page.tsx')),
  },
  {
    path: '/paper-proofs/receive',
    title: { 'zh-CN': '收到异地认证表', en: 'Offsite form received' },
    action: 'paper.record',
    component: lazy(() => import('./offsite/receive-form-page.tsx')),
  },
  {
    path: '/paper-proofs/:id',
    title: { 'zh-CN': '审核认证材料', en: 'Review a form or document' },
    action: 'paper.read',
    component: lazy(() => import('./offsite/paper-proof-page.tsx')),
    nav: false,
  },
  {
    path: '/photos/pending',
    title: { 'zh-CN': '照片审核', en: 'Photo approvals' },
    action: 'photos.approve',
    component: lazy(() => import('./photos/pending-photos-page.tsx')),
  },
  {
    path: '/photos/missing',
    title: { 'zh-CN': '缺少比对照片', en: 'Missing photos' },
    action: 'photos.view',
    component: lazy(() => import('./photos/missing-photos-page.tsx')),
  },
  {
    path: '/info-changes/pending',
    title: { 'zh-CN': '信息变更审核', en: 'Information change approvals' },
    action: 'info_changes.approve',
    component: lazy(() => import('./info-changes/pending-changes-page.tsx')),
  },
];
