// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace pare::ui {

// Language, theme and worker threads. The theme applies at once, the language at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QComboBox *languageCombo() const { return m_language; }
    QSpinBox *threadsSpin() const { return m_threads; }
    QComboBox *themeCombo() const { return m_theme; }
    void accept() override;

private:
    QComboBox *m_language;
    QSpinBox *m_threads;
    QComboBox *m_theme;
};

} // namespace pare::ui
