import type { ReactNode } from 'react';
import { SHORTCUTS } from './keyboard-map';

/** Every shortcut, always in view: the loop is learnt by looking, not by reading a manual. */
export function ShortcutLegend(): ReactNode {
  return (
    <section aria-labelledby="recon-keys-heading" className="recon-legend">
      <h2 id="recon-keys-heading" className="visually-hidden">
        Keyboard shortcuts
      </h2>
      <ul>
        {SHORTCUTS.map((shortcut) => (
          <li key={shortcut.command}>
            {shortcut.keys.map((key, index) => (
              <span key={key}>
                {index > 0 && ' '}
                <kbd>{key}</kbd>
              </span>
            ))}{' '}
            {shortcut.does}
          </li>
        ))}
      </ul>
    </section>
  );
}
