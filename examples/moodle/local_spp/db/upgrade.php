<?php
// This file is part of the SPP peer-review example plugin for Moodle (MIT licence; Moodle is GPL v3).

/**
 * Upgrade steps.
 *
 * @package    local_spp
 * @copyright  2026 SPP peer review contributors
 * @license    https://opensource.org/licenses/MIT MIT
 */

defined('MOODLE_INTERNAL') || die();

/**
 * Runs the upgrade steps from $oldversion.
 *
 * @param int $oldversion the version installed before
 * @return bool
 */
function xmldb_local_spp_upgrade($oldversion) {
    if ($oldversion < 2026120300) {
        // The widgets now use the peer review server only, which learns who the user is from a token
        // this site signs: the browser-storage and storage-API settings are gone.
        unset_config('storage', 'local_spp');
        unset_config('apibaseurl', 'local_spp');
        upgrade_plugin_savepoint(true, 2026120300, 'local', 'spp');
    }
    return true;
}
