/**
 * Configuration: command-line flags over environment variables over defaults. Every variable is
 * listed in docs/server.md.
 */
import { entraConfig, type IdentityClaim, type OidcConfig } from './auth';

export interface ServerConfig {
  port: number;
  host: string;
  /** PGlite's directory (or `:memory:`); ignored when `databaseUrl` is set. */
  dataDir: string;
  /** PostgreSQL, for production. */
  databaseUrl?: string;
  demo: boolean;
  oidc?: OidcConfig;
  allowedOrigins: string[];
  maxBodyBytes: number;
  rateLimit: { perSecond: number; burst: number };
  /** A folder of static files to serve at `/` (the demo page, a full-page app). */
  staticDir?: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const CLAIMS: readonly IdentityClaim[] = ['email', 'preferred_username', 'upn', 'oid', 'sub'];
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

const positive = (name: string, value: string | undefined, fallback: number) => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${name} must be a whole number above 0 (it is "${value}").`);
  return n;
};

/** Reads flags (`--port 8787`, `--data-dir DIR`, `--demo`, `--host`, `--static DIR`) and the environment. */
export function loadConfig(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new ConfigError(`Unexpected argument "${arg}". Try --help.`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (name === 'demo' || name === 'help') flags.set(name, true);
    else if (['port', 'host', 'data-dir', 'static'].includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new ConfigError(`--${name} needs a value.`);
      flags.set(name, value);
    } else throw new ConfigError(`Unknown option --${name}. Try --help.`);
  }
  const flag = (name: string) => (typeof flags.get(name) === 'string' ? (flags.get(name) as string) : undefined);
  const demo = flags.has('demo') || env['SPP_DEMO'] === '1';
  const host = flag('host') ?? env['SPP_HOST'] ?? '127.0.0.1';
  if (demo && !LOOPBACK_HOSTS.has(host)) throw new ConfigError('The demo sign-in lets anyone act as anyone: it runs only on this computer (--host 127.0.0.1).');

  let oidc: OidcConfig | undefined;
  const claim = (env['SPP_IDENTITY_CLAIM'] ?? 'preferred_username') as IdentityClaim;
  if (!CLAIMS.includes(claim)) throw new ConfigError(`SPP_IDENTITY_CLAIM must be one of ${CLAIMS.join(', ')}.`);
  const audience = env['SPP_OIDC_AUDIENCE'];
  const requiredScope = env['SPP_REQUIRED_SCOPE'] || undefined;
  if (env['SPP_ENTRA_TENANT_ID']) {
    if (!audience) throw new ConfigError('SPP_OIDC_AUDIENCE is needed with SPP_ENTRA_TENANT_ID (the API’s application ID URI or client id).');
    oidc = entraConfig({ tenantId: env['SPP_ENTRA_TENANT_ID'], audience, claim, ...(requiredScope ? { requiredScope } : {}) });
  } else if (env['SPP_OIDC_ISSUER']) {
    if (!audience) throw new ConfigError('SPP_OIDC_AUDIENCE is needed with SPP_OIDC_ISSUER.');
    const jwksUrl = env['SPP_OIDC_JWKS_URL'];
    if (!jwksUrl) throw new ConfigError('SPP_OIDC_JWKS_URL is needed with SPP_OIDC_ISSUER (the issuer’s jwks_uri).');
    oidc = { issuers: env['SPP_OIDC_ISSUER'].split(',').map((s) => s.trim()), audience, jwks: new URL(jwksUrl), claim, ...(requiredScope ? { requiredScope } : {}) };
  }
  if (!oidc && !demo) throw new ConfigError('No sign-in is configured: set SPP_ENTRA_TENANT_ID (or SPP_OIDC_ISSUER and SPP_OIDC_JWKS_URL) with SPP_OIDC_AUDIENCE, or start the demo with --demo.');

  const origins = (env['SPP_ALLOWED_ORIGINS'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (origins.includes('*')) throw new ConfigError('SPP_ALLOWED_ORIGINS lists the pages allowed to call the service; "*" is not allowed (sign-in would be shared with any site).');

  const staticDir = flag('static') ?? env['SPP_STATIC_DIR'];
  return {
    port: positive('--port / PORT', flag('port') ?? env['PORT'], 8787),
    host,
    dataDir: flag('data-dir') ?? env['SPP_DATA_DIR'] ?? './.spp-data',
    ...(env['DATABASE_URL'] ? { databaseUrl: env['DATABASE_URL'] } : {}),
    demo,
    ...(oidc ? { oidc } : {}),
    allowedOrigins: origins,
    maxBodyBytes: positive('SPP_MAX_BODY_BYTES', env['SPP_MAX_BODY_BYTES'], 1_000_000),
    rateLimit: { perSecond: positive('SPP_RATE_PER_SECOND', env['SPP_RATE_PER_SECOND'], 50), burst: positive('SPP_RATE_BURST', env['SPP_RATE_BURST'], 200) },
    ...(staticDir ? { staticDir } : {}),
  };
}

export const HELP = `spp-server: the shared home of an SPP partnership's records.

  spp-server [--port 8787] [--host 127.0.0.1] [--data-dir ./.spp-data] [--demo] [--static DIR]
  spp-server export --partnership ID [--out FILE]      write a backup (JSON) of one partnership
  spp-server import FILE                               restore a backup into this server
  spp-server add-partnership FILE                      add a partnership (JSON: schools, people, roles)

Storage: PGlite in --data-dir (SPP_DATA_DIR), or PostgreSQL when DATABASE_URL is set.
Sign-in: SPP_ENTRA_TENANT_ID or SPP_OIDC_ISSUER + SPP_OIDC_JWKS_URL, with SPP_OIDC_AUDIENCE;
--demo (loopback only) seeds the demo partnership and lets you pick a demo person.
Every setting is described in docs/server.md.`;
