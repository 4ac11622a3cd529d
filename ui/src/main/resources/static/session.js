// Who is signed in, on every page's bar: the user, a sign-out button (a POST with the CSRF token)
// and, for operators only, the link to the operations page. A viewer's page has no operator controls.
import { csrfToken } from './csrf.js';

function signOutForm() {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = 'logout';
  form.className = 'sign-out';
  const token = document.createElement('input');
  token.type = 'hidden';
  token.name = '_csrf';
  token.value = csrfToken();
  const button = document.createElement('button');
  button.type = 'submit';
  button.id = 'sign-out';
  button.textContent = 'Sign out';
  form.append(token, button);
  return form;
}

async function showSession() {
  const answer = await fetch('api/me');
  if (!answer.ok) return;
  const me = await answer.json();
  const bar = document.querySelector('header.bar');
  if (!bar) return;
  if (me.roles.includes('operator')) {
    const link = document.createElement('a');
    link.href = 'operations.html';
    link.id = 'operations-link';
    link.textContent = 'Operations';
    if (window.location.pathname.endsWith('/operations.html')) link.setAttribute('aria-current', 'page');
    bar.querySelector('nav.pages')?.appendChild(link);
  }
  const session = document.createElement('div');
  session.className = 'session';
  const user = document.createElement('span');
  user.id = 'user';
  user.textContent = me.name;
  user.dataset.roles = me.roles.join(' ');
  session.append(user, signOutForm());
  bar.appendChild(session);
}

showSession();
