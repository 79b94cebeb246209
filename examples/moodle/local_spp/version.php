<?php
// This file is part of the SPP peer-review example plugin for Moodle (MIT licence; Moodle is GPL v3).

/**
 * local_spp: the SPP peer-review widgets on Moodle pages.
 *
 * @package    local_spp
 * @copyright  2026 SPP peer review contributors
 * @license    https://opensource.org/licenses/MIT MIT
 */

defined('MOODLE_INTERNAL') || die();

$plugin->component = 'local_spp';
$plugin->version   = 2026120300;      // YYYYMMDDXX.
$plugin->requires  = 2022112800;      // Moodle 4.1 (LTS); the footer hook class is used from 4.4 on, lib.php before.
$plugin->supported = [401, 500];
$plugin->maturity  = MATURITY_ALPHA;
$plugin->release   = '0.2.0';
