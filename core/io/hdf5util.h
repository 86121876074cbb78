// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers over the HDF5 C API shared by the Keras reader and Pare's own file. The C API
// reports failures as return codes, which keeps exceptions out of the core without a try block
// around every call; HDF5's automatic error printing is switched off per thread by silence().

#include <QByteArray>
#include <QList>
#include <QString>

#include "tensor/storage.h"

#include <hdf5.h>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace pare::core::h5 {

// The answer of a reader child process (common/isolate.h): a u64 header size, the header, zeros
// up to a multiple of kReplyAlignment, then the payload — so payload offsets that are multiples
// of kReplyAlignment stay aligned in the reply.
inline constexpr qint64 kReplyAlignment = 64;
qint64 alignReply(qint64 v);
QByteArray frameReply(const QByteArray &header, const QByteArray &payload);
struct ReplyLayout
{
    qint64 headerSize = 0;  // the header starts at byte 8
    qint64 payloadBase = 0; // where the payload starts
};
// nullopt when the reply is too short for what its header size says.
std::optional<ReplyLayout> replyLayout(const QByteArray &reply);

// Keeps a reply alive for the tensors that view into it.
class ReplyStorage final : public Storage
{
public:
    explicit ReplyStorage(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
        m_data = reinterpret_cast<const std::byte *>(m_bytes.constData());
        m_size = m_bytes.size();
    }

private:
    QByteArray m_bytes;
};

// Turns off HDF5's printing of its error stack to stderr for the calling thread (the stack is
// per thread in Debian's thread-safe build) and the loading of filter plugins. Call at every
// entry point before touching a file.
void silence();

// Owns one HDF5 identifier and closes it with the matching H5?close function.
class Handle
{
public:
    using Closer = herr_t (*)(hid_t);
    Handle() = default;
    Handle(hid_t id, Closer closer)
        : m_id(id)
        , m_close(closer)
    {}
    ~Handle() { reset(); }
    Handle(Handle &&o) noexcept
        : m_id(std::exchange(o.m_id, -1))
        , m_close(o.m_close)
    {}
    Handle &operator=(Handle &&o) noexcept
    {
        if (this != &o) {
            reset();
            m_id = std::exchange(o.m_id, -1);
            m_close = o.m_close;
        }
        return *this;
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;

    bool valid() const { return m_id >= 0; }
    hid_t id() const { return m_id; }
    operator hid_t() const { return m_id; }
    void reset()
    {
        if (m_id >= 0 && m_close)
            m_close(m_id);
        m_id = -1;
    }

private:
    hid_t m_id = -1;
    Closer m_close = nullptr;
};

inline Handle fileHandle(hid_t id)
{
    return {id, H5Fclose};
}
inline Handle groupHandle(hid_t id)
{
    return {id, H5Gclose};
}
inline Handle datasetHandle(hid_t id)
{
    return {id, H5Dclose};
}
inline Handle attributeHandle(hid_t id)
{
    return {id, H5Aclose};
}
inline Handle typeHandle(hid_t id)
{
    return {id, H5Tclose};
}
inline Handle spaceHandle(hid_t id)
{
    return {id, H5Sclose};
}
inline Handle plistHandle(hid_t id)
{
    return {id, H5Pclose};
}

// Opens an existing file read-only, or returns an invalid handle.
Handle openReadOnly(const QString &path);

// True if `path` (relative to loc, '/'-separated) names an existing link, checking every
// component: H5Lexists fails rather than answering "no" for a missing intermediate group.
bool linkExists(hid_t loc, const QByteArray &path);
bool isGroup(hid_t loc, const QByteArray &path);
bool isDataset(hid_t loc, const QByteArray &path);

bool hasAttribute(hid_t obj, const char *name);
// A string attribute (fixed- or variable-length, scalar or a one-element array).
std::optional<QByteArray> readStringAttribute(hid_t obj, const char *name);
// A 1-D array of strings (fixed- or variable-length), as Keras stores layer_names.
std::optional<QList<QByteArray>> readStringListAttribute(hid_t obj, const char *name);
std::optional<std::int64_t> readIntAttribute(hid_t obj, const char *name);
std::optional<std::vector<std::int64_t>> readIntListAttribute(hid_t obj, const char *name);

bool writeStringAttribute(hid_t obj, const char *name, const QByteArray &value);
bool writeIntAttribute(hid_t obj, const char *name, std::int64_t value);
bool writeIntListAttribute(hid_t obj, const char *name, const std::vector<std::int64_t> &values);

// Writes `bytes` as a 1-D uint8 dataset (contiguous, uncompressed) named `name` under loc.
// Creation property lists for groups and datasets that store no modification times, so that
// writing the same content twice gives the same bytes (H5Pset_obj_track_times(false)).
Handle untimedGroupCreatePlist();
Handle untimedDatasetCreatePlist();

Handle writeBytesDataset(hid_t loc, const char *name, const void *bytes, std::int64_t size);

// Deflate cannot expand data more than ~1032:1, so no honest dataset reads back larger than this
// many times the file it came from.
inline constexpr std::int64_t kMaxCompressionRatio = 1100;
// The most bytes `dataset` can honestly hold in a file of `fileSize` bytes: the file size for
// unfiltered data (which is stored as is), kMaxCompressionRatio times that for filtered chunks.
std::int64_t plausibleDatasetBytes(hid_t dataset, std::int64_t fileSize);
// True if the dataset's bytes live in other files (external raw storage, virtual datasets):
// a model file must not make Pare read arbitrary files, so readers refuse these.
bool referencesOtherFiles(hid_t dataset);
// The element count of a dataset's dataspace and its dimensions, or nullopt.
std::optional<std::vector<std::int64_t>> datasetDims(hid_t dataset);

// The names of the links directly under a group, in creation or name order.
std::optional<QList<QByteArray>> childNames(hid_t group);

// libhdf5 1.10 crashes and hangs on some corrupt files (tests/fuzz/kerash5/hdf5-issues/), so
// readers of untrusted files make their HDF5 calls in a separate process (common/isolate.h).
// How long that process may take for a file of `fileSize` bytes: 30 s plus 20 s per GB, or
// the environment variable PARE_HDF5_TIMEOUT_MS if set (the fuzzer and tests use a short one).
int isolatedTimeoutMs(std::int64_t fileSize);
// True if the HDF5 file at `path` has the root attribute `name`, asked in a separate process:
// a file that crashes or hangs libhdf5 answers false.
bool fileHasRootAttribute(const QString &path, const char *name);

} // namespace pare::core::h5
