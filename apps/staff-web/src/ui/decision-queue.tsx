// The approver's queue pages (photos, information changes): load the pending list, and after
// each decision say what was decided and load it again.
import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../app-context.tsx';
import { ErrorMessage } from './error-message.tsx';

/** `path` answers `{ [key]: T[] }`; `decided(message)` is each card's onDecided. */
export function useDecisionQueue<T, K extends string>(path: string, key: K) {
  const { api } = useApp();
  const [list, setList] = useState<T[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setList((await api.get<Record<K, T[]>>(path))[key]);
    } catch (err) {
      setError(err);
    }
  }, [api, path, key]);
  useEffect(() => {
    void load();
  }, [load]);

  const decided = (msg: string) => {
    setMessage(msg);
    void load();
  };
  return { list, error, message, decided };
}

/** The last decision, announced, and the queue's error. */
export function QueueStatus({
  message,
  error,
  testId,
}: {
  message: string | null;
  error: unknown;
  testId?: string;
}) {
  return (
    <>
      {message && (
        <p className="notice success" role="status" data-testid={testId}>
          {message}
        </p>
      )}
      <ErrorMessage error={error} />
    </>
  );
}
