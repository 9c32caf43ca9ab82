import { expect, waitUntil } from '@open-wc/testing';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Runs the plain HTML example's page against the sources: its markup, and its module script
 * with the browser module's import pointed at `src/browser.ts`.
 */
async function openExample(): Promise<HTMLElement> {
  const page = new DOMParser().parseFromString(await (await fetch('/examples/plain-html/index.html')).text(), 'text/html');
  const host = document.createElement('div');
  host.append(...[...page.body.children].filter((node) => node.localName !== 'script').map((node) => document.importNode(node, true)));
  document.body.append(host);
  const script = document.createElement('script');
  script.type = 'module';
  script.textContent = page.querySelector('script[type="module"]')!.textContent!.replace('./sales-line-elements.min.js', BROWSER_MODULE);
  host.append(script);
  return host;
}

const BROWSER_MODULE = '/packages/elements/src/browser.ts';

describe('examples/plain-html', () => {
  // The first load transforms all of core and the elements from source: do it once, up front.
  before(async function () {
    this.timeout(60_000);
    await import(`${location.origin}${BROWSER_MODULE}`);
  });

  it('puts a live board on the page whose moves reach the line and the page hears them', async () => {
    const host = await openExample();
    const board = host.querySelector('sales-line-board')!;
    await waitUntil(() => board.shadowRoot?.querySelector('.card[data-lead-id="L-1"]'), 'the example board rendered its leads', { timeout: 5000 });
    board.shadowRoot!.querySelector<HTMLElement>('.card[data-lead-id="L-1"] [part~="card-move-button"]')!.click();
    await waitUntil(() => board.shadowRoot!.querySelector('[role="menuitem"][data-stage="contacted"]'), 'the move menu opened');
    board.shadowRoot!.querySelector<HTMLElement>('[role="menuitem"][data-stage="contacted"]')!.click();
    await waitUntil(() => text(host.querySelector('#last-move')) === 'L-1 → contacted', `the page heard the move (got "${text(host.querySelector('#last-move'))}")`);
    board.shadowRoot!.querySelector<HTMLElement>('.card[data-lead-id="L-1"] [part~="card-move-button"]')!.click();
    await waitUntil(() => board.shadowRoot!.querySelector('[role="menuitem"][data-stage="proposal"]'), 'the move menu opened again');
    board.shadowRoot!.querySelector<HTMLElement>('[role="menuitem"][data-stage="proposal"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(text(host.querySelector('#last-move')), 'a stage the config does not allow is disabled in the menu').to.equal('L-1 → contacted');
    host.remove();
  });
});
