// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodboxes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>

namespace pare::ui {

namespace {
QSlider *slider(int lo, int hi, QWidget *parent)
{
    auto *s = new QSlider(Qt::Horizontal, parent);
    s->setRange(lo, hi);
    s->setPageStep(1);
    return s;
}

QWidget *withLabel(QSlider *s, QLabel *label, QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(s, 1);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("99.9 %")) + 4);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    l->addWidget(label);
    return w;
}

void setCurrentData(QComboBox *c, const QVariant &v)
{
    const int i = c->findData(v);
    if (i >= 0)
        c->setCurrentIndex(i);
}

QString str(const QJsonObject &o, const char *key, const char *fallback)
{
    return o.value(QLatin1String(key)).toString(QLatin1String(fallback));
}
} // namespace

void MethodBox::emitEdited()
{
    if (!m_updating)
        Q_EMIT edited();
}

QuantizeBox::QuantizeBox(QWidget *parent)
    : MethodBox(tr("&Quantize"), parent), m_format(new QComboBox(this)),
      m_bitsSlider(slider(0, 5, this)), m_bitsLabel(new QLabel(this)), m_scheme(new QComboBox(this)),
      m_granularity(new QComboBox(this)), m_groupSize(new QComboBox(this)), m_clip(new QComboBox(this))
{
    setObjectName(QStringLiteral("quantizeBox"));
    setCheckable(true);
    setToolTip(tr("Store weights with fewer bits. Each value is rounded to one of a few levels, "
                  "scaled per tensor, per output channel or per group of inputs."));
    m_format->addItem(tr("Integer"), QStringLiteral("int"));
    m_format->addItem(tr("FP16"), QStringLiteral("fp16"));
    m_format->addItem(tr("BF16"), QStringLiteral("bf16"));
    m_format->addItem(tr("FP8 E4M3"), QStringLiteral("fp8_e4m3"));
    m_format->addItem(tr("FP8 E5M2"), QStringLiteral("fp8_e5m2"));
    m_format->setToolTip(tr("Integer levels with scales, or a narrower floating-point format."));
    m_bitsSlider->setToolTip(tr("Bits per weight: fewer bits make the model smaller and the error larger."));
    m_scheme->addItem(tr("Symmetric"), QStringLiteral("symmetric"));
    m_scheme->addItem(tr("Asymmetric"), QStringLiteral("asymmetric"));
    m_scheme->setToolTip(tr("Symmetric levels are centred on zero; asymmetric ones add a zero-point "
                            "and fit skewed weights better."));
    m_granularity->addItem(tr("Per tensor"), QStringLiteral("tensor"));
    m_granularity->addItem(tr("Per channel"), QStringLiteral("channel"));
    m_granularity->addItem(tr("Per group"), QStringLiteral("group"));
    m_granularity->setToolTip(tr("How many weights share one scale: finer sharing costs a little "
                                 "size and lowers the error."));
    for (int g : {32, 64, 128, 256})
        m_groupSize->addItem(QString::number(g), g);
    m_groupSize->setToolTip(tr("Inputs per group that share one scale (per-group quantization)."));
    m_clip->addItem(tr("None"), QStringLiteral("none"));
    m_clip->addItem(tr("MSE search"), QStringLiteral("mse"));
    m_clip->setToolTip(tr("Clip the largest weights when that lowers the squared error of the rest."));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Bits"), withLabel(m_bitsSlider, m_bitsLabel, this));
    form->addRow(tr("Scheme"), m_scheme);
    form->addRow(tr("Scales"), m_granularity);
    form->addRow(tr("Group size"), m_groupSize);
    form->addRow(tr("Clipping"), m_clip);

    for (QComboBox *c : {m_format, m_scheme, m_granularity, m_groupSize, m_clip})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); emitEdited(); });
    connect(m_bitsSlider, &QSlider::valueChanged, this, [this] { updateEnabled(); emitEdited(); });
    connect(this, &QGroupBox::toggled, this, [this] { updateEnabled(); emitEdited(); });
    setValue(std::nullopt);
}

static const int kBits[] = {2, 3, 4, 5, 6, 8};

std::optional<QJsonObject> QuantizeBox::value() const
{
    if (!isChecked())
        return std::nullopt;
    QJsonObject o;
    const QString format = m_format->currentData().toString();
    o.insert(QStringLiteral("format"), format);
    if (format == QLatin1String("int")) {
        o.insert(QStringLiteral("bits"), kBits[m_bitsSlider->value()]);
        o.insert(QStringLiteral("scheme"), m_scheme->currentData().toString());
        o.insert(QStringLiteral("clip"), m_clip->currentData().toString());
    }
    const QString gran = m_granularity->currentData().toString();
    // Float formats have tensor or channel scales only.
    o.insert(QStringLiteral("granularity"),
             format != QLatin1String("int") && gran == QLatin1String("group") ? QStringLiteral("channel") : gran);
    if (format == QLatin1String("int") && gran == QLatin1String("group"))
        o.insert(QStringLiteral("group_size"), m_groupSize->currentData().toInt());
    return o;
}

