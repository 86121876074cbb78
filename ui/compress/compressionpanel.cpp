// SPDX-License-Identifier: GPL-3.0-or-later
#include "compressionpanel.h"

#include "jobs/jobrunner.h"
#include "jobs/jobsmodel.h"
#include "methodboxes.h"
#include "ruledialog.h"
#include "service/modelinfo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLocale>
#include <QMessageBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pare::ui {

using namespace core;

namespace {
class RecipeCommand : public QUndoCommand
{
public:
    RecipeCommand(CompressionPanel *panel, Recipe before, Recipe after, const QString &text)
        : QUndoCommand(text), m_panel(panel), m_before(std::move(before)), m_after(std::move(after))
    {}
    void undo() override { m_panel->setRecipe(m_before, false); }
    void redo() override
    {
        if (m_first) { // the panel already shows the new recipe
            m_first = false;
            return;
        }
        m_panel->setRecipe(m_after, false);
    }

private:
    CompressionPanel *m_panel;
    Recipe m_before, m_after;
    bool m_first = true;
};

const QString kLayerOverride = QStringLiteral("layer override");

QString planText(const LayerPlan &p)
{
    if (!p.changesWeights())
        return {};
    QStringList parts;
    if (p.prune)
        parts << describe(*p.prune);
    if (p.lowrank)
        parts << describe(*p.lowrank);
    if (p.quantize)
        parts << describe(*p.quantize);
    return parts.join(QStringLiteral(" + "));
}
} // namespace

