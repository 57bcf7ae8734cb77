import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.php': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  readonly url: (path: string) => string;
  readonly close: () => Promise<void>;
}

/**
 * Serves folders on 127.0.0.1 under prefixes ("/fixtures/…" -> test/fixtures). Dynamic routes may
 * be added for generated pages. Nothing outside the given folders is served.
 */
/** A generated page: HTML, or a body with its own headers (a content type, a CSP). */
export type Generated = () => string | { readonly body: string; readonly headers: Record<string, string> };

export async function serve(
  mounts: Record<string, string>,
  dynamic: Record<string, Generated> = {},
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const make = dynamic[path];
    if (make) {
      const made = make();
      if (typeof made === 'string') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(made);
      } else {
        res.writeHead(200, made.headers);
        res.end(made.body);
      }
      return;
    }
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(`${prefix}/`)) continue;
      const base = resolve(dir);
      const file = normalize(join(base, path.slice(prefix.length + 1)));
      if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) break;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404);
    res.end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
