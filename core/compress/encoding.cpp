// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoding.h"

#include "common/argtext.h"
#include "compress/pruner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

namespace pare::core {

namespace {

constexpr char kMagic[4] = {'P', 'E', 'N', 'C'};
constexpr std::uint32_t kSerialVersion = 1;
constexpr std::int64_t kMaxElements = std::int64_t(1) << 33;

QString formatName(ValueFormat f)
{
    switch (f) {
    case ValueFormat::F32: return QStringLiteral("f32");
    case ValueFormat::F16: return QStringLiteral("f16");
    case ValueFormat::BF16: return QStringLiteral("bf16");
    case ValueFormat::Fp8E4M3: return QStringLiteral("fp8_e4m3");
    case ValueFormat::Fp8E5M2: return QStringLiteral("fp8_e5m2");
    case ValueFormat::Int: return QStringLiteral("int");
    }
    return {};
}

QString valueDtype(ValueFormat f)
{
    switch (f) {
    case ValueFormat::F32: return QStringLiteral("F32");
    case ValueFormat::F16: return QStringLiteral("F16");
    case ValueFormat::BF16: return QStringLiteral("BF16");
    case ValueFormat::Fp8E4M3: return QStringLiteral("F8_E4M3");
    case ValueFormat::Fp8E5M2: return QStringLiteral("F8_E5M2");
    case ValueFormat::Int: return QStringLiteral("U8");
    }
    return {};
}

template<typename T>
QByteArray toBytes(const std::vector<T> &v)
{
    return QByteArray(reinterpret_cast<const char *>(v.data()), qsizetype(v.size() * sizeof(T)));
}

void blockParts(const ValueBlock &b, const QString &prefix, std::vector<EncodedPart> &out)
{
    const std::int64_t elements = b.format == ValueFormat::Int ? std::int64_t(b.codes.size()) : b.count;
    out.push_back({prefix + QStringLiteral("values"), valueDtype(b.format), {elements}, toBytes(b.codes)});
    if (!b.scales.empty())
        out.push_back({prefix + QStringLiteral("scales"), QStringLiteral("F16"), {std::int64_t(b.scales.size())}, toBytes(b.scales)});
    if (!b.floatScales.empty())
        out.push_back({prefix + QStringLiteral("fscales"), QStringLiteral("F32"), {std::int64_t(b.floatScales.size())}, toBytes(b.floatScales)});
    if (!b.zeros.empty())
        out.push_back({prefix + QStringLiteral("zeros"), QStringLiteral("U8"), {std::int64_t(b.zeros.size())}, toBytes(b.zeros)});
}

QJsonObject blockMeta(const ValueBlock &b)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), formatName(b.format));
    o.insert(QStringLiteral("bits"), b.bits);
    o.insert(QStringLiteral("scheme"), b.asymmetric ? QStringLiteral("asymmetric") : QStringLiteral("symmetric"));
    o.insert(QStringLiteral("granularity"), granularityName(b.granularity));
    o.insert(QStringLiteral("group_size"), b.groupSize);
    o.insert(QStringLiteral("stream_groups"), b.streamGroups);
    o.insert(QStringLiteral("count"), double(b.count));
    return o;
}

// Reads a non-negative integer field; false if absent, fractional, negative or above `max`.
bool intField(const QJsonObject &o, const char *key, std::int64_t max, std::int64_t &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < 0 || d > double(max) || d != double(std::int64_t(d)))
        return false;
    out = std::int64_t(d);
    return true;
}

