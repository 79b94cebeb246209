<?php
// This file is part of the SPP peer-review example plugin for Moodle (MIT licence; Moodle is GPL v3).

/**
 * POST /local/spp/token.php (sesskey=…): a sign-in token for the SPP peer review server, for the
 * signed-in Moodle user. Answers JSON { token, expiresAt, expiresIn }, never cached.
 *
 * Only the plugin's page script calls it, with the page's sesskey, so another site cannot get a
 * token for someone signed in here: it cannot read the sesskey, and without it there is no token.
 * Not signed in, a guest, a wrong sesskey, no email, or the plugin not set up: Moodle's AJAX error
 * answer ({ error, errorcode }) and no token. A GET: 405.
 *
 * @package    local_spp
 * @copyright  2026 SPP peer review contributors
 * @license    https://opensource.org/licenses/MIT MIT
 */

define('AJAX_SCRIPT', true);

require_once(__DIR__ . '/../../config.php');

if (($_SERVER['REQUEST_METHOD'] ?? '') !== 'POST') {
    // A GET could be a link or an image on another page: only a POST with the sesskey gets a token.
    http_response_code(405);
    header('Allow: POST');
    header('Content-Type: application/json; charset=utf-8');
    header('Cache-Control: no-store');
    echo json_encode(['error' => get_string('postonly', 'local_spp'), 'errorcode' => 'postonly']);
    exit;
}

require_login(null, false);
if (isguestuser()) {
    throw new require_login_exception('Guests cannot sign in to the peer review server.');
}
require_sesskey();

$answer = \local_spp\token::issue($USER, \local_spp\token::now());

header('Content-Type: application/json; charset=utf-8');
header('Cache-Control: no-store');
header('X-Content-Type-Options: nosniff');
echo json_encode($answer, JSON_UNESCAPED_SLASHES);
