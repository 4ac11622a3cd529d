// The sign-in page: the form (with the session's CSRF token) when users are configured, and a
// link per OpenID Connect provider. Served at /login, open without sign-in.
import { csrfToken } from './csrf.js';

const NOTICES = {
  error: 'That user and password did not match. Try again.',
  'signed-out': 'You are signed out.',
};

function showNotice() {
  const params = new URLSearchParams(window.location.search);
  const key = Object.keys(NOTICES).find((name) => params.has(name));
  if (!key) return;
  const notice = document.getElementById('notice');
  notice.textContent = NOTICES[key];
  notice.dataset.kind = key;
  notice.hidden = false;
}

async function showOptions() {
  const answer = await fetch('login/options');
  const options = answer.ok ? await answer.json() : { form: true, providers: [] };
  const form = document.getElementById('form');
  form.hidden = !options.form;
  document.getElementById('csrf').value = csrfToken();
  const list = document.getElementById('providers');
  for (const provider of options.providers) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = provider.path;
    link.textContent = 'Sign in with ' + provider.name;
    item.appendChild(link);
    list.appendChild(item);
  }
}

showNotice();
showOptions();
