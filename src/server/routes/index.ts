/** The dashboard's route table: pages, the JSON API, the archived files, downloads, assets and live events. */
import type { Handler, Route } from '../router.ts';
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

export interface RouteOptions {
  assets: Handler;
  login: { show: Handler; submit: Handler; logout: Handler } | null;
}

export function dashboardRoutes(opts: RouteOptions): Route[] {
  const routes: Route[] = [
    { method: 'GET', pattern: '/', handler: ringkasanPage },
    { method: 'GET', pattern: '/indikator', handler: indicatorListPage },
    { method: 'GET', pattern: '/indikator/:no', handler: indicatorPage },
    { method: 'POST', pattern: '/indikator/:no/penilaian', handler: saveAssessmentForm },
    { method: 'GET', pattern: '/opd', handler: opdListPage },
    { method: 'GET', pattern: '/opd/:kode', handler: opdPage },
    { method: 'GET', pattern: '/dokumen', handler: documentListPage },
    { method: 'GET', pattern: '/dokumen/:sha', handler: documentPage },
    { method: 'POST', pattern: '/dokumen/:sha/keputusan', handler: decisionForm },
    { method: 'GET', pattern: '/berkas/:sha', handler: archivedFile },
    { method: 'GET', pattern: '/tinjau', handler: reviewPage },
    { method: 'POST', pattern: '/tinjau/keputusan', handler: bulkDecisionForm },
    { method: 'GET', pattern: '/cari', handler: searchPage },
    { method: 'GET', pattern: '/laporan', handler: reportsPage },
    { method: 'POST', pattern: '/laporan/:jenis', handler: startJobForm },
    { method: 'GET', pattern: '/unduh/:nama', handler: downloadOutput },
    { method: 'GET', pattern: '/peninjau', handler: reviewerPage },
    { method: 'POST', pattern: '/peninjau', handler: saveReviewer },
    { method: 'GET', pattern: '/peristiwa', handler: eventStream },
    { method: 'GET', pattern: '/aset/:nama', handler: opts.assets },
    { method: 'GET', pattern: '/api/ringkasan', handler: ringkasanApi },
    { method: 'GET', pattern: '/api/indikator/:no', handler: indicatorApi },
    { method: 'POST', pattern: '/api/penilaian', handler: saveAssessmentApi },
    { method: 'GET', pattern: '/api/opd/:kode', handler: opdApi },
    { method: 'GET', pattern: '/api/dokumen/:sha', handler: documentApi },
    { method: 'POST', pattern: '/api/keputusan', handler: decisionApi },
    { method: 'GET', pattern: '/api/tinjau', handler: reviewApi },
    { method: 'POST', pattern: '/api/tinjau', handler: bulkDecisionApi },
    { method: 'GET', pattern: '/api/cari', handler: searchApi },
    { method: 'GET', pattern: '/api/keluaran', handler: outputsApi },
    { method: 'GET', pattern: '/api/pekerjaan', handler: jobsApi },
    { method: 'GET', pattern: '/api/pekerjaan/:id', handler: jobApi },
    { method: 'POST', pattern: '/api/laporan/:jenis', handler: startJobApi },
  ];
  if (opts.login) {
    routes.push(
      { method: 'GET', pattern: '/masuk', handler: opts.login.show },
      { method: 'POST', pattern: '/masuk', handler: opts.login.submit },
      { method: 'POST', pattern: '/keluar', handler: opts.login.logout },
    );
  }
  return routes;
}

/** Paths reachable without the access token: the login form and the assets it uses. */
export function isPublicPath(method: string, path: string): boolean {
  return path === '/masuk' || (method === 'GET' && path.startsWith('/aset/'));
}
