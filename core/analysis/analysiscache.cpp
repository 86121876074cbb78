// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysiscache.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace pare::core {

namespace {

// Size and modification time (ms since the epoch) of a file, or -1, -1.
std::pair<std::int64_t, std::int64_t> fileFingerprint(const QString &path)
{
    if (path.isEmpty())
        return {-1, -1};
    const QFileInfo info(path);
    if (!info.exists())
        return {-1, -1};
    return {info.size(), info.lastModified().toMSecsSinceEpoch()};
}

} // namespace

bool AnalysisCache::Key::matches(const Tensor &t) const
{
    if (offset != t.storageOffset() || bytes != t.byteSize() || dtype != t.dtype()
        || shape != t.shape())
        return false;
    if (detached) {
        // Restored from a project: the same file, unchanged since the figures were computed.
        if (!t.storage() || file.isEmpty() || t.storage()->path() != file)
            return false;
        const auto [size, modified] = fileFingerprint(file);
        return size == fileSize && modified == fileModified;
    }
    // The storage must still be alive: a freed one's address may be reused by another file.
    const auto alive = storage.lock();
    return alive && alive.get() == t.storage().get() && identity == alive.get();
}

bool AnalysisCache::Key::sameSlot(const Key &o) const
{
    return offset == o.offset && bytes == o.bytes && dtype == o.dtype && shape == o.shape
           && file == o.file && fileSize == o.fileSize && fileModified == o.fileModified
           && (detached || o.detached || identity == o.identity);
}

AnalysisCache::Key AnalysisCache::Key::of(const Tensor &t)
{
    Key k;
    k.storage = t.storage();
    k.identity = t.storage().get();
    k.offset = t.storageOffset();
    k.bytes = t.byteSize();
    k.dtype = t.dtype();
    k.shape = t.shape();
    if (t.storage()) {
        k.file = t.storage()->path();
        std::tie(k.fileSize, k.fileModified) = fileFingerprint(k.file);
    }
    return k;
}

AnalysisCache::AnalysisCache(AnalysisCache &&other) noexcept
{
    std::lock_guard lock(other.m_mutex);
    m_stats = std::move(other.m_stats);
    m_channels = std::move(other.m_channels);
}

AnalysisCache &AnalysisCache::operator=(AnalysisCache &&other) noexcept
{
    if (this != &other) {
        std::scoped_lock lock(m_mutex, other.m_mutex);
        m_stats = std::move(other.m_stats);
        m_channels = std::move(other.m_channels);
    }
    return *this;
}

void AnalysisCache::merge(AnalysisCache &&other)
{
    if (this == &other)
        return;
    std::scoped_lock lock(m_mutex, other.m_mutex);
    for (auto it = other.m_stats.begin(); it != other.m_stats.end(); ++it) {
        auto &list = m_stats[it.key()];
        for (StatsEntry &e : it.value()) {
            std::erase_if(list, [&](const StatsEntry &old) {
                return old.key.expired()
                       || (old.key.sameSlot(e.key) && old.stats.options == e.stats.options);
            });
            list.push_back(std::move(e));
        }
    }
    for (auto it = other.m_channels.begin(); it != other.m_channels.end(); ++it) {
        auto &list = m_channels[it.key()];
        for (ChannelEntry &e : it.value()) {
            std::erase_if(list, [&](const ChannelEntry &old) {
                return old.key.expired() || (old.key.sameSlot(e.key) && old.layout == e.layout);
            });
            list.push_back(std::move(e));
        }
    }
    other.m_stats.clear();
    other.m_channels.clear();
}

std::optional<TensorStats> AnalysisCache::findStats(const Tensor &t, const StatsOptions &options) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_stats.constFind(t.name());
    if (it == m_stats.cend())
        return std::nullopt;
    for (const StatsEntry &e : *it)
        if (e.stats.options == options && e.key.matches(t))
            return e.stats;
    return std::nullopt;
}

void AnalysisCache::insertStats(const Tensor &t, const TensorStats &stats)
{
    std::lock_guard lock(m_mutex);
    auto &list = m_stats[t.name()];
    std::erase_if(list, [&](const StatsEntry &e) {
        return e.key.expired() || (e.key.matches(t) && e.stats.options == stats.options);
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
        if (e.layout == layout && e.key.matches(t))
            return e.channels;
    return std::nullopt;
}

void AnalysisCache::insertChannels(const Tensor &t, WeightLayout layout, const ChannelStats &channels)
{
    std::lock_guard lock(m_mutex);
    auto &list = m_channels[t.name()];
    std::erase_if(list, [&](const ChannelEntry &e) {
        return e.key.expired() || (e.key.matches(t) && e.layout == layout);
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
        std::erase_if(list, [](const StatsEntry &e) { return e.key.expired(); });
    for (auto &list : m_channels)
        std::erase_if(list, [](const ChannelEntry &e) { return e.key.expired(); });
    m_stats.removeIf([](const auto &it) { return it.value().empty(); });
    m_channels.removeIf([](const auto &it) { return it.value().empty(); });
}

AnalysisCache &AnalysisCache::global()
{
    static AnalysisCache cache;
    return cache;
}

} // namespace pare::core
