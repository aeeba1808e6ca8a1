import { useEffect, useRef } from 'react';
import { commandFor, shortcutApplies, type Command } from './keyboard-map';

/**
 * Listens for the workbench's keys on the whole window while the workbench is shown, so the
 * loop works wherever focus is, except in a field being typed in. `run` says whether it acted;
 * only then is the key's default (scrolling, typing the letter into a field it opens) stopped.
 */
export function useShortcuts(run: (command: Command) => boolean): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      const command = commandFor(event);
      if (command === null) return;
      const target = event.target instanceof HTMLElement ? event.target : document.body;
      const type = target instanceof HTMLInputElement ? target.type : undefined;
      if (!shortcutApplies(command, { tagName: target.tagName, type, isContentEditable: target.isContentEditable })) return;
      if (latest.current(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
