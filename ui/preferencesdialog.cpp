// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "jobs/jobrunner.h"
#include "language.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QThread>

namespace pare::ui {

namespace {
constexpr double kMaxNearZero = 1.0;
constexpr double kMinSigmas = 1.0;
constexpr double kMaxSigmas = 100.0;

// A threshold such as 0.001 or 0.00002 as it would be written ("0.001", not "0.001000"); the
// spin box still takes up to six decimals.
class ThresholdSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override
    {
        QLocale l = locale();
        l.setNumberOptions(l.numberOptions() | QLocale::OmitGroupSeparator);
        return l.toString(value, 'f', QLocale::FloatingPointShortest);
    }
};
} // namespace

core::StatsOptions preferredStatsOptions()
{
    const QSettings settings;
    core::StatsOptions o;
    const double nearZero = settings.value(QStringLiteral("analysis/nearZero"), o.nearZeroThreshold).toDouble();
    const double sigmas = settings.value(QStringLiteral("analysis/outlierSigmas"), o.outlierSigmas).toDouble();
    if (nearZero >= 0.0 && nearZero <= kMaxNearZero)
        o.nearZeroThreshold = nearZero;
    if (sigmas >= kMinSigmas && sigmas <= kMaxSigmas)
        o.outlierSigmas = sigmas;
    return o;
}

void setPreferredStatsOptions(const core::StatsOptions &o)
{
    QSettings settings;
    settings.setValue(QStringLiteral("analysis/nearZero"), o.nearZeroThreshold);
    settings.setValue(QStringLiteral("analysis/outlierSigmas"), o.outlierSigmas);
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_threads(new QSpinBox(this)),
      m_theme(new QComboBox(this)), m_nearZero(new ThresholdSpinBox(this)),
      m_sigmas(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->addItem(tr("System language"), QString());
    for (const auto &[code, name] : availableLanguages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferredLanguage())));
    m_language->setToolTip(tr("The language of Pare's window. Takes effect when Pare starts again."));
    m_threads->setRange(0, QThread::idealThreadCount());
    m_threads->setSpecialValueText(tr("All cores (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(QSettings().value(QStringLiteral("threads"), 0).toInt());
    m_threads->setToolTip(tr("How many threads background jobs may use."));

    m_theme->addItem(tr("System"), themeKey(Theme::System));
    m_theme->addItem(tr("Light"), themeKey(Theme::Light));
    m_theme->addItem(tr("Dark"), themeKey(Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(themeKey(preferredTheme()))));
    m_theme->setToolTip(tr("Light or dark colours for the window and its charts; System follows "
                           "the desktop's setting."));
    m_theme->setObjectName(QStringLiteral("themeCombo"));

    const core::StatsOptions stats = preferredStatsOptions();
    m_nearZero->setObjectName(QStringLiteral("nearZeroSpin"));
    m_nearZero->setDecimals(6);
    m_nearZero->setRange(0.0, kMaxNearZero);
    m_nearZero->setSingleStep(1e-4);
    m_nearZero->setValue(stats.nearZeroThreshold);
    m_nearZero->setToolTip(tr("Weights with |w| at most this count as near zero in the statistics "
                              "and the lint."));
    m_sigmas->setObjectName(QStringLiteral("outlierSigmasSpin"));
    m_sigmas->setDecimals(1);
    m_sigmas->setRange(kMinSigmas, kMaxSigmas);
    m_sigmas->setSingleStep(0.5);
    m_sigmas->setSuffix(tr(" σ"));
    m_sigmas->setValue(stats.outlierSigmas);
    m_sigmas->setToolTip(tr("Weights further than this many standard deviations from the mean "
                            "count as outliers."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language"), m_language);
    form->addRow(new QLabel(tr("The language changes when Pare starts again."), this));
    form->addRow(tr("T&heme"), m_theme);
    form->addRow(tr("&Threads"), m_threads);
    auto *analysis = new QLabel(tr("<b>Analysis</b> (applies to the open model at once)"), this);
    form->addRow(analysis);
    form->addRow(tr("&Near zero: |w| ≤"), m_nearZero);
    form->addRow(tr("&Outliers beyond"), m_sigmas);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    setPreferredLanguage(m_language->currentData().toString());
    QSettings().setValue(QStringLiteral("threads"), m_threads->value());
    core::setComputeThreads(m_threads->value());
    const Theme theme = themeFromKey(m_theme->currentData().toString());
    setPreferredTheme(theme);
    if (theme != currentTheme())
        applyTheme(theme);
    core::StatsOptions stats;
    stats.nearZeroThreshold = m_nearZero->value();
    stats.outlierSigmas = m_sigmas->value();
    const bool statsChanged = !(stats == preferredStatsOptions());
    setPreferredStatsOptions(stats);
    QDialog::accept();
    if (statsChanged)
        Q_EMIT statsOptionsChanged();
}

} // namespace pare::ui
