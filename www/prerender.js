// The start of the page's first screen, inlined after <main id="app"> by scripts/prerender.mjs
// (the build), with the first screen itself inside <main>: what the app shows a first visit,
// rendered by the app at build time, so that the result is on the screen as soon as the HTML
// is, before the wasm has even arrived. The app replaces it with the same DOM when it starts
// (src/lib.rs start()).
//
// The pre-render is the app's first screen only for a first visit on a day of the steady span
// it was built for (the engine's `catalogue::steady_span`: the days on which an answer-less
// profile gets the same result, stamped as data-from / data-until). Otherwise (answers in the
// link, answers or English kept on this device, another span) it is removed here and the page
// waits for the app, as it would without it. Until the app starts, it cannot be used (inert).
//
// Performance marks, for the start-up benchmark (scripts/bench/page.mjs): `first-result` when
// a result is first on the screen (here, or when the app starts), `app-ready` when the app has
// started and answers input.
(function () {
  var app = document.getElementById('app');
  var now = new Date();
  var two = function (n) { return (n < 10 ? '0' : '') + n; };
  var today = now.getFullYear() + '-' + two(now.getMonth() + 1) + '-' + two(now.getDate());
  var from = app.getAttribute('data-from');
  var until = app.getAttribute('data-until');
  var kept = false;
  try {
    // The keys of src/prefs.rs.
    kept = localStorage.getItem('srdi-calculator.lang') === 'en' ||
      localStorage.getItem('srdi-calculator.answers') !== null ||
      localStorage.getItem('srdi-calculator.clients') !== null;
  } catch (e) { /* storage blocked: the app cannot read it either */ }
  if (location.hash.length < 2 && !kept && (!from || today >= from) && (!until || today < until)) {
    // The evaluation date and the day the result is made are the visitor's today; a
    // <time data-fixed> (the rules' review date) is a day of the catalogue and stays.
    var times = app.getElementsByTagName('time');
    for (var i = 0; i < times.length; i++) if (!times[i].hasAttribute('data-fixed')) times[i].textContent = today;
    app.inert = true;
    app.setAttribute('aria-busy', 'true');
    performance.mark('first-result');
  } else {
    app.textContent = '';
  }
  // Trunk's loader fires this once the wasm's start() has run and Yew has built the page.
  addEventListener('TrunkApplicationStarted', function () {
    app.inert = false;
    app.removeAttribute('aria-busy');
    if (!performance.getEntriesByName('first-result').length) performance.mark('first-result');
    performance.mark('app-ready');
  }, { once: true });
})();
