/** The Handlebars environment of the dashboard: templates/dashboard pages inside one layout, escaped by default. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { templatesDir } from '../render/paths.ts';
import { helpers as documentHelpers } from '../render/helpers.ts';
import { dashboardHelpers } from './view-helpers.ts';

export type NavKey = 'ringkasan' | 'indikator' | 'opd' | 'dokumen' | 'tinjau' | 'cari' | 'transisi' | 'laporan' | 'peninjau' | 'masuk';

/** What the layout needs besides the page's own model. */
export interface Chrome {
  title: string;
  nav: NavKey;
  reviewer: string | null;
  csrf: string;
  instansi: string;
  tahun: number | null;
  /** The programme's short name from the instrument pack ("SPBE"); absent on pages without a workspace state. */
  program?: string;
  /** A notice shown above the page (e.g. "Tersimpan."). */
  flash?: { kind: 'ok' | 'galat'; text: string } | null;
  /** Where the instrument comes from when not from the official text (pack `sourceNote`), shown on every page. */
  sourceNote?: string | null;
  /** The config on disk could not be read; the dashboard keeps the last good one. */
  configProblem?: string | null;
  /** Hide the navigation and live updates (login page). */
  bare?: boolean;
  /** Number of documents waiting for review, shown in the navigation. */
  reviewCount?: number;
  /** The data version the page shows (live updates reload when it changes). */
  versi?: string;
  /** This page's path and query without the notice (where forms come back to). */
  sini?: string;
  /** The browser is signed in with a session (token mode or an OPD link): offer "Keluar". */
  signedIn?: boolean;
  /** Signed in as one OPD's staff: the page shows only what that OPD may reach (no coordinator navigation or forms). */
  opd?: { kode: string; nama: string; href: string; untuk: string | null; berlaku: string } | null;
}

export interface Views {
  page(name: string, model: object, chrome: Chrome): string;
}

export function dashboardDir(): string {
  return path.join(templatesDir(), 'dashboard');
}

function hbsFiles(dir: string): { name: string; source: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => ({ name: f.slice(0, -'.hbs'.length), source: readFileSync(path.join(dir, f), 'utf8') }));
}

export function createViews(dir = dashboardDir()): Views {
  const hb = Handlebars.create();
  hb.registerHelper({ ...documentHelpers, ...dashboardHelpers });
  for (const p of hbsFiles(path.join(dir, 'partials'))) hb.registerPartial(p.name, p.source);
  const compile = (source: string): ReturnType<typeof hb.compile> => hb.compile(source, { preventIndent: true });
  const layout = compile(readFileSync(path.join(dir, 'layout.hbs'), 'utf8'));
  const pages = new Map(hbsFiles(path.join(dir, 'pages')).map((p) => [p.name, compile(p.source)]));
  return {
    page(name, model, chrome) {
      const template = pages.get(name);
      if (!template) throw new Error(`templat dasbor "${name}" tidak ada di ${dir}/pages`);
      const body = template({ ...model, chrome });
      return layout({ chrome, body: new hb.SafeString(body) });
    },
  };
}
