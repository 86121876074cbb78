// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/channelstats.h"
#include "analysis/tensorstats.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace pare::core {

class AnalysisCache;

// The cache's persistent form, for the .pare project file. Only entries of tensors that map a
// file are written (owned buffers cannot be recognised again); each records the file's path,
// size and modification time, the tensor's name, dtype, shape, offset and byte size, and is
// matched again only when all of them still agree. `files` limits the output to entries of
// those files (absolute paths as Storage::path() gives them); empty: every mapped file.
QJsonObject toJson(const AnalysisCache &cache, const QStringList &files = {});
// Reads what toJson wrote. Malformed or hostile input (wrong types, absurd sizes, counts that
// do not add up) is an Error naming `where` and the field at fault. Entries restored this way
// are "detached" until a tensor of the same file asks for them.
Result<AnalysisCache> analysisCacheFromJson(const QJsonObject &o, const QString &where);

// Per-tensor results keyed by tensor name, storage identity (the same bytes of the same open
// file) and options. Entries whose storage was released never match again, except entries
// restored from a project file, which match by file path, size and modification time.
// Thread-safe.
class AnalysisCache
{
public:
    AnalysisCache() = default;
    AnalysisCache(AnalysisCache &&other) noexcept;
    AnalysisCache &operator=(AnalysisCache &&other) noexcept;

    // Moves other's entries in (for a cache read from a project into the global one); entries
    // for the same tensor, options and layout replace those already here.
    void merge(AnalysisCache &&other);

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
        Shape shape;
        // The mapped file (empty for owned buffers), its size and modification time (ms).
        QString file;
        std::int64_t fileSize = -1;
        std::int64_t fileModified = -1;
        bool detached = false; // restored from JSON: matched by file, not by storage

        bool matches(const Tensor &t) const;
        bool expired() const { return !detached && storage.expired(); }
        bool sameSlot(const Key &o) const;
        static Key of(const Tensor &t);
    };
    struct StatsEntry { Key key; TensorStats stats; };
    struct ChannelEntry { Key key; WeightLayout layout; ChannelStats channels; };

    friend QJsonObject toJson(const AnalysisCache &, const QStringList &);
    friend Result<AnalysisCache> analysisCacheFromJson(const QJsonObject &, const QString &);

    mutable std::mutex m_mutex;
    QHash<QString, std::vector<StatsEntry>> m_stats;
    QHash<QString, std::vector<ChannelEntry>> m_channels;
};

} // namespace pare::core
