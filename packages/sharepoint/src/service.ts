/**
 * The web part and the trust's peer review service (@spp/server), with no DOM:
 *
 * - `checkProperties`: the properties that name the service, checked before anything is asked;
 * - `entraToken`: the bearer token for the service's API, from SPFx's `AadTokenProvider` (the
 *   provider `AadHttpClient` uses), as the token function `<spp-provider>` and the connection call
 *   before each request;
 * - `checkService`: one `GET /api/v1/partnerships/{id}/me` with that token before any widget is
 *   shown, so a missing consent, an unreachable service or a person who is not a member is
 *   explained instead of leaving an empty web part.
 *
 * Who the person is comes from the service's answer (it reads the verified token's claim), never
 * from the page.
 */
import type { AadTokenProviderFactoryLike, AadTokenProviderLike } from './spfx';

/** The service's record ids (`Id` in @spp/server). */
const RECORD_ID = /^[A-Za-z0-9_.:-]{1,120}$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The service's base URL: `https:`, or `http:` only on this computer (development, tests), with no
 * credentials, query or fragment in it. Undefined when it is not one.
 */
export function serviceUrl(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.username || url.password || url.search || url.hash) return undefined;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return undefined;
  return url.href.replace(/\/+$/, '');
}

/**
 * An Entra ID resource the token can be asked for: an Application ID URI (`api://…`, or an
 * `https://` URI of a verified domain) or the application (client) id itself.
 */
