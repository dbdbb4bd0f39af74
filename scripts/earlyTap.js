// Inlined into each language page (scripts/pagesPlugin.ts). The first question is in the HTML before the
// app's script has arrived; on a slow phone a tap in that time would do nothing. This keeps the tap, marks
// the button, and src/ui/useEarlyTap.ts answers with it as soon as the app runs. Memory only.
document.addEventListener(
  'click',
  function (event) {
    var option = event.target.closest && event.target.closest('[data-option]');
    if (!option || window.__pluisReady) return;
    window.__pluisTap = option.getAttribute('data-option');
    var chosen = document.querySelectorAll('[data-option].chosen');
    for (var i = 0; i < chosen.length; i++) chosen[i].classList.remove('chosen');
    option.classList.add('chosen');
    option.setAttribute('aria-busy', 'true');
  },
  true,
);
