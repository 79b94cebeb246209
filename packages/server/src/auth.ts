/**
 * Who is asking. The person always comes from a verified token, never from a request body:
 * an OIDC / JWT bearer token checked with `jose` against the issuer's keys (issuer, audience,
 * expiry with a little clock skew, allowed algorithms, and for Microsoft Entra ID the tenant and
 * scope), or, only when the server was started with `--demo` on loopback, a demo token for a
 * person picked from the demo partnership.
 */
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey, type JSONWebKeySet } from 'jose';
import type { Partnership, Person } from '@spp/core';

/** The claim that names the person: matched with a person's `email` (email, preferred_username, upn) or `id` (oid, sub). */
export type IdentityClaim = 'email' | 'preferred_username' | 'upn' | 'oid' | 'sub';

export interface OidcConfig {
  /** Accepted issuers (`iss`). For an Entra tenant, both its v1 and v2 issuers. */
  issuers: string[];
  /** Accepted audience (`aud`): the API's application id URI or client id. */
  audience: string;
  /** Where the signing keys are: a JWKS URL, or (tests, air-gapped set-ups) the key set itself. */
  jwks: URL | JSONWebKeySet;
  claim: IdentityClaim;
  /** When set, the token's `tid` must equal it (Entra ID). */
  tenantId?: string;
  /** When set, the token's scopes (`scp`, space-separated) or app roles (`roles`) must include it. */
  requiredScope?: string;
  /** Seconds of clock difference tolerated on `exp` and `nbf`. Default 60. */
  clockToleranceSeconds?: number;
}

/** The Entra ID (Azure AD) settings for one tenant: its two issuers and its key set. */
export function entraConfig({ tenantId, audience, claim = 'preferred_username', requiredScope }: { tenantId: string; audience: string; claim?: IdentityClaim; requiredScope?: string }): OidcConfig {
  return {
    issuers: [`https://sts.windows.net/${tenantId}/`, `https://login.microsoftonline.com/${tenantId}/v2.0`],
    audience,
    jwks: new URL(`https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`),
    claim,
    tenantId,
    ...(requiredScope ? { requiredScope } : {}),
  };
}

/** A verified identity: the value of the configured claim, and whether it came from the demo sign-in. */
export interface Identity {
  claim: IdentityClaim | 'demo';
  value: string;
}

export class AuthError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

/** Public-key algorithms only: never `none`, never a shared secret an issuer's client could also hold. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export interface Authenticator {
  /** Verifies the `Authorization` header; throws AuthError(401) with a readable message. */
  identify(authorization: string | undefined): Promise<Identity>;
  /** Demo sign-in only: a token for a person id. Undefined when the demo sign-in is off. */
  demoToken?(personId: string): Promise<string>;
}

const bearer = (authorization: string | undefined) => {
  const match = authorization?.match(/^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/);
  if (!match) throw new AuthError(401, 'Sign in first: this request carries no sign-in token.');
  return match[1]!;
};

/**
 * Tokens already verified, until they expire: a person sending a stream of changes is not
 * checked again for every one (a signature check costs more than the change itself).
 */
class VerifiedTokens {
  readonly #entries = new Map<string, { identity: Identity; until: number }>();
  get(token: string): Identity | undefined {
    const hit = this.#entries.get(token);
    if (!hit) return undefined;
    if (Date.now() >= hit.until) {
      this.#entries.delete(token);
      return undefined;
    }
    return hit.identity;
  }
  set(token: string, identity: Identity, expiresAt: number | undefined): void {
    // At most five minutes, so a revoked sign-in (a key taken out of the JWKS) stops working soon.
    const until = Math.min(expiresAt === undefined ? Infinity : expiresAt * 1000, Date.now() + 5 * 60_000);
    if (this.#entries.size >= 5000) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(token, { identity, until });
  }
}

export function oidcAuthenticator(config: OidcConfig): Authenticator {
  const keys: JWTVerifyGetKey = config.jwks instanceof URL ? createRemoteJWKSet(config.jwks, { cooldownDuration: 30_000 }) : createLocalJWKSet(config.jwks);
  const verified = new VerifiedTokens();
  return {
    async identify(authorization) {
      const token = bearer(authorization);
      const known = verified.get(token);
      if (known) return known;
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          issuer: config.issuers,
          audience: config.audience,
          algorithms: ALGORITHMS,
          clockTolerance: config.clockToleranceSeconds ?? 60,
          requiredClaims: ['exp'],
        }));
      } catch (error) {
        const code = (error as { code?: string }).code;
        throw new AuthError(
          401,
          code === 'ERR_JWT_EXPIRED' ? 'Your sign-in has expired: sign in again.' : 'Your sign-in could not be checked: sign in again.',
        );
      }
      if (config.tenantId !== undefined && payload['tid'] !== config.tenantId) throw new AuthError(401, 'This sign-in is from another organisation.');
      if (config.requiredScope !== undefined) {
        const scopes = typeof payload['scp'] === 'string' ? payload['scp'].split(' ') : [];
        const roles = Array.isArray(payload['roles']) ? payload['roles'] : [];
        if (!scopes.includes(config.requiredScope) && !roles.includes(config.requiredScope)) throw new AuthError(401, 'This sign-in was not granted access to peer review.');
      }
      const value = payload[config.claim];
      if (typeof value !== 'string' || !value) throw new AuthError(401, 'Your sign-in does not say who you are: ask your IT team to check the server’s identity claim.');
      const identity: Identity = { claim: config.claim, value };
      verified.set(token, identity, payload.exp);
      return identity;
    },
  };
}

const DEMO_ISSUER = 'urn:spp:demo-sign-in';

/**
 * The demo sign-in: tokens signed with a key made at start and never stored, so they die with the
 * process. The server only offers it when started with `--demo` on a loopback address.
 */
export async function demoAuthenticator(): Promise<Authenticator> {
  const secret = crypto.getRandomValues(new Uint8Array(32));
  const verified = new VerifiedTokens();
  return {
    async identify(authorization) {
      const token = bearer(authorization);
      const known = verified.get(token);
      if (known) return known;
      try {
        const { payload } = await jwtVerify(token, secret, { issuer: DEMO_ISSUER, audience: DEMO_ISSUER, algorithms: ['HS256'] });
        if (typeof payload.sub !== 'string') throw new Error('no subject');
        const identity: Identity = { claim: 'demo', value: payload.sub };
        verified.set(token, identity, payload.exp);
        return identity;
      } catch (error) {
        throw new AuthError(401, (error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'Your demo sign-in has expired: pick a person again.' : 'Your sign-in could not be checked: sign in again.');
      }
    },
    demoToken: (personId) => new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuer(DEMO_ISSUER).setAudience(DEMO_ISSUER).setSubject(personId).setIssuedAt().setExpirationTime('12h').sign(secret),
  };
}

/** The person an identity is in a partnership, or undefined (the caller answers 403). */
export function personFor(identity: Identity, partnership: Partnership): Person | undefined {
  const { claim, value } = identity;
  if (claim === 'demo' || claim === 'oid' || claim === 'sub') return partnership.people.find((p) => p.id === value);
  const wanted = value.trim().toLowerCase();
  return partnership.people.find((p) => p.email !== undefined && p.email.trim().toLowerCase() === wanted);
}
