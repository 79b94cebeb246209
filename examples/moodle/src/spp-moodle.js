// local_spp: connects the SPP peer-review widgets on a Moodle page to the trust's peer review
// server, as the signed-in Moodle user. Built (build.mjs) with every widget and @spp/core into one
// ES module, local_spp/js/spp-moodle.js, which the plugin's footer hook loads with
// <script type="module">. It never goes through RequireJS: an ES module does not look for AMD's
// `define`, so Moodle's `define.amd` can neither capture it nor make it throw "Mismatched anonymous
// define()".
//
// The plugin prints, before the script (attribute values escaped by html_writer):
//   <div id="spp-moodle-config" hidden data-server-url="https://…" data-partnership-id="p-…"
//        data-token-url="https://moodle…/local/spp/token.php" data-sesskey="…"
//        data-strings='{"sessionended":"…","tokenfailed":"…","badserver":"…"}'></div>
// Nothing in it says who the user is.
//
// Then, for every spp-* widget on the page (the plugin's view.php, a Page, a label, a block):
//   1. each widget that has no <spp-provider> around it is put inside one;
//   2. every provider gets the server's address, the partnership and the token function
//      (token.js): the provider asks the server who the token's person is (GET …/me), and the
//      widgets show what the server shows that person. Not a member: the provider shows the
//      server's answer. The Moodle session ended: a message above each widget (lang strings);
//   3. widgets added later (Moodle's course editor updates sections in place) are connected too.
import '@spp/elements';
import { moodleToken } from './token.js';

/** Fills Moodle's `{$a}` placeholder. The result is only ever used as text. */
const fill = (text, value) => String(text ?? '').replace('{$a}', value);

const isWidget = (el) => el.localName.startsWith('spp-') && el.localName !== 'spp-provider';

/** A Moodle (Bootstrap) alert. Text only: nothing from Moodle or the server becomes markup. */
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
function serverAddress(value) {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))) {
      return url.href.replace(/\/+$/, '');
    }
  } catch {
    /* not a URL */
  }
  return undefined;
}

function start() {
  const configElement = document.getElementById('spp-moodle-config');
  if (!configElement) return;
  const config = configElement.dataset;
  let strings = {};
  try {
    strings = JSON.parse(config.strings ?? '{}');
  } catch {
    /* the messages below fall back to empty text */
  }
  const providers = providersIn(document.body);
  if (providers.length === 0) return;

  const server = serverAddress(config.serverUrl ?? '');
  if (!server) {
    for (const p of providers) p.replaceWith(alertFor(fill(strings.badserver, config.serverUrl ?? '')));
    return;
  }

  // One message above each provider while Moodle gives no token, gone once it gives one again.
  const messages = new Map();
  const connected = [];
  const show = (text) => {
    for (const provider of connected) {
      if (!text) {
        messages.get(provider)?.remove();
        messages.delete(provider);
        continue;
      }
      let message = messages.get(provider);
      if (!message) {
        message = alertFor(text);
        messages.set(provider, message);
        provider.before(message);
      }
      message.textContent = text;
    }
  };
  const token = moodleToken({
    tokenUrl: config.tokenUrl ?? '',
    sesskey: config.sesskey ?? '',
    onProblem: (problem) => show(!problem ? '' : problem.kind === 'session-ended' ? strings.sessionended : fill(strings.tokenfailed, problem.message)),
  });
  // The server refused the token (expired, or the key changed): the next call asks Moodle afresh.
  document.addEventListener('spp-token-expired', () => token.forget());

  const connect = (list) => {
    for (const provider of list) {
      if (provider.dataset.sppConnected) continue;
      provider.dataset.sppConnected = 'true';
      connected.push(provider);
      // The token function first: the provider signs in as soon as it has the server's address.
      provider.token = token;
      provider.setAttribute('partnership-id', config.partnershipId ?? '');
      provider.setAttribute('server-url', server);
    }
  };
  connect(providers);

  // Sections edited in place, blocks loaded later: connect their widgets as they appear.
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && !node.closest('[data-spp-connected]')) connect(providersIn(node));
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
}

start();
