// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ggufexport.h"

#include "compress/quantizer.h"
#include "compress/weightmatrix.h"
#include "io/ggufreader.h"
#include "io/ggufwriter.h"
#include "tensor/convert.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <cstring>
#include <map>

namespace pare::core {

namespace {

enum class Arch { Gpt2, Llama, Unknown };

Arch archOf(const Model &model)
{
    const QString a = model.architecture.toLower();
    if (a == QLatin1String("gpt2"))
        return Arch::Gpt2;
    if (a == QLatin1String("llama") || a == QLatin1String("mistral"))
        return Arch::Llama;
    return Arch::Unknown;
}

QString archName(Arch a)
{
    return a == Arch::Gpt2 ? QStringLiteral("gpt2") : QStringLiteral("llama");
}

int metaInt(const QJsonObject &m, std::initializer_list<const char *> keys, int fallback)
{
    for (const char *k : keys) {
        const QJsonValue v = m.value(QLatin1String(k));
        if (v.isDouble())
            return v.toInt();
    }
    return fallback;
}

double metaDouble(const QJsonObject &m, std::initializer_list<const char *> keys, double fallback)
{
    for (const char *k : keys) {
        const QJsonValue v = m.value(QLatin1String(k));
        if (v.isDouble())
            return v.toDouble();
    }
    return fallback;
}

// Bytes of a ggml block type from Pare's codes: `count` values in groups of 32.
std::vector<std::byte> blocksFromEncoding(const ValueBlock &vb, DType type, std::int64_t count, bool *offsetExact)
{
    const DTypeInfo &info = dtypeInfo(type);
    const std::int64_t blocks = count / 32;
    std::vector<std::byte> out(static_cast<std::size_t>(blocks * info.blockBytes));
    auto put16 = [](std::byte *p, std::uint16_t v) {
        p[0] = std::byte(v & 0xff);
        p[1] = std::byte(v >> 8);
    };
    std::uint8_t codes[32];
    for (std::int64_t b = 0; b < blocks; ++b) {
        std::byte *p = out.data() + b * info.blockBytes;
        for (int j = 0; j < 32; ++j)
            codes[j] = std::uint8_t(unpackBits(vb.codes.data(), b * 32 + j, vb.bits));
        const std::uint16_t d = vb.scales[std::size_t(b)];
        put16(p, d);
        std::uint16_t m = 0;
        if (vb.asymmetric) {
            const float zero = float(unpackBits(vb.zeros.data(), b, vb.bits));
            const float offset = -zero * halfToFloat(d);
            m = floatToHalf(offset);
            if (halfToFloat(m) != offset && offsetExact)
                *offsetExact = false;
        }
        switch (type) {
        case DType::Q8_0:
            for (int j = 0; j < 32; ++j)
                p[2 + j] = std::byte(std::uint8_t(std::int8_t(int(codes[j]) - 128)));
            break;
        case DType::Q4_0:
        case DType::Q4_1: {
            std::byte *qs = p + (type == DType::Q4_0 ? 2 : 4);
            if (type == DType::Q4_1)
                put16(p + 2, m);
            for (int j = 0; j < 16; ++j)
                qs[j] = std::byte(std::uint8_t((codes[j] & 0x0f) | ((codes[j + 16] & 0x0f) << 4)));
            break;
        }
        case DType::Q5_0:
        case DType::Q5_1: {
            std::byte *qh = p + (type == DType::Q5_0 ? 2 : 4);
            if (type == DType::Q5_1)
                put16(p + 2, m);
            std::uint32_t h = 0;
            for (int j = 0; j < 32; ++j)
                h |= std::uint32_t((codes[j] >> 4) & 1) << j;
            for (int k = 0; k < 4; ++k)
                qh[k] = std::byte((h >> (8 * k)) & 0xff);
            std::byte *qs = qh + 4;
            for (int j = 0; j < 16; ++j)
                qs[j] = std::byte(std::uint8_t((codes[j] & 0x0f) | ((codes[j + 16] & 0x0f) << 4)));
            break;
        }
        default:
            break;
        }
    }
    return out;
}

// llama.cpp's Q/K row order for Hugging Face Llama weights (convert_hf_to_gguf.py permute()):
// within each head, rows (j, i) of the two rotary halves become (i, j).
std::vector<std::int64_t> ropePermutation(std::int64_t rows, int heads)
{
    std::vector<std::int64_t> src(static_cast<std::size_t>(rows));
    const std::int64_t hd = heads > 0 ? rows / heads : rows;
    for (std::int64_t r = 0; r < rows; ++r) {
        const std::int64_t h = r / hd, within = r % hd, i = within / 2, j = within % 2;
        src[std::size_t(r)] = h * hd + j * (hd / 2) + i;
    }
    return src;
}

template<typename T>
std::vector<T> permuteRows(const std::vector<T> &data, std::int64_t rows, const std::vector<std::int64_t> &src)
{
    const std::size_t rowLen = data.size() / std::size_t(rows);
    std::vector<T> out(data.size());
    for (std::int64_t r = 0; r < rows; ++r)
        std::memcpy(out.data() + std::size_t(r) * rowLen, data.data() + std::size_t(src[std::size_t(r)]) * rowLen,
                    rowLen * sizeof(T));
    return out;
}

// GPT-2's byte ↔ printable-character mapping (bytes_to_unicode in the reference tokenizer).
QString byteToken(int b)
{
    auto printable = [](int c) { return (c >= '!' && c <= '~') || (c >= 0xA1 && c <= 0xAC) || (c >= 0xAE && c <= 0xFF); };
    if (printable(b))
        return QString(QChar(b));
    int n = 0;
    for (int c = 0; c < b; ++c)
        if (!printable(c))
            ++n;
    return QString(QChar(256 + n));
}

struct Vocabulary
{
    QStringList tokens;
    std::vector<std::int32_t> types;
    QStringList merges;
    QString note;
};

Vocabulary vocabularyFor(const Model &model, std::int64_t vocabSize)
{
    Vocabulary v;
    QString dir;
    if (model.format == ModelFormat::HuggingFaceDir)
        dir = model.path;
    QFile f(dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("tokenizer.json")));
    if (!dir.isEmpty() && f.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject m = root.value(QStringLiteral("model")).toObject();
        if (m.value(QStringLiteral("type")).toString() == QLatin1String("BPE")) {
            std::vector<QString> byId(static_cast<std::size_t>(vocabSize));
            std::vector<std::int32_t> types(static_cast<std::size_t>(vocabSize), 1);
            const QJsonObject vocab = m.value(QStringLiteral("vocab")).toObject();
            for (auto it = vocab.begin(); it != vocab.end(); ++it) {
                const int id = it.value().toInt(-1);
                if (id >= 0 && id < vocabSize)
                    byId[std::size_t(id)] = it.key();
            }
            for (const QJsonValue &a : root.value(QStringLiteral("added_tokens")).toArray()) {
                const QJsonObject o = a.toObject();
                const int id = o.value(QStringLiteral("id")).toInt(-1);
                if (id >= 0 && id < vocabSize) {
                    byId[std::size_t(id)] = o.value(QStringLiteral("content")).toString();
                    types[std::size_t(id)] = o.value(QStringLiteral("special")).toBool() ? 3 : 4;
                }
            }
            for (std::int64_t i = 0; i < vocabSize; ++i) {
                if (byId[std::size_t(i)].isEmpty()) {
                    byId[std::size_t(i)] = QStringLiteral("[PAD%1]").arg(i);
                    types[std::size_t(i)] = 5;
                }
                v.tokens.append(byId[std::size_t(i)]);
            }
            v.types = types;
            for (const QJsonValue &mv : m.value(QStringLiteral("merges")).toArray()) {
                if (mv.isString())
                    v.merges.append(mv.toString());
                else if (mv.isArray() && mv.toArray().size() == 2)
                    v.merges.append(mv.toArray().at(0).toString() + QLatin1Char(' ') + mv.toArray().at(1).toString());
            }
            v.note = QCoreApplication::translate("pare::core", "tokenizer: BPE from tokenizer.json (%1 tokens, %2 merges)")
                             .arg(v.tokens.size())
                             .arg(v.merges.size());
            return v;
        }
    }
    // Byte-level: token b is byte b, spelled as GPT-2's byte-level BPE spells it, no merges.
    for (std::int64_t i = 0; i < vocabSize; ++i) {
        if (i < 256) {
            v.tokens.append(byteToken(int(i)));
            v.types.push_back(1);
        } else {
            v.tokens.append(QStringLiteral("[PAD%1]").arg(i));
            v.types.push_back(5);
        }
    }
    v.note = QCoreApplication::translate("pare::core", "tokenizer: no tokenizer.json; wrote a byte vocabulary (token b = byte b)");
    return v;
}

std::uint32_t fileTypeOf(DType t)
{
    switch (t) {
    case DType::F32: return 0;
    case DType::F16: return 1;
    case DType::Q4_0: return 2;
    case DType::Q4_1: return 3;
    case DType::Q8_0: return 7;
    case DType::Q5_0: return 8;
    case DType::Q5_1: return 9;
    case DType::BF16: return 32;
    default: return 1;
    }
}

} // namespace

