// SPDX-License-Identifier: GPL-3.0-or-later
// The report tests' check of a JSON report against docs/report-schema.json (python3-jsonschema).
#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <utility>

// Runs the schema check; returns (exit code, stderr).
inline std::pair<int, QString> validateAgainstSchema(const QByteArray &json)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {-1, QStringLiteral("cannot write %1").arg(path)};
    f.write(json);
    f.close();
    const QString script = QStringLiteral(
        "import json, sys, jsonschema\n"
        "schema = json.load(open(sys.argv[1]))\n"
        "jsonschema.Draft202012Validator.check_schema(schema)\n"
        "jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))\n");
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, QStringLiteral(PARE_SOURCE_DIR "/docs/report-schema.json"), path});
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}
