/** Every level scenario, by the set it was written in. */
import type { LevelScenario } from '../level-scenario-helpers.ts';
import { SCENARIOS as AUDIT } from './audit.ts';
import { SCENARIOS as AUDITOR } from './auditor.ts';
import { SCENARIOS as FITUR_LAYANAN } from './fitur-layanan.ts';
import { SCENARIOS as HITUNGAN } from './hitungan.ts';
import { SCENARIOS as KEBIJAKAN } from './kebijakan.ts';
import { SCENARIOS as KELAS_KRITERIA } from './kelas-kriteria.ts';
import { SCENARIOS as KELAS_KRITERIA_2 } from './kelas-kriteria-2.ts';
import { SCENARIOS as KELAS_KRITERIA_3 } from './kelas-kriteria-3.ts';
import { SCENARIOS as KELAS_KRITERIA_4 } from './kelas-kriteria-4.ts';
import { SCENARIOS as KELAS_KRITERIA_5 } from './kelas-kriteria-5.ts';
import { SCENARIOS as KELAS_KRITERIA_6 } from './kelas-kriteria-6.ts';
import { SCENARIOS as KELAS_KRITERIA_7 } from './kelas-kriteria-7.ts';
import { SCENARIOS as KELAS_KRITERIA_8 } from './kelas-kriteria-8.ts';
import { SCENARIOS as KELAS_KRITERIA_9 } from './kelas-kriteria-9.ts';
import { SCENARIOS as KELAS_KRITERIA_10 } from './kelas-kriteria-10.ts';
import { SCENARIOS as KELAS_KRITERIA_11 } from './kelas-kriteria-11.ts';
import { SCENARIOS as KISI_TINGKAT_1 } from './kisi-tingkat-1.ts';
import { SCENARIOS as KISI_TINGKAT_2 } from './kisi-tingkat-2.ts';
import { SCENARIOS as LANJUTAN } from './lanjutan.ts';
import { SCENARIOS as LAYANAN } from './layanan.ts';
import { SCENARIOS as NEGASI } from './negasi.ts';
import { SCENARIOS as PENERAPAN } from './penerapan.ts';
import { SCENARIOS as SUKAMAJU } from './sukamaju.ts';
import { SCENARIOS as TINDAK_LANJUT } from './tindak-lanjut.ts';
import { SCENARIOS as TINGKAT_TIGA } from './tingkat-tiga.ts';

export const SCENARIOS: LevelScenario[] = [
  ...SUKAMAJU,
  ...KEBIJAKAN,
  ...PENERAPAN,
  ...AUDIT,
  ...LAYANAN,
  ...LANJUTAN,
  ...NEGASI,
  ...AUDITOR,
  ...TINDAK_LANJUT,
  ...HITUNGAN,
  ...FITUR_LAYANAN,
  ...TINGKAT_TIGA,
  ...KELAS_KRITERIA,
  ...KELAS_KRITERIA_2,
  ...KELAS_KRITERIA_3,
  ...KELAS_KRITERIA_4,
  ...KELAS_KRITERIA_5,
  ...KELAS_KRITERIA_6,
  ...KELAS_KRITERIA_7,
  ...KELAS_KRITERIA_8,
  ...KELAS_KRITERIA_9,
  ...KELAS_KRITERIA_10,
  ...KELAS_KRITERIA_11,
  ...KISI_TINGKAT_1,
  ...KISI_TINGKAT_2,
];
