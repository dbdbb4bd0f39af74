// Inlined into the bare address "/" only (scripts/pagesPlugin.ts), first thing in <head>: "/" shows the Dutch
// first question, so a browser that prefers Ukrainian or English goes to its own language's page before
// anything is painted, without waiting for the app's script. replace(): "/" does not stay in the history.
(function () {
  if (location.pathname !== '/' && location.pathname !== '/index.html') return;
  var ours = __LANGUAGES__;
  var preferred = navigator.languages || [navigator.language];
  for (var i = 0; i < preferred.length; i++) {
    var base = String(preferred[i]).toLowerCase().split('-')[0];
    if (ours.indexOf(base) < 0) continue;
    if (base !== ours[0]) location.replace('/' + base + '/');
    return;
  }
})();
