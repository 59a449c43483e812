// SPDX-License-Identifier: GPL-3.0-or-later
#include "QmlTestSetup.h"

#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(KioskPlugin)

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml, QmlTestSetup)
