// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

namespace pare::ui {

// The jobs running (and recently finished) in this window, for the Jobs dock and status bar.
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, ProgressColumn, ElapsedColumn, StateColumn, ColumnCount };
    enum Role { ProgressRole = Qt::UserRole + 1, RunningRole };

    explicit JobsModel(QObject *parent = nullptr);
    ~JobsModel() override;

    // Tracks a job's future (any result type). Returns the row.
    template<typename T>
    int track(const QString &title, const QFuture<T> &future)
    {
        auto *watcher = new QFutureWatcher<T>(this);
        const int row = addJob(title, watcher);
        watcher->setFuture(future);
        return row;
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    void cancel(int row);
    void cancelAll();
    int runningCount() const;
    // The most recently started job still running, or -1.
    int activeRow() const;
    QString title(int row) const;
    double progress(int row) const; // 0..1

Q_SIGNALS:
    void activeJobChanged();

private:
    struct Job
    {
        QString title;
        QString message;
        QPointer<QFutureWatcherBase> watcher;
        QElapsedTimer clock;
        qint64 finishedMs = -1;
        double progress = 0;
        bool canceled = false;
    };
    int addJob(const QString &title, QFutureWatcherBase *watcher);
    void refreshElapsed();

    std::vector<Job> m_jobs;
    QTimer *m_tick = nullptr;
};

} // namespace pare::ui