CompressionPanel::CompressionPanel(JobsModel *jobs, QUndoStack *undo, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_undo(undo), m_scope(new QComboBox(this)),
      m_quantize(new QuantizeBox(this)), m_prune(new PruneBox(this)), m_lowrank(new LowRankBox(this)),
      m_rules(new QListWidget(this)), m_estimateLabel(new QLabel(this)),
      m_compute(new QPushButton(tr("&Compute Variant"), this)), m_addRule(new QPushButton(tr("Add…"), this)),
      m_editRule(new QPushButton(tr("Edit…"), this)), m_calibrationEdit(new QLineEdit(this)),
      m_calibrationNote(new QLabel(this))
{
    m_scope->addItem(tr("All layers (defaults)"));
    m_scope->setToolTip(tr("Edit the defaults for every layer, or an override for the layer "
                           "selected in the Model dock."));
    m_estimateLabel->setObjectName(QStringLiteral("estimateLabel"));
    m_estimateLabel->setWordWrap(true);
    m_estimateLabel->setTextFormat(Qt::RichText);
    m_estimateLabel->setFrameShape(QFrame::StyledPanel);
    m_estimateLabel->setMargin(6);
    m_compute->setToolTip(tr("Compress the model with this recipe in the background and add the "
                             "result to the Compare dock."));
    m_rules->setToolTip(tr("Rules apply in order after the defaults; a later rule overrides an "
                           "earlier one for the layers it matches."));
    m_rules->setMaximumHeight(110);

    auto *openButton = new QPushButton(tr("Open…"), this);
    openButton->setToolTip(tr("Load a recipe (JSON) saved by Pare or written by hand."));
    auto *saveButton = new QPushButton(tr("Save…"), this);
    saveButton->setToolTip(tr("Save this recipe as JSON, for pare-cli or another session."));
    m_addRule->setToolTip(tr("Add a rule: layers matching a name pattern (glob or re:regex) and op kinds "
                             "keep their original weights or get their own settings."));
    m_editRule->setToolTip(tr("Change the selected rule (or double-click it)."));
    m_addRule->setObjectName(QStringLiteral("addRule"));
    m_editRule->setObjectName(QStringLiteral("editRule"));
    auto *removeButton = new QPushButton(tr("Remove"), this);
    auto *upRule = new QPushButton(tr("Up"), this);
    auto *downRule = new QPushButton(tr("Down"), this);
    removeButton->setToolTip(tr("Delete the selected rule."));
    upRule->setToolTip(tr("Apply the selected rule earlier."));
    downRule->setToolTip(tr("Apply the selected rule later."));
    // Every setting explains itself on its label too, not only on the control.
    for (MethodBox *box : {static_cast<MethodBox *>(m_quantize), static_cast<MethodBox *>(m_prune),
                           static_cast<MethodBox *>(m_lowrank)}) {
        if (auto *form = qobject_cast<QFormLayout *>(box->layout())) {
            for (int r = 0; r < form->rowCount(); ++r) {
                QLayoutItem *label = form->itemAt(r, QFormLayout::LabelRole);
                QLayoutItem *field = form->itemAt(r, QFormLayout::FieldRole);
                if (!label || !label->widget() || !field || !field->widget())
                    continue;
                QString tip = field->widget()->toolTip();
                for (QWidget *child : field->widget()->findChildren<QWidget *>()) {
                    if (tip.isEmpty())
                        tip = child->toolTip();
                }
                label->widget()->setToolTip(tip);
                if (field->widget()->toolTip().isEmpty())
                    field->widget()->setToolTip(tip);
            }
        }
    }

    auto *content = new QWidget(this);
    auto *v = new QVBoxLayout(content);
    v->addWidget(m_scope);
    v->addWidget(m_quantize);
    v->addWidget(m_prune);
    v->addWidget(m_lowrank);
    // The calibration text for activation-aware pruning (pare-cli compress --calibration).
    m_calibrationEdit->setObjectName(QStringLiteral("calibrationPath"));
    m_calibrationEdit->setReadOnly(true);
    // Short enough for the dock's narrowest width; the note below says what "none" means.
    m_calibrationEdit->setPlaceholderText(tr("none"));
    m_calibrationEdit->setToolTip(tr("Data the model runs on before compressing, to weigh each weight by its "
                                     "input's activations (Prune > Score: Activation-aware): a text for language "
                                     "models, examples (.npz, .npy, IDX, CSV) for graph models (ONNX, Keras)."));
    auto *chooseCalibration = new QPushButton(tr("Choose…"), this);
    chooseCalibration->setObjectName(QStringLiteral("chooseCalibration"));
    chooseCalibration->setToolTip(m_calibrationEdit->toolTip());
    auto *clearCalibration = new QPushButton(tr("Clear"), this);
    clearCalibration->setToolTip(tr("Calibrate on nothing: activation-aware layers are pruned by magnitude."));
    // The label above its box: beside it, with the two buttons, the box kept ~40 px of a
    // 1280-pixel window's dock, too little for a file name.
    auto *calibrationLabel = new QLabel(tr("Calibration data"), this);
    calibrationLabel->setToolTip(m_calibrationEdit->toolTip());
    calibrationLabel->setBuddy(m_calibrationEdit);
    v->addWidget(calibrationLabel);
    auto *calibrationRow = new QHBoxLayout;
    calibrationRow->addWidget(m_calibrationEdit, 1);
    calibrationRow->addWidget(chooseCalibration);
    calibrationRow->addWidget(clearCalibration);
    v->addLayout(calibrationRow);
    m_calibrationNote->setObjectName(QStringLiteral("calibrationNote"));
    m_calibrationNote->setWordWrap(true);
    m_calibrationNote->setVisible(false);
    v->addWidget(m_calibrationNote);
    connect(chooseCalibration, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose Calibration Data"), m_calibrationPath,
                                                          tr("Text or examples (*.txt *.npz *.npy *.gz *.idx* "
                                                             "*-ubyte *.csv);;All files (*)"));
        if (!path.isEmpty())
            setCalibrationPath(path);
    });
    connect(clearCalibration, &QPushButton::clicked, this, [this] { setCalibrationPath({}); });
    connect(this, &CompressionPanel::plansChanged, this, &CompressionPanel::updateCalibrationNote);

    auto *rulesLabel = new QLabel(tr("Rules"), this);
    rulesLabel->setToolTip(m_rules->toolTip());
    v->addWidget(rulesLabel);
    v->addWidget(m_rules);
    // The rule buttons under the list, so the dock stays narrow.
    auto *rulesButtons = new QGridLayout;
    rulesButtons->addWidget(m_addRule, 0, 0);
    rulesButtons->addWidget(m_editRule, 0, 1);
    rulesButtons->addWidget(removeButton, 0, 2);
    rulesButtons->addWidget(upRule, 1, 0);
    rulesButtons->addWidget(downRule, 1, 1);
    rulesButtons->setColumnStretch(3, 1);
    v->addLayout(rulesButtons);
    v->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(openButton);
    buttons->addWidget(saveButton);
    buttons->addStretch();
    buttons->addWidget(m_compute);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_estimateLabel);
    layout->addLayout(buttons);

    for (MethodBox *box : {static_cast<MethodBox *>(m_quantize), static_cast<MethodBox *>(m_prune),
                           static_cast<MethodBox *>(m_lowrank)})
        connect(box, &MethodBox::edited, this, &CompressionPanel::boxesEdited);
    // Pruning and low-rank exclude each other on one layer.
    connect(m_prune, &QGroupBox::toggled, this, [this](bool on) { if (on) m_lowrank->setChecked(false); });
    connect(m_lowrank, &QGroupBox::toggled, this, [this](bool on) { if (on) m_prune->setChecked(false); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CompressionPanel::refreshBoxes);
    connect(m_compute, &QPushButton::clicked, this, &CompressionPanel::computeVariant);
    connect(openButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Recipe"), {}, tr("Recipes (*.json)"));
        if (!path.isEmpty())
            openRecipe(path);
    });
    connect(saveButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Recipe"), tr("recipe.json"), tr("Recipes (*.json)"));
        if (!path.isEmpty())
            saveRecipe(path);
    });
    connect(removeButton, &QPushButton::clicked, this, [this] { removeRule(m_rules->currentRow()); });
    auto move = [this](int delta) {
        const int row = m_rules->currentRow();
        if (moveRule(row, delta))
            m_rules->setCurrentRow(row + delta);
    };
    connect(m_addRule, &QPushButton::clicked, this, [this] { editRule(-1); });
    connect(m_editRule, &QPushButton::clicked, this, [this] { editRule(m_rules->currentRow()); });
    connect(m_rules, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) { editRule(m_rules->row(item)); });
    connect(upRule, &QPushButton::clicked, this, [move] { move(-1); });
    connect(downRule, &QPushButton::clicked, this, [move] { move(+1); });

    connect(&m_profileJob, &QFutureWatcherBase::finished, this, [this] {
        auto r = jobResult(m_profileJob.future());
        if (!m_model)
            return; // the model was closed
        if (!r.ok()) {
            // Canceled from the Jobs dock, or failed: the next change of a setting tries again.
            m_estimateLabel->setText(r.isCanceled()
                                         ? tr("Estimates canceled. Change a setting to prepare them again.")
                                         : tr("<b>No estimates:</b> %1").arg(r.error().message.toHtmlEscaped()));
            return;
        }
        m_profiles = std::move(r).value();
        requestEstimate();
    });
    connect(&m_estimateJob, &QFutureWatcherBase::finished, this, [this] {
        auto r = jobResult(m_estimateJob.future());
        if (r.ok()) {
            m_estimate = std::move(r).value();
            m_estimateReady = true;
            const double ratio = m_estimate.bytes > 0 ? double(m_estimate.originalBytes) / double(m_estimate.bytes) : 0;
            m_estimateLabel->setText(
                tr("<b>Estimate</b> — weights %1 → <b>%2</b> (%3× smaller)<br>MACs %4 → %5<br>"
                   "error %6 % (relative, parameter-weighted)")
                    .arg(formatBytes(m_estimate.originalBytes, -1, QLocale()), formatBytes(m_estimate.bytes, -1, QLocale()))
                    .arg(QLocale().toString(ratio, 'f', 2))
                    .arg(formatCount(m_estimate.originalMacs, QLocale()), formatCount(m_estimate.macs, QLocale()))
                    .arg(formatPercent(m_estimate.relativeError, 2, QLocale())));
            QStringList descriptions;
            for (std::size_t i = 0; i < m_plans.size(); ++i) {
                QString text = planText(m_plans[i]);
                if (!text.isEmpty() && i < m_estimate.layers.size())
                    text += tr(" (err %1 %)").arg(formatPercent(m_estimate.layers[i].relativeError, 1, QLocale()));
                descriptions << text;
            }
            Q_EMIT planDescriptionsChanged(descriptions);
            Q_EMIT estimateUpdated();
        }
        if (m_estimatePending) {
            m_estimatePending = false;
            requestEstimate();
        }
    });
    connect(&m_compressJob, &QFutureWatcherBase::finished, this, [this] {
        m_compute->setEnabled(bool(m_model));
        auto r = jobResult(m_compressJob.future());
        if (r.isCanceled())
            return;
        if (!r.ok()) {
            Q_EMIT recipeError(r.error().message);
            return;
        }
        Q_EMIT variantComputed(std::make_shared<const MeasuredVariant>(std::move(r).value()), m_compressRecipe);
    });

    // Out of the box: 8-bit per-channel integer weights, the usual safe first step.
    Recipe initial;
    initial.defaults.quantize = QJsonObject{{QStringLiteral("format"), QStringLiteral("int")},
                                            {QStringLiteral("bits"), 8},
                                            {QStringLiteral("granularity"), QStringLiteral("channel")}};
    m_recipe = initial;
    setModel(nullptr);
}

