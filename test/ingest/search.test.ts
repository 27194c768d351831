import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { makeWorkspace, type TempWorkspace } from '../helpers/workspace.ts';
import { openWorkspace } from '../../src/config/workspace.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { insertPendingDocument } from '../../src/store/documents.ts';
import { savePages, searchPagesByDocument, snippetsOf } from '../../src/store/pages.ts';
import { searchDocuments } from '../../src/app/search.ts';

/** Document `d` of four: page p mentions "georedundansi" p times on the first d + 1 of its 6 pages (the rest never). */
function pagesOf(d: number): string[] {
  return Array.from({ length: 6 }, (_, p) =>
    p <= d
      ? `Halaman ${p + 1}. ${Array.from({ length: p + 1 }, () => 'Pusat data memakai georedundansi.').join(' ')} Cadangan diuji setiap triwulan.`
      : `Halaman ${p + 1}. Rencana pemulihan bencana disusun oleh dinas.`,
  );
}

const sha = (d: number): string => String(d).repeat(64);

describe('full-text search over many pages', () => {
  let ws: TempWorkspace;
  let db: Db;

  beforeAll(() => {
    ws = makeWorkspace();
    db = openDb(path.join(ws.root, 'cari.db'));
    for (let d = 0; d < 4; d++) {
      insertPendingDocument(db, { sha256: sha(d), size: 1, type: 'pdf', archivePath: `a/${d}`, now: '2026-01-01T00:00:00Z' });
      savePages(db, sha(d), pagesOf(d).map((text, i) => ({ no: i + 1, text, source: 'text', confidence: null })));
    }
  });

  afterAll(() => {
    db?.close();
    ws?.cleanup();
  });

  it('counts every matching page per document and keeps its best pages, best first', () => {
    const hits = searchPagesByDocument(db, 'georedundans', 2);
    for (let d = 0; d < 4; d++) {
      const mine = hits.filter((h) => h.sha256 === sha(d));
      expect(mine.map((h) => h.matched)).toEqual(Array(Math.min(2, d + 1)).fill(d + 1));
      // The page naming the word most often ranks first.
      expect(mine.map((h) => h.page)).toEqual([d + 1, d].filter((p) => p >= 1).slice(0, 2));
    }
    expect(hits.map((h) => h.rank)).toEqual([...hits.map((h) => h.rank)].sort((a, b) => a - b));
  });

  it('makes snippets for the asked pages only', () => {
    const hits = searchPagesByDocument(db, 'georedundansi', 3);
    const asked = hits.slice(0, 2).map((h) => h.id);
    const snippets = snippetsOf(db, 'georedundansi', asked);
    expect([...snippets.keys()].sort()).toEqual([...asked].sort());
    for (const s of snippets.values()) expect(s).toContain('[georedundansi]');
  });

  it('totals count the documents left out of the list, and every page shown has its snippet', () => {
    const found = searchDocuments(db, openWorkspace(ws.root), 'pusat georedundansi', { limit: 2, pagesPerDocument: 3 });
    expect(found.totalDocuments).toBe(4);
    expect(found.totalPages).toBe(1 + 2 + 3 + 4);
    expect(found.documents).toHaveLength(2);
    for (const doc of found.documents) {
      expect(doc.best.length).toBe(Math.min(3, doc.matchedPages));
      for (const p of doc.best) expect(p.snippet).toMatch(/\[Pusat\].*\[georedundansi\]/);
    }
  });
});
