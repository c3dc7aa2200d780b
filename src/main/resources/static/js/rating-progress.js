// Polls a rating run's progress while it executes in the background, and reloads the page when it is
// done. The same approach as import-progress.js; a file of its own because the CSP allows no inline script.
(function () {
  'use strict';
  var box = document.getElementById('run-progress');
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
        bar.max = Math.max(p.total, 1);
        bar.value = p.processed;
        text.textContent = p.processed + ' / ' + p.total;
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
