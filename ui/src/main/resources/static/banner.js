// The risk-limit banner every page shows: open breaches, live from /api/risk/limits/stream.
const LIMIT_NAMES = { DELTA: 'delta', LOSS: 'loss' };

function number(value) {
  return value === null || value === undefined ? '–' : Number(value).toLocaleString('en-US', { maximumFractionDigits: 4 });
}

function render(view) {
  const banner = document.getElementById('risk-banner');
  if (!banner) return;
  banner.replaceChildren();
  document.body.dataset.breaches = String(view.breaches.length);
  banner.hidden = view.breaches.length === 0;
  if (banner.hidden) return;
  const title = document.createElement('strong');
  title.textContent = view.breaches.length === 1 ? 'Risk limit breached: ' : view.breaches.length + ' risk limits breached: ';
  banner.appendChild(title);
  view.breaches.forEach((breach, i) => {
    const item = document.createElement('span');
    item.className = 'breach';
    item.dataset.account = breach.account;
    item.dataset.limit = breach.limit;
    const since = new Date(breach.since).toLocaleTimeString('en-GB', { hour12: false });
    item.textContent = (i ? ' · ' : '') + breach.account + ' ' + LIMIT_NAMES[breach.limit] + ' ' + number(breach.value)
      + ' beyond ' + number(breach.threshold) + ' since ' + since;
    banner.appendChild(item);
  });
}

export function startBanner() {
  // The browser reconnects by itself; the banner keeps its last state meanwhile.
  const source = new EventSource('api/risk/limits/stream');
  source.addEventListener('limits', (event) => render(JSON.parse(event.data)));
}

startBanner();
