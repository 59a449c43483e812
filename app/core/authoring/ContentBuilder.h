// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kiosk {

// One problem found in the staff's sheets, located precisely (row 1 is the header row).
struct ImportProblem
{
    QString sheet;   // e.g. "metiers.csv"
    int row = 0;     // 0 when the problem is about the whole sheet
    QString column;  // "" when the problem is about the whole row or sheet
    QString message; // plain French, for staff
    QString toString() const;
};

struct BuildReport
{
    QList<ImportProblem> problems;
    int contentVersion = 0;
    QMap<QString, int> counts; // table → rows imported
    QStringList mediaFiles;    // relative paths of the media the content references
    // The folder could not be written (disk full, I/O error…): the content is not at fault.
    bool writeFailed = false;
    bool diskFull = false;
    bool ok() const { return problems.isEmpty(); }
};

// THE import path (demo content at build time, kioskctl, USB packs): reads the authoring sheets of
// docs/authoring.md from sourceDir, validates everything, and writes a complete content version
// folder outDir (content.sqlite at the latest schema, search index filled, integrity checked, plus
// a copy of every referenced media file under the same relative path). Media paths in the sheets
// are resolved against mediaRoot. On any problem outDir is left absent: nothing half-built.
class ContentBuilder
{
public:
    // HardLink: the content update's media are already verified copies in staging, on the same file
    // system: linking them saves writing every byte a second time (a copy if linking fails).
    // Copy otherwise: a link to the authors' own files would let an edit of theirs change a built version.
    enum class Media { Copy, HardLink };
    static BuildReport build(const QString &sourceDir, const QString &mediaRoot, const QString &outDir,
                             Media media = Media::Copy);
};

} // namespace kiosk
