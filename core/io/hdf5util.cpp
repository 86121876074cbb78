// SPDX-License-Identifier: GPL-3.0-or-later
#include "hdf5util.h"

#include "common/isolate.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <climits>

namespace pare::core::h5 {

qint64 alignReply(qint64 v)
{
    return (v + kReplyAlignment - 1) / kReplyAlignment * kReplyAlignment;
}

QByteArray frameReply(const QByteArray &header, const QByteArray &payload)
{
    const quint64 headerSize = quint64(header.size());
    const qint64 base = alignReply(8 + header.size());
    QByteArray reply;
    reply.reserve(qsizetype(base + payload.size()));
    reply.append(reinterpret_cast<const char *>(&headerSize), 8);
    reply.append(header);
    reply.append(QByteArray(qsizetype(base - reply.size()), '\0'));
    reply.append(payload);
    return reply;
}

std::optional<ReplyLayout> replyLayout(const QByteArray &reply)
{
    if (reply.size() < 8)
        return std::nullopt;
    quint64 headerSize = 0;
    std::memcpy(&headerSize, reply.constData(), 8);
    if (headerSize > quint64(reply.size() - 8))
        return std::nullopt;
    const qint64 base = alignReply(8 + qint64(headerSize));
    if (base > reply.size())
        return std::nullopt;
    return ReplyLayout{qint64(headerSize), base};
}

namespace {
// Attributes Pare reads are names, shapes and JSON configs; anything larger is hostile.
constexpr hsize_t kMaxAttributeBytes = hsize_t(256) << 20;
constexpr hssize_t kMaxListEntries = 1 << 20;

QByteArray trimNul(const char *p, std::size_t n)
{
    std::size_t len = 0;
    while (len < n && p[len] != '\0')
        ++len;
    return QByteArray(p, qsizetype(len));
}

// Element count of an attribute's dataspace, or -1.
hssize_t attributePoints(hid_t attr)
{
    Handle space = spaceHandle(H5Aget_space(attr));
    if (!space.valid())
        return -1;
    return H5Sget_simple_extent_npoints(space);
}
} // namespace

void silence()
{
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    // A file names its filters by number; never let one make HDF5 load a plugin library.
    H5PLset_loading_state(0);
}

Handle openReadOnly(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    return fileHandle(H5Fopen(native.constData(), H5F_ACC_RDONLY, H5P_DEFAULT));
}

bool linkExists(hid_t loc, const QByteArray &path)
{
    // Only hard links count: soft and external links could point anywhere, including other files.
    const QList<QByteArray> parts = path.split('/');
    QByteArray prefix;
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        prefix += prefix.isEmpty() ? part : '/' + part;
        if (H5Lexists(loc, prefix.constData(), H5P_DEFAULT) <= 0)
            return false;
        H5L_info_t info;
        if (H5Lget_info(loc, prefix.constData(), &info, H5P_DEFAULT) < 0
            || info.type != H5L_TYPE_HARD)
            return false;
    }
    return !prefix.isEmpty();
}

static H5I_type_t objectType(hid_t loc, const QByteArray &path)
{
    if (!linkExists(loc, path))
        return H5I_BADID;
    const hid_t obj = H5Oopen(loc, path.constData(), H5P_DEFAULT);
    if (obj < 0)
        return H5I_BADID;
    const H5I_type_t t = H5Iget_type(obj);
    H5Oclose(obj);
    return t;
}

bool isGroup(hid_t loc, const QByteArray &path)
{
    return objectType(loc, path) == H5I_GROUP;
}

bool isDataset(hid_t loc, const QByteArray &path)
{
    return objectType(loc, path) == H5I_DATASET;
}

bool hasAttribute(hid_t obj, const char *name)
{
    return H5Aexists(obj, name) > 0;
}

std::optional<QByteArray> readStringAttribute(hid_t obj, const char *name)
{
    auto list = readStringListAttribute(obj, name);
    if (!list || list->size() != 1)
        return std::nullopt;
    return list->front();
}

