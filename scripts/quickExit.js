// Inlined first into every page (scripts/pagesPlugin.ts; allowed by its hash in the Content-Security-Policy),
// so that quick exit works from the first byte: on a slow phone the app's script takes seconds to arrive.
// The link [data-quick-exit] leaves even without JavaScript (a plain link to the neutral site); here it
// leaves with replace(), so that this page is not the one Back returns to, and Shift pressed three times
// does the same. Once the app runs, it takes the leaving over and hears the count, for the screen-reader
// announcement: window.__pluisExit, typed in src/early/handover.ts (`leave`: src/ui/lib/quickExit.ts empties
// its state, the clipboard and its history entry). Memory only.
(function () {
  var NEUTRAL_SITE = __NEUTRAL_SITE__;
  var PRESSES = 3;
  var WITHIN_MS = 5000;
  var presses = 0;
  var lone = false;
  var timer;
  function count(n) {
    presses = n;
    var app = window.__pluisExit;
    if (app && app.pressed) app.pressed(n);
  }
  function leave() {
    var app = window.__pluisExit;
    if (app && app.leave) return app.leave();
    document.title = '';
    if (document.body) document.body.textContent = '';
    var gone = false;
    // Once: Back's popstate and the timer that stands in for it may both come (src/ui/lib/quickExit.ts).
    function go() {
      if (gone) return;
      gone = true;
      location.replace(NEUTRAL_SITE);
    }
    // The early walker (src/early/walker.ts) may have put an entry ahead of the first: step back onto the
    // first before replacing it, so that no entry of the check stays behind the neutral page.
    if (!history.state || history.state.pluis !== 'ahead') return go();
    addEventListener('popstate', go, { once: true });
    setTimeout(go, 300);
    history.back();
  }
  document.addEventListener(
    'click',
    function (event) {
      var link = event.target.closest && event.target.closest('[data-quick-exit]');
      if (!link) return;
      event.preventDefault();
      leave();
    },
    true,
  );
  // Count Shift on keyup: Shift+A also ends with a Shift keyup, and only a lone Shift may count
  // (typing capitals must never leave the site). Any other key starts the count again.
  document.addEventListener(
    'keydown',
    function (event) {
      lone = event.key === 'Shift' && !event.repeat;
      if (event.key !== 'Shift' && presses > 0) {
        clearTimeout(timer);
        count(0);
      }
    },
    true,
  );
  document.addEventListener(
    'keyup',
    function (event) {
      if (event.key !== 'Shift' || !lone) return;
      lone = false;
      clearTimeout(timer);
      if (presses + 1 >= PRESSES) {
        count(0);
        leave();
        return;
      }
      count(presses + 1);
      timer = setTimeout(function () {
        count(0);
      }, WITHIN_MS);
    },
    true,
  );
})();
