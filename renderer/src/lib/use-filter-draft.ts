import { useState } from 'react';
import { useFollowedState } from './use-followed-state';

/** What stops each field of a form from applying, in words. */
export type FieldProblems<Field extends string> = Partial<Record<Field, string>>;

export type DraftOutcome<Filter, Field extends string> = { ok: true; filter: Filter } | { ok: false; problems: FieldProblems<Field> };

export interface FilterDraft<Form, Field extends string> {
  draft: Form;
  setDraft: (form: Form) => void;
  problems: FieldProblems<Field>;
  /** Applies a form: its filter goes to `onApply`, or its problems are shown and the last good filter stays. */
  apply: (form: Form) => void;
}

/** A filter form edited as text, following the filter applied from outside, applied only when it parses. */
export function useFilterDraft<Form, Filter, Field extends string>(
  applied: Form,
  toFilter: (form: Form) => DraftOutcome<Filter, Field>,
  onApply: (filter: Filter) => void,
): FilterDraft<Form, Field> {
  const [draft, setDraft] = useFollowedState(applied);
  const [problems, setProblems] = useState<FieldProblems<Field>>({});
  const apply = (form: Form): void => {
    setDraft(form);
    const outcome = toFilter(form);
    if (!outcome.ok) {
      setProblems(outcome.problems);
      return;
    }
    setProblems({});
    onApply(outcome.filter);
  };
  return { draft, setDraft, problems, apply };
}
