// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import Kiosk

// A line icon drawn with Qt Quick Shapes on a 24-unit grid, so it stays sharp at any size: the
// icon names of docs/authoring.md (content icons) and the player's controls. An unknown name
// draws a star. Outlines in the style of Feather icons (MIT).
Item {
    id: glyph

    property string name
    property color color: Theme.text
    property real size: 48

    readonly property var paths: ({
        // Content icons (docs/authoring.md)
        "code": "M16 18l6-6-6-6 M8 6l-6 6 6 6",
        "shield": "M12 22s8-4 8-10V5l-8-3-8 3v7c0 6 8 10 8 10z",
        "data": "M3 5a9 3 0 1 0 18 0a9 3 0 1 0-18 0 M21 12c0 1.66-4 3-9 3s-9-1.34-9-3 M3 5v14c0 1.66 4 3 9 3s9-1.34 9-3V5",
        "cloud": "M18 10h-1.26A8 8 0 1 0 9 20h9a5 5 0 0 0 0-10z",
        "robot": "M5 8h14a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1z M12 8V4 M9 4h6 M9 13v1 M15 13v1 M9 17h6 M1 12v4 M23 12v4",
        "gamepad": "M6 8h12a4 4 0 0 1 4 4v2a4 4 0 0 1-4 4c-1.5 0-2.5-1-3.5-2h-5c-1 1-2 2-3.5 2a4 4 0 0 1-4-4v-2a4 4 0 0 1 4-4z M5 13h4 M7 11v4 M15 13h1 M18 11h1",
        "music": "M9 18V5l12-2v13 M3 18a3 3 0 1 0 6 0a3 3 0 1 0-6 0 M15 16a3 3 0 1 0 6 0a3 3 0 1 0-6 0",
        "leaf": "M11 20A7 7 0 0 1 9.8 6.1C15.5 5 17 4.48 19 2c1 2 2 4.18 2 8 0 5.5-4.78 10-10 10z M2 21c0-3 1.85-5.36 5.08-6C9.5 14.52 12 13 13 12",
        "health": "M20.84 4.61a5.5 5.5 0 0 0-7.78 0L12 5.67l-1.06-1.06a5.5 5.5 0 0 0-7.78 7.78l1.06 1.06L12 21.23l7.78-7.78 1.06-1.06a5.5 5.5 0 0 0 0-7.78z",
        "network": "M15 5a3 3 0 1 0 6 0a3 3 0 1 0-6 0 M3 12a3 3 0 1 0 6 0a3 3 0 1 0-6 0 M15 19a3 3 0 1 0 6 0a3 3 0 1 0-6 0 M8.59 13.51l6.83 3.98 M15.41 6.51l-6.82 3.98",
        "design": "M12 19l7-7 3 3-7 7-3-3z M18 13l-1.5-7.5L2 2l3.5 14.5L13 18l5-5z M2 2l7.59 7.59 M9 11a2 2 0 1 0 4 0a2 2 0 1 0-4 0",
        "school": "M22 10L12 5 2 10l10 5 10-5z M6 12v5c3 3 9 3 12 0v-5 M22 10v6",
        "chart": "M3 20h18 M6 20v-5 M12 20V10 M18 20V4",
        "people": "M17 21v-2a4 4 0 0 0-4-4H5a4 4 0 0 0-4 4v2 M5 7a4 4 0 1 0 8 0a4 4 0 1 0-8 0 M23 21v-2a4 4 0 0 0-3-3.87 M16 3.13a4 4 0 0 1 0 7.75",
        "idea": "M8 14.5a6 6 0 1 1 8 0c-.6.6-1 1.4-1 2.5v1H9v-1c0-1.1-.4-1.9-1-2.5z M9 21h6",
        "build": "M14.7 6.3a1 1 0 0 0 0 1.4l1.6 1.6a1 1 0 0 0 1.4 0l3.77-3.77a6 6 0 0 1-7.94 7.94l-6.91 6.91a2.12 2.12 0 0 1-3-3l6.91-6.91a6 6 0 0 1 7.94-7.94l-3.76 3.76z",
        "chat": "M21 11.5a8.38 8.38 0 0 1-.9 3.8 8.5 8.5 0 0 1-7.6 4.7 8.38 8.38 0 0 1-3.8-.9L3 21l1.9-5.7a8.38 8.38 0 0 1-.9-3.8 8.5 8.5 0 0 1 4.7-7.6 8.38 8.38 0 0 1 3.8-.9h.5a8.48 8.48 0 0 1 8 8v.5z",
        "search": "M3 11a8 8 0 1 0 16 0a8 8 0 1 0-16 0 M21 21l-4.35-4.35",
        "play": "M6 3.5l14 8.5-14 8.5z",
        "star": "M12 2l3.09 6.26L22 9.27l-5 4.87 1.18 6.88L12 17.77l-6.18 3.25L7 14.14 2 9.27l6.91-1.01L12 2z",
        // Player controls
        "pause": "M6 4h4v16H6z M14 4h4v16h-4z",
        "replay": "M1 4v6h6 M3.51 15a9 9 0 1 0 2.13-9.36L1 10",
        "captions": "M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z M10.5 10a2.5 2.5 0 1 0 0 4 M17.5 10a2.5 2.5 0 1 0 0 4",
        "alert": "M10.29 3.86L1.82 18a2 2 0 0 0 1.71 3h16.94a2 2 0 0 0 1.71-3L13.71 3.86a2 2 0 0 0-3.42 0z M12 9v4 M12 17h.01"
    })
    // Drawn filled rather than outlined.
    readonly property var filled: ["play", "pause"]

    implicitWidth: size
    implicitHeight: size
    // Multisampled layer: smooth edges without a curve renderer (Qt 6.4 has none).
    layer.enabled: true
    layer.samples: 4
    layer.smooth: true

    Shape {
        width: 24
        height: 24
        scale: Math.min(glyph.width, glyph.height) / 24
        transformOrigin: Item.TopLeft

        ShapePath {
            strokeColor: glyph.color
            strokeWidth: 2
            fillColor: glyph.filled.indexOf(glyph.name) >= 0 ? glyph.color : "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg { path: glyph.paths[glyph.name] ?? glyph.paths["star"] }
        }
    }
}
