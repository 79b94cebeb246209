// local_spp: connects the SPP peer-review widgets on a Moodle page to the partnership, as the
// signed-in Moodle user. Built (build.mjs) with every widget and @spp/core into one ES module,
// local_spp/js/spp-moodle.js, which the plugin's footer hook loads with <script type="module">.
// It never goes through RequireJS: an ES module does not look for AMD's `define`, so Moodle's
// `define.amd` can neither capture it nor make it throw "Mismatched anonymous define()".
//
// The plugin prints, before the script (attribute values escaped by html_writer):
//   <div id="spp-moodle-config" hidden data-email="<$USER->email>" data-partnership-id="p-…"
//        data-storage="http|indexeddb" data-api-base-url="https://…" data-database-name="spp-moodle"
//        data-user-key="<Moodle user id>"></div>
//
// Then, for every spp-* widget on the page (the plugin's view.php, a Page, a label, a block):
//   1. each widget that has no <spp-provider> around it is put inside one;
//   2. the store opens: the trust's HTTP API (docs/storage-http.md), or IndexedDB in this browser;
//   3. the partnership is read and the Moodle user is matched to a person by email (identity.js).
//      No match: each widget is replaced by a message, so no access;
//   4. widgets added later (Moodle's course editor updates sections in place) are connected too.
import '@spp/elements';
import { createStore, httpAdapter, indexedDbAdapter, localStorageQueue } from '@spp/core';
import { matchMoodleUser } from './identity.js';

export { matchMoodleUser };

export const MESSAGES = {
  notMember: 'Your Moodle account ({email}) is not the email of anyone in {partnership}. Ask your partnership lead to add it to your record in the partnership; until then the peer-review records are not shown.',
  noEmail: 'Your Moodle account has no email address, so it cannot be matched to a person in the partnership.',
  ambiguous: 'More than one person in {partnership} has the email {email}. Ask your partnership lead to correct the partnership record.',
  missing: 'The partnership “{id}” was not found in {where}. Ask your Moodle administrator to check the SPP plugin settings.',
  failed: 'The peer-review records could not be read from {where}: {reason}',
  badApi: 'The SPP storage address “{url}” is not an https:// address. Ask your Moodle administrator to check the SPP plugin settings.',
};
const format = (text, values) => text.replace(/\{(\w+)\}/g, (m, k) => values[k] ?? m);

const isWidget = (el) => el.localName.startsWith('spp-') && el.localName !== 'spp-provider';

/** A Moodle (Bootstrap) alert in place of a widget. Text only: user data never becomes markup. */
function alertFor(text) {
  const div = document.createElement('div');
  div.className = 'alert alert-warning spp-moodle-message';
  div.setAttribute('role', 'alert');
  div.textContent = text;
  return div;
}

/** The providers the widgets under `root` live in, wrapping those that have none. */
function providersIn(root) {
  const found = new Set();
  const candidates = root instanceof Element && isWidget(root) ? [root] : [];
  for (const el of root.querySelectorAll('*')) if (isWidget(el)) candidates.push(el);
  for (const el of candidates) {
    let provider = el.closest('spp-provider');
    if (!provider) {
      provider = document.createElement('spp-provider');
      provider.dataset.sppMoodle = 'wrapped';
      el.replaceWith(provider);
      provider.append(el);
    }
    found.add(provider);
  }
  if (root instanceof Element && root.localName === 'spp-provider') found.add(root);
  for (const el of root.querySelectorAll('spp-provider')) found.add(el);
  return [...found];
}

/** https everywhere; http only for a server on this machine (development, tests). */
function apiUrl(value) {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))) return url;
  } catch {
    /* not a URL */
  }
  return undefined;
}

/** The store the plugin settings name, or a message to show instead. */
export function openStore(config) {
  if (config.storage === 'http') {
    const url = apiUrl(config.apiBaseUrl ?? '');
    if (!url) return { message: format(MESSAGES.badApi, { url: config.apiBaseUrl ?? '' }) };
    const adapter = httpAdapter({
      baseUrl: url.href,
      // The Moodle session is not the API's: the trust's API decides how it signs people in. With a
      // cookie on its own domain, credentials must be sent cross-origin.
      credentials: url.origin === location.origin ? 'same-origin' : 'include',
      // Each person's unsent saves apart on a shared laptop.
      queue: localStorageQueue({ key: `spp-queue:${url.href}:${config.userKey ?? ''}` }),
      pollIntervalMs: 30_000,
    });
    return { store: createStore(adapter), where: url.origin };
  }
  return { store: createStore(indexedDbAdapter({ name: config.databaseName || 'spp-moodle' })), where: 'this browser' };
}

async function start() {
  const configElement = document.getElementById('spp-moodle-config');
  if (!configElement) return;
  const config = configElement.dataset;
  const providers = providersIn(document.body);
  if (providers.length === 0) return;

  const replaceAll = (list, text) => {
    for (const p of list) p.replaceWith(alertFor(text));
  };
  const opened = openStore(config);
  if (!opened.store) return replaceAll(providers, opened.message);
  const { store, where } = opened;
  let partnership;
  try {
    partnership = await store.get('partnership', config.partnershipId ?? '');
  } catch (error) {
    return replaceAll(providers, format(MESSAGES.failed, { where, reason: error instanceof Error ? error.message : String(error) }));
  }
  if (!partnership) return replaceAll(providers, format(MESSAGES.missing, { id: config.partnershipId ?? '', where }));
  const match = matchMoodleUser(partnership, config.email);

  const connect = (list) => {
    for (const provider of list) {
      if (provider.dataset.sppConnected) continue;
      provider.dataset.sppConnected = 'true';
      if (!match.ok) {
        provider.replaceWith(alertFor(format(MESSAGES[match.reason], { email: config.email ?? '', partnership: partnership.name })));
        continue;
      }
      provider.store = store;
      provider.partnership = partnership;
      provider.actorId = match.person.id;
    }
  };
  connect(providers);
  document.documentElement.dataset.sppMoodle = match.ok ? 'connected' : match.reason;

  // Sections edited in place, blocks loaded later: connect their widgets as they appear.
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && !node.closest('[data-spp-connected]')) connect(providersIn(node));
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
}

start().catch((error) => console.error('local_spp: the peer-review widgets could not start.', error));
