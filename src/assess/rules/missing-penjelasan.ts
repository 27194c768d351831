/** missingPenjelasan: a level is claimed or evidence exists, but the penjelasan is empty. */
import { indicatorText } from '../messages.ts';
import { finding, type IndicatorRule } from './types.ts';

export const missingPenjelasan: IndicatorRule = {
  id: 'missingPenjelasan',
  severity: 'info',
  check(facts) {
    if (facts.penjelasan.trim() !== '' || (facts.claimedLevel === null && facts.evidence.length === 0)) return [];
    const no = facts.indicator.no;
    return [
      finding(this, {
        indicator: no,
        message:
          `Penjelasan ${indicatorText(facts.indicator)} masih kosong. Isi penilaian."${no}".penjelasan di eviden.config.yaml: ` +
          'fakta (jenis, nomor dan judul dokumen, pasal, halaman, nama berkas), analisis terhadap kriteria tingkat, ' +
          'dan justifikasi tingkat yang diklaim.',
      }),
    ];
  },
};