// Sizes a block's arrays from its description; `rows` is the number of rows it spans.
Result<ValueBlock> allocateBlock(const QJsonObject &o, std::int64_t rows, std::int64_t expectedCount, std::int64_t available,
                                 const QString &where)
{
    const auto bad = [&](const QString &what) {
        return makeError(ErrorCode::Format, where + QStringLiteral(": ") + what);
    };
    ValueBlock b;
    const QString format = o.value(QStringLiteral("format")).toString();
    bool found = false;
    for (ValueFormat f : {ValueFormat::F32, ValueFormat::F16, ValueFormat::BF16, ValueFormat::Fp8E4M3,
                          ValueFormat::Fp8E5M2, ValueFormat::Int}) {
        if (format == formatName(f)) {
            b.format = f;
            found = true;
        }
    }
    if (!found)
        return bad(QCoreApplication::translate("pare::core", "unknown value format \"%1\"").arg(format));
    std::int64_t bits = 0, group = 0, count = 0;
    if (!intField(o, "bits", 32, bits) || !intField(o, "group_size", 256, group) || !intField(o, "count", kMaxElements, count))
        return bad(QCoreApplication::translate("pare::core", "bits, group_size or count missing or out of range"));
    if (count != expectedCount)
        return bad(QCoreApplication::translate("pare::core", "count %1 does not match the %2 values the structure holds").arg(count).arg(expectedCount));
    b.bits = int(bits);
    b.groupSize = int(group);
    b.count = count;
    // Nothing is allocated beyond what the parts hold: a hostile description cannot make us
    // reserve gigabytes for a few bytes of data.
    if (count > available * 8)
        return bad(QCoreApplication::translate("pare::core", "count %1 needs more data than the %2 bytes of parts").arg(count).arg(available));
    b.asymmetric = o.value(QStringLiteral("scheme")).toString() == QLatin1String("asymmetric");
    b.streamGroups = o.value(QStringLiteral("stream_groups")).toBool();
    const QString gran = o.value(QStringLiteral("granularity")).toString();
    if (gran == QLatin1String("tensor"))
        b.granularity = QuantGranularity::Tensor;
    else if (gran == QLatin1String("channel"))
        b.granularity = QuantGranularity::Channel;
    else if (gran == QLatin1String("group"))
        b.granularity = QuantGranularity::Group;
    else
        return bad(QCoreApplication::translate("pare::core", "unknown granularity \"%1\"").arg(gran));
    if (b.granularity == QuantGranularity::Group && b.groupSize <= 0)
        return bad(QCoreApplication::translate("pare::core", "group granularity needs a group_size"));
    switch (b.format) {
    case ValueFormat::F32:
    case ValueFormat::F16:
    case ValueFormat::BF16:
        if (b.bits != (b.format == ValueFormat::F32 ? 32 : 16) || b.granularity != QuantGranularity::Tensor || b.asymmetric)
            return bad(QCoreApplication::translate("pare::core", "inconsistent float block description"));
        if (count * b.bits / 8 > available)
            return bad(QCoreApplication::translate("pare::core", "%1 values need more data than the parts hold").arg(count));
        b.codes.resize(std::size_t(count * b.bits / 8));
        return b;
    case ValueFormat::Fp8E4M3:
    case ValueFormat::Fp8E5M2: {
        if (b.bits != 8 || b.asymmetric)
            return bad(QCoreApplication::translate("pare::core", "inconsistent FP8 block description"));
        const std::int64_t segments = segmentCount(b.granularity, b.groupSize, b.streamGroups, rows, count);
        if (count + 4 * segments > available)
            return bad(QCoreApplication::translate("pare::core", "%1 values in %2 segments need more data than the parts hold").arg(count).arg(segments));
        b.codes.resize(std::size_t(count));
        b.floatScales.resize(std::size_t(segments));
        return b;
    }
    case ValueFormat::Int: {
        if (b.bits < 2 || b.bits > 8)
            return bad(QCoreApplication::translate("pare::core", "integer bits %1 out of range [2, 8]").arg(b.bits));
        const std::int64_t segments = segmentCount(b.granularity, b.groupSize, b.streamGroups, rows, count);
        if (packedBytes(count, b.bits) + 2 * segments > available)
            return bad(QCoreApplication::translate("pare::core", "%1 values in %2 segments need more data than the parts hold").arg(count).arg(segments));
        b.codes.resize(std::size_t(packedBytes(count, b.bits)));
        b.scales.resize(std::size_t(segments));
        if (b.asymmetric)
            b.zeros.resize(std::size_t(packedBytes(segments, b.bits)));
        return b;
    }
    }
    return b;
}

// Copies a part into a sized vector; the part must have exactly the expected size.
template<typename T>
Result<void> fill(std::vector<T> &v, const std::vector<EncodedPart> &parts, const QString &name, const QString &where)
{
    const qsizetype want = qsizetype(v.size() * sizeof(T));
    for (const EncodedPart &p : parts) {
        if (p.name != name)
            continue;
        if (p.bytes.size() != want)
            return makeError(ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: part \"%2\" has %3 bytes, the description needs %4")
                                                    .arg(argText(where), argText(name),
                                                         argText(p.bytes.size()), argText(want)));
        if (want > 0)
            std::memcpy(v.data(), p.bytes.constData(), std::size_t(want));
        return {};
    }
    if (want == 0)
        return {};
    return makeError(ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: part \"%2\" is missing").arg(where, name));
}

Result<void> fillBlock(ValueBlock &b, const std::vector<EncodedPart> &parts, const QString &prefix, const QString &where)
{
    PARE_TRY_VOID(fill(b.codes, parts, prefix + QStringLiteral("values"), where));
    PARE_TRY_VOID(fill(b.scales, parts, prefix + QStringLiteral("scales"), where));
    PARE_TRY_VOID(fill(b.floatScales, parts, prefix + QStringLiteral("fscales"), where));
    PARE_TRY_VOID(fill(b.zeros, parts, prefix + QStringLiteral("zeros"), where));
    return {};
}

std::int64_t sparseValueBytes(std::int64_t rows, std::int64_t nonZeros, const QuantSpec *spec)
{
    return valueBlockBytes(spec, rows, nonZeros, true);
}

} // namespace

