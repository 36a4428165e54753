// The container files cannot run on the machines Raspa is built on (no Docker engine), so they are
// checked here instead: the Dockerfile by dockerfile-utils' linter, compose.yaml against the
// Compose Specification's JSON schema, and both for what a deployer relies on.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { validate as lintDockerfile } from 'dockerfile-utils';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { KEEP_ALIVE_TIMEOUT_MS } from '../server/http/keep-alive';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('has no linter findings', () => {
    const findings = lintDockerfile(dockerfile).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
    expect(findings).toEqual([]);
    // …and the linter does find what is wrong in a broken one.
    expect(lintDockerfile('FROM node:20\nEXPOSE port\nCMD')).not.toEqual([]);
  });

  it('builds in one stage and runs from another, as an unprivileged user, with Kazakh fonts and a health check', () => {
    const stages = dockerfile.match(/^FROM .+$/gm) ?? [];
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(/^USER (?!root\b|0\b)\S+$/m);
    expect(runtime).toMatch(/fonts-noto-core/);
    expect(runtime).toMatch(/^HEALTHCHECK .*\n?.*\/api\/health/m);
    // Only what `npm ci` and the build need is sent to the builder: never local secrets or data.
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['.git', 'node_modules', '.data', '.env']) expect(ignored).toContain(entry);
  });
});

describe('compose.yaml', () => {
  const compose = parseYaml(read('compose.yaml'), { merge: true }) as {
    services: Record<string, { image?: string; restart?: string; command?: string[]; healthcheck?: { test?: unknown; disable?: boolean }; deploy?: { replicas?: number }; depends_on?: Record<string, { condition: string }>; environment?: Record<string, string>; ports?: string[] }>;
    volumes: Record<string, unknown>;
  };

  it('follows the Compose Specification', () => {
    const schema = JSON.parse(read('deploy/compose-spec.schema.json')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
    const valid = ajv.validate(schema, compose);
    expect(ajv.errorsText(ajv.errors, { separator: '\n' }), 'schema errors').toBe('No errors');
    expect(valid).toBe(true);
    expect(ajv.validate(schema, { services: { web: { image: 'raspa', restart_policy: 'always' } } })).toBe(false);
  });

  it('runs PostgreSQL 17, two web servers, two workers and a proxy, each restarted when it dies', () => {
    const { db, migrate, web, worker, proxy } = compose.services;
    expect(db?.image).toMatch(/^postgres:17/);
    expect(web?.deploy?.replicas).toBe(2);
    expect(worker?.deploy?.replicas).toBe(2);
    expect(worker?.command).toEqual(['node', '--import', 'tsx', 'scripts/worker.ts']);
    expect(proxy?.ports).toEqual(['80:80', '443:443']);
    for (const service of [db, web, worker, proxy]) expect(service?.restart).toBe('unless-stopped');
    // The one-shot migrator runs once; the others wait for it, and for a healthy database.
    expect(migrate?.restart).toBe('no');
    expect(migrate?.depends_on?.db?.condition).toBe('service_healthy');
    expect(web?.depends_on?.migrate?.condition).toBe('service_completed_successfully');
    expect(worker?.depends_on?.migrate?.condition).toBe('service_completed_successfully');
    expect(proxy?.depends_on?.web?.condition).toBe('service_healthy');
    for (const service of [db, web, proxy]) expect(service?.healthcheck?.test).toBeDefined();
    expect(compose.volumes).toHaveProperty('pgdata');
  });

  it('gives web and workers the same database and secrets, trusts exactly the one proxy, and never demo data', () => {
    const { web, worker } = compose.services;
    expect(web?.environment).toEqual(worker?.environment);
    expect(web?.environment?.DATABASE_URL).toMatch(/@db:5432\/raspa$/);
    expect(web?.environment?.RASPA_TRUSTED_PROXY_HOPS).toBe('1');
    expect(web?.environment?.RASPA_DEMO).toBe('false');
    for (const secret of ['NEXTAUTH_SECRET', 'RASPA_ENCRYPTION_KEY']) expect(web?.environment?.[secret]).toMatch(/^\$\{\w+:\?/);
  });
});

describe('nginx configuration', () => {
  const nginx = read('deploy/nginx.conf.template');

  it('sets X-Forwarded-For to the client address instead of appending what the client sent', () => {
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(nginx).not.toMatch(/\$proxy_add_x_forwarded_for/);
  });

  it('never caches for a signed-in staff member, and streams live updates unbuffered', () => {
    expect(nginx).toMatch(/proxy_cache_bypass \$raspa_staff_session;/);
    expect(nginx).toMatch(/proxy_no_cache \$raspa_staff_session;/);
    expect(nginx).toMatch(/location ~ \^\/api\/\(v1\/stream\|admin\/events\) \{[^}]*proxy_buffering off;/);
  });

  it('takes the longest address Raspa makes (about 12 KB), and the redirect that echoes it', () => {
    expect(nginx).toMatch(/^\s*large_client_header_buffers \d+ 16k;/m);
    expect(nginx).toMatch(/^\s*proxy_buffer_size 16k;/m);
  });

  it('closes its idle pooled connections to the web servers before they would', () => {
    const upstreamIdle = /upstream raspa_web \{[^}]*keepalive_timeout (\d+)s;/.exec(nginx)?.[1];
    expect(upstreamIdle).toBeDefined();
    expect(Number(upstreamIdle) * 1000).toBeLessThan(KEEP_ALIVE_TIMEOUT_MS);
  });

  it('logs no client address, query string, user agent or referrer', () => {
    const formats = new Map([...nginx.matchAll(/^\s*log_format (\S+) '([^']*)';/gm)].map((m) => [m[1]!, m[2]!]));
    // The image's nginx.conf logs in its own format (client address, full request line, user agent) at
    // the http level; only an access_log inside each server block replaces that.
    const servers = nginx.split(/^server \{$/m).slice(1);
    expect(servers.length).toBe(2);
    for (const server of servers) {
      const own = /^ {4}access_log (\S+) (\S+);$/m.exec(server);
      expect(own, 'each server block sets its access log').not.toBeNull();
      const format = formats.get(own![2]!);
      expect(format).toBeDefined();
      expect(format).not.toMatch(/\$(remote_addr|binary_remote_addr|http_x_forwarded_for|request|request_uri|args|query_string|arg_\w+|http_user_agent|http_referer)\b/);
      expect(format).toMatch(/\$uri\b/);
    }
  });

  it('serves cached public pages while the application is down', () => {
    expect(nginx).toMatch(/proxy_cache_use_stale [^;]*http_503/);
  });
});
