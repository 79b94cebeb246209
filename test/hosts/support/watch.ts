/**
 * Watches a Playwright page for everything a host page must never show: console errors, uncaught
 * errors, failed or refused requests (4xx/5xx included), and Content-Security-Policy / Trusted
 * Types violations (console messages, and the `securitypolicyviolation` events report.js records).
 * Warnings are kept apart: a test decides which ones it expects.
 */
import type { ConsoleMessage, Page } from 'playwright-core';

export interface PageProblems {
  errors: string[];
  warnings: string[];
  /** CSP / Trusted Types messages of any console level. */
  csp: string[];
}

const CSP_TEXT = /content security policy|trusted ?type|securitypolicyviolation|CSP violation/i;

export function watchPage(page: Page, options: { ignoreUrls?: RegExp } = {}): PageProblems {
  const problems: PageProblems = { errors: [], warnings: [], csp: [] };
  const where = (m: ConsoleMessage) => {
    const loc = m.location();
    return loc.url ? ` (${loc.url.replace(/^https?:\/\/[^/]+/, '')}:${loc.lineNumber})` : '';
  };
  page.on('console', (m) => {
    const text = `${m.text()}${where(m)}`;
    if (CSP_TEXT.test(m.text())) problems.csp.push(`[${m.type()}] ${text}`);
    if (m.type() === 'error') problems.errors.push(`console.error: ${text}`);
    else if (m.type() === 'warning') problems.warnings.push(m.text());
  });
  page.on('pageerror', (e) => problems.errors.push(`uncaught: ${e.name}: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (options.ignoreUrls?.test(r.url())) return;
    problems.errors.push(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !options.ignoreUrls?.test(r.url())) problems.errors.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  return problems;
}

/** The violations report.js recorded in the page (securitypolicyviolation events). */
export async function recordedViolations(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { __sppHostViolations?: unknown[] }).__sppHostViolations ?? ['report.js did not run']);
}

export interface WidgetState {
  tag: string;
  id: string;
  shadow: boolean;
  /** Elements in the shadow root. */
  elements: number;
  /** The shadow root's visible text, whitespace collapsed. */
  text: string;
}

/** Every spp-* element in the page (the provider aside) and what its shadow root holds. */
export async function widgetStates(page: Page, scope = 'body'): Promise<WidgetState[]> {
  return page.evaluate((scopeSelector) => {
    const root = document.querySelector(scopeSelector) ?? document.body;
    return [...root.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('spp-') && el.localName !== 'spp-provider')
      .map((el) => {
        const sr = el.shadowRoot;
        // innerText ignores display:none / hidden content, so a message shown is a message read.
        const text = sr ? [...sr.children].map((c) => (c as HTMLElement).innerText ?? c.textContent ?? '').join(' ') : '';
        return {
          tag: el.localName,
          id: el.id || el.getAttribute('cycle-id') || '',
          shadow: Boolean(sr),
          elements: sr ? sr.querySelectorAll('*').length : 0,
          text: text.replace(/\s+/g, ' ').trim(),
        };
      });
  }, scope);
}

/**
 * Text that means a widget is not working (not connected, unreadable, refused) or not there yet:
 * a loading line, at the end ("Loading…") or after the heading ("Loading the strengths…").
 */
export const BROKEN_TEXT = /not connected|could not be (?:loaded|read)|no partnership called|cannot be read|is not a member|loading…?$|\bloading\b[^.…]*…/i;

/** Waits until every widget has a shadow root with content and none shows a broken/loading state. */
export async function waitForWidgets(page: Page, scope = 'body', timeoutMs = 20_000): Promise<WidgetState[]> {
  const until = Date.now() + timeoutMs;
  let states: WidgetState[] = [];
  while (Date.now() < until) {
    states = await widgetStates(page, scope);
    if (states.length && states.every((s) => s.shadow && s.elements > 0 && s.text.length > 0 && !BROKEN_TEXT.test(s.text) && !/^loading/i.test(s.text))) return states;
    await page.waitForTimeout(200);
  }
  return states;
}
