import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerServe } from '../../src/cli/commands/serve.ts';
import { UserError } from '../../src/shared/errors.ts';
import { makeFixture, type Fixture } from './fixture.ts';

function program(): Command {
  const p = new Command();
  p.option('-w, --workspace <dir>').exitOverride();
  registerServe(p);
  return p;
}

let fx: Fixture;
const savedToken = process.env.EVIDEN_TOKEN;

beforeEach(async () => {
  fx = await makeFixture();
  delete process.env.EVIDEN_TOKEN;
});

afterEach(() => {
  if (savedToken === undefined) delete process.env.EVIDEN_TOKEN;
  else process.env.EVIDEN_TOKEN = savedToken;
  vi.restoreAllMocks();
  fx.cleanup();
});

describe('eviden serve', () => {
  it('refuses a weak token and an incomplete TLS pair, in Indonesian', async () => {
    const run = (...args: string[]) => program().parseAsync(['node', 'eviden', '-w', fx.root, 'serve', '--host', '0.0.0.0', '--port', '0', ...args]);
    await expect(run('--token', 'rahasia-kantor-2026')).rejects.toThrow(UserError);
    await expect(run('--token', 'rahasia-kantor-2026')).rejects.toThrow(/terlalu lemah/);
    process.env.EVIDEN_TOKEN = 'pendek';
    await expect(run()).rejects.toThrow(/terlalu lemah/);
    delete process.env.EVIDEN_TOKEN;
    await expect(run('--tls-cert', 'sertifikat.pem')).rejects.toThrow(/--tls-cert dan --tls-key harus diberikan bersama/);
    await expect(run('--tls-cert', '/tidak/ada.pem', '--tls-key', '/tidak/ada.key')).rejects.toThrow(/tidak dapat dibaca/);
  });

  it('prints a generated token off loopback when none is given', async () => {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const run = program().parseAsync(['node', 'eviden', '-w', fx.root, 'serve', '--host', '0.0.0.0', '--port', '0']);
    await vi.waitFor(() => expect(out).toMatch(/Token akses \(dibuat acak/), { timeout: 15_000 });
    const token = /Token akses \(dibuat acak[^:]*: (\S+)/.exec(out)![1]!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(out).toMatch(/Peringatan: tanpa --tls-cert/);
    const port = /:(\d+)\//.exec(out)![1];
    expect((await fetch(`http://127.0.0.1:${port}/api/ringkasan`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    process.emit('SIGINT');
    await run;
  });

  it('rejects a bad port and a bad reviewer name', async () => {
    await expect(program().parseAsync(['node', 'eviden', '-w', fx.root, 'serve', '--port', '70000'])).rejects.toThrow(/bukan nomor port/);
    await expect(program().parseAsync(['node', 'eviden', '-w', fx.root, 'serve', '--port', '0', '--reviewer', ' '])).rejects.toThrow(
      /--reviewer/,
    );
  });

  it('prints the URL, serves the dashboard and stops on SIGINT', async () => {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const run = program().parseAsync(['node', 'eviden', '-w', fx.root, 'serve', '--port', '0', '--reviewer', 'Siti Rahma']);
    await vi.waitFor(() => expect(out).toMatch(/Dasbor eviden berjalan di http:\/\/127\.0\.0\.1:\d+\//), { timeout: 15_000 });
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0];
    const res = await fetch(`${url}indikator/10`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Peninjau: <strong>Siti Rahma</strong>');
    process.emit('SIGINT');
    await run;
    await expect(fetch(url)).rejects.toThrow();
  });
});
