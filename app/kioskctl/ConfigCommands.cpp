// SPDX-License-Identifier: GPL-3.0-or-later
// kioskctl config check / pin set: the kiosk's configuration file (kiosk.ini).
#include "Command.h"
#include "Terminal.h"

#include "kiosk/Config.h"
#include "kiosk/IniEditor.h"
#include "kiosk/StaffGate.h"

#include <QLoggingCategory>


namespace {

const QString kConfigOption = QStringLiteral("config");

// The file a command works on: the one named, else the one the kiosk would read.
QString configFile(const QCommandLineParser &parser, const QString &named)
{
    return kiosk::Config::locate(named.isEmpty() ? parser.value(kConfigOption) : named, dataDirectory(parser));
}

int checkConfig(QCommandLineParser &parser)
{
    // The problems are printed below in French; the kiosk's log lines would repeat them.
    QLoggingCategory::setFilterRules(QStringLiteral("kiosk.config=false"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return fail(QStringLiteral("un seul fichier à la fois."), 2);
    const QString file = configFile(parser, positional.value(0));
    if (file.isEmpty()) {
        out() << "Aucun fichier de configuration trouvé (/etc/kiosk/kiosk.ini, " << dataDirectory(parser)
              << "/kiosk.ini) : le kiosque utilise ses valeurs par défaut." << Qt::endl;
        return 0;
    }
    const kiosk::Config config = kiosk::Config::load(file);
    out() << "Fichier : " << file << '\n';
    if (config.problems.isEmpty()) {
        out() << "Configuration correcte." << Qt::endl;
    } else {
        for (const QString &problem : config.problems)
            out() << "  - " << problem << '\n';
        out() << config.problems.size() << " problème(s) : le kiosque démarrera avec les valeurs par défaut de ces clés."
              << Qt::endl;
    }
    if (config.usesDemoPin())
        out() << "Attention : le code du personnel est encore le code de démonstration (kioskctl pin set)." << Qt::endl;
    return config.problems.isEmpty() ? 0 : 1;
}

// One line from standard input, without echo on a terminal.
QString readPinLine(const QString &prompt)
{
    err() << prompt << Qt::flush;
    return QString::fromUtf8(readLine(true)).trimmed();
}

int setPin(QCommandLineParser &parser)
{
    QString file = configFile(parser, QString());
    if (file.isEmpty())
        file = dataDirectory(parser) + QStringLiteral("/kiosk.ini");
    const QString pin = readPinLine(QStringLiteral("Nouveau code du personnel (4 à 8 chiffres) : "));
    if (!kiosk::StaffGate::isWellFormedPin(pin))
        return fail(QStringLiteral("le code doit faire 4 à 8 chiffres."));
    if (readPinLine(QStringLiteral("Encore une fois : ")) != pin)
        return fail(QStringLiteral("les deux codes diffèrent ; rien n'a changé."));
    const QString hash = kiosk::StaffGate::hashPin(pin);
    QString error;
    if (hash.isEmpty())
        return fail(QStringLiteral("le calcul de l'empreinte a échoué (mémoire insuffisante ?)."));
    if (!kiosk::setIniValue(file, QStringLiteral("staff"), QStringLiteral("pin_hash"), hash, &error))
        return fail(error);
    out() << "Code enregistré dans " << file << ". Il s'applique au prochain démarrage du kiosque." << Qt::endl;
    return 0;
}

} // namespace

CommandList configCommands()
{
    const auto configOption = [](QCommandLineParser &parser) {
        parser.addOption({kConfigOption,
                          QStringLiteral("Fichier de configuration (par défaut : /etc/kiosk/kiosk.ini s'il existe, "
                                         "sinon <dossier de données>/kiosk.ini)."),
                          QStringLiteral("FICHIER")});
    };
    return {
        {{QStringLiteral("config"), QStringLiteral("check")},
         QStringLiteral("[FICHIER]"),
         QStringLiteral("Vérifie un fichier kiosk.ini et liste ses problèmes (code de sortie 1 s'il y en a)."),
         [configOption](QCommandLineParser &parser) {
             configOption(parser);
             parser.addPositionalArgument(QStringLiteral("fichier"), QStringLiteral("Le fichier à vérifier."),
                                          QStringLiteral("[FICHIER]"));
         },
         checkConfig},
        {{QStringLiteral("pin"), QStringLiteral("set")},
         QStringLiteral("[--config FICHIER]"),
         QStringLiteral("Change le code du personnel : le lit deux fois et écrit son empreinte dans kiosk.ini."),
         configOption,
         setPin},
    };
}
