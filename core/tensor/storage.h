// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace pare::core {

// Immutable bytes that tensors view. Either a read-only memory map of a model file (nothing is
// copied until a value is needed) or a buffer Pare owns (decoded, byte-swapped or computed data).
class Storage
{
public:
    virtual ~Storage() = default;
    const std::byte *data() const { return m_data; }
    std::int64_t size() const { return m_size; }
    // The file this maps, or empty for owned buffers.
    virtual QString path() const { return {}; }

protected:
    const std::byte *m_data = nullptr;
    std::int64_t m_size = 0;
};

class MappedFile final : public Storage
{
public:
    ~MappedFile() override;
    // Maps the whole file read-only. Pare never writes through it.
    static Result<std::shared_ptr<MappedFile>> open(const QString &path);
    QString path() const override { return m_path; }

    enum class Advice { Normal, Sequential, Random, WillNeed, DontNeed };
    void advise(std::int64_t offset, std::int64_t length, Advice advice) const;

private:
    MappedFile() = default;
    QString m_path;
    std::unique_ptr<QFile> m_file;
    uchar *m_map = nullptr;
};

class OwnedStorage final : public Storage
{
public:
    explicit OwnedStorage(std::vector<std::byte> bytes);
    static std::shared_ptr<OwnedStorage> copyOf(const void *data, std::int64_t size);

private:
    std::vector<std::byte> m_bytes;
};

} // namespace pare::core
