/** Before a run writes into the archive or output/: temp files a killed earlier run left there are removed. */
import type { Workspace } from '../types/config.ts';
import { removeStaleTempFiles } from '../store/stale-temp.ts';

export function cleanStaleTemp(ws: Workspace): void {
  removeStaleTempFiles([ws.paths.archive, ws.paths.output]);
}
