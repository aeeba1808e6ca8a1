import { z } from 'zod';
import { requestJson } from '../request-json';

export const CONNECTIONS_TIMEOUT_MS = 15_000;

/** One Xero organisation (tenant) the user granted Paydesk access to. */
export interface XeroTenant {
  connectionId: string;
  tenantId: string;
  tenantName: string;
  tenantType: string;
}

const Connections = z.array(
  z.object({
    id: z.string(),
    tenantId: z.string(),
    tenantType: z.string(),
    tenantName: z.string().nullable().optional(),
  }),
);

/** The tenants this access token may use, from Xero's connections endpoint. */
export async function listXeroTenants(connectionsUrl: string, accessToken: string): Promise<XeroTenant[]> {
  const response = await requestJson({
    url: new URL(connectionsUrl),
    headers: { authorization: `Bearer ${accessToken}` },
    timeoutMs: CONNECTIONS_TIMEOUT_MS,
    schema: Connections,
  });
  return response.value.map((connection) => ({
    connectionId: connection.id,
    tenantId: connection.tenantId,
    tenantName: connection.tenantName ?? connection.tenantId,
    tenantType: connection.tenantType,
  }));
}

/**
 * The organisation to use: the one asked for, or the only organisation granted. Null means the
 * user granted several (or none) and the UI must let them choose.
 */
export function chooseTenant(tenants: readonly XeroTenant[], wantedTenantId?: string): XeroTenant | null {
  if (wantedTenantId !== undefined) return tenants.find((tenant) => tenant.tenantId === wantedTenantId) ?? null;
  // Practice-manager connections are not accounting organisations and have no invoices.
  const organisations = tenants.filter((tenant) => tenant.tenantType === 'ORGANISATION');
  return organisations.length === 1 ? (organisations[0] ?? null) : null;
}
