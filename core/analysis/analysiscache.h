// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/channelstats.h"
#include "analysis/tensorstats.h"

#include <QHash>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace pare::core {

// Per-tensor results keyed by tensor name, storage identity (the same bytes of the same open
// file) and options. Entries whose storage was released never match again. Thread-safe.
class AnalysisCache
{
public:
    std::optional<TensorStats> findStats(const Tensor &t, const StatsOptions &options) const;
    void insertStats(const Tensor &t, const TensorStats &stats);
    std::optional<ChannelStats> findChannels(const Tensor &t, WeightLayout layout) const;
    void insertChannels(const Tensor &t, WeightLayout layout, const ChannelStats &channels);

    int size() const;
    void clear();
    // Drops entries whose storage is gone (the model was closed).
    void prune();

    static AnalysisCache &global();

private:
    struct Key
    {
        std::weak_ptr<const Storage> storage;
        const Storage *identity = nullptr;
        std::int64_t offset = 0;
        std::int64_t bytes = 0;
        DType dtype = DType::F32;

        bool matches(const Tensor &t) const;
        static Key of(const Tensor &t);
    };
    struct StatsEntry { Key key; TensorStats stats; };
    struct ChannelEntry { Key key; WeightLayout layout; ChannelStats channels; };

    mutable std::mutex m_mutex;
    QHash<QString, std::vector<StatsEntry>> m_stats;
    QHash<QString, std::vector<ChannelEntry>> m_channels;
};

} // namespace pare::core
