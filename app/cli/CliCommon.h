#pragma once

#include <QStringList>
#include <QTextStream>

namespace veil::cli {

QTextStream &out();
QTextStream &err();

// Each command gets its own arguments (after the command name) and returns
// the process exit code: 0 ok, 1 some inputs failed, 2 usage error.
int runInfo(const QStringList &args);
int runRender(const QStringList &args);
int runMakeDemo(const QStringList &args);
int runKeygen(const QStringList &args);
int runDeid(const QStringList &args);
int runExplain(const QStringList &args);
int runOcr(const QStringList &args);
int runTemplate(const QStringList &args);
int runProject(const QStringList &args);
int runReview(const QStringList &args);
int runExport(const QStringList &args);
int runPacs(const QStringList &args);

} // namespace veil::cli