QString encodingKindName(EncodingKind k)
{
    switch (k) {
    case EncodingKind::Dense: return QStringLiteral("dense");
    case EncodingKind::Csr: return QStringLiteral("csr");
    case EncodingKind::Bitmap: return QStringLiteral("bitmap");
    case EncodingKind::NM: return QStringLiteral("nm");
    case EncodingKind::LowRank: return QStringLiteral("lowrank");
    }
    return {};
}

int nmIndexBits(int m)
{
    return std::max(1, int(std::bit_width(unsigned(m - 1))));
}

std::int64_t keptIndexBytes(std::int64_t keptRows, std::int64_t keptCols)
{
    return 4 * (keptRows + keptCols);
}

std::int64_t denseEncodedBytes(std::int64_t rows, std::int64_t cols, const QuantSpec *spec)
{
    return valueBlockBytes(spec, rows, rows * cols, false);
}

std::int64_t csrEncodedBytes(std::int64_t rows, std::int64_t cols, std::int64_t nonZeros, const QuantSpec *spec)
{
    const int indexBytes = cols <= 65536 ? 2 : 4;
    return 4 * (rows + 1) + indexBytes * nonZeros + sparseValueBytes(rows, nonZeros, spec);
}

std::int64_t bitmapEncodedBytes(std::int64_t rows, std::int64_t cols, std::int64_t nonZeros, const QuantSpec *spec)
{
    return (rows * cols + 7) / 8 + sparseValueBytes(rows, nonZeros, spec);
}

std::int64_t sparseEncodedBytes(std::int64_t rows, std::int64_t cols, std::int64_t nonZeros, const QuantSpec *spec)
{
    return std::min({denseEncodedBytes(rows, cols, spec), csrEncodedBytes(rows, cols, nonZeros, spec),
                     bitmapEncodedBytes(rows, cols, nonZeros, spec)});
}

std::int64_t nmEncodedBytes(std::int64_t rows, std::int64_t cols, int n, int m, const QuantSpec *spec)
{
    const std::int64_t kept = nmKeptPerRow(cols, n, m) * rows;
    return packedBytes(kept, nmIndexBits(m)) + valueBlockBytes(spec, rows, kept, false);
}

std::int64_t lowRankEncodedBytes(std::int64_t rows, std::int64_t cols, int rank, const QuantSpec *spec)
{
    return valueBlockBytes(spec, rows, rows * rank, false) + valueBlockBytes(spec, rank, std::int64_t(rank) * cols, false);
}

std::int64_t EncodedTensor::effectiveElements() const
{
    switch (kind) {
    case EncodingKind::Dense: return storedRows() * storedCols();
    case EncodingKind::Csr:
    case EncodingKind::Bitmap: return nonZeros;
    case EncodingKind::NM: return values.count;
    case EncodingKind::LowRank: return std::int64_t(rank) * (storedRows() + storedCols());
    }
    return 0;
}

std::int64_t EncodedTensor::exactBytes() const
{
    std::int64_t b = keptIndexBytes(std::int64_t(keptRows.size()), std::int64_t(keptCols.size()));
    b += std::int64_t(rowPtr.size()) * 4 + std::int64_t(indices.size()) + std::int64_t(bitmap.size());
    if (kind == EncodingKind::LowRank)
        return b + factorA.exactBytes() + factorB.exactBytes();
    return b + values.exactBytes();
}

std::vector<std::int64_t> EncodedTensor::valueRows() const
{
    const std::int64_t sr = storedRows(), sc = storedCols();
    switch (kind) {
    case EncodingKind::Dense: return uniformRows(sr, sc);
    case EncodingKind::Csr: return std::vector<std::int64_t>(rowPtr.begin(), rowPtr.end());
    case EncodingKind::Bitmap: {
        std::vector<std::int64_t> r(static_cast<std::size_t>(sr + 1), 0);
        for (std::int64_t i = 0; i < sr; ++i) {
            std::int64_t c = 0;
            for (std::int64_t j = 0; j < sc; ++j) {
                const std::int64_t bit = i * sc + j;
                c += (bitmap[std::size_t(bit / 8)] >> (bit % 8)) & 1;
            }
            r[std::size_t(i + 1)] = r[std::size_t(i)] + c;
        }
        return r;
    }
    case EncodingKind::NM: return uniformRows(sr, sr > 0 ? values.count / sr : 0);
    case EncodingKind::LowRank: return uniformRows(sr, rank);
    }
    return {};
}

