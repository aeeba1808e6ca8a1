import { useState } from 'react';

/**
 * Local state that starts at `source` and resets whenever `source` changes. Form controls use it
 * so a click shows at once, while the server's answer still wins when it arrives.
 */
export function useFollowedState<T>(source: T): [T, (next: T) => void] {
  const [state, setState] = useState({ source, value: source });
  if (!Object.is(state.source, source)) {
    // Adjusting state during render is React's documented way to follow a prop.
    setState({ source, value: source });
    return [source, (value) => setState({ source, value })];
  }
  return [state.value, (value) => setState({ source, value })];
}
