// The CSV and JSON exports are written by the engine's JS API (api/, built beside the page by
// scripts/build.sh), loaded on the first export and kept for the page's life: so their code is
// not part of the calculator's first load (docs/performance.md). Only the page's own files are
// fetched; the answers are handed to the module in memory and never leave the page. The service
// worker keeps the module once loaded, for exports with the network off. Inlined (index.html).
(function () {
  var loaded = null, tries = 0;
  window.srdiApi = function (name, args) {
    // A browser remembers a module that failed to load: a new try asks for it under a new name.
    loaded = loaded || import('./api/srdi_api.js' + (tries++ ? '?try=' + tries : '')).then(function (m) {
      return m.default().then(function () { return m; });
    });
    // A failed load (offline before the first export) is tried again on the next click.
    loaded.catch(function () { loaded = null; });
    return loaded.then(function (m) { return m[name].apply(null, args); });
  };
})();
