import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useCallMutation } from '../../../api/use-call';
import { CallError } from '../../../components/call-error';
import { TextControl } from '../../settings/mappings/form-controls';

/**
 * Xero's recommended way in: sign in on Xero's own page in the system browser (never inside
 * Paydesk's window, which must not see the password) and approve Paydesk's access. The desktop
 * app's window-open handler sends the https page to the system browser.
 */
export function XeroSignInForm(): ReactNode {
  const headingId = useId();
  const [clientId, setClientId] = useState('');
  const connect = useCallMutation('connectors.connectXero');
  const trimmed = clientId.trim();
  const problem = trimmed === '' || /^[A-Za-z0-9_-]{8,128}$/.test(trimmed) ? undefined : 'A client id is letters and digits, as Xero shows it.';

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (trimmed === '' || problem) return;
    connect.mutate(
      { signIn: { clientId: trimmed } },
      { onSuccess: ({ authorizeUrl }) => void window.open(authorizeUrl, '_blank', 'noopener,noreferrer') },
    );
  };

  return (
    <form className="connect-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h3 id={headingId}>Sign in with Xero</h3>
      <p className="hint">
        Uses your organisation&apos;s Xero app (type “Auth code with PKCE”, redirect URI http://127.0.0.1). Tokens are kept in
        the system keychain and refreshed by Paydesk.
      </p>
      <div className="field-grid">
        <TextControl label="Xero app client id" value={clientId} required maxLength={128} problem={problem} onChange={setClientId} />
      </div>
      <div className="card-actions">
        <button type="submit" className="button button-primary" disabled={connect.isPending || trimmed === ''}>
          Sign in with Xero
        </button>
        <span role="status">
          {connect.isPending && 'Preparing the sign-in…'}
          {connect.data && (
            <>
              Approve Paydesk on the Xero page in your browser; this page updates when you are back.{' '}
              <a href={connect.data.authorizeUrl} target="_blank" rel="noreferrer">
                Open the Xero page again
              </a>
            </>
          )}
        </span>
      </div>
      {connect.error && <CallError error={connect.error} doing="Starting the Xero sign-in" />}
    </form>
  );
}
