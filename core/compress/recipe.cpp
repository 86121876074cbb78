// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipe.h"

#include "common/argtext.h"
#include "common/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>
#include <initializer_list>

namespace pare::core {

namespace {

Error invalid(const QString &where, const QString &what)
{
    return makeError(ErrorCode::InvalidArgument, where + QStringLiteral(": ") + what);
}

Result<void> checkKeys(const QJsonObject &o, const QString &where,
                       std::initializer_list<const char *> allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        QStringList names;
        for (const char *a : allowed) {
            names << QLatin1String(a);
            known = known || it.key() == QLatin1String(a);
        }
        if (!known)
            return invalid(where.endsWith(QLatin1String(": "))
                                   ? QString(where + it.key())
                                   : QString(where + QLatin1Char('.') + it.key()),
                           QCoreApplication::translate("pare::core", "unknown key (allowed: %1)")
                                   .arg(names.join(QStringLiteral(", "))));
    }
    return {};
}

// One enumerated string field: returns the index into `names`, or `fallback` when absent.
Result<int> enumField(const QJsonObject &o, const char *key, const QString &where,
                      std::initializer_list<const char *> names, int fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    QStringList list;
    for (const char *n : names)
        list << QLatin1Char('"') + QLatin1String(n) + QLatin1Char('"');
    const QString path = where + QLatin1Char('.') + QLatin1String(key);
    if (!v.isString())
        return invalid(path, QCoreApplication::translate("pare::core", "must be one of %1")
                                     .arg(list.join(QStringLiteral(", "))));
    int i = 0;
    for (const char *n : names) {
        if (v.toString() == QLatin1String(n))
            return i;
        ++i;
    }
    return invalid(path, QCoreApplication::translate("pare::core", "\"%1\" is not one of %2")
                                 .arg(v.toString(), list.join(QStringLiteral(", "))));
}

Result<double> numberField(const QJsonObject &o, const char *key, const QString &where,
                           double lo, double hi, double fallback, bool integer)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    const QString path = where + QLatin1Char('.') + QLatin1String(key);
    if (!v.isDouble())
        return invalid(path, QCoreApplication::translate("pare::core", "must be a number"));
    const double d = v.toDouble();
    // Without rounding and without digit groups (a range reads "[1, 1048576]"), not "1.04858e+06".
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const auto text = [&](double x) { return locale.toString(x, 'g', QLocale::FloatingPointShortest); };
    if (integer && d != std::floor(d))
        return invalid(path,
                       QCoreApplication::translate("pare::core", "%1 is not an integer").arg(text(d)));
    if (!(d >= lo && d <= hi))
        return invalid(path,
                       QCoreApplication::translate("pare::core", "%1 is out of range [%2, %3]")
                               .arg(text(d), text(lo), text(hi)));
    return d;
}

// Validates a partial method object (as written in a rule or the defaults) by parsing it.
Result<void> validatePartial(const QString &method, const QJsonObject &o, const QString &where)
{
    if (method == QLatin1String("prune")) {
        auto r = parsePruneSpec(o, where);
        return r ? Result<void>() : Result<void>(r.error());
    }
    if (method == QLatin1String("quantize")) {
        auto r = parseQuantSpec(o, where);
        return r ? Result<void>() : Result<void>(r.error());
    }
    auto r = parseLowRankSpec(o, where);
    return r ? Result<void>() : Result<void>(r.error());
}

Result<void> parseMethods(const QJsonObject &o, const QString &where, MethodOverrides &out)
{
    for (const char *method : {"prune", "quantize", "lowrank"}) {
        const QJsonValue v = o.value(QLatin1String(method));
        if (v.isUndefined())
            continue;
        const QString path = where + QLatin1Char('.') + QLatin1String(method);
        QJsonObject obj;
        if (v.isNull() || (v.isBool() && !v.toBool())) {
            obj.insert(QStringLiteral("enabled"), false);
        } else if (v.isObject()) {
            obj = v.toObject();
            PARE_TRY_VOID(validatePartial(QLatin1String(method), obj, path));
        } else {
            return invalid(path,
                           QCoreApplication::translate(
                                   "pare::core", "must be an object, or null to switch it off"));
        }
        std::optional<QJsonObject> &slot = method[0] == 'p'   ? out.prune
                                           : method[0] == 'q' ? out.quantize
                                                              : out.lowrank;
        slot = obj;
    }
    if (out.prune && out.lowrank && out.prune->value(QStringLiteral("enabled")).toBool(true)
        && out.lowrank->value(QStringLiteral("enabled")).toBool(true))
        return invalid(where, QCoreApplication::translate(
                                      "pare::core",
                                      "\"prune\" and \"lowrank\" cannot both apply to a layer"));
    return {};
}

