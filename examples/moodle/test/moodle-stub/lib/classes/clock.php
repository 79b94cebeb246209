<?php
// Moodle 4.4's \core\clock (a PSR-20 clock), for the stub: time() and now().

namespace core;

interface clock {
    public function now(): \DateTimeImmutable;

    public function time(): int;
}
