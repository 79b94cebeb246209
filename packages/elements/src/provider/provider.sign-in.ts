/**
 * How `<spp-provider server-url>` learns who is signed in: it asks the service
 * (`GET /api/v1/partnerships/{id}/me` with the token), which names the person the token belongs
 * to. The page never says who someone is.
 *
 * Offline, the service cannot be asked. The last answer is kept on this device under a hash of
 * the token it was for, so a page reloaded without a connection (the review day's Wi-Fi) opens as
 * the same person with the same token, and a different token (someone else on a shared laptop)
 * never opens another person's kept records.
 */
import { serverConnection, type ServerConnection } from '@spp/core';

export type SignInProblem =
  | { kind: 'connecting' }
  | { kind: 'unreachable' }
  | { kind: 'not-the-service' }
  | { kind: 'signed-out'; message?: string }
  | { kind: 'forbidden'; message?: string };

export type SignInResult = { ok: true; personId: string; open: () => ServerConnection } | { ok: false; problem: SignInProblem };

export interface SignInOptions {
  serverUrl: string;
  partnershipId: string;
  token?: () => string | null | undefined | Promise<string | null | undefined>;
  fetch?: typeof fetch;
}

const TIMEOUT_MS = 15_000;

export async function signIn(options: SignInOptions): Promise<SignInResult> {
  const base = options.serverUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  let token: string | undefined;
  try {
    token = (await options.token?.()) ?? undefined;
  } catch {
    token = undefined;
  }
  if (options.token && !token) return { ok: false, problem: { kind: 'signed-out' } };
  const open = (personId: string) => () =>
    serverConnection({ baseUrl: base, partnershipId: options.partnershipId, personId, ...(options.token ? { token: options.token } : {}), ...(options.fetch ? { fetch: options.fetch } : {}) });
  const key = `spp-sign-in:${base}:${options.partnershipId}`;
  const tokenHash = await hash(token ?? 'cookie');

  let response: Response;
  let body: { person?: { id?: unknown }; message?: unknown } | undefined;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    response = await doFetch(`${base}/api/v1/partnerships/${encodeURIComponent(options.partnershipId)}/me`, {
      headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      credentials: token ? 'same-origin' : 'include',
      signal: controller.signal,
    });
    body = (await response.json().catch(() => undefined)) as typeof body;
  } catch {
    // No answer: the person this token was last seen to be, if this device kept it.
    const kept = recall(key, tokenHash);
    return kept ? { ok: true, personId: kept, open: open(kept) } : { ok: false, problem: { kind: 'unreachable' } };
  } finally {
    clearTimeout(timer);
  }
  const message = typeof body?.message === 'string' ? body.message : undefined;
  if (response.ok && typeof body?.person?.id === 'string') {
    remember(key, tokenHash, body.person.id);
    return { ok: true, personId: body.person.id, open: open(body.person.id) };
  }
  if (!body) {
    const kept = response.status >= 500 ? recall(key, tokenHash) : undefined;
    return kept ? { ok: true, personId: kept, open: open(kept) } : { ok: false, problem: { kind: response.status >= 500 ? 'unreachable' : 'not-the-service' } };
  }
  if (response.status === 401) return { ok: false, problem: { kind: 'signed-out', ...(message ? { message } : {}) } };
  if (response.status >= 500 || response.status === 429) {
    const kept = recall(key, tokenHash);
    return kept ? { ok: true, personId: kept, open: open(kept) } : { ok: false, problem: { kind: 'unreachable' } };
  }
  return { ok: false, problem: { kind: 'forbidden', ...(message ? { message } : {}) } };
}

async function hash(text: string): Promise<string | undefined> {
  try {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined; // not a secure context: nothing is kept, so nothing opens offline
  }
}

function remember(key: string, tokenHash: string | undefined, personId: string): void {
  if (!tokenHash) return;
  try {
    localStorage.setItem(key, JSON.stringify({ tokenHash, personId }));
  } catch {
    // blocked storage: the page needs the service to open
  }
}

function recall(key: string, tokenHash: string | undefined): string | undefined {
  if (!tokenHash) return undefined;
  try {
    const kept = JSON.parse(localStorage.getItem(key) ?? 'null') as { tokenHash?: unknown; personId?: unknown } | null;
    return kept?.tokenHash === tokenHash && typeof kept.personId === 'string' ? kept.personId : undefined;
  } catch {
    return undefined;
  }
}
