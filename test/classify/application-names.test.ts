/**
 * The names documents give applications (classify/application-names.ts) and what a workspace learns from them
 * (learn/application-names.ts): a name shared by documents mapped to one service names that service; a name documents
 * of two services share, a word of the instrument and a mapping that stands on a learned name teach nothing.
 */
import { describe, expect, it } from 'vitest';
import { learnApplicationNames } from '../../src/learn/application-names.ts';
import type { Mapping } from '../../src/types/classification.ts';
import { classify, rules } from './helpers.ts';

const names = (text: string, path = 'Dispusip/dokumen.pdf'): string[] => classify(text, [path]).applications ?? [];

describe('application names in the title area and the file name', () => {
  it('reads a name introduced or versioned, and a name in capitals in a file name', () => {
    expect(names('CATATAN RILIS SIARSI VERSI 3.0\nTanggal rilis: 17 Februari 2025')).toEqual(['SIARSI']);
    expect(names('NOTULA REVIU LAYANAN SIKEUDA 2024\nHari/Tanggal: Senin, 26 Agustus 2024')).toEqual(['SIKEUDA']);
    expect(names('Daftar peminjaman arsip', 'Dispusip/SS SIARSI Peminjaman Arsip.png')).toEqual(['SIARSI']);
  });

  it('a word of the instrument, of our name, of a record or a word the text writes in ordinary case is no name', () => {
    expect(names('LAPORAN LAYANAN PENGADUAN 2025\nAduan masyarakat diteruskan ke perangkat daerah.')).toEqual([]);
    expect(names('APLIKASI PENDAFTARAN ONLINE\nPasien melakukan pendaftaran melalui aplikasi.')).toEqual([]);
    expect(names('Laporan hasil audit', 'Inspektorat/LHA Aplikasi 2025.pdf')).toEqual([]);
    expect(names('LAPORAN APLIKASI SUKAMAJU\nAplikasi daerah.')).toEqual([]);
  });
});

const mapping = (indicator: number, score: number, rule = `i${indicator}.frasa`): Mapping => ({
  id: `m${indicator}`,
  sha256: 'x',
  indicator,
  score,
  confidence: 'tinggi',
  source: 'content',
  reasons: [{ rule, phrase: 'frasa', place: 'judul', pages: [1], weight: 1 }],
  possiblyMisfiled: false,
});

describe('what the workspace learns', () => {
  const learning = rules.learnApplications;

  it('learns a name shared by documents mapped with a high score to one service', () => {
    const docs = [
      { applications: ['SIARSI'], mappings: [mapping(37, 0.95)] },
      { applications: ['SIARSI'], mappings: [] },
    ];
    expect(learnApplicationNames(docs, learning)).toEqual([{ indicator: 37, names: ['SIARSI'] }]);
  });

  it('learns nothing from a low score, from two services sharing the name, from a non-service indicator or from a learned name', () => {
    expect(learnApplicationNames([{ applications: ['SIARSI'], mappings: [mapping(37, 0.6)] }], learning)).toEqual([]);
    expect(learnApplicationNames([{ applications: ['SIPADU'], mappings: [mapping(34, 0.9)] }, { applications: ['SIPADU'], mappings: [mapping(36, 0.9)] }], learning)).toEqual([]);
    expect(learnApplicationNames([{ applications: ['SIKEUDA'], mappings: [mapping(30, 0.95)] }], learning)).toEqual([]);
    expect(learnApplicationNames([{ applications: ['SIARSI'], mappings: [mapping(37, 0.95, 'dipelajari.37.siarsi')] }], learning)).toEqual([]);
  });
});
