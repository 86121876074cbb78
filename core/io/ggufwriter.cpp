// SPDX-License-Identifier: GPL-3.0-or-later
#include "ggufwriter.h"

#include "common/argtext.h"
#include "common/atomicfile.h"
#include "tensor/blockquant.h"
#include "tensor/convert.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>

#include <algorithm>
#include <bit>
#include <cstring>

namespace pare::core {

namespace {

// Elements converted per step: a multiple of every block size, small enough to stay in cache.
constexpr std::int64_t kChunkElements = 64 * 1024;
constexpr std::int64_t kCopyChunkBytes = 4 << 20;

template<typename T>
void put(QByteArray &out, T v)
{
    out.append(reinterpret_cast<const char *>(&v), sizeof(T));
}

void putString(QByteArray &out, const QByteArray &s)
{
    put<std::uint64_t>(out, std::uint64_t(s.size()));
    out.append(s);
}

Result<void> putValue(QByteArray &out, const GgufValue &v, const QString &where, int depth)
{
    auto bad = [&](const QString &why) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(where, why)};
    };
    if (std::uint32_t(v.type) >= kGgufValueTypeCount)
        return bad(QCoreApplication::translate("pare::core", "unknown value type %1").arg(std::uint32_t(v.type)));
    if (v.type == GgufValueType::String) {
        putString(out, v.string);
        return {};
    }
    if (v.type != GgufValueType::Array) {
        if (v.raw.size() != ggufScalarSize(v.type))
            return bad(QCoreApplication::translate("pare::core", "a %1 needs %2 bytes, %3 given")
                           .arg(argText(ggufValueTypeName(v.type)), argText(ggufScalarSize(v.type)),
                                argText(v.raw.size())));
        out.append(v.raw);
        return {};
    }
    if (v.elided)
        return bad(QCoreApplication::translate("pare::core", "array elements were not loaded (take metadata from "
                                  "readGgufMetadata, not Model::metadata)"));
    if (depth >= kGgufMaxNestingDepth)
        return bad(QCoreApplication::translate("pare::core", "arrays nested deeper than %1 levels").arg(kGgufMaxNestingDepth));
    if (std::uint32_t(v.elementType) >= kGgufValueTypeCount)
        return bad(QCoreApplication::translate("pare::core", "unknown array element type %1").arg(std::uint32_t(v.elementType)));
    put<std::uint32_t>(out, std::uint32_t(v.elementType));
    put<std::uint64_t>(out, std::uint64_t(v.count));
    const int size = ggufScalarSize(v.elementType);
    if (size > 0) {
        if (v.raw.size() != v.count * size)
            return bad(QCoreApplication::translate("pare::core", "array of %1 %2 values holds %3 bytes")
                           .arg(argText(v.count), argText(ggufValueTypeName(v.elementType)),
                                argText(v.raw.size())));
        out.append(v.raw);
    } else if (v.elementType == GgufValueType::String) {
        if (v.strings.size() != v.count)
            return bad(QCoreApplication::translate("pare::core", "array count %1 but %2 strings").arg(v.count).arg(v.strings.size()));
        for (const QByteArray &s : v.strings)
            putString(out, s);
    } else {
        if (std::int64_t(v.items.size()) != v.count)
            return bad(QCoreApplication::translate("pare::core", "array count %1 but %2 items").arg(v.count).arg(v.items.size()));
        for (const GgufValue &item : v.items)
            PARE_TRY_VOID(putValue(out, item, where, depth + 1));
    }
    return {};
}

struct Planned
{
    const GgufWriteTensor *spec = nullptr;
    QString name;
    std::uint32_t ggmlType = 0;
    std::vector<std::int64_t> ne;
    std::int64_t bytes = 0;
    std::uint64_t offset = 0;
};

bool canEncode(DType from, DType to)
{
    return from == to || to == DType::F32 || to == DType::F16 || to == DType::BF16
        || canQuantizeBlocks(to);
}

Result<void> writeChunked(QIODevice &dev, const Planned &p, JobContext &ctx)
{
    const Tensor &src = p.spec->source;
    const DType to = p.spec->type;
    auto ioError = [&] {
        return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "writing tensor '%1': %2").arg(p.name, dev.errorString())};
    };
    if (src.dtype() == to) {
        const std::byte *data = src.data();
        for (std::int64_t off = 0; off < src.byteSize(); off += kCopyChunkBytes) {
            if (ctx.isCanceled())
                return Error::canceled();
            const std::int64_t n = std::min(kCopyChunkBytes, src.byteSize() - off);
            if (dev.write(reinterpret_cast<const char *>(data + off), n) != n)
                return ioError();
        }
        return {};
    }
    const DTypeInfo &info = dtypeInfo(to);
    std::vector<float> values;
    std::vector<std::byte> encoded;
    for (std::int64_t first = 0; first < src.numel(); first += kChunkElements) {
        if (ctx.isCanceled())
            return Error::canceled();
        const std::int64_t n = std::min(kChunkElements, src.numel() - first);
        values.resize(std::size_t(n));
        src.toFloat(first, n, values.data());
        encoded.resize(std::size_t(*storageBytes(to, n))); // n is whole blocks: checked in plan
        switch (to) {
        case DType::F32: std::memcpy(encoded.data(), values.data(), encoded.size()); break;
        case DType::F16:
            floatToHalf(values.data(), n, reinterpret_cast<std::uint16_t *>(encoded.data()));
            break;
        case DType::BF16:
            floatToBfloat16(values.data(), n, reinterpret_cast<std::uint16_t *>(encoded.data()));
            break;
        default: quantizeBlocks(to, values.data(), n / info.blockElements, encoded.data()); break;
        }
        if (dev.write(reinterpret_cast<const char *>(encoded.data()), qint64(encoded.size()))
            != qint64(encoded.size()))
            return ioError();
    }
    return {};
}

} // namespace

