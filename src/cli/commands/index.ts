/** Every command module, in the order `eviden --help` lists them. */
import type { Command } from 'commander';
import { registerInit } from './init.ts';
import { registerScan } from './scan.ts';
import { registerDocs } from './docs.ts';
import { registerSearch } from './search.ts';
import { registerExplain } from './explain.ts';
import { registerMap } from './map.ts';
import { registerKeputusan } from './keputusan.ts';
import { registerGaps } from './gaps.ts';
import { registerIndex } from './index-cmd.ts';
import { registerExternalScores } from './nilai-eksternal.ts';
import { registerRiwayat } from './riwayat.ts';
import { registerTransisi } from './transisi.ts';
import { registerPenjelasan } from './penjelasan.ts';
import { registerRencana } from './rencana.ts';
import { registerIsian } from './isian.ts';
import { registerReport } from './report.ts';
import { registerPacket } from './packet.ts';
import { registerVerify } from './verify.ts';
import { registerWatch } from './watch.ts';
import { registerServe } from './serve.ts';
import { registerAkses } from './akses.ts';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerInit,
  registerScan,
  registerDocs,
  registerSearch,
  registerExplain,
  registerMap,
  registerKeputusan,
  registerGaps,
  registerIndex,
  registerPenjelasan,
  registerRencana,
  registerExternalScores,
  registerIsian,
  registerRiwayat,
  registerTransisi,
  registerReport,
  registerPacket,
  registerVerify,
  registerWatch,
  registerServe,
  registerAkses,
];
