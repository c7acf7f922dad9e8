#pragma once

#include "engine/export/RiskAnalysis.h"

#include <QString>

namespace veil {

// The engine's words (English, as the project, audit and CLI keep them) in
// the user's language, for the GUI and the report it writes.
QString gateReasonText(const QString &reason);        // "flagged for review"
QString quasiIdentifierName(const QString &key);      // "bodyPart" -> "body part"
QString quasiIdentifierList(const QStringList &keys); // joined with ", "
QString riskAdviceText(const RiskFigures::Advice &advice);

} // namespace veil
