// The demo's service worker: keeps the page and its scripts so it reopens without a connection
// (a reviewer whose Wi-Fi drops can reload and go on). Records never pass through here: the API
// (/api/) always goes to the network, and what a person types waits in the page's own outbox.
const SHELL = 'spp-demo-shell-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      // Every file of this build, listed by the build itself.
      const files = await (await fetch('./precache.json', { cache: 'no-store' })).json();
      await cache.addAll(['./', ...files]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== SHELL) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    // The page: the network's when there is one (a newer build), the kept one when not.
    event.respondWith(
      (async () => {
        const cache = await caches.open(SHELL);
        try {
          const fresh = await fetch(request);
          if (fresh.ok) await cache.put('./', fresh.clone());
          return fresh;
        } catch {
          return (await cache.match('./', { ignoreVary: true })) ?? Response.error();
        }
      })(),
    );
    return;
  }
  // Scripts and styles have the build's hash in their names: a kept copy is the right one.
  event.respondWith(
    (async () => {
      const cache = await caches.open(SHELL);
      // The server varies its answers on Origin (for CORS); a module script asks with one, the install without.
      const kept = await cache.match(request, { ignoreVary: true });
      if (kept) return kept;
      const fresh = await fetch(request);
      if (fresh.ok) await cache.put(request, fresh.clone());
      return fresh;
    })(),
  );
});
