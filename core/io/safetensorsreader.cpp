// SPDX-License-Identifier: GPL-3.0-or-later
// safetensors: 8-byte little-endian header length N, N bytes of UTF-8 JSON, then the byte
// buffer. Every tensor's data_offsets are relative to the buffer; together they must tile it.
#include "safetensors.h"

#include "common/argtext.h"
#include "hfarch.h"
#include "modelio.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace pare::core {

namespace {

// Header lengths above this are refused before any allocation: real headers are a few MB at
// most (a 100k-tensor checkpoint stays far below), and the Rust reference caps at 100 MB.
constexpr std::int64_t kMaxHeaderBytes = 100 * 1024 * 1024;
// JSON integers are doubles; above 2^53 they are no longer exact.
constexpr double kMaxExactInteger = 9007199254740992.0;

Error formatError(const QString &context, const QString &what)
{
    return Error{ErrorCode::Format, QStringLiteral("%1: %2").arg(context, what)};
}

// Collects the raw keys of the top-level JSON object in order. QJsonDocument silently keeps the
// last of duplicate keys, so duplicates are found here. `json` is already known to parse.
QList<QByteArray> topLevelKeys(const QByteArray &json)
{
    QList<QByteArray> keys;
    int depth = 0;
    bool expectKey = false;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        if (c == '"') {
            qsizetype j = i + 1;
            while (j < n && json[j] != '"')
                j += json[j] == '\\' ? 2 : 1;
            if (depth == 1 && expectKey) {
                keys << json.mid(i + 1, j - i - 1);
                expectKey = false;
            }
            i = j;
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = depth == 1 && c == '{';
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    return keys;
}

Result<std::int64_t> exactInteger(const QJsonValue &v, const QString &context, const QString &field)
{
    if (!v.isDouble())
        return formatError(context, QCoreApplication::translate("pare::core", "%1 is not a number").arg(field));
    const double d = v.toDouble();
    if (!(d >= 0) || d > kMaxExactInteger || std::floor(d) != d)
        return formatError(context,
                           QCoreApplication::translate("pare::core", "%1 = %2 is not a non-negative integer")
                               .arg(field, QString::number(d, 'g', 17)));
    return std::int64_t(d);
}

struct Entry
{
    QString name;
    DType dtype;
    Shape shape;
    std::int64_t begin;
    std::int64_t end;
};

Result<Entry> parseEntry(const QString &name, const QJsonValue &value, const QString &context)
{
    const QString where = QCoreApplication::translate("pare::core", "header, tensor '%1'").arg(name);
    if (!value.isObject())
        return formatError(context, QCoreApplication::translate("pare::core", "%1: entry is not a JSON object").arg(where));
    const QJsonObject o = value.toObject();
    Entry e;
    e.name = name;
    const QJsonValue dt = o.value(QLatin1String("dtype"));
    if (!dt.isString())
        return formatError(context, QCoreApplication::translate("pare::core", "%1: field 'dtype' missing or not a string").arg(where));
    const auto dtype = safetensorsDType(dt.toString());
    if (!dtype)
        return formatError(context,
                           QCoreApplication::translate("pare::core", "%1: field 'dtype': unknown dtype '%2'").arg(where, dt.toString()));
    e.dtype = *dtype;
    const QJsonValue sh = o.value(QLatin1String("shape"));
    if (!sh.isArray())
        return formatError(context, QCoreApplication::translate("pare::core", "%1: field 'shape' missing or not an array").arg(where));
    const QJsonArray shape = sh.toArray();
    for (qsizetype i = 0; i < shape.size(); ++i) {
        auto d = exactInteger(shape[i], context, QCoreApplication::translate("pare::core", "%1: field 'shape'[%2]")
                .arg(argText(where), argText(i)));
        if (!d.ok())
            return d.error();
        e.shape.push_back(*d);
    }
    const QJsonValue off = o.value(QLatin1String("data_offsets"));
    if (!off.isArray() || off.toArray().size() != 2)
        return formatError(context,
                           QCoreApplication::translate("pare::core", "%1: field 'data_offsets' missing or not [begin, end]").arg(where));
    auto b = exactInteger(off.toArray()[0], context, QCoreApplication::translate("pare::core", "%1: field 'data_offsets'[0]").arg(where));
    if (!b.ok())
        return b.error();
    auto en = exactInteger(off.toArray()[1], context, QCoreApplication::translate("pare::core", "%1: field 'data_offsets'[1]").arg(where));
    if (!en.ok())
        return en.error();
    e.begin = *b;
    e.end = *en;
    const auto numel = shapeElements(e.shape);
    if (!numel)
        return formatError(context, QCoreApplication::translate("pare::core", "%1: field 'shape' [%2] overflows")
                                        .arg(where, shapeToString(e.shape)));
    const auto bytes = storageBytes(e.dtype, *numel);
    if (!bytes)
        return formatError(context, QCoreApplication::translate("pare::core", "%1: field 'shape' [%2] of %3 overflows")
                                        .arg(where, shapeToString(e.shape), dtypeName(e.dtype)));
    if (e.end < e.begin || e.end - e.begin != *bytes)
        return formatError(context,
                           QCoreApplication::translate("pare::core", "%1: field 'data_offsets' [%2, %3] holds %4 bytes, but "
                                          "shape [%5] of %6 needs %7")
                               .arg(argText(where), argText(e.begin), argText(e.end),
                                    argText(e.end - e.begin), argText(shapeToString(e.shape)),
                                    argText(dtypeName(e.dtype)), argText(*bytes)));
    return e;
}

} // namespace

std::optional<DType> safetensorsDType(QStringView name)
{
    const auto t = dtypeFromName(name);
    if (!t || dtypeInfo(*t).isBlockQuantized || name != QLatin1String(dtypeInfo(*t).name))
        return std::nullopt;
    return t;
}

Result<SafetensorsContents> parseSafetensors(std::shared_ptr<const Storage> storage,
                                             const QString &context)
{
    const std::int64_t fileSize = storage ? storage->size() : 0;
    if (fileSize < 8)
        return formatError(context, QCoreApplication::translate("pare::core", "file is %1 bytes, too short for the 8-byte "
                                                   "safetensors header length at offset 0")
                                        .arg(fileSize));
    std::uint64_t headerLen = 0;
    std::memcpy(&headerLen, storage->data(), 8);
    if constexpr (std::endian::native == std::endian::big)
        headerLen = __builtin_bswap64(headerLen);
    if (headerLen > std::uint64_t(fileSize - 8))
        return formatError(context, QCoreApplication::translate("pare::core", "header length %1 at offset 0 exceeds the %2 "
                                                   "bytes that follow it")
                                        .arg(headerLen).arg(fileSize - 8));
    if (headerLen > std::uint64_t(kMaxHeaderBytes))
        return formatError(context, QCoreApplication::translate("pare::core", "header length %1 at offset 0 exceeds the %2-byte limit")
                                        .arg(headerLen).arg(kMaxHeaderBytes));
    if (headerLen < 2)
        return formatError(context, QCoreApplication::translate("pare::core", "header length %1 at offset 0 is too short for a "
                                                   "JSON object").arg(headerLen));
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(storage->data()) + 8,
                                                    qsizetype(headerLen));
    if (json.front() != '{')
        return formatError(context, QCoreApplication::translate("pare::core", "header at offset 8 does not start with '{'"));
    // Names must be valid UTF-8; Qt's JSON parser would substitute U+FFFD silently.
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(json);
        if (decoder.hasError())
            return formatError(context, QCoreApplication::translate("pare::core", "header at offset 8 is not valid UTF-8"));
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        return formatError(context, QCoreApplication::translate("pare::core", "header JSON invalid at offset %1: %2")
                                        .arg(8 + perr.offset).arg(perr.errorString()));
    if (!doc.isObject())
        return formatError(context, QCoreApplication::translate("pare::core", "header at offset 8 is not a JSON object"));
    const QJsonObject root = doc.object();
    const QList<QByteArray> keys = topLevelKeys(json);
    if (keys.size() != root.size()) {
        QSet<QByteArray> seen;
        for (const QByteArray &k : keys) {
            if (seen.contains(k))
                return formatError(context, QCoreApplication::translate("pare::core", "header: duplicate tensor name '%1'")
                                                .arg(QString::fromUtf8(k)));
            seen.insert(k);
        }
        return formatError(context, QCoreApplication::translate("pare::core", "header: duplicate tensor names (%1 keys, %2 distinct)")
                                        .arg(argText(keys.size()), argText(root.size())));
    }

