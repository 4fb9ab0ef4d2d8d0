// A throwaway redis-server for the queue tests: loopback only, a free port, its files in a temporary
// directory that is removed afterwards. Under CI=true a missing redis-server is an error, never a skip.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const redisAvailable = spawnSync('redis-server', ['--version']).status === 0;

if (!redisAvailable && process.env.CI === 'true') {
  throw new Error('redis-server is not installed; CI must run the queue tests (.ci/run installs it)');
}
if (!redisAvailable) {
  console.warn('queue tests skipped: redis-server is not installed (apt-get install redis-server)');
}

export interface TestRedis {
  url: string;
  port: number;
  /** The server's process id (it changes on restart). */
  readonly pid: number;
  /** Stops the server (SIGTERM: it syncs its append-only file) and starts it again on the same port and data. */
  restart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-redis-'));
  // An append-only file synced on every write, so a restart keeps every job: what production runs with.
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always'];
  let server = await launch(args);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get pid() {
      return server.pid!;
    },
    async restart(downMs = 1000) {
      await terminate(server);
      await sleep(downMs);
      server = await launch(args);
    },
    async stop() {
      await terminate(server);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function launch(args: string[]): Promise<ChildProcess> {
  const server = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${log}`)), 15_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${log}`));
    });
  });
  server.stdout!.resume();
  return server;
}

async function terminate(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
