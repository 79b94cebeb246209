/**
 * Registers a custom element once. A page that loads the library twice (or two versions) gets a
 * console warning instead of the `NotSupportedError` that would stop the rest of its scripts.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor) console.warn(`<${tag}> is already defined by another copy of @spp/elements; keeping the first one.`);
    return;
  }
  customElements.define(tag, constructor);
}
