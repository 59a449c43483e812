// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preferences.h"
#include "SteppedIncubation.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include <limits>
#include <memory>

Q_IMPORT_QML_PLUGIN(KioskPlugin)

namespace {

QUrl testData(const char *name)
{
    return QUrl::fromLocalFile(qEnvironmentVariable("KIOSK_SOURCE_DIR") + QStringLiteral("/tests/data/")
                               + QLatin1String(name));
}

// A VideoExcerpt given a source, in an engine whose asynchronous creations advance only when told.
struct Excerpt
{
    QQmlEngine engine;
    SteppedIncubation incubation;
    std::unique_ptr<QObject> object;

    bool startMaking()
    {
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.setIncubationController(&incubation);
        QQmlComponent component(&engine);
        component.setData("import Kiosk\nVideoExcerpt { width: 320; height: 180 }", QUrl());
        object.reset(component.createWithInitialProperties(
            {{QStringLiteral("source"), testData("clip.mp4")}, {QStringLiteral("captions"), testData("clip.vtt")}}));
        if (!object) {
            qWarning() << component.errorString();
            return false;
        }
        // The player's file is compiled on the type loader's thread first.
        return QTest::qWaitFor([this] { return incubation.incubatingObjectCount() > 0; });
    }

    // Advances the player's making by up to `steps` steps; true while it is still half made.
    bool makeFor(int steps)
    {
        for (int i = 0; i < steps && incubation.incubatingObjectCount() > 0; ++i) {
            incubation.step();
            QTest::qWait(2);   // the pipeline's own messages, as between frames
        }
        return incubation.incubatingObjectCount() > 0;
    }
};

} // namespace

// The attract loop takes a VideoExcerpt's source away whenever a visitor taps or its card leaves
// the middle, and its player (ExcerptPlayer, made by an asynchronous Loader) may then be half made.
// Cancelling that in Qt 6.4 crashed a soak run (QQmlIncubator::clear from Loader.setSource: objects
// torn down while bindings they ran still watched them), so the excerpt lets the making finish and
// removes the player then. This takes the source away after each step of the making in turn.
class TestExcerptIncubation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Preferences::provide(&m_preferences); }

    void sourceGoneAtEveryStepOfMakingThePlayer()
    {
        for (int steps = 0;; ++steps) {
            Excerpt excerpt;
            QVERIFY(excerpt.startMaking());
            const bool halfMade = excerpt.makeFor(steps);
            excerpt.object->setProperty("source", QUrl());
            // Never cancelled: the making of a half-made player goes on ...
            QCOMPARE(excerpt.incubation.incubatingObjectCount() > 0, halfMade);
            excerpt.makeFor(std::numeric_limits<int>::max());
            // ... and the player is removed once made.
            QTRY_VERIFY2(!excerpt.object->findChild<QObject *>(QStringLiteral("excerptPlayer")),
                         qPrintable(QStringLiteral("a player is left after %1 steps").arg(steps)));
            QVERIFY(!excerpt.object->property("playing").toBool());
            if (!halfMade)
                break;
        }
    }

    // A content update rebuilds the attract loop: an excerpt may go with its player half made.
    void excerptGoneAtEveryStepOfMakingThePlayer()
    {
        for (int steps = 0;; ++steps) {
            Excerpt excerpt;
            QVERIFY(excerpt.startMaking());
            const bool halfMade = excerpt.makeFor(steps);
            excerpt.object.reset();
            QCOMPARE(excerpt.incubation.incubatingObjectCount(), 0);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            if (!halfMade)
                break;
        }
    }

private:
    Preferences m_preferences{Preferences::Defaults{}};
};

QTEST_MAIN(TestExcerptIncubation)
#include "tst_excerptincubation.moc"
