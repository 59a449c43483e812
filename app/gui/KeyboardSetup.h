// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Prepares the process for the on-screen keyboard (Qt Virtual Keyboard): call it first in main,
// before the application object, which reads both settings when it is made.
//  - QT_IM_MODULE: the virtual keyboard, unless the environment names another input method.
//  - The default locale: French (the kiosk's first language), whatever the machine's (often C).
//    The keyboard picks its first layout from it; with another default it makes an English one,
//    then replaces it when OnScreenKeyboard.qml asks for French. Under load that happened before
//    the first frame (7 starts in 60), and a Qt Quick Layout torn down that early is the path of
//    the start-up crash seen in Qt 6.4 (QQuickGridLayoutBase::invalidate from a deleted layout).
//    The interface's own texts and numbers do not depend on it: they name their locale.
void prepareOnScreenKeyboard();
