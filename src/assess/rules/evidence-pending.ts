/** evidencePending: a file in watch/ has not been processed yet. */
import { documentFields, documentText } from './document-ref.ts';
import { finding, type DocumentRule } from './types.ts';

export const evidencePending: DocumentRule = {
  id: 'evidencePending',
  severity: 'info',
  check(facts) {
    if (facts.doc.status !== 'pending' || facts.present.length === 0) return [];
    return [
      finding(this, {
        ...documentFields(facts),
        message: `Berkas ${documentText(facts)} belum selesai diproses. Jalankan "eviden scan", lalu lihat hasilnya lagi.`,
      }),
    ];
  },
};