std::optional<DType> exactGgufType(const EncodedTensor &enc, bool *offsetExact)
{
    if (offsetExact)
        *offsetExact = true;
    if (enc.kind != EncodingKind::Dense || !enc.keptRows.empty() || !enc.keptCols.empty())
        return std::nullopt;
    const ValueBlock &vb = enc.values;
    switch (vb.format) {
    case ValueFormat::F32:
        return DType::F32;
    case ValueFormat::F16:
        return DType::F16;
    case ValueFormat::BF16:
        return DType::BF16;
    case ValueFormat::Fp8E4M3:
    case ValueFormat::Fp8E5M2:
        return std::nullopt;
    case ValueFormat::Int:
        break;
    }
    if (vb.granularity != QuantGranularity::Group || vb.groupSize != 32 || vb.streamGroups || enc.cols % 32 != 0)
        return std::nullopt;
    std::optional<DType> t;
    if (vb.bits == 8 && !vb.asymmetric)
        t = DType::Q8_0;
    else if (vb.bits == 4)
        t = vb.asymmetric ? DType::Q4_1 : DType::Q4_0;
    else if (vb.bits == 5)
        t = vb.asymmetric ? DType::Q5_1 : DType::Q5_0;
    if (t && vb.asymmetric && offsetExact) {
        bool exact = true;
        (void)blocksFromEncoding(vb, *t, enc.rows * enc.cols, &exact);
        *offsetExact = exact;
    }
    return t;
}

