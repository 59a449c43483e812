// SPDX-License-Identifier: GPL-3.0-or-later
// kioskctl — the command-line tool for staff and technicians.
#include "Command.h"

#include <QCoreApplication>

namespace {

CommandList allCommands()
{
    CommandList all;
    for (CommandList part : {statusCommands(), configCommands(), packCommands(), statsCommands(), contentCommands()})
        all.insert(all.end(), part.begin(), part.end());
    return all;
}

int usage(const CommandList &commands)
{
    err() << "Usage : kioskctl [--data-dir DIR] COMMANDE…\n\nCommandes :\n";
    for (const Command &command : commands)
        err() << "  " << command.words.join(QLatin1Char(' ')) << ' ' << command.synopsis << "\n      "
              << command.summary << '\n';
    err() << "\nDossier de données par défaut : voir « kioskctl status ». Aide d'une commande : "
             "kioskctl COMMANDE --help"
          << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kiosk"));
    const CommandList commands = allCommands();

    // The longest list of leading words that names a command wins ("pack sign" before "pack").
    const QStringList args = app.arguments().mid(1);
    const Command *chosen = nullptr;
    qsizetype chosenAt = -1;
    for (const Command &command : commands) {
        for (qsizetype at = 0; at + command.words.size() <= args.size(); ++at) {
            if (args.mid(at, command.words.size()) != command.words)
                continue;
            if (!chosen || command.words.size() > chosen->words.size()) {
                chosen = &command;
                chosenAt = at;
            }
            break;
        }
    }
    if (!chosen)
        return usage(commands);

    QStringList line = args;
    line.remove(chosenAt, chosen->words.size());
    line.prepend(QStringLiteral("kioskctl ") + chosen->words.join(QLatin1Char(' ')));

    QCommandLineParser parser;
    parser.setApplicationDescription(chosen->summary);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Dossier de données du kiosque."),
                      QStringLiteral("DIR")});
    if (chosen->declare)
        chosen->declare(parser);
    if (!parser.parse(line))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    return chosen->run(parser);
}
