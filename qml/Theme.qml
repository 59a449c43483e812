// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Kiosk

// The one place for colours, type scale and spacing. Sizes are for a 1080-pixel short side; the
// "bigger text" choice scales type, the high-contrast choice swaps the palette (WCAG AA or better).
QtObject {
    readonly property bool contrast: Preferences.highContrast
    readonly property real textScale: Preferences.largeText ? 1.25 : 1.0

    // Palette
    readonly property color background: contrast ? "#000000" : "#0E2A47"
    readonly property color surface: contrast ? "#000000" : "#163A5F"
    readonly property color surfaceRaised: contrast ? "#1A1A1A" : "#1F4A75"
    readonly property color text: "#FFFFFF"
    readonly property color textMuted: contrast ? "#FFFFFF" : "#C9D8E8"
    readonly property color accent: contrast ? "#FFE600" : "#FF8A3D"
    readonly property color textOnAccent: "#000000"
    readonly property color outline: contrast ? "#FFFFFF" : "transparent"
    readonly property color danger: contrast ? "#FF6B6B" : "#E5484D"
    // Tile colours of the home sections (white text on each passes AA).
    readonly property var sectionColors: contrast
        ? ["#000000", "#000000", "#000000", "#000000", "#000000", "#000000"]
        : ["#C2410C", "#6D28D9", "#047857", "#1D4ED8", "#BE185D", "#0F766E"]

    // Type scale (pixel sizes)
    readonly property int fontBody: Math.round(26 * textScale)
    readonly property int fontSmall: Math.round(24 * textScale)
    readonly property int fontLarge: Math.round(32 * textScale)
    readonly property int fontTitle: Math.round(44 * textScale)
    readonly property int fontDisplay: Math.round(64 * textScale)
    readonly property string fontFamily: "DejaVu Sans"

    // Spacing and touch
    readonly property int spacing: 24
    readonly property int spacingSmall: 12
    readonly property int margin: 40
    readonly property int radius: 20
    readonly property int touchMin: 72          // every tappable thing is at least this tall/wide
    readonly property int topBarHeight: 104
    readonly property int transition: 200       // ms, every screen change stays under 250 ms

    // Video player and charts (interviews, lycée numérique)
    readonly property color captionBackground: "#E6000000"   // captions: white on near-black
    readonly property int fontCaption: Math.round(36 * textScale)
    readonly property int playButton: 112       // the big play/pause button
    readonly property color chartBar: accent
    readonly property color chartTrack: contrast ? "#333333" : "#0B2039"
    readonly property int fontFigure: Math.round(48 * textScale)   // chart values, readable from 2 m

    // Chrome, cards, chips and tile maps (home, jobs, trainings, search)
    readonly property int fontBar: 26           // top bar buttons: not scaled, so they never move
    readonly property int iconSize: 40
    readonly property int iconLarge: 72
    readonly property color chip: surfaceRaised
    readonly property color chipSelected: accent
    readonly property color textOnChipSelected: textOnAccent
    readonly property color textDisabled: contrast ? "#B3B3B3" : "#9DB3C9"
    readonly property color card: contrast ? "#000000" : "#1F4A75"
    readonly property color cardPressed: contrast ? "#333333" : "#2A5C8F"
    readonly property color qrBackground: "#FFFFFF"
    readonly property int cardImageHeight: 160
    // Pictures from the content are decoded this wide (Image.sourceSize.width): a pack's
    // 4000-pixel photo would otherwise hold ~48 MB while shown. The demo's are 640 px. (With a
    // cropping or fitting fillMode, Qt scales a smaller picture up to it as well.)
    readonly property int pictureWidth: 640
    readonly property int portraitWidth: 400   // interview portraits in the attract loop (the demo's: 400 px)
    readonly property int scrollFlickVelocity: 4000   // px/s: long lists cross in a few flicks
}
