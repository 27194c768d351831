// eviden dashboard: live updates over server-sent events, render-job progress, the penjelasan editor.
// Plain browser JavaScript, no build step. The pages work without it; it only keeps them current.
(function () {
  'use strict';

  var body = document.body;
  var dirty = false;

  function main() {
    return document.getElementById('isi');
  }

  function setLive(state) {
    var el = document.getElementById('status-langsung');
    if (el) el.setAttribute('data-keadaan', state);
  }

  // The notice codes (?pesan=…) are for one view only: drop them so a reload does not repeat them.
  function dropNotice() {
    var url = new URL(window.location.href);
    if (url.searchParams.has('pesan')) {
      url.searchParams.delete('pesan');
      window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    }
  }

  function userIsEditing() {
    var active = document.activeElement;
    var typing = active && /^(TEXTAREA|SELECT|INPUT)$/.test(active.tagName) && active.type !== 'submit' && active.type !== 'search';
    return dirty || Boolean(typing);
  }

  function showReloadNotice() {
    var notice = document.getElementById('pemberitahuan-langsung');
    if (notice) notice.hidden = false;
  }

  // Replaces the page's content with a fresh copy from the server, keeping the scroll position.
  function refresh() {
    if (userIsEditing()) {
      showReloadNotice();
      return;
    }
    setLive('memuat');
    fetch(window.location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (res) {
        if (!res.ok) throw new Error('HTTP ' + res.status);
        return res.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var fresh = doc.getElementById('isi');
        if (!fresh || userIsEditing()) {
          showReloadNotice();
          return;
        }
        var y = window.scrollY;
        main().innerHTML = fresh.innerHTML;
        body.setAttribute('data-versi', doc.body.getAttribute('data-versi') || '');
        var badge = document.getElementById('jumlah-tinjau');
        var freshBadge = doc.getElementById('jumlah-tinjau');
        if (badge && freshBadge) badge.textContent = freshBadge.textContent;
        window.scrollTo(0, y);
        bindEditor();
        body.setAttribute('data-diperbarui', String(Date.now()));
        setLive('hidup');
      })
      .catch(function () {
        setLive('hidup');
        showReloadNotice();
      });
  }

  function onUpdate(event) {
    var data = JSON.parse(event.data);
    if (data.versi && data.versi !== body.getAttribute('data-versi')) refresh();
  }

  function onJob(event) {
    var job = JSON.parse(event.data);
    var item = document.querySelector('[data-pekerjaan="' + CSS.escape(job.id) + '"]');
    if (!item) {
      if (window.location.pathname === '/laporan') refresh();
      return;
    }
    if (job.status !== item.getAttribute('data-keadaan')) {
      refresh();
      return;
    }
    var bar = item.querySelector('progress');
    if (bar) {
      bar.max = Math.max(1, job.progress.total);
      bar.value = job.progress.done;
    }
    var label = item.querySelector('[data-label]');
    if (label) label.textContent = job.progress.label;
  }

  function connect() {
    if (body.hasAttribute('data-statis') || !window.EventSource) return;
    var source = new EventSource('/peristiwa');
    source.addEventListener('open', function () { setLive('hidup'); });
    source.addEventListener('error', function () { setLive('mati'); });
    source.addEventListener('pembaruan', onUpdate);
    source.addEventListener('pekerjaan', onJob);
  }

  // The penjelasan editor: a character counter, the fakta → analisis → justifikasi skeleton, unsaved-change guard.
  function bindEditor() {
    var form = document.querySelector('[data-formulir-penilaian]');
    if (!form) return;
    var area = form.querySelector('textarea');
    var counter = form.querySelector('[data-penghitung]');
    var insert = form.querySelector('[data-sisip-kerangka]');
    function count() {
      if (counter) counter.textContent = String(area.value.length);
    }
    form.addEventListener('input', function () {
      dirty = true;
      count();
    });
    form.addEventListener('submit', function () { dirty = false; });
    if (insert) {
      insert.addEventListener('click', function () {
        var skeleton = area.getAttribute('data-kerangka') || '';
        area.value = area.value.trim() === '' ? skeleton : area.value.replace(/\s*$/, '') + '\n\n' + skeleton;
        dirty = true;
        count();
        area.focus();
      });
    }
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (target && target.id === 'muat-ulang') {
      dirty = false;
      window.location.reload();
    }
  });

  window.addEventListener('beforeunload', function (event) {
    if (dirty) event.preventDefault();
  });

  dropNotice();
  bindEditor();
  connect();
})();
