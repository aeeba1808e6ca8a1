import { useState, type ReactNode } from 'react';
import { useCall } from '../../../api/use-call';
import { CallError } from '../../../components/call-error';
import { Loading } from '../../../components/loading';

interface RawRecordProps {
  entity: 'invoice' | 'payment';
  id: string;
}

function RawJson({ entity, id }: RawRecordProps): ReactNode {
  const raw = useCall('recon.raw', { entity, id });
  if (raw.isPending) return <Loading what="the stored record" />;
  if (raw.error) return <CallError error={raw.error} doing="Loading the stored record" onRetry={() => void raw.refetch()} />;
  return (
    <pre className="recon-raw" tabIndex={0} aria-label={`Stored fields of ${entity} ${id}`}>
      {raw.data.json}
    </pre>
  );
}

/** The record as the partner sent it (redacted), fetched only when asked for. */
export function RawFields({ entity, id }: RawRecordProps): ReactNode {
  const [shown, setShown] = useState(false);
  return (
    <div className="recon-raw-fields">
      <button type="button" className="button button-small" aria-expanded={shown} onClick={() => setShown(!shown)}>
        {shown ? 'Hide raw fields' : 'Show raw fields'}
      </button>
      {shown && <RawJson entity={entity} id={id} />}
    </div>
  );
}
