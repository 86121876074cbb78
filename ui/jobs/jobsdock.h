// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;
class QPushButton;

namespace pare::ui {

class JobsModel;

// Lists running and finished jobs with progress bars, elapsed time and Cancel.
class JobsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JobsPanel(JobsModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void updateButtons();
    JobsModel *m_model;
    QTableView *m_view;
    QPushButton *m_cancel;
    QPushButton *m_cancelAll;
};

} // namespace pare::ui