std::vector<float> EncodedTensor::decode() const
{
    const std::int64_t sr = storedRows(), sc = storedCols();
    std::vector<float> stored(static_cast<std::size_t>(sr * sc), 0.0f);
    const std::vector<std::int64_t> rowsOf = valueRows();
    switch (kind) {
    case EncodingKind::Dense: stored = decodeValues(values, rowsOf); break;
    case EncodingKind::Csr: {
        const std::vector<float> v = decodeValues(values, rowsOf);
        for (std::int64_t r = 0; r < sr; ++r)
            for (std::int64_t k = rowPtr[std::size_t(r)]; k < std::int64_t(rowPtr[std::size_t(r + 1)]); ++k) {
                std::uint32_t c = 0;
                if (indexBits == 16) {
                    std::uint16_t c16;
                    std::memcpy(&c16, indices.data() + k * 2, 2);
                    c = c16;
                } else {
                    std::memcpy(&c, indices.data() + k * 4, 4);
                }
                stored[std::size_t(r * sc + c)] = v[std::size_t(k)];
            }
        break;
    }
    case EncodingKind::Bitmap: {
        const std::vector<float> v = decodeValues(values, rowsOf);
        std::int64_t k = 0;
        for (std::int64_t i = 0; i < sr * sc; ++i)
            if ((bitmap[std::size_t(i / 8)] >> (i % 8)) & 1)
                stored[std::size_t(i)] = v[std::size_t(k++)];
        break;
    }
    case EncodingKind::NM: {
        const std::vector<float> v = decodeValues(values, rowsOf);
        const std::int64_t kept = sr > 0 ? values.count / sr : 0;
        for (std::int64_t r = 0; r < sr; ++r) {
            std::int64_t k = r * kept;
            for (std::int64_t g = 0; g < sc; g += m) {
                const std::int64_t len = std::min<std::int64_t>(m, sc - g);
                const std::int64_t keep = len == m ? n : (len * n + m - 1) / m;
                for (std::int64_t j = 0; j < keep; ++j, ++k)
                    stored[std::size_t(r * sc + g + unpackBits(indices.data(), k, indexBits))] = v[std::size_t(k)];
            }
        }
        break;
    }
    case EncodingKind::LowRank: {
        const std::vector<float> a = decodeValues(factorA, uniformRows(sr, rank));
        const std::vector<float> b = decodeValues(factorB, uniformRows(rank, sc));
        for (std::int64_t i = 0; i < sr; ++i) {
            float *out = stored.data() + i * sc;
            for (int k = 0; k < rank; ++k) {
                const float aik = a[std::size_t(i * rank + k)];
                const float *brow = b.data() + std::int64_t(k) * sc;
                for (std::int64_t j = 0; j < sc; ++j)
                    out[j] += aik * brow[j];
            }
        }
        break;
    }
    }
    if (keptRows.empty() && keptCols.empty())
        return stored;
    std::vector<float> full(static_cast<std::size_t>(rows * cols), 0.0f);
    for (std::int64_t i = 0; i < sr; ++i) {
        const std::int64_t r = keptRows.empty() ? i : keptRows[std::size_t(i)];
        for (std::int64_t j = 0; j < sc; ++j) {
            const std::int64_t c = keptCols.empty() ? j : keptCols[std::size_t(j)];
            full[std::size_t(r * cols + c)] = stored[std::size_t(i * sc + j)];
        }
    }
    return full;
}

std::vector<EncodedPart> EncodedTensor::parts() const
{
    std::vector<EncodedPart> p;
    if (!keptRows.empty())
        p.push_back({QStringLiteral("kept_rows"), QStringLiteral("U32"), {std::int64_t(keptRows.size())}, toBytes(keptRows)});
    if (!keptCols.empty())
        p.push_back({QStringLiteral("kept_cols"), QStringLiteral("U32"), {std::int64_t(keptCols.size())}, toBytes(keptCols)});
    switch (kind) {
    case EncodingKind::Dense: blockParts(values, {}, p); break;
    case EncodingKind::Csr:
        p.push_back({QStringLiteral("row_ptr"), QStringLiteral("U32"), {std::int64_t(rowPtr.size())}, toBytes(rowPtr)});
        p.push_back({QStringLiteral("col_idx"), indexBits == 16 ? QStringLiteral("U16") : QStringLiteral("U32"),
                     {nonZeros}, toBytes(indices)});
        blockParts(values, {}, p);
        break;
    case EncodingKind::Bitmap:
        p.push_back({QStringLiteral("bitmap"), QStringLiteral("U8"), {std::int64_t(bitmap.size())}, toBytes(bitmap)});
        blockParts(values, {}, p);
        break;
    case EncodingKind::NM:
        p.push_back({QStringLiteral("nm_idx"), QStringLiteral("U8"), {std::int64_t(indices.size())}, toBytes(indices)});
        blockParts(values, {}, p);
        break;
    case EncodingKind::LowRank:
        blockParts(factorA, QStringLiteral("a."), p);
        blockParts(factorB, QStringLiteral("b."), p);
        break;
    }
    return p;
}

