// The service worker of "Is dit wel pluis?", written into dist/sw.js at build time with the list of files.
// It keeps one complete version of the app per cache, so that a page never gets a mix of old and new
// files: a new version is cached whole while the old one keeps serving, and takes over only when no
// page of the old one is open (no skipWaiting). It stores app files only, never answers.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `pluis-${VERSION}`;
const LANGUAGES = __LANGUAGES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('pluis-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// ignoreVary: the assets are fetched with crossorigin, so with an Origin header, and static servers
// answer "Vary: Origin"; without it the cached copies would never match offline.

/** Every address shows one of the three pages; the app itself sorts out the language. */
function pageFor(url) {
  const first = url.pathname.split('/').filter(Boolean)[0];
  return LANGUAGES.includes(first) ? `/${first}/index.html` : '/index.html';
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match(pageFor(url), { ignoreVary: true }))
        .then((page) => page ?? fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true, ignoreVary: true }))
      .then((hit) => hit ?? fetch(request)),
  );
});
