#include "engine/net/PacsNode.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace veil {
namespace {

// PS3.5: up to 16 characters of the default repertoire, no backslash or control characters.
bool validAeTitle(const QString &ae)
{
    static const QRegularExpression re(QStringLiteral("^[\\x20-\\x5b\\x5d-\\x7e]{1,16}$"));
    return re.match(ae).hasMatch() && !ae.trimmed().isEmpty();
}

} // namespace

QString PacsNode::toUrl() const
{
    return QStringLiteral("dicom://%1@%2:%3?calling=%4&timeout=%5")
        .arg(calledAeTitle, host)
        .arg(port)
        .arg(callingAeTitle)
        .arg(timeoutSeconds);
}

Result<PacsNode> parsePacsUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    auto fail = [](const QString &why) { return failure(why, ErrorCode::Invalid); };
    if (!url.isValid() || url.scheme() != QLatin1String("dicom"))
        return fail(QStringLiteral("not a DICOM node: use dicom://AE_TITLE@host:port"));
    PacsNode n;
    n.host = url.host();
    n.calledAeTitle = url.userName();
    const int port = url.port(104);
    if (n.host.isEmpty() || port <= 0 || port > 65535)
        return fail(QStringLiteral("a DICOM node needs a host and a port (1-65535)"));
    n.port = quint16(port);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("calling")))
        n.callingAeTitle = query.queryItemValue(QStringLiteral("calling"));
    if (query.hasQueryItem(QStringLiteral("timeout"))) {
        bool ok = false;
        n.timeoutSeconds = query.queryItemValue(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || n.timeoutSeconds < 1 || n.timeoutSeconds > 3600)
            return fail(QStringLiteral("timeout must be 1-3600 seconds"));
    }
    if (!validAeTitle(n.calledAeTitle) || !validAeTitle(n.callingAeTitle))
        return fail(QStringLiteral("AE titles are 1-16 characters, no backslash"));
    return n;
}

} // namespace veil