QJsonObject EncodedTensor::describe() const
{
    QJsonObject o;
    o.insert(QStringLiteral("encoding"), encodingKindName(kind));
    o.insert(QStringLiteral("rows"), double(rows));
    o.insert(QStringLiteral("cols"), double(cols));
    o.insert(QStringLiteral("stored_rows"), double(storedRows()));
    o.insert(QStringLiteral("stored_cols"), double(storedCols()));
    o.insert(QStringLiteral("kept_rows"), !keptRows.empty());
    o.insert(QStringLiteral("kept_cols"), !keptCols.empty());
    switch (kind) {
    case EncodingKind::Dense: o.insert(QStringLiteral("values"), blockMeta(values)); break;
    case EncodingKind::Csr:
        o.insert(QStringLiteral("index_bits"), indexBits);
        o.insert(QStringLiteral("nnz"), double(nonZeros));
        o.insert(QStringLiteral("values"), blockMeta(values));
        break;
    case EncodingKind::Bitmap:
        o.insert(QStringLiteral("nnz"), double(nonZeros));
        o.insert(QStringLiteral("values"), blockMeta(values));
        break;
    case EncodingKind::NM:
        o.insert(QStringLiteral("n"), n);
        o.insert(QStringLiteral("m"), m);
        o.insert(QStringLiteral("index_bits"), indexBits);
        o.insert(QStringLiteral("values"), blockMeta(values));
        break;
    case EncodingKind::LowRank:
        o.insert(QStringLiteral("rank"), rank);
        o.insert(QStringLiteral("a"), blockMeta(factorA));
        o.insert(QStringLiteral("b"), blockMeta(factorB));
        break;
    }
    return o;
}

QByteArray EncodedTensor::serialize() const
{
    const std::vector<EncodedPart> list = parts();
    QJsonObject meta = describe();
    QJsonArray partList;
    for (const EncodedPart &p : list) {
        QJsonObject po;
        po.insert(QStringLiteral("name"), p.name);
        po.insert(QStringLiteral("dtype"), p.dtype);
        po.insert(QStringLiteral("bytes"), double(p.bytes.size()));
        partList.append(po);
    }
    meta.insert(QStringLiteral("parts"), partList);
    const QByteArray json = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    QByteArray out;
    out.append(kMagic, 4);
    const std::uint32_t header[2] = {kSerialVersion, std::uint32_t(json.size())};
    out.append(reinterpret_cast<const char *>(header), sizeof header);
    out.append(json);
    for (const EncodedPart &p : list)
        out.append(p.bytes);
    return out;
}

Result<EncodedTensor> EncodedTensor::deserialize(const QByteArray &bytes, const QString &context)
{
    const QString where = context.isEmpty() ? QCoreApplication::translate("pare::core", "encoded tensor") : context;
    const auto bad = [&](const QString &what) { return makeError(ErrorCode::Format, where + QStringLiteral(": ") + what); };
    if (bytes.size() < 12 || std::memcmp(bytes.constData(), kMagic, 4) != 0)
        return bad(QCoreApplication::translate("pare::core", "not a Pare encoding (magic bytes at offset 0)"));
    std::uint32_t header[2];
    std::memcpy(header, bytes.constData() + 4, sizeof header);
    if (header[0] != kSerialVersion)
        return bad(QCoreApplication::translate("pare::core", "version %1 at offset 4 is not supported").arg(header[0]));
    if (qint64(header[1]) > bytes.size() - 12)
        return bad(QCoreApplication::translate("pare::core", "description length %1 at offset 8 runs past the end").arg(header[1]));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(12, qsizetype(header[1])), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QCoreApplication::translate("pare::core", "description at offset 12 is not a JSON object"));
    const QJsonObject meta = doc.object();
    std::vector<EncodedPart> parts;
    qint64 offset = 12 + qint64(header[1]);
    for (const QJsonValue &v : meta.value(QStringLiteral("parts")).toArray()) {
        const QJsonObject po = v.toObject();
        std::int64_t size = 0;
        if (!intField(po, "bytes", bytes.size(), size) || size > bytes.size() - offset)
            return bad(QCoreApplication::translate("pare::core", "part \"%1\" at offset %2 runs past the end")
                           .arg(argText(po.value(QStringLiteral("name")).toString()),
                                argText(offset)));
        parts.push_back({po.value(QStringLiteral("name")).toString(), po.value(QStringLiteral("dtype")).toString(), {size},
                         bytes.mid(qsizetype(offset), qsizetype(size))});
        offset += size;
    }
    if (offset != bytes.size())
        return bad(QCoreApplication::translate("pare::core", "%1 trailing bytes after the last part at offset %2").arg(bytes.size() - offset).arg(offset));
    return fromParts(meta, parts, where);
}

