// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateSnapshot.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QMetaProperty>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>

namespace {

// "HomeScreen_QMLTYPE_12" → "HomeScreen".
QString typeName(const QObject *object)
{
    static const QRegularExpression suffix(QStringLiteral("_QML(TYPE)?_\\d+$"));
    return QString::fromLatin1(object->metaObject()->className()).remove(suffix);
}

QString text(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QStringList || value.metaType().id() == QMetaType::QVariantList)
        return value.toStringList().join(QStringLiteral(" | "));
    if (value.canConvert<QString>())
        return value.toString();
    return QStringLiteral("<%1>").arg(QString::fromLatin1(value.typeName()));
}

} // namespace

StateSnapshot::StateSnapshot(QQmlEngine &engine, const QString &qmltypesFile)
    : m_engine(engine)
{
    QFile file(qmltypesFile);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("StateSnapshot: cannot read %s", qPrintable(qmltypesFile));
    const QString types = QString::fromUtf8(file.readAll());
    static const QRegularExpression exportName(QStringLiteral("exports: \\[\"Kiosk/(\\w+) "));
    for (const QString &component : types.split(QStringLiteral("\n    Component {"))) {
        const QRegularExpressionMatch match = exportName.match(component);
        if (match.hasMatch() && component.contains(QLatin1String("\n        isSingleton: true")))
            m_singletons << match.captured(1);
    }
    if (m_singletons.isEmpty())
        qFatal("StateSnapshot: no singleton found in %s", qPrintable(qmltypesFile));
}

QStringList StateSnapshot::take(QObject *windowOrItem) const
{
    QStringList lines;
    for (const QString &name : m_singletons) {
        const int id = qmlTypeId("Kiosk", 1, 0, name.toLatin1().constData());
        if (QObject *singleton = m_engine.singletonInstance<QObject *>(id))
            addObject(lines, name, singleton, 0);
    }
    auto *root = qobject_cast<QQuickItem *>(windowOrItem);
    if (auto *window = qobject_cast<QQuickWindow *>(windowOrItem))
        root = window->contentItem();
    if (root)
        addItem(lines, QStringLiteral("window"), root);
    return lines;
}

void StateSnapshot::addObject(QStringList &lines, const QString &where, const QObject *object, int depth) const
{
    if (const auto *model = qobject_cast<const QAbstractItemModel *>(object)) {
        lines << QStringLiteral("%1: rows = %2").arg(where).arg(model->rowCount());
        const QHash<int, QByteArray> roles = model->roleNames();
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList values;
            for (auto role = roles.cbegin(); role != roles.cend(); ++role)
                values << QString::fromLatin1(role.value()) + QLatin1Char('=') + text(model->index(row, 0).data(role.key()));
            values.sort();
            lines << QStringLiteral("%1[%2]: %3").arg(where).arg(row).arg(values.join(QStringLiteral(", ")));
        }
    }
    const QMetaObject *meta = object->metaObject();
    for (int i = QObject::staticMetaObject.propertyCount(); i < meta->propertyCount(); ++i) {
        const QMetaProperty property = meta->property(i);
        if (!property.isStored())
            continue;
        const QVariant value = property.read(object);
        const QString key = where + QLatin1Char('.') + QString::fromLatin1(property.name());
        if (const auto *child = value.value<QObject *>()) {
            if (depth < 2)
                addObject(lines, key, child, depth + 1);
            continue;
        }
        lines << QStringLiteral("%1 = %2").arg(key, text(value));
    }
}

void StateSnapshot::addItem(QStringList &lines, const QString &where, const QQuickItem *item) const
{
    if (item->objectName().startsWith(QLatin1String("live:")))
        return;
    const QString path = where + QLatin1Char('/') + typeName(item)
                         + (item->objectName().isEmpty() ? QString() : QLatin1Char('#') + item->objectName());
    lines << QStringLiteral("%1 visible = %2").arg(path, item->isVisible() ? QStringLiteral("true") : QStringLiteral("false"));
    // The properties in which a visitor leaves traces.
    static const char *const traces[] = {"checked", "currentIndex", "contentX", "contentY", "depth", "value", "position"};
    for (const char *name : traces) {
        const int index = item->metaObject()->indexOfProperty(name);
        if (index >= 0)
            lines << QStringLiteral("%1 %2 = %3").arg(path, QString::fromLatin1(name), text(item->metaObject()->property(index).read(item)));
    }
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
        lines << QStringLiteral("%1 text = %2").arg(path, item->property("text").toString());
    const QList<QQuickItem *> children = item->childItems();
    for (int i = 0; i < children.size(); ++i)
        addItem(lines, QStringLiteral("%1[%2]").arg(path).arg(i), children[i]);
}

QStringList StateSnapshot::diff(const QStringList &before, const QStringList &after)
{
    QStringList changes;
    for (const QString &line : before) {
        if (!after.contains(line))
            changes << QStringLiteral("- ") + line;
    }
    for (const QString &line : after) {
        if (!before.contains(line))
            changes << QStringLiteral("+ ") + line;
    }
    return changes;
}