export function isApplicationIdUri(value: string | undefined): boolean {
  const v = value?.trim() ?? '';
  if (!v || v.length > 400 || /\s/.test(v)) return false;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) return true;
  try {
    const url = new URL(v);
    return (url.protocol === 'api:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const isPartnershipId = (value: string | undefined): boolean => RECORD_ID.test(value?.trim() ?? '');

export interface ServiceProperties {
  serverUrl?: string;
  applicationIdUri?: string;
  partnershipId?: string;
}

export type PropertyProblem =
  | { kind: 'missing'; properties: Array<keyof ServiceProperties> }
  | { kind: 'bad-server-url'; value: string }
  | { kind: 'bad-application-id-uri'; value: string }
  | { kind: 'bad-partnership-id'; value: string };

export type CheckedProperties = { ok: true; serverUrl: string; applicationIdUri: string; partnershipId: string } | { ok: false; problem: PropertyProblem };

/** The service properties, trimmed and checked; the first problem found otherwise. */
export function checkProperties(props: ServiceProperties): CheckedProperties {
  const missing = (['serverUrl', 'applicationIdUri', 'partnershipId'] as const).filter((name) => !props[name]?.trim());
  if (missing.length) return { ok: false, problem: { kind: 'missing', properties: missing } };
  const serverUrl = serviceUrl(props.serverUrl);
  if (!serverUrl) return { ok: false, problem: { kind: 'bad-server-url', value: props.serverUrl!.trim() } };
  if (!isApplicationIdUri(props.applicationIdUri)) return { ok: false, problem: { kind: 'bad-application-id-uri', value: props.applicationIdUri!.trim() } };
  if (!isPartnershipId(props.partnershipId)) return { ok: false, problem: { kind: 'bad-partnership-id', value: props.partnershipId!.trim() } };
  return { ok: true, serverUrl, applicationIdUri: props.applicationIdUri!.trim(), partnershipId: props.partnershipId!.trim() };
}

export interface EntraToken {
  /** The current token for the API (SPFx's cached one, renewed by SPFx before it expires). Rejects when Entra ID gives none. */
  (): Promise<string>;
  /** The service refused the last token (`spp-token-expired`): the next call asks Entra ID afresh instead of the cache. */
  renew(): void;
}

/**
 * The token function for the service's API: `getTokenProvider()` once, then
 * `getToken(applicationIdUri)` on every call (SPFx answers from its cache). Rejects with the
 * provider's own error when there is none, most often because the API access request has not been
 * approved (AADSTS65001).
 */
export function entraToken(factory: AadTokenProviderFactoryLike, applicationIdUri: string): EntraToken {
  let provider: Promise<AadTokenProviderLike> | undefined;
  let renew = false;
  const token = (async () => {
    provider ??= factory.getTokenProvider();
    let tokenProvider: AadTokenProviderLike;
    try {
      tokenProvider = await provider;
    } catch (error) {
      provider = undefined; // asked again next time
      throw error;
    }
    const fresh = renew;
    renew = false;
    const value = await (fresh ? tokenProvider.getToken(applicationIdUri, false) : tokenProvider.getToken(applicationIdUri));
    if (typeof value !== 'string' || !value) throw new Error('The token provider returned no token.');
    return value;
  }) as EntraToken;
  token.renew = () => {
    renew = true;
  };
  return token;
}

export interface Member {
  person: { id: string; name?: string };
  partnership: { id: string; name: string };
}

export type ServiceCheck =
  | { ok: true; member: Member }
  /** The token provider threw: no consent, or Entra ID would not issue a token. */
  | { ok: false; kind: 'no-token'; reason: string }
  /** No answer: offline, refused, timed out, blocked by CORS or the page's connect-src. */
  | { ok: false; kind: 'unreachable'; reason: string }
  /** 401: the service did not accept the token (wrong audience, expired, not granted). */
  | { ok: false; kind: 'signed-out'; message: string }
  /** 403: signed in, but not a member of the partnership. */
  | { ok: false; kind: 'not-member'; message: string }
  | { ok: false; kind: 'no-partnership' }
  /** 5xx, 429. */
  | { ok: false; kind: 'server-trouble'; status: number }
  /** An answer that is not the service's (HTML, another API). */
  | { ok: false; kind: 'not-the-service'; status: number };

export interface CheckServiceOptions {
  serverUrl: string;
  partnershipId: string;
  token: () => Promise<string>;
  fetch?: typeof fetch;
  /** No answer within this is `unreachable`. Default 15 s. */
  timeoutMs?: number;
}

/** Asks the service, with the token, who is signed in to the partnership. */
export async function checkService(options: CheckServiceOptions): Promise<ServiceCheck> {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  let token: string;
  try {
    token = await options.token();
  } catch (error) {
    return { ok: false, kind: 'no-token', reason: reasonOf(error) };
  }
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? 15_000;
  const timer = setTimeout(() => controller.abort(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await doFetch(`${options.serverUrl}/api/v1/partnerships/${encodeURIComponent(options.partnershipId)}/me`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
      // The token is the sign-in: no cookies go to the service.
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      signal: controller.signal,
    });
    text = await response.text();
  } catch (error) {
    return { ok: false, kind: 'unreachable', reason: reasonOf(controller.signal.aborted ? controller.signal.reason : error) };
  } finally {
    clearTimeout(timer);
  }
  let body: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
  } catch {
    body = undefined;
  }
  const status = response.status;
  if (status >= 500 || status === 429) return { ok: false, kind: 'server-trouble', status };
  if (!body) return { ok: false, kind: 'not-the-service', status };
  const message = typeof body['message'] === 'string' ? body['message'] : '';
  if (status === 200) {
    const person = body['person'] as Record<string, unknown> | undefined;
    const partnership = body['partnership'] as Record<string, unknown> | undefined;
    if (typeof person?.['id'] !== 'string' || typeof partnership?.['id'] !== 'string' || typeof partnership['name'] !== 'string') return { ok: false, kind: 'not-the-service', status };
    return {
      ok: true,
      member: {
        person: { id: person['id'], ...(typeof person['name'] === 'string' ? { name: person['name'] } : {}) },
        partnership: { id: partnership['id'], name: partnership['name'] },
      },
    };
  }
  if (status === 401) return { ok: false, kind: 'signed-out', message };
  if (status === 403) return { ok: false, kind: 'not-member', message };
  if (status === 404) return { ok: false, kind: 'no-partnership' };
  return { ok: false, kind: 'not-the-service', status };
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  // One line, and short: the text of another system (Entra ID, the browser), shown as a detail.
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}