GgufTypeChoice nearestGgufType(const std::optional<PruneSpec> &prune, const std::optional<QuantSpec> &quant,
                               const std::optional<LowRankSpec> &lowrank, std::int64_t cols)
{
    GgufTypeChoice c;
    QStringList why;
    if (prune)
        why << QCoreApplication::translate("pare::core", "pruning (%1) is not representable; llama.cpp keeps the weights dense").arg(describe(*prune));
    if (lowrank)
        why << QCoreApplication::translate("pare::core", "low-rank (%1) is not representable; llama.cpp keeps the weights dense").arg(describe(*lowrank));
    if (!quant) {
        c.type = DType::F16;
        c.exact = why.isEmpty();
        if (why.isEmpty())
            why << QCoreApplication::translate("pare::core", "kept at full precision (written as F16)");
        c.note = why.join(QStringLiteral("; "));
        return c;
    }
    const QuantSpec &q = *quant;
    bool exact = why.isEmpty();
    switch (q.format) {
    case QuantFormat::F16:
        c.type = DType::F16;
        break;
    case QuantFormat::BF16:
        c.type = DType::BF16;
        break;
    case QuantFormat::Fp8E4M3:
    case QuantFormat::Fp8E5M2:
        c.type = DType::Q8_0;
        exact = false;
        why << QCoreApplication::translate("pare::core", "%1 has no ggml type; Q8_0 is the nearest").arg(describe(q));
        break;
    case QuantFormat::Int: {
        const bool asym = q.scheme == QuantScheme::Asymmetric;
        if (q.bits >= 8) {
            c.type = DType::Q8_0;
            if (asym) {
                exact = false;
                why << QCoreApplication::translate("pare::core", "asymmetric 8-bit has no ggml weight type; Q8_0 is symmetric");
            }
        } else if (q.bits == 6) {
            c.type = DType::Q6_K;
            exact = false;
            why << QCoreApplication::translate("pare::core", "6-bit maps to Q6_K (super-blocks of 256, 6.56 bits/weight)");
        } else if (q.bits == 5) {
            c.type = asym ? DType::Q5_1 : DType::Q5_0;
        } else if (q.bits == 4) {
            c.type = asym ? DType::Q4_1 : DType::Q4_0;
        } else if (q.bits == 3) {
            c.type = DType::Q3_K;
            exact = false;
            why << QCoreApplication::translate("pare::core", "3-bit maps to Q3_K (super-blocks of 256)");
        } else {
            c.type = DType::Q2_K;
            exact = false;
            why << QCoreApplication::translate("pare::core", "%1-bit maps to Q2_K (super-blocks of 256)").arg(q.bits);
        }
        if (q.bits == 4 || q.bits == 5 || (q.bits == 8 && !asym)) {
            if (q.granularity != QuantGranularity::Group || q.groupSize != 32) {
                exact = false;
                why << QCoreApplication::translate("pare::core", "%1: ggml blocks are groups of 32 with F16 scales").arg(describe(q));
            }
            if (q.clip != ClipMethod::None) {
                exact = false;
                why << QCoreApplication::translate("pare::core", "llama-quantize rounds to nearest without MSE clipping");
            }
        }
        if (cols % 32 != 0) {
            exact = false;
            why << QCoreApplication::translate("pare::core", "%1 inputs are not a multiple of 32; llama-quantize falls back").arg(cols);
        }
        break;
    }
    }
    c.exact = exact;
    c.note = why.join(QStringLiteral("; "));
    return c;
}

