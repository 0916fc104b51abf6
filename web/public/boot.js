// boot.js - runs before the page's first paint (a classic script, not
// inline, so the site's Content-Security-Policy needs no 'unsafe-inline').
// Theme before first paint: the remembered choice, else the system's.
(function () {
  var t = null;
  try { t = localStorage.getItem('gopark.theme'); } catch (e) {}
  if (t !== 'light' && t !== 'dark') t = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.setAttribute('data-theme', t);
  // ?embed: the page inside an iframe, editor + console + panel only.
  if (/^\?(.*&)?embed(=|&|$)/.test(location.search)) document.documentElement.classList.add('gp-embed');
})();
// Static hosts that cannot send COOP/COEP: coi-sw.js adds them, after one
// reload, so the threaded engine can run. If anything fails, the page
// stays single-threaded.
(function () {
  if (window.crossOriginIsolated || !window.isSecureContext || !('serviceWorker' in navigator)) return;
  if (document.documentElement.classList.contains('gp-embed')) return;
  var key = 'gopark.coi-reloaded';
  var reload = function () {
    try {
      if (sessionStorage.getItem(key)) return;
      sessionStorage.setItem(key, '1');
    } catch (e) { return; }
    location.reload();
  };
  navigator.serviceWorker.register('coi-sw.js').then(function (reg) {
    if (!reg || navigator.serviceWorker.controller) return;
    if (reg.active) reload();
    else navigator.serviceWorker.addEventListener('controllerchange', reload);
  }, function () {});
})();
