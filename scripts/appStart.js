// Inlined into every built page (scripts/pagesPlugin.ts; allowed by its hash in the Content-Security-Policy).
// The app's script comes with the page, preloaded (<link rel="modulepreload" id="app-script">), and runs when
// its evaluation and hydration (a few hundred ms on a slow phone) are least in the person's way: at once when
// nothing has been done yet, or when the person waits for it; else right after the next tap's or key's screen
// is painted, as the person reads it, and one second after it arrived at the latest (the early walker answers
// meanwhile: src/early/walker.ts).
(function () {
  var link = document.getElementById('app-script');
  var arrived = false;
  var started = false;
  function start() {
    if (started) return;
    started = true;
    import(link.href).catch(function (error) {
      console.error('the app could not be loaded:', error);
    });
  }
  function afterPaint() {
    if (!arrived) return;
    requestAnimationFrame(function () {
      setTimeout(start);
    });
  }
  function ready() {
    arrived = true;
    var early = window.__pluisEarly;
    // Waited for: a tap or a language marked busy by the walker, or the municipality question, which needs the app.
    var waiting = document.querySelector('#root [aria-busy="true"], #root [role="combobox"]');
    if (!early || !early.log.length || waiting) start();
    else setTimeout(start, 1000);
  }
  if (!link.relList.supports('modulepreload')) return start();
  addEventListener('click', afterPaint, true);
  addEventListener('input', afterPaint, true);
  link.addEventListener('load', ready);
  link.addEventListener('error', ready);
  // Should the preload ever end before its events are listened to: seen by the page's own load.
  addEventListener('load', function () {
    if (!arrived && performance.getEntriesByName(link.href).length) ready();
  });
})();
