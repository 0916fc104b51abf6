// coi-sw.js - a service worker for static hosts that cannot send headers.
// The playground registers it when the page is not cross-origin isolated;
// once it controls the page (after one reload), it adds COOP/COEP to the
// responses it passes on, so crossOriginIsolated becomes true and the
// threaded engine runs. Same-origin responses also get
// Cross-Origin-Resource-Policy so they may be embedded under require-corp.
'use strict';

self.addEventListener('install', () => { self.skipWaiting(); });
self.addEventListener('activate', (event) => { event.waitUntil(self.clients.claim()); });

function withIsolation(res, sameOrigin) {
  // Opaque and error responses cannot be rewritten; pass them as they are.
  if (res.status === 0 || res.type === 'opaque' || res.type === 'opaqueredirect') return res;
  const headers = new Headers(res.headers);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
  if (sameOrigin && !headers.has('Cross-Origin-Resource-Policy')) headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  // A cache-only request from another origin would throw in fetch().
  if (req.cache === 'only-if-cached' && req.mode !== 'same-origin') return;
  const url = new URL(req.url);
  const sameOrigin = url.origin === self.location.origin;
  if (!sameOrigin && req.mode !== 'navigate') return;
  event.respondWith(fetch(req).then((res) => withIsolation(res, sameOrigin)));
});
