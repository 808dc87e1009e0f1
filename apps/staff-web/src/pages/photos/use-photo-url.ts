import { useEffect, useState } from 'react';
import { useApp } from '../../app-context.tsx';

/**
 * An object URL for a photo the API serves with the bearer token (an <img src> cannot send it);
 * null while loading or when there is none. Revoked when the component goes.
 */
export function usePhotoUrl(path: string | null): { url: string | null; missing: boolean } {
  const { api } = useApp();
  const [state, setState] = useState<{ url: string | null; missing: boolean }>({
    url: null,
    missing: false,
  });
  useEffect(() => {
    if (!path) return;
    let url: string | null = null;
    let live = true;
    api.blob(path).then(
      (blob) => {
        url = URL.createObjectURL(blob);
        if (live) setState({ url, missing: false });
        else URL.revokeObjectURL(url);
      },
      () => live && setState({ url: null, missing: true }),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, path]);
  return path ? state : { url: null, missing: true };
}