void writeMethods(const MethodOverrides &m, QJsonObject &o)
{
    const auto put = [&o](const char *key, const std::optional<QJsonObject> &v) {
        if (!v)
            return;
        if (!v->value(QStringLiteral("enabled")).toBool(true))
            o.insert(QLatin1String(key), QJsonValue::Null);
        else
            o.insert(QLatin1String(key), *v);
    };
    put("prune", m.prune);
    put("quantize", m.quantize);
    put("lowrank", m.lowrank);
}

} // namespace

Result<PruneSpec> parsePruneSpec(const QJsonObject &o, const QString &where)
{
    PARE_TRY_VOID(checkKeys(o, where, {"method", "sparsity", "n", "m", "norm", "scope", "score", "enabled"}));
    PruneSpec s;
    auto method = enumField(o, "method", where, {"magnitude", "nm", "channel"}, 0);
    if (!method)
        return method.error();
    s.method = PruneMethod(*method);
    auto sparsity = numberField(o, "sparsity", where, 0.0, 0.99, 0.5, false);
    if (!sparsity)
        return sparsity.error();
    s.sparsity = *sparsity;
    auto m = numberField(o, "m", where, 2, 32, 4, true);
    if (!m)
        return m.error();
    s.m = int(*m);
    auto n = numberField(o, "n", where, 1, 31, 2, true);
    if (!n)
        return n.error();
    s.n = int(*n);
    if (s.n >= s.m)
        return invalid(
                where + QStringLiteral(".n"),
                QCoreApplication::translate("pare::core", "n = %1 must be smaller than m = %2")
                        .arg(s.n)
                        .arg(s.m));
    auto norm = enumField(o, "norm", where, {"l1", "l2"}, 1);
    if (!norm)
        return norm.error();
    s.norm = PruneNorm(*norm);
    auto scope = enumField(o, "scope", where, {"layer", "global"}, 0);
    if (!scope)
        return scope.error();
    s.scope = PruneScope(*scope);
    if (s.scope == PruneScope::Global && s.method != PruneMethod::Magnitude)
        return invalid(where + QStringLiteral(".scope"),
                       QCoreApplication::translate("pare::core",
                                                   "\"global\" applies to magnitude pruning only"));
    auto score = enumField(o, "score", where, {"magnitude", "wanda"}, 0);
    if (!score)
        return score.error();
    s.score = PruneScore(*score);
    if (s.score == PruneScore::Wanda && (s.method != PruneMethod::Magnitude || s.scope != PruneScope::Layer))
        return invalid(
                where + QStringLiteral(".score"),
                QCoreApplication::translate(
                        "pare::core",
                        "\"wanda\" applies to magnitude pruning with \"scope\": \"layer\" only"));
    if (o.contains(QStringLiteral("enabled")) && !o.value(QStringLiteral("enabled")).isBool())
        return invalid(where + QStringLiteral(".enabled"),
                       QCoreApplication::translate("pare::core", "must be true or false"));
    return s;
}

