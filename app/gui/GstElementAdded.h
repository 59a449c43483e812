// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The kiosk's hooks into Qt 6.4's GStreamer player (VideoQueueLimits, VideoOpeningGate) see each
// element as it is added to a bin of any pipeline: the player offers no setting for what they do.
// Only for files built with GStreamer's include directories (app/gui/KioskUi.cmake).
#include <gst/gst.h>

namespace GstElementAdded {

inline bool named(GstObject *object, const char *name)
{
    return object && g_strcmp0(GST_OBJECT_NAME(object), name) == 0;
}

// From now on, onAdded(bin, element) runs for every element added to a bin, in whichever thread
// adds it (GStreamer's or the GUI's). Starts GStreamer if Qt has not yet. Call once per hook.
template <void (*onAdded)(GstObject *bin, GstElement *element)>
void addHook()
{
    gst_init(nullptr, nullptr);
    g_type_class_ref(GST_TYPE_BIN);   // the signal exists once the class does; kept for the process
    g_signal_add_emission_hook(
        g_signal_lookup("element-added", GST_TYPE_BIN), 0,
        [](GSignalInvocationHint *, guint count, const GValue *values, gpointer) -> gboolean {
            if (count >= 2)
                onAdded(static_cast<GstObject *>(g_value_get_object(&values[0])),
                        static_cast<GstElement *>(g_value_get_object(&values[1])));
            return TRUE;   // stay installed for the next pipelines
        },
        nullptr, nullptr);
}

} // namespace GstElementAdded
