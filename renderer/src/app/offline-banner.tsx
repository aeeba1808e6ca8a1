import { Fragment, type ReactNode } from 'react';
import { useCall } from '../api/use-call';
import { useNow } from '../lib/use-now';
import { offlineParts } from './offline-text';

/**
 * Says, on every page, that a partner is down and the console shows its local copy. Errors of
 * the call itself are the Connections page's business; here they just hide the banner.
 */
export function OfflineBanner(): ReactNode {
  const connectors = useCall('connectors.list', {});
  const now = useNow();
  const parts = offlineParts(connectors.data ?? [], now);
  return (
    <div className={parts.length > 0 ? 'offline-banner' : 'offline-banner-empty'}>
      {/* Always rendered, so a screen reader announces the text when it appears. */}
      <p role="status">
        {parts.length > 0 && 'Working offline on the local copy: '}
        {parts.map((part, index) => (
          <Fragment key={part.id}>
            {index > 0 && '; '}
            {part.text}
            {part.age !== null && <span aria-hidden="true"> {part.age}</span>}
          </Fragment>
        ))}
        {parts.length > 0 && '.'}
      </p>
    </div>
  );
}
