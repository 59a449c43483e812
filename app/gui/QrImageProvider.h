// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QImage>
#include <QList>
#include <QQuickImageProvider>

// QR codes for QML, drawn with libqrencode: Image { source: "image://qr/" + encodeURIComponent(url);
// sourceSize.width: 320 }. Black modules on white with the standard 4-module quiet zone, each
// module a whole number of pixels so phones read it from the screen.
class QrImageProvider : public QQuickImageProvider
{
public:
    static constexpr const char *kProviderId = "qr";
    static constexpr int kQuietZone = 4;   // modules
    static constexpr int kDefaultSize = 360;

    // The symbol's modules, row by row (true = dark); size 0 when the text cannot be encoded.
    struct Matrix
    {
        int size = 0;
        QList<bool> dark;
    };
    static Matrix encode(const QString &text);
    // The symbol with its quiet zone, at most `pixels` wide (at least one pixel per module).
    static QImage render(const Matrix &matrix, int pixels);

    QrImageProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};
