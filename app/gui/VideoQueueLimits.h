// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Qt 6.4's GStreamer player puts two queues between the video decoder and the screen (its
// "videoQueue", and one in its "videoSinkBin"), each holding up to a second or 10 MB of decoded
// pictures: 29 frames (10 MB) for the attract loop's 640×360 excerpt, ~15 (20 MB) for a 720p
// interview, all of it kept by the decoder's buffer pool while the video plays. A few frames per
// queue keep the decoder ahead of the screen; the player offers no setting for it, so a GStreamer
// hook sets it on those two queues as Qt adds them. Queues Qt names otherwise (a later version)
// keep their defaults: playback is the same, only the memory is not saved.
namespace VideoQueueLimits {

constexpr unsigned kFramesPerQueue = 3;

// Call once, before the first media player is made (it starts GStreamer if Qt has not yet).
void install();

// How many video queues the hook has limited since install(): the tests check that Qt's
// pipeline still has the queues it looks for.
int limitedCount();

} // namespace VideoQueueLimits
