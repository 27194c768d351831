/**
 * Small builders for the documents a Pemda uploads, shared by the level-scenario sets: a report or letter of a unit
 * (kop, unit, title, body, place and date, signer), the minutes of a meeting, a berita acara, and a screenshot; a
 * regulation or decree of the head of region, a draft that is not enacted, an invitation; and the three workspaces
 * (kabupaten, kota, provinsi) with the names their documents use.
 */
import type { LevelScenario, ScenarioDoc } from '../level-scenario-helpers.ts';
import { KAB_KOP, KOTA, KOTA_KOP, PROV, PROV_KOP } from './instansi.ts';

/** A document of a unit: kop, unit, title, body lines, place and date (null: undated), signer. */
export const naskahUnit = (p: { path: string; kop: string; unit: string; title: string; body: string[]; place: string; date: string | null; signer?: string; confirmed?: boolean }): ScenarioDoc => ({
  path: p.path,
  pages: [`${p.kop}\n${p.unit}\n${p.title}\n${p.body.join('\n')}\n${p.date === null ? '' : `${p.place}, ${p.date}\n`}${p.signer ?? 'Kepala Dinas'}`],
  ...(p.confirmed === true ? { confirmed: true } : {}),
});

/** The minutes of a meeting: heading, day and date, place, agenda, the points discussed, conclusions, the minute taker. */
export const notulenRapat = (p: { path: string; kop: string; unit: string; title: string; day: string; place: string; agenda: string; points: string[]; conclusions: string[]; confirmed?: boolean }): ScenarioDoc => ({
  path: p.path,
  pages: [
    `${p.kop}\n${p.unit}\nNOTULEN RAPAT\n${p.title}\nHari/Tanggal : ${p.day}\nTempat : ${p.place}\nAgenda : ${p.agenda}\n` +
      `Pembahasan:\n${p.points.map((x, i) => `${i + 1}. ${x}`).join('\n')}\nKesimpulan:\n${p.conclusions.map((x, i) => `${i + 1}. ${x}`).join('\n')}\nNotulis,\nttd`,
  ],
  ...(p.confirmed === true ? { confirmed: true } : {}),
});

/** A berita acara: heading, number, the opening sentence with its date, what was done, the signatures. */
export const beritaAcara = (p: { path: string; kop: string; title: string; number: string; opening: string; body: string[]; signers: string; confirmed?: boolean }): ScenarioDoc => ({
  path: p.path,
  pages: [`${p.kop}\nBERITA ACARA\n${p.title}\nNomor: ${p.number}\n${p.opening}\n${p.body.join('\n')}\n${p.signers}`],
  ...(p.confirmed === true ? { confirmed: true } : {}),
});

/** A screenshot of an application: its text line by line, as OCR reads it. */
export const tangkapanLayar = (path: string, lines: string[], confirmed = false): ScenarioDoc => ({
  path,
  pages: [lines.join('\n')],
  ...(confirmed ? { confirmed: true } : {}),
});

/** A workspace and the names its documents use. */
export interface Region {
  instansi?: LevelScenario['instansi'];
  kop: string;
  /** The head of region as a regulation names him: "BUPATI SUKAMAJU". */
  head: string;
  /** Where acts are signed: "Sukamaju". */
  place: string;
  /** The regulation's short name: "Peraturan Bupati". */
  perkada: string;
  /** The ICT office. */
  kominfo: string;
  /** A word for the region in running text: "kabupaten". */
  wilayah: string;
}

export const KAB: Region = {
  kop: KAB_KOP,
  head: 'BUPATI SUKAMAJU',
  place: 'Sukamaju',
  perkada: 'Peraturan Bupati',
  kominfo: 'DINAS KOMUNIKASI DAN INFORMATIKA',
  wilayah: 'kabupaten',
};
export const KOT: Region = {
  instansi: KOTA,
  kop: KOTA_KOP,
  head: 'WALI KOTA TANJUNG RAYA',
  place: 'Tanjung Raya',
  perkada: 'Peraturan Wali Kota',
  kominfo: 'DINAS KOMUNIKASI DAN INFORMATIKA',
  wilayah: 'kota',
};
export const PRV: Region = {
  instansi: PROV,
  kop: PROV_KOP,
  head: 'GUBERNUR NUSA MAKMUR',
  place: 'Kota Makmur',
  perkada: 'Peraturan Gubernur',
  kominfo: 'DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK',
  wilayah: 'provinsi',
};

/** A regulation or decree of the head of region: kop, heading, body, and the signature block with its date. */
export const act = (p: { path: string; kop: string; kind?: string; head: string; number: string; title: string; body: string; place: string; date: string }): ScenarioDoc => ({
  path: p.path,
  pages: [`${p.kop}\n${p.kind ?? 'PERATURAN'} ${p.head}\nNOMOR ${p.number}\nTENTANG\n${p.title}\n${p.body}`, `Ditetapkan di ${p.place}\npada tanggal ${p.date}\n${p.head},\nttd`],
});

/** A draft regulation: "RANCANGAN PERATURAN …", a number left open, no signature. */
export const draft = (p: { path: string; kop: string; kind?: string; head: string; year: string; title: string; body: string }): ScenarioDoc => ({
  path: p.path,
  pages: [`${p.kop}\nRANCANGAN\n${p.kind ?? 'PERATURAN'} ${p.head}\nNOMOR … TAHUN ${p.year}\nTENTANG\n${p.title}\n${p.body}`],
});

/** An invitation letter to a meeting. */
export const undangan = (p: { path: string; region: Region; number: string; date: string; about: string; agenda: string }): ScenarioDoc => ({
  path: p.path,
  pages: [
    `${p.region.kop}\n${p.region.kominfo}\n${p.region.place}, ${p.date}\nNomor : ${p.number}\nSifat : Penting\nLampiran : -\nPerihal : Undangan ${p.about}\n` +
      `Yth. Kepala Perangkat Daerah terlampir\ndi ${p.region.place}\nDengan hormat, kami mengundang Bapak/Ibu untuk menghadiri ${p.about} pada:\n` +
      `Hari/tanggal : Selasa, ${p.date}\nPukul : 09.00 WIB s.d. selesai\nTempat : Ruang Rapat ${p.region.kominfo}\nAcara : ${p.agenda}\n` +
      'Demikian undangan ini kami sampaikan, atas perhatiannya diucapkan terima kasih.\nKepala Dinas',
  ],
});
