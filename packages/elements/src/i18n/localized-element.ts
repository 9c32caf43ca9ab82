import { LitElement } from 'lit';
import { formattersFor, type Formatters } from './formatters.ts';

/**
 * The widgets' common base: numbers follow the nearest `lang` (the element's own or an
 * ancestor's), as their text does. Resolved on connect and on a `lang` change, never in the
 * constructor, so the element stays SSR-safe.
 */
export class LocalizedElement extends LitElement {
  /** @internal */
  format: Formatters = formattersFor('en');

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#resolveLocale();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resolveLocale();
  }

  #resolveLocale(): void {
    const lang = nearestLang(this) || navigator.language || 'en';
    if (lang !== this.format.locale) {
      this.format = formattersFor(lang);
      this.requestUpdate();
    }
  }
}

/** The nearest `lang`, also across shadow roots: an element inside an app shell's shadow root still follows the page. */
function nearestLang(element: Element): string | null {
  for (let node: Element | null = element; node; ) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Reads a property a host handed in, turning a throw (a hostile getter, a wrong shape) into an error message. */
export function safely<T>(read: () => T): { value: T; error?: undefined } | { value?: undefined; error: string } {
  try {
    return { value: read() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
