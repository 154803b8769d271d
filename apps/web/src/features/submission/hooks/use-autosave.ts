import { useCallback, useEffect, useRef, useState } from 'react';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveState {
  readonly status: AutosaveStatus;
  readonly savedAt: Date | null;
  readonly error: Error | null;
}

interface AutosaveOptions<T> {
  readonly value: T;
  /** The value as last stored on the server; nothing is saved until `value` differs from it. */
  readonly saved: T;
  readonly save: (value: T) => Promise<unknown>;
  readonly delayMs?: number;
  /** False while there is nothing worth saving yet (e.g. a new draft without a title). */
  readonly enabled?: boolean;
}

export const AUTOSAVE_DELAY_MS = 1500;

/**
 * Saves `value` once typing pauses for `delayMs`. Saves run one after another (never two PATCHes
 * racing), and `flush()` saves at once, for leaving a step or submitting.
 */
export const useAutosave = <T,>({ value, saved, save, delayMs = AUTOSAVE_DELAY_MS, enabled = true }: AutosaveOptions<T>) => {
  const [state, setState] = useState<AutosaveState>({ status: 'idle', savedAt: null, error: null });
  const lastSaved = useRef(JSON.stringify(saved));
  const chain = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef({ value, save });
  useEffect(() => {
    latest.current = { value, save };
  });

  const run = useCallback((): Promise<void> => {
    const result = chain.current.then(async () => {
      const { value: current, save: store } = latest.current;
      const serialized = JSON.stringify(current);
      if (serialized === lastSaved.current) return;
      setState((previous) => ({ ...previous, status: 'saving' }));
      try {
        await store(current);
        lastSaved.current = serialized;
        setState({ status: 'saved', savedAt: new Date(), error: null });
      } catch (error) {
        setState((previous) => ({ ...previous, status: 'error', error: error instanceof Error ? error : new Error(String(error)) }));
        throw error;
      }
    });
    // A failed save must not stop the ones queued after it.
    chain.current = result.catch(() => undefined);
    return result;
  }, []);

  const serialized = JSON.stringify(value);
  useEffect(() => {
    if (!enabled || serialized === lastSaved.current) return;
    const timer = setTimeout(() => {
      // The failure is already in state; a later edit or flush tries again.
      run().catch(() => undefined);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [serialized, enabled, delayMs, run]);

  /** Saves now if anything is unsaved; rejects when the save fails. */
  const flush = run;

  return { ...state, flush };
};
