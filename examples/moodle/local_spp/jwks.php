<?php
// This file is part of the SPP peer-review example plugin for Moodle (MIT licence; Moodle is GPL v3).

/**
 * GET /local/spp/jwks.php: the public key this site signs its SPP sign-in tokens with, as a JSON Web
 * Key Set. The peer review server reads it (SPP_OIDC_JWKS_URL) to check the tokens; it needs no
 * sign-in and holds nothing secret. No key set up: an empty set, not cached.
 *
 * @package    local_spp
 * @copyright  2026 SPP peer review contributors
 * @license    https://opensource.org/licenses/MIT MIT
 */

// phpcs:disable moodle.Files.RequireLogin.Missing -- public: the peer review server reads it without a session.
define('NO_MOODLE_COOKIES', true);
define('AJAX_SCRIPT', true);

require_once(__DIR__ . '/../../config.php');

try {
    $keys = [\local_spp\signing_key::public_jwk(\local_spp\signing_key::private_key())];
    $cache = 'public, max-age=300';
} catch (moodle_exception $e) {
    // Not set up yet, or a key that cannot sign: no token from here can be checked.
    $keys = [];
    $cache = 'no-store';
}

header('Content-Type: application/json; charset=utf-8');
header('Cache-Control: ' . $cache);
header('X-Content-Type-Options: nosniff');
echo json_encode(['keys' => $keys], JSON_UNESCAPED_SLASHES);