Result<QuantSpec> parseQuantSpec(const QJsonObject &o, const QString &where)
{
    PARE_TRY_VOID(checkKeys(o, where, {"format", "bits", "scheme", "granularity", "group_size",
                                       "clip", "enabled"}));
    QuantSpec s;
    auto format = enumField(o, "format", where, {"int", "fp16", "bf16", "fp8_e4m3", "fp8_e5m2"}, 0);
    if (!format)
        return format.error();
    s.format = QuantFormat(*format);
    auto bits = numberField(o, "bits", where, 2, 8, 8, true);
    if (!bits)
        return bits.error();
    s.bits = int(*bits);
    if (s.bits == 7)
        return invalid(
                where + QStringLiteral(".bits"),
                QCoreApplication::translate("pare::core", "7 is not one of 2, 3, 4, 5, 6, 8"));
    auto scheme = enumField(o, "scheme", where, {"symmetric", "asymmetric"}, 0);
    if (!scheme)
        return scheme.error();
    s.scheme = QuantScheme(*scheme);
    auto gran = enumField(o, "granularity", where, {"tensor", "channel", "group"}, 1);
    if (!gran)
        return gran.error();
    s.granularity = QuantGranularity(*gran);
    auto group = numberField(o, "group_size", where, 32, 256, 128, true);
    if (!group)
        return group.error();
    s.groupSize = int(*group);
    if (s.groupSize != 32 && s.groupSize != 64 && s.groupSize != 128 && s.groupSize != 256)
        return invalid(
                where + QStringLiteral(".group_size"),
                QCoreApplication::translate("pare::core", "%1 is not one of 32, 64, 128, 256")
                        .arg(s.groupSize));
    auto clip = enumField(o, "clip", where, {"none", "mse"}, 0);
    if (!clip)
        return clip.error();
    s.clip = ClipMethod(*clip);
    if (s.format != QuantFormat::Int) {
        s.bits = s.format == QuantFormat::F16 || s.format == QuantFormat::BF16 ? 16 : 8;
        if (s.granularity == QuantGranularity::Group)
            return invalid(
                    where + QStringLiteral(".granularity"),
                    QCoreApplication::translate(
                            "pare::core", "float formats take a \"tensor\" or \"channel\" scale"));
    }
    if (o.contains(QStringLiteral("enabled")) && !o.value(QStringLiteral("enabled")).isBool())
        return invalid(where + QStringLiteral(".enabled"),
                       QCoreApplication::translate("pare::core", "must be true or false"));
    return s;
}

Result<LowRankSpec> parseLowRankSpec(const QJsonObject &o, const QString &where)
{
    PARE_TRY_VOID(checkKeys(o, where, {"rank", "energy", "enabled"}));
    LowRankSpec s;
    auto rank = numberField(o, "rank", where, 1, 1 << 20, 0, true);
    if (!rank)
        return rank.error();
    s.rank = int(*rank);
    auto energy = numberField(o, "energy", where, 0.01, 1.0, 0, false);
    if (!energy)
        return energy.error();
    s.energy = *energy;
    if (s.rank > 0 && s.energy > 0)
        return invalid(where,
                       QCoreApplication::translate("pare::core",
                                                   "give either \"rank\" or \"energy\", not both"));
    if (s.rank == 0 && s.energy == 0)
        s.energy = 0.9; // documented default
    return s;
}

QJsonObject toJson(const PruneSpec &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("method"), pruneMethodName(s.method));
    switch (s.method) {
    case PruneMethod::Magnitude:
        o.insert(QStringLiteral("sparsity"), s.sparsity);
        o.insert(QStringLiteral("scope"), s.scope == PruneScope::Global ? QStringLiteral("global")
                                                                        : QStringLiteral("layer"));
        if (s.score == PruneScore::Wanda)
            o.insert(QStringLiteral("score"), QStringLiteral("wanda"));
        break;
    case PruneMethod::NM:
        o.insert(QStringLiteral("n"), s.n);
        o.insert(QStringLiteral("m"), s.m);
        break;
    case PruneMethod::Channel:
        o.insert(QStringLiteral("sparsity"), s.sparsity);
        o.insert(QStringLiteral("norm"), s.norm == PruneNorm::L1 ? QStringLiteral("l1") : QStringLiteral("l2"));
        break;
    }
    return o;
}

QJsonObject toJson(const QuantSpec &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), quantFormatName(s.format));
    if (s.format == QuantFormat::Int) {
        o.insert(QStringLiteral("bits"), s.bits);
        o.insert(QStringLiteral("scheme"), s.scheme == QuantScheme::Symmetric ? QStringLiteral("symmetric")
                                                                             : QStringLiteral("asymmetric"));
        o.insert(QStringLiteral("clip"), s.clip == ClipMethod::Mse ? QStringLiteral("mse") : QStringLiteral("none"));
    }
    o.insert(QStringLiteral("granularity"), granularityName(s.granularity));
    if (s.granularity == QuantGranularity::Group)
        o.insert(QStringLiteral("group_size"), s.groupSize);
    return o;
}

