/** An error the user can fix; its message is Indonesian and printed without a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** The disk (or the user's quota) is full: from the file system or from SQLite. */
export function isDiskFull(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; e instanceof Error && depth < 5; depth++, e = e.cause) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return true;
  }
  return false;
}

export const DISK_FULL_MESSAGE =
  'Ruang disk habis, jadi pekerjaan dihentikan. Database, arsip, dan berkas yang sudah selesai di output/ tetap utuh ' +
  '(yang sudah tersimpan tidak hilang, ' +
  'yang setengah jadi tidak dipakai). Kosongkan ruang disk di folder workspace, lalu jalankan perintah yang sama lagi: ' +
  'pekerjaan dilanjutkan dari yang belum selesai.';

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
