// Each account's P&L since the start of day, drawn with Chart.js (the WebJar index.html also loads):
// the monitor's samples from /api/risk/pnl every thirty seconds, plus the live figure as the last point.
const REFRESH_MS = 30_000;
const COLOURS = ['#3b8eea', '#e5534b', '#d4a72c', '#3fb950', '#a371f7', '#db61a2'];

let chart;
let history = new Map();
let latest = new Map();

function datasets() {
  const accounts = [...new Set([...history.keys(), ...latest.keys()])].sort();
  return accounts.map((account, i) => {
    const points = (history.get(account) || []).slice();
    const now = latest.get(account);
    if (now) points.push(now);
    return { label: account, data: points, borderColor: COLOURS[i % COLOURS.length], borderWidth: 1.5, pointRadius: 0 };
  });
}

function draw() {
  const canvas = document.getElementById('pnl-chart');
  if (!canvas || !window.Chart) {
    document.getElementById('pnl-note').textContent = 'Chart library not loaded.';
    return;
  }
  const time = (value) => new Date(value).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  if (!chart) {
    chart = new window.Chart(canvas, {
      type: 'line',
      data: { datasets: [] },
      options: {
        animation: false,
        parsing: false,
        scales: { x: { type: 'linear', ticks: { callback: time, maxTicksLimit: 7 } }, y: { ticks: { maxTicksLimit: 6 } } },
      },
    });
  }
  chart.data.datasets = datasets();
  chart.update();
}

async function refresh() {
  try {
    const answer = await fetch('api/risk/pnl');
    if (!answer.ok) throw new Error(answer.statusText);
    const view = await answer.json();
    history = new Map(view.accounts.map((s) => [s.account, s.points.map((p) => ({ x: Date.parse(p.at), y: Number(p.pnl) }))]));
    const count = view.accounts.reduce((n, s) => n + s.points.length, 0);
    document.getElementById('pnl-note').textContent = view.startOfDayDate
      ? count + ' samples since the start of day ' + view.startOfDayDate : 'No start-of-day file yet.';
    draw();
  } catch (e) {
    document.getElementById('pnl-note').textContent = 'P&L history unavailable: ' + e.message;
  }
}

/** The live risk view's totals, as the newest point of each line. */
export function showLivePnl(view) {
  const now = Date.now();
  latest = new Map(view.accounts.map((a) => [a.account, { x: now, y: Number(a.total.pnl) }]));
  if (chart) draw();
}

export function startPnlChart() {
  refresh();
  setInterval(refresh, REFRESH_MS);
}
