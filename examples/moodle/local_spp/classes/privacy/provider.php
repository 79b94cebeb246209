<?php
// This file is part of the SPP peer-review example plugin for Moodle (MIT licence; Moodle is GPL v3).

namespace local_spp\privacy;

/**
 * The plugin stores no personal data in Moodle. The peer-review records live in the browser
 * (IndexedDB) or on the trust's own SPP storage server, which the trust documents in its own
 * privacy notice; the user's email is only read in the browser, to find their partnership record.
 *
 * @package    local_spp
 * @copyright  2026 SPP peer review contributors
 * @license    https://opensource.org/licenses/MIT MIT
 */
class provider implements \core_privacy\local\metadata\null_provider {
    /**
     * The language string explaining why no data is stored.
     *
     * @return string
     */
    public static function get_reason(): string {
        return 'privacy:metadata';
    }
}
