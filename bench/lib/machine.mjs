// What the figures were measured on: CPU, cores, memory, OS, Node, Chromium, tool versions, the
// commit and whether the packages had uncommitted changes (other people's work in progress).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './paths.mjs';

const run = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};

function cpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown';
}

function osName() {
  try {
    const m = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (m) return `${m[1]} (kernel ${release()})`;
  } catch {
    // no os-release
  }
  return `${process.platform} ${release()}`;
}

const require = createRequire(join(root, 'package.json'));
const version = (pkg) => {
  try {
    return JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;
  } catch {
    return undefined;
  }
};

/** The 1-minute load average now: other work on the machine skews timings (not sizes). */
export const load = () => Math.round(loadavg()[0] * 100) / 100;

/** `chromiumVersion` from the browser itself when the browser benchmarks ran; `loads` sampled by the runner. */
export function describeMachine({ chromiumVersion, chromiumPath, loads } = {}) {
  const changed = run('git', ['status', '--porcelain', '--', 'packages']);
  const chromium =
    chromiumVersion ??
    (chromiumPath && existsSync(chromiumPath) ? run(chromiumPath, ['--version'])?.split('\n').find((l) => /chromium/i.test(l))?.replace(/^Chromium\s*/i, '').split(' ')[0] : undefined);
  return {
    date: new Date().toISOString(),
    cpu: cpuModel(),
    cores: availableParallelism(),
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: osName(),
    node: process.version,
    chromium: chromium ?? 'not run',
    loadAverage1m: loads,
    tools: { esbuild: version('esbuild'), 'playwright-core': version('playwright-core'), lit: version('lit'), zod: version('zod') },
    git: {
      commit: run('git', ['rev-parse', '--short', 'HEAD']),
      uncommittedFilesInPackages: changed ? changed.split('\n').filter(Boolean).length : 0,
    },
  };
}
