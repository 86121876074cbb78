// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tests (pare_test_common, linked by pare_add_test): where the bundled demo models
// are, and running pare-cli (or any program) to completion as a user would.

#include <QLatin1String>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace pare::test {

// A file or folder below resources/demo/ ("kjv-gpt2", "fashion-cnn/fashion_cnn.onnx").
inline QString demoPath(const QString &rel = {})
{
    return QStringLiteral(PARE_SOURCE_DIR "/resources/demo/") + rel;
}
inline QString demoPath(const char *rel)
{
    return demoPath(QLatin1String(rel));
}

struct Run
{
    int code = -1; // the exit code; -2 after a crash, -1 when it did not finish in time (killed)
    QString out;
    QString err;
};

inline Run runProgram(const QString &program, const QStringList &args, int timeoutMs = 300000,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

#ifdef PARE_CLI
// pare-cli of this build tree (tests that run it define PARE_CLI and depend on the target).
inline Run runCli(const QStringList &args, int timeoutMs = 300000)
{
    return runProgram(QStringLiteral(PARE_CLI), args, timeoutMs);
}
#endif

} // namespace pare::test