CompressionPanel::~CompressionPanel()
{
    for (QFutureWatcherBase *w : {static_cast<QFutureWatcherBase *>(&m_profileJob),
                                  static_cast<QFutureWatcherBase *>(&m_estimateJob),
                                  static_cast<QFutureWatcherBase *>(&m_compressJob)}) {
        w->cancel();
        w->waitForFinished();
    }
}

void CompressionPanel::setModel(std::shared_ptr<const Model> model)
{
    // Jobs of the previous model: a variant of it must not join the new model's, nor its
    // estimate show for the new one.
    abandonJob(m_profileJob);
    abandonJob(m_estimateJob);
    m_estimatePending = false;
    abandonJob(m_compressJob);
    m_model = std::move(model);
    m_profiles.clear();
    m_plans.clear();
    updateCalibrationNote();
    m_estimateReady = false;
    m_selected = -1;
    while (m_scope->count() > 1)
        m_scope->removeItem(1);
    setEnabled(bool(m_model));
    m_compute->setEnabled(bool(m_model));
    refreshBoxes();
    refreshRules();
    if (!m_model) {
        m_estimateLabel->setText(tr("Open a model to see the estimated size, MACs and error."));
        return;
    }
    requestEstimate(); // resolves the plans and starts the profiles; the estimate follows them
}

