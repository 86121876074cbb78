// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "compress/compressor.h"
#include "compress/estimator.h"
#include "compress/recipe.h"
#include "service/study.h"
#include "model/model.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace pare::ui {

class JobsModel;
class LowRankBox;
class MethodBox;
class PruneBox;
class QuantizeBox;

// The Compression dock: global defaults and per-layer overrides for pruning, quantization and
// low-rank; the recipe's rules; a live estimate of size, MACs and error; and "Compute variant".
class CompressionPanel : public QWidget
{
    Q_OBJECT
public:
    CompressionPanel(JobsModel *jobs, QUndoStack *undo, QWidget *parent = nullptr);
    ~CompressionPanel() override;

    void setModel(std::shared_ptr<const core::Model> model);
    void setSelectedLayer(int layerIndex);

    const core::Recipe &recipe() const { return m_recipe; }
    // Replaces the recipe (an undoable edit when pushUndo is true).
    void setRecipe(const core::Recipe &recipe, bool pushUndo = true, const QString &what = {});
    const core::PlanEstimate &estimate() const { return m_estimate; }
    const std::vector<core::LayerPlan> &plans() const { return m_plans; }
    bool estimateReady() const { return m_estimateReady; }

    QuantizeBox *quantizeBox() const { return m_quantize; }
    PruneBox *pruneBox() const { return m_prune; }
    LowRankBox *lowRankBox() const { return m_lowrank; }
    QComboBox *scopeCombo() const { return m_scope; }
    QLabel *estimateLabel() const { return m_estimateLabel; }
    QPushButton *computeButton() const { return m_compute; }
    QListWidget *rulesList() const { return m_rules; }

    // The text activation-aware ("wanda") pruning is calibrated on before compressing (saved
    // with the project; empty: none, such layers are pruned by magnitude).
    const QString &calibrationPath() const { return m_calibrationPath; }
    void setCalibrationPath(const QString &path);
    QLineEdit *calibrationEdit() const { return m_calibrationEdit; }
    // Says when the recipe asks for activation-aware pruning that cannot happen as asked.
    QLabel *calibrationNote() const { return m_calibrationNote; }

    bool openRecipe(const QString &path);
    bool saveRecipe(const QString &path);

    // Rule edits, each one undoable step. `at` -1 appends. Returns false (and says why through
    // recipeError) when the result does not resolve against the model.
    bool insertRule(const core::RecipeRule &rule, int at = -1);
    bool replaceRule(int index, const core::RecipeRule &rule);
    bool removeRule(int index);
    bool moveRule(int index, int delta);
    // Opens the rule editor for a new rule (index -1) or an existing one.
    void editRule(int index);
    // Compresses, benchmarks and evaluates the current recipe as a job ("Compute Variant").
    void computeVariant();
    QPushButton *addRuleButton() const { return m_addRule; }
    QPushButton *editRuleButton() const { return m_editRule; }

Q_SIGNALS:
    void estimateUpdated();
    // The recipe was resolved again: plans() holds the new per-layer plans.
    void plansChanged();
    // Per-layer plan descriptions for the Model table, index-aligned with Model::layers.
    void planDescriptionsChanged(const QStringList &descriptions);
    void variantComputed(std::shared_ptr<const core::MeasuredVariant> variant, const core::Recipe &recipe);
    void recipeError(const QString &message);
    void calibrationPathChanged(const QString &path);

private:
    void boxesEdited();
    void refreshBoxes();
    void refreshRules();
    void requestEstimate();
    void prepareProfiles();
    QString layerRuleMatch() const;
    void updateCalibrationNote();
    int layerRuleIndex() const;

    JobsModel *m_jobs;
    QUndoStack *m_undo;
    std::shared_ptr<const core::Model> m_model;
    std::vector<std::shared_ptr<core::LayerProfile>> m_profiles;
    core::Recipe m_recipe;
    std::vector<core::LayerPlan> m_plans;
    core::PlanEstimate m_estimate;
    bool m_estimateReady = false;
    bool m_estimatePending = false;
    int m_selected = -1;
    int m_variantCounter = 0;

    QComboBox *m_scope;
    QuantizeBox *m_quantize;
    PruneBox *m_prune;
    LowRankBox *m_lowrank;
    QListWidget *m_rules;
    QLabel *m_estimateLabel;
    QPushButton *m_compute;
    QPushButton *m_addRule;
    QPushButton *m_editRule;
    QLineEdit *m_calibrationEdit;
    QLabel *m_calibrationNote;
    QString m_calibrationPath;
    QFutureWatcher<core::Result<std::vector<std::shared_ptr<core::LayerProfile>>>> m_profileJob;
    QFutureWatcher<core::Result<core::PlanEstimate>> m_estimateJob;
    QFutureWatcher<core::Result<core::MeasuredVariant>> m_compressJob;
    core::Recipe m_compressRecipe;
};

} // namespace pare::ui
