// SPDX-License-Identifier: GPL-3.0-or-later
// .npy: "\x93NUMPY", major, minor, header length (2 bytes in 1.0, 4 in 2.0/3.0), then a Python
// dict literal such as {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }.
#include "numpy.h"

#include "common/argtext.h"
#include "hfarch.h"
#include "modelio.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace pare::core {

namespace {

// numpy itself refuses headers above 10,000 bytes by default; allow generous slack.
constexpr std::int64_t kMaxHeaderBytes = 1 << 20;
constexpr int kMaxRank = 64;

Error npyError(const QString &context, const QString &what)
{
    return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: .npy header: %2").arg(context, what)};
}

// A tiny reader for the literal subset numpy writes: strings, True/False, tuples of integers.
class DictParser
{
public:
    explicit DictParser(QStringView text) : m_text(text) {}

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }
    bool eat(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool peek(QChar c)
    {
        skipSpace();
        return m_pos < m_text.size() && m_text[m_pos] == c;
    }
    std::optional<QString> string()
    {
        skipSpace();
        if (m_pos >= m_text.size() || (m_text[m_pos] != u'\'' && m_text[m_pos] != u'"'))
            return std::nullopt;
        const QChar quote = m_text[m_pos++];
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != quote) {
            if (m_text[m_pos] == u'\\')
                return std::nullopt; // numpy never escapes in these fields
            ++m_pos;
        }
        if (m_pos >= m_text.size())
            return std::nullopt;
        return m_text.mid(start, m_pos++ - start).toString();
    }
    std::optional<bool> boolean()
    {
        skipSpace();
        if (m_text.mid(m_pos).startsWith(QLatin1String("True"))) {
            m_pos += 4;
            return true;
        }
        if (m_text.mid(m_pos).startsWith(QLatin1String("False"))) {
            m_pos += 5;
            return false;
        }
        return std::nullopt;
    }
    std::optional<std::int64_t> integer()
    {
        skipSpace();
        std::int64_t v = 0;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos].isDigit()) {
            if (__builtin_mul_overflow(v, 10, &v)
                || __builtin_add_overflow(v, m_text[m_pos].digitValue(), &v))
                return std::nullopt;
            ++m_pos;
        }
        if (m_pos == start)
            return std::nullopt;
        if (m_pos < m_text.size() && m_text[m_pos] == u'L') // Python 2 longs
            ++m_pos;
        return v;
    }
    qsizetype pos() const { return m_pos; }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

struct DescrInfo
{
    DType dtype;
    bool bigEndian;
};

Result<DescrInfo> parseDescr(const QString &descr, const QString &context)
{
    if (descr.size() < 2)
        return npyError(context, QCoreApplication::translate("pare::core", "field 'descr': '%1' is not a dtype").arg(descr));
    const QChar order = descr[0];
    const QStringView kind = QStringView(descr).mid(1);
    if (kind.startsWith(u'O'))
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: .npy header: field 'descr' '%2' is an object (pickled) "
                                    "array; Pare never unpickles").arg(context, descr)};
    if (order != u'<' && order != u'>' && order != u'|' && order != u'=')
        return npyError(context, QCoreApplication::translate("pare::core", "field 'descr': '%1' has no byte order").arg(descr));
    static const struct { const char *code; DType dtype; } kinds[] = {
        {"f2", DType::F16}, {"f4", DType::F32}, {"f8", DType::F64}, {"i1", DType::I8},
        {"i2", DType::I16}, {"i4", DType::I32}, {"i8", DType::I64}, {"u1", DType::U8},
        {"b1", DType::BOOL},
    };
    for (const auto &k : kinds) {
        if (kind == QLatin1String(k.code))
            return DescrInfo{k.dtype, order == u'>' && dtypeInfo(k.dtype).blockBytes > 1};
    }
    return Error{ErrorCode::Unsupported,
                 QCoreApplication::translate("pare::core", "%1: .npy header: field 'descr': dtype '%2' is not supported (float "
                                "16/32/64, int 8–64, uint8 and bool are)").arg(context, descr)};
}

void byteSwap(std::byte *data, std::int64_t count, int width)
{
    for (std::int64_t i = 0; i < count; ++i, data += width)
        std::reverse(data, data + width);
}

