// The page's last word when its WebAssembly stops. The release build compiles a Rust panic to a
// trap (no message formatting in the bundle), so the notice lives here rather than in a Rust
// panic hook: any uncaught WebAssembly.RuntimeError, from an event handler or from start-up,
// shows one banner in both languages with a plain reload link. The answers survive because
// they live in the URL fragment, which the link keeps. Built with DOM calls, not innerHTML.
// A start that failed (the loader's `srdi-failed`: a wasm refused by its integrity value,
// scripts/sri.mjs; or a script that did not load, such as a refused glue) shows the same notice.
(function () {
  var shown = false;
  function show(error, failed) {
    if (shown || !(failed || error instanceof WebAssembly.RuntimeError)) return;
    shown = true;
    console.error(error);
    var banner = document.createElement('div');
    banner.className = 'panic';
    banner.setAttribute('role', 'alert');
    var p = document.createElement('p');
    p.append('页面出现了意外错误。您的答案保存在地址栏的链接中，重新加载即可继续。',
      document.createElement('br'),
      'The page hit an unexpected error. Your answers are kept in the link; reload to carry on.');
    var a = document.createElement('a');
    a.className = 'reload';
    // A new query string forces a real reload; the fragment carries the answers.
    a.href = location.pathname + '?reload=' + Date.now() + location.hash;
    a.textContent = '重新加载 / Reload';
    banner.append(p, a);
    (document.body || document.documentElement).prepend(banner);
  }
  addEventListener('error', function (e) { show(e.error); });
  addEventListener('unhandledrejection', function (e) { show(e.reason); });
  addEventListener('srdi-failed', function (e) { show(e.detail, true); });
  // A script of the page that failed to load (the loader's import of a glue refused by its
  // integrity value): the app cannot start. Captured: error events do not bubble.
  addEventListener('error', function (e) { if (e.target && e.target.tagName === 'SCRIPT') show(e, true); }, true);
})();
