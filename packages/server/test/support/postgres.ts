/**
 * A throw-away PostgreSQL cluster for tests: Debian's `postgresql` package (`initdb` + `pg_ctl`) on
 * a temporary directory and a free loopback port, stopped and removed afterwards. `initdb` refuses
 * to run as root, so as root it runs as the `postgres` user on a directory that user owns.
 * `SPP_TEST_DATABASE_URL` points the tests at an existing server instead.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';

export interface TestCluster {
  /** A new, empty database on the cluster. */
  database(): Promise<string>;
  stop(): Promise<void>;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error('PostgreSQL is not installed: `apt-get install -y postgresql` (bash .ci/run does it).');
  return join(root, versions[0]!, 'bin');
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export async function startCluster(): Promise<TestCluster> {
  const external = process.env['SPP_TEST_DATABASE_URL'];
  let base: string;
  let stopCluster = async () => {};
  if (external) {
    base = external;
  } else {
    const bin = binDir();
    const dir = mkdtempSync(join(tmpdir(), 'spp-pg-'));
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      chownSync(dir, uid, gid);
    }
    const run = (cmd: string, args: string[]) => {
      const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
      const result = spawnSync(file, argv, { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
    };
    const port = await freePort();
    run('initdb', ['-D', join(dir, 'data'), '-U', 'spp', '--auth=trust', '-E', 'UTF8', '--no-locale']);
    run('pg_ctl', ['-D', join(dir, 'data'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on`, '-l', join(dir, 'log'), '-w', 'start']);
    base = `postgres://spp@127.0.0.1:${port}/postgres`;
    stopCluster = async () => {
      try {
        run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
  }
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  let n = 0;
  return {
    async database() {
      const name = `spp_test_${process.pid}_${Date.now().toString(36)}_${n++}`;
      await admin.unsafe(`CREATE DATABASE ${name}`); // a name made here, never from input
      const url = new URL(base);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async stop() {
      await admin.end({ timeout: 2 });
      await stopCluster();
    },
  };
}
