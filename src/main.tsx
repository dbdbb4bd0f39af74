import { createRoot, hydrateRoot } from 'react-dom/client';
import { startI18n } from './i18n/i18n.ts';
import { addressOf, startLanguage } from './i18n/language.ts';
import { leftByQuickExit } from './ui/quickExit.ts';
import { Root } from './ui/Root.tsx';
import './ui/styles.css';

const language = startLanguage(window.location.pathname, navigator.languages ?? [navigator.language]);
// Whatever the address held (another language, a query, a hash), from here on it is just the language.
window.history.replaceState(null, '', addressOf(language));

window.addEventListener('pageshow', (event) => {
  if (event.persisted && leftByQuickExit()) window.location.reload();
});

// Without its words (offline on a first visit, a failed file) the page opens on the error screen, whose
// words come with the script.
const wordsFailed = await startI18n(language).then(
  () => false,
  () => true,
);
const root = document.getElementById('root')!;
const app = <Root language={language} wordsFailed={wordsFailed} />;
// The language pages hold the first question already (scripts/pagesPlugin.ts): take it over if it is
// in this language, otherwise draw the page afresh.
if (root.dataset.prerendered === language && !wordsFailed) hydrateRoot(root, app);
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
