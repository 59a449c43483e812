// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

// The values of one filter facet (sectors, levels or interests) as chips: label, live count
// (how many jobs the chip would show) and whether it is the selected one. One value at most is
// selected; tapping it again clears the facet.
class FilterOptionsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by JobsModel")
    Q_PROPERTY(QString selectedKey READ selectedKey WRITE setSelectedKey NOTIFY selectedKeyChanged)

public:
    enum Roles { KeyRole = Qt::UserRole + 1, LabelRole, CountRole, SelectedRole };
    struct Option
    {
        QString key;
        QString label;
    };

    explicit FilterOptionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // New values (content reopened) reset the model; the same keys with new labels (language
    // changed) only update the rows. A selection whose value disappeared is cleared.
    void setOptions(const QList<Option> &options);
    void setCounts(const QHash<QString, int> &counts);
    int count(const QString &key) const { return m_counts.value(key); }

    QString selectedKey() const { return m_selected; }
    void setSelectedKey(const QString &key);
    Q_INVOKABLE void toggle(const QString &key);

Q_SIGNALS:
    void selectedKeyChanged();

private:
    QList<Option> m_options;
    QHash<QString, int> m_counts;
    QString m_selected;
};
