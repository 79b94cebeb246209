<?php
// This file is part of the SPP peer-review example plugin for Moodle (MIT licence; Moodle is GPL v3).

namespace local_spp;

/**
 * The key this Moodle site signs its sign-in tokens with (RS256), and its public half as a JSON Web
 * Key for jwks.php. The private key is the plugin setting local_spp/signingkey: a PEM RSA key of
 * 2048 bits or more, made with `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048`
 * (docs/moodle.md). It can also be kept out of the database with
 * $CFG->forced_plugin_settings['local_spp']['signingkey'] in config.php.
 *
 * @package    local_spp
 * @copyright  2026 SPP peer review contributors
 * @license    https://opensource.org/licenses/MIT MIT
 */
class signing_key {
    /** The smallest RSA key accepted, in bits. */
    const MIN_BITS = 2048;

    /**
     * The configured private key.
     *
     * @return \OpenSSLAsymmetricKey|resource
     * @throws \moodle_exception nosigningkey or badsigningkey when it is missing or unusable.
     */
    public static function private_key() {
        $text = (string) get_config('local_spp', 'signingkey');
        if (trim($text) === '') {
            throw new \moodle_exception('nosigningkey', 'local_spp');
        }
        $problem = self::problem($text);
        if ($problem !== null) {
            throw new \moodle_exception('badsigningkey', 'local_spp', '', $problem);
        }
        return openssl_pkey_get_private(self::pem($text));
    }

    /**
     * Why a pasted key cannot sign, in the words of a lang string, or null when it can.
     *
     * @param string $text a PEM private key as pasted
     * @return string|null
     */
    public static function problem(string $text): ?string {
        $pem = self::pem($text);
        $key = $pem === '' ? false : openssl_pkey_get_private($pem);
        if ($key === false) {
            return get_string('signingkey_notpem', 'local_spp');
        }
        $details = openssl_pkey_get_details($key);
        if ($details === false || $details['type'] !== OPENSSL_KEYTYPE_RSA || $details['bits'] < self::MIN_BITS) {
            return get_string('signingkey_notrsa', 'local_spp', self::MIN_BITS);
        }
        return null;
    }

    /**
     * A PEM block with its line breaks restored: a password field keeps a pasted key on one line.
     *
     * @param string $text
     * @return string the PEM text, or '' when there is no PEM block in it
     */
    public static function pem(string $text): string {
        if (!preg_match('/-----BEGIN ([A-Z ]+)-----(.*?)-----END \1-----/s', $text, $m)) {
            return '';
        }
        $body = preg_replace('/\s+/', '', $m[2]);
        if ($body === '' || !preg_match('~^[A-Za-z0-9+/]+=*$~', $body)) {
            return '';
        }
        return "-----BEGIN {$m[1]}-----\n" . chunk_split($body, 64, "\n") . "-----END {$m[1]}-----\n";
    }

    /**
     * The public key as a JSON Web Key, its kid the RFC 7638 thumbprint.
     *
     * @param \OpenSSLAsymmetricKey|resource $key the private key
     * @return array
     */
    public static function public_jwk($key): array {
        $rsa = openssl_pkey_get_details($key)['rsa'];
        // RFC 7638: the required members in lexicographic order, no whitespace.
        $required = ['e' => self::base64url($rsa['e']), 'kty' => 'RSA', 'n' => self::base64url($rsa['n'])];
        $kid = self::base64url(hash('sha256', json_encode($required, JSON_UNESCAPED_SLASHES), true));
        return ['kty' => 'RSA', 'use' => 'sig', 'alg' => 'RS256', 'kid' => $kid, 'n' => $required['n'], 'e' => $required['e']];
    }

    /**
     * Base64url without padding (RFC 7515).
     *
     * @param string $bytes
     * @return string
     */
    public static function base64url(string $bytes): string {
        return rtrim(strtr(base64_encode($bytes), '+/', '-_'), '=');
    }
}
