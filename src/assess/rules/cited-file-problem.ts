/**
 * citedFileProblem: the penjelasan names a file that cannot count as evidence for the indicator: it is not in
 * watch/, it cannot be read, or it is not mapped to this indicator.
 */
import { citedNames, namesFile } from '../cited-files.ts';
import { fileRef, indicatorText, opdSuffix } from '../messages.ts';
import { finding, type IndicatorRule, type KnownFile } from './types.ts';
import { docProblem } from '../../shared/vocabulary.ts';

export const citedFileProblem: IndicatorRule = {
  id: 'citedFileProblem',
  severity: 'warning',
  check(facts) {
    const indicator = facts.indicator;
    return citedNames(facts.penjelasan).flatMap((cited) => {
      const files: readonly KnownFile[] = facts.files.filter((f) => namesFile(cited, f.path));
      const where = `Penjelasan ${indicatorText(indicator)} menyebut berkas "${cited.name}"`;
      const found = (file: KnownFile): string => `Penjelasan ${indicatorText(indicator)} menyebut ${fileRef(file.path)}${opdSuffix(file.opd)}`;
      if (files.length === 0) {
        return [
          finding(this, {
            indicator: indicator.no,
            message:
              `${where}, tetapi berkas itu tidak ada di watch/. Taruh berkasnya di folder OPD penanggung jawab, ` +
              'atau perbaiki nama di penjelasan agar sama dengan nama berkasnya.',
          }),
        ];
      }
      if (files.some((f) => f.status === 'ok' && f.indicators.includes(indicator.no))) return [];
      const readable = files.find((f) => f.status === 'ok');
      if (!readable) {
        const file = files[0];
        if (!file) return [];
        const problem = docProblem(file.status);
        if (!problem) return [];
        return [
          finding(this, {
            indicator: indicator.no, opd: file.opd, sha256: file.sha256, path: file.path,
            message: `${found(file)}, tetapi ${problem.what}. ${problem.todo}`,
          }),
        ];
      }
      return [
        finding(this, {
          indicator: indicator.no, opd: readable.opd, sha256: readable.sha256, path: readable.path,
          message:
            `${found(readable)}, tetapi berkas itu tidak dipetakan ke indikator ini. ` +
            `Terima pemetaannya di dasbor atau dengan eviden map "${readable.path.split('/').pop() ?? readable.path}" --add ${indicator.no}, ` +
            'atau hapus namanya dari penjelasan bila berkas itu bukan buktinya.',
        }),
      ];
    });
  },
};
