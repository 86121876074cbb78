// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysiscache.h"

#include <algorithm>

namespace pare::core {

bool AnalysisCache::Key::matches(const Tensor &t) const
{
    // The storage must still be alive: a freed one's address may be reused by another file.
    const auto alive = storage.lock();
    return alive && alive.get() == t.storage().get() && identity == alive.get()
           && offset == t.storageOffset() && bytes == t.byteSize() && dtype == t.dtype();
}

AnalysisCache::Key AnalysisCache::Key::of(const Tensor &t)
{
    return {t.storage(), t.storage().get(), t.storageOffset(), t.byteSize(), t.dtype()};
}

std::optional<TensorStats> AnalysisCache::findStats(const Tensor &t, const StatsOptions &options) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_stats.constFind(t.name());
    if (it == m_stats.cend())
        return std::nullopt;
    for (const StatsEntry &e : *it)
        if (e.key.matches(t) && e.stats.options == options && e.stats.shape == t.shape())
            return e.stats;
    return std::nullopt;
}

void AnalysisCache::insertStats(const Tensor &t, const TensorStats &stats)
{
    std::lock_guard lock(m_mutex);
    auto &list = m_stats[t.name()];
    std::erase_if(list, [&](const StatsEntry &e) {
        return e.key.storage.expired() || (e.key.matches(t) && e.stats.options == stats.options);
    });
    list.push_back({Key::of(t), stats});
}

std::optional<ChannelStats> AnalysisCache::findChannels(const Tensor &t, WeightLayout layout) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_channels.constFind(t.name());
    if (it == m_channels.cend())
        return std::nullopt;
    for (const ChannelEntry &e : *it)
        if (e.key.matches(t) && e.layout == layout)
            return e.channels;
    return std::nullopt;
}

void AnalysisCache::insertChannels(const Tensor &t, WeightLayout layout, const ChannelStats &channels)
{
    std::lock_guard lock(m_mutex);
    auto &list = m_channels[t.name()];
    std::erase_if(list, [&](const ChannelEntry &e) {
        return e.key.storage.expired() || (e.key.matches(t) && e.layout == layout);
    });
    list.push_back({Key::of(t), layout, channels});
}

int AnalysisCache::size() const
{
    std::lock_guard lock(m_mutex);
    int n = 0;
    for (const auto &list : m_stats)
        n += int(list.size());
    for (const auto &list : m_channels)
        n += int(list.size());
    return n;
}

void AnalysisCache::clear()
{
    std::lock_guard lock(m_mutex);
    m_stats.clear();
    m_channels.clear();
}

void AnalysisCache::prune()
{
    std::lock_guard lock(m_mutex);
    for (auto &list : m_stats)
        std::erase_if(list, [](const StatsEntry &e) { return e.key.storage.expired(); });
    for (auto &list : m_channels)
        std::erase_if(list, [](const ChannelEntry &e) { return e.key.storage.expired(); });
    m_stats.removeIf([](const auto &it) { return it.value().empty(); });
    m_channels.removeIf([](const auto &it) { return it.value().empty(); });
}

AnalysisCache &AnalysisCache::global()
{
    static AnalysisCache cache;
    return cache;
}

} // namespace pare::core
