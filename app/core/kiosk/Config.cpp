// SPDX-License-Identifier: GPL-3.0-or-later
#include "Config.h"

#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSettings>

#include <algorithm>

namespace kiosk {
namespace {

// Reads typed values from the file; each bad value becomes one French problem line and the default.
class Reader
{
public:
    Reader(QSettings &settings, QStringList &problems)
        : m_settings(settings)
        , m_problems(problems)
    {
    }

    int integer(const QString &key, int fallback, int min, int max, const QString &unit)
    {
        QString text;
        if (!raw(key, &text))
            return fallback;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (ok && value >= min && value <= max)
            return value;
        bad(key, text, QStringLiteral("un nombre entier entre %1 et %2 %3").arg(min).arg(max).arg(unit),
            QString::number(fallback));
        return fallback;
    }

    bool boolean(const QString &key, bool fallback)
    {
        QString text;
        if (!raw(key, &text))
            return fallback;
        static const QStringList yes = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("oui"),
                                        QStringLiteral("on"), QStringLiteral("1")};
        static const QStringList no = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("non"),
                                       QStringLiteral("off"), QStringLiteral("0")};
        if (yes.contains(text.toLower()))
            return true;
        if (no.contains(text.toLower()))
            return false;
        bad(key, text, QStringLiteral("true ou false"), fallback ? QStringLiteral("true") : QStringLiteral("false"));
        return fallback;
    }

    QString choice(const QString &key, const QString &fallback, const QStringList &allowed)
    {
        QString text;
        if (!raw(key, &text))
            return fallback;
        if (allowed.contains(text))
            return text;
        bad(key, text, QStringLiteral("une de ces valeurs : %1").arg(allowed.join(QStringLiteral(", "))), fallback);
        return fallback;
    }

    // Non-empty text, optionally checked by a predicate.
    template<typename Check>
    QString text(const QString &key, const QString &fallback, const QString &expected, Check check)
    {
        QString text;
        if (!raw(key, &text))
            return fallback;
        if (!text.isEmpty() && check(text))
            return text;
        bad(key, text, expected, fallback);
        return fallback;
    }

    // Comma-separated absolute paths.
    QStringList paths(const QString &key, const QStringList &fallback)
    {
        QString text;
        if (!raw(key, &text))
            return fallback;
        QStringList result;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString path = part.trimmed();
            if (!path.isEmpty())
                result << path;
        }
        const bool allAbsolute = std::all_of(result.cbegin(), result.cend(),
                                             [](const QString &path) { return QDir::isAbsolutePath(path); });
        if (!result.isEmpty() && allAbsolute)
            return result;
        bad(key, text, QStringLiteral("des chemins absolus séparés par des virgules"),
            fallback.join(QLatin1Char(',')));
        return fallback;
    }

    // The value as text, or false when the key is absent. Marks the key as known.
    bool raw(const QString &key, QString *text)
    {
        m_known.insert(key);
        if (!m_settings.contains(key))
            return false;
        // QSettings splits unquoted values at commas: join them back.
        *text = m_settings.value(key).toStringList().join(QLatin1Char(',')).trimmed();
        return true;
    }

    void bad(const QString &key, const QString &value, const QString &expected, const QString &fallback)
    {
        m_problems << QStringLiteral("%1 = « %2 » : valeur incorrecte, attendu %3 ; valeur par défaut « %4 » utilisée.")
                          .arg(displayKey(key), value, expected, fallback);
    }

    void reportUnknownKeys()
    {
        for (const QString &key : m_settings.allKeys()) {
            if (!m_known.contains(key))
                m_problems << QStringLiteral("%1 : clé inconnue, ignorée (faute de frappe ?).").arg(displayKey(key));
        }
    }

    static QString displayKey(const QString &key)
    {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        return slash < 0 ? key : QStringLiteral("[%1] %2").arg(key.left(slash), key.mid(slash + 1));
    }

private:
    QSettings &m_settings;
    QStringList &m_problems;
    QSet<QString> m_known;
};

