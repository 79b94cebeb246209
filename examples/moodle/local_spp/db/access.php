<?php
// This file is part of the SPP peer-review example plugin for Moodle (MIT licence; Moodle is GPL v3).

/**
 * Capabilities. Who may do what in a review (edit a self-review, agree findings…) is decided by the
 * partnership's roles inside the widgets; this only decides who may open the plugin's page.
 *
 * @package    local_spp
 * @copyright  2026 SPP peer review contributors
 * @license    https://opensource.org/licenses/MIT MIT
 */

defined('MOODLE_INTERNAL') || die();

$capabilities = [
    'local/spp:view' => [
        'captype' => 'read',
        'contextlevel' => CONTEXT_COURSE,
        'archetypes' => [
            'student' => CAP_ALLOW,
            'teacher' => CAP_ALLOW,
            'editingteacher' => CAP_ALLOW,
            'manager' => CAP_ALLOW,
        ],
    ],
];