QString ggufTensorName(const Model &model, const QString &tensorName)
{
    if (model.format == ModelFormat::Gguf)
        return tensorName;
    const Arch arch = archOf(model);
    struct Rule
    {
        const char *pattern;
        const char *replacement;
    };
    static const Rule gpt2[] = {
            {R"(^(?:transformer\.)?wte\.weight$)", "token_embd.weight"},
            {R"(^(?:transformer\.)?wpe\.weight$)", "position_embd.weight"},
            {R"(^(?:transformer\.)?ln_f\.(weight|bias)$)", "output_norm.\\1"},
            {R"(^lm_head\.weight$)", "output.weight"},
            {R"(^(?:transformer\.)?h\.(\d+)\.ln_1\.(weight|bias)$)", "blk.\\1.attn_norm.\\2"},
            {R"(^(?:transformer\.)?h\.(\d+)\.attn\.c_attn\.(weight|bias)$)", "blk.\\1.attn_qkv.\\2"},
            {R"(^(?:transformer\.)?h\.(\d+)\.attn\.c_proj\.(weight|bias)$)", "blk.\\1.attn_output.\\2"},
            {R"(^(?:transformer\.)?h\.(\d+)\.ln_2\.(weight|bias)$)", "blk.\\1.ffn_norm.\\2"},
            {R"(^(?:transformer\.)?h\.(\d+)\.mlp\.c_fc\.(weight|bias)$)", "blk.\\1.ffn_up.\\2"},
            {R"(^(?:transformer\.)?h\.(\d+)\.mlp\.c_proj\.(weight|bias)$)", "blk.\\1.ffn_down.\\2"},
    };
    static const Rule llama[] = {
            {R"(^(?:model\.)?embed_tokens\.weight$)", "token_embd.weight"},
            {R"(^(?:model\.)?norm\.weight$)", "output_norm.weight"},
            {R"(^lm_head\.weight$)", "output.weight"},
            {R"(^(?:model\.)?layers\.(\d+)\.self_attn\.q_proj\.(weight|bias)$)", "blk.\\1.attn_q.\\2"},
            {R"(^(?:model\.)?layers\.(\d+)\.self_attn\.k_proj\.(weight|bias)$)", "blk.\\1.attn_k.\\2"},
            {R"(^(?:model\.)?layers\.(\d+)\.self_attn\.v_proj\.(weight|bias)$)", "blk.\\1.attn_v.\\2"},
            {R"(^(?:model\.)?layers\.(\d+)\.self_attn\.o_proj\.(weight|bias)$)", "blk.\\1.attn_output.\\2"},
            {R"(^(?:model\.)?layers\.(\d+)\.mlp\.gate_proj\.weight$)", "blk.\\1.ffn_gate.weight"},
            {R"(^(?:model\.)?layers\.(\d+)\.mlp\.up_proj\.weight$)", "blk.\\1.ffn_up.weight"},
            {R"(^(?:model\.)?layers\.(\d+)\.mlp\.down_proj\.weight$)", "blk.\\1.ffn_down.weight"},
            {R"(^(?:model\.)?layers\.(\d+)\.input_layernorm\.weight$)", "blk.\\1.attn_norm.weight"},
            {R"(^(?:model\.)?layers\.(\d+)\.post_attention_layernorm\.weight$)", "blk.\\1.ffn_norm.weight"},
    };
    auto apply = [&](const Rule *rules, std::size_t n) -> QString {
        for (std::size_t i = 0; i < n; ++i) {
            const QRegularExpression re(QLatin1String(rules[i].pattern));
            const QRegularExpressionMatch m = re.match(tensorName);
            if (!m.hasMatch())
                continue;
            QString out = QLatin1String(rules[i].replacement);
            for (int g = m.lastCapturedIndex(); g >= 1; --g)
                out.replace(QStringLiteral("\\%1").arg(g), m.captured(g));
            return out;
        }
        return {};
    };
    if (arch == Arch::Gpt2)
        return apply(gpt2, std::size(gpt2));
    if (arch == Arch::Llama)
        return apply(llama, std::size(llama));
    return {};
}