void QuantizeBox::setValue(const std::optional<QJsonObject> &value)
{
    m_updating = true;
    setChecked(value.has_value());
    const QJsonObject o = value.value_or(QJsonObject());
    setCurrentData(m_format, str(o, "format", "int"));
    const int bits = o.value(QStringLiteral("bits")).toInt(4);
    for (int i = 0; i < 6; ++i) {
        if (kBits[i] == bits)
            m_bitsSlider->setValue(i);
    }
    setCurrentData(m_scheme, str(o, "scheme", "symmetric"));
    setCurrentData(m_granularity, str(o, "granularity", "group"));
    setCurrentData(m_groupSize, o.value(QStringLiteral("group_size")).toInt(128));
    setCurrentData(m_clip, str(o, "clip", "none"));
    updateEnabled();
    m_updating = false;
}

void QuantizeBox::updateEnabled()
{
    // An unchecked box disables its children; enabling one explicitly would undo that.
    const bool isInt = m_format->currentData().toString() == QLatin1String("int") && isChecked();
    m_bitsLabel->setText(m_format->currentData().toString() == QLatin1String("int") ? tr("%1 bit").arg(kBits[m_bitsSlider->value()]) : QString());
    m_bitsSlider->setEnabled(isInt);
    m_scheme->setEnabled(isInt);
    m_clip->setEnabled(isInt);
    m_groupSize->setEnabled(isInt && m_granularity->currentData().toString() == QLatin1String("group"));
}

PruneBox::PruneBox(QWidget *parent)
    : MethodBox(tr("&Prune"), parent), m_method(new QComboBox(this)), m_score(new QComboBox(this)),
      m_sparsity(slider(0, 99, this)),
      m_sparsityLabel(new QLabel(this)), m_pattern(new QComboBox(this)), m_norm(new QComboBox(this)),
      m_scope(new QComboBox(this))
{
    setObjectName(QStringLiteral("pruneBox"));
    setCheckable(true);
    setToolTip(tr("Set weights to zero and store only the rest. Pruning and low-rank cannot be "
                  "combined on one layer."));
    m_method->addItem(tr("Magnitude"), QStringLiteral("magnitude"));
    m_method->addItem(tr("N:M pattern"), QStringLiteral("nm"));
    m_method->addItem(tr("Whole channels"), QStringLiteral("channel"));
    m_method->setToolTip(tr("Magnitude removes the smallest weights anywhere; N:M keeps N of every M "
                            "inputs (hardware-friendly); channels removes whole output channels."));
    m_score->addItem(tr("Magnitude |w|"), QStringLiteral("magnitude"));
    m_score->addItem(tr("Activation-aware (Wanda)"), QStringLiteral("wanda"));
    m_score->setObjectName(QStringLiteral("pruneScore"));
    m_score->setToolTip(tr("Which weights count as smallest: by |w| alone, or by |w| times the norm of "
                           "the input it multiplies on calibration data (a text for language models, "
                           "examples for graph models; choose it below)."));
    m_sparsity->setToolTip(tr("Fraction of weights (or channels) removed."));
    for (const auto &[n, m] : {std::pair{2, 4}, std::pair{1, 4}, std::pair{4, 8}})
        m_pattern->addItem(QStringLiteral("%1:%2").arg(n).arg(m), QPoint(n, m));
    m_pattern->setToolTip(tr("Keep N weights in every group of M consecutive inputs."));
    m_norm->addItem(tr("L2 norm"), QStringLiteral("l2"));
    m_norm->addItem(tr("L1 norm"), QStringLiteral("l1"));
    m_norm->setToolTip(tr("How a channel's importance is measured."));
    m_scope->addItem(tr("Per layer"), QStringLiteral("layer"));
    m_scope->addItem(tr("Global"), QStringLiteral("global"));
    m_scope->setToolTip(tr("Per layer: each layer reaches the target. Global: one threshold for all "
                           "matched layers, so robust layers give up more."));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Score"), m_score);
    form->addRow(tr("Sparsity"), withLabel(m_sparsity, m_sparsityLabel, this));
    form->addRow(tr("Pattern"), m_pattern);
    form->addRow(tr("Channel norm"), m_norm);
    form->addRow(tr("Scope"), m_scope);
    for (QComboBox *c : {m_method, m_score, m_pattern, m_norm, m_scope})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); emitEdited(); });
    connect(m_sparsity, &QSlider::valueChanged, this, [this] { updateEnabled(); emitEdited(); });
    connect(this, &QGroupBox::toggled, this, [this] { updateEnabled(); emitEdited(); });
    setValue(std::nullopt);
}

std::optional<QJsonObject> PruneBox::value() const
{
    if (!isChecked())
        return std::nullopt;
    QJsonObject o;
    const QString method = m_method->currentData().toString();
    o.insert(QStringLiteral("method"), method);
    if (method == QLatin1String("nm")) {
        const QPoint nm = m_pattern->currentData().toPoint();
        o.insert(QStringLiteral("n"), nm.x());
        o.insert(QStringLiteral("m"), nm.y());
    } else {
        o.insert(QStringLiteral("sparsity"), m_sparsity->value() / 100.0);
        if (method == QLatin1String("channel"))
            o.insert(QStringLiteral("norm"), m_norm->currentData().toString());
        else
            o.insert(QStringLiteral("scope"), m_scope->currentData().toString());
        if (method == QLatin1String("magnitude") && m_scope->currentData().toString() == QLatin1String("layer")
            && m_score->currentData().toString() == QLatin1String("wanda"))
            o.insert(QStringLiteral("score"), QStringLiteral("wanda"));
    }
    return o;
}