Result<EncodedTensor> EncodedTensor::fromParts(const QJsonObject &meta, const std::vector<EncodedPart> &parts,
                                               const QString &context)
{
    const QString where = context.isEmpty() ? QCoreApplication::translate("pare::core", "encoded tensor") : context;
    const auto bad = [&](const QString &what) { return makeError(ErrorCode::Format, where + QStringLiteral(": ") + what); };
    std::int64_t available = 0;
    for (const EncodedPart &p : parts)
        available += p.bytes.size();
    EncodedTensor t;
    const QString kind = meta.value(QStringLiteral("encoding")).toString();
    bool found = false;
    for (EncodingKind k : {EncodingKind::Dense, EncodingKind::Csr, EncodingKind::Bitmap, EncodingKind::NM, EncodingKind::LowRank})
        if (kind == encodingKindName(k)) {
            t.kind = k;
            found = true;
        }
    if (!found)
        return bad(QCoreApplication::translate("pare::core", "unknown encoding \"%1\"").arg(kind));
    std::int64_t storedRows = 0, storedCols = 0;
    if (!intField(meta, "rows", 1LL << 31, t.rows) || !intField(meta, "cols", 1LL << 31, t.cols)
        || !intField(meta, "stored_rows", t.rows, storedRows) || !intField(meta, "stored_cols", t.cols, storedCols)
        || t.rows * t.cols > kMaxElements)
        return bad(QCoreApplication::translate("pare::core", "rows / cols missing or out of range"));
    const QString encodingName = meta.value(QStringLiteral("encoding")).toString();
    if ((meta.value(QStringLiteral("kept_rows")).toBool() && 4 * storedRows > available)
        || (encodingName == QLatin1String("csr") && 4 * (storedRows + 1) > available)
        || (meta.value(QStringLiteral("kept_cols")).toBool() && 4 * storedCols > available)
        || (encodingName == QLatin1String("bitmap") && (storedRows * storedCols + 7) / 8 > available))
        return bad(QCoreApplication::translate("pare::core", "the %1×%2 structure needs more data than the %3 bytes of parts")
                       .arg(storedRows).arg(storedCols).arg(available));
    if (meta.value(QStringLiteral("kept_rows")).toBool())
        t.keptRows.resize(std::size_t(storedRows));
    else if (storedRows != t.rows)
        return bad(QCoreApplication::translate("pare::core", "stored_rows differs from rows without a kept_rows list"));
    if (meta.value(QStringLiteral("kept_cols")).toBool())
        t.keptCols.resize(std::size_t(storedCols));
    else if (storedCols != t.cols)
        return bad(QCoreApplication::translate("pare::core", "stored_cols differs from cols without a kept_cols list"));
    PARE_TRY_VOID(fill(t.keptRows, parts, QStringLiteral("kept_rows"), where));
    PARE_TRY_VOID(fill(t.keptCols, parts, QStringLiteral("kept_cols"), where));
    for (std::size_t i = 0; i < t.keptRows.size(); ++i)
        if (t.keptRows[i] >= t.rows || (i > 0 && t.keptRows[i] <= t.keptRows[i - 1]))
            return bad(QCoreApplication::translate("pare::core", "kept_rows[%1] = %2 is out of order or range").arg(i).arg(t.keptRows[i]));
    for (std::size_t i = 0; i < t.keptCols.size(); ++i)
        if (t.keptCols[i] >= t.cols || (i > 0 && t.keptCols[i] <= t.keptCols[i - 1]))
            return bad(QCoreApplication::translate("pare::core", "kept_cols[%1] = %2 is out of order or range").arg(i).arg(t.keptCols[i]));

    const QJsonObject valuesMeta = meta.value(QStringLiteral("values")).toObject();
    switch (t.kind) {
    case EncodingKind::Dense: {
        auto b = allocateBlock(valuesMeta, storedRows, storedRows * storedCols, available, where + QStringLiteral(": values"));
        if (!b)
            return b.error();
        t.values = std::move(*b);
        PARE_TRY_VOID(fillBlock(t.values, parts, {}, where));
        break;
    }
    case EncodingKind::Csr:
    case EncodingKind::Bitmap: {
        if (!intField(meta, "nnz", storedRows * storedCols, t.nonZeros))
            return bad(QCoreApplication::translate("pare::core", "nnz missing or larger than the matrix"));
        auto b = allocateBlock(valuesMeta, storedRows, t.nonZeros, available, where + QStringLiteral(": values"));
        if (!b)
            return b.error();
        t.values = std::move(*b);
        PARE_TRY_VOID(fillBlock(t.values, parts, {}, where));
        if (t.kind == EncodingKind::Csr) {
            std::int64_t bits = 0;
            if (!intField(meta, "index_bits", 32, bits) || (bits != 16 && bits != 32) || (bits == 16 && storedCols > 65536))
                return bad(QCoreApplication::translate("pare::core", "index_bits must be 16 (at most 65536 columns) or 32"));
            t.indexBits = int(bits);
            t.rowPtr.resize(std::size_t(storedRows + 1));
            t.indices.resize(std::size_t(t.nonZeros * bits / 8));
            PARE_TRY_VOID(fill(t.rowPtr, parts, QStringLiteral("row_ptr"), where));
            PARE_TRY_VOID(fill(t.indices, parts, QStringLiteral("col_idx"), where));
            if (t.rowPtr.front() != 0 || t.rowPtr.back() != t.nonZeros)
                return bad(QCoreApplication::translate("pare::core", "row_ptr must run from 0 to nnz = %1").arg(t.nonZeros));
            for (std::int64_t r = 0; r < storedRows; ++r)
                if (t.rowPtr[std::size_t(r + 1)] < t.rowPtr[std::size_t(r)])
                    return bad(QCoreApplication::translate("pare::core", "row_ptr[%1] decreases").arg(r + 1));
            for (std::int64_t k = 0; k < t.nonZeros; ++k) {
                std::uint32_t c = 0;
                std::memcpy(&c, t.indices.data() + k * (bits / 8), std::size_t(bits / 8));
                if (c >= storedCols)
                    return bad(QCoreApplication::translate("pare::core", "col_idx[%1] = %2 is not below %3 columns").arg(k).arg(c).arg(storedCols));
            }
        } else {
            t.bitmap.resize(std::size_t((storedRows * storedCols + 7) / 8));
            PARE_TRY_VOID(fill(t.bitmap, parts, QStringLiteral("bitmap"), where));
            std::int64_t set = 0;
            for (std::uint8_t byte : t.bitmap)
                set += std::popcount(byte);
            const std::int64_t tailBits = std::int64_t(t.bitmap.size()) * 8 - storedRows * storedCols;
            if (tailBits > 0 && (t.bitmap.back() >> (8 - tailBits)) != 0)
                return bad(QCoreApplication::translate("pare::core", "bitmap has bits set past the matrix"));
            if (set != t.nonZeros)
                return bad(QCoreApplication::translate("pare::core", "bitmap holds %1 set bits for nnz = %2").arg(set).arg(t.nonZeros));
        }
        break;
    }
    case EncodingKind::NM: {
        std::int64_t n = 0, m = 0;
        if (!intField(meta, "n", 31, n) || !intField(meta, "m", 32, m) || m < 2 || n < 1 || n >= m)
            return bad(QCoreApplication::translate("pare::core", "n and m must satisfy 1 ≤ n < m ≤ 32"));
        t.n = int(n);
        t.m = int(m);
        t.indexBits = nmIndexBits(t.m);
        const std::int64_t kept = nmKeptPerRow(storedCols, t.n, t.m) * storedRows;
        auto b = allocateBlock(valuesMeta, storedRows, kept, available, where + QStringLiteral(": values"));
        if (!b)
            return b.error();
        t.values = std::move(*b);
        PARE_TRY_VOID(fillBlock(t.values, parts, {}, where));
        t.indices.resize(std::size_t(packedBytes(kept, t.indexBits)));
        PARE_TRY_VOID(fill(t.indices, parts, QStringLiteral("nm_idx"), where));
        std::int64_t k = 0;
        for (std::int64_t r = 0; r < storedRows; ++r)
            for (std::int64_t g = 0; g < storedCols; g += t.m) {
                const std::int64_t len = std::min<std::int64_t>(t.m, storedCols - g);
                const std::int64_t keep = len == t.m ? t.n : (len * t.n + t.m - 1) / t.m;
                for (std::int64_t j = 0; j < keep; ++j, ++k)
                    if (unpackBits(t.indices.data(), k, t.indexBits) >= len)
                        return bad(QCoreApplication::translate("pare::core", "nm_idx[%1] points past its run of %2").arg(k).arg(len));
            }
        break;
    }
    case EncodingKind::LowRank: {
        std::int64_t rank = 0;
        if (!intField(meta, "rank", std::min(storedRows, storedCols), rank) || rank < 1)
            return bad(QCoreApplication::translate("pare::core", "rank must be between 1 and min(rows, cols)"));
        t.rank = int(rank);
        auto a = allocateBlock(meta.value(QStringLiteral("a")).toObject(), storedRows, storedRows * rank, available, where + QStringLiteral(": a"));
        if (!a)
            return a.error();
        auto b = allocateBlock(meta.value(QStringLiteral("b")).toObject(), rank, rank * storedCols, available, where + QStringLiteral(": b"));
        if (!b)
            return b.error();
        t.factorA = std::move(*a);
        t.factorB = std::move(*b);
        PARE_TRY_VOID(fillBlock(t.factorA, parts, QStringLiteral("a."), where));
        PARE_TRY_VOID(fillBlock(t.factorB, parts, QStringLiteral("b."), where));
        break;
    }
    }
    // No part may go unused: an unknown name means the description and the data disagree.
    for (const EncodedPart &p : parts) {
        bool known = false;
        for (const EncodedPart &q : t.parts())
            known = known || q.name == p.name;
        if (!known)
            return bad(QCoreApplication::translate("pare::core", "unexpected part \"%1\"").arg(p.name));
    }
    return t;
}

