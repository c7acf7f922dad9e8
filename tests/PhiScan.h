#pragma once

// The bytes of a share package scanned for every identifier of its inputs:
// name parts, IDs, dates (three spellings), institutions as whole tokens
// (MARY may stand in PRIMARY), original UIDs anywhere. Tokens under six
// characters are looked for outside the pixel data only, where a run of
// pixel bytes spells them by chance.

#include "engine/dicom/DicomFile.h"
#include "engine/dicom/input/ZipArchive.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QStringList>

namespace veil::test {

struct PackageText
{
    QString all;    // every byte (Latin-1), file names too
    QString header; // without the DICOM files' pixel data, the report's images (base64) and the PDF's streams
};

inline PackageText packageText(const QString &target)
{
    QByteArray bytes, text;
    auto add = [&](const QString &name, const QByteArray &b) {
        const qsizetype pixels = name.endsWith(QLatin1String(".dcm")) ? b.indexOf("\xE0\x7F\x10\x00") : -1;
        bytes += b + '\n' + name.toUtf8() + '\n';
        QByteArray readable = pixels > 0 ? b.left(pixels) : b;
        if (name.endsWith(QLatin1String(".html"))) // thumbnails as data: URIs, random letters
            readable = QString::fromUtf8(readable)
                           .remove(QRegularExpression(QStringLiteral("data:[a-z/]+;base64,[A-Za-z0-9+/=]+")))
                           .toUtf8();
        if (name.endsWith(QLatin1String(".pdf"))) // compressed streams; its text is checked with pdftotext
            readable.clear();
        text += readable + '\n' + name.toUtf8() + '\n';
    };
    if (target.endsWith(QLatin1String(".zip"))) {
        for (const QString &e : ZipArchive::entries(target).valueOr({}))
            add(e, ZipArchive::read(target, e).valueOr({}));
    } else {
        QDirIterator it(target, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            f.open(QIODevice::ReadOnly);
            add(f.fileName(), f.readAll());
        }
    }
    return {QString::fromLatin1(bytes), QString::fromLatin1(text)};
}

// Placeholders test files carry where an identity would be ("NONE" as an
// accession, "NAME^PATIENT" as a name, "ULTRASOUND" as a department): plain
// words that Veil's own texts and kept device strings use as well, and that
// identify nobody. They are not looked for; every other token is.
inline bool isGenericWord(const QString &token)
{
    static const QStringList words{QStringLiteral("NONE"),       QStringLiteral("ONLY"),
                                   QStringLiteral("PATIENT"),    QStringLiteral("NAME"),
                                   QStringLiteral("ULTRASOUND"), QStringLiteral("ANONYMOUS"),
                                   QStringLiteral("ANONYMIZED"), QStringLiteral("UNKNOWN")};
    return words.contains(token.toUpper());
}

// The identifiers of `inputs` found in the package (empty: none); `checked`
// counts those looked for.
inline QStringList identifiersIn(const PackageText &package, const QList<InputItem> &inputs, int *checked)
{
    QStringList found;
    *checked = 0;
    for (const InputItem &input : inputs) {
        auto file = DicomFile::open(input).valueOr(nullptr);
        if (!file)
            continue;
        const IdentityValues v = file->identityValues();
        QStringList tokens;
        for (const auto &n : v.names)
            for (const QString &part : n.text.split(QRegularExpression(QStringLiteral("[\\^=, ]+"))))
                if (part.size() >= 3)
                    tokens << part;
        for (const auto &d : v.dates)
            tokens << dateSpellings(d.text).mid(0, 3);
        for (const auto &x : v.ids + v.phrases)
            if (x.text.size() >= 4)
                tokens << x.text;
        for (const QString &t : tokens) {
            if (isGenericWord(t))
                continue;
            const QRegularExpression whole(
                QStringLiteral("(?<![A-Za-z0-9])%1(?![A-Za-z0-9])").arg(QRegularExpression::escape(t)),
                QRegularExpression::CaseInsensitiveOption);
            if (whole.match(t.size() >= 6 ? package.all : package.header).hasMatch())
                found << QStringLiteral("%1 (from %2)").arg(t, input.displayPath());
            ++*checked;
        }
        for (const QString &uid :
             {file->info().studyInstanceUid, file->info().seriesInstanceUid, file->info().sopInstanceUid})
            if (!uid.isEmpty() && package.all.contains(uid))
                found << QStringLiteral("UID %1 (from %2)").arg(uid, input.displayPath());
    }
    return found;
}

} // namespace veil::test
