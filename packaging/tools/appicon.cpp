// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// Build-time tool: renders the application icon (SVG) into what desktops want.
//   appicon --svg ICON.svg [--small-svg SMALL.svg] --name ID --png-sizes 16,22,...,256 --out DIR
// writes DIR/hicolor/NxN/apps/ID.png for each size N, DIR/ID.ico (Windows) and DIR/ID.icns (macOS).
// Sizes up to 24 px are drawn from SMALL.svg when given: a version with fewer, thicker shapes stays readable there.
// The .ico and .icns containers hold PNG images, which Windows Vista+ and macOS 10.7+ read; no other tool is needed.
#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QString>
#include <QSvgRenderer>
#include <QtEndian>
#include <cstdio>

namespace {

constexpr int kIcoSizes[] = {16, 24, 32, 48, 64, 256};
constexpr int kSmallLimit = 24;

struct Icns
{
    const char *type;
    int size;
};
// The PNG-capable types of Apple's icns format: 1x sizes, then the Retina (2x) ones.
constexpr Icns kIcnsTypes[] = {{"icp4", 16},   {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
                               {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512}};

int fail(const QString &message)
{
    std::fprintf(stderr, "appicon: %s\n", qUtf8Printable(message));
    return 1;
}

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendBe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

/// ICONDIR + ICONDIRENTRY[n] + PNG payloads (a width or height of 0 means 256).
QByteArray icoOf(const QList<QPair<int, QByteArray>> &images)
{
    QByteArray out;
    appendLe16(out, 0); // reserved
    appendLe16(out, 1); // type: icon
    appendLe16(out, quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const auto &[size, png] : images) {
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // palette colours
        out.append(char(0)); // reserved
        appendLe16(out, 1);  // colour planes
        appendLe16(out, 32); // bits per pixel
        appendLe32(out, quint32(png.size()));
        appendLe32(out, offset);
        offset += quint32(png.size());
    }
    for (const auto &image : images)
        out.append(image.second);
    return out;
}

/// "icns" + total length, then per image: type, length (header included), PNG data; all big-endian.
QByteArray icnsOf(const QList<QPair<QByteArray, QByteArray>> &images)
{
    QByteArray body;
    for (const auto &[type, png] : images) {
        body.append(type);
        appendBe32(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray out("icns");
    appendBe32(out, quint32(8 + body.size()));
    return out + body;
}

/// "16,32,48" -> {16, 32, 48}; empty when any item is not a size from 1 to 1024 px.
QList<int> sizesOf(const QString &text)
{
    QList<int> sizes;
    for (const QString &item : text.split(QLatin1Char(','))) {
        bool ok = false;
        const int size = item.toInt(&ok);
        if (!ok || size < 1 || size > 1024)
            return {};
        sizes.append(size);
    }
    return sizes;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString svgPath, smallSvgPath, name, outDir;
    QList<int> pngSizes;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString &option = args.at(i);
        const QString &value = args.at(i + 1);
        if (option == QLatin1String("--svg")) {
            svgPath = value;
        } else if (option == QLatin1String("--small-svg")) {
            smallSvgPath = value;
        } else if (option == QLatin1String("--name")) {
            name = value;
        } else if (option == QLatin1String("--out")) {
            outDir = value;
        } else if (option == QLatin1String("--png-sizes")) {
            pngSizes = sizesOf(value);
            if (pngSizes.isEmpty())
                return fail(QStringLiteral("not a list of sizes: ") + value);
        } else {
            return fail(QStringLiteral("unknown option ") + option);
        }
    }
    if (svgPath.isEmpty() || name.isEmpty() || outDir.isEmpty() || args.size() % 2 == 0)
        return fail(QStringLiteral(
            "usage: appicon --svg ICON.svg [--small-svg SMALL.svg] --name ID --png-sizes N,N,... --out DIR"));

    QSvgRenderer large(svgPath);
    if (!large.isValid())
        return fail(svgPath + QStringLiteral(": not a valid SVG"));
    QSvgRenderer small(smallSvgPath.isEmpty() ? svgPath : smallSvgPath);
    if (!small.isValid())
        return fail(smallSvgPath + QStringLiteral(": not a valid SVG"));
    const auto render = [&](int size) { return renderPng(size <= kSmallLimit ? small : large, size); };

    QString error;
    for (int size : pngSizes) {
        const QString path = QStringLiteral("%1/hicolor/%2x%2/apps/%3.png").arg(outDir).arg(size).arg(name);
        if (!writeFile(path, render(size), &error))
            return fail(error);
    }
    QList<QPair<int, QByteArray>> icoImages;
    for (int size : kIcoSizes)
        icoImages.append({size, render(size)});
    if (!writeFile(QStringLiteral("%1/%2.ico").arg(outDir, name), icoOf(icoImages), &error))
        return fail(error);
    QList<QPair<QByteArray, QByteArray>> icnsImages;
    for (const Icns &entry : kIcnsTypes)
        icnsImages.append({QByteArray(entry.type), render(entry.size)});
    if (!writeFile(QStringLiteral("%1/%2.icns").arg(outDir, name), icnsOf(icnsImages), &error))
        return fail(error);
    return 0;
}
