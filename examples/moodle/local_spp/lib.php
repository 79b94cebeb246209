<?php
// This file is part of the SPP peer-review example plugin for Moodle (MIT licence; Moodle is GPL v3).

/**
 * Callbacks for Moodle before 4.4. From 4.4 on, db/hooks.php registers the same output on the
 * core\hook\output\before_footer_html_generation hook, and Moodle skips this legacy callback.
 *
 * @package    local_spp
 * @copyright  2026 SPP peer review contributors
 * @license    https://opensource.org/licenses/MIT MIT
 */

defined('MOODLE_INTERNAL') || die();

/**
 * Legacy footer callback (Moodle 4.1 to 4.3): the widgets' scripts and configuration.
 *
 * @return string HTML to add before the page footer.
 */
function local_spp_before_footer(): string {
    return \local_spp\hook_callbacks::footer_html();
}

/**
 * The widgets the plugin can show on its own page (view.php), by name (the tag without "spp-").
 *
 * @return string[]
 */
function local_spp_widgets(): array {
    return ['self-review', 'review-plan', 'evidence-log', 'workshop-planner', 'action-plan',
        'review-schedule', 'cycle-tracker', 'partnership-goals', 'strengths-directory', 'impact-review'];
}
