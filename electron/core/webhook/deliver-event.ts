import { classifyHttpStatus, describeNetworkError, parseRetryAfter } from '../connectors/classify-failure';
import { TransmissionError } from '../connectors/transmission-error';
import { stripeSignature } from './stripe-signature';
import type { WebhookDestination } from './webhook-endpoints';

export interface DeliveryOptions {
  timeoutMs: number;
  signal: AbortSignal;
  now: () => Date;
}

/**
 * POSTs an event to the endpoint as the gateway would: JSON body, Stripe-Signature signed now.
 * Any 2xx is delivered (receivers answer with all sorts of bodies); everything else is a
 * classified TransmissionError.
 */
export async function deliverEvent(destination: WebhookDestination, body: string, options: DeliveryOptions): Promise<{ status: number }> {
  const endpoint = `POST ${new URL(destination.url).pathname}`;
  const signature = stripeSignature(body, destination.secret, Math.floor(options.now().getTime() / 1000));
  let response: Response;
  let text: string;
  try {
    response = await fetch(destination.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature, 'user-agent': 'Paydesk (event re-send)' },
      body,
      redirect: 'error',
      signal: AbortSignal.any([AbortSignal.timeout(options.timeoutMs), options.signal]),
    });
    text = await response.text();
  } catch (error) {
    throw new TransmissionError('connection', endpoint, describeNetworkError(error));
  }
  if (!response.ok) {
    const said = text.trim().slice(0, 200);
    throw new TransmissionError(
      classifyHttpStatus(response.status),
      endpoint,
      `HTTP ${response.status}${said ? `: ${said}` : ''}`,
      response.status,
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }
  return { status: response.status };
}
