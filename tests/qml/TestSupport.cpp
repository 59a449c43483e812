// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "FakeClock.h"
#include "PublicDisplay.h"

#include <QColor>
#include <QImage>

TestSupport::TestSupport(kiosk::test::FakeClock &clock, PublicDisplay &display, QQmlEngine &engine,
                         const QString &qmltypesFile, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_display(display)
    , m_snapshot(engine, qmltypesFile)
{
}

void TestSupport::advanceClock(int milliseconds)
{
    m_clock.advance(milliseconds);
    m_display.idleMonitor().check();
}

QStringList TestSupport::snapshot(QObject *windowOrItem) const
{
    return m_snapshot.take(windowOrItem);
}

QStringList TestSupport::diff(const QStringList &before, const QStringList &after) const
{
    return StateSnapshot::diff(before, after);
}

QUrl TestSupport::picture(int width, int height)
{
    const QString path = m_pictures.filePath(QStringLiteral("picture-%1x%2.png").arg(width).arg(height));
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x1F, 0x4A, 0x75));
    if (!image.save(path))
        qWarning("cannot write %s", qPrintable(path));
    return QUrl::fromLocalFile(path);
}