// Fortran order stores the first index fastest; rewrite into C order (last index fastest).
std::vector<std::byte> fortranToC(const std::byte *src, const Shape &shape, std::int64_t numel, int width)
{
    std::vector<std::byte> dst(std::size_t(numel * width));
    if (numel == 0)
        return dst; // the strides below could overflow for shapes such as (2^62, 4, 0)
    const std::size_t rank = shape.size();
    std::vector<std::int64_t> fstride(rank, 1), index(rank, 0);
    for (std::size_t k = 1; k < rank; ++k)
        fstride[k] = fstride[k - 1] * shape[k - 1];
    std::int64_t srcElem = 0;
    for (std::int64_t i = 0; i < numel; ++i) {
        std::memcpy(dst.data() + i * width, src + srcElem * width, std::size_t(width));
        // Advance the C-order index, keeping the Fortran offset in step.
        for (std::size_t k = rank; k-- > 0;) {
            ++index[k];
            srcElem += fstride[k];
            if (index[k] < shape[k])
                break;
            srcElem -= fstride[k] * index[k];
            index[k] = 0;
        }
    }
    return dst;
}

} // namespace

QString npyDescr(DType dtype)
{
    switch (dtype) {
    case DType::F16: return QStringLiteral("<f2");
    case DType::F32: return QStringLiteral("<f4");
    case DType::F64: return QStringLiteral("<f8");
    case DType::I8: return QStringLiteral("|i1");
    case DType::I16: return QStringLiteral("<i2");
    case DType::I32: return QStringLiteral("<i4");
    case DType::I64: return QStringLiteral("<i8");
    case DType::U8: return QStringLiteral("|u1");
    case DType::BOOL: return QStringLiteral("|b1");
    default: return {};
    }
}

Result<NpyHeader> parseNpyHeader(const std::byte *data, std::int64_t size, const QString &context)
{
    if (size < 10 || std::memcmp(data, "\x93NUMPY", 6) != 0)
        return npyError(context, QCoreApplication::translate("pare::core", "no \\x93NUMPY magic at offset 0 (%1 bytes)").arg(size));
    const int major = int(data[6]), minor = int(data[7]);
    std::int64_t headerLen = 0;
    std::int64_t start = 10;
    if (major == 1) {
        headerLen = std::int64_t(data[8]) | std::int64_t(data[9]) << 8;
    } else if (major == 2 || major == 3) {
        if (size < 12)
            return npyError(context, QCoreApplication::translate("pare::core", "truncated at offset %1").arg(size));
        headerLen = std::int64_t(data[8]) | std::int64_t(data[9]) << 8 | std::int64_t(data[10]) << 16
                    | std::int64_t(data[11]) << 24;
        start = 12;
    } else {
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: .npy format version %2.%3 at offset 6 is not supported")
                         .arg(argText(context), argText(major), argText(minor))};
    }
    if (headerLen > kMaxHeaderBytes || headerLen > size - start)
        return npyError(context, QCoreApplication::translate("pare::core", "header length %1 at offset 8 exceeds the %2 bytes "
                                                "available").arg(headerLen).arg(size - start));
    const char *raw = reinterpret_cast<const char *>(data + start);
    // 1.0/2.0 headers are latin-1; 3.0 allows UTF-8.
    const QString text = major == 3 ? QString::fromUtf8(raw, qsizetype(headerLen))
                                    : QString::fromLatin1(raw, qsizetype(headerLen));
    DictParser p(text);
    NpyHeader h;
    h.dataOffset = start + headerLen;
    bool haveDescr = false, haveOrder = false, haveShape = false;
    if (!p.eat(u'{'))
        return npyError(context, QCoreApplication::translate("pare::core", "no '{' at offset %1").arg(start));
    while (!p.eat(u'}')) {
        const auto key = p.string();
        if (!key || !p.eat(u':'))
            return npyError(context, QCoreApplication::translate("pare::core", "expected 'key': at offset %1").arg(start + p.pos()));
        if (*key == QLatin1String("descr")) {
            if (p.peek(u'['))
                return Error{ErrorCode::Unsupported,
                             QCoreApplication::translate("pare::core", "%1: .npy header: field 'descr' is a structured dtype, "
                                            "which Pare does not read").arg(context)};
            const auto descr = p.string();
            if (!descr)
                return npyError(context, QCoreApplication::translate("pare::core", "field 'descr' is not a string"));
            auto d = parseDescr(*descr, context);
            if (!d.ok())
                return d.error();
            h.dtype = d->dtype;
            h.bigEndian = d->bigEndian;
            haveDescr = true;
        } else if (*key == QLatin1String("fortran_order")) {
            const auto b = p.boolean();
            if (!b)
                return npyError(context, QCoreApplication::translate("pare::core", "field 'fortran_order' is not True/False"));
            h.fortranOrder = *b;
            haveOrder = true;
        } else if (*key == QLatin1String("shape")) {
            if (!p.eat(u'('))
                return npyError(context, QCoreApplication::translate("pare::core", "field 'shape' is not a tuple"));
            while (!p.eat(u')')) {
                const auto d = p.integer();
                if (!d)
                    return npyError(context, QCoreApplication::translate("pare::core", "field 'shape': dimension %1 is not a "
                                                            "non-negative integer").arg(h.shape.size()));
                if (h.shape.size() >= kMaxRank)
                    return npyError(context, QCoreApplication::translate("pare::core", "field 'shape' has more than %1 dimensions")
                                                 .arg(kMaxRank));
                h.shape.push_back(*d);
                if (!p.eat(u',') && !p.peek(u')'))
                    return npyError(context, QCoreApplication::translate("pare::core", "field 'shape' is malformed at offset %1")
                                                 .arg(start + p.pos()));
            }
            haveShape = true;
        } else {
            return npyError(context, QCoreApplication::translate("pare::core", "unknown field '%1'").arg(*key));
        }
        if (!p.eat(u',') && !p.peek(u'}'))
            return npyError(context, QCoreApplication::translate("pare::core", "expected ',' or '}' at offset %1").arg(start + p.pos()));
    }
    if (!haveDescr || !haveOrder || !haveShape)
        return npyError(context, QCoreApplication::translate("pare::core", "field '%1' missing")
                                     .arg(QLatin1String(!haveDescr ? "descr" : !haveOrder ? "fortran_order" : "shape")));
    const auto numel = shapeElements(h.shape);
    const auto bytes = numel ? storageBytes(h.dtype, *numel) : std::nullopt;
    if (!bytes)
        return npyError(context, QCoreApplication::translate("pare::core", "field 'shape' (%1) overflows").arg(shapeToString(h.shape)));
    h.dataBytes = *bytes;
    if (h.dataBytes > size - h.dataOffset)
        return Error{ErrorCode::Format,
                     QCoreApplication::translate("pare::core", "%1: .npy data at offset %2: shape %3 of %4 needs %5 bytes, only %6 "
                                    "present (truncated)")
                         .arg(argText(context), argText(h.dataOffset),
                              argText(shapeToString(h.shape)), argText(dtypeName(h.dtype)),
                              argText(h.dataBytes), argText(size - h.dataOffset))};
    return h;
}

