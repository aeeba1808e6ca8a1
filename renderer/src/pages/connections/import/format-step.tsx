import { useId, type ReactNode } from 'react';
import type { Mapping } from '../../../../../shared/contract/imports';
import { useCall } from '../../../api/use-call';
import { CallError } from '../../../components/call-error';
import { targetText } from '../../settings/mappings/mapping-labels';
import { choiceValue, presetLabel, PRESETS, type FormatChoice } from './import-text';

interface FormatStepProps {
  choice: FormatChoice | null;
  onChoose: (choice: FormatChoice) => void;
  /** Opens the editor on a saved mapping, to fix it after a preview shows problems. */
  onEditMapping: (mapping: Mapping) => void;
}

function Option({ name, choice, current, label, onChoose }: {
  name: string;
  choice: FormatChoice;
  current: FormatChoice | null;
  label: string;
  onChoose: (choice: FormatChoice) => void;
}): ReactNode {
  const value = choiceValue(choice);
  return (
    <label className="check">
      <input
        type="radio"
        name={name}
        value={value}
        checked={current !== null && choiceValue(current) === value}
        onChange={() => onChoose(choice)}
      />
      {label}
    </label>
  );
}

/** Step 2: a preset for a known export, a saved mapping, or a new mapping for any other system. */
export function FormatStep({ choice, onChoose, onEditMapping }: FormatStepProps): ReactNode {
  const name = useId();
  const mappings = useCall('mappings.list', {});
  const chosenMapping = choice?.kind === 'mapping' ? mappings.data?.find((mapping) => mapping.name === choice.name) : undefined;
  return (
    <fieldset className="format-choice">
      <legend>Format</legend>
      {PRESETS.map((preset) => (
        <Option key={preset} name={name} choice={{ kind: 'preset', preset }} current={choice} label={presetLabel(preset)} onChoose={onChoose} />
      ))}
      {mappings.data?.map((mapping) => (
        <Option
          key={mapping.name}
          name={name}
          choice={{ kind: 'mapping', name: mapping.name }}
          current={choice}
          label={`Saved mapping: ${mapping.name} (${targetText(mapping.target).toLowerCase()})`}
          onChoose={onChoose}
        />
      ))}
      <Option name={name} choice={{ kind: 'new-mapping' }} current={choice} label="Another system… (define a mapping)" onChoose={onChoose} />
      {mappings.error && (
        <CallError error={mappings.error} doing="Loading saved mappings" onRetry={() => void mappings.refetch()} />
      )}
      {chosenMapping && (
        <button type="button" className="button button-small" onClick={() => onEditMapping(chosenMapping)}>
          Edit this mapping
        </button>
      )}
    </fieldset>
  );
}
