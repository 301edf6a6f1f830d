// The CSV and JSON exports are written by the engine's JS API (api/, built beside the page by
// scripts/build.sh), loaded on the first export and kept for the page's life: so their code is
// not part of the calculator's first load (docs/performance.md). Only the page's own files are
// fetched; the answers are handed to the module in memory and never leave the page. The service
// worker keeps the module once loaded, for exports with the network off. Inlined (index.html).
window.srdiApi = function (name, args) {
  var loaded = window.srdiApiLoaded || (window.srdiApiLoaded = import('./api/srdi_api.js').then(function (m) {
    return m.default().then(function () { return m; });
  }));
  // A failed load (offline before the first export) is tried again on the next click.
  loaded.catch(function () { window.srdiApiLoaded = null; });
  return loaded.then(function (m) { return m[name].apply(null, args); });
};
