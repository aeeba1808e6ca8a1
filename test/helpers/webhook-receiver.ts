import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

export interface ReceivedEvent {
  id: string;
  type: string;
  objectId: string;
  body: string;
}

/**
 * A merchant's webhook endpoint on loopback: verifies each delivery with the official Stripe SDK,
 * as a real endpoint does, and keeps what it accepted. `answer` says what to reply to the next ones.
 */
export interface WebhookReceiver {
  url: string;
  accepted: ReceivedEvent[];
  rejected: number;
  answer: number;
  close(): Promise<void>;
}

export async function startWebhookReceiver(secret: string): Promise<WebhookReceiver> {
  const stripe = new Stripe('sk_test_receiver');
  const receiver: Omit<WebhookReceiver, 'url' | 'close'> = { accepted: [], rejected: 0, answer: 200 };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (receiver.answer !== 200) {
        response.writeHead(receiver.answer).end('not now');
        return;
      }
      try {
        const event = stripe.webhooks.constructEvent(body, String(request.headers['stripe-signature'] ?? ''), secret);
        const object = event.data.object as { id: string };
        receiver.accepted.push({ id: event.id, type: event.type, objectId: object.id, body });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
      } catch {
        receiver.rejected += 1;
        response.writeHead(400).end('bad signature');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}/webhooks`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
