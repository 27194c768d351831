/** The dashboard's route table: pages, the JSON API, the archived files, downloads, assets and live events. */
import type { Handler, Route } from '../router.ts';
import { anySession, ownDocument, ownOpd } from '../scope.ts';
import { ringkasanApi, ringkasanPage } from './ringkasan.ts';
import { indicatorApi, indicatorListPage, indicatorPage, saveAssessmentApi, saveAssessmentForm } from './indikator.ts';
import { opdApi, opdListPage, opdPage } from './opd.ts';
import { decisionApi, decisionForm, documentApi, documentListPage, documentPage } from './dokumen.ts';
import { archivedFile } from './berkas.ts';
import { bulkDecisionApi, bulkDecisionForm, reviewApi, reviewPage } from './tinjau.ts';
import { searchApi, searchPage } from './cari.ts';
import { downloadOutput, jobApi, jobsApi, outputsApi, reportsPage, startJobApi, startJobForm } from './laporan.ts';
import { reviewerPage, saveReviewer } from './peninjau.ts';
import { eventStream } from './peristiwa.ts';
import { transitionApi, transitionDecisionForm, transitionPage } from './transisi.ts';
import { uploadApi, uploadForm } from './unggah.ts';
import { grantAccessForm, revokeAccessForm } from './akses-opd.ts';

export interface RouteOptions {
  assets: Handler;
  /** The token login form (only when the server requires a token). */
  login: { show: Handler; submit: Handler } | null;
  logout: Handler;
  /** Opening an OPD access link. */
  accessLink: { show: Handler; submit: Handler };
}

/** Every route says who may call it (see `Access`): an OPD session reaches only its own OPD page, documents and uploads. */
export function dashboardRoutes(opts: RouteOptions): Route[] {
  const k = 'koordinator' as const;
  const routes: Route[] = [
    { method: 'GET', pattern: '/', handler: ringkasanPage, access: k },
    { method: 'GET', pattern: '/indikator', handler: indicatorListPage, access: k },
    { method: 'GET', pattern: '/indikator/:no', handler: indicatorPage, access: k },
    { method: 'POST', pattern: '/indikator/:no/penilaian', handler: saveAssessmentForm, access: k },
    { method: 'GET', pattern: '/opd', handler: opdListPage, access: k },
    { method: 'GET', pattern: '/opd/:kode', handler: opdPage, access: ownOpd },
    { method: 'POST', pattern: '/opd/:kode/unggah', handler: uploadForm, access: ownOpd, rawBody: true },
    { method: 'POST', pattern: '/opd/:kode/akses', handler: grantAccessForm, access: k },
    { method: 'POST', pattern: '/opd/:kode/akses/:id/cabut', handler: revokeAccessForm, access: k },
    { method: 'GET', pattern: '/dokumen', handler: documentListPage, access: k },
    { method: 'GET', pattern: '/dokumen/:sha', handler: documentPage, access: ownDocument },
    { method: 'POST', pattern: '/dokumen/:sha/keputusan', handler: decisionForm, access: k },
    { method: 'GET', pattern: '/berkas/:sha', handler: archivedFile, access: ownDocument },
    { method: 'GET', pattern: '/tinjau', handler: reviewPage, access: k },
    { method: 'POST', pattern: '/tinjau/keputusan', handler: bulkDecisionForm, access: k },
    { method: 'GET', pattern: '/cari', handler: searchPage, access: k },
    { method: 'GET', pattern: '/transisi', handler: transitionPage, access: k },
    { method: 'POST', pattern: '/transisi/keputusan', handler: transitionDecisionForm, access: k },
    { method: 'GET', pattern: '/laporan', handler: reportsPage, access: k },
    { method: 'POST', pattern: '/laporan/:jenis', handler: startJobForm, access: k },
    { method: 'GET', pattern: '/unduh/:nama', handler: downloadOutput, access: k },
    { method: 'GET', pattern: '/peninjau', handler: reviewerPage, access: k },
    { method: 'POST', pattern: '/peninjau', handler: saveReviewer, access: k },
    { method: 'GET', pattern: '/peristiwa', handler: eventStream, access: k },
    { method: 'GET', pattern: '/aset/:nama', handler: opts.assets, access: 'publik' },
    { method: 'GET', pattern: '/akses/:kunci', handler: opts.accessLink.show, access: 'publik' },
    { method: 'POST', pattern: '/akses/:kunci', handler: opts.accessLink.submit, access: 'publik' },
    { method: 'POST', pattern: '/keluar', handler: opts.logout, access: anySession },
    { method: 'GET', pattern: '/api/ringkasan', handler: ringkasanApi, access: k },
    { method: 'GET', pattern: '/api/indikator/:no', handler: indicatorApi, access: k },
    { method: 'POST', pattern: '/api/penilaian', handler: saveAssessmentApi, access: k },
    { method: 'GET', pattern: '/api/opd/:kode', handler: opdApi, access: ownOpd },
    { method: 'POST', pattern: '/api/opd/:kode/unggah', handler: uploadApi, access: ownOpd, rawBody: true },
    { method: 'GET', pattern: '/api/dokumen/:sha', handler: documentApi, access: ownDocument },
    { method: 'POST', pattern: '/api/keputusan', handler: decisionApi, access: k },
    { method: 'GET', pattern: '/api/tinjau', handler: reviewApi, access: k },
    { method: 'POST', pattern: '/api/tinjau', handler: bulkDecisionApi, access: k },
    { method: 'GET', pattern: '/api/cari', handler: searchApi, access: k },
    { method: 'GET', pattern: '/api/transisi', handler: transitionApi, access: k },
    { method: 'GET', pattern: '/api/keluaran', handler: outputsApi, access: k },
    { method: 'GET', pattern: '/api/pekerjaan', handler: jobsApi, access: k },
    { method: 'GET', pattern: '/api/pekerjaan/:id', handler: jobApi, access: k },
    { method: 'POST', pattern: '/api/laporan/:jenis', handler: startJobApi, access: k },
  ];
  if (opts.login) {
    routes.push(
      { method: 'GET', pattern: '/masuk', handler: opts.login.show, access: 'publik' },
      { method: 'POST', pattern: '/masuk', handler: opts.login.submit, access: 'publik' },
    );
  }
  return routes;
}

/** Paths reachable without signing in: the login form, OPD access links, and the assets they use. */
export function isPublicPath(method: string, path: string): boolean {
  return path === '/masuk' || path.startsWith('/akses/') || (method === 'GET' && path.startsWith('/aset/'));
}