Result<EncodedTensor> encodeDense(const float *matrix, std::int64_t rows, std::int64_t cols, const QuantSpec *spec,
                                  ErrorAccumulator *errors, JobContext &ctx)
{
    EncodedTensor t;
    t.kind = EncodingKind::Dense;
    t.rows = rows;
    t.cols = cols;
    auto v = encodeValues(matrix, uniformRows(rows, cols), spec, false, errors, ctx);
    if (!v)
        return v.error();
    t.values = std::move(*v);
    return t;
}

Result<EncodedTensor> encodeSparse(const float *matrix, std::int64_t rows, std::int64_t cols, const QuantSpec *spec,
                                   JobContext &ctx)
{
    std::int64_t nnz = 0;
    for (std::int64_t i = 0; i < rows * cols; ++i)
        nnz += matrix[i] != 0.0f;
    const std::int64_t dense = denseEncodedBytes(rows, cols, spec);
    const std::int64_t csr = csrEncodedBytes(rows, cols, nnz, spec);
    const std::int64_t bitmap = bitmapEncodedBytes(rows, cols, nnz, spec);
    if (dense <= csr && dense <= bitmap)
        return encodeDense(matrix, rows, cols, spec, nullptr, ctx);
    EncodedTensor t;
    t.rows = rows;
    t.cols = cols;
    t.nonZeros = nnz;
    std::vector<float> kept;
    kept.reserve(std::size_t(nnz));
    std::vector<std::int64_t> rowOffsets(static_cast<std::size_t>(rows + 1), 0);
    if (csr <= bitmap) {
        t.kind = EncodingKind::Csr;
        t.indexBits = cols <= 65536 ? 16 : 32;
        t.rowPtr.resize(std::size_t(rows + 1), 0);
        t.indices.resize(std::size_t(nnz * t.indexBits / 8));
        std::int64_t k = 0;
        for (std::int64_t r = 0; r < rows; ++r) {
            for (std::int64_t c = 0; c < cols; ++c) {
                const float v = matrix[r * cols + c];
                if (v == 0.0f)
                    continue;
                kept.push_back(v);
                if (t.indexBits == 16) {
                    const std::uint16_t c16 = std::uint16_t(c);
                    std::memcpy(t.indices.data() + k * 2, &c16, 2);
                } else {
                    const std::uint32_t c32 = std::uint32_t(c);
                    std::memcpy(t.indices.data() + k * 4, &c32, 4);
                }
                ++k;
            }
            t.rowPtr[std::size_t(r + 1)] = std::uint32_t(k);
            rowOffsets[std::size_t(r + 1)] = k;
        }
    } else {
        t.kind = EncodingKind::Bitmap;
        t.bitmap.assign(std::size_t((rows * cols + 7) / 8), 0);
        for (std::int64_t r = 0; r < rows; ++r) {
            for (std::int64_t c = 0; c < cols; ++c) {
                const std::int64_t i = r * cols + c;
                if (matrix[i] == 0.0f)
                    continue;
                kept.push_back(matrix[i]);
                t.bitmap[std::size_t(i / 8)] |= std::uint8_t(1u << (i % 8));
            }
            rowOffsets[std::size_t(r + 1)] = std::int64_t(kept.size());
        }
    }
    auto v = encodeValues(kept.data(), rowOffsets, spec, true, nullptr, ctx);
    if (!v)
        return v.error();
    t.values = std::move(*v);
    return t;
}

