/** Every level scenario, by the set it was written in. */
import type { LevelScenario } from '../level-scenario-helpers.ts';
import { SCENARIOS as AUDIT } from './audit.ts';
import { SCENARIOS as KEBIJAKAN } from './kebijakan.ts';
import { SCENARIOS as LANJUTAN } from './lanjutan.ts';
import { SCENARIOS as LAYANAN } from './layanan.ts';
import { SCENARIOS as NEGASI } from './negasi.ts';
import { SCENARIOS as PENERAPAN } from './penerapan.ts';
import { SCENARIOS as SUKAMAJU } from './sukamaju.ts';

export const SCENARIOS: LevelScenario[] = [...SUKAMAJU, ...KEBIJAKAN, ...PENERAPAN, ...AUDIT, ...LAYANAN, ...LANJUTAN, ...NEGASI];
