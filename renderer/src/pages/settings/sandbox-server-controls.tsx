import { useId, type ReactNode } from 'react';
import { FaultSpec, type SandboxServerStatus } from '../../../../shared/contract/sandbox';
import { useCallMutation } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { useFollowedState } from '../../lib/use-followed-state';
import { NUMBER_FIELDS, numberPatch, SCHEMA_DRIFT_CHOICES, serverTitle } from './fault-fields';
import { NumberField } from './number-field';

/** Fault switches of one sandbox server. Each change is sent on its own, at once. */
export function SandboxServerControls({ status }: { status: SandboxServerStatus }): ReactNode {
  const driftId = useId();
  const setFaults = useCallMutation('sandbox.setFaults', { invalidates: ['sandbox.status'] });
  // A local copy so a checkbox flips at the click, before the server has answered.
  const [faults, setDraft] = useFollowedState(status.faults);
  const title = serverTitle(status.server);

  const change = (patch: Partial<FaultSpec>): void => {
    setDraft({ ...faults, ...patch });
    setFaults.mutate({ server: status.server, faults: patch }, { onError: () => setDraft(status.faults) });
  };

  return (
    <fieldset className="server-controls">
      <legend>{title}</legend>
      <p className="server-url">
        URL: <span className="mono">{status.url}</span>
      </p>
      <div className="field-grid">
        <label className="check">
          <input type="checkbox" checked={faults.down} onChange={(event) => change({ down: event.target.checked })} />
          {title} down
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={faults.maintenance}
            onChange={(event) => change({ maintenance: event.target.checked })}
          />
          Maintenance (503)
        </label>
        {NUMBER_FIELDS.map((spec) => (
          <NumberField
            key={spec.field}
            spec={spec}
            value={faults[spec.field]}
            onCommit={(value) => change(numberPatch(spec.field, value))}
          />
        ))}
        <div className="field">
          <label htmlFor={driftId}>Schema drift</label>
          <select
            id={driftId}
            value={faults.schemaDrift}
            onChange={(event) => {
              const drift = FaultSpec.shape.schemaDrift.safeParse(event.target.value);
              if (drift.success) change({ schemaDrift: drift.data });
            }}
          >
            {SCHEMA_DRIFT_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" className="pending">
        {setFaults.isPending ? 'Saving…' : ''}
      </p>
      {setFaults.error && <CallError error={setFaults.error} doing={`Changing the ${title.toLowerCase()} faults`} />}
    </fieldset>
  );
}
