// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compress/recipe.h"

#include <QDialog>
#include <QStringList>

#include <map>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace pare::ui {

class MethodBox;

// Adds or edits one recipe rule: which layers it matches (a glob or re:regex on the name, and
// optionally op kinds), and whether it keeps them original or overrides each method's settings.
class RuleDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Inherit, Off, Set };

    // `layers` and `ops` are the model's layer names and op kinds, to say what a pattern matches.
    RuleDialog(const QStringList &layers, const std::vector<core::OpKind> &ops, QWidget *parent = nullptr);

    void setRule(const core::RecipeRule &rule);
    core::RecipeRule rule() const;

    // Empty when the rule is valid, else what is wrong (also shown in the dialog).
    QString problem() const;
    // Layers the rule matches now.
    int matchCount() const;

    QLineEdit *patternEdit() const { return m_pattern; }
    QCheckBox *opCheck(core::OpKind op) const { return m_ops.at(op); }
    QRadioButton *skipRadio() const { return m_skip; }
    QRadioButton *overrideRadio() const { return m_override; }
    QComboBox *modeCombo(int method) const { return m_modes[method]; } // 0 prune, 1 quantize, 2 low-rank
    MethodBox *methodBox(int method) const { return m_boxes[method]; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    QStringList m_layers;
    std::vector<core::OpKind> m_layerOps;
    QString m_comment;
    QLineEdit *m_pattern;
    std::map<core::OpKind, QCheckBox *> m_ops;
    QRadioButton *m_skip;
    QRadioButton *m_override;
    QComboBox *m_modes[3];
    MethodBox *m_boxes[3];
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QString m_problem;
    int m_matches = 0;
};

} // namespace pare::ui
