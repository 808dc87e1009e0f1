import { ApiError } from '../api/client.ts';
import { defineStrings, useStrings } from '../i18n/i18n.ts';

const strings = defineStrings({
  'zh-CN': {
    network: '无法连接服务器，请检查网络后重试。',
    unknown: '操作没有成功，请重试。',
  },
  en: {
    network: 'Cannot reach the server. Check the network and try again.',
    unknown: 'That did not work. Please try again.',
  },
});

/** The server's own message in the current language (error.messages[lang]), announced. */
export function messageOf(error: unknown, t: (k: 'network' | 'unknown') => string): string {
  if (error instanceof ApiError) {
    if (error.failure.code === 'network') return t('network');
    return error.failure.message || t('unknown');
  }
  return t('unknown');
}

export function ErrorMessage({ error, id }: { error: unknown; id?: string }) {
  const t = useStrings(strings);
  if (!error) return null;
  const code = error instanceof ApiError ? error.failure.code : 'unknown';
  return (
    <p className="alert" role="alert" id={id} data-code={code}>
      {messageOf(error, t)}
    </p>
  );
}
