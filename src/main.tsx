import { createRoot, hydrateRoot } from 'react-dom/client';
import { checkFromEarlyWalk, takeOverEarlyWalk } from './early/takeOver.ts';
import { flow } from './engine/shippedFlow.ts';
import { startI18n } from './i18n/i18n.ts';
import { addressOf, startLanguage } from './i18n/language.ts';
import { adoptEarlyResponses } from './load/earlyResponses.ts';
import { flowMachine } from './ui/hooks/flowActor.ts';
import { leftByQuickExit } from './ui/lib/quickExit.ts';
import { Root } from './ui/Root.tsx';
import './ui/styles.css';

const language = startLanguage(window.location.pathname, navigator.languages ?? [navigator.language]);
// Whatever the address held (another language, a query, a hash), from here on it is just the language.
// The entry keeps its state: the early walker may have marked it (src/early/oneHistory.ts).
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
// The early walker may have answered questions before this script arrived: the check starts where it is,
// from what the person did, and what waited for the app follows once its screen is taken over. (Taken over
// also when the words failed: the walker must stop, though what it kept is not used then.)
const early = takeOverEarlyWalk();
adoptEarlyResponses(early.fetched);
const start = wordsFailed
  ? { snapshot: undefined, waiting: [{ type: 'FAIL' } as const] }
  : checkFromEarlyWalk(flowMachine, flow, language, early.log);
const app = <Root language={language} snapshot={start.snapshot} waiting={start.waiting} />;
// The language pages hold the first question already (scripts/pagesPlugin.ts), and the walker draws each
// next one with the app's own views (src/views/): take it over if it is in this language, otherwise draw
// the page afresh. A mismatch would cost the user's focus: said in the console for the tests.
if (root.dataset.prerendered === language && !wordsFailed)
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
