/** Writes the PDF "Peta transisi SPBE → Pemdi" of a transition map to output/ (its own Chromium, closed afterwards). */
import path from 'node:path';
import type { Workspace } from '../types/config.ts';
import type { TransitionMap } from '../types/transition.ts';
import { PAPERS } from '../render/model/common.ts';
import { transitionFileName, transitionModel } from '../render/model/transition.ts';
import { createTemplateEnv } from '../render/templates.ts';
import { footerTemplate, PdfBrowser } from '../render/browser.ts';
import { readLogo } from '../render/logo.ts';
import { normalizePdfDates } from '../render/pdf-dates.ts';
import { writeFileAtomic } from '../shared/atomic-write.ts';
import { todayIso } from '../shared/format.ts';
import { cleanStaleTemp } from './stale-temp.ts';

export async function writeTransitionPdf(ws: Workspace, map: TransitionMap, today = todayIso()): Promise<string> {
  cleanStaleTemp(ws);
  const model = transitionModel(map, ws.config, readLogo(ws), today);
  const html = createTemplateEnv().render('peta-transisi', model);
  const file = path.join(ws.paths.output, transitionFileName(map, ws.config.tahun));
  const browser = new PdfBrowser();
  try {
    const raw = await browser.pdf(html, { paper: PAPERS[ws.config.laporan.kertas], name: path.basename(file), footerHtml: footerTemplate(model.frame.footerTitle, null) });
    writeFileAtomic(file, normalizePdfDates(raw, today));
  } finally {
    await browser.close();
  }
  return file;
}
