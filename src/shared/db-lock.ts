/**
 * Another process holding the database's write lock: how long a writer waits for it (10 s; `EVIDEN_LOCK_WAIT_MS`
 * shortens it for the fault tests), how a lock that outlasted the wait is recognised, and what the user is told.
 */
const DEFAULT_WAIT_MS = 10_000;

export function lockWaitMs(): number {
  const raw = Number(process.env.EVIDEN_LOCK_WAIT_MS);
  return Number.isInteger(raw) && raw >= 0 ? raw : DEFAULT_WAIT_MS;
}

function seconds(ms: number): string {
  return (ms / 1000).toLocaleString('id-ID', { maximumFractionDigits: 1 });
}

/** SQLite gave up waiting for a lock (SQLITE_BUSY and its extended codes, SQLITE_LOCKED). */
export function isDbLocked(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; e instanceof Error && depth < 5; depth++, e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) return true;
  }
  return false;
}

const HOLDERS = 'mis. pemindaian lain, "eviden watch" atau dasbor yang sedang menulis, atau pencadangan';

/** Said while waiting, so the user sees why nothing happens. */
export function lockWaitMessage(): string {
  return `Database sedang dikunci proses lain (${HOLDERS}); menunggu sampai ${seconds(lockWaitMs())} detik…`;
}

/** The fact, for a line that goes on (the watcher retries the file later). */
export function lockHeldText(): string {
  return `Database masih dikunci proses lain setelah ${seconds(lockWaitMs())} detik`;
}

/** Said when the lock outlasted the wait; `untouched`: nothing of this run was written yet. */
export function lockedMessage(untouched: boolean): string {
  return (
    `${lockHeldText()}, jadi pekerjaan dihentikan` +
    (untouched ? ' sebelum mengubah apa pun. ' : '; yang sudah tersimpan tetap utuh. ') +
    `Tunggu sampai proses itu selesai (${HOLDERS}), atau hentikan proses itu, lalu jalankan perintah yang sama lagi.`
  );
}
