// SPDX-License-Identifier: GPL-3.0-or-later
// The sweep's vocabulary and its file form: solver options (SolveOption, the default menu,
// options JSON), damage level names and SensitivityTable's JSON / cache file.
#include "sensitivity.h"

#include "common/argtext.h"
#include "common/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace pare::core {

namespace {

QJsonObject groupQuant(int bits)
{
    return QJsonObject{{QStringLiteral("bits"), bits},
                       {QStringLiteral("granularity"), QStringLiteral("group")},
                       {QStringLiteral("group_size"), 128}};
}

QJsonValue numOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

Error formatError(const QString &context, const QString &what)
{
    return Error{ErrorCode::Format, QStringLiteral("%1: %2").arg(context, what)};
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Options

QJsonObject SolveOption::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("label"), label}};
    if (prune)
        o.insert(QStringLiteral("prune"), *prune);
    if (quantize)
        o.insert(QStringLiteral("quantize"), *quantize);
    if (rankFraction > 0)
        o.insert(QStringLiteral("lowrank"), QJsonObject{{QStringLiteral("rank_fraction"), rankFraction}});
    return o;
}

Result<SolveOption> SolveOption::fromJson(const QJsonObject &o, const QString &where)
{
    SolveOption s;
    for (auto it = o.begin(); it != o.end(); ++it) {
        static const QStringList known = {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("prune"),
                                          QStringLiteral("quantize"), QStringLiteral("lowrank")};
        if (!known.contains(it.key()))
            return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "%1.%2: unknown key").arg(where, it.key())};
    }
    s.id = o.value(QStringLiteral("id")).toString();
    if (s.id.isEmpty())
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "%1.id: missing or empty").arg(where)};
    s.label = o.value(QStringLiteral("label")).toString(s.id);
    if (o.contains(QStringLiteral("prune"))) {
        const QJsonObject p = o.value(QStringLiteral("prune")).toObject();
        auto spec = parsePruneSpec(p, where + QStringLiteral(".prune"));
        if (!spec.ok())
            return spec.error();
        if (spec->scope == PruneScope::Global)
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "%1.prune.scope: global pruning couples layers; the solver needs per-layer options").arg(where)};
        s.prune = p;
    }
    if (o.contains(QStringLiteral("quantize"))) {
        const QJsonObject q = o.value(QStringLiteral("quantize")).toObject();
        auto spec = parseQuantSpec(q, where + QStringLiteral(".quantize"));
        if (!spec.ok())
            return spec.error();
        s.quantize = q;
    }
    if (o.contains(QStringLiteral("lowrank"))) {
        const QJsonObject l = o.value(QStringLiteral("lowrank")).toObject();
        const double f = l.value(QStringLiteral("rank_fraction")).toDouble(-1);
        if (!(f > 0 && f <= 1) || l.size() != 1)
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "%1.lowrank: expected {\"rank_fraction\": f} with 0 < f ≤ 1").arg(where)};
        if (s.prune)
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "%1: prune and lowrank exclude each other").arg(where)};
        s.rankFraction = f;
    }
    return s;
}

MethodOverrides SolveOption::overridesFor(std::int64_t rows, std::int64_t cols) const
{
    MethodOverrides m;
    m.prune = prune;
    m.quantize = quantize;
    if (rankFraction > 0) {
        const std::int64_t full = std::max<std::int64_t>(1, std::min(rows, cols));
        const std::int64_t rank = std::clamp<std::int64_t>(std::llround(rankFraction * double(full)), 1, full);
        m.lowrank = QJsonObject{{QStringLiteral("rank"), double(rank)}};
    }
    return m;
}

