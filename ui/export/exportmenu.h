// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportvariant.h"

#include <QFutureWatcher>
#include <QMenu>

namespace pare::ui {

class MainWindow;

// File > Export: the compressed model (Pare file, encoded safetensors, GGUF, ONNX Q/DQ, a
// decompressed copy or a Hugging Face directory), the recipe, and the plan as llama-quantize
// arguments or an llm-compressor recipe. Exports run as jobs; the exported variant is the newest
// one in the Compare dock (else the current recipe, compressed in the job).
class ExportMenu : public QMenu
{
    Q_OBJECT
public:
    enum class PlanFormat { LlamaQuantize, LlmCompressor };

    explicit ExportMenu(MainWindow *window);

    // What the actions run after their file dialog (which has asked before replacing a file).
    void exportCompressed(core::VariantExport kind, const QString &path);
    void exportRecipe(const QString &path);
    void exportPlan(PlanFormat format, const QString &path);
    bool isBusy() const { return m_job.isRunning(); }

Q_SIGNALS:
    // bytes: the exact size written; error empty on success.
    void exportFinished(const QString &path, qint64 bytes, const QString &error);

private:
    struct Outcome
    {
        QString path;
        qint64 bytes = 0;
        QString error;
        QStringList notes;
        qint64 variantBytes = -1;
    };
    void updateActions();
    void chooseCompressedFile();
    void finished();
    void showMessage(int icon, const QString &title, const QString &text);

    MainWindow *m_window;
    QAction *m_compressed;
    QAction *m_recipe;
    QAction *m_llamaQuantize;
    QAction *m_llmCompressor;
    QFutureWatcher<core::Result<Outcome>> m_job;
    QString m_jobPath; // where m_job writes
};

} // namespace pare::ui
