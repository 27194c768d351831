import { afterAll, describe, expect, it } from 'vitest';
import { ExtractCrash, ExtractHost, ExtractTimeout } from '../../src/extract/extract-host.ts';
import { textPdf } from './helpers/fixtures.ts';

describe('ExtractHost', { timeout: 60_000 }, () => {
  const host = new ExtractHost({ size: 1 });
  afterAll(() => host.close());

  it('answers requests queued one behind the other, in the order they were made', async () => {
    const pdf = await textPdf(['Halaman satu', 'Halaman dua', 'Halaman tiga']);
    const texts = await host.session(async (s) => {
      // Sent without waiting: the thread queues them and runs them in order.
      const opened = s.call('open-pdf', { bytes: pdf }, 30_000);
      const first = s.call('read-pages', { pageNos: [1, 2], render: null }, 30_000);
      const second = s.call('read-pages', { pageNos: [3], render: null }, 30_000);
      expect((await opened).numPages).toBe(3);
      const pages = [...(await first).pages, ...(await second).pages];
      await s.call('close-pdf', {}, 30_000);
      return pages.map((p) => ('text' in p ? p.text : ''));
    });
    expect(texts).toEqual(['Halaman satu', 'Halaman dua', 'Halaman tiga']);
  });

  it('ends the requests queued behind one that runs out of time, and the next session gets a fresh thread', async () => {
    const pdf = await textPdf(Array.from({ length: 40 }, (_, i) => `Halaman ${i + 1}`));
    const outcomes = await host.session(async (s) => {
      const opened = s.call('open-pdf', { bytes: pdf }, 30_000);
      const slow = s.call('read-pages', { pageNos: Array.from({ length: 40 }, (_, i) => i + 1), render: null }, 1);
      const behind = s.call('read-pages', { pageNos: [1], render: null }, 30_000);
      await opened;
      return Promise.allSettled([slow, behind]);
    });
    expect(outcomes.map((o) => (o.status === 'rejected' ? o.reason : null))).toEqual([expect.any(ExtractTimeout), expect.any(ExtractCrash)]);
    const again = await host.session(async (s) => {
      await s.call('open-pdf', { bytes: await textPdf(['Masih berjalan']) }, 30_000);
      return (await s.call('read-pages', { pageNos: [1], render: null }, 30_000)).pages;
    });
    expect(again).toMatchObject([{ text: 'Masih berjalan' }]);
  });
});
