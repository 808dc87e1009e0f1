import { defineStrings, useStrings } from '../i18n/i18n.ts';

const strings = defineStrings({
  'zh-CN': {
    loading: '正在加载…',
    notFound: '没有这个页面。',
    forbidden: '您的岗位没有使用这个页面的权限。',
    nothing: '您的岗位暂时没有可用的功能。',
  },
  en: {
    loading: 'Loading…',
    notFound: 'There is no such page.',
    forbidden: 'Your role may not use this page.',
    nothing: 'Your role has nothing to do here yet.',
  },
});

export type ShellMessageKind = keyof (typeof strings)['en'];

/** A one-line state of the page area: loading, not found, not allowed. */
export function ShellMessage({ kind }: { kind: ShellMessageKind }) {
  const t = useStrings(strings);
  return (
    <p
      className={kind === 'loading' ? 'hint' : 'notice'}
      role="status"
      data-testid={`shell-${kind}`}
    >
      {t(kind)}
    </p>
  );
}
