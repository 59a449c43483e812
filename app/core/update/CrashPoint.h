// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kiosk::CrashPoint {

// Fault injection for the power-cut tests (tests/unit/tst_packimport_faults.cpp): when the
// environment variable KIOSK_TEST_CRASH_AT names this point, the process kills itself with SIGKILL
// right here, as a power cut would stop it. Unset in production: one cached getenv, then nothing.
void hit(const char *name);
// KIOSK_TEST_CRASH_AT=bytes:N kills the process once N bytes of a pack have been copied.
void bytesCopied(long long total);

} // namespace kiosk::CrashPoint
