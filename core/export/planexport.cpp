// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/planexport.h"

#include "export/ggufexport.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>

namespace pare::core {

namespace {

QString ggmlName(DType t)
{
    return dtypeName(t).toLower();
}

QString yamlString(const QString &s)
{
    QString e = s;
    e.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + e + QLatin1Char('"');
}

QString yamlList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &s : items)
        quoted << yamlString(s);
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString shellQuote(const QString &s)
{
    QString e = s;
    e.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + e + QLatin1Char('\'');
}

// The layer's module name as PyTorch names it (Pare's layer names for HF models already are).
QString moduleName(const Model &model, const Layer &layer)
{
    if (layer.weight >= 0) {
        QString n = model.tensors[std::size_t(layer.weight)].name();
        if (n.endsWith(QLatin1String(".weight")))
            return n.left(n.size() - 7);
    }
    return layer.name;
}

} // namespace

Result<PlanExport> llamaQuantizeArguments(const Model &model, const std::vector<LayerPlan> &plans)
{
    if (model.family != ModelFamily::LanguageModel)
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: llama-quantize arguments need a language model").arg(model.path)};
    PlanExport out;
    struct Entry
    {
        QString name; // GGUF name
        QString role; // name without "blk.N."
        DType type;
        std::int64_t params;
    };
    std::vector<Entry> entries;
    int exact = 0;
    for (const LayerPlan &p : plans) {
        if (p.layer < 0 || p.layer >= int(model.layers.size()))
            continue;
        const Layer &layer = model.layers[std::size_t(p.layer)];
        if (layer.weight < 0 || layer.tiedTo)
            continue;
        const Tensor &w = model.tensors[std::size_t(layer.weight)];
        if (w.rank() < 2)
            continue;
        const QString name = ggufTensorName(model, w.name());
        if (name.isEmpty())
            continue;
        const std::int64_t cols = w.numel() / std::max<std::int64_t>(1, layer.outFeatures(w));
        GgufTypeChoice c;
        if (!p.changesWeights()) {
            c.type = w.dtype() == DType::F16 || w.dtype() == DType::BF16 || dtypeInfo(w.dtype()).isBlockQuantized
                             ? w.dtype()
                             : DType::F32;
            c.exact = true;
        } else {
            c = nearestGgufType(p.prune, p.quantize, p.lowrank, cols);
        }
        if (c.exact)
            ++exact;
        else
            out.notes.append((p.changesWeights()
                                  ? QCoreApplication::translate("pare::core", "%1 (%2): plan changed → %3: %4")
                                  : QCoreApplication::translate("pare::core", "%1 (%2): plan kept → %3: %4"))
                                     .arg(name, p.name, dtypeName(c.type), c.note));
        QString role = name;
        role.remove(QRegularExpression(QStringLiteral("^blk\\.\\d+\\.")));
        entries.push_back({name, role, c.type, w.numel()});
    }
    if (entries.empty())
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: no tensor of this model has a llama.cpp name (gpt2 and llama are "
                                    "supported)").arg(model.path)};
    // Base type: most parameters among block tensors.
    std::map<DType, std::int64_t> byType;
    for (const Entry &e : entries)
        if (e.name.startsWith(QLatin1String("blk.")))
            byType[e.type] += e.params;
    DType base = entries.front().type;
    std::int64_t best = -1;
    for (const auto &[t, n] : byType)
        if (n > best) {
            best = n;
            base = t;
        }
    QStringList args{QStringLiteral("llama-quantize"), QStringLiteral("--pure")};
    std::map<QString, std::vector<const Entry *>> byRole;
    for (const Entry &e : entries) {
        if (e.name == QLatin1String("token_embd.weight"))
            args << QStringLiteral("--token-embedding-type") << ggmlName(e.type);
        else if (e.name == QLatin1String("output.weight"))
            args << QStringLiteral("--output-tensor-type") << ggmlName(e.type);
        else
            byRole[e.role].push_back(&e);
    }
    // Tied output (no output.weight): llama.cpp uses token_embd for the head too.
    for (const auto &[role, list] : byRole) {
        bool uniform = true;
        for (const Entry *e : list)
            uniform = uniform && e->type == list.front()->type;
        if (uniform) {
            if (list.front()->type != base) {
                QString pattern = QRegularExpression::escape(role);
                args << QStringLiteral("--tensor-type") << shellQuote(pattern + QLatin1Char('=') + ggmlName(list.front()->type));
            }
            continue;
        }
        for (const Entry *e : list)
            if (e->type != base)
                args << QStringLiteral("--tensor-type")
                     << shellQuote(QLatin1Char('^') + QRegularExpression::escape(e->name) + QLatin1Char('=')
                                   + ggmlName(e->type));
    }
    args << QStringLiteral("MODEL-F32.gguf") << QStringLiteral("MODEL-PARE.gguf") << ggmlName(base);
    QString text;
    text += QStringLiteral("# llama-quantize arguments for the plan of %1, written by Pare.\n").arg(model.path);
    text += QStringLiteral("# Convert the model to an F32 (or F16) GGUF first; llama.cpp's --tensor-type needs a 2025 or newer build.\n");
    text += QStringLiteral("# %1 of %2 weight tensors get exactly the plan's encoding; 1-D tensors stay F32.\n")
                    .arg(exact)
                    .arg(entries.size());
    for (const QString &n : out.notes)
        text += QStringLiteral("# difference: %1\n").arg(n);
    text += args.join(QLatin1Char(' ')) + QLatin1Char('\n');
    out.text = text;
    return out;
}

