// SPDX-License-Identifier: GPL-3.0-or-later
// The GGUF header parser: every count and length is checked against the bytes that remain
// before anything is allocated, so truncated or hostile files end in an Error naming the offset.
#include "ggufreader.h"
#include "common/argtext.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
#include <numeric>

namespace pare::core {

namespace {

// Elements of all expanded arrays together, when long arrays are not wanted: bounds the JSON a
// file full of mid-sized (or nested) arrays can make us build.
constexpr std::int64_t kInlineElementBudget = 1 << 20;
// Smallest encodings, for bounding counts by the remaining bytes.
constexpr std::int64_t kMinKeyValueBytes = 8 + 4 + 1; // key length, type, one-byte value
constexpr std::int64_t kMinTensorInfoBytes = 8 + 4 + 4 + 8; // name length, n_dims, type, offset
constexpr std::int64_t kMinArrayBytes = 4 + 8;              // element type, count
constexpr std::int64_t kStringLengthBytes = 8;

// Strict UTF-8 (no overlong forms, surrogates or code points above U+10FFFF), without
// allocating: keys and tensor names are checked one by one.
bool isValidUtf8(const char *text, qsizetype n)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text);
    qsizetype i = 0;
    while (i < n) {
        const unsigned c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned min = 0, cp = 0;
        if ((c & 0xE0) == 0xC0) { extra = 1; min = 0x80; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { extra = 2; min = 0x800; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { extra = 3; min = 0x10000; cp = c & 0x07; }
        else return false;
        if (n - i <= extra)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

class GgufParser
{
public:
    GgufParser(const Storage &storage, const QString &context, bool expandAll, JobContext &ctx)
        : m_data(reinterpret_cast<const char *>(storage.data())), m_size(storage.size()),
          m_context(context), m_expandAll(expandAll), m_ctx(ctx)
    {}

    Result<GgufHeader> parse();

private:
    std::int64_t remaining() const { return m_size - m_pos; }

    Error fail(const QString &problem) const
    {
        return Error{ErrorCode::Format,
                     QCoreApplication::translate("pare::core", "%1: GGUF %2 at offset %3: %4")
                         .arg(argText(m_context), argText(m_field), argText(m_pos),
                              argText(problem))};
    }
    Error truncated(const char *what, std::int64_t need) const
    {
        return fail(QCoreApplication::translate("pare::core", "file truncated reading %1 (needs %2 bytes, %3 remain)")
                        .arg(argText(QLatin1String(what)), argText(need), argText(remaining())));
    }

    template<typename T>
    bool read(T &v, const char *what)
    {
        if (remaining() < std::int64_t(sizeof(T))) {
            m_error = truncated(what, sizeof(T));
            return false;
        }
        std::memcpy(&v, m_data + m_pos, sizeof(T));
        m_pos += std::int64_t(sizeof(T));
        return true;
    }

    // A gguf_string: u64 length, then bytes. Returns a pointer into the storage.
    bool readString(const char *&p, std::int64_t &len, const char *what)
    {
        std::uint64_t n = 0;
        if (!read(n, what))
            return false;
        if (n > std::uint64_t(remaining())) {
            m_pos -= 8;
            m_error = fail(QCoreApplication::translate("pare::core", "%1 length %2 runs past the end of the file (%3 bytes remain)")
                               .arg(argText(QLatin1String(what)), argText(n),
                                    argText(remaining() - 8)));
            return false;
        }
        p = m_data + m_pos;
        len = std::int64_t(n);
        m_pos += len;
        return true;
    }

    bool readValueType(GgufValueType &t, const char *what)
    {
        std::uint32_t v = 0;
        if (!read(v, what))
            return false;
        if (v >= kGgufValueTypeCount) {
            m_pos -= 4;
            m_error = fail(QStringLiteral("unknown %1 %2").arg(argText(QLatin1String(what)),
                                                               argText(v)));
            return false;
        }
        t = GgufValueType(v);
        return true;
    }

    bool parseValue(GgufValueType t, int depth, bool keep, GgufValue &out);
    bool parseArray(int depth, bool keep, GgufValue &out);
    bool parseTensorInfo(GgufTensorInfo &info);
    Result<void> checkTensorRanges(GgufHeader &header);

    const char *m_data;
    std::int64_t m_size;
    std::int64_t m_pos = 0;
    const QString &m_context;
    bool m_expandAll;
    JobContext &m_ctx;
    QString m_field = QStringLiteral("header");
    std::int64_t m_budget = kInlineElementBudget;
    std::optional<Error> m_error;
};

bool GgufParser::parseValue(GgufValueType t, int depth, bool keep, GgufValue &out)
{
    out.type = t;
    if (t == GgufValueType::Array)
        return parseArray(depth, keep, out);
    if (t == GgufValueType::String) {
        const char *p = nullptr;
        std::int64_t n = 0;
        if (!readString(p, n, "string value"))
            return false;
        if (keep)
            out.string = QByteArray(p, qsizetype(n));
        return true;
    }
    const int size = ggufScalarSize(t);
    if (remaining() < size) {
        m_error = truncated("value", size);
        return false;
    }
    if (keep)
        out.raw = QByteArray(m_data + m_pos, size);
    m_pos += size;
    return true;
}

bool GgufParser::parseArray(int depth, bool keep, GgufValue &out)
{
    out.type = GgufValueType::Array;
    if (depth >= kGgufMaxNestingDepth) {
        m_error = fail(QCoreApplication::translate("pare::core", "arrays nested deeper than %1 levels").arg(kGgufMaxNestingDepth));
        return false;
    }
    if (!readValueType(out.elementType, "array element type"))
        return false;
    std::uint64_t count = 0;
    if (!read(count, "array count"))
        return false;
    const int scalarSize = ggufScalarSize(out.elementType);
    const std::int64_t minElement = scalarSize > 0 ? scalarSize
        : out.elementType == GgufValueType::String ? kStringLengthBytes : kMinArrayBytes;
    if (count > std::uint64_t(remaining() / minElement)) {
        m_pos -= 8;
        m_error = fail(QCoreApplication::translate("pare::core", "array of %1 %2 values needs at least %3 bytes per element, "
                                      "but only %4 bytes remain")
                           .arg(argText(count), argText(ggufValueTypeName(out.elementType)),
                                argText(minElement), argText(remaining() - 8)));
        return false;
    }
    out.count = std::int64_t(count);
    const bool expand = keep
        && (m_expandAll || (out.count <= kGgufInlineArrayLimit && out.count <= m_budget));
    if (keep && !expand)
        out.elided = true;
    if (expand && !m_expandAll)
        m_budget -= out.count;

    if (scalarSize > 0) {
        const std::int64_t bytes = out.count * scalarSize; // bounded by remaining() above
        if (expand)
            out.raw = QByteArray(m_data + m_pos, qsizetype(bytes));
        m_pos += bytes;
        return true;
    }
    if (expand && out.elementType == GgufValueType::String)
        out.strings.reserve(qsizetype(out.count));
    if (expand && out.elementType == GgufValueType::Array)
        out.items.reserve(std::size_t(out.count));
    for (std::int64_t i = 0; i < out.count; ++i) {
        if (out.elementType == GgufValueType::String) {
            const char *p = nullptr;
            std::int64_t n = 0;
            if (!readString(p, n, "array string element"))
                return false;
            if (expand)
                out.strings.append(QByteArray(p, qsizetype(n)));
        } else {
            GgufValue item;
            if (!parseArray(depth + 1, expand, item))
                return false;
            if (expand)
                out.items.push_back(std::move(item));
        }
    }
    return true;
}

bool GgufParser::parseTensorInfo(GgufTensorInfo &info)
{
    info.infoOffset = m_pos;
    const char *p = nullptr;
    std::int64_t n = 0;
    if (!readString(p, n, "tensor name"))
        return false;
    if (n == 0 || !isValidUtf8(p, qsizetype(n))) {
        m_pos -= n;
        m_error = fail(n == 0 ? QCoreApplication::translate("pare::core", "empty tensor name")
                              : QCoreApplication::translate("pare::core", "tensor name is not valid UTF-8"));
        return false;
    }
    info.name = QString::fromUtf8(p, qsizetype(n));
    m_field += QStringLiteral(" '%1'").arg(info.name);
    std::uint32_t nDims = 0;
    if (!read(nDims, "n_dims"))
        return false;
    if (nDims > std::uint32_t(kGgufMaxDims)) {
        m_pos -= 4;
        m_error = fail(QCoreApplication::translate("pare::core", "n_dims %1 exceeds the maximum of %2").arg(nDims).arg(kGgufMaxDims));
        return false;
    }
    info.ne.resize(nDims);
    for (std::uint32_t d = 0; d < nDims; ++d) {
        std::uint64_t v = 0;
        if (!read(v, "ne"))
            return false;
        if (v > std::uint64_t(std::numeric_limits<std::int64_t>::max())) {
            m_pos -= 8;
            m_error = fail(QCoreApplication::translate("pare::core", "ne[%1] = %2 is out of range").arg(d).arg(v));
            return false;
        }
        info.ne[d] = std::int64_t(v);
    }
    const std::int64_t typePos = m_pos;
    if (!read(info.ggmlType, "type"))
        return false;
    if (!read(info.offset, "offset"))
        return false;

    const auto dtype = dtypeFromGgmlType(info.ggmlType);
    if (!dtype) {
        m_pos = typePos;
        m_error = Error{ErrorCode::Unsupported,
                        QCoreApplication::translate("pare::core", "%1: GGUF %2 at offset %3: tensor type %4 (%5) is not supported")
                            .arg(argText(m_context), argText(m_field), argText(typePos),
                                 argText(info.ggmlType), argText(ggmlTypeName(info.ggmlType)))};
        return false;
    }
    info.dtype = *dtype;
    const Shape shape = info.shape();
    const auto numel = shapeElements(shape);
    if (!numel) {
        m_pos = typePos;
        m_error = fail(QCoreApplication::translate("pare::core", "shape [%1] overflows").arg(shapeToString(shape)));
        return false;
    }
    const int blockElements = dtypeInfo(info.dtype).blockElements;
    if (!info.ne.empty() && info.ne[0] % blockElements != 0) {
        m_pos = typePos;
        m_error = fail(QCoreApplication::translate("pare::core", "ne[0] = %1 is not a multiple of the %2 block size %3")
                           .arg(argText(info.ne[0]), argText(dtypeName(info.dtype)),
                                argText(blockElements)));
        return false;
    }
    const auto bytes = storageBytes(info.dtype, *numel);
    if (!bytes) {
        m_pos = typePos;
        m_error = fail(QCoreApplication::translate("pare::core", "%1 elements of %2 do not fit a byte count")
                           .arg(*numel).arg(dtypeName(info.dtype)));
        return false;
    }
    info.bytes = *bytes;
    return true;
}

Result<void> GgufParser::checkTensorRanges(GgufHeader &header)
{
    const std::int64_t available = m_size - header.dataOffset; // may be negative: no data at all
    for (const GgufTensorInfo &t : header.tensors) {
        const QString where = QCoreApplication::translate("pare::core", "%1: GGUF tensor '%2' (info at offset %3)")
                                  .arg(argText(m_context), argText(t.name), argText(t.infoOffset));
        if (t.offset % header.alignment != 0)
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: data offset %2 is not a multiple of the alignment %3")
                             .arg(argText(where), argText(t.offset), argText(header.alignment))};
        if (available < 0 || t.offset > std::uint64_t(available)
            || std::uint64_t(t.bytes) > std::uint64_t(available) - t.offset)
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: data [%2, +%3 bytes) from the data section at %4 "
                                        "runs past the end of the file (%5 bytes)")
                             .arg(argText(where), argText(t.offset), argText(t.bytes),
                                  argText(header.dataOffset), argText(m_size))};
    }
    std::vector<std::size_t> order(header.tensors.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return header.tensors[a].offset < header.tensors[b].offset;
    });
    for (std::size_t i = 1; i < order.size(); ++i) {
        const GgufTensorInfo &prev = header.tensors[order[i - 1]];
        const GgufTensorInfo &cur = header.tensors[order[i]];
        if (prev.offset + std::uint64_t(prev.bytes) > cur.offset)
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: GGUF tensor '%2' data at offset %3 overlaps tensor "
                                        "'%4' at offset %5 (%6 bytes)")
                             .arg(argText(m_context), argText(cur.name), argText(cur.offset),
                                  argText(prev.name), argText(prev.offset), argText(prev.bytes))};
    }
    return {};
}

