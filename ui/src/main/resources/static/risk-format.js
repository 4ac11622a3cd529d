// Shared by the instruments and risk pages: numbers as the desk reads them, and small DOM helpers.
export function number(value, digits = 4) {
  if (value === null || value === undefined) return '–';
  return Number(value).toLocaleString('en-US', { maximumFractionDigits: digits });
}

export function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

export function signed(td, value) {
  if (value !== null && value !== undefined) td.classList.toggle('negative', Number(value) < 0);
  return td;
}

/** Opens an EventSource and hands each named event's JSON to render; the status element follows it. */
export function live(path, eventName, render, statusId = 'status') {
  const status = document.getElementById(statusId);
  const source = new EventSource(path);
  source.onopen = () => { status.dataset.state = 'live'; status.textContent = 'live'; };
  source.onerror = () => { status.dataset.state = 'reconnecting'; status.textContent = 'reconnecting'; };
  source.addEventListener(eventName, (event) => render(JSON.parse(event.data)));
  return source;
}
