/** The OPD accesses the server accepts now: from `.eviden/akses-opd.json` (reread when it changes), still usable, for an OPD still in the config. */
import type { AccessKeys } from './auth.ts';
import type { Workspace } from '../types/config.ts';
import { accessForKey, accessState, opdAccessReader, type OpdAccess } from '../store/opd-access.ts';

export function accessKeys(file: string, workspace: () => Workspace): AccessKeys {
  const read = opdAccessReader(file);
  const known = (a: OpdAccess | null | undefined): OpdAccess | null =>
    a && workspace().config.opd.some((o) => o.kode === a.opd) ? a : null;
  return {
    byKey: (key) => known(accessForKey(read(), key, new Date().toISOString())),
    byId: (id) => known(read().find((a) => a.id === id && accessState(a, new Date().toISOString()) === 'aktif')),
  };
}
