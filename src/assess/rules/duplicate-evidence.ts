/** duplicateEvidence: the same content (same SHA-256) is in several places in watch/. */
import { fileRef, opdSuffix } from '../messages.ts';
import { listSome } from '../text.ts';
import { documentFields } from './document-ref.ts';
import { finding, type DocumentRule } from './types.ts';

export const duplicateEvidence: DocumentRule = {
  id: 'duplicateEvidence',
  severity: 'info',
  check(facts) {
    if (facts.present.length < 2) return [];
    const places = facts.present.map((l) => `${fileRef(l.path)}${opdSuffix(l.opd)}`);
    return [
      finding(this, {
        ...documentFields(facts),
        message:
          `Isi yang sama ada di ${facts.present.length} lokasi: ${listSome(places, 5)}. Bukti tetap dihitung sekali; ` +
          'cukup simpan satu salinan di folder OPD penanggung jawabnya, salinan lain boleh dihapus.',
      }),
    ];
  },
};
