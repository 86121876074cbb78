// SPDX-License-Identifier: GPL-3.0-or-later
// A Hugging Face model directory: config.json plus model.safetensors, or shards listed by
// model.safetensors.index.json ("weight_map": tensor name → shard file name).
#include "hfarch.h"
#include "common/argtext.h"
#include "modelio.h"
#include "safetensors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace pare::core {

namespace {

// config.json and the index are small; anything far larger is not what it claims to be.
constexpr qint64 kMaxJsonFileBytes = 64 * 1024 * 1024;

Result<QJsonObject> readJsonObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot open: %2").arg(path, f.errorString())};
    if (f.size() > kMaxJsonFileBytes)
        return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: %2 bytes is too large for a JSON file "
                                                       "(limit %3)")
                                            .arg(argText(path), argText(f.size()),
                                                 argText(kMaxJsonFileBytes))};
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (perr.error != QJsonParseError::NoError)
        return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: invalid JSON at offset %2: %3")
                                            .arg(argText(path), argText(perr.offset),
                                                 argText(perr.errorString()))};
    if (!doc.isObject())
        return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: not a JSON object").arg(path)};
    return doc.object();
}

// Shard names come from a file: only plain names inside the directory are accepted.
bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
           && name != QLatin1String(".") && name != QLatin1String("..");
}

} // namespace

Result<std::shared_ptr<Model>> readHuggingFaceDir(const QString &dirPath, JobContext &ctx)
{
    const QDir dir(dirPath);
    if (!QFileInfo(dirPath).isDir())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("pare::core", "%1: not a directory").arg(dirPath)};
    const QString configPath = dir.filePath(QStringLiteral("config.json"));
    if (!QFileInfo::exists(configPath))
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("pare::core", "%1: no config.json in this directory").arg(dirPath)};
    auto config = readJsonObject(configPath);
    if (!config.ok())
        return config.error();

    // Which shards, and which tensor each must hold.
    QStringList shards;
    QHash<QString, QString> expected; // tensor → shard, from the index
    const QString indexPath = dir.filePath(QStringLiteral("model.safetensors.index.json"));
    if (QFileInfo::exists(indexPath)) {
        auto index = readJsonObject(indexPath);
        if (!index.ok())
            return index.error();
        const QJsonValue map = index->value(QLatin1String("weight_map"));
        if (!map.isObject())
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: field 'weight_map' missing or not an object").arg(indexPath)};
        const QJsonObject weightMap = map.toObject();
        for (auto it = weightMap.begin(); it != weightMap.end(); ++it) {
            const QString shard = it.value().toString();
            if (!it.value().isString() || !isPlainFileName(shard))
                return Error{ErrorCode::Format,
                             QCoreApplication::translate("pare::core", "%1: field 'weight_map', tensor '%2': '%3' is not a file "
                                            "name in this directory")
                                 .arg(indexPath, it.key(), shard)};
            expected.insert(it.key(), shard);
            if (!shards.contains(shard))
                shards << shard;
        }
        shards.sort();
        for (const QString &shard : shards) {
            if (!QFileInfo(dir.filePath(shard)).isFile())
                return Error{ErrorCode::NotFound,
                             QCoreApplication::translate("pare::core", "%1: shard '%2' named in field 'weight_map' is missing")
                                 .arg(indexPath, dir.filePath(shard))};
        }
    } else if (QFileInfo::exists(dir.filePath(QStringLiteral("model.safetensors")))) {
        shards << QStringLiteral("model.safetensors");
    } else {
        shards = dir.entryList({QStringLiteral("*.safetensors")}, QDir::Files, QDir::Name);
    }
    if (shards.isEmpty())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("pare::core", "%1: no model.safetensors, model.safetensors.index.json or "
                                    "*.safetensors file").arg(dirPath)};

    auto model = std::make_shared<Model>();
    model->format = ModelFormat::HuggingFaceDir;
    model->path = dirPath;
    QSet<QString> names;
    for (int s = 0; s < shards.size(); ++s) {
        if (ctx.isCanceled())
            return Error::canceled();
        const QString shardPath = dir.filePath(shards[s]);
        auto file = MappedFile::open(shardPath);
        if (!file.ok())
            return file.error();
        auto contents = parseSafetensors(std::move(file).value(), shardPath);
        if (!contents.ok())
            return contents.error();
        for (auto it = contents->metadata.begin(); it != contents->metadata.end(); ++it)
            model->metadata.insert(it.key(), it.value());
        for (Tensor &t : contents->tensors) {
            if (names.contains(t.name()))
                return Error{ErrorCode::Format,
                             QCoreApplication::translate("pare::core", "%1: tensor '%2' also appears in an earlier shard")
                                 .arg(shardPath, t.name())};
            if (!expected.isEmpty()) {
                const auto want = expected.constFind(t.name());
                if (want == expected.cend())
                    ctx.warning(QCoreApplication::translate("pare::core", "%1: tensor '%2' is not listed in %3")
                                    .arg(shardPath, t.name(), indexPath));
                else if (*want != shards[s])
                    return Error{ErrorCode::Format,
                                 QCoreApplication::translate("pare::core", "%1: field 'weight_map' places tensor '%2' in '%3', "
                                                "but it is in '%4'")
                                     .arg(indexPath, t.name(), *want, shards[s])};
            }
            names.insert(t.name());
            model->tensors.push_back(std::move(t));
        }
        ctx.setProgress(double(s + 1) / double(shards.size()),
                        QStringLiteral("Reading %1").arg(shards[s]));
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!names.contains(it.key()))
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: field 'weight_map' lists tensor '%2' in '%3', which "
                                        "does not hold it")
                             .arg(indexPath, it.key(), it.value())};
    }
    // config.json wins over shard metadata: it describes the architecture.
    for (auto it = config->begin(); it != config->end(); ++it)
        model->metadata.insert(it.key(), it.value());
    model->architecture = config->value(QLatin1String("model_type")).toString();
    model->reindex();
    assignLayers(*model);
    return model;
}

} // namespace pare::core
