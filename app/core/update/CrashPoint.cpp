// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashPoint.h"

#include <QByteArray>

#include <csignal>

namespace kiosk::CrashPoint {
namespace {

const QByteArray &configured()
{
    static const QByteArray point = qgetenv("KIOSK_TEST_CRASH_AT");
    return point;
}

[[noreturn]] void die()
{
    std::raise(SIGKILL);
    std::abort();
}

} // namespace

void hit(const char *name)
{
    if (!configured().isEmpty() && configured() == name)
        die();
}

void bytesCopied(long long total)
{
    static const long long limit = configured().startsWith("bytes:") ? configured().mid(6).toLongLong() : -1;
    if (limit >= 0 && total >= limit)
        die();
}

} // namespace kiosk::CrashPoint
