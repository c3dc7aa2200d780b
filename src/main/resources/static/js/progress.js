// Polls the progress of work running in the background (an import batch being validated or applied, a
// rating run) and reloads the page when it is done. The page marks the box with data-url (the API that
// answers {progress: {processed, total, finished}}) and data-running. A file of its own: the CSP allows
// no inline script.
(function () {
  'use strict';
  var box = document.querySelector('[data-url][data-running]');
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
