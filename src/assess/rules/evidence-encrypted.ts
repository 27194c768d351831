/** evidenceEncrypted: the file needs a password to open, so it can be neither read nor attached. */
import { documentFields, documentText } from './document-ref.ts';
import { finding, type DocumentRule } from './types.ts';

export const evidenceEncrypted: DocumentRule = {
  id: 'evidenceEncrypted',
  severity: 'warning',
  check(facts) {
    if (facts.doc.status !== 'needs-password' || facts.present.length === 0) return [];
    return [
      finding(this, {
        ...documentFields(facts),
        message:
          `Berkas ${documentText(facts)} dilindungi kata sandi pembuka, sehingga isinya tidak bisa dibaca dan tidak bisa ` +
          'dilampirkan. Buka berkas dengan kata sandinya, simpan ulang tanpa kata sandi (mis. Cetak → Simpan sebagai PDF), ' +
          'lalu ganti berkas di folder yang sama.',
      }),
    ];
  },
};