Result<EncodedTensor> encodeNM(const float *matrix, std::int64_t rows, std::int64_t cols, int n, int m,
                               const QuantSpec *spec, JobContext &ctx)
{
    const NMSelection sel = selectNM(matrix, rows, cols, n, m);
    EncodedTensor t;
    t.kind = EncodingKind::NM;
    t.rows = rows;
    t.cols = cols;
    t.n = n;
    t.m = m;
    t.indexBits = nmIndexBits(m);
    const std::int64_t kept = std::int64_t(sel.values.size());
    t.indices.assign(std::size_t(packedBytes(kept, t.indexBits)), 0);
    packBits(sel.indices.data(), kept, t.indexBits, t.indices.data(), 0);
    auto v = encodeValues(sel.values.data(), uniformRows(rows, sel.keptPerRow), spec, false, nullptr, ctx);
    if (!v)
        return v.error();
    t.values = std::move(*v);
    return t;
}

Result<EncodedTensor> encodeLowRank(const std::vector<float> &a, const std::vector<float> &b, std::int64_t rows,
                                    std::int64_t cols, int rank, const QuantSpec *spec, JobContext &ctx)
{
    EncodedTensor t;
    t.kind = EncodingKind::LowRank;
    t.rows = rows;
    t.cols = cols;
    t.rank = rank;
    auto fa = encodeValues(a.data(), uniformRows(rows, rank), spec, false, nullptr, ctx);
    if (!fa)
        return fa.error();
    auto fb = encodeValues(b.data(), uniformRows(rank, cols), spec, false, nullptr, ctx);
    if (!fb)
        return fb.error();
    t.factorA = std::move(*fa);
    t.factorB = std::move(*fb);
    return t;
}

} // namespace pare::core
