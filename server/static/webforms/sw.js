// Service worker for one volunteer's page, scope /key/<token>/. The server prepends
// VERSION (a hash of every file below), PRECACHE (the page, its manifest, app.js/css and
// the engine's files, all with hashed names) and LATER (engine chunks only map questions
// load, fetched once the worker is active so a first visit is offline-ready sooner), so a
// changed file means a new worker and a fresh cache. Forms, household lists and the outbox live in IndexedDB (see app.js); the
// OpenRosa calls and POST /submission go straight to the network.
/* global VERSION, PRECACHE, LATER */

const CACHE = "kieumau-shell-" + VERSION;
const SHELL = PRECACHE[0];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // Hashed names are immutable, so the HTTP cache may answer (no second download of what
      // the page itself just loaded); the page is private, no-cache and is fetched again.
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("kieumau-shell-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
      .then(() => {
        cacheLater(); // not awaited: the worker is active (offline-ready) meanwhile
      }),
  );
});

async function cacheLater() {
  const cache = await caches.open(CACHE);
  for (const url of LATER) {
    if (!(await cache.match(url))) await cache.add(url).catch(() => {}); // offline: next visit
  }
}

function timeout(ms) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), ms));
}

async function pageFirstFromNetwork(request) {
  // The page: fresh when the network answers quickly, else the kept copy (flight mode, or a
  // connection so slow that waiting would be worse than a page a few days old).
  const cache = await caches.open(CACHE);
  try {
    const response = await Promise.race([fetch(request), timeout(4000)]);
    if (response.ok) cache.put(SHELL, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(SHELL);
    if (kept) return kept;
    throw error;
  }
}

async function keptFirst(request) {
  // Hashed names never change content: the kept copy is always right.
  const kept = await caches.match(request, { ignoreVary: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return; // map tiles etc.: the network decides
  if (request.mode === "navigate" && url.pathname === new URL(SHELL, self.location.origin).pathname) {
    event.respondWith(pageFirstFromNetwork(request));
  } else if (url.pathname.startsWith("/webforms/a/") || PRECACHE.includes(url.pathname) || LATER.includes(url.pathname)) {
    event.respondWith(keptFirst(request));
  }
});
