// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>

namespace kiosk {
class UsageLog;
}

namespace kiosk::test {

// Records three known visits on `day` into log (ids from writeSmallContent()):
//   09:10, 120 s: screens jobs + job; views developpeur, analyste-cyber; interview romain watched
//                 to the end; toggle "language-en"
//   10:05,  60 s: view developpeur; romain started and stopped at 30 %; quiz proposing
//                 developpeur and game-designer; a search matching developpeur
//   10:40, 300 s: view developpeur and training bts-sio-slam; a search that matched nothing
// So: 3 sessions, mean 160 s, 1 visit at 9 h and 2 at 10 h, developpeur viewed 3 times and
// analyste-cyber once, romain started twice and completed once (50 %), 1 quiz, 2 searches.
bool recordSampleVisits(UsageLog &log, const QDate &day);

} // namespace kiosk::test
