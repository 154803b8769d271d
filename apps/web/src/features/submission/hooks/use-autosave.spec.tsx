import { act, renderHook } from '@testing-library/react';
import { useAutosave } from './use-autosave';

const DELAY = 1000;

const setup = (save: (value: string) => Promise<unknown>, initial = 'a') =>
  renderHook(({ value, enabled }: { value: string; enabled: boolean }) => useAutosave({ value, saved: 'a', save, delayMs: DELAY, enabled }), {
    initialProps: { value: initial, enabled: true },
  });

/** Lets the queued saves and their state updates run. */
const settle = () => act(async () => {
  await vi.advanceTimersByTimeAsync(0);
});

describe('useAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once typing has paused for the delay, with the latest value only', async () => {
    const save = vi.fn((_value: string) => Promise.resolve());
    const { result, rerender } = setup(save);
    expect(result.current.status).toBe('idle');

    rerender({ value: 'ab', enabled: true });
    await act(() => vi.advanceTimersByTimeAsync(DELAY - 100));
    rerender({ value: 'abc', enabled: true });
    await act(() => vi.advanceTimersByTimeAsync(DELAY - 100));
    expect(save).not.toHaveBeenCalled();

    await act(() => vi.advanceTimersByTimeAsync(100));
    await settle();
    expect(save.mock.calls).toEqual([['abc']]);
    expect(result.current.status).toBe('saved');
    expect(result.current.savedAt).toBeInstanceOf(Date);
  });

  it('saves nothing for the value already stored or while disabled', async () => {
    const save = vi.fn((_value: string) => Promise.resolve());
    const { rerender } = setup(save);
    await act(() => vi.advanceTimersByTimeAsync(DELAY * 2));
    rerender({ value: 'changed', enabled: false });
    await act(() => vi.advanceTimersByTimeAsync(DELAY * 2));
    expect(save).not.toHaveBeenCalled();
  });

  it('runs saves one after another, never two at once', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const save = vi.fn(async (_value: string) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, DELAY * 3));
      inFlight -= 1;
    });
    const { result, rerender } = setup(save);
    rerender({ value: 'b', enabled: true });
    await act(() => vi.advanceTimersByTimeAsync(DELAY));
    rerender({ value: 'c', enabled: true });
    await act(() => vi.advanceTimersByTimeAsync(DELAY));
    await act(() => vi.advanceTimersByTimeAsync(DELAY * 10));
    expect(save.mock.calls).toEqual([['b'], ['c']]);
    expect(maxInFlight).toBe(1);
    expect(result.current.status).toBe('saved');
  });

  it('flush saves at once; a failure is reported and the next change tries again', async () => {
    const save = vi.fn((_value: string): Promise<void> => Promise.reject(new Error('offline')));
    const { result, rerender } = setup(save);
    rerender({ value: 'b', enabled: true });

    let failure: unknown;
    await act(async () => {
      failure = await result.current.flush().catch((error: unknown) => error);
    });
    expect(failure).toEqual(new Error('offline'));
    expect(result.current.status).toBe('error');
    expect(result.current.error?.message).toBe('offline');

    save.mockImplementation(() => Promise.resolve());
    rerender({ value: 'bc', enabled: true });
    await act(() => vi.advanceTimersByTimeAsync(DELAY));
    await settle();
    expect(save.mock.calls.map(([value]) => value)).toEqual(['b', 'bc']);
    expect(result.current.status).toBe('saved');
  });
});
