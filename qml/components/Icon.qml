// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Kiosk

// One of the interface icons in qml/icons/ (white line drawings), by name.
Image {
    property string name
    property int size: Theme.iconSize

    width: size
    height: size
    source: name.length > 0 ? Qt.resolvedUrl("../icons/" + name + ".svg") : ""
    sourceSize.width: size
    sourceSize.height: size
    fillMode: Image.PreserveAspectFit
    smooth: true
}