// Each layer's profile (its weights' statistics per option), which estimates are made from.
void CompressionPanel::prepareProfiles()
{
    m_estimateLabel->setText(tr("Preparing estimates…"));
    auto model_ = m_model;
    auto future = runJob([model_](JobContext &ctx) -> Result<std::vector<std::shared_ptr<LayerProfile>>> {
        std::vector<std::shared_ptr<LayerProfile>> profiles(model_->layers.size());
        for (std::size_t i = 0; i < model_->layers.size(); ++i) {
            if (ctx.isCanceled())
                return Error::canceled();
            const Layer &l = model_->layers[i];
            if (l.op == OpKind::Dense || l.op == OpKind::Conv || l.op == OpKind::Embedding) {
                auto p = LayerProfile::build(*model_, l);
                if (p.ok())
                    profiles[i] = p.value();
            }
            ctx.setProgress(double(i + 1) / double(model_->layers.size()));
        }
        return profiles;
    });
    m_jobs->track(tr("Prepare estimates"), future);
    m_profileJob.setFuture(future);
}

void CompressionPanel::setCalibrationPath(const QString &path)
{
    if (path == m_calibrationPath)
        return;
    m_calibrationPath = path;
    m_calibrationEdit->setText(QDir::toNativeSeparators(path));
    m_calibrationEdit->setToolTip(path.isEmpty() ? QString() : QDir::toNativeSeparators(path));
    updateCalibrationNote();
    Q_EMIT calibrationPathChanged(path);
}

void CompressionPanel::updateCalibrationNote()
{
    QString note;
    if (m_model && usesActivationAwarePruning(m_plans)) {
        if (m_calibrationPath.isEmpty())
            note = tr("Activation-aware pruning needs calibration data: without it its layers are "
                      "pruned by magnitude.");
        else if (!QFileInfo::exists(m_calibrationPath))
            note = tr("The calibration data %1 is missing.").arg(QFileInfo(m_calibrationPath).fileName());
    }
    m_calibrationNote->setText(note);
    m_calibrationNote->setVisible(!note.isEmpty());
}

void CompressionPanel::setSelectedLayer(int layerIndex)
{
    m_selected = layerIndex;
    const bool valid = m_model && layerIndex >= 0 && layerIndex < int(m_model->layers.size());
    const bool wasLayer = m_scope->currentIndex() == 1;
    while (m_scope->count() > 1)
        m_scope->removeItem(1);
    if (valid) {
        m_scope->addItem(tr("Selected layer: %1").arg(m_model->layers[std::size_t(layerIndex)].name));
        if (wasLayer)
            m_scope->setCurrentIndex(1);
    }
    refreshBoxes();
}