Result<GgufHeader> GgufParser::parse()
{
    GgufHeader header;
    if (m_size == 0)
        return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: file is empty").arg(m_context)};
    std::uint32_t magic = 0;
    if (!read(magic, "magic"))
        return *m_error;
    if (magic != kGgufMagic)
        return Error{ErrorCode::Format,
                     QCoreApplication::translate("pare::core", "%1: not a GGUF file (magic at offset 0 is 0x%2, expected \"GGUF\")")
                         .arg(m_context).arg(magic, 8, 16, QLatin1Char('0'))};
    if (!read(header.version, "version"))
        return *m_error;
    if (header.version == 1)
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: GGUF version 1 (offset 4) is not supported: it predates "
                                    "64-bit counts; re-convert the model with current llama.cpp")
                         .arg(m_context)};
    if (header.version != 2 && header.version != 3) {
        const bool swapped = header.version > 0xFFFF && __builtin_bswap32(header.version) <= 3;
        return Error{ErrorCode::Unsupported,
                     swapped ? QCoreApplication::translate("pare::core", "%1: big-endian GGUF (version field at offset 4) is "
                                              "not supported").arg(m_context)
                             : QCoreApplication::translate("pare::core", "%1: GGUF version %2 (offset 4) is not supported; "
                                              "Pare reads versions 2 and 3")
                                   .arg(argText(m_context), argText(header.version))};
    }
    std::uint64_t tensorCount = 0, kvCount = 0;
    if (!read(tensorCount, "tensor_count") || !read(kvCount, "metadata_kv_count"))
        return *m_error;
    if (kvCount > std::uint64_t(remaining() / kMinKeyValueBytes))
        return fail(QCoreApplication::translate("pare::core", "metadata_kv_count %1 is impossible: %2 bytes remain")
                        .arg(kvCount).arg(remaining()));
    if (tensorCount > std::uint64_t(remaining() / kMinTensorInfoBytes))
        return fail(QCoreApplication::translate("pare::core", "tensor_count %1 is impossible: %2 bytes remain")
                        .arg(tensorCount).arg(remaining()));

    header.metadata.reserve(std::size_t(kvCount));
    QSet<QString> keys;
    for (std::uint64_t i = 0; i < kvCount; ++i) {
        if (m_ctx.isCanceled())
            return Error::canceled();
        m_field = QCoreApplication::translate("pare::core", "metadata entry %1").arg(i);
        const std::int64_t keyPos = m_pos;
        const char *p = nullptr;
        std::int64_t n = 0;
        if (!readString(p, n, "key"))
            return *m_error;
        if (!isValidUtf8(p, qsizetype(n))) {
            m_pos = keyPos;
            return fail(QCoreApplication::translate("pare::core", "key is not valid UTF-8"));
        }
        GgufKeyValue kv;
        kv.key = QString::fromUtf8(p, qsizetype(n));
        m_field += QStringLiteral(" '%1'").arg(kv.key);
        if (keys.contains(kv.key)) {
            m_pos = keyPos;
            return fail(QCoreApplication::translate("pare::core", "duplicate key"));
        }
        keys.insert(kv.key);
        GgufValueType type;
        if (!readValueType(type, "value type") || !parseValue(type, 0, true, kv.value))
            return *m_error;
        header.metadata.push_back(std::move(kv));
    }

    if (const GgufValue *a = header.value(QStringLiteral("general.alignment"))) {
        m_field = QCoreApplication::translate("pare::core", "metadata 'general.alignment'");
        if (a->type != GgufValueType::U32)
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: GGUF general.alignment has type %2, expected u32")
                             .arg(m_context, ggufValueTypeName(a->type))};
        const auto v = std::uint32_t(*a->toInt64());
        if (v == 0 || !std::has_single_bit(v))
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: GGUF general.alignment %2 is not a power of two")
                             .arg(argText(m_context), argText(v))};
        header.alignment = v;
    }

    header.tensors.reserve(std::size_t(tensorCount));
    QSet<QString> names;
    for (std::uint64_t i = 0; i < tensorCount; ++i) {
        if (m_ctx.isCanceled())
            return Error::canceled();
        m_field = QCoreApplication::translate("pare::core", "tensor info %1").arg(i);
        GgufTensorInfo info;
        if (!parseTensorInfo(info))
            return *m_error;
        if (names.contains(info.name)) {
            m_pos = info.infoOffset;
            return fail(QCoreApplication::translate("pare::core", "duplicate tensor name"));
        }
        names.insert(info.name);
        header.tensors.push_back(std::move(info));
    }
    const std::int64_t a = header.alignment;
    header.dataOffset = (m_pos + a - 1) / a * a;
    PARE_TRY_VOID(checkTensorRanges(header));
    return header;
}

} // namespace

Result<GgufHeader> parseGgufHeader(const Storage &storage, const QString &context,
                                   bool expandLongArrays, JobContext &ctx)
{
    return GgufParser(storage, context, expandLongArrays, ctx).parse();
}

} // namespace pare::core
