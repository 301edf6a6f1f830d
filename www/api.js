// The engine's JS API (api/), loaded on first use, and the clauses: src/api.rs and
// src/clauses.rs say why and how.
(function () {
  var m = null, n = 0, c = 0;
  // The module is part of the first visit: the service worker fetches it with the page's files
  // (scripts/make-sw.mjs) and answers it from that copy. On a first visit, an export made
  // before the worker has taken the page over waits for it, so that nothing is requested
  // after load; without a worker (a browser that refuses them) the module is fetched on first
  // use, from the page's own api/ folder.
  function worker() {
    var sw = navigator.serviceWorker, reg = window.srdiWorker;
    if (!sw || sw.controller || !window.isSecureContext) return Promise.resolve();
    // Asked before the page's load event, when www/update.js registers the worker: wait for it.
    if (!reg) {
      return document.readyState === 'complete' ? Promise.resolve()
        : new Promise(function (ok) { addEventListener('load', ok); }).then(worker);
    }
    return reg.then(function (r) {
      // One still activating is about to claim the page: waited for too. (An activated one that
      // does not control the page, after a hard reload, never will: the network then.)
      var a = r && r.active, w = r && (r.installing || r.waiting || (a && a.state === 'activating' ? a : null));
      if (!w || sw.controller) return;
      return new Promise(function (ok) {
        sw.addEventListener('controllerchange', ok);
        w.addEventListener('statechange', function () { if (w.state === 'redundant') ok(); });
      });
    }, function () {});
  }
  // The clauses a line's details quote (src/clauses.rs), from the same copy: read once the
  // page has started; a failed read is tried again under a new name.
  window.srdiClauses = function (path) {
    return worker().then(function () { return fetch(path + (c++ ? '?try=' + c : '')); })
      .then(function (r) { if (!r.ok) throw r.status; return r.json(); });
  };
  window.srdiApi = function (f, a) {
    // A failed load is remembered by the browser: a new try asks under a new name.
    m = m || worker().then(function () { return import('./api/srdi_api.js' + (n++ ? '?try=' + n : '')); })
      .then(function (x) { return x.default().then(function () { return x; }); });
    m.catch(function () { m = null; });
    return m.then(function (x) { return x[f].apply(null, a); });
  };
})();
