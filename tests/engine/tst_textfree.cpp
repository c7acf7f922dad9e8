// Issue 13: CT and MR slices without text get no masks. Every CT and MR
// file of ../shared/testdata whose MANIFEST row says its pixels hold no
// burned-in text ("no", "unlikely") is scanned as Veil would; the masks
// found on each are printed, and their number asserted 0. Files that do
// not decode (truncated on purpose, or without pixel data) are listed and
// skipped.
#include "TestData.h"

#include "engine/dicom/DicomFile.h"
#include "engine/jobs/JobContext.h"
#include "engine/pixel/BurnedText.h"

#include <QTest>

using namespace veil;

class TestTextFree : public QObject
{
    Q_OBJECT
private slots:
    void noMasksOnTextFreeCtAndMr()
    {
        VEIL_REQUIRE_TESTDATA();
        int scanned = 0, skipped = 0, masked = 0;
        QStringList withMasks;
        for (const test::ManifestRow &row : test::manifest()) {
            const bool textFree =
                row.burnedIn.startsWith(QLatin1String("no")) || row.burnedIn.startsWith(QLatin1String("unlikely"));
            if (!textFree || (row.modality != QLatin1String("CT") && row.modality != QLatin1String("MR")))
                continue;
            auto file = DicomFile::open({test::testFile(row.file), {}}).valueOr(nullptr);
            const PhiMatcher matcher(file ? file->identityValues() : IdentityValues());
            const Result<TextScan> scan =
                file ? scanBurnedText(*file, matcher, JobContext::none()) : Result<TextScan>(failure({}));
            if (!scan || scan->framesDecoded == 0) {
                ++skipped;
                qInfo("skipped (no pixel data, or it does not decode): %s", qPrintable(row.file));
                continue;
            }
            ++scanned;
            QStringList boxes;
            for (const TextBox &b : scan->boxes)
                if (b.cls != TextClass::NotPhi)
                    boxes << QStringLiteral("'%1' %2 (%3)").arg(b.text).arg(int(b.confidence)).arg(b.why);
            masked += int(boxes.size());
            if (!boxes.isEmpty())
                withMasks << row.file + QStringLiteral(": ") + boxes.join(QStringLiteral("; "));
        }
        for (const QString &w : std::as_const(withMasks))
            qInfo("masked: %s", qPrintable(w));
        qInfo("text-free CT and MR: %d files scanned, %d skipped, %d masks on %d files", scanned, skipped, masked,
              int(withMasks.size()));
        QVERIFY(scanned >= 140);
        QCOMPARE(masked, 0);
    }
};

QTEST_GUILESS_MAIN(TestTextFree)
#include "tst_textfree.moc"
