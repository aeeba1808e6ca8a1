import type { ReactNode } from 'react';
import type { AppInfo } from '../../../../../shared/contract/app';
import { useCall } from '../../../api/use-call';
import { CallError } from '../../../components/call-error';
import { Loading } from '../../../components/loading';
import { assertNever } from '../../../lib/assert-never';
import { ConnectForm } from './connect-form';
import { XeroSignInForm } from './xero-sign-in-form';

/** The browser console has no safe place for a key, so there it can only say how to give one. */
function NoSecretStorage(): ReactNode {
  return (
    <>
      <p>
        This console keeps no credentials, so live accounts are given when it starts:{' '}
        <code className="command">paydesk serve --gateway-url https://api.stripe.com --billing-url https://api.xero.com</code> with the keys
        in the environment variables <code>PAYDESK_GATEWAY_KEY</code> and <code>PAYDESK_BILLING_TOKEN</code> (and{' '}
        <code>PAYDESK_BILLING_TENANT</code>).
      </p>
      <p>Or use the desktop app, which keeps them in the system keychain.</p>
    </>
  );
}

function LiveAccountsBody({ storage }: { storage: AppInfo['secretStorage'] }): ReactNode {
  switch (storage) {
    case 'none':
      return <NoSecretStorage />;
    case 'os_keychain':
      return (
        <>
          <p className="lead">
            Connect a live account. Its key goes to the system keychain; connecting again replaces the saved account
            of that kind.
          </p>
          <div className="connect-grid">
            <ConnectForm kind="gateway" />
            <XeroSignInForm />
            <ConnectForm kind="billing" />
          </div>
        </>
      );
    default:
      return assertNever(storage);
  }
}

/** Connect a live account: a form per partner where keys can be saved, a how-to where they cannot. */
export function LiveAccountsPanel(): ReactNode {
  const info = useCall('app.info', {});
  return (
    <section aria-labelledby="live-accounts-heading" className="panel live-accounts">
      <h2 id="live-accounts-heading">Live accounts</h2>
      {info.isPending && <Loading what="how live accounts are kept" />}
      {info.error && <CallError error={info.error} doing="Loading how live accounts are kept" onRetry={() => void info.refetch()} />}
      {info.data && <LiveAccountsBody storage={info.data.secretStorage} />}
    </section>
  );
}