void PruneBox::setValue(const std::optional<QJsonObject> &value)
{
    m_updating = true;
    setChecked(value.has_value());
    const QJsonObject o = value.value_or(QJsonObject());
    setCurrentData(m_method, str(o, "method", "magnitude"));
    setCurrentData(m_score, str(o, "score", "magnitude"));
    m_sparsity->setValue(int(std::lround(o.value(QStringLiteral("sparsity")).toDouble(0.5) * 100.0)));
    setCurrentData(m_pattern, QPoint(o.value(QStringLiteral("n")).toInt(2), o.value(QStringLiteral("m")).toInt(4)));
    setCurrentData(m_norm, str(o, "norm", "l2"));
    setCurrentData(m_scope, str(o, "scope", "layer"));
    updateEnabled();
    m_updating = false;
}

void PruneBox::updateEnabled()
{
    // An unchecked box disables its children; enabling one explicitly would undo that.
    const QString method = isChecked() ? m_method->currentData().toString() : QString();
    m_sparsityLabel->setText(tr("%1 %").arg(m_sparsity->value()));
    m_sparsity->setEnabled(isChecked() && method != QLatin1String("nm"));
    m_pattern->setEnabled(method == QLatin1String("nm"));
    m_norm->setEnabled(method == QLatin1String("channel"));
    m_scope->setEnabled(method == QLatin1String("magnitude"));
    // Activation-aware scores rank each layer's own weights (recipe: magnitude, per layer).
    m_score->setEnabled(method == QLatin1String("magnitude") && m_scope->currentData().toString() == QLatin1String("layer"));
}

LowRankBox::LowRankBox(QWidget *parent)
    : MethodBox(tr("&Low-rank"), parent), m_mode(new QComboBox(this)), m_energy(slider(50, 100, this)),
      m_energyLabel(new QLabel(this)), m_rank(new QSpinBox(this))
{
    setObjectName(QStringLiteral("lowRankBox"));
    setCheckable(true);
    setToolTip(tr("Replace a weight matrix by the product of two thin matrices from its singular "
                  "value decomposition."));
    m_mode->addItem(tr("Keep energy"), QStringLiteral("energy"));
    m_mode->addItem(tr("Fixed rank"), QStringLiteral("rank"));
    m_mode->setToolTip(tr("Choose the rank per layer by the share of the spectrum's energy kept, "
                          "or set one rank for all."));
    m_energy->setToolTip(tr("Share of Σσ² kept: the rank grows until it is reached (rounded up to 8)."));
    m_rank->setRange(1, 65536);
    m_rank->setValue(64);
    m_rank->setToolTip(tr("Rank of the two factors."));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Mode"), m_mode);
    form->addRow(tr("Energy"), withLabel(m_energy, m_energyLabel, this));
    form->addRow(tr("Rank"), m_rank);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); emitEdited(); });
    connect(m_energy, &QSlider::valueChanged, this, [this] { updateEnabled(); emitEdited(); });
    connect(m_rank, &QSpinBox::valueChanged, this, [this] { emitEdited(); });
    connect(this, &QGroupBox::toggled, this, [this] { updateEnabled(); emitEdited(); });
    setValue(std::nullopt);
}

std::optional<QJsonObject> LowRankBox::value() const
{
    if (!isChecked())
        return std::nullopt;
    QJsonObject o;
    if (m_mode->currentData().toString() == QLatin1String("rank"))
        o.insert(QStringLiteral("rank"), m_rank->value());
    else
        o.insert(QStringLiteral("energy"), m_energy->value() / 100.0);
    return o;
}

void LowRankBox::setValue(const std::optional<QJsonObject> &value)
{
    m_updating = true;
    setChecked(value.has_value());
    const QJsonObject o = value.value_or(QJsonObject());
    const bool rank = o.contains(QStringLiteral("rank"));
    setCurrentData(m_mode, rank ? QStringLiteral("rank") : QStringLiteral("energy"));
    m_rank->setValue(o.value(QStringLiteral("rank")).toInt(64));
    m_energy->setValue(int(std::lround(o.value(QStringLiteral("energy")).toDouble(0.9) * 100.0)));
    updateEnabled();
    m_updating = false;
}

void LowRankBox::updateEnabled()
{
    // An unchecked box disables its children; enabling one explicitly would undo that.
    const bool energy = m_mode->currentData().toString() == QLatin1String("energy");
    m_energyLabel->setText(tr("%1 %").arg(m_energy->value()));
    m_energy->setEnabled(isChecked() && energy);
    m_rank->setEnabled(isChecked() && !energy);
}

} // namespace pare::ui
