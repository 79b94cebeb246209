<?php
// A stand-in for Moodle's config.php (and lib/setup.php) for examples/moodle/test/local_spp.test.ts:
// only what the plugin's pages call, behaving as Moodle's own functions do, so the plugin's files
// run unmodified. The test copies this folder and local_spp (as local/spp) into a temporary
// document root and serves it with `php -S`. Who is signed in, the plugin settings and the clock
// come from stub-state.json there, which the test rewrites between requests:
//   { wwwroot, config: { local_spp: { … } }, sessions: { <MoodleSession cookie>: user }, clockOffset }
// A user is { id, email, sesskey }; id 1 is the guest user, as in Moodle.

define('MOODLE_INTERNAL', true);
defined('AJAX_SCRIPT') || define('AJAX_SCRIPT', false);
defined('NO_MOODLE_COOKIES') || define('NO_MOODLE_COOKIES', false);
define('PARAM_RAW', 'raw');
define('PARAM_INT', 'int');
define('PARAM_ALPHANUMEXT', 'alphanumext');

$stubstate = json_decode(file_get_contents(__DIR__ . '/stub-state.json'), true);

global $CFG, $USER, $PAGE, $OUTPUT;
$CFG = new stdClass();
$CFG->wwwroot = $stubstate['wwwroot'];
$CFG->dirroot = __DIR__;
$CFG->libdir = __DIR__ . '/lib';
$CFG->siteguest = 1;

// The session: Moodle's cookie names a session, whose user is $USER (id 0: nobody signed in).
$stubsession = null;
if (!NO_MOODLE_COOKIES && isset($_COOKIE['MoodleSession'])) {
    $stubsession = $stubstate['sessions'][$_COOKIE['MoodleSession']] ?? null;
}
$USER = (object) ($stubsession ?? ['id' => 0]);

// Moodle's class autoloader: a plugin's classes/ folder, and core's lib/classes/.
spl_autoload_register(function ($class) {
    $class = ltrim($class, '\\');
    $folders = ['local_spp\\' => '/local/spp/classes/', 'core\\' => '/lib/classes/'];
    foreach ($folders as $prefix => $folder) {
        if (strpos($class, $prefix) === 0) {
            $file = __DIR__ . $folder . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require_once($file);
            }
            return;
        }
    }
});

class moodle_exception extends Exception {
    /** @var string */
    public $errorcode;
    /** @var string */
    public $module;
    /** @var mixed */
    public $a;
    /** @var string|null */
    public $debuginfo;

    public function __construct($errorcode, $module = '', $link = '', $a = null, $debuginfo = null) {
        $module = ($module === '' || $module === 'moodle' || $module === 'core') ? 'error' : $module;
        $this->errorcode = $errorcode;
        $this->module = $module;
        $this->a = $a;
        $this->debuginfo = $debuginfo;
        parent::__construct(get_string($errorcode, $module, $a));
    }
}

class require_login_exception extends moodle_exception {
    public function __construct($debuginfo) {
        parent::__construct('requireloginerror', 'error', '', null, $debuginfo);
    }
}

// Uncaught exceptions as Moodle answers them: in an AJAX script, core_renderer_ajax::fatal_error's
// JSON (status 200, the message cleaned as HTML); elsewhere an error page.
set_exception_handler(function (Throwable $e) {
    $code = $e instanceof moodle_exception ? $e->errorcode : 'generalexceptionmessage';
    $message = $e instanceof moodle_exception ? $e->getMessage() : get_string('generalexceptionmessage', 'error', $e->getMessage());
    if (!$e instanceof moodle_exception) {
        error_log('moodle-stub: ' . $e);
    }
    if (AJAX_SCRIPT) {
        header('Content-Type: application/json; charset=utf-8');
        header('Cache-Control: no-store, no-cache, must-revalidate');
        echo json_encode(['error' => htmlspecialchars($message, ENT_NOQUOTES), 'errorcode' => $code,
            'stacktrace' => null, 'debuginfo' => null, 'reproductionlink' => null]);
    } else {
        http_response_code(500);
        echo '<!doctype html><p class="errormessage">' . htmlspecialchars($message) . '</p>';
    }
    exit(1);
});

/** Core strings the plugin's pages can show, as in lang/en/error.php and moodle.php. */
const STUB_CORE_STRINGS = [
    'requireloginerror' => 'Course or activity not accessible.',
    'invalidsesskey' => 'Your session has most likely timed out. Please log in again.',
    'missingparam' => 'A required parameter ({$a}) was missing',
    'generalexceptionmessage' => 'Exception - {$a}',
];

function get_string($identifier, $component = '', $a = null) {
    static $plugin = null;
    if ($component === 'local_spp') {
        if ($plugin === null) {
            $string = [];
            include(__DIR__ . '/local/spp/lang/en/local_spp.php');
            $plugin = $string;
        }
        $text = $plugin[$identifier] ?? null;
    } else {
        $text = STUB_CORE_STRINGS[$identifier] ?? null;
    }
    if ($text === null) {
        // Moodle shows [[identifier]]; failing is louder in a test.
        throw new Error("moodle-stub: no string $identifier in $component");
    }
    if (is_object($a) || is_array($a)) {
        foreach ((array) $a as $name => $value) {
            $text = str_replace('{$a->' . $name . '}', (string) $value, $text);
        }
    } else if ($a !== null) {
        $text = str_replace('{$a}', (string) $a, $text);
    }
    return $text;
}

