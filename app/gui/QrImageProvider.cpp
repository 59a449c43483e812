// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrImageProvider.h"

#include "Logging.h"

#include <QPainter>
#include <QUrl>

#include <memory>

#include <qrencode.h>

QrImageProvider::Matrix QrImageProvider::encode(const QString &text)
{
    Matrix matrix;
    if (text.isEmpty())
        return matrix;
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code) {
        qCWarning(lcApp) << "cannot encode a QR code of" << utf8.size() << "bytes";
        return matrix;
    }
    matrix.size = code->width;
    matrix.dark.reserve(matrix.size * matrix.size);
    for (int i = 0; i < matrix.size * matrix.size; ++i)
        matrix.dark.append(code->data[i] & 1);   // bit 0: dark module
    return matrix;
}

QImage QrImageProvider::render(const Matrix &matrix, int pixels)
{
    if (matrix.size == 0)
        return {};
    const int modules = matrix.size + 2 * kQuietZone;
    const int scale = qMax(1, pixels / modules);
    QImage image(modules * scale, modules * scale, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size; ++x) {
            if (matrix.dark.at(y * matrix.size + x))
                painter.fillRect((x + kQuietZone) * scale, (y + kQuietZone) * scale, scale, scale,
                                 Qt::black);
        }
    }
    return image;
}

QrImageProvider::QrImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    // The id arrives partly decoded (QUrl's pretty form); %25 stays encoded, so one more decoding
    // gives back exactly what encodeURIComponent() was given.
    const QString text = QUrl::fromPercentEncoding(id.toUtf8());
    const int pixels = requestedSize.width() > 0 ? requestedSize.width() : kDefaultSize;
    const QImage image = render(encode(text), pixels);
    if (size)
        *size = image.size();
    return image;
}