Result<Tensor> parseNpy(const std::shared_ptr<const Storage> &storage, std::int64_t offset,
                        std::int64_t size, const QString &name, const QString &context)
{
    auto h = parseNpyHeader(storage->data() + offset, size, context);
    if (!h.ok())
        return h.error();
    const int width = dtypeInfo(h->dtype).blockBytes;
    const std::byte *src = storage->data() + offset + h->dataOffset;
    const bool aligned = reinterpret_cast<std::uintptr_t>(src) % std::uintptr_t(width) == 0;
    const bool fortran = h->fortranOrder && h->shape.size() > 1;
    if (!h->bigEndian && !fortran && aligned)
        return Tensor::view(name, h->dtype, h->shape, storage, offset + h->dataOffset, context);
    const std::int64_t numel = h->dataBytes / width;
    std::vector<std::byte> bytes = fortran ? fortranToC(src, h->shape, numel, width)
                                           : std::vector<std::byte>(src, src + h->dataBytes);
    if (h->bigEndian)
        byteSwap(bytes.data(), numel, width);
    return Tensor::fromBytes(name, h->dtype, h->shape, std::move(bytes), context);
}

Result<std::shared_ptr<Model>> readNpy(const QString &path, JobContext &ctx)
{
    auto file = MappedFile::open(path);
    if (!file.ok())
        return file.error();
    std::shared_ptr<const Storage> storage = std::move(file).value();
    auto t = parseNpy(storage, 0, storage->size(), QFileInfo(path).completeBaseName(), path);
    if (!t.ok())
        return t.error();
    auto model = std::make_shared<Model>();
    model->format = ModelFormat::Npy;
    model->path = path;
    model->tensors.push_back(std::move(t).value());
    assignLayers(*model);
    // A lone matrix is one layer even without a "*.weight" name.
    if (model->layers.empty() && model->tensors.front().rank() >= 2) {
        Layer l;
        l.name = model->tensors.front().name();
        l.weight = 0;
        l.op = model->tensors.front().rank() == 2 ? OpKind::Dense : OpKind::Conv;
        l.layout = l.op == OpKind::Dense ? WeightLayout::OutIn : WeightLayout::ConvOIHW;
        l.opType = QStringLiteral("array");
        model->layers.push_back(l);
        model->reindex();
    }
    ctx.setProgress(1.0);
    return model;
}

} // namespace pare::core
