// The exports' module (api/), loaded on the first export: see src/api.rs.
(function () {
  var loaded = null, tries = 0;
  window.srdiApi = function (name, args) {
    // A module that failed to load (offline) is remembered: a new try asks under a new name.
    loaded = loaded || import('./api/srdi_api.js' + (tries++ ? '?try=' + tries : '')).then(function (m) {
      return m.default().then(function () { return m; });
    });
    loaded.catch(function () { loaded = null; });
    return loaded.then(function (m) { return m[name].apply(null, args); });
  };
})();