Result<void> writeGguf(const QString &path, const std::vector<GgufKeyValue> &metadata,
                       const std::vector<GgufWriteTensor> &tensors, JobContext &ctx)
{
    auto invalid = [&](const QString &why) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(path, why)};
    };
    std::uint32_t alignment = kGgufDefaultAlignment;
    QByteArray head;
    put<std::uint32_t>(head, kGgufMagic);
    put<std::uint32_t>(head, 3);
    put<std::uint64_t>(head, std::uint64_t(tensors.size()));
    put<std::uint64_t>(head, std::uint64_t(metadata.size()));
    QSet<QString> keys;
    for (const GgufKeyValue &kv : metadata) {
        if (keys.contains(kv.key))
            return invalid(QCoreApplication::translate("pare::core", "metadata key '%1' appears twice").arg(kv.key));
        keys.insert(kv.key);
        if (kv.key == QLatin1String("general.alignment")) {
            const auto a = kv.value.toInt64();
            if (kv.value.type != GgufValueType::U32 || !a || *a == 0
                || !std::has_single_bit(std::uint64_t(*a)))
                return invalid(QCoreApplication::translate("pare::core", "general.alignment must be a u32 power of two"));
            alignment = std::uint32_t(*a);
        }
        putString(head, kv.key.toUtf8());
        put<std::uint32_t>(head, std::uint32_t(kv.value.type));
        PARE_TRY_VOID(putValue(head, kv.value, QCoreApplication::translate("pare::core", "%1: metadata '%2'").arg(path, kv.key), 0));
    }

    std::vector<Planned> plan;
    plan.reserve(tensors.size());
    QSet<QString> names;
    std::uint64_t offset = 0;
    for (const GgufWriteTensor &t : tensors) {
        Planned p;
        p.spec = &t;
        p.name = t.name.isEmpty() ? t.source.name() : t.name;
        const QString where = QCoreApplication::translate("pare::core", "tensor '%1'").arg(p.name);
        if (p.name.isEmpty())
            return invalid(QCoreApplication::translate("pare::core", "a tensor has no name"));
        if (names.contains(p.name))
            return invalid(QCoreApplication::translate("pare::core", "%1 appears twice").arg(where));
        names.insert(p.name);
        if (t.source.isNull())
            return invalid(QCoreApplication::translate("pare::core", "%1 has no data").arg(where));
        if (t.source.rank() > kGgufMaxDims)
            return invalid(QCoreApplication::translate("pare::core", "%1 has rank %2; GGUF allows at most %3")
                                   .arg(argText(where), argText(t.source.rank()),
                                        argText(kGgufMaxDims)));
        const auto ggml = ggmlTypeFromDType(t.type);
        if (!ggml || !canEncode(t.source.dtype(), t.type))
            return Error{ErrorCode::Unsupported,
                         QCoreApplication::translate("pare::core", "%1: %2: cannot store %3 values as %4 in GGUF")
                             .arg(path, where, dtypeName(t.source.dtype()), dtypeName(t.type))};
        p.ggmlType = *ggml;
        p.ne.assign(t.source.shape().rbegin(), t.source.shape().rend());
        if (p.ne.empty())
            p.ne.push_back(1);
        const int be = dtypeInfo(t.type).blockElements;
        if (p.ne[0] % be != 0)
            return invalid(QCoreApplication::translate("pare::core", "%1: innermost dimension %2 is not a multiple of the %3 "
                                                                      "block size %4")
                                   .arg(argText(where), argText(p.ne[0]),
                                        argText(dtypeName(t.type)), argText(be)));
        p.bytes = *storageBytes(t.type, t.source.numel());
        p.offset = offset;
        offset += (std::uint64_t(p.bytes) + alignment - 1) / alignment * alignment;
        putString(head, p.name.toUtf8());
        put<std::uint32_t>(head, std::uint32_t(p.ne.size()));
        for (std::int64_t d : p.ne)
            put<std::uint64_t>(head, std::uint64_t(d));
        put<std::uint32_t>(head, p.ggmlType);
        put<std::uint64_t>(head, p.offset);
        plan.push_back(std::move(p));
    }
    head.append(QByteArray((alignment - head.size() % alignment) % alignment, '\0'));

    const double total = std::max<double>(double(offset), 1.0);
    return writeFileAtomically(path, [&](QIODevice &dev) -> Result<void> {
        if (dev.write(head) != head.size())
            return Error{ErrorCode::Io, QStringLiteral("%1: %2").arg(path, dev.errorString())};
        for (const Planned &p : plan) {
            ctx.setProgress(double(p.offset) / total, p.name);
            if (auto r = writeChunked(dev, p, ctx); !r.ok()) {
                if (r.isCanceled())
                    return r;
                return Error{r.error().code, QStringLiteral("%1: %2").arg(path, r.error().message)};
            }
            const qint64 pad = (alignment - p.bytes % alignment) % alignment;
            // No padding after the last tensor: the file ends where its data does.
            if (&p != &plan.back() && pad > 0 && dev.write(QByteArray(pad, '\0')) != pad)
                return Error{ErrorCode::Io, QStringLiteral("%1: %2").arg(path, dev.errorString())};
        }
        ctx.setProgress(1.0);
        return {};
    });
}

} // namespace pare::core
