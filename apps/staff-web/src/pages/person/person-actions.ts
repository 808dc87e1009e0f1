// What a clerk can do for the person on screen. Each feature adds ONE entry here and its panel
// component in its own folder (see apps/staff-web/README.md). The person page shows, in this
// order, the panels whose action the logged-in role has.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { StaffAction } from '@lifecert/core';
import type { PensionerDetail } from '../../api/types.ts';
import type { Localized } from '../../i18n/i18n.ts';

export type PersonActionProps = {
  person: PensionerDetail;
  /** reloads the person (status, attempts, history) after the panel changed something */
  reload: () => Promise<void>;
};

export type PersonAction = {
  /** stable id, used as the panel's DOM id `action-<id>` */
  id: string;
  action: StaffAction;
  label: Localized;
  component: LazyExoticComponent<ComponentType<PersonActionProps>>;
};

export const PERSON_ACTIONS: PersonAction[] = [
  {
    id: 'face',
    action: 'certify.face',
    label: { 'zh-CN': '人脸识别认证', en: 'Certify by face' },
    component: lazy(() => import('../face-certification/face-certify-panel.tsx')),
  },
  {
    id: 'id-check',
    action: 'certify.id_check',
    label: { 'zh-CN': '核对身份证件认证', en: 'Certify by checking the ID card' },
    component: lazy(() => import('./id-check-panel.tsx')),
  },
  {
    id: 'reopen',
    action: 'self_service.reopen',
    label: { 'zh-CN': '重新开放自助认证', en: 'Reopen self-service' },
    component: lazy(() => import('./reopen-panel.tsx')),
  },
  {
    id: 'home-visit',
    action: 'home_visits.book',
    label: { 'zh-CN': '上门服务', en: 'Home visit' },
    component: lazy(() => import('../home-visits/person-visit-panel.tsx')),
  },
  {
    id: 'offsite-form',
    action: 'paper.print',
    label: { 'zh-CN': '异地居住认证表', en: 'Offsite certification form' },
    component: lazy(() => import('../offsite/offsite-panel.tsx')),
  },
  {
    id: 'overseas-document',
    action: 'paper.record',
    label: { 'zh-CN': '境外认证材料', en: 'Overseas proof of life' },
    component: lazy(() => import('../overseas/overseas-panel.tsx')),
  },
  {
    id: 'photo-enrolment',
    action: 'photos.enrol',
    label: { 'zh-CN': '更换比对照片', en: 'Replace the reference photo' },
    component: lazy(() => import('../photos/photo-panel.tsx')),
  },
  {
    id: 'info-change',
    action: 'info_changes.request',
    label: { 'zh-CN': '更正基本信息', en: 'Correct basic information' },
    component: lazy(() => import('../info-changes/info-change-panel.tsx')),
  },
  {
    id: 'photo-history',
    action: 'photos.approve',
    label: { 'zh-CN': '比对照片记录', en: 'Reference photo history' },
    component: lazy(() => import('../photos/photo-history-panel.tsx')),
  },
  {
    id: 'info-history',
    action: 'info_changes.approve',
    label: { 'zh-CN': '信息变更记录', en: 'Information changes' },
    component: lazy(() => import('../info-changes/info-history-panel.tsx')),
  },
];