function get_config($plugin, $name = null) {
    global $stubstate;
    $config = $stubstate['config'][$plugin] ?? [];
    if ($name === null) {
        return (object) $config;
    }
    return array_key_exists($name, $config) ? (string) $config[$name] : false;
}

function required_param($name, $type) {
    $value = $_POST[$name] ?? $_GET[$name] ?? null;
    if ($value === null) {
        throw new moodle_exception('missingparam', '', '', $name);
    }
    return $type === PARAM_INT ? (int) $value : (string) $value;
}

function optional_param($name, $default, $type) {
    $value = $_POST[$name] ?? $_GET[$name] ?? null;
    return $value === null ? $default : ($type === PARAM_INT ? (int) $value : (string) $value);
}

function isloggedin() {
    global $USER;
    return !empty($USER->id);
}

function isguestuser($user = null) {
    global $USER, $CFG;
    return (int) ($user ?? $USER)->id === (int) $CFG->siteguest;
}

function during_initial_install() {
    return false;
}

function require_login($courseorid = null, $autologinguest = true, $cm = null, $setwantsurltome = true, $preventredirect = false) {
    if (!isloggedin()) {
        // Moodle redirects to its login page, except in AJAX scripts, which get the exception.
        if (AJAX_SCRIPT || $preventredirect) {
            throw new require_login_exception('You are not logged in');
        }
        http_response_code(303);
        header('Location: ' . $GLOBALS['CFG']->wwwroot . '/login/index.php');
        exit;
    }
}

function sesskey() {
    global $USER;
    return $USER->sesskey ?? '';
}

function confirm_sesskey($sesskey = null) {
    if (empty($sesskey)) {
        $sesskey = required_param('sesskey', PARAM_RAW);
    }
    return sesskey() !== '' && sesskey() === $sesskey;
}

function require_sesskey() {
    if (!confirm_sesskey()) {
        throw new moodle_exception('invalidsesskey');
    }
}

function validate_email($address) {
    return filter_var($address, FILTER_VALIDATE_EMAIL) !== false;
}

// ---- what view.php and the footer hook use ----

function s($var) {
    return htmlspecialchars((string) $var, ENT_QUOTES | ENT_HTML401 | ENT_SUBSTITUTE, 'UTF-8');
}

function format_string($string) {
    return s($string);
}

function get_course($courseid) {
    return (object) ['id' => (int) $courseid, 'fullname' => 'Kelmarsh Road: peer review 2026–27'];
}

class context_course {
    /** @var int */
    public $id;

    public static function instance($courseid) {
        $context = new context_course();
        $context->id = 100 + (int) $courseid;
        return $context;
    }
}

function require_capability($capability, $context) {
    // Every signed-in user of the stub may open the plugin's page.
}

class moodle_url {
    /** @var string */
    private $path;
    /** @var array */
    private $params;

    public function __construct($url, ?array $params = null) {
        $this->path = (string) $url;
        $this->params = $params ?? [];
    }

    public function out($escaped = true) {
        global $CFG;
        $query = $this->params ? '?' . http_build_query($this->params, '', $escaped ? '&amp;' : '&') : '';
        return $CFG->wwwroot . $this->path . $query;
    }
}

class html_writer {
    public static function attributes(?array $attributes = null) {
        $out = '';
        foreach ((array) $attributes as $name => $value) {
            $out .= ' ' . $name . '="' . s($value) . '"';
        }
        return $out;
    }

    public static function start_tag($tagname, ?array $attributes = null) {
        return '<' . $tagname . self::attributes($attributes) . '>';
    }

    public static function end_tag($tagname) {
        return '</' . $tagname . '>';
    }

    public static function tag($tagname, $contents, ?array $attributes = null) {
        return self::start_tag($tagname, $attributes) . $contents . self::end_tag($tagname);
    }

    public static function div($content, $class = '', ?array $attributes = null) {
        if ($class !== '') {
            $attributes['class'] = $class;
        }
        return self::tag('div', $content, $attributes);
    }
}

/** $PAGE: the page type comes from the script's path, as in Moodle (/local/spp/view.php: local-spp-view). */
class stub_page {
    /** @var string */
    public $pagetype;
    /** @var string */
    public $title = '';

    public function __construct() {
        $script = trim(preg_replace('/\.php$/', '', $_SERVER['SCRIPT_NAME'] ?? ''), '/');
        $this->pagetype = str_replace('/', '-', $script);
    }

    public function set_url($url) {
    }

    public function set_context($context) {
    }

    public function set_pagelayout($layout) {
    }

    public function set_title($title) {
        $this->title = $title;
    }

    public function set_heading($heading) {
    }
}

/** $OUTPUT: a bare page, sent with the policy in stub-state.json; the footer runs the footer hook. */
class stub_output {
    public function header() {
        global $PAGE, $stubstate;
        if (!empty($stubstate['csp'])) {
            header('Content-Security-Policy: ' . $stubstate['csp']);
        }
        return '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>'
            . s($PAGE->title) . '</title></head><body id="page-' . s($PAGE->pagetype) . '"><div id="region-main" role="main">';
    }

    public function heading($text) {
        return '<h2>' . $text . '</h2>';
    }

    public function footer() {
        global $stubstate;
        // The block drawer (stub-state.json's blocks: an HTML block's content), then the footer hook.
        return '</div><aside id="block-region-side-pre">' . ($stubstate['blocks'] ?? '') . '</aside>'
            . \local_spp\hook_callbacks::footer_html() . '</body></html>';
    }
}

$PAGE = new stub_page();
$OUTPUT = new stub_output();
