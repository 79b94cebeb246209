<?php
// This file is part of the SPP peer-review example plugin for Moodle (MIT licence; Moodle is GPL v3).

namespace local_spp;

/**
 * Adds the SPP widgets' scripts to Moodle pages.
 *
 * The plugin's browser code is one ES module, js/spp-moodle.js (built by examples/moodle/build.mjs
 * with every widget and the SDK inside). Moodle's own JavaScript goes through RequireJS (AMD) and
 * $PAGE->requires, which cannot load an ES module: js_call_amd() wants an AMD module,
 * $PAGE->requires->js() prints a classic <script>, and js_amd_inline() is inline script. So the
 * footer gets two plain tags: a hidden element with the configuration, and <script type="module">.
 * The configuration never says who the user is: spp-moodle.js asks token.php (with the sesskey) for
 * a signed token, and the peer review server reads the person from it. Nothing is inline, so a
 * Content-Security-Policy without 'unsafe-inline' (if the site sends one) allows it, and an ES
 * module never sees RequireJS's define.amd.
 *
 * @package    local_spp
 * @copyright  2026 SPP peer review contributors
 * @license    https://opensource.org/licenses/MIT MIT
 */
class hook_callbacks {
    /**
     * Moodle 4.4+: core\hook\output\before_footer_html_generation.
     *
     * @param \core\hook\output\before_footer_html_generation $hook
     */
    public static function before_footer_html_generation(\core\hook\output\before_footer_html_generation $hook): void {
        $hook->add_html(self::footer_html());
    }

    /**
     * The configuration element and the module script, or '' where the widgets are not wanted:
     * not signed in, a guest, no partnership configured, or (unless "every page" is on) any page
     * but the plugin's own.
     *
     * @return string
     */
    public static function footer_html(): string {
        global $PAGE;

        if (during_initial_install() || !isloggedin() || isguestuser()) {
            return '';
        }
        $partnershipid = (string) get_config('local_spp', 'partnershipid');
        $onpluginpage = $PAGE->pagetype === 'local-spp-view';
        if ($partnershipid === '' || (!$onpluginpage && !get_config('local_spp', 'everypage'))) {
            return '';
        }
        $version = (string) get_config('local_spp', 'version');

        // html_writer escapes every attribute value (s()). The user's identity is not among them.
        $strings = [];
        foreach (['sessionended', 'tokenfailed', 'badserver'] as $name) {
            $strings[$name] = get_string('js_' . $name, 'local_spp');
        }
        $config = \html_writer::div('', '', [
            'id' => 'spp-moodle-config',
            'hidden' => 'hidden',
            'data-server-url' => token::server_url(),
            'data-partnership-id' => $partnershipid,
            'data-token-url' => (new \moodle_url('/local/spp/token.php'))->out(false),
            'data-sesskey' => sesskey(),
            'data-strings' => json_encode($strings, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES),
        ]);
        $script = \html_writer::tag('script', '', [
            'type' => 'module',
            'src' => (new \moodle_url('/local/spp/js/spp-moodle.js', ['v' => $version]))->out(false),
        ]);
        return $config . $script;
    }
}
