import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '@open-proposals/tools/platform/free-port';

export interface EdgeCache {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

const CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx'];

/** nginx from the system, if there is one (`apt-get install nginx-light`); the bench never installs it. */
export const findNginx = (): string | null => CANDIDATES.find((path) => existsSync(path)) ?? null;

/**
 * The web container's edge in front of the API, as docker/nginx.conf deploys it: /api/ proxied,
 * and the public reads answered through the same cache settings (the file is included as it
 * is). One worker process, the least the container would run. Access logs off, as a busy edge
 * would ship them elsewhere.
 */
const configOf = (dir: string, port: number, apiUrl: string, cacheSettings: string): string => `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=public_reads:10m max_size=200m inactive=1m use_temp_path=off;
  map $http_cache_control $reader_wants_fresh {
    ~*no-cache 1;
    default    0;
  }
  upstream api {
    server ${new URL(apiUrl).host};
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $host;
    location ~ "^/api/v1/proposals/[0-9a-fA-F-]{36}(/cosigns/stats)?$" {
      proxy_pass http://api;
      include ${cacheSettings};
    }
    location /api/ {
      proxy_pass http://api;
    }
  }
}
`;

/** Starts nginx in front of the API at `apiUrl`; resolves once it answers. */
export const startEdgeCache = async (nginx: string, apiUrl: string, repoRoot: string): Promise<EdgeCache> => {
  const dir = mkdtempSync(join(tmpdir(), 'op-bench-edge-'));
  // Started as root, nginx's workers run as an unprivileged user: they must reach the cache and
  // temp directories, which nginx creates (for that user) inside this one.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, configOf(dir, port, apiUrl, resolve(repoRoot, 'docker/nginx-public-reads-cache.conf')));
  const child = spawn(nginx, ['-p', dir, '-c', conf], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    const up = await fetch(`${baseUrl}/api/health`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (attempt === 50 || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start (its complaint is above, or in ${dir}/error.log)`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    baseUrl,
    stop: async () => {
      child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
