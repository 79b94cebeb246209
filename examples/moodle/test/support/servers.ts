/**
 * The two servers local_spp.test.ts runs: Moodle as far as the plugin needs it (Debian's `php -S`
 * on a temporary document root: moodle-stub/ as Moodle's config.php, the plugin's files unmodified
 * as local/spp), and the real @spp/server, which checks the plugin's tokens against its jwks.php.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../../../packages/server/test/support/postgres';

const here = fileURLToPath(new URL('.', import.meta.url));
export const repoRoot = resolve(here, '../../../..');
export const PHP = ['/usr/bin/php', '/usr/local/bin/php'].find((p) => existsSync(p));

/** What config.php reads on every request (see moodle-stub/config.php). */
export interface StubState {
  wwwroot: string;
  config: { local_spp: Record<string, string> };
  /** By MoodleSession cookie: the signed-in user (id 1 is the guest). */
  sessions: Record<string, { id: number; email: string; sesskey: string }>;
  /** Seconds added to the real time by Moodle's clock (\core\clock). */
  clockOffset?: number;
  /** The Content-Security-Policy $OUTPUT->header() sends. */
  csp?: string;
  /** HTML in the block drawer (an HTML block's content). */
  blocks?: string;
}

export interface Moodle {
  url: string;
  docroot: string;
  state: StubState;
  /** Changes the state; the next request sees it. */
  set(change: (state: StubState) => void): void;
  close(): Promise<void>;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url} stopped: ${output()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`${url} did not answer: ${output()}`);
}

export async function startMoodle(initial: Omit<StubState, 'wwwroot'>): Promise<Moodle> {
  if (!PHP) throw new Error('php-cli is not installed');
  const docroot = mkdtempSync(join(tmpdir(), 'spp-moodle-'));
  cpSync(join(here, '../moodle-stub'), docroot, { recursive: true });
  cpSync(join(repoRoot, 'examples/moodle/local_spp'), join(docroot, 'local/spp'), { recursive: true });
  const port = await freePort();
  const state: StubState = { wwwroot: `http://127.0.0.1:${port}`, ...initial };
  const write = () => {
    // Whole or not at all: a request never reads half a file.
    writeFileSync(join(docroot, 'stub-state.json.tmp'), JSON.stringify(state));
    renameSync(join(docroot, 'stub-state.json.tmp'), join(docroot, 'stub-state.json'));
  };
  write();
  let log = '';
  // Every PHP warning, notice and deprecation to the log (checked on close), none into an answer.
  const ini = ['-d', 'error_reporting=-1', '-d', 'display_errors=0', '-d', 'log_errors=1', '-d', 'error_log='];
  const child = spawn(PHP, [...ini, '-S', `127.0.0.1:${port}`, '-t', docroot], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  await waitFor(`${state.wwwroot}/config.php`, child, () => log);
  return {
    url: state.wwwroot,
    docroot,
    state,
    set(change) {
      change(state);
      write();
    },
    async close() {
      await stop(child);
      rmSync(docroot, { recursive: true, force: true });
      // PHP's own errors (the stub logs uncaught PHP errors there): a test fails on them.
      const problems = log.split('\n').filter((line) => /PHP (Fatal|Warning|Notice|Deprecated|Parse)|moodle-stub:/.test(line));
      if (problems.length) throw new Error(`PHP reported:\n${problems.join('\n')}`);
    },
  };
}

export interface SppServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The real server with the demo partnership (PGlite in a temporary folder), signing people in with
 * tokens from `issuer` checked against `jwksUrl`, the `email` claim matched to a person's email.
 */
export async function startSppServer({ issuer, jwksUrl, allowedOrigin }: { issuer: string; jwksUrl: string; allowedOrigin: string }): Promise<SppServer> {
  const dir = mkdtempSync(join(tmpdir(), 'spp-moodle-server-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(here, 'spp-server-main.ts'), '--port', String(port), '--data-dir', join(dir, 'data')], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      SPP_OIDC_ISSUER: issuer,
      SPP_OIDC_JWKS_URL: jwksUrl,
      SPP_OIDC_AUDIENCE: url,
      SPP_IDENTITY_CLAIM: 'email',
      SPP_ALLOWED_ORIGINS: allowedOrigin,
    },
  });
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start: ${log}`)), 60_000);
    const read = (d: Buffer) => {
      log += d;
      if (log.includes(`listening ${url}`)) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', () => {
      clearTimeout(timer);
      fail(new Error(`the server stopped: ${log}`));
    });
  });
  return {
    url,
    async close() {
      await stop(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
