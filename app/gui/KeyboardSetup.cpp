// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyboardSetup.h"

#include <QLocale>
#include <QtGlobal>

void prepareOnScreenKeyboard()
{
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}
