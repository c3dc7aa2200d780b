// Polls an import batch's progress while another request validates or applies it, and reloads the
// page when it is done. Loaded as a file of its own: the CSP allows no inline script.
(function () {
  'use strict';
  var box = document.getElementById('import-progress');
  if (!box || box.getAttribute('data-running') !== 'true') {
    return;
  }
  var bar = document.getElementById('progress-bar');
  var text = document.getElementById('progress-text');
  var url = box.getAttribute('data-url');

  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) {
        if (!answer) {
          return;
        }
        var p = answer.progress;
        if (p.total === null || p.total === undefined) {
          bar.removeAttribute('value');
          text.textContent = String(p.processed);
        } else {
          bar.max = Math.max(p.total, 1);
          bar.value = p.processed;
          text.textContent = p.processed + ' / ' + p.total;
        }
        if (p.finished) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  poll();
}());
