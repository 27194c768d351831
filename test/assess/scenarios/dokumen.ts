/**
 * Small builders for the documents a Pemda uploads, shared by the level-scenario sets: a report or letter of a unit
 * (kop, unit, title, body, place and date, signer), the minutes of a meeting, a berita acara, and a screenshot.
 */
import type { ScenarioDoc } from '../level-scenario-helpers.ts';

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
