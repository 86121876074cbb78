// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetensorswriter.h"

#include "common/argtext.h"
#include "common/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace pare::core {

namespace {

// Large tensors go out in slices so cancel and progress stay responsive.
constexpr std::int64_t kWriteSlice = 64 << 20;

void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    for (const char c : s.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 15];
        } else {
            out += c;
        }
    }
    out += '"';
}

// Written by hand: offsets must be JSON integers, and QJsonDocument prints large doubles with
// exponents, which strict readers reject.
Result<QByteArray> buildHeader(const std::vector<Tensor> &tensors, const QJsonObject &metadata,
                               const QString &path)
{
    QByteArray h = "{";
    bool first = true;
    if (!metadata.isEmpty()) {
        h += "\"__metadata__\":{";
        bool firstMeta = true;
        for (auto it = metadata.begin(); it != metadata.end(); ++it) {
            if (!firstMeta)
                h += ',';
            firstMeta = false;
            appendJsonString(h, it.key());
            h += ':';
            const QJsonValue v = it.value();
            if (v.isString())
                appendJsonString(h, v.toString());
            else if (v.isObject())
                appendJsonString(h, QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
            else if (v.isArray())
                appendJsonString(h, QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)));
            else
                appendJsonString(h, v.toVariant().toString());
        }
        h += '}';
        first = false;
    }
    std::int64_t offset = 0;
    for (const Tensor &t : tensors) {
        if (t.isNull() || dtypeInfo(t.dtype()).isBlockQuantized)
            return Error{ErrorCode::Unsupported,
                         QCoreApplication::translate("pare::core", "%1: tensor '%2': dtype %3 cannot be stored in safetensors")
                             .arg(path, t.name(), dtypeName(t.dtype()))};
        if (t.name() == QLatin1String("__metadata__"))
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "%1: a tensor cannot be named '__metadata__'").arg(path)};
        if (!first)
            h += ',';
        first = false;
        appendJsonString(h, t.name());
        h += ":{\"dtype\":\"";
        h += dtypeInfo(t.dtype()).name;
        h += "\",\"shape\":[";
        for (int i = 0; i < t.rank(); ++i) {
            if (i)
                h += ',';
            h += QByteArray::number(qint64(t.dim(i)));
        }
        h += "],\"data_offsets\":[";
        h += QByteArray::number(qint64(offset));
        h += ',';
        offset += t.byteSize();
        h += QByteArray::number(qint64(offset));
        h += "]}";
    }
    h += '}';
    // Pad with spaces so the data buffer starts 8-byte aligned, as the Rust writer does.
    while (h.size() % 8 != 0)
        h += ' ';
    return h;
}

} // namespace

Result<void> writeSafetensors(const std::vector<Tensor> &tensors, const QJsonObject &metadata,
                              const QString &path, JobContext &ctx)
{
    // Names must be unique: the header is a JSON object.
    QSet<QString> names;
    for (const Tensor &t : tensors) {
        if (names.contains(t.name()))
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "%1: tensor name '%2' appears twice").arg(path, t.name())};
        names.insert(t.name());
    }
    auto header = buildHeader(tensors, metadata, path);
    if (!header.ok())
        return header.error();
    std::int64_t total = 0;
    for (const Tensor &t : tensors)
        total += t.byteSize();
    return writeFileAtomically(path, [&](QIODevice &dev) -> Result<void> {
        const std::uint64_t n = std::uint64_t(header->size());
        char len[8];
        for (int i = 0; i < 8; ++i)
            len[i] = char((n >> (8 * i)) & 0xff);
        if (dev.write(len, 8) != 8 || dev.write(*header) != header->size())
            return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: write failed: %2").arg(path, dev.errorString())};
        std::int64_t done = 0;
        for (const Tensor &t : tensors) {
            for (std::int64_t off = 0; off < t.byteSize(); off += kWriteSlice) {
                if (ctx.isCanceled())
                    return Error::canceled();
                const std::int64_t n2 = std::min(kWriteSlice, t.byteSize() - off);
                if (dev.write(reinterpret_cast<const char *>(t.data()) + off, n2) != n2)
                    return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: writing tensor '%2' failed: %3")
                                                    .arg(path, t.name(), dev.errorString())};
                done += n2;
                ctx.setProgress(total > 0 ? double(done) / double(total) : 1.0);
            }
        }
        return {};
    });
}

Result<void> writeSafetensors(const std::vector<Tensor> &tensors, const QJsonObject &metadata,
                              const QString &path)
{
    JobContext ctx;
    return writeSafetensors(tensors, metadata, path, ctx);
}

Result<void> writeSafetensorsSharded(const std::vector<Tensor> &tensors, const QJsonObject &metadata,
                                     const QString &dirPath, std::int64_t maxShardBytes,
                                     const QJsonObject &config, JobContext &ctx)
{
    if (maxShardBytes <= 0)
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "%1: shard size %2 must be positive")
                             .arg(argText(dirPath), argText(maxShardBytes))};
    if (!QDir().mkpath(dirPath))
        return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot create directory").arg(dirPath)};
    const QDir dir(dirPath);
    // Greedy in order: a shard closes when the next tensor would push it past the limit.
    std::vector<std::vector<Tensor>> shards(1);
    std::int64_t shardBytes = 0, total = 0;
    for (const Tensor &t : tensors) {
        if (!shards.back().empty() && shardBytes + t.byteSize() > maxShardBytes) {
            shards.emplace_back();
            shardBytes = 0;
        }
        shards.back().push_back(t);
        shardBytes += t.byteSize();
        total += t.byteSize();
    }
    if (!config.isEmpty()) {
        PARE_TRY_VOID(writeFileAtomically(dir.filePath(QStringLiteral("config.json")),
                                          QJsonDocument(config).toJson(QJsonDocument::Indented)));
    }
    if (shards.size() == 1)
        return writeSafetensors(tensors, metadata, dir.filePath(QStringLiteral("model.safetensors")), ctx);

    QByteArray weightMap;
    const int n = int(shards.size());
    std::int64_t written = 0;
    for (int s = 0; s < n; ++s) {
        const QString name = QStringLiteral("model-%1-of-%2.safetensors")
                                 .arg(s + 1, 5, 10, QLatin1Char('0')).arg(n, 5, 10, QLatin1Char('0'));
        std::int64_t bytes = 0;
        for (const Tensor &t : shards[std::size_t(s)])
            bytes += t.byteSize();
        JobContext sub = ctx.subRange(total ? double(written) / double(total) : 0.0,
                                      total ? double(written + bytes) / double(total) : 1.0);
        PARE_TRY_VOID(writeSafetensors(shards[std::size_t(s)], metadata, dir.filePath(name), sub));
        written += bytes;
        for (const Tensor &t : shards[std::size_t(s)]) {
            weightMap += weightMap.isEmpty() ? "\n    " : ",\n    ";
            appendJsonString(weightMap, t.name());
            weightMap += ": ";
            appendJsonString(weightMap, name);
        }
    }
    const QByteArray index = "{\n  \"metadata\": {\"total_size\": " + QByteArray::number(qint64(total))
                             + "},\n  \"weight_map\": {" + weightMap + "\n  }\n}\n";
    return writeFileAtomically(dir.filePath(QStringLiteral("model.safetensors.index.json")), index);
}

} // namespace pare::core
