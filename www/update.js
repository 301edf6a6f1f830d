// The service worker (scripts/sw.template.js: offline after the first visit) and the notice of
// a new release. The browser checks sw.js whenever the page is opened; a new release's worker
// installs beside the running one and waits, and this offers it in both languages. A click
// lets it take over and reloads: the answers are kept, they are in the URL fragment. Without
// the click nothing changes under the user (the page and its cache stay one release). Plain
// JavaScript, inlined (index.html), so that the wasm carries none of it.
(function () {
  var sw = navigator.serviceWorker;
  if (!sw || !window.isSecureContext) return;
  var asked = false;
  function offer(worker) {
    // The first install has no page to replace: nothing to offer.
    if (!sw.controller || document.getElementById('update')) return;
    var banner = document.createElement('div');
    banner.className = 'update';
    banner.id = 'update';
    banner.setAttribute('role', 'status');
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.textContent = '有新版本 — 重新载入 / A new version is available — reload';
    button.onclick = function () {
      asked = button.disabled = true;
      worker.postMessage('activate');
    };
    banner.append(button);
    document.body.prepend(banner);
  }
  sw.addEventListener('controllerchange', function () { if (asked) location.reload(); });
  addEventListener('load', function () {
    // Kept for www/api.js: on a first visit an export waits for this worker's copy.
    (window.srdiWorker = sw.register('sw.js')).then(function (reg) {
      if (!reg) return; // service workers blocked (a test or pre-render context)
      if (reg.waiting) offer(reg.waiting);
      reg.addEventListener('updatefound', function () {
        var worker = reg.installing;
        if (worker) worker.addEventListener('statechange', function () { if (worker.state === 'installed') offer(worker); });
      });
    }, function () {});
  });
})();
