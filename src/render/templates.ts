/**
 * An isolated Handlebars environment over `templates/`: every `*.hbs` file is a partial under its base name, pages
 * are compiled strict (a misspelt field throws instead of printing nothing) and every `{{ }}` is HTML-escaped.
 * The stylesheet is the only raw insert (`{{{css}}}`); evidence text never goes through a triple-stash.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { helpers } from './helpers.ts';
import { templatesDir } from './paths.ts';

export type PageName =
  | 'laporan-penilaian'
  | 'berita-acara'
  | 'pernyataan-publikasi'
  | 'laporan-kesenjangan'
  | 'daftar-periksa-unggah'
  | 'peta-transisi';

export interface TemplateEnv {
  /** HTML of a page template for its model; the shared stylesheet is added as `css`. */
  render(page: PageName, data: object): string;
}

export function createTemplateEnv(dir = templatesDir()): TemplateEnv {
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);
  const files = readdirSync(dir).filter((f) => f.endsWith('.hbs'));
  const sources = new Map(files.map((f) => [f.slice(0, -'.hbs'.length), readFileSync(path.join(dir, f), 'utf8')]));
  for (const [name, source] of sources) hb.registerPartial(name, source);
  const css = readFileSync(path.join(dir, 'style.css'), 'utf8');
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return {
    render(page, data) {
      let template = compiled.get(page);
      if (!template) {
        const source = sources.get(page);
        if (source === undefined) throw new Error(`Templat ${page}.hbs tidak ada di ${dir}`);
        template = hb.compile(source, { strict: true, preventIndent: true });
        compiled.set(page, template);
      }
      return template({ ...data, css });
    },
  };
}
