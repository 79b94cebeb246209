<?php
// This file is part of the SPP peer-review example plugin for Moodle (MIT licence; Moodle is GPL v3).

namespace local_spp;

/**
 * A short-lived sign-in token for the SPP peer review server: a JWT signed by this site (RS256),
 * saying who the signed-in Moodle user is. The server checks it against jwks.php and matches the
 * email to a person of the partnership, so the page never says who anyone is.
 *
 * @package    local_spp
 * @copyright  2026 SPP peer review contributors
 * @license    https://opensource.org/licenses/MIT MIT
 */
class token {
    /** Seconds a token is valid: the page asks for a new one shortly before. */
    const LIFETIME = 300;

    /**
     * The current time: Moodle's clock from 4.4 (which tests can set), PHP's before.
     *
     * @return int
     */
    public static function now(): int {
        if (class_exists('\core\di')) {
            return \core\di::get(\core\clock::class)->time();
        }
        return time();
    }

    /**
     * The peer review server's address from the settings, without a trailing slash: the tokens' aud.
     *
     * @return string '' when it is not set
     */
    public static function server_url(): string {
        return rtrim(trim((string) get_config('local_spp', 'serverurl')), '/');
    }

    /**
     * Signs a token for a user.
     *
     * @param \stdClass $user the signed-in user ($USER)
     * @param int $now seconds since 1970
     * @return array ['token' => JWT, 'expiresAt' => ISO 8601 time, 'expiresIn' => seconds]
     * @throws \moodle_exception noemail, noserverurl, nosigningkey, badsigningkey
     */
    public static function issue(\stdClass $user, int $now): array {
        global $CFG;

        $email = trim((string) ($user->email ?? ''));
        if ($email === '' || !validate_email($email)) {
            throw new \moodle_exception('noemail', 'local_spp');
        }
        $audience = self::server_url();
        if ($audience === '') {
            throw new \moodle_exception('noserverurl', 'local_spp');
        }
        $key = signing_key::private_key();
        $jwk = signing_key::public_jwk($key);

        $header = ['alg' => 'RS256', 'typ' => 'JWT', 'kid' => $jwk['kid']];
        $claims = [
            'iss' => $CFG->wwwroot,
            'aud' => $audience,
            'sub' => $email,
            'email' => $email,
            'iat' => $now,
            'nbf' => $now,
            'exp' => $now + self::LIFETIME,
            'jti' => bin2hex(random_bytes(16)),
        ];
        $input = self::part($header) . '.' . self::part($claims);
        if (!openssl_sign($input, $signature, $key, OPENSSL_ALGO_SHA256)) {
            throw new \moodle_exception('badsigningkey', 'local_spp', '', openssl_error_string());
        }
        return [
            'token' => $input . '.' . signing_key::base64url($signature),
            'expiresAt' => gmdate('Y-m-d\TH:i:s\Z', $claims['exp']),
            'expiresIn' => self::LIFETIME,
        ];
    }

    /**
     * One base64url JSON part of a JWT.
     *
     * @param array $value
     * @return string
     */
    private static function part(array $value): string {
        return signing_key::base64url(json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE));
    }
}
