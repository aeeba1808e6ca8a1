import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Candidate, ReconItem } from '../../../../../shared/contract/reconcile';
import { useCall } from '../../../api/use-call';
import { CallError } from '../../../components/call-error';
import { Loading } from '../../../components/loading';
import { candidateQuery, EMPTY_SEARCH, type CandidateForm, type Query } from './candidate-query';
import { moneyText } from '../money-text';

interface ManualMatchProps {
  item: ReconItem;
  busy: boolean;
  onMatch: (candidate: Candidate) => void;
  onCancel: () => void;
}

interface ResultsProps {
  query: Query;
  busy: boolean;
  /** Searches the person asked for: after each, the first Match button takes focus, so Enter picks it. */
  searches: number;
  onMatch: (candidate: Candidate) => void;
}

function Results({ query, busy, searches, onMatch }: ResultsProps): ReactNode {
  const candidates = useCall('recon.candidates', query);
  const first = useRef<HTMLButtonElement>(null);
  const arrived = candidates.data;
  useEffect(() => {
    if (searches > 0 && arrived) first.current?.focus();
  }, [searches, arrived]);
  if (candidates.isPending) return <Loading what="candidates" />;
  if (candidates.error) return <CallError error={candidates.error} doing="Searching" onRetry={() => void candidates.refetch()} />;
  if (candidates.data.length === 0) return <p className="muted">Nothing found: widen the search.</p>;
  return (
    <table className="table recon-small-table">
      <caption className="visually-hidden">Candidates to match</caption>
      <thead>
        <tr>
          <th scope="col">Record</th>
          <th scope="col">Date</th>
          <th scope="col">Customer</th>
          <th scope="col">Reference</th>
          <th scope="col" className="recon-num">
            Amount
          </th>
          <th scope="col">
            <span className="visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {candidates.data.map((candidate, index) => (
          <tr key={`${candidate.entity}:${candidate.id}`}>
            <td className="mono">{candidate.id}</td>
            <td>{candidate.date}</td>
            <td>{candidate.customer ?? '—'}</td>
            <td className="mono">{candidate.reference ?? '—'}</td>
            <td className="recon-num">{moneyText(candidate.amountMinor, candidate.currency)}</td>
            <td>
              <button
                ref={index === 0 ? first : undefined}
                type="button"
                className="button button-small"
                disabled={busy}
                onClick={() => onMatch(candidate)}
              >
                Match {candidate.id}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Search the other side by amount, dates, customer and reference, and pick the match. */
export function ManualMatch({ item, busy, onMatch, onCancel }: ManualMatchProps): ReactNode {
  const id = useId();
  const [form, setForm] = useState<CandidateForm>(EMPTY_SEARCH);
  const [query, setQuery] = useState<Query>({ key: item.key });
  const [problem, setProblem] = useState<string | null>(null);
  const [searches, setSearches] = useState(0);
  const other = item.invoiceNumber !== null ? 'payment' : 'invoice';
  const field = (name: keyof CandidateForm, label: string, type: 'text' | 'date', autoFocus = false): ReactNode => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type={type}
        // The form opens on a keystroke (m): typing goes straight into the first field.
        autoFocus={autoFocus}
        value={form[name]}
        onChange={(event) => setForm({ ...form, [name]: event.target.value })}
      />
    </div>
  );
  return (
    <section aria-label={`Match by hand: find the ${other}`} className="recon-manual-match">
      <form
        className="recon-filter-fields"
        onSubmit={(event) => {
          event.preventDefault();
          const outcome = candidateQuery(item.key, form);
          if (!outcome.ok) {
            setProblem(outcome.problem);
            return;
          }
          setProblem(null);
          setQuery(outcome.query);
          setSearches(searches + 1);
        }}
      >
        {field('amount', `Amount (${item.currency})`, 'text', true)}
        {field('customer', 'Customer', 'text')}
        {field('reference', 'Reference', 'text')}
        {field('dateFrom', 'From', 'date')}
        {field('dateTo', 'To', 'date')}
        <div className="card-actions">
          <button type="submit" className="button">
            Search
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
      {problem !== null && (
        <p role="alert" className="field-problem">
          {problem}
        </p>
      )}
      <Results query={query} busy={busy} searches={searches} onMatch={onMatch} />
    </section>
  );
}
