import { createRoot, hydrateRoot } from 'react-dom/client';
import { startI18n } from './i18n/i18n.ts';
import { addressOf, startLanguage } from './i18n/language.ts';
import { takeOverEarlyWalk, walkWaitedForMunicipality } from './ui/earlyWalk.ts';
import { leftByQuickExit } from './ui/lib/quickExit.ts';
import { Root } from './ui/Root.tsx';
import './ui/styles.css';

const language = startLanguage(window.location.pathname, navigator.languages ?? [navigator.language]);
// Whatever the address held (another language, a query, a hash), from here on it is just the language.
// The entry keeps its state: the early walker may have marked it (src/ui/hooks/useOneHistory.ts).
window.history.replaceState(window.history.state, '', addressOf(language));

window.addEventListener('pageshow', (event) => {
  if (event.persisted && leftByQuickExit()) window.location.reload();
});

// Without its words (offline on a first visit, a failed file) the page opens on the error screen, whose
// words come with the script.
const wordsFailed = await startI18n(language).then(
  () => false,
  () => true,
);
// The words come with the page now, so nothing above waits for the network: give the browser a turn
// before hydrating, so that evaluating the script and hydrating are two tasks, not one long one that
// blocks a tap (Lighthouse counts it as blocking time).
await new Promise((resolve) => setTimeout(resolve, 0));
const root = document.getElementById('root')!;
// The early walker may have answered questions before this script arrived: start where it is.
// (Taken over also when the words failed: the walker must stop, though its answers are not used then.)
const walk = takeOverEarlyWalk();
const app = <Root language={language} wordsFailed={wordsFailed} snapshot={wordsFailed ? undefined : walk?.snapshot} />;
// The language pages hold the first question already (scripts/pagesPlugin.ts), and the walker draws each
// next one exactly as React would (src/early/questionMarkup.ts): take it over if it is in this language,
// otherwise draw the page afresh. A mismatch would cost the user's focus: said in the console for the tests.
if (root.dataset.prerendered === language && !wordsFailed && !walkWaitedForMunicipality())
  hydrateRoot(root, app, { onRecoverableError: (error) => console.error('hydration:', error) });
else createRoot(root).render(app);

// The web app manifest (to install the app) is linked a little later: the first screen does not need it,
// and its icon would be one more request before the first screen works.
window.setTimeout(() => {
  const manifest = Object.assign(document.createElement('link'), { rel: 'manifest', href: '/manifest.webmanifest' });
  document.head.append(manifest);
}, 3000);

// Offline after the first visit. Registered once the page has loaded, so it never delays the first screen
// (by now it often has: the translation was awaited above).
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const register = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}
