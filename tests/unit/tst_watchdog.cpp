// SPDX-License-Identifier: GPL-3.0-or-later
// The systemd notifications, read from a socket standing in for systemd's (NOTIFY_SOCKET): READY=1
// once the window has rendered its first frame, never before; then WATCHDOG=1 pings at half the
// WATCHDOG_USEC interval, from the GUI thread.
#include "Watchdog.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

class TestWatchdog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_socket = -1;

    // Every notification received so far (one datagram each).
    QStringList received()
    {
        QStringList messages;
        char buffer[512];
        ssize_t size;
        while ((size = recv(m_socket, buffer, sizeof buffer, MSG_DONTWAIT)) > 0)
            messages << QString::fromUtf8(buffer, int(size)).trimmed();
        return messages;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray path = QFile::encodeName(m_dir.filePath(QStringLiteral("notify")));
        m_socket = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        QVERIFY(m_socket >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof address.sun_path);
        memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        qputenv("NOTIFY_SOCKET", path);
        qputenv("WATCHDOG_USEC", "200000");
        qputenv("WATCHDOG_PID", QByteArray::number(getpid()));
    }

    void cleanupTestCase()
    {
        if (m_socket >= 0)
            close(m_socket);
    }

    void readyAfterTheFirstFrameThenPings()
    {
        QQuickWindow window;
        window.resize(320, 200);
        Watchdog watchdog;
        watchdog.watch(&window);
        QVERIFY(!received().contains(QStringLiteral("READY=1")));   // nothing shown yet

        QStringList messages;
        window.show();
        QVERIFY(QTest::qWaitFor([&] {
            messages += received();
            return messages.contains(QStringLiteral("READY=1"));
        }, 10000));
        // Pings every 100 ms (half of WATCHDOG_USEC): wait for a few rather than timing them.
        QVERIFY(QTest::qWaitFor([&] {
            messages += received();
            return messages.count(QStringLiteral("WATCHDOG=1")) >= 3;
        }, 10000));
        QCOMPARE(messages.count(QStringLiteral("READY=1")), 1);   // once, not at every frame
    }
};

QTEST_MAIN(TestWatchdog)
#include "tst_watchdog.moc"
