<?php
// This file is part of the SPP peer-review example plugin for Moodle (MIT licence; Moodle is GPL v3).

/**
 * English strings.
 *
 * @package    local_spp
 * @copyright  2026 SPP peer review contributors
 * @license    https://opensource.org/licenses/MIT MIT
 */

defined('MOODLE_INTERNAL') || die();

$string['badsigningkey'] = 'The SPP plugin\'s signing key cannot be used: {$a}';
$string['everypage'] = 'Connect widgets on every page';
$string['everypage_desc'] = 'Also connect widgets placed in course content by trusted editors. The widgets\' module (about 145 kB compressed, cached by the browser) is then loaded on every page. Off: only the plugin\'s own page shows widgets.';
$string['js_badserver'] = 'The peer review server address “{$a}” is not an https:// address. Ask your Moodle administrator to check the SPP plugin settings.';
$string['js_sessionended'] = 'Your Moodle session has ended. Log in to Moodle again, then reload this page: anything you changed is kept on this device until it can be sent.';
$string['js_tokenfailed'] = 'Moodle could not sign you in to the peer review server: {$a}';
$string['needsjs'] = 'The peer-review widgets need JavaScript.';
$string['noemail'] = 'Your Moodle account has no email address, so the peer review server cannot tell who you are. Ask your Moodle administrator to add it to your profile.';
$string['noserverurl'] = 'The SPP plugin has no peer review server address yet. Ask your Moodle administrator to set one.';
$string['nosigningkey'] = 'The SPP plugin has no signing key yet. Ask your Moodle administrator to set one (Site administration > Plugins > Local plugins > SPP peer review).';
$string['partnershipid'] = 'Partnership id';
$string['partnershipid_desc'] = 'The id of the partnership on the peer review server, e.g. p-riverside. The server matches each Moodle user to a person of it by email.';
$string['pluginname'] = 'SPP peer review';
$string['postonly'] = 'A sign-in token is only given in answer to a POST with the page\'s sesskey.';
$string['privacy:metadata:server'] = 'The trust\'s SPP peer review server keeps the partnership\'s peer-review records. To say who is signed in, this site gives the user\'s browser a short-lived token it has signed, with the user\'s email in it, and the browser sends it to that server, which matches the email to a person of the partnership. What the server keeps is described in the trust\'s own privacy notice; each person can download their data from it.';
$string['privacy:metadata:server:email'] = 'The user\'s email address, in the sign-in token.';
$string['serverurl'] = 'Peer review server address';
$string['serverurl_desc'] = 'The address of the trust\'s SPP peer review server, e.g. https://spp.trust.example. The server\'s SPP_OIDC_AUDIENCE must be this address exactly, without a trailing slash, and its SPP_ALLOWED_ORIGINS must include this Moodle site\'s address.';
$string['signingkey'] = 'Signing key';
$string['signingkey_desc'] = 'The private key this site signs the peer review sign-in tokens with: PEM, RSA, 2048 bits or more, without a passphrase. Make one with <code>openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out spp-signing-key.pem</code> and paste the whole file here. The peer review server checks the tokens with SPP_OIDC_ISSUER={$a->issuer} and SPP_OIDC_JWKS_URL={$a->jwks}. Keep the key secret: whoever has it can sign in to the peer review server as anyone.';
$string['signingkey_inuse'] = 'The key in use has the key id (kid) {$a}.';
$string['signingkey_notpem'] = 'This is not a PEM private key: paste the whole file, from -----BEGIN PRIVATE KEY----- to -----END PRIVATE KEY-----, without a passphrase on it.';
$string['signingkey_notrsa'] = 'The signing key must be an RSA key of at least {$a} bits.';
$string['spp:view'] = 'Open the SPP peer-review page of a course';
$string['unknownwidget'] = 'There is no SPP widget called {$a}.';
$string['widget_actionplan'] = 'Action plan';
$string['widget_cycletracker'] = 'Review cycles';
$string['widget_evidencelog'] = 'Evidence log';
$string['widget_impactreview'] = 'Impact review';
$string['widget_partnershipgoals'] = 'Partnership goals';
$string['widget_reviewplan'] = 'Review plan';
$string['widget_reviewschedule'] = 'Review schedule';
$string['widget_selfreview'] = 'Self-review';
$string['widget_strengthsdirectory'] = 'Strengths to share';
$string['widget_workshopplanner'] = 'Improvement workshop';
