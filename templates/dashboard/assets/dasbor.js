// eviden dashboard: live updates over server-sent events, render-job progress, the penjelasan editor, and the review
// queue's selection and keyboard shortcuts.
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
      url.searchParams.delete('jumlah');
      window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    }
  }

  function userIsEditing() {
    var active = document.activeElement;
    var typing = active && /^(TEXTAREA|SELECT|INPUT)$/.test(active.tagName) && active.type !== 'submit' && active.type !== 'search';
    return dirty || Boolean(typing) || hasSelection();
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
        restoreActiveRow();
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
    var useDraft = form.querySelector('[data-pakai-draf]');
    var draftText = form.querySelector('[data-teks-draf]');
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
    // A written penjelasan is replaced by the draft only after the user says so.
    if (useDraft && draftText) {
      useDraft.addEventListener('click', function () {
        var written = area.value.trim() !== '';
        if (written && !window.confirm('Ganti penjelasan yang sudah ditulis dengan draf? Perubahan baru tersimpan setelah Anda menekan "Simpan penilaian".')) return;
        area.value = draftText.textContent || '';
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

  // The review queue: tick boxes per document or all, count the choice, keyboard shortcuts (listed on the page).
  var activeRow = null;

  function reviewForm() {
    return document.querySelector('[data-tinjau]');
  }

  function rows() {
    var form = reviewForm();
    return form ? Array.prototype.slice.call(form.querySelectorAll('[data-baris]')) : [];
  }

  function boxes(scope) {
    return Array.prototype.slice.call(scope.querySelectorAll('input[data-pilih]'));
  }

  function updateCount() {
    var form = reviewForm();
    if (!form) return;
    var chosen = boxes(form).filter(function (b) { return b.checked; }).length;
    var counter = form.querySelector('[data-jumlah-pilih]');
    if (counter) counter.textContent = chosen + ' dipilih';
    rows().forEach(function (row) {
      var own = boxes(row);
      var all = row.querySelector('[data-pilih-baris]');
      if (all) all.checked = own.length > 0 && own.every(function (b) { return b.checked; });
    });
  }

  function hasSelection() {
    var form = reviewForm();
    return Boolean(form) && boxes(form).some(function (b) { return b.checked; });
  }

  function setActive(row, scroll) {
    if (activeRow) activeRow.classList.remove('aktif');
    activeRow = row;
    if (!row) return;
    row.classList.add('aktif');
    if (scroll) row.scrollIntoView({ block: 'center' });
  }

  // After a decision the server sends the browser to the next row (#dok-…): make it the active one.
  function restoreActiveRow() {
    var list = rows();
    if (list.length === 0) return;
    var fromHash = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    var keep = activeRow && activeRow.id ? document.getElementById(activeRow.id) : null;
    var row = keep || (fromHash && fromHash.hasAttribute('data-baris') ? fromHash : null);
    setActive(row || list[0], false);
  }

  function move(step) {
    var list = rows();
    if (list.length === 0) return;
    var at = list.indexOf(activeRow);
    var next = list[Math.min(list.length - 1, Math.max(0, at + step))];
    setActive(next, true);
  }

  function submitDecision(verb) {
    var form = reviewForm();
    if (!form) return;
    var chosen = boxes(form).some(function (b) { return b.checked; });
    var value = chosen ? verb : activeRow ? verb + '@' + activeRow.getAttribute('data-baris') : null;
    var button = value && form.querySelector('button[name="aksi"][value="' + CSS.escape(value) + '"]');
    if (!button || button.disabled) return;
    if (form.requestSubmit) form.requestSubmit(button);
    else button.click();
  }

  document.addEventListener('change', function (event) {
    var target = event.target;
    if (!target || !reviewForm() || !reviewForm().contains(target)) return;
    if (target.hasAttribute('data-pilih-semua')) {
      boxes(reviewForm()).forEach(function (b) { b.checked = target.checked; });
    } else if (target.hasAttribute('data-pilih-baris')) {
      var row = target.closest('[data-baris]');
      if (row) boxes(row).forEach(function (b) { b.checked = target.checked; });
    }
    updateCount();
  });

  document.addEventListener('keydown', function (event) {
    if (!reviewForm() || event.ctrlKey || event.metaKey || event.altKey) return;
    var active = document.activeElement;
    var typing = active && /^(TEXTAREA|SELECT|INPUT)$/.test(active.tagName) && active.type !== 'checkbox';
    if (event.key === 'Escape') {
      if (active && active.blur) active.blur();
      return;
    }
    if (typing) return;
    var help = document.getElementById('pintasan');
    switch (event.key) {
      case 'j': move(1); break;
      case 'k': move(-1); break;
      case 'x': {
        if (!activeRow) return;
        var own = boxes(activeRow);
        var all = own.every(function (b) { return b.checked; });
        own.forEach(function (b) { b.checked = !all; });
        updateCount();
        break;
      }
      case 's': submitDecision('terima'); break;
      case 't': submitDecision('tolak'); break;
      case 'c': {
        var note = document.getElementById('catatan-massal');
        if (note) note.focus();
        break;
      }
      case 'o': {
        var link = activeRow && activeRow.querySelector('[data-buka]');
        if (link) window.location.href = link.href;
        break;
      }
      case '/': {
        var filter = document.getElementById('saring-opd');
        if (filter) filter.focus();
        break;
      }
      case '?': if (help) help.open = !help.open; break;
      default: return;
    }
    event.preventDefault();
  });

  window.addEventListener('beforeunload', function (event) {
    if (dirty) event.preventDefault();
  });

  dropNotice();
  bindEditor();
  restoreActiveRow();
  updateCount();
  connect();
})();
