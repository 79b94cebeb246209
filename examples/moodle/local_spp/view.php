<?php
// This file is part of the SPP peer-review example plugin for Moodle (MIT licence; Moodle is GPL v3).

/**
 * One SPP widget on its own course page: /local/spp/view.php?courseid=2&widget=self-review&cycle=c-ashby
 *
 * The way to show widgets to everyone: course content goes through Moodle's HTML purifier, which
 * removes <script> and unknown elements such as <spp-self-review> unless the content is trusted.
 * Teachers link to this page from their course (a URL activity or a course menu item).
 *
 * @package    local_spp
 * @copyright  2026 SPP peer review contributors
 * @license    https://opensource.org/licenses/MIT MIT
 */

require_once(__DIR__ . '/../../config.php');
require_once(__DIR__ . '/lib.php');

$courseid = required_param('courseid', PARAM_INT);
$widget = required_param('widget', PARAM_ALPHANUMEXT);
$cycleid = optional_param('cycle', '', PARAM_ALPHANUMEXT);

$course = get_course($courseid);
require_login($course);
$context = context_course::instance($course->id);
require_capability('local/spp:view', $context);

if (!in_array($widget, local_spp_widgets(), true)) {
    throw new moodle_exception('unknownwidget', 'local_spp', '', s($widget));
}

$params = ['courseid' => $course->id, 'widget' => $widget];
if ($cycleid !== '') {
    $params['cycle'] = $cycleid;
}
$PAGE->set_url(new moodle_url('/local/spp/view.php', $params));
$PAGE->set_context($context);
$PAGE->set_pagelayout('incourse');
$PAGE->set_title(get_string('widget_' . str_replace('-', '', $widget), 'local_spp'));
$PAGE->set_heading(format_string($course->fullname));

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('widget_' . str_replace('-', '', $widget), 'local_spp'));
// The hook (classes/hook_callbacks.php) adds the scripts; spp-moodle.js connects this provider.
echo html_writer::start_tag('spp-provider');
echo html_writer::tag('spp-' . $widget, '', $cycleid !== '' ? ['cycle-id' => $cycleid] : []);
echo html_writer::end_tag('spp-provider');
echo html_writer::tag('noscript', get_string('needsjs', 'local_spp'));
echo $OUTPUT->footer();
