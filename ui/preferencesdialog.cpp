// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "jobs/jobrunner.h"
#include "language.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QThread>

namespace pare::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_threads(new QSpinBox(this)),
      m_theme(new QComboBox(this))
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language"), m_language);
    form->addRow(new QLabel(tr("The language changes when Pare starts again."), this));
    form->addRow(tr("T&heme"), m_theme);
    form->addRow(tr("&Threads"), m_threads);
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
    QDialog::accept();
}

} // namespace pare::ui
