// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruledialog.h"

#include "compress/plan.h"
#include "methodboxes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pare::ui {

using namespace core;

namespace {
const QString kEnabled = QStringLiteral("enabled");

bool isOff(const std::optional<QJsonObject> &o)
{
    return o && o->contains(kEnabled) && !o->value(kEnabled).toBool(true);
}
} // namespace

RuleDialog::RuleDialog(const QStringList &layers, const std::vector<OpKind> &ops, QWidget *parent)
    : QDialog(parent), m_layers(layers), m_layerOps(ops), m_pattern(new QLineEdit(this)),
      m_skip(new QRadioButton(tr("&Keep these layers original"), this)),
      m_override(new QRadioButton(tr("&Override the settings below"), this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Recipe Rule"));
    setObjectName(QStringLiteral("ruleDialog"));
    m_pattern->setPlaceholderText(tr("*mlp* or re:^h\\.\\d+\\.attn"));
    m_pattern->setToolTip(tr("Which layers the rule applies to: a glob on the whole layer name (* and ?), "
                             "or a regular expression after \"re:\"."));
    auto *opsRow = new QHBoxLayout;
    for (OpKind k : {OpKind::Dense, OpKind::Conv, OpKind::Embedding, OpKind::Norm, OpKind::Other}) {
        auto *c = new QCheckBox(opKindName(k), this);
        c->setToolTip(tr("Limit the rule to layers of this kind; with none ticked it applies to every kind."));
        m_ops[k] = c;
        opsRow->addWidget(c);
        connect(c, &QCheckBox::toggled, this, &RuleDialog::validate);
    }
    opsRow->addStretch();
    m_skip->setToolTip(tr("Matched layers keep their original weights, whatever the defaults say."));
    m_override->setToolTip(tr("Matched layers take the settings chosen below over the defaults and "
                              "earlier rules."));
    m_override->setChecked(true);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("ruleMessage"));

    const QString titles[3] = {tr("Prune"), tr("Quantize"), tr("Low-rank")};
    m_boxes[0] = new PruneBox(this);
    m_boxes[1] = new QuantizeBox(this);
    m_boxes[2] = new LowRankBox(this);
    auto *methods = new QWidget(this);
    auto *methodsLayout = new QVBoxLayout(methods);
    methodsLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        m_modes[i] = new QComboBox(this);
        m_modes[i]->addItem(tr("as before"), int(Mode::Inherit));
        m_modes[i]->addItem(tr("off"), int(Mode::Off));
        m_modes[i]->addItem(tr("set to"), int(Mode::Set));
        m_modes[i]->setToolTip(tr("As before: the defaults and earlier rules decide. Off: this method "
                                  "is not applied to the matched layers. Set to: use the settings below."));
        m_boxes[i]->setTitle(titles[i]);
        m_boxes[i]->setCheckable(false);
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(titles[i], this);
        label->setBuddy(m_modes[i]);
        row->addWidget(label);
        row->addWidget(m_modes[i]);
        row->addStretch();
        methodsLayout->addLayout(row);
        methodsLayout->addWidget(m_boxes[i]);
        connect(m_modes[i], &QComboBox::currentIndexChanged, this, &RuleDialog::validate);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(methods);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *form = new QFormLayout;
    form->addRow(tr("&Layers matching"), m_pattern);
    form->addRow(tr("Op kinds"), opsRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_skip);
    layout->addWidget(m_override);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pattern, &QLineEdit::textChanged, this, &RuleDialog::validate);
    connect(m_skip, &QRadioButton::toggled, this, &RuleDialog::validate);
    resize(460, 620);
    validate();
}

