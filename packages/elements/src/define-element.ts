/** Defines a tag once; a second definition (two bundles on one page) is a no-op, not a throw. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
