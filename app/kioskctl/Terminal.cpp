// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include "Command.h"
#include "update/FileSync.h"
#include "update/PackDescription.h"

#include <QIODevice>
#include <QSaveFile>

#include <cerrno>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {

using kiosk::FileSync::writeAll;

// The UTF-8 that QTextStream writes, with C0 controls (but newline and tab), DEL and C1 controls
// (U+0080–U+009F, "\xC2\x80"–"\xC2\x9F": U+009B is a CSI on some terminals) written as \xHH.
// QTextStream encodes whole characters, so a two-byte C1 control never straddles two writes.
QByteArray escapeControls(const char *data, qint64 size)
{
    QByteArray out;
    out.reserve(size);
    for (qint64 at = 0; at < size; ++at) {
        const auto byte = static_cast<unsigned char>(data[at]);
        const bool c1 = byte == 0xC2 && at + 1 < size && static_cast<unsigned char>(data[at + 1]) >= 0x80
                        && static_cast<unsigned char>(data[at + 1]) <= 0x9F;
        if (c1) {
            out += "\\x" + QByteArray::number(static_cast<unsigned char>(data[++at]), 16);
        } else if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F) {
            out += "\\x" + QByteArray::number(byte, 16).rightJustified(2, '0');
        } else {
            out += char(byte);
        }
    }
    return out;
}

// Standard output or error, through escapeControls.
class PrintableOutput : public QIODevice
{
public:
    explicit PrintableOutput(int fd)
        : m_fd(fd)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    // For the progress line's own control sequences only.
    void writeRaw(const char *sequence) { writeAll(m_fd, sequence, qint64(qstrlen(sequence))); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const QByteArray printable = escapeControls(data, size);
        return writeAll(m_fd, printable.constData(), printable.size()) ? size : -1;
    }

private:
    const int m_fd;
};

// Never destroyed: the streams flush into them when the program ends.
PrintableOutput &printableOut()
{
    static auto *device = new PrintableOutput(STDOUT_FILENO);
    return *device;
}

PrintableOutput &printableErr()
{
    static auto *device = new PrintableOutput(STDERR_FILENO);
    return *device;
}

// Before main(): every command's output goes through the filter (out() and err() are the streams of
// Command.cpp; their devices are replaced, the streams stay).
const bool kFiltered = [] {
    out().setDevice(&printableOut());
    err().setDevice(&printableErr());
    return true;
}();

// Flushes err() and writes a terminal control sequence as is.
void terminalControl(const char *sequence)
{
    err().flush();
    printableErr().writeRaw(sequence);
}

} // namespace

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
    if (m_terminal)
        terminalControl("\r");
    else
        err() << "  ";
    err() << kiosk::PackDescription::progress(bytesDone, bytesTotal, filesDone, filesTotal, m_clock.elapsed());
    if (m_terminal)
        terminalControl("\x1b[K"); // clears what a longer previous line left
    else
        err() << '\n' << Qt::flush;
    m_lineOpen = m_terminal;
}

void ProgressPrinter::finish()
{
    if (m_lineOpen)
        err() << Qt::endl;
    m_lineOpen = false;
}