QString CompressionPanel::layerRuleMatch() const
{
    if (!m_model || m_selected < 0)
        return {};
    return QStringLiteral("re:^%1$").arg(QRegularExpression::escape(m_model->layers[std::size_t(m_selected)].name));
}

int CompressionPanel::layerRuleIndex() const
{
    const QString match = layerRuleMatch();
    for (int i = int(m_recipe.rules.size()) - 1; i >= 0; --i) {
        if (m_recipe.rules[std::size_t(i)].match == match)
            return i;
    }
    return -1;
}

void CompressionPanel::refreshBoxes()
{
    const MethodOverrides *s = &m_recipe.defaults;
    if (m_scope->currentIndex() == 1) {
        const int rule = layerRuleIndex();
        if (rule >= 0)
            s = &m_recipe.rules[std::size_t(rule)].settings;
    }
    m_quantize->setValue(s->quantize);
    m_prune->setValue(s->prune);
    m_lowrank->setValue(s->lowrank);
}

void CompressionPanel::refreshRules()
{
    const int row = m_rules->currentRow();
    m_rules->clear();
    for (const RecipeRule &r : m_recipe.rules) {
        QStringList what;
        if (r.skip)
            what << tr("keep original");
        if (r.settings.prune)
            what << tr("prune %1").arg(QString::fromUtf8(QJsonDocument(*r.settings.prune).toJson(QJsonDocument::Compact)));
        if (r.settings.quantize)
            what << tr("quantize %1").arg(QString::fromUtf8(QJsonDocument(*r.settings.quantize).toJson(QJsonDocument::Compact)));
        if (r.settings.lowrank)
            what << tr("low-rank %1").arg(QString::fromUtf8(QJsonDocument(*r.settings.lowrank).toJson(QJsonDocument::Compact)));
        m_rules->addItem(tr("%1 → %2").arg(r.match, what.join(QStringLiteral("; "))));
    }
    if (row >= 0 && row < m_rules->count())
        m_rules->setCurrentRow(row);
}

void CompressionPanel::boxesEdited()
{
    Recipe r = m_recipe;
    MethodOverrides settings{m_prune->value(), m_quantize->value(), m_lowrank->value()};
    QString what;
    if (m_scope->currentIndex() == 1 && m_selected >= 0) {
        int rule = layerRuleIndex();
        if (rule < 0) {
            RecipeRule nr;
            nr.match = layerRuleMatch();
            nr.comment = kLayerOverride;
            r.rules.push_back(nr);
            rule = int(r.rules.size()) - 1;
        }
        RecipeRule &target = r.rules[std::size_t(rule)];
        target.settings = settings;
        target.skip = !settings.prune && !settings.quantize && !settings.lowrank;
        what = tr("Change %1").arg(m_model->layers[std::size_t(m_selected)].name);
    } else {
        r.defaults = settings;
        what = tr("Change defaults");
    }
    setRecipe(r, true, what);
}

void CompressionPanel::setRecipe(const Recipe &recipe, bool pushUndo, const QString &what)
{
    const Recipe before = m_recipe;
    m_recipe = recipe;
    if (pushUndo && m_undo)
        m_undo->push(new RecipeCommand(this, before, recipe, what.isEmpty() ? tr("Change recipe") : what));
    refreshBoxes();
    refreshRules();
    requestEstimate();
}

void CompressionPanel::requestEstimate()
{
    if (!m_model)
        return;
    auto resolved = resolvePlan(m_recipe, *m_model);
    if (!resolved.ok()) {
        m_estimateLabel->setText(tr("<b>Recipe problem:</b> %1").arg(resolved.error().message.toHtmlEscaped()));
        Q_EMIT recipeError(resolved.error().message);
        return;
    }
    m_plans = resolved->plans;
    Q_EMIT plansChanged();
    if (m_profiles.size() != m_model->layers.size()) {
        if (!m_profileJob.isRunning()) // not started yet, or canceled or failed before
            prepareProfiles();
        return; // estimated once the profiles are ready
    }
    if (m_estimateJob.isRunning()) {
        m_estimatePending = true; // the latest settings win once the running estimate is done
        return;
    }
    auto model = m_model;
    auto plans = m_plans;
    auto profiles = m_profiles;
    auto future = runJob([model, plans, profiles](JobContext &ctx) -> Result<PlanEstimate> {
        return estimatePlan(*model, plans, profiles, ctx);
    });
    m_estimateJob.setFuture(future);
}

