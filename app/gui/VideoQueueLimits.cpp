// SPDX-License-Identifier: GPL-3.0-or-later
#include "VideoQueueLimits.h"

#include "GstElementAdded.h"
#include "Logging.h"

#include <atomic>

namespace {

std::atomic<int> limited{0};

using GstElementAdded::named;

bool isQueue(GstElement *element)
{
    GstElementFactory *factory = gst_element_get_factory(element);
    return factory && named(GST_OBJECT(factory), "queue");
}

void limitVideoQueue(GstObject *bin, GstElement *element)
{
    if (!element || !isQueue(element) || !(named(GST_OBJECT(element), "videoQueue") || named(bin, "videoSinkBin")))
        return;
    g_object_set(element, "max-size-buffers", guint(VideoQueueLimits::kFramesPerQueue), "max-size-bytes", guint(0),
                 "max-size-time", guint64(0), nullptr);
    ++limited;
    qCDebug(lcMedia) << "video queue" << GST_OBJECT_NAME(bin) << GST_OBJECT_NAME(element) << "limited to"
                     << VideoQueueLimits::kFramesPerQueue << "frames";
}

} // namespace

namespace VideoQueueLimits {

void install()
{
    static const bool installed = (GstElementAdded::addHook<limitVideoQueue>(), true);
    Q_UNUSED(installed)
}

int limitedCount()
{
    return limited.load();
}

} // namespace VideoQueueLimits
