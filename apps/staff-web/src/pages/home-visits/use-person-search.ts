import { useState, type FormEvent } from 'react';
import type { PensionerSearchReply, PensionerSummary } from '../../api/types.ts';
import { useApp } from '../../app-context.tsx';
import { formValue } from '../../ui/form-value.ts';

/**
 * The people search of the booking and add-people forms: the scoped staff search, its results,
 * and failures reported through the form's own error slot.
 */
export function usePersonSearch(setError: (e: unknown) => void) {
  const { api } = useApp();
  const [found, setFound] = useState<PensionerSummary[] | null>(null);
  const search = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = formValue(e.currentTarget, 'q').trim();
    if (!q) return;
    setError(null);
    try {
      const r = await api.get<PensionerSearchReply>(
        `/api/staff/pensioners?q=${encodeURIComponent(q)}`,
      );
      setFound(r.results);
    } catch (err) {
      setError(err);
    }
  };
  return { found, search };
}