Result<GgufExportSummary> writeGgufExport(const Model &model, const Variant &variant, const QString &path,
                                          JobContext &ctx)
{
    const Arch arch = archOf(model);
    const bool gguf = model.format == ModelFormat::Gguf;
    if (model.family != ModelFamily::LanguageModel || (!gguf && model.format != ModelFormat::HuggingFaceDir)
        || (!gguf && arch == Arch::Unknown))
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: GGUF export needs a gpt2 or llama language model from a Hugging Face "
                                    "directory or a GGUF file (this is %2, architecture '%3')")
                             .arg(model.path, modelFormatName(model.format), model.architecture)};
    GgufExportSummary summary;
    summary.architecture = gguf ? model.architecture : archName(arch);
    const QJsonObject &cfg = model.metadata;
    const int heads = metaInt(cfg, {"n_head", "num_attention_heads"}, 0);
    const int kvHeads = metaInt(cfg, {"num_key_value_heads"}, heads);

    // Which layer (and compressed layer) owns each tensor as its weight or bias.
    QHash<int, int> weightLayer, biasLayer;
    for (int li = 0; li < int(model.layers.size()); ++li) {
        const Layer &l = model.layers[std::size_t(li)];
        if (l.weight >= 0 && (!weightLayer.contains(l.weight) || !l.tiedTo)) {
            const bool changed = li < int(variant.layers.size()) && variant.layers[std::size_t(li)].changed;
            const int prev = weightLayer.value(l.weight, -1);
            const bool prevChanged = prev >= 0 && prev < int(variant.layers.size())
                                     && variant.layers[std::size_t(prev)].changed;
            if (prev < 0 || (changed && !prevChanged) || (!l.tiedTo && changed == prevChanged))
                weightLayer.insert(l.weight, li);
        }
        if (l.bias >= 0)
            biasLayer.insert(l.bias, li);
    }

    std::vector<GgufWriteTensor> out;
    QSet<QString> written;
    std::map<DType, std::int64_t> paramsByType;
    for (int ti = 0; ti < int(model.tensors.size()); ++ti) {
        if (ctx.isCanceled())
            return Error::canceled();
        const Tensor &t = model.tensors[std::size_t(ti)];
        const QString name = ggufTensorName(model, t.name());
        if (name.isEmpty()) {
            if (!t.name().endsWith(QLatin1String(".attn.bias")) && !t.name().endsWith(QLatin1String(".attn.masked_bias")))
                summary.notes.append(QCoreApplication::translate("pare::core", "%1: not loaded by llama.cpp, left out").arg(t.name()));
            continue;
        }
        if (written.contains(name))
            continue;
        written.insert(name);
        const bool permute = !gguf && arch == Arch::Llama
                             && (name.endsWith(QLatin1String("attn_q.weight")) || name.endsWith(QLatin1String("attn_k.weight"))
                                 || name.endsWith(QLatin1String("attn_q.bias")) || name.endsWith(QLatin1String("attn_k.bias")));
        const int permHeads = name.contains(QLatin1String("attn_k")) ? kvHeads : heads;
        if (permute && permHeads <= 0)
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: config.json lacks num_attention_heads, needed to reorder %2").arg(model.path, t.name())};
        const int li = weightLayer.value(ti, -1);
        const CompressedLayer *cl = li >= 0 && li < int(variant.layers.size()) && variant.layers[std::size_t(li)].changed
                                                    && variant.layers[std::size_t(li)].encoding
                                            ? &variant.layers[std::size_t(li)]
                                            : nullptr;
        GgufExportedTensor info;
        info.source = t.name();
        info.name = name;
        if (cl) {
            const EncodedTensor &enc = *cl->encoding;
            bool offsetExact = true;
            const std::optional<DType> type = exactGgufType(enc, &offsetExact);
            const std::vector<std::int64_t> perm = permute ? ropePermutation(enc.rows, permHeads) : std::vector<std::int64_t>{};
            if (type && (*type == DType::F16 || *type == DType::BF16 || *type == DType::F32)) {
                std::vector<std::byte> raw(enc.values.codes.size());
                std::memcpy(raw.data(), enc.values.codes.data(), raw.size());
                if (permute)
                    raw = permuteRows(raw, enc.rows, perm);
                auto tensor = Tensor::fromBytes(name, *type, {enc.rows, enc.cols}, std::move(raw), path);
                if (!tensor)
                    return tensor.error();
                out.push_back({*tensor, *type, {}});
                info.type = *type;
                info.fromEncoding = true;
            } else if (type) {
                std::vector<std::byte> raw = blocksFromEncoding(enc.values, *type, enc.rows * enc.cols, nullptr);
                if (permute)
                    raw = permuteRows(raw, enc.rows, perm);
                auto tensor = Tensor::fromBytes(name, *type, {enc.rows, enc.cols}, std::move(raw), path);
                if (!tensor)
                    return tensor.error();
                out.push_back({*tensor, *type, {}});
                info.type = *type;
                info.fromEncoding = true;
                if (!offsetExact)
                    summary.notes.append(QCoreApplication::translate("pare::core", "%1: %2 with offsets rounded to F16 (−zero·scale is not exact "
                                                        "in F16 for some groups)").arg(name, dtypeName(*type)));
            } else {
                std::vector<float> m = enc.decode();
                if (permute)
                    m = permuteRows(m, enc.rows, perm);
                out.push_back({Tensor::fromFloats(name, {enc.rows, enc.cols}, std::move(m)), DType::F16, {}});
                info.type = DType::F16;
                summary.notes.append(QCoreApplication::translate("pare::core", "%1: %2 has no ggml block format; written as its reconstruction "
                                                    "in F16").arg(name, cl->method));
            }
            info.shape = {enc.rows, enc.cols};
        } else if (gguf) {
            out.push_back({t, t.dtype(), name});
            info.type = t.dtype();
            info.shape = t.shape();
        } else {
            // Unchanged Hugging Face tensor: out × in for weights, as stored otherwise.
            const DType type = (t.dtype() == DType::F16 || t.dtype() == DType::BF16) && t.rank() >= 2 ? t.dtype() : DType::F32;
            std::vector<float> values;
            Shape shape = t.shape();
            if (li >= 0 && t.rank() == 2) {
                auto wm = toWeightMatrix(model.layers[std::size_t(li)], t);
                if (!wm)
                    return wm.error();
                values = std::move(wm->values);
                shape = {wm->rows, wm->cols};
            } else {
                values = t.toFloatVector();
            }
            const int bl = biasLayer.value(ti, -1);
            if (bl >= 0 && bl < int(variant.layers.size()) && variant.layers[std::size_t(bl)].changed
                && variant.layers[std::size_t(bl)].encoding && !variant.layers[std::size_t(bl)].encoding->keptRows.empty()) {
                std::vector<float> zeroed(values.size(), 0.0f);
                for (std::uint32_t r : variant.layers[std::size_t(bl)].encoding->keptRows)
                    if (r < zeroed.size())
                        zeroed[r] = values[r];
                values = std::move(zeroed);
            }
            if (permute)
                values = permuteRows(values, shape[0], ropePermutation(shape[0], permHeads));
            out.push_back({Tensor::fromFloats(name, shape, std::move(values)), type, {}});
            info.type = type;
            info.shape = shape;
        }
        if (info.shape.size() >= 2)
            paramsByType[info.type] += t.numel();
        summary.tensors.push_back(info);
    }

    std::vector<GgufKeyValue> meta;
    DType dominant = DType::F32;
    std::int64_t best = -1;
    for (const auto &[type, n] : paramsByType)
        if (n > best) {
            best = n;
            dominant = type;
        }
    if (gguf) {
        auto kv = readGgufMetadata(model.path, ctx);
        if (!kv)
            return kv.error();
        meta = std::move(*kv);
        bool found = false;
        for (GgufKeyValue &e : meta)
            if (e.key == QLatin1String("general.file_type")) {
                e.value = GgufValue::u32(fileTypeOf(dominant));
                found = true;
            }
        if (!found)
            meta.push_back({QStringLiteral("general.file_type"), GgufValue::u32(fileTypeOf(dominant))});
    } else {
        const QString a = archName(arch);
        auto key = [&](const char *k) -> QString { return a + QLatin1Char('.') + QLatin1String(k); };
        const Tensor *emb = nullptr;
        for (const GgufExportedTensor &e : summary.tensors)
            if (e.name == QLatin1String("token_embd.weight"))
                emb = model.tensor(e.source);
        const std::int64_t vocab = emb ? emb->dim(0) : metaInt(cfg, {"vocab_size"}, 0);
        const int width = metaInt(cfg, {"n_embd", "hidden_size"}, emb ? int(emb->dim(1)) : 0);
        const int layers = metaInt(cfg, {"n_layer", "num_hidden_layers"}, 0);
        meta.push_back({QStringLiteral("general.architecture"), GgufValue::str(a)});
        meta.push_back({QStringLiteral("general.name"), GgufValue::str(QFileInfo(model.path).fileName())});
        meta.push_back({QStringLiteral("general.file_type"), GgufValue::u32(fileTypeOf(dominant))});
        meta.push_back({QStringLiteral("general.quantized_by"), GgufValue::str(QStringLiteral("Pare"))});
        if (arch == Arch::Gpt2) {
            const QJsonValue inner = cfg.value(QStringLiteral("n_inner"));
            meta.push_back({key("context_length"), GgufValue::u32(std::uint32_t(metaInt(cfg, {"n_positions", "n_ctx"}, 1024)))});
            meta.push_back({key("embedding_length"), GgufValue::u32(std::uint32_t(width))});
            meta.push_back({key("feed_forward_length"),
                            GgufValue::u32(std::uint32_t(inner.isDouble() ? inner.toInt() : 4 * width))});
            meta.push_back({key("block_count"), GgufValue::u32(std::uint32_t(layers))});
            meta.push_back({key("attention.head_count"), GgufValue::u32(std::uint32_t(heads))});
            meta.push_back({key("attention.layer_norm_epsilon"),
                            GgufValue::f32(float(metaDouble(cfg, {"layer_norm_epsilon"}, 1e-5)))});
        } else {
            const int headDim = metaInt(cfg, {"head_dim"}, heads > 0 ? width / heads : 0);
            meta.push_back({key("context_length"),
                            GgufValue::u32(std::uint32_t(metaInt(cfg, {"max_position_embeddings"}, 2048)))});
            meta.push_back({key("embedding_length"), GgufValue::u32(std::uint32_t(width))});
            meta.push_back({key("block_count"), GgufValue::u32(std::uint32_t(layers))});
            meta.push_back({key("feed_forward_length"), GgufValue::u32(std::uint32_t(metaInt(cfg, {"intermediate_size"}, 0)))});
            meta.push_back({key("attention.head_count"), GgufValue::u32(std::uint32_t(heads))});
            meta.push_back({key("attention.head_count_kv"), GgufValue::u32(std::uint32_t(kvHeads))});
            meta.push_back({key("attention.layer_norm_rms_epsilon"),
                            GgufValue::f32(float(metaDouble(cfg, {"rms_norm_eps"}, 1e-6)))});
            meta.push_back({key("rope.freq_base"), GgufValue::f32(float(metaDouble(cfg, {"rope_theta"}, 10000.0)))});
            meta.push_back({key("rope.dimension_count"), GgufValue::u32(std::uint32_t(headDim))});
            meta.push_back({key("vocab_size"), GgufValue::u32(std::uint32_t(vocab))});
            if (cfg.contains(QStringLiteral("rope_scaling")) && !cfg.value(QStringLiteral("rope_scaling")).isNull())
                summary.notes.append(QCoreApplication::translate("pare::core", "config.json rope_scaling is not carried over"));
        }
        const Vocabulary v = vocabularyFor(model, vocab);
        meta.push_back({QStringLiteral("tokenizer.ggml.model"), GgufValue::str(QStringLiteral("gpt2"))});
        meta.push_back({QStringLiteral("tokenizer.ggml.pre"),
                        GgufValue::str(arch == Arch::Gpt2 ? QStringLiteral("gpt-2") : QStringLiteral("default"))});
        meta.push_back({QStringLiteral("tokenizer.ggml.tokens"), GgufValue::stringArray(v.tokens)});
        meta.push_back({QStringLiteral("tokenizer.ggml.token_type"),
                        GgufValue::scalarArray(GgufValueType::I32, v.types.data(), std::int64_t(v.types.size()))});
        meta.push_back({QStringLiteral("tokenizer.ggml.merges"), GgufValue::stringArray(v.merges)});
        const int bos = metaInt(cfg, {"bos_token_id"}, -1), eos = metaInt(cfg, {"eos_token_id"}, -1);
        if (bos >= 0 && bos < vocab)
            meta.push_back({QStringLiteral("tokenizer.ggml.bos_token_id"), GgufValue::u32(std::uint32_t(bos))});
        if (eos >= 0 && eos < vocab)
            meta.push_back({QStringLiteral("tokenizer.ggml.eos_token_id"), GgufValue::u32(std::uint32_t(eos))});
        summary.notes.append(v.note);
    }
    if (auto w = writeGguf(path, meta, out, ctx); !w)
        return w.error();
    return summary;
}

} // namespace pare::core