void CompressionPanel::computeVariant()
{
    if (!m_model || m_plans.empty())
        return;
    m_compute->setEnabled(false);
    m_compressRecipe = m_recipe;
    ++m_variantCounter;
    const QString name = tr("Variant %1").arg(m_variantCounter);
    auto model = m_model;
    auto recipe = m_recipe;
    // Compress, time the layers and, where the model runs here, evaluate — all in the background.
    StudyOptions options;
    options.repeats = 5;
    options.maxEvalBytes = 32 * 1024;
    options.calibrationPath = m_calibrationPath; // used when the recipe prunes activation-aware
    auto future = runJob([model, name, recipe, options](JobContext &ctx) {
        return measureVariant(model, name, recipe, options, ctx);
    });
    m_jobs->track(tr("Compute %1").arg(name), future);
    m_compressJob.setFuture(future);
}

bool CompressionPanel::insertRule(const RecipeRule &rule, int at)
{
    Recipe r = m_recipe;
    const int index = at < 0 || at > int(r.rules.size()) ? int(r.rules.size()) : at;
    r.rules.insert(r.rules.begin() + index, rule);
    if (m_model) {
        if (auto check = resolvePlan(r, *m_model); !check.ok()) {
            Q_EMIT recipeError(check.error().message);
            return false;
        }
    }
    setRecipe(r, true, tr("Add rule %1").arg(rule.match));
    m_rules->setCurrentRow(index);
    return true;
}

bool CompressionPanel::replaceRule(int index, const RecipeRule &rule)
{
    if (index < 0 || index >= int(m_recipe.rules.size()))
        return false;
    Recipe r = m_recipe;
    r.rules[std::size_t(index)] = rule;
    if (m_model) {
        if (auto check = resolvePlan(r, *m_model); !check.ok()) {
            Q_EMIT recipeError(check.error().message);
            return false;
        }
    }
    setRecipe(r, true, tr("Edit rule %1").arg(rule.match));
    m_rules->setCurrentRow(index);
    return true;
}

bool CompressionPanel::removeRule(int index)
{
    if (index < 0 || index >= int(m_recipe.rules.size()))
        return false;
    Recipe r = m_recipe;
    r.rules.erase(r.rules.begin() + index);
    setRecipe(r, true, tr("Remove rule"));
    return true;
}

bool CompressionPanel::moveRule(int index, int delta)
{
    const int to = index + delta;
    if (index < 0 || index >= int(m_recipe.rules.size()) || to < 0 || to >= int(m_recipe.rules.size()))
        return false;
    Recipe r = m_recipe;
    std::swap(r.rules[std::size_t(index)], r.rules[std::size_t(to)]);
    setRecipe(r, true, tr("Reorder rules"));
    return true;
}

void CompressionPanel::editRule(int index)
{
    if (!m_model || index >= int(m_recipe.rules.size()))
        return;
    QStringList names;
    std::vector<OpKind> ops;
    for (const Layer &l : m_model->layers) {
        names << l.name;
        ops.push_back(l.op);
    }
    auto *dialog = new RuleDialog(names, ops, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (index >= 0) {
        dialog->setRule(m_recipe.rules[std::size_t(index)]);
    } else if (m_selected >= 0) {
        // A new rule starts from the selected layer's block: "…h.3.mlp.c_fc" → "*mlp.c_fc".
        const QString name = m_model->layers[std::size_t(m_selected)].name;
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'), name.lastIndexOf(QLatin1Char('.')) - 1);
        RecipeRule seed;
        seed.match = dot > 0 ? QStringLiteral("*") + name.mid(dot + 1) : name;
        seed.settings.quantize = m_quantize->value();
        dialog->setRule(seed);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, index] {
        if (index >= 0)
            replaceRule(index, dialog->rule());
        else
            insertRule(dialog->rule());
    });
    dialog->open();
}

bool CompressionPanel::openRecipe(const QString &path)
{
    auto r = Recipe::fromFile(path);
    if (!r.ok()) {
        Q_EMIT recipeError(r.error().message);
        return false;
    }
    setRecipe(r.value(), true, tr("Open recipe"));
    return true;
}

bool CompressionPanel::saveRecipe(const QString &path)
{
    auto r = m_recipe.saveToFile(path);
    if (!r.ok()) {
        Q_EMIT recipeError(r.error().message);
        return false;
    }
    return true;
}

} // namespace pare::ui
