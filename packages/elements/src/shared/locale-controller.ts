/**
 * Which language a widget speaks. A widget uses its own `lang`, else the nearest ancestor's
 * (walking up through shadow roots to their hosts, as Spectrum's language resolution does), else
 * `<html lang>`, else en-GB. It watches `lang` (on itself, its ancestors and `<html>`) and, when
 * it changes, loads that locale if needed (core's catalogue and the widgets' tables, each its own
 * module behind a static `import()`), then re-renders: templates keep what has been typed, since
 * drafts live in the widget's state, not in the DOM the re-render touches.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isLocaleLoaded, resolveLocale } from '@spp/core';
import { DEFAULT_LOCALE, isStringsLoaded, loadStrings } from './strings';

/** The language tag that applies to `element`: its own `lang`, an ancestor's across shadow roots, `<html lang>`. */
export function langOf(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang?.trim()) return lang.trim();
    }
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : (node.parentNode ?? (node instanceof ShadowRoot ? node.host : null));
  }
  return document.documentElement.getAttribute('lang')?.trim() || undefined;
}

export class LocaleController implements ReactiveController {
  /** The locale the widget renders in now: resolved (`cy-GB` → `cy`) and loaded. */
  locale = DEFAULT_LOCALE;
  /** The locale asked for, which may still be loading. */
  private wanted = DEFAULT_LOCALE;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.update());
    // Its own `lang`, then every tree it sits in: each shadow root up to the document (whose
    // subtree includes `<html>`), so a `lang` set on any ancestor is seen.
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    let root = this.host.getRootNode();
    while (root instanceof ShadowRoot) {
      this.observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      root = root.host.getRootNode();
    }
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    this.update();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Re-reads the language; renders in it at once when loaded, else once it has loaded. */
  update(): void {
    const wanted = resolveLocale(langOf(this.host));
    if (wanted === this.wanted && wanted === this.locale) return;
    this.wanted = wanted;
    if (isLocaleLoaded(wanted) && isStringsLoaded(wanted)) return this.use(wanted);
    // Until it loads, the widget stays in the language it has (en-GB at first).
    void loadStrings(wanted).then(
      (locale) => {
        if (this.wanted === wanted) this.use(locale);
      },
      () => undefined,
    );
  }

  private use(locale: string): void {
    if (locale === this.locale) return;
    this.locale = locale;
    this.host.requestUpdate();
  }
}