std::optional<QList<QByteArray>> readStringListAttribute(hid_t obj, const char *name)
{
    if (!hasAttribute(obj, name))
        return std::nullopt;
    Handle attr = attributeHandle(H5Aopen(obj, name, H5P_DEFAULT));
    if (!attr.valid())
        return std::nullopt;
    Handle type = typeHandle(H5Aget_type(attr));
    if (!type.valid() || H5Tget_class(type) != H5T_STRING)
        return std::nullopt;
    const hssize_t n = attributePoints(attr);
    if (n < 0 || n > kMaxListEntries)
        return std::nullopt;
    QList<QByteArray> out;
    if (n == 0)
        return out;
    const htri_t variable = H5Tis_variable_str(type);
    if (variable < 0)
        return std::nullopt;
    if (variable > 0) {
        Handle mem = typeHandle(H5Tcopy(H5T_C_S1));
        if (!mem.valid() || H5Tset_size(mem, H5T_VARIABLE) < 0)
            return std::nullopt;
        H5Tset_cset(mem, H5Tget_cset(type));
        std::vector<char *> ptrs(std::size_t(n), nullptr);
        if (H5Aread(attr, mem, ptrs.data()) < 0)
            return std::nullopt;
        hsize_t total = 0;
        for (char *p : ptrs) {
            QByteArray s = p ? QByteArray(p) : QByteArray();
            total += hsize_t(s.size());
            out.append(s);
        }
        Handle space = spaceHandle(H5Aget_space(attr));
        H5Dvlen_reclaim(mem, space, H5P_DEFAULT, ptrs.data());
        if (total > kMaxAttributeBytes)
            return std::nullopt;
        return out;
    }
    const std::size_t size = H5Tget_size(type);
    if (size == 0 || hsize_t(size) * hsize_t(n) > kMaxAttributeBytes)
        return std::nullopt;
    std::vector<char> buffer(size * std::size_t(n));
    Handle mem = typeHandle(H5Tcopy(type));
    if (!mem.valid() || H5Aread(attr, mem, buffer.data()) < 0)
        return std::nullopt;
    for (hssize_t i = 0; i < n; ++i)
        out.append(trimNul(buffer.data() + std::size_t(i) * size, size));
    return out;
}

std::optional<std::int64_t> readIntAttribute(hid_t obj, const char *name)
{
    auto list = readIntListAttribute(obj, name);
    if (!list || list->size() != 1)
        return std::nullopt;
    return list->front();
}

std::optional<std::vector<std::int64_t>> readIntListAttribute(hid_t obj, const char *name)
{
    if (!hasAttribute(obj, name))
        return std::nullopt;
    Handle attr = attributeHandle(H5Aopen(obj, name, H5P_DEFAULT));
    if (!attr.valid())
        return std::nullopt;
    Handle type = typeHandle(H5Aget_type(attr));
    if (!type.valid() || H5Tget_class(type) != H5T_INTEGER)
        return std::nullopt;
    const hssize_t n = attributePoints(attr);
    if (n < 0 || n > kMaxListEntries)
        return std::nullopt;
    std::vector<std::int64_t> values(static_cast<std::size_t>(n));
    if (n > 0 && H5Aread(attr, H5T_NATIVE_INT64, values.data()) < 0)
        return std::nullopt;
    return values;
}

bool writeStringAttribute(hid_t obj, const char *name, const QByteArray &value)
{
    Handle type = typeHandle(H5Tcopy(H5T_C_S1));
    if (!type.valid() || H5Tset_size(type, std::size_t(std::max<qsizetype>(value.size(), 1))) < 0
        || H5Tset_cset(type, H5T_CSET_UTF8) < 0 || H5Tset_strpad(type, H5T_STR_NULLPAD) < 0)
        return false;
    Handle space = spaceHandle(H5Screate(H5S_SCALAR));
    Handle attr = attributeHandle(H5Acreate2(obj, name, type, space, H5P_DEFAULT, H5P_DEFAULT));
    if (!attr.valid())
        return false;
    QByteArray padded = value;
    if (padded.isEmpty())
        padded.append('\0');
    return H5Awrite(attr, type, padded.constData()) >= 0;
}

bool writeIntAttribute(hid_t obj, const char *name, std::int64_t value)
{
    Handle space = spaceHandle(H5Screate(H5S_SCALAR));
    Handle attr = attributeHandle(
            H5Acreate2(obj, name, H5T_STD_I64LE, space, H5P_DEFAULT, H5P_DEFAULT));
    return attr.valid() && H5Awrite(attr, H5T_NATIVE_INT64, &value) >= 0;
}

bool writeIntListAttribute(hid_t obj, const char *name, const std::vector<std::int64_t> &values)
{
    const hsize_t dims[1] = {hsize_t(values.size())};
    // A rank-0 tensor's shape is an empty list: HDF5 stores it as a null dataspace.
    Handle space = spaceHandle(values.empty() ? H5Screate(H5S_NULL)
                                              : H5Screate_simple(1, dims, nullptr));
    Handle attr = attributeHandle(
            H5Acreate2(obj, name, H5T_STD_I64LE, space, H5P_DEFAULT, H5P_DEFAULT));
    if (!attr.valid())
        return false;
    return values.empty() || H5Awrite(attr, H5T_NATIVE_INT64, values.data()) >= 0;
}

