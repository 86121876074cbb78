// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli inspect: what a model holds — summary, bytes by dtype, MACs, and the layer table.
#include "cli.h"
#include "common/units.h"
#include "commands.h"

#include "io/modelio.h"
#include "model/costmodel.h"
#include "service/project.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

namespace pare::cli {

namespace {

QString familyName(core::ModelFamily f)
{
    switch (f) {
    case core::ModelFamily::LanguageModel: return QStringLiteral("language model");
    case core::ModelFamily::ConvNet: return QStringLiteral("convolutional network");
    case core::ModelFamily::FeedForward: return QStringLiteral("feed-forward network");
    case core::ModelFamily::Unknown: break;
    }
    return QStringLiteral("unknown");
}

// Digits in groups of three ("6 738 415 616"), the same in every locale.
QString grouped(std::int64_t n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(' '));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

// Decimal units spelled as everywhere else in Pare (reports, GUI, budgets): "13.5 GB", "629.8 kB".
QString humanBytes(std::int64_t n)
{
    return core::formatBytes(double(n));
}

QString humanCount(std::int64_t n)
{
    return core::formatCount(n);
}

// A positive integer option, or -1 when absent; 0 on a bad value.
std::int64_t positiveOption(const QCommandLineParser &p, const QCommandLineOption &o, bool &ok)
{
    if (!p.isSet(o))
        return -1;
    bool parsed = false;
    const qlonglong v = p.value(o).toLongLong(&parsed);
    if (!parsed || v <= 0) {
        err() << "pare-cli inspect: "
              << QCoreApplication::translate("cli", "--%1 must be a positive integer, not '%2'").arg(o.names().constLast(), p.value(o))
              << '\n';
        ok = false;
    }
    return v;
}

int runInspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Summarize a model: format, parameters, bytes by dtype, MACs "
                                        "and the per-layer table."));
    parser.addPositionalArgument(QStringLiteral("model"), QCoreApplication::translate("cli", "A model file or Hugging Face directory."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON on stdout."));
    const QCommandLineOption tokens(QStringLiteral("tokens"),
                                    QCoreApplication::translate("cli", "Tokens per sequence for MACs (default: the model's context length)."),
                                    QStringLiteral("N"));
    const QCommandLineOption batch(QStringLiteral("batch"), QCoreApplication::translate("cli", "Batch size for MACs (default 1)."),
                                   QStringLiteral("N"));
    parser.addOptions({json, tokens, batch});
    if (const int rc = parseOrExit(parser, arguments, "inspect"); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1) {
        err() << QCoreApplication::translate("cli", "pare-cli inspect: expected one model file or directory") << '\n'
              << QCoreApplication::translate("cli", "Try 'pare-cli inspect --help'.") << '\n';
        err().flush();
        return ExitUsage;
    }
    bool ok = true;
    core::InputSpec spec;
    spec.tokens = positiveOption(parser, tokens, ok);
    const std::int64_t b = positiveOption(parser, batch, ok);
    if (!ok) {
        err().flush();
        return ExitUsage;
    }
    spec.batch = b > 0 ? b : 1;

    const QString path = parser.positionalArguments().constFirst();
    if (core::looksLikeHdf5(path)) {
        // A project is a session, not a model: say what it is and what reads it.
        if (auto project = core::loadProject(path)) {
            err() << QCoreApplication::translate("cli", "pare-cli inspect: %1 is a Pare project (a saved session of the model %2), not a model. "
                        "Replay it with 'pare-cli study %1 -o OUT.html', or open it in the Pare GUI; "
                        "'pare-cli inspect %2' shows the model.")
                             .arg(path, project->model.path)
                  << '\n';
            err().flush();
            return ExitBadInput;
        }
    }
    auto opened = core::openModel(path);
    if (!opened.ok())
        return reportError(opened.error());
    const core::Model &model = **opened;
    const core::ModelCost cost = core::modelCost(model, spec);
    const std::int64_t effTokens = spec.tokens > 0 ? spec.tokens : core::contextLength(model);
    QMap<QString, std::int64_t> byDtype;
    for (const core::Tensor &t : model.tensors)
        byDtype[core::dtypeName(t.dtype())] += t.byteSize();
    const bool macsKnown = !model.layers.empty() && cost.layersWithUnknownMacs < int(model.layers.size());

    if (parser.isSet(json)) {
        QJsonObject o;
        o.insert(QStringLiteral("file"), path);
        o.insert(QStringLiteral("format"), core::modelFormatName(model.format));
        o.insert(QStringLiteral("architecture"), model.architecture);
        o.insert(QStringLiteral("family"), familyName(model.family));
        o.insert(QStringLiteral("tensors"), qint64(model.tensors.size()));
        o.insert(QStringLiteral("parameters"), qint64(cost.parameters));
        o.insert(QStringLiteral("bytes"), qint64(cost.bytes));
        QJsonObject dt;
        for (auto it = byDtype.cbegin(); it != byDtype.cend(); ++it)
            dt.insert(it.key(), qint64(it.value()));
        o.insert(QStringLiteral("bytesByDtype"), dt);
        o.insert(QStringLiteral("input"),
                 QJsonObject{{QStringLiteral("batch"), qint64(spec.batch)},
                             {QStringLiteral("tokens"), effTokens > 0 ? QJsonValue(qint64(effTokens)) : QJsonValue()}});
        o.insert(QStringLiteral("macs"), macsKnown ? QJsonValue(qint64(cost.macs)) : QJsonValue());
        o.insert(QStringLiteral("layersWithUnknownMacs"), cost.layersWithUnknownMacs);
        QJsonArray layers;
        for (const core::Layer &l : model.layers) {
            const core::LayerCost c = core::layerCost(model, l, spec);
            const core::Tensor *w = model.weightOf(l);
            QJsonArray shape;
            if (w)
                for (std::int64_t d : w->shape())
                    shape.append(qint64(d));
            QJsonObject lo{{QStringLiteral("name"), l.name},
                           {QStringLiteral("op"), core::opKindName(l.op)},
                           {QStringLiteral("role"), l.role},
                           {QStringLiteral("block"), l.block},
                           {QStringLiteral("shape"), shape},
                           {QStringLiteral("dtype"), w ? core::dtypeName(w->dtype()) : QString()},
                           {QStringLiteral("parameters"), qint64(c.parameters)},
                           {QStringLiteral("bytes"), qint64(c.bytes)},
                           {QStringLiteral("macs"), c.macs >= 0 ? QJsonValue(qint64(c.macs)) : QJsonValue()},
                           {QStringLiteral("tied"), l.tiedTo}};
            layers.append(lo);
        }
        o.insert(QStringLiteral("layers"), layers);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        out().flush();
        return ExitOk;
    }

    QTextStream &s = out();
    const auto line = [&s](const QString &label, const QString &value) {
        s << QString(label + QLatin1Char(':')).leftJustified(15) << value << '\n';
    };
    line(QCoreApplication::translate("cli", "File"), path);
    line(QCoreApplication::translate("cli", "Format"), core::modelFormatName(model.format));
    line(QCoreApplication::translate("cli", "Architecture"), (model.architecture.isEmpty() ? QCoreApplication::translate("cli", "unknown") : model.architecture)
                                 + QStringLiteral(" (") + familyName(model.family) + QLatin1Char(')'));
    line(QCoreApplication::translate("cli", "Tensors"), grouped(std::int64_t(model.tensors.size())));
    line(QCoreApplication::translate("cli", "Layers"), grouped(std::int64_t(model.layers.size())));
    line(QCoreApplication::translate("cli", "Parameters"), grouped(cost.parameters) + QStringLiteral(" (") + humanCount(cost.parameters) + QLatin1Char(')'));
    line(QCoreApplication::translate("cli", "Bytes"), grouped(cost.bytes) + QStringLiteral(" (") + humanBytes(cost.bytes) + QLatin1Char(')'));
    for (auto it = byDtype.cbegin(); it != byDtype.cend(); ++it)
        s << QStringLiteral("  %1").arg(it.key()).leftJustified(15) << grouped(it.value()) << " ("
          << humanBytes(it.value()) << ")\n";
    const QString input = model.family == core::ModelFamily::LanguageModel
                              ? QCoreApplication::translate("cli", "batch %1 × %2 tokens").arg(spec.batch)
                                    .arg(effTokens > 0 ? QString::number(effTokens) : QCoreApplication::translate("cli", "unknown"))
                              : QCoreApplication::translate("cli", "batch %1").arg(spec.batch);
    QString macs = macsKnown ? grouped(cost.macs) + QStringLiteral(" (") + humanCount(cost.macs) + QLatin1Char(')')
                             : QCoreApplication::translate("cli", "unknown");
    if (const int unknown = cost.layersWithUnknownMacs; macsKnown && unknown > 0)
        macs = QCoreApplication::translate("cli", "%1, %n layer(s) unknown", nullptr, unknown).arg(macs);
    line(QCoreApplication::translate("cli", "MACs"), QCoreApplication::translate("cli", "%1 at %2").arg(macs, input));

    if (!model.layers.empty()) {
        const QStringList header = {QCoreApplication::translate("cli", "name"), QCoreApplication::translate("cli", "op"), QCoreApplication::translate("cli", "role"), QCoreApplication::translate("cli", "shape"), QCoreApplication::translate("cli", "dtype"),
                                    QCoreApplication::translate("cli", "parameters"), QCoreApplication::translate("cli", "bytes"), QCoreApplication::translate("cli", "MACs")};
        QList<QStringList> rows;
        for (const core::Layer &l : model.layers) {
            const core::LayerCost c = core::layerCost(model, l, spec);
            const core::Tensor *w = model.weightOf(l);
            rows.append({l.name + (l.tiedTo ? QCoreApplication::translate("cli", " (tied)") : QString()), core::opKindName(l.op),
                         l.role.isEmpty() ? QStringLiteral("-") : l.role,
                         w ? core::shapeToString(w->shape()) : QStringLiteral("-"),
                         w ? core::dtypeName(w->dtype()) : QStringLiteral("-"), grouped(c.parameters),
                         grouped(c.bytes), c.macs >= 0 ? grouped(c.macs) : QCoreApplication::translate("cli", "unknown")});
        }
        QList<int> widths;
        for (qsizetype i = 0; i < header.size(); ++i) {
            int wdt = int(header[i].size());
            for (const QStringList &r : rows)
                wdt = std::max(wdt, int(r[i].size()));
            widths << wdt;
        }
        const auto printRow = [&](const QStringList &r) {
            for (qsizetype i = 0; i < r.size(); ++i) {
                const bool numeric = i >= 5;
                s << (numeric ? r[i].rightJustified(widths[i]) : r[i].leftJustified(widths[i]))
                  << (i + 1 < r.size() ? "  " : "\n");
            }
        };
        s << '\n';
        printRow(header);
        for (const QStringList &r : rows)
            printRow(r);
    }
    s.flush();
    return ExitOk;
}

const CommandRegistrar registrar({"inspect", QT_TRANSLATE_NOOP("cli", "Summarize a model and list its layers."),
                                  runInspect});

} // namespace

} // namespace pare::cli