Result<PlanExport> llmCompressorRecipe(const Model &model, const std::vector<LayerPlan> &plans)
{
    PlanExport out;
    std::vector<std::pair<QuantSpec, QStringList>> quantGroups;
    std::vector<std::pair<PruneSpec, QStringList>> pruneGroups;
    QStringList ignore;
    for (const LayerPlan &p : plans) {
        if (p.layer < 0 || p.layer >= int(model.layers.size()))
            continue;
        const Layer &layer = model.layers[std::size_t(p.layer)];
        if (layer.op != OpKind::Dense && layer.op != OpKind::Conv && layer.op != OpKind::Embedding)
            continue;
        const QString module = moduleName(model, layer);
        if (!p.changesWeights()) {
            if (layer.op == OpKind::Dense || layer.role == QLatin1String("lm_head"))
                ignore << (layer.role == QLatin1String("lm_head") ? QStringLiteral("lm_head") : module);
            continue;
        }
        if (p.lowrank)
            out.notes << QCoreApplication::translate("pare::core", "%1: low-rank (%2) has no llm-compressor modifier; left out")
                                 .arg(module, describe(*p.lowrank));
        if (p.prune) {
            if (p.prune->method == PruneMethod::Channel) {
                out.notes << QCoreApplication::translate("pare::core", "%1: channel pruning has no llm-compressor modifier; left out").arg(module);
            } else {
                auto it = std::find_if(pruneGroups.begin(), pruneGroups.end(),
                                       [&](const auto &g) { return g.first == *p.prune; });
                if (it == pruneGroups.end())
                    pruneGroups.push_back({*p.prune, {module}});
                else
                    it->second << module;
            }
        }
        if (p.quantize) {
            const QuantSpec &q = *p.quantize;
            if (q.format == QuantFormat::F16 || q.format == QuantFormat::BF16) {
                out.notes << QCoreApplication::translate("pare::core", "%1: %2 is a dtype, not a quantization scheme; set torch_dtype instead")
                                     .arg(module, describe(q));
                continue;
            }
            auto it = std::find_if(quantGroups.begin(), quantGroups.end(), [&](const auto &g) { return g.first == q; });
            if (it == quantGroups.end())
                quantGroups.push_back({q, {module}});
            else
                it->second << module;
        } else if (!p.prune) {
            ignore << module;
        }
    }
    ignore.removeDuplicates();
    QString y;
    y += QStringLiteral("# llm-compressor recipe for the plan of %1, written by Pare.\n").arg(model.path);
    y += QStringLiteral("# Weight-only schemes; targets are module names. Apply with llmcompressor.oneshot(model, recipe=…).\n");
    for (const QString &n : out.notes)
        y += QStringLiteral("# difference: %1\n").arg(n);
    if (!pruneGroups.empty()) {
        y += QStringLiteral("sparsity_stage:\n  sparsity_modifiers:\n");
        int i = 0;
        for (const auto &[spec, targets] : pruneGroups) {
            const bool nm = spec.method == PruneMethod::NM;
            y += QStringLiteral("    MagnitudePruningModifier%1:\n").arg(pruneGroups.size() > 1 ? QStringLiteral("_%1").arg(i) : QString());
            const double s = nm ? 1.0 - double(spec.n) / double(spec.m) : spec.sparsity;
            y += QStringLiteral("      init_sparsity: %1\n      final_sparsity: %1\n").arg(s, 0, 'g', 6);
            y += QStringLiteral("      start: 0\n      end: 1\n      update_frequency: 1\n");
            y += QStringLiteral("      mask_structure: %1\n")
                         .arg(yamlString(nm ? QStringLiteral("%1:%2").arg(spec.m - spec.n).arg(spec.m) : QStringLiteral("unstructured")));
            y += QStringLiteral("      leave_enabled: true\n");
            y += QStringLiteral("      targets: %1\n").arg(yamlList(targets));
            if (spec.scope == PruneScope::Global)
                out.notes << QCoreApplication::translate("pare::core", "global magnitude pruning becomes per-layer pruning at the same sparsity");
            ++i;
        }
    }
    if (!quantGroups.empty()) {
        y += QStringLiteral("quant_stage:\n  quant_modifiers:\n    QuantizationModifier:\n");
        y += QStringLiteral("      ignore: %1\n").arg(yamlList(ignore));
        y += QStringLiteral("      config_groups:\n");
        int i = 0;
        for (const auto &[q, targets] : quantGroups) {
            y += QStringLiteral("        group_%1:\n").arg(i++);
            y += QStringLiteral("          targets: %1\n").arg(yamlList(targets));
            y += QStringLiteral("          weights:\n");
            const bool fp8 = q.format == QuantFormat::Fp8E4M3 || q.format == QuantFormat::Fp8E5M2;
            y += QStringLiteral("            num_bits: %1\n").arg(fp8 ? 8 : q.bits);
            y += QStringLiteral("            type: %1\n").arg(fp8 ? QStringLiteral("float") : QStringLiteral("int"));
            y += QStringLiteral("            symmetric: %1\n")
                         .arg(q.scheme == QuantScheme::Symmetric || fp8 ? QStringLiteral("true") : QStringLiteral("false"));
            const QString strategy = q.granularity == QuantGranularity::Group     ? QStringLiteral("group")
                                     : q.granularity == QuantGranularity::Channel ? QStringLiteral("channel")
                                                                                  : QStringLiteral("tensor");
            y += QStringLiteral("            strategy: %1\n").arg(strategy);
            if (q.granularity == QuantGranularity::Group)
                y += QStringLiteral("            group_size: %1\n").arg(q.groupSize);
            y += QStringLiteral("            dynamic: false\n");
            y += QStringLiteral("            observer: %1\n").arg(q.clip == ClipMethod::Mse ? QStringLiteral("mse") : QStringLiteral("minmax"));
            if (q.format == QuantFormat::Fp8E5M2)
                out.notes << QCoreApplication::translate("pare::core", "fp8_e5m2: llm-compressor's float8 type is E4M3");
        }
    }
    if (pruneGroups.empty() && quantGroups.empty())
        y += QStringLiteral("# the plan changes no weight that llm-compressor can express\n{}\n");
    out.text = y;
    return out;
}

} // namespace pare::core
