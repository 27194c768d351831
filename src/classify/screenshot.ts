/**
 * isLoginOnly: a screenshot that shows nothing but a login page (assessors ask for screenshots of
 * the application's features, "not just the login page").
 */
import { skeletonTokens } from './normalize.ts';

const MAX_WORDS = 120;
const LOGIN = new Set(skeletonTokens('login masuk signin sign log'));
const CREDENTIAL = new Set(skeletonTokens('password sandi username pengguna nip email captcha'));
const NAVIGATION = new Set(
  skeletonTokens(
    'beranda dashboard logout keluar profil pengaturan notifikasi inbox statistik tambah simpan unggah unduh ' +
      'tampilkan laporan rekap grafik disposisi',
  ),
);

export function isLoginOnly(pages: readonly { text: string }[]): boolean {
  const tokens = pages.flatMap((p) => skeletonTokens(p.text)).filter((t) => /\p{L}/u.test(t));
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return false;
  const hasLogin = tokens.some((t) => LOGIN.has(t));
  const hasCredential = tokens.some((t) => CREDENTIAL.has(t));
  const navigation = new Set(tokens.filter((t) => NAVIGATION.has(t)));
  return hasLogin && hasCredential && navigation.size < 2;
}
