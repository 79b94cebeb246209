/**
 * The web server of the host-page tests: node:http on 127.0.0.1, a free port, GET/HEAD only but
 * for the routes a test adds. Serves named folders under URL prefixes (`/hosts/` -> test/hosts,
 * `/dist/` -> the bundle's folder, …), virtual files (demo data, page variants), routes (a stand-in
 * for a host's own endpoint, any method), and sends each page's Content-Security-Policy header. Only static file types are served (never the .ts support files), nothing outside
 * a mounted folder, and every request is recorded so a test can check what a page asked for.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface VirtualFile {
  body: string | (() => string | Promise<string>);
  type?: string;
}

/** A request to a route, its body read as text. */
export interface RouteRequest {
  method: string;
  /** The path with its query. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A route's answer, sent as it is (with the server's no-store and nosniff headers). */
export interface RouteAnswer {
  status: number;
  type?: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface HostServerOptions {
  /** URL prefix (`/dist/`) -> folder. */
  mounts: Record<string, string>;
  /** Exact URL path -> generated content (wins over mounts). */
  files?: Record<string, VirtualFile>;
  /** Exact URL path -> handler for any method (wins over files and mounts). */
  routes?: Record<string, (request: RouteRequest) => RouteAnswer | Promise<RouteAnswer>>;
  /** The Content-Security-Policy header for a path, or undefined for none. */
  csp?: (path: string) => string | undefined;
  /** Other response headers for a path (e.g. Content-Security-Policy-Report-Only). */
  headers?: (path: string) => Record<string, string> | undefined;
}

export interface HostServer {
  /** Origin with no trailing slash, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** Every request: method, path with query, and the status sent. */
  requests: Array<{ method: string; url: string; status: number }>;
  close(): Promise<void>;
}

export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const mounts = Object.entries(options.mounts).map(([prefix, dir]) => [prefix, resolve(dir)] as const);
  const requests: HostServer['requests'] = [];

  async function answer(req: IncomingMessage): Promise<{ status: number; type?: string; body?: Buffer | string }> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return { status: 405 };
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return { status: 400 };
    }
    const virtual = options.files?.[path];
    if (virtual) {
      const body = typeof virtual.body === 'function' ? await virtual.body() : virtual.body;
      return { status: 200, type: virtual.type ?? TYPES[extname(path)] ?? 'text/plain; charset=utf-8', body };
    }
    const type = TYPES[extname(path).toLowerCase()];
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    if (!mount || !type) return { status: 404 };
    const [prefix, dir] = mount;
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir + sep)) return { status: 403 };
    try {
      if (!(await stat(file)).isFile()) return { status: 404 };
      return { status: 200, type, body: await readFile(file) };
    } catch {
      return { status: 404 };
    }
  }

  /** The route for this request, if a test added one for its path. */
  function routeFor(req: IncomingMessage) {
    try {
      return options.routes?.[decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)];
    } catch {
      return undefined;
    }
  }

  async function route(req: IncomingMessage, handler: NonNullable<ReturnType<typeof routeFor>>): Promise<RouteAnswer> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return handler({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
  }

  const server: Server = createServer((req, res) => {
    const handler = routeFor(req);
    if (handler) {
      route(req, handler).then(
        ({ status, type, body, headers }) => {
          requests.push({ method: req.method ?? '', url: req.url ?? '', status });
          res.writeHead(status, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...(type ? { 'content-type': type } : {}), ...headers });
          res.end(req.method === 'HEAD' ? undefined : body);
        },
        (error: unknown) => {
          requests.push({ method: req.method ?? '', url: req.url ?? '', status: 500 });
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
        },
      );
      return;
    }
    answer(req).then(
      ({ status, type, body }) => {
        requests.push({ method: req.method ?? '', url: req.url ?? '', status });
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        const csp = options.csp?.(path);
        const headers: Record<string, string> = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
        if (csp) headers['content-security-policy'] = csp;
        Object.assign(headers, options.headers?.(path));
        if (type) headers['content-type'] = type;
        if (status !== 200) {
          res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end(`${status} ${req.url}`);
          return;
        }
        res.writeHead(200, headers);
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      (error: unknown) => {
        requests.push({ method: req.method ?? '', url: req.url ?? '', status: 500 });
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
      },
    );
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