std::vector<SolveOption> defaultSolveOptions()
{
    auto opt = [](const char *id, const QString &label, std::optional<QJsonObject> prune,
                  std::optional<QJsonObject> quant, double fraction) {
        SolveOption o;
        o.id = QLatin1String(id);
        o.label = label;
        o.prune = std::move(prune);
        o.quantize = std::move(quant);
        o.rankFraction = fraction;
        return o;
    };
    const QJsonObject half{{QStringLiteral("method"), QStringLiteral("magnitude")}, {QStringLiteral("sparsity"), 0.5}};
    const QJsonObject nm{{QStringLiteral("method"), QStringLiteral("nm")}, {QStringLiteral("n"), 2}, {QStringLiteral("m"), 4}};
    return {
        opt("keep", QStringLiteral("keep"), {}, {}, 0),
        opt("int8", QStringLiteral("int8 g128"), {}, groupQuant(8), 0),
        opt("int6", QStringLiteral("int6 g128"), {}, groupQuant(6), 0),
        opt("int4", QStringLiteral("int4 g128"), {}, groupQuant(4), 0),
        opt("int3", QStringLiteral("int3 g128"), {}, groupQuant(3), 0),
        opt("p50-int8", QStringLiteral("50 % + int8"), half, groupQuant(8), 0),
        opt("2:4-int8", QStringLiteral("2:4 + int8"), nm, groupQuant(8), 0),
        opt("2:4-int4", QStringLiteral("2:4 + int4"), nm, groupQuant(4), 0),
        opt("lr25", QStringLiteral("rank 25 %"), {}, {}, 0.25),
        opt("lr50", QStringLiteral("rank 50 %"), {}, {}, 0.5),
        opt("lr25-int8", QStringLiteral("rank 25 % + int8"), {}, groupQuant(8), 0.25),
        opt("lr50-int8", QStringLiteral("rank 50 % + int8"), {}, groupQuant(8), 0.5),
        opt("lr50-int4", QStringLiteral("rank 50 % + int4"), {}, groupQuant(4), 0.5),
    };
}

Result<std::vector<SolveOption>> solveOptionsFromJson(const QByteArray &json, const QString &context)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull())
        return formatError(context, QCoreApplication::translate("pare::core", "not JSON: %1 at offset %2")
                .arg(argText(pe.errorString()), argText(pe.offset)));
    QJsonArray arr;
    if (doc.isArray())
        arr = doc.array();
    else if (doc.object().value(QStringLiteral("options")).isArray())
        arr = doc.object().value(QStringLiteral("options")).toArray();
    else
        return formatError(context, QCoreApplication::translate("pare::core", "expected an array of options or {\"options\": [...]}"));
    std::vector<SolveOption> out;
    SolveOption keep;
    keep.id = keep.label = QStringLiteral("keep");
    out.push_back(keep);
    QStringList ids{keep.id};
    for (int i = 0; i < arr.size(); ++i) {
        const QString where = QStringLiteral("%1: options[%2]").arg(argText(context), argText(i));
        if (!arr[i].isObject())
            return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "%1: not an object").arg(where)};
        auto o = SolveOption::fromJson(arr[i].toObject(), where);
        if (!o.ok())
            return o.error();
        if (o->isKeep() && o->id == QLatin1String("keep"))
            continue;
        if (ids.contains(o->id))
            return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "%1.id: '%2' appears twice").arg(where, o->id)};
        ids << o->id;
        out.push_back(o.value());
    }
    if (out.size() > 255)
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "%1: more than 254 options").arg(context)};
    return out;
}

Result<std::vector<SolveOption>> loadSolveOptions(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot read: %2").arg(path, f.errorString())};
    return solveOptionsFromJson(f.readAll(), path);
}

QString damageLevelName(DamageLevel l)
{
    switch (l) {
    case DamageLevel::Weight: return QStringLiteral("weight");
    case DamageLevel::Output: return QStringLiteral("output");
    case DamageLevel::EndToEnd: return QStringLiteral("e2e");
    }
    return {};
}

