<?php
// This file is part of the SPP peer-review example plugin for Moodle (MIT licence; Moodle is GPL v3).

/**
 * Site administration > Plugins > Local plugins > SPP peer review.
 *
 * @package    local_spp
 * @copyright  2026 SPP peer review contributors
 * @license    https://opensource.org/licenses/MIT MIT
 */

defined('MOODLE_INTERNAL') || die();

if ($hassiteconfig) {
    $settings = new admin_settingpage('local_spp', get_string('pluginname', 'local_spp'));
    $ADMIN->add('localplugins', $settings);

    if ($ADMIN->fulltree) {
        $settings->add(new admin_setting_configtext('local_spp/serverurl',
            get_string('serverurl', 'local_spp'), get_string('serverurl_desc', 'local_spp'), '', PARAM_URL));
        $settings->add(new admin_setting_configtext('local_spp/partnershipid',
            get_string('partnershipid', 'local_spp'), get_string('partnershipid_desc', 'local_spp'), '', PARAM_ALPHANUMEXT));

        // What the peer review server's settings must say (docs/moodle.md), and the key in use.
        $keydesc = get_string('signingkey_desc', 'local_spp', (object) [
            'issuer' => $CFG->wwwroot,
            'jwks' => (new moodle_url('/local/spp/jwks.php'))->out(false),
        ]);
        if (trim((string) get_config('local_spp', 'signingkey')) !== '') {
            try {
                $kid = \local_spp\signing_key::public_jwk(\local_spp\signing_key::private_key())['kid'];
                $keydesc .= ' ' . get_string('signingkey_inuse', 'local_spp', $kid);
            } catch (moodle_exception $e) {
                $keydesc .= ' ' . $e->getMessage();
            }
        }
        $settings->add(new \local_spp\admin_setting_signingkey('local_spp/signingkey',
            get_string('signingkey', 'local_spp'), $keydesc, ''));

        $settings->add(new admin_setting_configcheckbox('local_spp/everypage',
            get_string('everypage', 'local_spp'), get_string('everypage_desc', 'local_spp'), 0));
    }
}
