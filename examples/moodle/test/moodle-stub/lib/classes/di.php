<?php
// Moodle 4.4's dependency container, for the stub: only \core\clock, on the test's clock
// (stub-state.json's clockOffset, in seconds, added to the real time).

namespace core;

class di {
    public static function get(string $id) {
        if ($id !== clock::class) {
            throw new \Error("moodle-stub: di has no $id");
        }
        return new class implements clock {
            public function now(): \DateTimeImmutable {
                return (new \DateTimeImmutable())->setTimestamp($this->time());
            }

            public function time(): int {
                global $stubstate;
                return time() + (int) ($stubstate['clockOffset'] ?? 0);
            }
        };
    }
}
