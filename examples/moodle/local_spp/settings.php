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

    $settings->add(new admin_setting_configtext('local_spp/partnershipid',
        get_string('partnershipid', 'local_spp'), get_string('partnershipid_desc', 'local_spp'), '', PARAM_ALPHANUMEXT));
    $settings->add(new admin_setting_configselect('local_spp/storage',
        get_string('storage', 'local_spp'), get_string('storage_desc', 'local_spp'), 'indexeddb', [
            'indexeddb' => get_string('storage_indexeddb', 'local_spp'),
            'http' => get_string('storage_http', 'local_spp'),
        ]));
    $settings->add(new admin_setting_configtext('local_spp/apibaseurl',
        get_string('apibaseurl', 'local_spp'), get_string('apibaseurl_desc', 'local_spp'), '', PARAM_URL));
    $settings->add(new admin_setting_configcheckbox('local_spp/everypage',
        get_string('everypage', 'local_spp'), get_string('everypage_desc', 'local_spp'), 0));
}
