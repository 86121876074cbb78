// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

namespace pare::core {

MappedFile::~MappedFile()
{
    if (m_file && m_map)
        m_file->unmap(m_map);
}

Result<std::shared_ptr<MappedFile>> MappedFile::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("pare::core", "%1: no such file").arg(path)};
    if (info.isDir())
        return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: is a directory, not a file").arg(path)};
    std::shared_ptr<MappedFile> mf(new MappedFile);
    mf->m_path = path;
    mf->m_file = std::make_unique<QFile>(path);
    if (!mf->m_file->open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("pare::core", "%1: cannot open: %2").arg(path, mf->m_file->errorString())};
    const qint64 size = mf->m_file->size();
    if (size > 0) {
        mf->m_map = mf->m_file->map(0, size);
        if (!mf->m_map)
            return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot memory-map: %2")
                                            .arg(path, mf->m_file->errorString())};
    }
    mf->m_data = reinterpret_cast<const std::byte *>(mf->m_map);
    mf->m_size = size;
    return mf;
}

// DontNeed drops the mapping of the pages wholly inside the range (the page cache keeps them; the
// next read maps them again) and leaves pages shared with bytes outside it alone.
void MappedFile::advise(std::int64_t offset, std::int64_t length, Advice advice) const
{
#if defined(Q_OS_UNIX)
    if (!m_map || offset < 0 || length <= 0 || offset >= m_size)
        return;
    const long page = sysconf(_SC_PAGESIZE);
    std::int64_t start = offset / page * page;
    std::int64_t end = std::min(m_size, offset + length);
    if (advice == Advice::DontNeed) {
        // Only the pages wholly inside the range: a neighbour's bytes keep their mapping.
        start = (offset + page - 1) / page * page;
        if (end < m_size)
            end = end / page * page;
        if (end <= start)
            return;
    }
    int flag = MADV_NORMAL;
    switch (advice) {
    case Advice::Normal: flag = MADV_NORMAL; break;
    case Advice::Sequential: flag = MADV_SEQUENTIAL; break;
    case Advice::Random: flag = MADV_RANDOM; break;
    case Advice::WillNeed: flag = MADV_WILLNEED; break;
    case Advice::DontNeed: flag = MADV_DONTNEED; break;
    }
    ::madvise(m_map + start, std::size_t(end - start), flag);
#else
    Q_UNUSED(offset) Q_UNUSED(length) Q_UNUSED(advice)
#endif
}

OwnedStorage::OwnedStorage(std::vector<std::byte> bytes) : m_bytes(std::move(bytes))
{
    m_data = m_bytes.data();
    m_size = std::int64_t(m_bytes.size());
}

std::shared_ptr<OwnedStorage> OwnedStorage::copyOf(const void *data, std::int64_t size)
{
    std::vector<std::byte> bytes(static_cast<std::size_t>(std::max<std::int64_t>(size, 0)));
    if (size > 0)
        std::memcpy(bytes.data(), data, std::size_t(size));
    return std::make_shared<OwnedStorage>(std::move(bytes));
}

} // namespace pare::core
