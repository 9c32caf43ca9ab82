// The page's one way to the server: JSON in, `{ status, data }` out, never a throw on a 4xx.

export const $ = (selector) => document.querySelector(selector);

export async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  return { status: response.status, data };
}

/** A server refusal as a message and the list of its issues (each naming its place). */
export function renderRefusal(target, status, data) {
  const message = document.createElement('p');
  message.textContent = data.error ?? `The server answered ${status}.`;
  const list = document.createElement('ul');
  for (const issue of data.issues ?? []) {
    const item = document.createElement('li');
    item.textContent = `${issue.where ?? issue.path?.join('.') ?? ''}: ${issue.message}`;
    list.append(item);
  }
  target.replaceChildren(message, ...(list.childElementCount > 0 ? [list] : []));
}
