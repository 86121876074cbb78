// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"
#include "charts/chartutil.h"

#include <QWidget>

class QChart;

namespace pare::ui {

// Per-output-channel min/max band with absmax markers.
class ChannelRangeChart : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelRangeChart(QWidget *parent = nullptr);
    void setData(const ChannelRangeData &data);
    int channelCount() const { return m_channels; }
    // Points drawn along the channel axis: a point per channel up to kMaxDrawnChannels, else
    // one per group of adjacent channels (at most kMaxGroups).
    int drawnGroups() const { return m_groups; }
    static constexpr int kMaxDrawnChannels = 1024;
    static constexpr int kMaxGroups = 512;

private:
    QChart *m_chart;
    DrawnData<ChannelRangeData> m_drawn;
    int m_channels = 0;
    int m_groups = 0;
};

// Cumulative energy of the singular values, with the ranks for 90/95/99 % marked.
class SpectrumChart : public QWidget
{
    Q_OBJECT
public:
    explicit SpectrumChart(QWidget *parent = nullptr);
    void setData(const SpectrumChartData &data);
    int markCount() const { return m_marks; }

private:
    QChart *m_chart;
    DrawnData<SpectrumChartData> m_drawn;
    int m_marks = 0;
};

} // namespace pare::ui
