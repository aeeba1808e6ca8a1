import { z } from 'zod';
import { DEFAULT_CHECKOUT_SETTINGS, type CheckoutSettings } from '../../../shared/contract/checkouts';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { SettingsRepo } from '../settings/settings-repo';

const Minutes = z.number().int().positive();

/** The abandonment threshold: saved per workspace, every change on the audit trail. */
export class CheckoutSettingsRepo {
  private readonly settings: SettingsRepo;

  constructor(private readonly db: Database) {
    this.settings = new SettingsRepo(db);
  }

  current(): CheckoutSettings {
    const minutes = this.settings.get('checkouts.abandonAfterMinutes', Minutes);
    return minutes === undefined ? DEFAULT_CHECKOUT_SETTINGS : { abandonAfterMinutes: minutes };
  }

  save(next: CheckoutSettings, actor: string, at: Date): CheckoutSettings {
    return this.db.transaction(() => {
      const before = this.current();
      this.settings.set('checkouts.abandonAfterMinutes', next.abandonAfterMinutes, at);
      appendAudit(this.db, { at, actor, action: 'settings.checkouts', entityType: 'setting', entityId: 'checkouts.abandonAfterMinutes', before, after: next });
      return next;
    });
  }

  /** Open sessions started before this instant count as abandoned. */
  cutoff(now: Date): string {
    return new Date(now.getTime() - this.current().abandonAfterMinutes * 60_000).toISOString();
  }
}
