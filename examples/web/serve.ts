// A static file server for the built page (tests and benchmarks): GET only, inside `root` only.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** Serves `root` on `host` (a free port); resolves once listening, with its address and a stop. */
export async function serveStatic(root: string, host = '127.0.0.1'): Promise<{ url: string; port: number; server: Server; close(): Promise<void> }> {
  const base = normalize(root + sep);
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
      if (request.method !== 'GET' || !file.startsWith(base)) return void response.writeHead(405).end();
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return void response.writeHead(404).end();
      // Readable from other origins too: a test starts pdf.js's worker from a second host name.
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': info.size, 'access-control-allow-origin': '*' });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    port,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
