import { OperatorName, type OperatorProfile } from '../../../shared/contract/audit';
import { ApiError } from '../../../shared/contract/errors';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { SettingsRepo } from './settings-repo';
import { osUser } from './os-user';

export interface OperatorDeps {
  db: Database;
  /** Who is signed in to the computer; the OS user by default. */
  osUser?: () => string;
  now?: () => Date;
}

/**
 * Who is working: the operator profile a person chose in Paydesk, or else the OS user. Every
 * audit entry names `actor()`, read at the moment of the change, so switching applies at once.
 */
export class OperatorProfiles {
  private readonly settings: SettingsRepo;
  private readonly osUser: () => string;
  private readonly now: () => Date;

  constructor(private readonly deps: OperatorDeps) {
    this.settings = new SettingsRepo(deps.db);
    this.osUser = deps.osUser ?? osUser;
    this.now = deps.now ?? ((): Date => new Date());
  }

  /** The name the next audit entry carries. An arrow, so it can be handed on as a provider. */
  readonly actor = (): string => this.chosen() ?? this.osUser();

  current(): OperatorProfile {
    const name = this.chosen() ?? null;
    const user = this.osUser();
    return { name, osUser: user, actingAs: name ?? user };
  }

  /** Chooses a profile (null: act as the OS user again), recorded in the trail by whoever was acting. */
  choose(input: string | null): OperatorProfile {
    const name = input === null ? null : checkedName(input);
    const { db } = this.deps;
    db.transaction(() => {
      const before = this.chosen() ?? null;
      if (before === name) return;
      const at = this.now();
      const actor = this.actor();
      if (name === null) this.settings.delete('operator.name');
      else this.settings.set('operator.name', name, at);
      appendAudit(db, {
        at,
        actor,
        action: 'operator.change',
        entityType: 'operator_profile',
        entityId: null,
        before: { operator: before },
        after: { operator: name, osUser: this.osUser() },
      });
    });
    return this.current();
  }

  private chosen(): string | undefined {
    return this.settings.get('operator.name', OperatorName);
  }
}

function checkedName(input: string): string {
  const parsed = OperatorName.safeParse(input);
  if (!parsed.success) throw new ApiError('validation', `An operator name needs ${parsed.error.issues[0]?.message ?? 'a name'}.`);
  return parsed.data;
}
