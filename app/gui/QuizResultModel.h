// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QAbstractListModel>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

// The jobs the quiz proposes (QuizController.results), best match first.
class QuizResultModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read QuizController.results")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    struct Result
    {
        QString jobId;
        QString title;
        QString hook;
        QUrl image;
        QString why;   // "Ce métier rejoint tes choix : Créer et Jouer."
    };

    enum Roles {
        JobIdRole = Qt::UserRole + 1,
        TitleRole,
        HookRole,
        ImageRole,
        WhyRole,
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setResults(const QList<Result> &results);
    // The proposed jobs' ids, best match first (for the usage statistics).
    Q_INVOKABLE QStringList jobIds() const;

Q_SIGNALS:
    void countChanged();

private:
    QList<Result> m_results;
};
