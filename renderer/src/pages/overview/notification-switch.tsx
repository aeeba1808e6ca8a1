import { useState, type ReactNode } from 'react';
import { browserNotifications } from '../../lib/browser-notifications';

/**
 * In the browser console, the way to have new alerts shown as desktop notifications too. The
 * browser asks the person; the answer is the browser's to keep. The desktop app needs none.
 */
export function NotificationSwitch(): ReactNode {
  const [api] = useState(() => browserNotifications());
  const [permission, setPermission] = useState(api?.permission ?? 'denied');
  if (!api) return null;
  if (permission === 'granted') return <p className="muted">New alerts also show as desktop notifications in this browser.</p>;
  if (permission === 'denied') return <p className="muted">Desktop notifications are blocked for this page in the browser's site settings.</p>;
  return (
    <p>
      <button type="button" className="button button-small" onClick={() => void api.requestPermission().then(setPermission)}>
        Show new alerts as desktop notifications
      </button>
    </p>
  );
}
