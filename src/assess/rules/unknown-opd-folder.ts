/** unknownOpdFolder: files sit in a watch/ folder that matches no OPD of the config (or directly in watch/). */
import { compareText } from '../text.ts';
import { fileName } from '../messages.ts';
import { listSome } from '../text.ts';
import { finding, type DocumentFacts, type WorkspaceRule } from './types.ts';

export const unknownOpdFolder: WorkspaceRule = {
  id: 'unknownOpdFolder',
  severity: 'warning',
  check(documents: readonly DocumentFacts[]) {
    const byFolder = new Map<string, string[]>();
    for (const d of documents) {
      for (const l of d.present) {
        if (l.opd !== null) continue;
        const list = byFolder.get(l.folder) ?? [];
        list.push(l.path);
        byFolder.set(l.folder, list);
      }
    }
    return [...byFolder.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([folder, paths]) => {
        const sorted = [...paths].sort(compareText);
        const files = listSome(sorted.map((p) => `"${fileName(p)}"`));
        const message =
          folder === ''
            ? `${sorted.length} berkas ada langsung di "watch/" tanpa folder OPD (${files}). Pindahkan ke folder OPD-nya, ` +
              'mis. "watch/<folder OPD>/", agar tercatat sebagai bukti OPD tersebut.'
            : `Folder "watch/${folder}/" tidak cocok dengan OPD mana pun di eviden.config.yaml (${sorted.length} berkas: ${files}). ` +
              `Tambahkan OPD dengan folder: "${folder}" (atau alias "${folder}") ke bagian "opd", atau pindahkan berkasnya ke folder OPD yang benar.`;
        return finding(this, { message, path: folder === '' ? null : `${folder}/` });
      });
  },
};
