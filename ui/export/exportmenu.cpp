// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportmenu.h"

#include "common/atomicfile.h"
#include "compare/comparepanel.h"
#include "compress/compressionpanel.h"
#include "export/exportfile.h"
#include "export/planexport.h"
#include "export/variantwriter.h"
#include "jobs/jobrunner.h"
#include "jobs/jobsmodel.h"
#include "mainwindow.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace pare::ui {

ExportMenu::ExportMenu(MainWindow *window)
    : QMenu(tr("E&xport"), window), m_window(window)
{
    setObjectName(QStringLiteral("menuExport"));
    m_compressed = addAction(tr("&Compressed Model…"), this, [this] { chooseCompressedFile(); });
    m_compressed->setObjectName(QStringLiteral("actionExportCompressed"));
    m_compressed->setToolTip(tr("Write the newest variant as a Pare file, safetensors, GGUF for llama.cpp, ONNX "
                                "with Q/DQ, a decompressed copy or a Hugging Face directory."));
    m_recipe = addAction(tr("&Recipe…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Recipe"), tr("recipe.json"),
                                                          tr("Recipes (*.json)"));
        if (!path.isEmpty())
            exportRecipe(path);
    });
    m_recipe->setObjectName(QStringLiteral("actionExportRecipe"));
    addSeparator();
    m_llamaQuantize = addAction(tr("&llama-quantize Arguments…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export llama-quantize Arguments"),
                                                          tr("llama-quantize.sh"), tr("Shell scripts (*.sh *.txt)"));
        if (!path.isEmpty())
            exportPlan(PlanFormat::LlamaQuantize, path);
    });
    m_llamaQuantize->setObjectName(QStringLiteral("actionExportLlamaQuantize"));
    m_llmCompressor = addAction(tr("ll&m-compressor Recipe…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export llm-compressor Recipe"),
                                                          tr("recipe.yaml"), tr("YAML (*.yaml *.yml)"));
        if (!path.isEmpty())
            exportPlan(PlanFormat::LlmCompressor, path);
    });
    m_llmCompressor->setObjectName(QStringLiteral("actionExportLlmCompressor"));
    connect(this, &QMenu::aboutToShow, this, &ExportMenu::updateActions);
    connect(&m_job, &QFutureWatcher<core::Result<Outcome>>::finished, this, &ExportMenu::finished);
    updateActions();
}

