// The session's CSRF token, from the XSRF-TOKEN cookie the server sets (readable by design; ADR
// 0021). Every state-changing request of a page sends it: forms as _csrf, fetch as X-XSRF-TOKEN.

export function csrfToken() {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** A POST from a page, with the token; resolves to the Response. */
export function post(path) {
  return fetch(path, { method: 'POST', headers: { 'X-XSRF-TOKEN': csrfToken(), Accept: 'application/json' } });
}
