import { useEffect, useState } from 'react';
import { useApp } from '../app-context.tsx';
import type { Lang } from '../i18n/i18n.ts';

type District = { code: string; name: Record<Lang, string> };
type PublicProfile = { districts: District[] };

// The jurisdiction's districts change only with a new release of the profile: fetched once per
// page load and shared by every table that names a district.
let districts: Promise<Map<string, District['name']>> | null = null;

/** A function naming a district code in the page's language (the code itself until known). */
export function useDistrictName(): (code: string) => string {
  const { api, lang } = useApp();
  const [names, setNames] = useState<Map<string, District['name']> | null>(null);
  useEffect(() => {
    districts ??= api
      .get<PublicProfile>('/api/public/profile')
      .then((p) => new Map(p.districts.map((d) => [d.code, d.name])));
    let live = true;
    districts.then(
      (m) => live && setNames(m),
      () => {
        // A failed lookup is retried on the next page; the codes stay readable meanwhile.
        districts = null;
      },
    );
    return () => {
      live = false;
    };
  }, [api]);
  return (code) => names?.get(code)?.[lang] ?? code;
}