QJsonObject toJson(const LowRankSpec &s)
{
    QJsonObject o;
    if (s.rank > 0)
        o.insert(QStringLiteral("rank"), s.rank);
    else
        o.insert(QStringLiteral("energy"), s.energy);
    return o;
}

QString pruneMethodName(PruneMethod m)
{
    switch (m) {
    case PruneMethod::Magnitude: return QStringLiteral("magnitude");
    case PruneMethod::NM: return QStringLiteral("nm");
    case PruneMethod::Channel: return QStringLiteral("channel");
    }
    return {};
}

QString quantFormatName(QuantFormat f)
{
    switch (f) {
    case QuantFormat::Int: return QStringLiteral("int");
    case QuantFormat::F16: return QStringLiteral("fp16");
    case QuantFormat::BF16: return QStringLiteral("bf16");
    case QuantFormat::Fp8E4M3: return QStringLiteral("fp8_e4m3");
    case QuantFormat::Fp8E5M2: return QStringLiteral("fp8_e5m2");
    }
    return {};
}

QString granularityName(QuantGranularity g)
{
    switch (g) {
    case QuantGranularity::Tensor: return QStringLiteral("tensor");
    case QuantGranularity::Channel: return QStringLiteral("channel");
    case QuantGranularity::Group: return QStringLiteral("group");
    }
    return {};
}

QString describe(const QuantSpec &s)
{
    if (s.format != QuantFormat::Int)
        return quantFormatName(s.format)
               + (s.format == QuantFormat::F16 || s.format == QuantFormat::BF16
                      ? QString()
                      : QLatin1Char(' ') + granularityName(s.granularity));
    QString g = s.granularity == QuantGranularity::Group ? QStringLiteral("g%1").arg(s.groupSize)
                                                         : granularityName(s.granularity);
    return QStringLiteral("int%1 %2 %3%4")
        .arg(argText(s.bits), argText(g),
             argText(s.scheme == QuantScheme::Symmetric ? QStringLiteral("sym") : QStringLiteral("asym")),
             argText(s.clip == ClipMethod::Mse ? QStringLiteral(" mse") : QString()));
}

QString describe(const PruneSpec &s)
{
    switch (s.method) {
    case PruneMethod::Magnitude:
        return QStringLiteral("%1 % %2%3")
            .arg(s.sparsity * 100, 0, 'g', 3)
            .arg(s.score == PruneScore::Wanda ? QStringLiteral("Wanda") : QStringLiteral("magnitude"))
            .arg(s.scope == PruneScope::Global ? QStringLiteral(" (global)") : QString());
    case PruneMethod::NM: return QStringLiteral("%1:%2").arg(s.n).arg(s.m);
    case PruneMethod::Channel:
        return QStringLiteral("%1 % channels %2")
            .arg(s.sparsity * 100, 0, 'g', 3)
            .arg(s.norm == PruneNorm::L1 ? QStringLiteral("L1") : QStringLiteral("L2"));
    }
    return {};
}

QString describe(const LowRankSpec &s)
{
    return s.rank > 0 ? QCoreApplication::translate("pare::core", "rank %1").arg(s.rank)
                      : QCoreApplication::translate("pare::core", "energy %1").arg(s.energy);
}

