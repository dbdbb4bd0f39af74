// Inlined into the bare address "/" only (scripts/pagesPlugin.ts), first thing in <head>: "/" shows the Dutch
// first question, so a browser that prefers Ukrainian or English goes to its own language's page before
// anything is painted, without waiting for the app's script. A browser set to Russian or Belarusian gets
// Ukrainian (src/i18n/languages.ts, languageFallbacks). replace(): "/" does not stay in the history.
(function () {
  if (location.pathname !== '/' && location.pathname !== '/index.html') return;
  var ours = __LANGUAGES__;
  var fallbacks = __LANGUAGE_FALLBACKS__;
  var preferred = navigator.languages || [navigator.language];
  for (var i = 0; i < preferred.length; i++) {
    var base = String(preferred[i]).toLowerCase().split('-')[0];
    if (Object.prototype.hasOwnProperty.call(fallbacks, base)) base = fallbacks[base];
    if (ours.indexOf(base) < 0) continue;
    if (base !== ours[0]) location.replace('/' + base + '/');
    return;
  }
})();
