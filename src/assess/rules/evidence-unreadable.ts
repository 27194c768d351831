/** evidenceUnreadable: a file in watch/ could not be read (corrupt, no text even after OCR, empty, unsupported, too large). */
import type { DocStatus } from '../../types/documents.ts';
import { documentFields, documentText } from './document-ref.ts';
import { finding, type DocumentRule } from './types.ts';
import { docProblem } from '../../shared/vocabulary.ts';

/** The statuses this rule reports (a password-protected file has its own rule, a pending one is still being read). */
const REPORTED: ReadonlySet<DocStatus> = new Set<DocStatus>(['corrupt', 'no-text', 'empty', 'unsupported', 'too-large', 'image-too-large', 'unpacked-too-large']);

export const evidenceUnreadable: DocumentRule = {
  id: 'evidenceUnreadable',
  severity: 'error',
  check(facts) {
    const problem = REPORTED.has(facts.doc.status) ? docProblem(facts.doc.status) : null;
    if (problem === null || facts.present.length === 0) return [];
    const detail = facts.doc.message.trim() === '' ? '' : ` Detail: ${facts.doc.message.trim()}`;
    return [
      finding(this, {
        ...documentFields(facts),
        message: `Berkas ${documentText(facts)} tidak dapat dipakai sebagai bukti: ${problem.what}. ${problem.todo}${detail}`,
      }),
    ];
  },
};
