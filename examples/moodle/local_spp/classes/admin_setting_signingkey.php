<?php
// This file is part of the SPP peer-review example plugin for Moodle (MIT licence; Moodle is GPL v3).

namespace local_spp;

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/adminlib.php');

/**
 * The signing key setting: a password field (masked, and masked in the config changes log) that
 * refuses anything but a PEM RSA private key of 2048 bits or more. Pasting the key's several lines
 * into it joins them; signing_key::pem() puts the line breaks back.
 *
 * @package    local_spp
 * @copyright  2026 SPP peer review contributors
 * @license    https://opensource.org/licenses/MIT MIT
 */
class admin_setting_signingkey extends \admin_setting_configpasswordunmask {
    /**
     * Empty (no key yet), or a key that can sign.
     *
     * @param string $data
     * @return true|string true, or why not
     */
    public function validate($data) {
        if (trim((string) $data) === '') {
            return true;
        }
        $problem = signing_key::problem((string) $data);
        return $problem === null ? true : $problem;
    }
}