void ExportMenu::showMessage(int icon, const QString &title, const QString &text)
{
    // Not modal to the application: the export's result must not block a running event loop.
    auto *box = new QMessageBox(QMessageBox::Icon(icon), title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("exportResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ExportMenu::updateActions()
{
    const bool model = m_window->session() && m_window->session()->model();
    const bool idle = !m_job.isRunning();
    for (QAction *a : {m_compressed, m_recipe, m_llamaQuantize, m_llmCompressor})
        a->setEnabled(model && idle);
}

void ExportMenu::chooseCompressedFile()
{
    const core::ModelPtr model = m_window->session()->model();
    if (!model)
        return;
    const QString pare = tr("Pare variant (*.pare)");
    const QString st = tr("Encoded safetensors (*.safetensors)");
    const QString gguf = tr("GGUF for llama.cpp (*.gguf)");
    const QString onnx = tr("ONNX with Q/DQ for ONNX Runtime (*.onnx)");
    const QString suffix = core::decompressedSuffix(model->format);
    const QString copy = suffix.isEmpty() ? tr("Decompressed Hugging Face directory (*)")
                                          : tr("Decompressed copy (*%1)").arg(suffix);
    const QString hf = tr("Hugging Face directory (*)");
    QStringList filters{pare, st};
    if (model->family == core::ModelFamily::LanguageModel)
        filters << gguf;
    if (model->format == core::ModelFormat::Onnx)
        filters << onnx;
    filters << copy << hf;
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Compressed Model"), {},
                                                      filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    core::VariantExport kind = core::VariantExport::Pare;
    if (selected == copy)
        kind = core::VariantExport::Decompressed;
    else if (selected == hf)
        kind = core::VariantExport::HuggingFaceDir;
    else if (auto k = core::variantExportForPath(path))
        kind = *k;
    exportCompressed(kind, path);
}

void ExportMenu::exportCompressed(core::VariantExport kind, const QString &path)
{
    const core::ModelPtr model = m_window->session()->model();
    if (!model || m_job.isRunning())
        return;
    std::shared_ptr<const core::Variant> variant;
    core::Recipe recipe = m_window->compressionPanel() ? m_window->compressionPanel()->recipe() : core::Recipe{};
    std::vector<core::LayerPlan> plans;
    if (m_window->comparePanel() && !m_window->comparePanel()->variants().empty()) {
        const VariantEntry &e = m_window->comparePanel()->variants().back();
        variant = e.variant;
        recipe = e.recipe;
    } else if (m_window->compressionPanel()) {
        plans = m_window->compressionPanel()->plans();
    }
    // The file dialog asked before replacing a file; the input is still refused.
    auto future = core::runJob([model, variant, plans, recipe, kind, path](core::JobContext &ctx) -> core::Result<Outcome> {
        Outcome o;
        o.path = path;
        std::shared_ptr<const core::Variant> v = variant;
        if (!v) {
            auto computed = core::compressModel(*model, plans, ctx);
            if (!computed) {
                o.error = computed.error().message;
                return o;
            }
            v = std::make_shared<const core::Variant>(std::move(*computed));
        }
        o.variantBytes = v->bytes;
        auto r = core::exportVariant(kind, *model, *v, recipe, path, true, ctx, [&ctx](std::int64_t bytes) {
            ctx.setProgress(0.99, QCoreApplication::translate("pare::ui::ExportMenu", "writing %1 bytes").arg(QLocale().toString(bytes)));
        });
        if (!r)
            o.error = r.error().message;
        else {
            o.bytes = r->bytes;
            o.notes = r->notes;
        }
        return o;
    });
    m_jobPath = path;
    m_job.setFuture(future);
    m_window->jobs()->track(tr("Export %1").arg(QFileInfo(path).fileName()), future);
    updateActions();
}

void ExportMenu::exportRecipe(const QString &path)
{
    if (!m_window->compressionPanel())
        return;
    const QByteArray json = m_window->compressionPanel()->recipe().toJson();
    auto written = core::exportAtomically(path, m_window->session()->model() ? m_window->session()->model()->path : QString(),
                                          true, false,
                                          [&](const QString &tmp) { return core::writeFileAtomically(tmp, json); });
    Q_EMIT exportFinished(path, written ? *written : 0, written ? QString() : written.error().message);
}

void ExportMenu::exportPlan(PlanFormat format, const QString &path)
{
    const core::ModelPtr model = m_window->session()->model();
    if (!model || !m_window->compressionPanel())
        return;
    const auto &plans = m_window->compressionPanel()->plans();
    auto text = format == PlanFormat::LlamaQuantize ? core::llamaQuantizeArguments(*model, plans)
                                                    : core::llmCompressorRecipe(*model, plans);
    if (!text) {
        showMessage(QMessageBox::Warning, tr("Export Failed"), text.error().message);
        Q_EMIT exportFinished(path, 0, text.error().message);
        return;
    }
    const QByteArray bytes = text->text.toUtf8();
    auto written = core::exportAtomically(path, model->path, true, false,
                                          [&](const QString &tmp) { return core::writeFileAtomically(tmp, bytes); });
    if (!written)
        showMessage(QMessageBox::Warning, tr("Export Failed"), written.error().message);
    Q_EMIT exportFinished(path, written ? *written : 0, written ? QString() : written.error().message);
}

void ExportMenu::finished()
{
    // A job canceled from the Jobs dock has no result (its files are not written).
    const core::Result<Outcome> r = core::jobResult(m_job.future());
    Outcome o;
    if (r) {
        o = *r;
    } else {
        o.path = m_jobPath;
        o.error = r.error().message;
    }
    updateActions();
    if (r.isCanceled()) {
        // The user asked for it: no message box.
    } else if (!o.error.isEmpty()) {
        showMessage(QMessageBox::Warning, tr("Export Failed"), o.error);
    } else {
        QString text = tr("Wrote %1: %2 bytes (the variant's encoded size is %3 bytes).")
                               .arg(QDir::toNativeSeparators(o.path), QLocale().toString(o.bytes),
                                    QLocale().toString(o.variantBytes));
        if (!o.notes.isEmpty())
            text += QStringLiteral("\n\n") + o.notes.join(QLatin1Char('\n'));
        showMessage(QMessageBox::Information, tr("Export"), text);
    }
    Q_EMIT exportFinished(o.path, o.bytes, o.error);
}

} // namespace pare::ui