void read(Reader &in, Config &c)
{
    const QString s = QStringLiteral("secondes");
    c.idleTimeoutSec = in.integer(QStringLiteral("idle/timeout"), c.idleTimeoutSec, 5, 3600, s);
    c.warningSec = in.integer(QStringLiteral("idle/warning"), c.warningSec, 1, 120, s);
    c.videoActivityLimitSec = in.integer(QStringLiteral("idle/video_limit"), c.videoActivityLimitSec, 0, 7200, s);

    c.attractSlideSec = in.integer(QStringLiteral("attract/slide"), c.attractSlideSec, 2, 120, s);
    c.attractJobs = in.boolean(QStringLiteral("attract/jobs"), c.attractJobs);
    c.attractFigures = in.boolean(QStringLiteral("attract/figures"), c.attractFigures);
    c.attractInterviews = in.boolean(QStringLiteral("attract/interviews"), c.attractInterviews);

    c.language = in.choice(QStringLiteral("display/language"), c.language, {QStringLiteral("fr"), QStringLiteral("en")});
    c.largeText = in.boolean(QStringLiteral("display/large_text"), c.largeText);
    c.highContrast = in.boolean(QStringLiteral("display/high_contrast"), c.highContrast);
    c.cursorVisible = in.boolean(QStringLiteral("display/cursor_visible"), c.cursorVisible);

    const QString percent = QStringLiteral("(pourcentage)");
    c.volumeCap = in.integer(QStringLiteral("audio/volume_cap"), c.volumeCap, 0, 100, percent);
    c.volume = in.integer(QStringLiteral("audio/volume"), c.volume, 0, 100, percent);
    if (c.volume > c.volumeCap)
        c.volume = c.volumeCap;   // the cap wins; not an error

    c.pinHash = in.text(QStringLiteral("staff/pin_hash"), c.pinHash,
                        QStringLiteral("une empreinte écrite par « kioskctl pin set »"),
                        [](const QString &hash) { return hash.startsWith(QLatin1String("$argon2")); });
    c.gestureCorner = in.choice(QStringLiteral("staff/gesture_corner"), c.gestureCorner,
                                {QStringLiteral("top-left"), QStringLiteral("top-right"),
                                 QStringLiteral("bottom-left"), QStringLiteral("bottom-right")});
    c.gestureTaps = in.integer(QStringLiteral("staff/gesture_taps"), c.gestureTaps, 3, 10, QStringLiteral("touchers"));
    c.gestureWindowSec = in.integer(QStringLiteral("staff/gesture_window"), c.gestureWindowSec, 1, 10, s);
    c.staffTimeoutSec = in.integer(QStringLiteral("staff/timeout"), c.staffTimeoutSec, 30, 3600, s);
    c.pinAttempts = in.integer(QStringLiteral("staff/pin_attempts"), c.pinAttempts, 1, 20, QStringLiteral("essais"));
    c.pinLockoutSec = in.integer(QStringLiteral("staff/pin_lockout"), c.pinLockoutSec, 10, 86400, s);

    QString times, days;
    const bool hasTimes = in.raw(QStringLiteral("hours/open"), &times);
    const bool hasDays = in.raw(QStringLiteral("hours/days"), &days);
    if ((hasTimes || hasDays) && !OpeningHours::parse(times, days, &c.hours)) {
        in.bad(QStringLiteral("hours/open"), times + QStringLiteral(" ; days = ") + days,
               QStringLiteral("des heures « 08:30-18:00 » et des jours « lun-ven » ou « lun,mer,sam »"),
               QStringLiteral("ouvert tout le temps"));
    }
    c.dimPercent = in.integer(QStringLiteral("hours/dim"), c.dimPercent, 0, 100, percent);

    c.trustedKeys = in.paths(QStringLiteral("update/trusted_keys"), c.trustedKeys);
    c.mountRoots = in.paths(QStringLiteral("update/mount_roots"), c.mountRoots);
    c.autoApply = in.boolean(QStringLiteral("update/auto_apply"), c.autoApply);
    QString inbox;
    if (in.raw(QStringLiteral("update/inbox"), &inbox)) {
        if (inbox.isEmpty() || QDir::isAbsolutePath(inbox))
            c.inbox = inbox;
        else
            in.bad(QStringLiteral("update/inbox"), inbox, QStringLiteral("un chemin absolu ou rien"), QString());
    }

    const QString restartKey = QStringLiteral("kiosk/restart_above_mib");
    const int restart = in.integer(restartKey, c.restartAboveMib, 0, 65536, QStringLiteral("Mio"));
    if (restart == 0 || restart >= Config::kLeastRestartMib)
        c.restartAboveMib = restart;
    else
        in.bad(restartKey, QString::number(restart),
               QStringLiteral("0 (jamais) ou au moins %1 Mio").arg(Config::kLeastRestartMib),
               QString::number(c.restartAboveMib));
    c.kioskId = in.text(QStringLiteral("kiosk/id"), c.kioskId,
                        QStringLiteral("un nom court (lettres, chiffres, - et _)"), [](const QString &id) {
                            return id.size() <= 64 && std::all_of(id.cbegin(), id.cend(), [](QChar ch) {
                                       return ch.isLetterOrNumber() || ch == QLatin1Char('-') || ch == QLatin1Char('_');
                                   });
                        });
}

} // namespace

QString Config::locate(const QString &explicitFile, const QString &dataDir)
{
    if (!explicitFile.isEmpty())
        return explicitFile;
    const QStringList candidates = {QStringLiteral("/etc/kiosk/kiosk.ini"), dataDir + QStringLiteral("/kiosk.ini")};
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

Config Config::load(const QString &file)
{
    Config config;
    config.source = file;
    if (!file.isEmpty()) {
        const QFileInfo info(file);
        if (!info.isFile() || !info.isReadable()) {
            config.problems << QStringLiteral("%1 : fichier introuvable ou illisible ; valeurs par défaut utilisées.").arg(file);
        } else {
            QSettings settings(file, QSettings::IniFormat);
            if (settings.status() != QSettings::NoError) {
                config.problems << QStringLiteral("%1 : fichier mal formé ; valeurs par défaut utilisées.").arg(file);
            } else {
                Reader reader(settings, config.problems);
                read(reader, config);
                reader.reportUnknownKeys();
            }
        }
    }
    for (const QString &problem : std::as_const(config.problems))
        qCWarning(lcConfig).noquote() << "config problem:" << problem;
    qCInfo(lcConfig).noquote() << QStringLiteral("config source=%1 problems=%2 idle_timeout_s=%3 warning_s=%4")
                                      .arg(file.isEmpty() ? QStringLiteral("defaults") : file)
                                      .arg(config.problems.size())
                                      .arg(config.idleTimeoutSec)
                                      .arg(config.warningSec);
    if (config.usesDemoPin())
        qCWarning(lcConfig) << "the staff PIN is the demo PIN: change it with `kioskctl pin set`";
    return config;
}

QString Config::inboxDir(const QString &dataDir) const
{
    return inbox.isEmpty() ? dataDir + QStringLiteral("/inbox") : inbox;
}

} // namespace kiosk
