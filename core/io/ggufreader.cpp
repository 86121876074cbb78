// SPDX-License-Identifier: GPL-3.0-or-later
#include "ggufreader.h"

#include "io/modelio.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <span>

namespace pare::core {

namespace {

struct NameRole
{
    const char *name; // llama.cpp's tensor base name (per block for block tensors)
    OpKind op;
    const char *role;
};

// llama.cpp's LLM_TENSOR_NAMES for the common decoder layout.
constexpr NameRole kModelTensors[] = {
    {"token_embd", OpKind::Embedding, "embed"},
    {"position_embd", OpKind::Embedding, "embed.pos"},
    {"output", OpKind::Dense, "lm_head"},
    {"output_norm", OpKind::Norm, "norm.final"},
};
constexpr NameRole kBlockTensors[] = {
    {"attn_q", OpKind::Dense, "attn.q"},        {"attn_k", OpKind::Dense, "attn.k"},
    {"attn_v", OpKind::Dense, "attn.v"},        {"attn_output", OpKind::Dense, "attn.o"},
    {"attn_qkv", OpKind::Dense, "attn.qkv"},    {"ffn_gate", OpKind::Dense, "mlp.gate"},
    {"ffn_up", OpKind::Dense, "mlp.up"},        {"ffn_down", OpKind::Dense, "mlp.down"},
    {"attn_norm", OpKind::Norm, "norm.attn"},   {"ffn_norm", OpKind::Norm, "norm.mlp"},
};

Layer layerFor(const QString &base, const Tensor &weight)
{
    static const QRegularExpression blockName(QStringLiteral("^blk\\.(\\d+)\\.(.+)$"));
    Layer l;
    l.name = base;
    QString local = base;
    const auto m = blockName.match(base);
    if (m.hasMatch()) {
        bool ok = false;
        const int block = m.captured(1).toInt(&ok);
        l.block = ok ? block : -1;
        local = m.captured(2);
    }
    l.opType = local;
    bool known = false;
    for (const NameRole &r : m.hasMatch() ? std::span<const NameRole>(kBlockTensors)
                                          : std::span<const NameRole>(kModelTensors)) {
        if (local == QLatin1String(r.name)) {
            l.op = r.op;
            l.role = QLatin1String(r.role);
            known = true;
            break;
        }
    }
    if (!known) {
        // Architectures beyond the common layout (q/k norms, MoE experts, SSM): a 2-D weight is a
        // matrix in ggml's [out, in] order; anything else has no channel structure we know of.
        if (local.endsWith(QLatin1String("norm")))
            l.op = OpKind::Norm;
        else if (weight.rank() == 2)
            l.op = OpKind::Dense;
        else
            l.op = OpKind::Other;
    }
    l.layout = (l.op == OpKind::Dense || l.op == OpKind::Embedding) && weight.rank() == 2
        ? WeightLayout::OutIn : WeightLayout::Vector;
    return l;
}

} // namespace

void buildGgufLayers(Model &model)
{
    model.reindex();
    const QLatin1String weightSuffix(".weight"), biasSuffix(".bias");
    for (int i = 0; i < int(model.tensors.size()); ++i) {
        const Tensor &t = model.tensors[std::size_t(i)];
        if (!t.name().endsWith(weightSuffix))
            continue;
        const QString base = t.name().chopped(weightSuffix.size());
        Layer l = layerFor(base, t);
        l.weight = i;
        l.bias = model.tensorIndex(base + biasSuffix);
        model.layers.push_back(std::move(l));
    }
    const int embed = model.tensorIndex(QStringLiteral("token_embd.weight"));
    if (model.tensorIndex(QStringLiteral("output.weight")) < 0 && embed >= 0) {
        // llama.cpp reuses the token embedding as the output projection when output is absent.
        Layer head;
        head.name = QStringLiteral("output");
        head.op = OpKind::Dense;
        head.opType = QStringLiteral("output");
        head.role = QStringLiteral("lm_head");
        head.weight = embed;
        head.layout = WeightLayout::OutIn;
        head.tiedTo = true;
        model.layers.push_back(std::move(head));
    }
    model.reindex();
}

Result<std::shared_ptr<Model>> readGgufFromStorage(std::shared_ptr<const Storage> storage,
                                                   const QString &name, JobContext &ctx)
{
    if (!storage)
        return Error{ErrorCode::Internal, QCoreApplication::translate("pare::core", "%1: no storage").arg(name)};
    auto parsed = parseGgufHeader(*storage, name, false, ctx);
    if (!parsed)
        return parsed.error();
    GgufHeader &header = parsed.value();

    auto model = std::make_shared<Model>();
    model->format = ModelFormat::Gguf;
    model->path = name;
    model->family = ModelFamily::LanguageModel;
    for (const GgufKeyValue &kv : header.metadata)
        model->metadata.insert(kv.key, kv.value.toJson());
    if (const GgufValue *arch = header.value(QStringLiteral("general.architecture"));
        arch && arch->type == GgufValueType::String)
        model->architecture = QString::fromUtf8(arch->string);

    model->tensors.reserve(header.tensors.size());
    for (const GgufTensorInfo &info : header.tensors) {
        if (ctx.isCanceled())
            return Error::canceled();
        // Ranges were checked by the parser; view() checks them once more against the storage.
        auto t = Tensor::view(info.name, info.dtype, info.shape(), storage,
                              header.dataOffset + std::int64_t(info.offset), name);
        if (!t)
            return t.error();
        model->tensors.push_back(std::move(t).value());
    }
    buildGgufLayers(*model);
    ctx.setProgress(1.0);
    return model;
}

Result<std::shared_ptr<Model>> readGguf(const QString &path, JobContext &ctx)
{
    auto file = MappedFile::open(path);
    if (!file)
        return file.error();
    return readGgufFromStorage(std::move(file).value(), path, ctx);
}

Result<std::vector<GgufKeyValue>> readGgufMetadata(const QString &path, JobContext &ctx)
{
    auto file = MappedFile::open(path);
    if (!file)
        return file.error();
    auto header = parseGgufHeader(**file, path, true, ctx);
    if (!header)
        return header.error();
    return std::move(header->metadata);
}

} // namespace pare::core
