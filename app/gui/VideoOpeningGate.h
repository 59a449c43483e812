// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Qt 6.4's GStreamer player starts reading a new video (QMediaPlayer::setSource: pipeline to
// PAUSED) and, in the same call, seeks it to 0. When its streaming threads run ahead of the GUI
// thread (a busy machine; every time under heaptrack), the decoder's pads come during that seek:
// the streaming thread linking the picture's output waits for a lock the seek holds, the seek waits
// for that thread, and the kiosk hangs for good (docs/architecture.md). This hook holds each new
// video's file back until the GUI thread is in its event loop again: setSource, and whatever the
// caller does right after it (play()), have returned by then.
namespace VideoOpeningGate {

// Call once, before the first media player is made. Videos are held back only while a
// QCoreApplication exists (its event loop lets them go).
void install();

// Videos held back at this moment (for the tests).
int heldCount();

} // namespace VideoOpeningGate
