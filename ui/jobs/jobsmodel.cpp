// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsmodel.h"

#include <QLocale>
#include <QTimer>

namespace pare::ui {

JobsModel::JobsModel(QObject *parent) : QAbstractTableModel(parent), m_tick(new QTimer(this))
{
    m_tick->setInterval(500);
    connect(m_tick, &QTimer::timeout, this, &JobsModel::refreshElapsed);
}

JobsModel::~JobsModel()
{
    // Objects that own jobs cancel and wait for them, so no job outlives what it reports to.
    for (Job &j : m_jobs) {
        if (j.watcher && j.watcher->isRunning()) {
            j.watcher->cancel();
            j.watcher->waitForFinished();
        }
    }
}

int JobsModel::addJob(const QString &title, QFutureWatcherBase *watcher)
{
    const int row = int(m_jobs.size());
    beginInsertRows({}, row, row);
    Job job;
    job.title = title;
    job.watcher = watcher;
    job.clock.start();
    m_jobs.push_back(std::move(job));
    endInsertRows();

    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        for (int r = 0; r < int(m_jobs.size()); ++r) {
            Job &j = m_jobs[std::size_t(r)];
            if (j.watcher != watcher)
                continue;
            const int lo = watcher->progressMinimum(), hi = watcher->progressMaximum();
            j.progress = hi > lo ? double(value - lo) / double(hi - lo) : 0.0;
            j.message = watcher->progressText();
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        for (int r = 0; r < int(m_jobs.size()); ++r) {
            Job &j = m_jobs[std::size_t(r)];
            if (j.watcher != watcher)
                continue;
            j.finishedMs = j.clock.elapsed();
            j.canceled = watcher->isCanceled();
            if (!j.canceled)
                j.progress = 1.0;
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
        if (runningCount() == 0)
            m_tick->stop();
        Q_EMIT activeJobChanged();
    });
    m_tick->start();
    Q_EMIT activeJobChanged();
    return row;
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Job &j = m_jobs[std::size_t(index.row())];
    const bool running = j.finishedMs < 0;
    if (role == ProgressRole)
        return j.progress;
    if (role == RunningRole)
        return running;
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return j.message.isEmpty() ? j.title : j.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return j.message.isEmpty() ? j.title : tr("%1 — %2").arg(j.title, j.message);
    case ProgressColumn:
        return tr("%1 %").arg(QLocale().toString(j.progress * 100.0, 'f', 0));
    case ElapsedColumn: {
        const qint64 ms = running ? j.clock.elapsed() : j.finishedMs;
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    }
    case StateColumn:
        if (running)
            return j.canceled ? tr("Canceling…") : tr("Running");
        return j.canceled ? tr("Canceled") : tr("Done");
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Job");
    case ProgressColumn: return tr("Progress");
    case ElapsedColumn: return tr("Elapsed");
    case StateColumn: return tr("State");
    default: return {};
    }
}

void JobsModel::cancel(int row)
{
    if (row < 0 || row >= int(m_jobs.size()))
        return;
    Job &j = m_jobs[std::size_t(row)];
    if (j.watcher && j.finishedMs < 0) {
        j.canceled = true;
        j.watcher->cancel();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void JobsModel::cancelAll()
{
    for (int r = 0; r < int(m_jobs.size()); ++r)
        cancel(r);
}

int JobsModel::runningCount() const
{
    int n = 0;
    for (const Job &j : m_jobs)
        n += j.finishedMs < 0 ? 1 : 0;
    return n;
}

int JobsModel::activeRow() const
{
    for (int r = int(m_jobs.size()) - 1; r >= 0; --r) {
        if (m_jobs[std::size_t(r)].finishedMs < 0)
            return r;
    }
    return -1;
}

QString JobsModel::title(int row) const
{
    return row >= 0 && row < int(m_jobs.size()) ? m_jobs[std::size_t(row)].title : QString();
}

double JobsModel::progress(int row) const
{
    return row >= 0 && row < int(m_jobs.size()) ? m_jobs[std::size_t(row)].progress : 0.0;
}

void JobsModel::refreshElapsed()
{
    if (!m_jobs.empty())
        Q_EMIT dataChanged(index(0, ElapsedColumn), index(int(m_jobs.size()) - 1, ElapsedColumn));
}

} // namespace pare::ui
