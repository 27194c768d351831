/** Indonesian messages of the use-cases that are not about one file. */

export const LOCK_WAIT =
  'Database sedang dikunci proses lain (mis. pemindaian lain, "eviden watch" yang sedang menulis, atau pencadangan); menunggu sampai 10 detik…';