    SafetensorsContents out;
    std::vector<Entry> entries;
    entries.reserve(std::size_t(root.size()));
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("__metadata__")) {
            if (!it.value().isObject())
                return formatError(context, QCoreApplication::translate("pare::core", "header: '__metadata__' is not an object"));
            const QJsonObject meta = it.value().toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m) {
                if (!m.value().isString())
                    return formatError(context, QCoreApplication::translate("pare::core", "header: '__metadata__' field '%1' "
                                                               "is not a string").arg(m.key()));
            }
            out.metadata = meta;
            continue;
        }
        auto e = parseEntry(it.key(), it.value(), context);
        if (!e.ok())
            return e.error();
        entries.push_back(std::move(e).value());
    }

    // The entries, sorted by offset, must tile the byte buffer exactly: no gaps, no overlaps.
    const std::int64_t dataStart = 8 + std::int64_t(headerLen);
    const std::int64_t bufferSize = fileSize - dataStart;
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    std::int64_t expected = 0;
    for (const Entry &e : entries) {
        if (e.end > bufferSize)
            return formatError(context, QCoreApplication::translate("pare::core", "header, tensor '%1': field 'data_offsets' "
                                                       "[%2, %3] lies beyond the %4-byte data buffer")
                                            .arg(argText(e.name), argText(e.begin), argText(e.end),
                                                 argText(bufferSize)));
        if (e.begin < expected)
            return formatError(context, QCoreApplication::translate("pare::core", "header, tensor '%1': field 'data_offsets' "
                                                       "[%2, %3] overlaps the previous tensor (ends at %4)")
                                            .arg(argText(e.name), argText(e.begin), argText(e.end),
                                                 argText(expected)));
        if (e.begin > expected)
            return formatError(context, QCoreApplication::translate("pare::core", "header, tensor '%1': field 'data_offsets' "
                                                       "[%2, %3] leaves a gap after offset %4")
                                            .arg(argText(e.name), argText(e.begin), argText(e.end),
                                                 argText(expected)));
        expected = e.end;
    }
    if (expected != bufferSize)
        return formatError(context, QCoreApplication::translate("pare::core", "header: tensors cover %1 bytes of the %2-byte data "
                                                   "buffer at offset %3")
                                        .arg(expected).arg(bufferSize).arg(dataStart));
    out.tensors.reserve(entries.size());
    for (Entry &e : entries) {
        // Writers pad the header to 8 bytes so data is aligned; a file that does not gets its
        // misaligned tensors copied, since kernels load elements at their natural alignment.
        const std::byte *src = storage->data() + dataStart + e.begin;
        const auto width = std::uintptr_t(dtypeInfo(e.dtype).blockBytes);
        if (reinterpret_cast<std::uintptr_t>(src) % width != 0) {
            auto t = Tensor::fromBytes(e.name, e.dtype, std::move(e.shape),
                                       std::vector<std::byte>(src, src + (e.end - e.begin)), context);
            if (!t.ok())
                return t.error();
            out.tensors.push_back(std::move(t).value());
            continue;
        }
        auto t = Tensor::view(e.name, e.dtype, std::move(e.shape), storage, dataStart + e.begin, context);
        if (!t.ok())
            return t.error();
        out.tensors.push_back(std::move(t).value());
    }
    return out;
}

Result<std::shared_ptr<Model>> readSafetensors(const QString &path, JobContext &ctx)
{
    auto file = MappedFile::open(path);
    if (!file.ok())
        return file.error();
    if (ctx.isCanceled())
        return Error::canceled();
    auto contents = parseSafetensors(std::move(file).value(), path);
    if (!contents.ok())
        return contents.error();
    auto model = std::make_shared<Model>();
    model->format = ModelFormat::Safetensors;
    model->path = path;
    model->metadata = contents->metadata;
    model->tensors = std::move(contents->tensors);
    model->reindex();
    assignLayers(*model);
    model->reindex();
    ctx.setProgress(1.0);
    return model;
}

} // namespace pare::core
