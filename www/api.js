// The engine's JS API (api/), loaded on first use: src/api.rs says why and how.
(function () {
  var m = null, n = 0;
  window.srdiApi = function (f, a) {
    // A failed load is remembered by the browser: a new try asks under a new name.
    m = m || import('./api/srdi_api.js' + (n++ ? '?try=' + n : '')).then(function (x) { return x.default().then(function () { return x; }); });
    m.catch(function () { m = null; });
    return m.then(function (x) { return x[f].apply(null, a); });
  };
})();
