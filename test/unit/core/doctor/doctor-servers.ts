import { createServer as createHttpServer } from 'node:http';
import type { RequestListener } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import type { Server, Socket } from 'node:net';

/** A loopback server for one test, closed with everything still connected to it. */
export interface TestServer {
  port: number;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<TestServer> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    // The doctor hangs up abruptly once it has what it needs; that is not a test failure.
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export function httpServer(listener: RequestListener): Promise<TestServer> {
  return listen(createHttpServer(listener));
}

/** Accepts connections and does something other than HTTP with them (or nothing at all). */
export function rawServer(onSocket: (socket: Socket) => void): Promise<TestServer> {
  return listen(createTcpServer(onSocket));
}

/** A port on 127.0.0.1 where nothing listens (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const server = await rawServer(() => undefined);
  await server.close();
  return server.port;
}
