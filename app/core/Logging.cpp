// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

Q_LOGGING_CATEGORY(lcApp, "kiosk.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcContent, "kiosk.content", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuthoring, "kiosk.authoring", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "kiosk.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "kiosk.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIdle, "kiosk.idle", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStaff, "kiosk.staff", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUpdate, "kiosk.update", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAnalytics, "kiosk.analytics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMedia, "kiosk.media", QtInfoMsg)
