// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/tensorstats.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace pare::ui {

// The statistics options chosen in Preferences (near-zero threshold, outlier k), which the
// whole-model analysis uses; defaults where none were chosen or the stored values are out of
// range. (Histogram bins are the Inspector's own choice, per view.)
core::StatsOptions preferredStatsOptions();
void setPreferredStatsOptions(const core::StatsOptions &options);

// Language, theme, worker threads and the analysis's statistics options. The theme applies at
// once, the language at the next start; new statistics options re-run the analysis
// (statsOptionsChanged).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QComboBox *languageCombo() const { return m_language; }
    QSpinBox *threadsSpin() const { return m_threads; }
    QComboBox *themeCombo() const { return m_theme; }
    QDoubleSpinBox *nearZeroSpin() const { return m_nearZero; }
    QDoubleSpinBox *outlierSigmasSpin() const { return m_sigmas; }
    void accept() override;

Q_SIGNALS:
    void statsOptionsChanged();

private:
    QComboBox *m_language;
    QSpinBox *m_threads;
    QComboBox *m_theme;
    QDoubleSpinBox *m_nearZero;
    QDoubleSpinBox *m_sigmas;
};

} // namespace pare::ui