Result<Recipe> Recipe::fromJson(const QByteArray &json, const QString &context)
{
    const QString prefix = context.isEmpty() ? QStringLiteral("recipe") : context;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return invalid(prefix,
                       QCoreApplication::translate("pare::core", "not valid JSON at offset %1: %2")
                               .arg(pe.offset)
                               .arg(pe.errorString()));
    if (!doc.isObject())
        return invalid(prefix, QCoreApplication::translate("pare::core",
                                                           "the document must be a JSON object"));
    const QJsonObject root = doc.object();
    const auto where = [&prefix](const QString &key) -> QString { return prefix + QStringLiteral(": ") + key; };
    PARE_TRY_VOID(checkKeys(root, prefix + QStringLiteral(": "), {"pare_recipe", "defaults", "rules", "comment", "solver"}));

    Recipe r;
    const QJsonValue version = root.value(QStringLiteral("pare_recipe"));
    if (!version.isDouble())
        return invalid(where(QStringLiteral("pare_recipe")),
                       QCoreApplication::translate("pare::core",
                                                   "missing; this reader understands version 1"));
    if (version.toDouble() != kVersion)
        return invalid(
                where(QStringLiteral("pare_recipe")),
                QCoreApplication::translate(
                        "pare::core", "version %1 is not supported (this reader understands 1)")
                        .arg(version.toDouble()));

    const QJsonValue defaults = root.value(QStringLiteral("defaults"));
    if (!defaults.isUndefined()) {
        if (!defaults.isObject())
            return invalid(where(QStringLiteral("defaults")),
                           QCoreApplication::translate("pare::core", "must be an object"));
        const QString w = where(QStringLiteral("defaults"));
        PARE_TRY_VOID(checkKeys(defaults.toObject(), w, {"prune", "quantize", "lowrank"}));
        PARE_TRY_VOID(parseMethods(defaults.toObject(), w, r.defaults));
    }

    const QJsonValue rules = root.value(QStringLiteral("rules"));
    if (!rules.isUndefined() && !rules.isArray())
        return invalid(where(QStringLiteral("rules")),
                       QCoreApplication::translate("pare::core", "must be an array"));
    const QJsonArray array = rules.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString w = where(QStringLiteral("rules[%1]").arg(i));
        if (!array.at(i).isObject())
            return invalid(w, QCoreApplication::translate("pare::core", "must be an object"));
        const QJsonObject o = array.at(i).toObject();
        PARE_TRY_VOID(checkKeys(o, w, {"match", "ops", "skip", "prune", "quantize", "lowrank", "comment"}));
        RecipeRule rule;
        const QJsonValue match = o.value(QStringLiteral("match"));
        if (!match.isString() || match.toString().isEmpty())
            return invalid(
                    w + QStringLiteral(".match"),
                    QCoreApplication::translate(
                            "pare::core", "a non-empty glob or \"re:\" expression is required"));
        rule.match = match.toString();
        if (rule.match.startsWith(QLatin1String("re:"))) {
            const QRegularExpression re(rule.match.mid(3));
            if (!re.isValid())
                return invalid(w + QStringLiteral(".match"),
                               QCoreApplication::translate(
                                       "pare::core",
                                       "the regular expression does not compile: %1 at offset %2")
                                       .arg(argText(re.errorString()),
                                            argText(re.patternErrorOffset())));
        }
        const QJsonValue ops = o.value(QStringLiteral("ops"));
        if (!ops.isUndefined()) {
            if (!ops.isArray())
                return invalid(
                        w + QStringLiteral(".ops"),
                        QCoreApplication::translate("pare::core", "must be an array of op kinds"));
            const QJsonArray list = ops.toArray();
            for (qsizetype j = 0; j < list.size(); ++j) {
                const auto kind = opKindFromName(list.at(j).toString());
                if (!list.at(j).isString() || !kind)
                    return invalid(w + QStringLiteral(".ops[%1]").arg(j),
                                   QCoreApplication::translate(
                                           "pare::core",
                                           "must be one of Dense, Conv, Embedding, Norm, Other"));
                rule.ops.push_back(*kind);
            }
        }
        const QJsonValue skip = o.value(QStringLiteral("skip"));
        if (!skip.isUndefined() && !skip.isBool())
            return invalid(w + QStringLiteral(".skip"),
                           QCoreApplication::translate("pare::core", "must be true or false"));
        rule.skip = skip.toBool(false);
        rule.comment = o.value(QStringLiteral("comment")).toString();
        PARE_TRY_VOID(parseMethods(o, w, rule.settings));
        if (rule.skip && (rule.settings.prune || rule.settings.quantize || rule.settings.lowrank))
            return invalid(w + QStringLiteral(".skip"),
                           QCoreApplication::translate("pare::core",
                                                       "a skipping rule cannot also set methods"));
        r.rules.push_back(std::move(rule));
    }

    const QJsonValue solver = root.value(QStringLiteral("solver"));
    if (!solver.isUndefined()) {
        const QString w = where(QStringLiteral("solver"));
        if (!solver.isObject())
            return invalid(w, QCoreApplication::translate("pare::core", "must be an object"));
        const QJsonObject o = solver.toObject();
        PARE_TRY_VOID(checkKeys(o, w, {"budget", "kind", "value", "damage", "predicted_damage", "method"}));
        RecipeSolverInfo info;
        info.budget = o.value(QStringLiteral("budget")).toString();
        if (info.budget.isEmpty())
            return invalid(w + QStringLiteral(".budget"),
                           QCoreApplication::translate("pare::core", "a non-empty string is required"));
        auto kind = enumField(o, "kind", w, {"bytes", "bpw", "ratio", "latency"}, -1);
        if (!kind.ok())
            return kind.error();
        if (kind.value() < 0)
            return invalid(w + QStringLiteral(".kind"),
                           QCoreApplication::translate("pare::core", "must be one of %1")
                               .arg(QStringLiteral("\"bytes\", \"bpw\", \"ratio\", \"latency\"")));
        info.kind = o.value(QStringLiteral("kind")).toString();
        const QJsonValue value = o.value(QStringLiteral("value"));
        if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() <= 0)
            return invalid(w + QStringLiteral(".value"),
                           QCoreApplication::translate("pare::core", "must be a positive number"));
        info.value = value.toDouble();
        if (auto damage = enumField(o, "damage", w, {"weight", "output", "e2e"}, 0); !damage.ok())
            return damage.error();
        info.damage = o.value(QStringLiteral("damage")).toString(QStringLiteral("weight"));
        const QJsonValue predicted = o.value(QStringLiteral("predicted_damage"));
        if (!predicted.isUndefined()) {
            if (!predicted.isDouble() || !std::isfinite(predicted.toDouble()) || predicted.toDouble() < 0)
                return invalid(w + QStringLiteral(".predicted_damage"),
                               QCoreApplication::translate("pare::core", "must be a non-negative number"));
            info.predictedDamage = predicted.toDouble();
        }
        const QJsonValue method = o.value(QStringLiteral("method"));
        if (!method.isUndefined() && !method.isString())
            return invalid(w + QStringLiteral(".method"), QCoreApplication::translate("pare::core", "must be a string"));
        info.method = method.toString();
        r.solver = std::move(info);
    }
    return r;
}

