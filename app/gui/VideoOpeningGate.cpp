// SPDX-License-Identifier: GPL-3.0-or-later
#include "VideoOpeningGate.h"

#include "GstElementAdded.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <atomic>

namespace {

std::atomic<int> held{0};

GstPadProbeReturn keepHolding(GstPad *, GstPadProbeInfo *, gpointer)
{
    return GST_PAD_PROBE_OK;   // blocked for as long as the probe stays
}

// The file's source element, which Qt 6.4's "uridecoder" (a uridecodebin) adds while the pipeline
// starts, in the thread that called setSource.
void holdVideoFile(GstObject *bin, GstElement *element)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || !element || !GstElementAdded::named(bin, "uridecoder")
        || !GST_OBJECT_FLAG_IS_SET(element, GST_ELEMENT_FLAG_SOURCE))
        return;
    GstPad *pad = gst_element_get_static_pad(element, "src");
    if (!pad)
        return;
    // Data only, pushed or pulled: queries (the decoder asking how it may read the file while the
    // pipeline starts, in this very thread) go through.
    const gulong probe = gst_pad_add_probe(pad, GstPadProbeType(GST_PAD_PROBE_TYPE_BLOCK | GST_PAD_PROBE_TYPE_DATA_DOWNSTREAM),
                                           keepHolding, nullptr, nullptr);
    ++held;
    // The pad stays referenced until then: a player destroyed meanwhile stops its pipeline, which
    // unblocks the probe, and the pad is let go here.
    QMetaObject::invokeMethod(
        app,
        [pad, probe] {
            gst_pad_remove_probe(pad, probe);
            gst_object_unref(pad);
            --held;
        },
        Qt::QueuedConnection);
}

} // namespace

namespace VideoOpeningGate {

void install()
{
    static const bool installed = (GstElementAdded::addHook<holdVideoFile>(), true);
    Q_UNUSED(installed)
}

int heldCount()
{
    return held.load();
}

} // namespace VideoOpeningGate
