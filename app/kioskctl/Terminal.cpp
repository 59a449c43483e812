// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include "Command.h"
#include "update/PackDescription.h"

#include <QSaveFile>

#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

QByteArray readLine(bool hidden)
{
    termios saved {};
    const bool terminal = hidden && ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << Qt::endl;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QByteArray::fromStdString(line);
}

QByteArray readPassword(const QString &prompt, bool twice)
{
    const QByteArray fromEnvironment = qgetenv("KIOSK_KEY_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    err() << prompt << Qt::flush;
    const QByteArray password = readLine(true);
    if (twice && ::isatty(STDIN_FILENO)) {
        err() << "Encore une fois : " << Qt::flush;
        if (readLine(true) != password) {
            err() << "Les deux mots de passe diffèrent." << Qt::endl;
            return {};
        }
    }
    return password;
}

bool confirm(const QString &prompt)
{
    err() << prompt << Qt::flush;
    const QByteArray answer = readLine(false).trimmed().toLower();
    return answer == "o" || answer == "oui" || answer == "y" || answer == "yes";
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions,
                         QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) || file.write(data) != data.size()
        || !file.commit()) {
        *error = QStringLiteral("écriture impossible : ") + path;
        return false;
    }
    return true;
}

ProgressPrinter::ProgressPrinter()
    : m_terminal(::isatty(STDERR_FILENO))
{
    m_clock.start();
}

void ProgressPrinter::step(kiosk::PackImporter::Step step)
{
    static const char *const names[] = {"Vérifications", "Copie et contrôle des fichiers", "Construction du contenu",
                                        "Contrôle du contenu construit", "Bascule vers le nouveau contenu", "Terminé"};
    finish();
    err() << names[int(step)] << (step == kiosk::PackImporter::Step::Done ? "." : "…") << Qt::endl;
}

void ProgressPrinter::show(qint64 bytesDone, qint64 bytesTotal, int filesDone, int filesTotal)
{
    const int decile = bytesTotal > 0 ? int(bytesDone * 10 / bytesTotal) : 10;
    if (!m_terminal && decile == m_lastDecile)
        return;
    m_lastDecile = decile;
    err() << (m_terminal ? "\r" : "  ")
          << kiosk::PackDescription::progress(bytesDone, bytesTotal, filesDone, filesTotal, m_clock.elapsed())
          << (m_terminal ? "\x1b[K" : "\n") << Qt::flush;
    m_lineOpen = m_terminal;
}

void ProgressPrinter::finish()
{
    if (m_lineOpen)
        err() << Qt::endl;
    m_lineOpen = false;
}