Result<Recipe> Recipe::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("pare::core", "%1: cannot open: %2")
                                 .arg(path, f.errorString()));
    if (f.size() > 16 * 1024 * 1024)
        return makeError(
                ErrorCode::Format,
                QCoreApplication::translate("pare::core", "%1: %2 bytes is too large for a recipe")
                        .arg(argText(path), argText(f.size())));
    return fromJson(f.readAll(), path);
}

QByteArray Recipe::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("pare_recipe"), version);
    QJsonObject d;
    writeMethods(defaults, d);
    root.insert(QStringLiteral("defaults"), d);
    QJsonArray array;
    for (const RecipeRule &rule : rules) {
        QJsonObject o;
        o.insert(QStringLiteral("match"), rule.match);
        if (!rule.ops.empty()) {
            QJsonArray ops;
            for (OpKind k : rule.ops)
                ops.append(opKindName(k));
            o.insert(QStringLiteral("ops"), ops);
        }
        if (rule.skip)
            o.insert(QStringLiteral("skip"), true);
        if (!rule.comment.isEmpty())
            o.insert(QStringLiteral("comment"), rule.comment);
        writeMethods(rule.settings, o);
        array.append(o);
    }
    root.insert(QStringLiteral("rules"), array);
    if (solver) {
        QJsonObject o{{QStringLiteral("budget"), solver->budget},
                      {QStringLiteral("kind"), solver->kind},
                      {QStringLiteral("value"), solver->value},
                      {QStringLiteral("damage"), solver->damage}};
        if (solver->predictedDamage >= 0)
            o.insert(QStringLiteral("predicted_damage"), solver->predictedDamage);
        if (!solver->method.isEmpty())
            o.insert(QStringLiteral("method"), solver->method);
        root.insert(QStringLiteral("solver"), o);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<void> Recipe::saveToFile(const QString &path) const
{
    return writeFileAtomically(path, toJson());
}

} // namespace pare::core
