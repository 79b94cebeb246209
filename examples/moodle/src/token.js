// The token function the plugin gives every <spp-provider>: the provider (and its connection) call
// it before each request to the peer review server, so it must be quick and may refresh. It asks
// Moodle's token.php (POST, with the page's sesskey, this site's cookies) for a token Moodle signs
// for the signed-in user, and keeps it until a minute before it ends. The page never says who the
// user is: the server reads that from the token.
//
// - `forget()` drops the kept token: the plugin calls it on `spp-token-expired` (the server said
//   no to it), so the next call, a few seconds later, asks Moodle for a new one.
// - Moodle's session has ended, or is another one now (the sesskey no longer matches): no token
//   until the page is reloaded (a new login means a new sesskey); `onProblem` says so, once.
// - Moodle cannot be reached: the last token, if any (the server decides if it still holds).
// - Any other refusal (the plugin not set up, no email): `onProblem` with Moodle's message, and
//   the next call asks again.

/** Moodle's error codes for a session that is gone or replaced. */
const SESSION_ENDED = new Set(['requireloginerror', 'sessionerroruser', 'invalidsesskey']);
/** A token is renewed this long before it ends (tokens last 5 minutes). */
const RENEW_BEFORE_MS = 60_000;

/** Moodle's error messages are HTML (`&gt;`, a link): as plain text, for textContent. */
export function plainText(html) {
  return String(html)
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (m, e) => {
      const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()];
      if (named) return named;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    });
}

/**
 * @typedef {{ kind: 'session-ended' } | { kind: 'failed', message: string }} TokenProblem
 * @param {{
 *   tokenUrl: string,
 *   sesskey: string,
 *   fetch?: typeof fetch,
 *   now?: () => number,
 *   onProblem?: (problem: TokenProblem | undefined) => void,
 * }} options `onProblem(undefined)` when a token comes again after a problem.
 * @returns {(() => Promise<string | undefined>) & { forget(): void }}
 */
export function moodleToken({ tokenUrl, sesskey, fetch: doFetch = (...args) => fetch(...args), now = () => Date.now(), onProblem = () => {} }) {
  /** @type {{ token: string, renewAt: number } | undefined} */
  let kept;
  /** @type {Promise<string | undefined> | undefined} */
  let asking;
  let ended = false;
  let problem = false;

  const report = (next) => {
    if (!next && !problem) return;
    problem = Boolean(next);
    onProblem(next);
  };

  async function ask() {
    let response;
    try {
      response = await doFetch(tokenUrl, {
        method: 'POST',
        credentials: 'same-origin',
        cache: 'no-store',
        headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ sesskey }).toString(),
      });
    } catch {
      return kept?.token;
    }
    const body = await response.json().catch(() => undefined);
    const lifetimeMs = Number(body?.expiresIn) * 1000;
    if (response.ok && typeof body?.token === 'string' && body.token && lifetimeMs > 0) {
      kept = { token: body.token, renewAt: now() + Math.max(lifetimeMs - RENEW_BEFORE_MS, lifetimeMs / 2) };
      report(undefined);
      return kept.token;
    }
    kept = undefined;
    if (SESSION_ENDED.has(body?.errorcode)) {
      ended = true;
      report({ kind: 'session-ended' });
    } else {
      report({ kind: 'failed', message: typeof body?.error === 'string' ? plainText(body.error) : `HTTP ${response.status}` });
    }
    return undefined;
  }

  const token = async () => {
    if (ended) return undefined;
    if (kept && now() < kept.renewAt) return kept.token;
    asking ??= ask().finally(() => {
      asking = undefined;
    });
    return asking;
  };
  token.forget = () => {
    kept = undefined;
  };
  return token;
}
