import { useId, type ReactNode } from 'react';
import { OUTBOX_STATES, OutboxKind, type OutboxFilter } from '../../../../shared/contract/outbox';
import { FailureClass } from '../../../../shared/domain/failure-class';
import { useFollowedState } from '../../lib/use-followed-state';
import { failureClassLabel, outboxStateLabel } from './outbox-text';
import { kindLabel } from './outbox-kind';
import { isFilterEmpty, toggleState, withFailureClass, withKind, withSearch } from './queue-filter';

interface QueueFiltersProps {
  filter: OutboxFilter;
  onApply: (filter: OutboxFilter) => void;
}

/** Search by invoice or payment (applied with Enter), states, failure class and kind (applied at once). */
export function QueueFilters({ filter, onApply }: QueueFiltersProps): ReactNode {
  const id = useId();
  const [search, setSearch] = useFollowedState(filter.search ?? '');
  return (
    <form
      aria-label="Queue filters"
      className="panel outbox-filters"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(withSearch(filter, search));
      }}
    >
      <div className="outbox-filter-fields">
        <div className="field outbox-search">
          <label htmlFor={`${id}-search`}>Invoice or payment</label>
          <input
            id={`${id}-search`}
            type="search"
            maxLength={200}
            placeholder="INV-1042 or pi_…"
            aria-describedby={`${id}-search-hint`}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <span id={`${id}-search-hint`} className="hint">
            Part of an invoice number or a payment id; Enter to search.
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-class`}>Failure class</label>
          <select
            id={`${id}-class`}
            value={filter.failureClass ?? ''}
            onChange={(event) => {
              const cls = FailureClass.safeParse(event.target.value);
              onApply(withFailureClass(filter, cls.success ? cls.data : undefined));
            }}
          >
            <option value="">Any class</option>
            {FailureClass.options.map((cls) => (
              <option key={cls} value={cls}>
                {failureClassLabel(cls, 'any')}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={filter.kind ?? ''}
            onChange={(event) => {
              const kind = OutboxKind.safeParse(event.target.value);
              onApply(withKind(filter, kind.success ? kind.data : undefined));
            }}
          >
            <option value="">Both kinds</option>
            {OutboxKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="recon-choice-group">
        <legend>State {(filter.states ?? []).length === 0 && <span className="muted">(every state)</span>}</legend>
        {OUTBOX_STATES.map((state) => (
          <label key={state} className="check">
            <input
              type="checkbox"
              checked={filter.states?.includes(state) ?? false}
              onChange={() => onApply(toggleState(filter, state))}
            />
            {outboxStateLabel(state)}
          </label>
        ))}
      </fieldset>
      <div className="card-actions">
        <button type="submit" className="button">
          Search
        </button>
        <button
          type="button"
          className="button"
          disabled={isFilterEmpty(filter) && search === ''}
          onClick={() => {
            setSearch('');
            onApply({});
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
