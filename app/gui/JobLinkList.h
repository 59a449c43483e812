// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "content/JobLinks.h"
#include "content/Language.h"

#include <QVariantList>

// [{jobId, title}] for a screen's "tap through to the job" buttons, titles in `language`.
QVariantList jobLinkList(const QList<kiosk::JobLink> &jobs, kiosk::Language language);
