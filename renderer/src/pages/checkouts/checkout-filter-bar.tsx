import { useId, useMemo, type ReactNode } from 'react';
import type { CheckoutFilter } from '../../../../shared/contract/checkouts';
import { DROP_OFF_STAGES, STAGE_LABELS, type DropOffStage } from '../../../../shared/domain/checkout-stage';
import { FormTextField } from '../../components/form-text-field';
import { useFilterDraft } from '../../lib/use-filter-draft';
import { checkoutFilterToForm, checkoutFormToFilter, EMPTY_CHECKOUT_FORM, type Recovered } from './checkout-filter-form';

const RECOVERED_CHOICES: readonly { id: Recovered; label: string }[] = [
  { id: 'include', label: 'All' },
  { id: 'exclude', label: 'Not yet (to contact)' },
  { id: 'only', label: 'Came back and paid' },
];

/**
 * The filters of the list, the funnel and the chart. Ticks and choices apply at once, text with
 * Enter or "Apply"; a field that does not parse says why and the last good filter stays.
 */
export function CheckoutFilterBar({ filter, onApply }: { filter: CheckoutFilter; onApply: (filter: CheckoutFilter) => void }): ReactNode {
  const applied = useMemo(() => checkoutFilterToForm(filter), [filter]);
  const { draft, setDraft, problems, apply } = useFilterDraft(applied, checkoutFormToFilter, onApply);
  const recoveredId = useId();
  const field = { form: draft, problems, onChange: setDraft };
  const toggle = (stage: DropOffStage, on: boolean): void =>
    apply({ ...draft, stages: on ? [...draft.stages, stage] : draft.stages.filter((ticked) => ticked !== stage) });

  return (
    <form
      aria-label="Checkout filters"
      className="panel recon-filters"
      onSubmit={(event) => {
        event.preventDefault();
        apply(draft);
      }}
    >
      <div className="recon-filter-fields">
        <FormTextField {...field} name="from" label="From (UTC day)" type="date" />
        <FormTextField {...field} name="to" label="To (UTC day)" type="date" />
        <FormTextField {...field} name="search" label="Customer, invoice or session" placeholder="ada@example.com, INV-1042" />
        <FormTextField {...field} name="currency" label="Currency" placeholder="EUR" />
        <div className="field">
          <label htmlFor={recoveredId}>Came back</label>
          <select id={recoveredId} value={draft.recovered} onChange={(event) => apply({ ...draft, recovered: event.target.value as Recovered })}>
            {RECOVERED_CHOICES.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="checkout-stages">
        <legend>Stage</legend>
        {DROP_OFF_STAGES.map((stage) => (
          <label key={stage} className="check">
            <input type="checkbox" checked={draft.stages.includes(stage)} onChange={(event) => toggle(stage, event.target.checked)} />
            {STAGE_LABELS[stage]}
          </label>
        ))}
      </fieldset>
      <div className="card-actions">
        <button type="submit" className="button">
          Apply
        </button>
        <button type="button" className="button" onClick={() => apply({ ...EMPTY_CHECKOUT_FORM, from: draft.from, to: draft.to })}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
