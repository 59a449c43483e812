// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphicsMemory.h"

#include <QByteArray>

namespace {

void setUnlessSet(const char *name, const QByteArray &value)
{
    if (qEnvironmentVariableIsEmpty(name))
        qputenv(name, value);
}

} // namespace

void limitGraphicsMemory()
{
    setUnlessSet("QSG_ATLAS_WIDTH", "1024");
    setUnlessSet("QSG_ATLAS_HEIGHT", "1024");
    setUnlessSet("QSG_NO_DEPTH_BUFFER", "1");
    setUnlessSet("QSG_NO_STENCIL_BUFFER", "1");
}