Handle untimedGroupCreatePlist()
{
    Handle plist = plistHandle(H5Pcreate(H5P_GROUP_CREATE));
    if (plist.valid())
        H5Pset_obj_track_times(plist, false);
    return plist;
}

Handle untimedDatasetCreatePlist()
{
    Handle plist = plistHandle(H5Pcreate(H5P_DATASET_CREATE));
    if (plist.valid())
        H5Pset_obj_track_times(plist, false);
    return plist;
}

Handle writeBytesDataset(hid_t loc, const char *name, const void *bytes, std::int64_t size)
{
    const hsize_t dims[1] = {hsize_t(size)};
    Handle space = spaceHandle(H5Screate_simple(1, dims, nullptr));
    Handle dcpl = untimedDatasetCreatePlist();
    Handle ds = datasetHandle(H5Dcreate2(loc, name, H5T_STD_U8LE, space, H5P_DEFAULT,
                                         dcpl.valid() ? dcpl.id() : H5P_DEFAULT, H5P_DEFAULT));
    if (!ds.valid())
        return {};
    if (size > 0 && H5Dwrite(ds, H5T_NATIVE_UINT8, H5S_ALL, H5S_ALL, H5P_DEFAULT, bytes) < 0)
        return {};
    return ds;
}

std::int64_t plausibleDatasetBytes(hid_t dataset, std::int64_t fileSize)
{
    Handle dcpl = plistHandle(H5Dget_create_plist(dataset));
    const int filters = dcpl.valid() ? H5Pget_nfilters(dcpl) : 0;
    if (filters == 0)
        return fileSize;
    std::int64_t limit = 0;
    if (__builtin_mul_overflow(fileSize, kMaxCompressionRatio, &limit))
        return INT64_MAX;
    return limit;
}

bool referencesOtherFiles(hid_t dataset)
{
    Handle dcpl = plistHandle(H5Dget_create_plist(dataset));
    if (!dcpl.valid())
        return true;
    return H5Pget_external_count(dcpl) != 0 || H5Pget_layout(dcpl) == H5D_VIRTUAL;
}

std::optional<std::vector<std::int64_t>> datasetDims(hid_t dataset)
{
    Handle space = spaceHandle(H5Dget_space(dataset));
    if (!space.valid())
        return std::nullopt;
    const H5S_class_t cls = H5Sget_simple_extent_type(space);
    if (cls == H5S_SCALAR)
        return std::vector<std::int64_t>{};
    if (cls != H5S_SIMPLE)
        return std::nullopt;
    const int rank = H5Sget_simple_extent_ndims(space);
    if (rank < 0 || rank > H5S_MAX_RANK)
        return std::nullopt;
    std::vector<hsize_t> dims(std::size_t(rank), 0);
    if (rank > 0 && H5Sget_simple_extent_dims(space, dims.data(), nullptr) < 0)
        return std::nullopt;
    std::vector<std::int64_t> out;
    for (hsize_t d : dims) {
        if (d > hsize_t(INT64_MAX))
            return std::nullopt;
        out.push_back(std::int64_t(d));
    }
    return out;
}

std::optional<QList<QByteArray>> childNames(hid_t group)
{
    QList<QByteArray> names;
    auto collect = [](hid_t, const char *name, const H5L_info_t *, void *data) -> herr_t {
        auto *list = static_cast<QList<QByteArray> *>(data);
        if (list->size() >= kMaxListEntries)
            return 1; // stop: no sane file has this many children
        list->append(QByteArray(name));
        return 0;
    };
    hsize_t idx = 0;
    if (H5Literate(group, H5_INDEX_NAME, H5_ITER_INC, &idx, collect, &names) < 0)
        return std::nullopt;
    return names;
}

int isolatedTimeoutMs(std::int64_t fileSize)
{
    bool ok = false;
    const int forced = qEnvironmentVariableIntValue("PARE_HDF5_TIMEOUT_MS", &ok);
    if (ok && forced > 0)
        return forced;
    return int(std::clamp<std::int64_t>(30000 + fileSize / 50000, 30000, INT_MAX));
}

bool fileHasRootAttribute(const QString &path, const char *name)
{
    const QByteArray attribute(name);
    auto r = runIsolated(
            path,
            [path, attribute]() -> Result<QByteArray> {
                silence();
                Handle file = openReadOnly(path);
                const bool found = file.valid() && hasAttribute(file, attribute.constData());
                return QByteArray(found ? "1" : "0");
            },
            isolatedTimeoutMs(QFileInfo(path).size()));
    return r && *r == "1";
}

} // namespace pare::core::h5
