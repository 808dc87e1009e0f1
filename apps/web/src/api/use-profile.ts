import { useEffect, useState } from 'react';
import type { ApiClient } from './client.ts';
import type { PublicProfile } from './types.ts';

// Public, the same for everyone: fetched once per page load and kept in memory only.
let cached: Promise<PublicProfile> | null = null;

export function useProfile(api: ApiClient): PublicProfile | null {
  const [profile, setProfile] = useState<PublicProfile | null>(null);
  useEffect(() => {
    let live = true;
    cached ??= api.json<PublicProfile>('GET', '/api/public/profile');
    cached.then(
      (p) => {
        if (live) setProfile(p);
      },
      () => {
        cached = null;
      },
    );
    return () => {
      live = false;
    };
  }, [api]);
  return profile;
}
