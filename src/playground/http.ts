/** Small HTTP helpers of the playground server: the guard (host, token, origin), bodies and answers. */
import crypto from 'node:crypto';
import type http from 'node:http';

export const COOKIE = 'playground_token';
const BODY_LIMIT = 2 * 1024 * 1024;

export const SECURITY_HEADERS: Record<string, string> = {
  // Pages may run their inline scripts and call back to this server, nothing else: no network.
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; form-action 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function cookieToken(req: http.IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return null;
}

/**
 * Why a request is refused (403), or null. The Host header must name the bound address (DNS
 * rebinding), the run's token must come in the cookie or the query, and a POST must come from the
 * playground's own origin (when the browser says where it comes from).
 */
export function refusal(req: http.IncomingMessage, url: URL, origin: string, token: string): string | null {
  if (req.headers.host !== new URL(origin).host) return 'host';
  const given = url.searchParams.get('token') ?? cookieToken(req);
  if (given === null || !sameSecret(given, token)) return 'token';
  const from = req.headers.origin;
  if (req.method !== 'GET' && from !== undefined && from !== origin) return 'origin';
  return null;
}

export function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
  res.end(body);
}

export function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

/** The request's JSON body (at most 2 MB), or an Error saying why not. */
export function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      reject(new Error('ожидается Content-Type: application/json'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > BODY_LIMIT) {
        reject(new Error('слишком большой запрос'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
      } catch {
        reject(new Error('тело запроса — не JSON'));
      }
    });
    req.on('error', reject);
  });
}
