// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Resident memory of this process, in MiB (0 where /proc is not readable).
double residentMib();
