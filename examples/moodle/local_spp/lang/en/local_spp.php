<?php
// This file is part of the SPP peer-review example plugin for Moodle (MIT licence; Moodle is GPL v3).

/**
 * English strings.
 *
 * @package    local_spp
 * @copyright  2026 SPP peer review contributors
 * @license    https://opensource.org/licenses/MIT MIT
 */

defined('MOODLE_INTERNAL') || die();

$string['pluginname'] = 'SPP peer review';
$string['spp:view'] = 'Open the SPP peer-review page of a course';
$string['privacy:metadata'] = 'The SPP peer review plugin stores no personal data in Moodle. Peer-review records are kept in each person\'s browser or on the trust\'s own SPP storage server; the user\'s email is only read in the browser to find their partnership record.';
$string['partnershipid'] = 'Partnership id';
$string['partnershipid_desc'] = 'The id of the partnership record, e.g. p-riverside. Moodle users are matched to its people by email.';
$string['storage'] = 'Where records are kept';
$string['storage_desc'] = 'In each person\'s browser (IndexedDB: nothing is shared between devices), or on the trust\'s SPP storage server (see docs/storage-http.md).';
$string['storage_indexeddb'] = 'In each person\'s browser (IndexedDB)';
$string['storage_http'] = 'On the trust\'s server (HTTP API)';
$string['apibaseurl'] = 'Storage API address';
$string['apibaseurl_desc'] = 'For server storage: the address of the trust\'s SPP storage API, e.g. https://spp-api.trust.example. It must allow requests with credentials from this Moodle site (CORS).';
$string['everypage'] = 'Connect widgets on every page';
$string['everypage_desc'] = 'Also connect widgets placed in course content by trusted editors. The widgets\' module (about 145 kB compressed, cached by the browser) is then loaded on every page. Off: only the plugin\'s own page shows widgets.';
$string['unknownwidget'] = 'There is no SPP widget called {$a}.';
$string['needsjs'] = 'The peer-review widgets need JavaScript.';
$string['widget_selfreview'] = 'Self-review';
$string['widget_reviewplan'] = 'Review plan';
$string['widget_evidencelog'] = 'Evidence log';
$string['widget_workshopplanner'] = 'Improvement workshop';
$string['widget_actionplan'] = 'Action plan';
$string['widget_reviewschedule'] = 'Review schedule';
$string['widget_cycletracker'] = 'Review cycles';
$string['widget_partnershipgoals'] = 'Partnership goals';
$string['widget_strengthsdirectory'] = 'Strengths to share';
$string['widget_impactreview'] = 'Impact review';
