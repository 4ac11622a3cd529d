// The last hour of the instrument's quotes from the DynamoDB history, drawn with Chart.js
// (a WebJar, loaded by index.html as the global Chart). Refreshed every ten seconds.
const HOUR_MS = 60 * 60 * 1000;
const REFRESH_MS = 10000;
const MAX_PAGES = 20;

let chart;

function pricePoint(item) {
  const price = item.price ?? (item.bid != null && item.ask != null ? (item.bid + item.ask) / 2 : null);
  return price == null ? null : { x: item.timestamp, y: Number(price) };
}

async function lastHour(instrument) {
  const to = new Date();
  const from = new Date(to.getTime() - HOUR_MS);
  const points = [];
  let cursor = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString(), limit: '1000' });
    if (cursor) query.set('cursor', cursor);
    const answer = await fetch('api/history/' + encodeURIComponent(instrument) + '?' + query);
    if (!answer.ok) throw new Error((await answer.json().catch(() => ({}))).detail || answer.statusText);
    const body = await answer.json();
    body.items.map(pricePoint).filter(p => p !== null).forEach(p => points.push(p));
    cursor = body.next;
    if (!cursor) break;
  }
  return { from: from.getTime(), to: to.getTime(), points };
}

function draw(canvas, range) {
  const time = value => new Date(value).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  if (!chart) {
    chart = new window.Chart(canvas, {
      type: 'line',
      data: { datasets: [{ label: 'Price', data: [], borderWidth: 1.5, pointRadius: 0, stepped: true }] },
      options: {
        animation: false,
        parsing: false,
        plugins: { legend: { display: false } },
        scales: {
          x: { type: 'linear', ticks: { callback: time, maxTicksLimit: 7 } },
          y: { ticks: { maxTicksLimit: 6 } },
        },
      },
    });
  }
  chart.data.datasets[0].data = range.points;
  chart.options.scales.x.min = range.from;
  chart.options.scales.x.max = range.to;
  chart.update();
}

export function startPriceChart(instrument) {
  const canvas = document.getElementById('price-chart');
  const note = document.getElementById('chart-note');
  if (!canvas || !window.Chart) {
    if (note) note.textContent = 'Chart library not loaded.';
    return;
  }
  async function refresh() {
    try {
      const range = await lastHour(instrument);
      draw(canvas, range);
      note.textContent = range.points.length ? range.points.length + ' quotes' : 'No quotes in the last hour.';
    } catch (e) {
      note.textContent = 'History unavailable: ' + e.message;
    }
  }
  refresh();
  setInterval(refresh, REFRESH_MS);
}
