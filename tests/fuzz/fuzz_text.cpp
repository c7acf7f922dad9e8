// Text from outside: a value in a declared character set, cleaned as free
// text against identities also taken from the input; words and boxes as OCR
// could return them, classed by the burned-in text classifier (no OCR).
#include "FuzzSupport.h"

#include "engine/deid/TextCleaner.h"
#include "engine/dicom/DicomCharset.h"
#include "engine/pixel/BurnedText.h"
#include "engine/pixel/LineContext.h"
#include "engine/pixel/PhiMatcher.h"
#include "engine/pixel/RegionVerdicts.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace {

QString text(FuzzedDataProvider &in, size_t most)
{
    return QString::fromUtf8(QByteArray::fromStdString(in.ConsumeRandomLengthString(most)));
}

QRect box(FuzzedDataProvider &in)
{
    return {in.ConsumeIntegralInRange(-10, 2000), in.ConsumeIntegralInRange(-10, 2000),
            in.ConsumeIntegralInRange(0, 400), in.ConsumeIntegralInRange(0, 200)};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::setUp();
    FuzzedDataProvider in(data, size);
    static const char *const sets[] = {"",
                                       "ISO_IR 100",
                                       "ISO_IR 192",
                                       "ISO_IR 144",
                                       "ISO_IR 126",
                                       "\\ISO 2022 IR 87",
                                       "ISO 2022 IR 13\\ISO 2022 IR 87",
                                       "\\ISO 2022 IR 149",
                                       "GB18030",
                                       "ISO_IR 13",
                                       "ISO_IR 999"};
    const veil::DicomCharset charset(QString::fromLatin1(sets[in.ConsumeIntegralInRange<size_t>(0, 10)]));
    veil::IdentityValues identity;
    identity.names.push_back({text(in, 40), QStringLiteral("(0010,0010)")});
    identity.ids.push_back({text(in, 20), QStringLiteral("(0010,0020)")});
    identity.dates.push_back({text(in, 10), QStringLiteral("(0010,0030)")});
    veil::TextCleaner cleaner = veil::TextCleaner::from(identity);
    if (in.ConsumeBool())
        cleaner.setDateShift(in.ConsumeIntegralInRange(-3650, 3650));
    const std::string raw = in.ConsumeRandomLengthString(300);
    const QString value = charset.decode(QByteArray::fromStdString(raw));
    QString why;
    charset.encode(cleaner.clean(value, &why));

    const veil::PhiMatcher matcher(identity);
    QList<veil::OcrWord> words;
    const int n = in.ConsumeIntegralInRange(0, 12);
    for (int i = 0; i < n; ++i)
        words.push_back({box(in), text(in, 24), float(in.ConsumeIntegralInRange(0, 100))});
    veil::TextCandidate candidate{box(in), in.ConsumeIntegralInRange(0, 30), in.ConsumeBool() ? "plateau" : "tophat"};
    veil::TextScan scan;
    veil::classifyRegion(words, candidate, in.ConsumeBool(), in.ConsumeBool(), matcher, scan, text(in, 8));
    QList<QRect> regions;
    for (int i = in.ConsumeIntegralInRange(0, 4); i > 0; --i)
        regions << box(in);
    veil::maskShortWordsBesideDoubtfulText(scan.boxes, regions);
    return 0;
}
