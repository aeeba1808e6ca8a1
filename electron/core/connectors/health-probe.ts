import { z } from 'zod';
import { bearerToken, type ConnectorConfig } from './connector-config';
import { requestJson } from './request-json';

export const HEALTH_TIMEOUT_MS = 5_000;

export interface ProbeResult {
  latencyMs: number;
}

const StripeBalance = z.object({
  object: z.literal('balance'),
  available: z.array(z.object({ amount: z.number().int(), currency: z.string() })),
});

const XeroOrganisations = z.object({
  Organisations: z.array(z.object({ Name: z.string() })).min(1),
});

/**
 * One cheap authenticated read that proves the partner is reachable, accepts our credentials
 * and still answers in the shape we expect. Throws a classified TransmissionError otherwise.
 */
export async function probeConnector(connector: ConnectorConfig): Promise<ProbeResult> {
  const { credentials } = connector;
  switch (credentials.kind) {
    case 'gateway': {
      const response = await requestJson({
        url: new URL('/v1/balance', connector.baseUrl),
        headers: { authorization: `Bearer ${credentials.apiKey}` },
        timeoutMs: HEALTH_TIMEOUT_MS,
        schema: StripeBalance,
      });
      return { latencyMs: response.latencyMs };
    }
    case 'billing': {
      const response = await requestJson({
        url: new URL('/api.xro/2.0/Organisation', connector.baseUrl),
        headers: {
          authorization: `Bearer ${await bearerToken(credentials)}`,
          'xero-tenant-id': credentials.tenantId,
        },
        timeoutMs: HEALTH_TIMEOUT_MS,
        schema: XeroOrganisations,
      });
      return { latencyMs: response.latencyMs };
    }
  }
}
