// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "service/study.h"

#include <QByteArray>
#include <QString>

namespace pare::report {

enum class ReportFormat { Html, Pdf, Csv, Json, Markdown };

// From the output's extension: .html/.htm, .pdf, .csv, .json, .md.
core::Result<ReportFormat> formatFromPath(const QString &path);
QString formatName(ReportFormat f);

// Renders a study in memory (PDF included).
core::Result<QByteArray> renderReport(const core::StudyResult &study, ReportFormat format);
// Writes atomically; an existing file is replaced only with `overwrite`.
core::Result<void> writeReport(const core::StudyResult &study, const QString &path, bool overwrite);

// Individual renderers (reportwriter.cpp, pdfreport.cpp).
QByteArray renderHtml(const core::StudyResult &study);
QByteArray renderMarkdown(const core::StudyResult &study);
QByteArray renderCsv(const core::StudyResult &study);
QByteArray renderJson(const core::StudyResult &study);
core::Result<QByteArray> renderPdf(const core::StudyResult &study);

} // namespace pare::report