void RuleDialog::setRule(const RecipeRule &rule)
{
    m_comment = rule.comment;
    m_pattern->setText(rule.match);
    for (auto &[k, c] : m_ops)
        c->setChecked(std::find(rule.ops.begin(), rule.ops.end(), k) != rule.ops.end());
    (rule.skip ? m_skip : m_override)->setChecked(true);
    const std::optional<QJsonObject> *values[3] = {&rule.settings.prune, &rule.settings.quantize,
                                                   &rule.settings.lowrank};
    for (int i = 0; i < 3; ++i) {
        const std::optional<QJsonObject> &v = *values[i];
        const Mode mode = !v ? Mode::Inherit : (isOff(v) ? Mode::Off : Mode::Set);
        m_modes[i]->setCurrentIndex(m_modes[i]->findData(int(mode)));
        m_boxes[i]->setCheckable(true);
        m_boxes[i]->setValue(mode == Mode::Set ? v : std::optional<QJsonObject>(QJsonObject()));
        m_boxes[i]->setCheckable(false);
    }
    validate();
}

RecipeRule RuleDialog::rule() const
{
    RecipeRule r;
    r.match = m_pattern->text().trimmed();
    r.comment = m_comment;
    for (const auto &[k, c] : m_ops) {
        if (c->isChecked())
            r.ops.push_back(k);
    }
    r.skip = m_skip->isChecked();
    if (r.skip)
        return r;
    std::optional<QJsonObject> *values[3] = {&r.settings.prune, &r.settings.quantize, &r.settings.lowrank};
    for (int i = 0; i < 3; ++i) {
        switch (Mode(m_modes[i]->currentData().toInt())) {
        case Mode::Inherit: break;
        case Mode::Off: *values[i] = QJsonObject{{kEnabled, false}}; break;
        case Mode::Set: {
            // The boxes report a value only while checked; they are shown without the check box.
            m_boxes[i]->setCheckable(true);
            m_boxes[i]->setChecked(true);
            *values[i] = m_boxes[i]->value();
            m_boxes[i]->setCheckable(false);
            break;
        }
        }
    }
    return r;
}

QString RuleDialog::problem() const
{
    return m_problem;
}

int RuleDialog::matchCount() const
{
    return m_matches;
}

void RuleDialog::validate()
{
    const bool overriding = m_override->isChecked();
    for (int i = 0; i < 3; ++i) {
        m_modes[i]->setEnabled(overriding);
        m_boxes[i]->setEnabled(overriding && Mode(m_modes[i]->currentData().toInt()) == Mode::Set);
    }
    m_problem.clear();
    m_matches = 0;
    const QString pattern = m_pattern->text().trimmed();
    if (pattern.isEmpty()) {
        m_problem = tr("Enter a layer name pattern: a glob such as *mlp*, or re: and a regular expression.");
    } else {
        // Globs always compile (their other characters are taken literally); regexes may not.
        const QRegularExpression re(pattern.startsWith(QLatin1String("re:")) ? pattern.mid(3) : QString());
        if (!re.isValid()) {
            m_problem = tr("The pattern is not valid: %1 (at character %2).")
                            .arg(re.errorString())
                            .arg(re.patternErrorOffset() + (pattern.startsWith(QLatin1String("re:")) ? 4 : 1));
        } else {
            std::vector<OpKind> ops;
            for (const auto &[k, c] : m_ops) {
                if (c->isChecked())
                    ops.push_back(k);
            }
            for (qsizetype i = 0; i < m_layers.size(); ++i) {
                const bool opOk = ops.empty() || (std::size_t(i) < m_layerOps.size()
                                                  && std::find(ops.begin(), ops.end(), m_layerOps[std::size_t(i)]) != ops.end());
                if (opOk && matchesLayerName(pattern, m_layers.at(i)))
                    ++m_matches;
            }
            if (m_matches == 0 && !m_layers.isEmpty())
                m_problem = tr("The pattern matches no layer of this model; a recipe rule must match at least one. "
                               "Patterns match the whole name: try *%1*.").arg(pattern);
        }
    }
    if (m_problem.isEmpty() && overriding) {
        bool any = false;
        for (QComboBox *c : m_modes)
            any = any || Mode(c->currentData().toInt()) != Mode::Inherit;
        if (!any)
            m_problem = tr("Choose what the rule changes: keep the layers original, or turn a method off or set it.");
    }
    if (m_problem.isEmpty()) {
        m_message->setText(tr("Matches %n layer(s).", nullptr, m_matches));
        m_message->setStyleSheet(QString());
    } else {
        m_message->setText(m_problem);
        m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

} // namespace pare::ui
