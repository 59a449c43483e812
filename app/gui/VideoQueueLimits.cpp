// SPDX-License-Identifier: GPL-3.0-or-later
#include "VideoQueueLimits.h"

#include "Logging.h"

#include <gst/gst.h>

#include <atomic>

namespace {

std::atomic<int> limited{0};

bool named(GstObject *object, const char *name)
{
    return object && g_strcmp0(GST_OBJECT_NAME(object), name) == 0;
}

bool isQueue(GstElement *element)
{
    GstElementFactory *factory = gst_element_get_factory(element);
    return factory && named(GST_OBJECT(factory), "queue");
}

// "element-added" of any bin, in whichever thread adds the element (GStreamer's or the GUI's).
gboolean onElementAdded(GSignalInvocationHint *, guint count, const GValue *values, gpointer)
{
    if (count < 2)
        return TRUE;
    auto *bin = static_cast<GstObject *>(g_value_get_object(&values[0]));
    auto *element = static_cast<GstElement *>(g_value_get_object(&values[1]));
    if (!element || !isQueue(element) || !(named(GST_OBJECT(element), "videoQueue") || named(bin, "videoSinkBin")))
        return TRUE;
    g_object_set(element, "max-size-buffers", guint(VideoQueueLimits::kFramesPerQueue), "max-size-bytes", guint(0),
                 "max-size-time", guint64(0), nullptr);
    ++limited;
    qCDebug(lcMedia) << "video queue" << GST_OBJECT_NAME(bin) << GST_OBJECT_NAME(element) << "limited to"
                     << VideoQueueLimits::kFramesPerQueue << "frames";
    return TRUE;   // stay installed for the next pipelines
}

} // namespace

namespace VideoQueueLimits {

void install()
{
    gst_init(nullptr, nullptr);   // does nothing more if Qt has started GStreamer already
    static const gulong hook = [] {
        g_type_class_ref(GST_TYPE_BIN);   // the signal exists once the class does; kept for the process
        return g_signal_add_emission_hook(g_signal_lookup("element-added", GST_TYPE_BIN), 0, onElementAdded,
                                          nullptr, nullptr);
    }();
    Q_UNUSED(hook)
}

int limitedCount()
{
    return limited.load();
}

} // namespace VideoQueueLimits