std::optional<DamageLevel> damageLevelFromName(const QString &name)
{
    for (DamageLevel l : {DamageLevel::Weight, DamageLevel::Output, DamageLevel::EndToEnd})
        if (name.compare(damageLevelName(l), Qt::CaseInsensitive) == 0)
            return l;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Table

int SensitivityTable::cellsDone() const
{
    int n = 0;
    for (const SensitivityLayer &l : layers)
        for (const SensitivityCell &c : l.cells)
            n += c.done ? 1 : 0;
    return n;
}

int SensitivityTable::optionIndex(const QString &id) const
{
    for (std::size_t i = 0; i < options.size(); ++i)
        if (options[i].id == id)
            return int(i);
    return -1;
}

namespace {
const char *const kBandwidthSource = QT_TRANSLATE_NOOP("pare::core", "bytes ÷ measured streaming bandwidth (%1 GB/s)");
}

QString damageUnitText(const QString &unit)
{
    return unit.isEmpty() ? unit : QCoreApplication::translate("pare::core", unit.toUtf8().constData());
}

LatencySource LatencySource::bandwidth(double gbPerSecond)
{
    return LatencySource{QString::fromUtf8(kBandwidthSource), gbPerSecond};
}

QString LatencySource::text() const
{
    if (source.isEmpty())
        return source;
    const QString t = QCoreApplication::translate("pare::core", source.toUtf8().constData());
    return bandwidthGBs >= 0 ? t.arg(QLocale().toString(bandwidthGBs, 'f', 1)) : t;
}

QString LatencySource::englishText() const
{
    return bandwidthGBs >= 0 ? source.arg(QString::number(bandwidthGBs, 'f', 1)) : source;
}

void LatencySource::writeJson(QJsonObject &o) const
{
    o.insert(QStringLiteral("latency_source"), englishText());
    if (bandwidthGBs >= 0)
        o.insert(QStringLiteral("latency_bandwidth_gbs"), bandwidthGBs);
}

LatencySource LatencySource::fromJson(const QJsonObject &o)
{
    // The bandwidth model's text is rebuilt from its figure; any other source text is kept as
    // saved (English since this version; an older file's may be translated already).
    const QJsonValue gbs = o.value(QStringLiteral("latency_bandwidth_gbs"));
    if (gbs.isDouble() && std::isfinite(gbs.toDouble()) && gbs.toDouble() >= 0)
        return bandwidth(gbs.toDouble());
    return LatencySource{o.value(QStringLiteral("latency_source")).toString()};
}

QJsonObject SensitivityTable::toJson() const
{
    QJsonArray opts;
    for (const SolveOption &o : options)
        opts.append(o.toJson());
    QJsonArray ls;
    for (const SensitivityLayer &l : layers) {
        QJsonArray cells;
        for (const SensitivityCell &c : l.cells) {
            QJsonObject co{{QStringLiteral("done"), c.done}};
            if (c.done) {
                co.insert(QStringLiteral("bytes"), double(c.bytes));
                co.insert(QStringLiteral("latency_us"), numOrNull(c.latencyUs));
                co.insert(QStringLiteral("relative_error"), numOrNull(c.relativeError));
                co.insert(QStringLiteral("damage"), numOrNull(c.damage));
                if (!c.note.isEmpty())
                    co.insert(QStringLiteral("note"), c.note);
            }
            cells.append(co);
        }
        ls.append(QJsonObject{{QStringLiteral("layer"), l.layer},
                              {QStringLiteral("name"), l.name},
                              {QStringLiteral("op"), l.op},
                              {QStringLiteral("rows"), double(l.rows)},
                              {QStringLiteral("cols"), double(l.cols)},
                              {QStringLiteral("parameters"), double(l.parameters)},
                              {QStringLiteral("original_bytes"), double(l.originalBytes)},
                              {QStringLiteral("original_latency_us"), numOrNull(l.originalLatencyUs)},
                              {QStringLiteral("cells"), cells}});
    }
    QJsonArray notesArr;
    for (const QString &n : notes)
        notesArr.append(n);
    QJsonObject out{{QStringLiteral("pare_sensitivity"), kSchemaVersion},
                    {QStringLiteral("model"), modelPath},
                    {QStringLiteral("level"), damageLevelName(level)},
                    {QStringLiteral("damage_unit"), damageUnit},
                    {QStringLiteral("data"), data},
                    {QStringLiteral("setup"), setup},
                    {QStringLiteral("model_bytes"), double(modelBytes)},
                    {QStringLiteral("fixed_bytes"), double(fixedBytes)},
                    {QStringLiteral("options"), opts},
                    {QStringLiteral("layers"), ls},
                    {QStringLiteral("notes"), notesArr}};
    latencySource.writeJson(out);
    return out;
}

Result<SensitivityTable> SensitivityTable::fromJson(const QJsonObject &o, const QString &context)
{
    if (o.value(QStringLiteral("pare_sensitivity")).toInt() != kSchemaVersion)
        return formatError(context, QCoreApplication::translate("pare::core", "pare_sensitivity: expected version %1").arg(kSchemaVersion));
    SensitivityTable t;
    t.modelPath = o.value(QStringLiteral("model")).toString();
    const auto level = damageLevelFromName(o.value(QStringLiteral("level")).toString());
    if (!level)
        return formatError(context, QCoreApplication::translate("pare::core", "level: expected weight, output or e2e"));
    t.level = *level;
    t.damageUnit = o.value(QStringLiteral("damage_unit")).toString();
    t.data = o.value(QStringLiteral("data")).toString();
    t.latencySource = LatencySource::fromJson(o);
    t.setup = o.value(QStringLiteral("setup")).toString();
    t.modelBytes = std::int64_t(o.value(QStringLiteral("model_bytes")).toDouble());
    t.fixedBytes = std::int64_t(o.value(QStringLiteral("fixed_bytes")).toDouble());
    const QJsonArray opts = o.value(QStringLiteral("options")).toArray();
    for (int i = 0; i < opts.size(); ++i) {
        auto so = SolveOption::fromJson(opts[i].toObject(), QStringLiteral("%1: options[%2]")
                .arg(argText(context), argText(i)));
        if (!so.ok())
            return so.error();
        t.options.push_back(so.value());
    }
    if (t.options.empty() || !t.options.front().isKeep())
        return formatError(context, QCoreApplication::translate("pare::core", "options[0]: must be the 'keep' option"));
    const QJsonArray ls = o.value(QStringLiteral("layers")).toArray();
    for (int i = 0; i < ls.size(); ++i) {
        const QJsonObject lo = ls[i].toObject();
        SensitivityLayer l;
        l.layer = lo.value(QStringLiteral("layer")).toInt(-1);
        l.name = lo.value(QStringLiteral("name")).toString();
        l.op = lo.value(QStringLiteral("op")).toString();
        l.rows = std::int64_t(lo.value(QStringLiteral("rows")).toDouble());
        l.cols = std::int64_t(lo.value(QStringLiteral("cols")).toDouble());
        l.parameters = std::int64_t(lo.value(QStringLiteral("parameters")).toDouble());
        l.originalBytes = std::int64_t(lo.value(QStringLiteral("original_bytes")).toDouble());
        l.originalLatencyUs = lo.value(QStringLiteral("original_latency_us")).toDouble(-1);
        const QJsonArray cells = lo.value(QStringLiteral("cells")).toArray();
        if (cells.size() != int(t.options.size()))
            return formatError(context, QCoreApplication::translate("pare::core", "layers[%1].cells: %2 cells for %3 options")
                                            .arg(i).arg(cells.size()).arg(t.options.size()));
        for (const QJsonValue &cv : cells) {
            const QJsonObject co = cv.toObject();
            SensitivityCell c;
            c.done = co.value(QStringLiteral("done")).toBool();
            if (c.done) {
                c.bytes = std::int64_t(co.value(QStringLiteral("bytes")).toDouble(-1));
                c.latencyUs = co.value(QStringLiteral("latency_us")).toDouble(-1);
                c.relativeError = co.value(QStringLiteral("relative_error")).toDouble(-1);
                const QJsonValue d = co.value(QStringLiteral("damage"));
                c.damage = d.isDouble() ? d.toDouble() : std::numeric_limits<double>::quiet_NaN();
                c.note = co.value(QStringLiteral("note")).toString();
            }
            l.cells.push_back(c);
        }
        t.layers.push_back(l);
    }
    for (const QJsonValue &n : o.value(QStringLiteral("notes")).toArray())
        t.notes << n.toString();
    return t;
}

Result<void> SensitivityTable::saveToFile(const QString &path) const
{
    return writeFileAtomically(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

Result<SensitivityTable> SensitivityTable::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot read: %2").arg(path, f.errorString())};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return formatError(path, QCoreApplication::translate("pare::core", "not a JSON object: %1").arg(pe.errorString()));
    return fromJson(doc.object(), path);
}

} // namespace pare::core
