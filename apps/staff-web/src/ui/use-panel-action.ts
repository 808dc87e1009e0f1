import { useState } from 'react';

/**
 * A person-page action that ends in one reply (an ID check, a reopening): busy while it runs,
 * then its reply and a reload of the person, or its error.
 */
export function usePanelAction<R>(reload: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<R | null>(null);

  const run = async (action: () => Promise<R>) => {
    setBusy(true);
    setError(null);
    try {
      setDone(await action());
      await reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, done, run };
}
