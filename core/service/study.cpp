// SPDX-License-Identifier: GPL-3.0-or-later
#include "study.h"

#include "common/argtext.h"
#include "common/paths.h"
#include "common/version.h"
#include "compress/compressor.h"
#include "compress/plan.h"
#include "io/modelio.h"
#include "jobs/jobrunner.h"
#include "runtime/calibration.h"
#include "runtime/datasets.h"
#include "runtime/decoder.h"
#include "runtime/decoderweights.h"
#include "runtime/evaluator.h"
#include "runtime/graphexecutor.h"
#include "runtime/latencybench.h"
#include "runtime/weightoverrides.h"
#include "service/modelinfo.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace pare::core {

namespace {

QJsonValue num(double v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v);
}

QJsonValue num(std::int64_t v)
{
    return v < 0 ? QJsonValue() : QJsonValue(double(v));
}

double toNum(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : -1.0;
}

QJsonObject layerJson(const StudyLayer &l)
{
    return QJsonObject{{QStringLiteral("name"), l.name},
                       {QStringLiteral("op"), l.op},
                       {QStringLiteral("method"), l.method},
                       {QStringLiteral("parameters"), num(l.parameters)},
                       {QStringLiteral("original_bytes"), num(l.originalBytes)},
                       {QStringLiteral("bytes"), num(l.bytes)},
                       {QStringLiteral("original_macs"), num(l.originalMacs)},
                       {QStringLiteral("macs"), num(l.macs)},
                       {QStringLiteral("original_latency_us"), num(l.originalLatencyUs)},
                       {QStringLiteral("latency_us"), num(l.latencyUs)},
                       {QStringLiteral("relative_error"), l.relativeError},
                       {QStringLiteral("sqnr_db"), std::isfinite(l.sqnrDb) ? QJsonValue(l.sqnrDb) : QJsonValue()}};
}

StudyQuality qualityFromJson(const QJsonObject &o)
{
    StudyQuality q;
    q.measured = o.value(QStringLiteral("measured")).toBool();
    q.kind = o.value(QStringLiteral("kind")).toString();
    q.data = o.value(QStringLiteral("data")).toString();
    q.perplexity = toNum(o.value(QStringLiteral("perplexity")));
    q.natsPerByte = toNum(o.value(QStringLiteral("nats_per_byte")));
    q.meanKl = toNum(o.value(QStringLiteral("mean_kl")));
    q.p99Kl = toNum(o.value(QStringLiteral("p99_kl")));
    q.sameTopRate = toNum(o.value(QStringLiteral("same_top_rate")));
    q.accuracy = toNum(o.value(QStringLiteral("accuracy")));
    q.agreement = toNum(o.value(QStringLiteral("agreement")));
    return q;
}

QJsonValue nameOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject comparedJson(const StudyCompared &c)
{
    return QJsonObject{{QStringLiteral("name"), c.name},
                       {QStringLiteral("bytes"), num(c.bytes)},
                       {QStringLiteral("bits_per_weight"), num(c.bitsPerWeight)},
                       {QStringLiteral("quality"), num(c.quality)}};
}

StudyCompared comparedFromJson(const QJsonObject &o)
{
    StudyCompared c;
    c.name = o.value(QStringLiteral("name")).toString();
    c.bytes = std::int64_t(o.value(QStringLiteral("bytes")).toDouble());
    c.bitsPerWeight = toNum(o.value(QStringLiteral("bits_per_weight")));
    c.quality = toNum(o.value(QStringLiteral("quality")));
    return c;
}

QJsonObject solverJson(const StudySolver &s)
{
    QJsonArray front;
    for (const StudyFrontPoint &p : s.front)
        front.append(QJsonObject{{QStringLiteral("bytes"), num(p.bytes)},
                                 {QStringLiteral("bits_per_weight"), p.bitsPerWeight},
                                 {QStringLiteral("latency_us"), num(p.latencyUs)},
                                 {QStringLiteral("damage"), p.damage},
                                 {QStringLiteral("variant"), nameOrNull(p.variant)}});
    QJsonArray comparisons;
    for (const StudyComparison &c : s.comparisons) {
        QJsonArray uniform;
        for (const StudyCompared &u : c.uniform)
            uniform.append(comparedJson(u));
        comparisons.append(QJsonObject{
            {QStringLiteral("solver"), comparedJson(c.solver)},
            {QStringLiteral("budget"), c.budget},
            {QStringLiteral("budget_bytes"), num(c.budgetBytes)},
            {QStringLiteral("uniform"), uniform},
            {QStringLiteral("best_uniform"), c.best >= 0 ? QJsonValue(c.uniform[std::size_t(c.best)].name) : QJsonValue()},
            {QStringLiteral("verdict"), c.verdict}});
    }
    QJsonObject out{{QStringLiteral("level"), s.level},
                    {QStringLiteral("damage_unit"), s.damageUnit},
                    {QStringLiteral("budget_kind"), s.budgetKind},
                    {QStringLiteral("candidate_layers"), QJsonArray::fromStringList(s.candidateLayers)},
                    {QStringLiteral("quality_figure"), s.qualityFigure},
                    {QStringLiteral("front"), front},
                    {QStringLiteral("comparisons"), comparisons}};
    s.latencySource.writeJson(out);
    return out;
}

StudySolver solverFromJson(const QJsonObject &o)
{
    StudySolver s;
    s.level = o.value(QStringLiteral("level")).toString();
    s.damageUnit = o.value(QStringLiteral("damage_unit")).toString();
    s.budgetKind = o.value(QStringLiteral("budget_kind")).toString();
    s.latencySource = LatencySource::fromJson(o);
    for (const QJsonValue &n : o.value(QStringLiteral("candidate_layers")).toArray())
        s.candidateLayers << n.toString();
    s.qualityFigure = o.value(QStringLiteral("quality_figure")).toString();
    for (const QJsonValue &pv : o.value(QStringLiteral("front")).toArray()) {
        const QJsonObject p = pv.toObject();
        StudyFrontPoint f;
        f.bytes = std::int64_t(p.value(QStringLiteral("bytes")).toDouble());
        f.bitsPerWeight = p.value(QStringLiteral("bits_per_weight")).toDouble();
        f.latencyUs = toNum(p.value(QStringLiteral("latency_us")));
        f.damage = p.value(QStringLiteral("damage")).toDouble();
        f.variant = p.value(QStringLiteral("variant")).toString();
        s.front.push_back(f);
    }
    for (const QJsonValue &cv : o.value(QStringLiteral("comparisons")).toArray()) {
        const QJsonObject c = cv.toObject();
        StudyComparison x;
        x.solver = comparedFromJson(c.value(QStringLiteral("solver")).toObject());
        x.budget = c.value(QStringLiteral("budget")).toString();
        x.budgetBytes = toNum(c.value(QStringLiteral("budget_bytes")));
        const QString best = c.value(QStringLiteral("best_uniform")).toString();
        for (const QJsonValue &u : c.value(QStringLiteral("uniform")).toArray()) {
            x.uniform.push_back(comparedFromJson(u.toObject()));
            if (!best.isEmpty() && x.uniform.back().name == best)
                x.best = int(x.uniform.size()) - 1;
        }
        x.verdict = c.value(QStringLiteral("verdict")).toString();
        s.comparisons.push_back(x);
    }
    return s;
}

struct Evaluation
{
    StudyQuality original;
    StudyQuality variant;
};

// Runs the model and the variant on the evaluation data. `note` explains a skip.
Result<Evaluation> evaluate(const std::shared_ptr<const Model> &model, const Variant &variant,
                            const StudyOptions &options, QString *note, JobContext &ctx)
{
    const QString data = options.dataPath.isEmpty() ? bundledEvalData(model->path) : options.dataPath;
    if (data.isEmpty()) {
        *note = QCoreApplication::translate("pare::core", "no evaluation data given (--data), quality not measured");
        return Evaluation{};
    }
    auto overrides = overridesFromVariant(*model, variant);
    if (!overrides.ok())
        return overrides.error();
    Evaluation e;
    if (model->graph) {
        const QStringList unsupported = GraphExecutor::unsupportedOperators(*model->graph);
        if (!unsupported.isEmpty()) {
            *note = QCoreApplication::translate("pare::core", "%1: cannot execute operators %2; quality not measured")
                        .arg(model->path, unsupported.join(QStringLiteral(", ")));
            return Evaluation{};
        }
        auto original = GraphExecutor::create(model);
        if (!original.ok())
            return original.error();
        auto compressed = GraphExecutor::create(model, &overrides.value());
        if (!compressed.ok())
            return compressed.error();
        auto dataset = loadDataset(data, options.labelsPath);
        if (!dataset.ok())
            return dataset.error();
        auto inputs = prepareInputs(*dataset, original->input(), original->channelsLast(), Preprocess{});
        if (!inputs.ok())
            return inputs.error();
        auto r = evaluateClassifier(*original, &compressed.value(), *inputs, dataset->labels, 64, ctx);
        if (!r.ok())
            return r.error();
        for (StudyQuality *q : {&e.original, &e.variant}) {
            q->measured = true;
            q->kind = QStringLiteral("classifier");
            q->data = QFileInfo(data).fileName();
        }
        if (r->labelled) {
            e.original.accuracy = r->accuracy;
            e.variant.accuracy = r->variantAccuracy;
        }
        e.variant.agreement = r->top1Agreement;
        return e;
    }
    auto originalWeights = DecoderWeights::fromModel(*model);
    if (!originalWeights.ok()) {
        *note = QCoreApplication::translate("pare::core", "not executable here (%1); quality not measured").arg(originalWeights.error().message);
        return Evaluation{};
    }
    auto variantWeights = DecoderWeights::fromModel(*model, &overrides.value());
    if (!variantWeights.ok())
        return variantWeights.error();
    auto text = loadText(data);
    if (!text.ok())
        return text.error();
    const Decoder original(std::make_shared<const DecoderWeights>(std::move(originalWeights).value()));
    const Decoder compressed(std::make_shared<const DecoderWeights>(std::move(variantWeights).value()));
    LmEvalOptions lm;
    lm.maxBytes = options.maxEvalBytes;
    auto r = evaluateLanguageModel(original, &compressed, *text, lm, ctx);
    if (!r.ok())
        return r.error();
    for (StudyQuality *q : {&e.original, &e.variant}) {
        q->measured = true;
        q->kind = QStringLiteral("language-model");
        q->data = options.maxEvalBytes > 0
                      ? QCoreApplication::translate("pare::core", "%1 (first %2 bytes)")
                              .arg(argText(QFileInfo(data).fileName()),
                                   argText(options.maxEvalBytes))
                      : QFileInfo(data).fileName();
    }
    e.original.perplexity = r->perplexity;
    e.original.natsPerByte = r->meanNll;
    e.variant.perplexity = r->variantPerplexity;
    e.variant.natsPerByte = r->variantMeanNll;
    e.variant.meanKl = r->meanKl;
    e.variant.p99Kl = r->p99Kl;
    e.variant.sameTopRate = r->sameTopRate;
    return e;
}

} // namespace

QJsonObject StudyQuality::toJson() const
{
    return QJsonObject{{QStringLiteral("measured"), measured},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("data"), data},
                       {QStringLiteral("perplexity"), num(perplexity)},
                       {QStringLiteral("nats_per_byte"), num(natsPerByte)},
                       {QStringLiteral("mean_kl"), num(meanKl)},
                       {QStringLiteral("p99_kl"), num(p99Kl)},
                       {QStringLiteral("same_top_rate"), num(sameTopRate)},
                       {QStringLiteral("accuracy"), num(accuracy)},
                       {QStringLiteral("agreement"), num(agreement)}};
}

QJsonObject StudyResult::toJson() const
{
    QJsonArray vs;
    const bool withSolver = solver.present();
    for (const StudyVariant &v : variants) {
        QJsonArray layersJson;
        for (const StudyLayer &l : v.layers)
            layersJson.append(layerJson(l));
        QJsonObject vo{{QStringLiteral("name"), v.name},
                              {QStringLiteral("recipe"), v.recipe},
                              {QStringLiteral("bytes"), num(v.bytes)},
                              {QStringLiteral("compression_ratio"), v.bytes > 0 ? double(bytes) / double(v.bytes) : 0.0},
                              {QStringLiteral("macs"), num(v.macs)},
                              {QStringLiteral("latency_us"), num(v.latencyUs)},
                              {QStringLiteral("speedup"), v.latencyUs > 0 && latencyUs > 0 ? QJsonValue(latencyUs / v.latencyUs) : QJsonValue()},
                              {QStringLiteral("relative_error"), v.relativeError},
                              {QStringLiteral("sqnr_db"), std::isfinite(v.sqnrDb) ? QJsonValue(v.sqnrDb) : QJsonValue()},
                              {QStringLiteral("quality"), v.quality.toJson()},
                              {QStringLiteral("notes"), QJsonArray::fromStringList(v.notes)},
                              {QStringLiteral("layers"), layersJson}};
        // Roles matter to the solver comparison only; without it the JSON stays as it was.
        if (withSolver) {
            vo.insert(QStringLiteral("role"), v.role);
            vo.insert(QStringLiteral("budget"), nameOrNull(v.budget));
            vo.insert(QStringLiteral("budget_bytes"), num(v.budgetBytes));
        }
        vs.append(vo);
    }
    QJsonObject out{
        {QStringLiteral("schema_version"), kSchemaVersion},
        {QStringLiteral("model"), QJsonObject{{QStringLiteral("path"), modelPath},
                                              {QStringLiteral("name"), modelName},
                                              {QStringLiteral("format"), format},
                                              {QStringLiteral("architecture"), architecture},
                                              {QStringLiteral("sha256"), sha256},
                                              {QStringLiteral("parameters"), num(parameters)},
                                              {QStringLiteral("bytes"), num(bytes)},
                                              {QStringLiteral("macs"), num(macs)},
                                              {QStringLiteral("latency_us"), num(latencyUs)},
                                              {QStringLiteral("quality"), quality.toJson()}}},
        {QStringLiteral("variants"), vs},
        {QStringLiteral("environment"), QJsonObject{{QStringLiteral("cpu"), environment.cpu},
                                                    {QStringLiteral("features"), QJsonArray::fromStringList(environment.features)},
                                                    {QStringLiteral("threads"), environment.threads},
                                                    {QStringLiteral("pare_version"), environment.pareVersion},
                                                    {QStringLiteral("date"), environment.date}}},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
    if (withSolver)
        out.insert(QStringLiteral("solver"), solverJson(solver));
    return out;
}

Result<StudyResult> StudyResult::fromJson(const QJsonObject &o)
{
    if (o.value(QStringLiteral("schema_version")).toInt() != kSchemaVersion)
        return Error{ErrorCode::Format,
                     QCoreApplication::translate("pare::core", "study: schema_version %1 is not %2")
                             .arg(argText(o.value(QStringLiteral("schema_version")).toInt()),
                                  argText(kSchemaVersion))};
    StudyResult r;
    const QJsonObject m = o.value(QStringLiteral("model")).toObject();
    r.modelPath = m.value(QStringLiteral("path")).toString();
    r.modelName = m.value(QStringLiteral("name")).toString();
    r.format = m.value(QStringLiteral("format")).toString();
    r.architecture = m.value(QStringLiteral("architecture")).toString();
    r.sha256 = m.value(QStringLiteral("sha256")).toString();
    r.parameters = std::int64_t(m.value(QStringLiteral("parameters")).toDouble());
    r.bytes = std::int64_t(m.value(QStringLiteral("bytes")).toDouble());
    r.macs = std::int64_t(m.value(QStringLiteral("macs")).toDouble());
    r.latencyUs = toNum(m.value(QStringLiteral("latency_us")));
    r.quality = qualityFromJson(m.value(QStringLiteral("quality")).toObject());
    for (const QJsonValue &vv : o.value(QStringLiteral("variants")).toArray()) {
        const QJsonObject v = vv.toObject();
        StudyVariant s;
        s.name = v.value(QStringLiteral("name")).toString();
        s.role = v.value(QStringLiteral("role")).toString();
        s.budget = v.value(QStringLiteral("budget")).toString();
        s.budgetBytes = toNum(v.value(QStringLiteral("budget_bytes")));
        s.recipe = v.value(QStringLiteral("recipe")).toObject();
        s.bytes = std::int64_t(v.value(QStringLiteral("bytes")).toDouble());
        s.macs = std::int64_t(v.value(QStringLiteral("macs")).toDouble());
        s.latencyUs = toNum(v.value(QStringLiteral("latency_us")));
        s.relativeError = v.value(QStringLiteral("relative_error")).toDouble();
        s.sqnrDb = v.value(QStringLiteral("sqnr_db")).toDouble(std::numeric_limits<double>::infinity());
        s.quality = qualityFromJson(v.value(QStringLiteral("quality")).toObject());
        for (const QJsonValue &n : v.value(QStringLiteral("notes")).toArray())
            s.notes << n.toString();
        for (const QJsonValue &lv : v.value(QStringLiteral("layers")).toArray()) {
            const QJsonObject l = lv.toObject();
            StudyLayer x;
            x.name = l.value(QStringLiteral("name")).toString();
            x.op = l.value(QStringLiteral("op")).toString();
            x.method = l.value(QStringLiteral("method")).toString();
            x.parameters = std::int64_t(l.value(QStringLiteral("parameters")).toDouble());
            x.originalBytes = std::int64_t(l.value(QStringLiteral("original_bytes")).toDouble());
            x.bytes = std::int64_t(l.value(QStringLiteral("bytes")).toDouble());
            x.originalMacs = std::int64_t(l.value(QStringLiteral("original_macs")).toDouble(-1));
            x.macs = std::int64_t(l.value(QStringLiteral("macs")).toDouble(-1));
            x.originalLatencyUs = toNum(l.value(QStringLiteral("original_latency_us")));
            x.latencyUs = toNum(l.value(QStringLiteral("latency_us")));
            x.relativeError = l.value(QStringLiteral("relative_error")).toDouble();
            x.sqnrDb = l.value(QStringLiteral("sqnr_db")).toDouble(std::numeric_limits<double>::infinity());
            s.layers.push_back(x);
        }
        r.variants.push_back(s);
    }
    const QJsonObject env = o.value(QStringLiteral("environment")).toObject();
    r.environment.cpu = env.value(QStringLiteral("cpu")).toString();
    for (const QJsonValue &f : env.value(QStringLiteral("features")).toArray())
        r.environment.features << f.toString();
    r.environment.threads = env.value(QStringLiteral("threads")).toInt();
    r.environment.pareVersion = env.value(QStringLiteral("pare_version")).toString();
    r.environment.date = env.value(QStringLiteral("date")).toString();
    for (const QJsonValue &n : o.value(QStringLiteral("notes")).toArray())
        r.notes << n.toString();
    if (o.value(QStringLiteral("solver")).isObject())
        r.solver = solverFromJson(o.value(QStringLiteral("solver")).toObject());
    return r;
}

std::vector<StudyVariantSpec> defaultStudyVariants()
{
    auto recipe = [](const char *json) {
        auto r = Recipe::fromJson(QByteArray(json), QStringLiteral("default study"));
        Q_ASSERT(r.ok());
        return r.value();
    };
    return {
        {QStringLiteral("int8 per channel"),
         recipe(R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 8, "granularity": "channel"}}})")},
        {QStringLiteral("int4 group 128"),
         recipe(R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 4, "granularity": "group", "group_size": 128}}})")},
        {QStringLiteral("50 % pruned + int8"),
         recipe(R"({"pare_recipe": 1, "defaults": {"prune": {"method": "magnitude", "sparsity": 0.5}, "quantize": {"bits": 8, "granularity": "channel"}}})")},
        {QStringLiteral("low-rank 90 % energy"),
         recipe(R"({"pare_recipe": 1, "defaults": {"lowrank": {"energy": 0.9}}})")},
    };
}

Result<QString> hashModelFiles(const QString &path, JobContext &ctx)
{
    QStringList files;
    const QFileInfo info(path);
    if (info.isDir()) {
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
    } else {
        files << path;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot read: %2").arg(f, file.errorString())};
        while (!file.atEnd()) {
            if (ctx.isCanceled())
                return Error::canceled();
            const QByteArray chunk = file.read(8 << 20);
            if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
                return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot read: %2").arg(f, file.errorString())};
            hash.addData(chunk);
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

namespace {
// The model-level part of a study: identity, size, cost, environment.
Result<StudyResult> studyHeader(const std::shared_ptr<const Model> &model, const StudyOptions &options, JobContext &ctx)
{
    StudyResult out;
    auto hash = hashModelFiles(model->path, ctx);
    if (!hash.ok())
        return hash.error();
    const ModelInfo info = describeModel(*model, options.input);
    out.modelPath = QFileInfo(model->path).absoluteFilePath();
    out.modelName = QFileInfo(model->path).fileName();
    out.format = info.format;
    out.architecture = info.architecture;
    out.sha256 = hash.value();
    out.parameters = info.parameters;
    out.bytes = info.bytes;
    out.macs = info.macs;
    out.environment = {cpuModelName(), cpuFeatures(), computeThreads(), versionString(),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    if (const int unknown = info.layersWithUnknownMacs; unknown > 0)
        out.notes << QCoreApplication::translate("pare::core",
                                                 "%n layer(s) have unknown MACs (no input shape); totals count the others",
                                                 nullptr, unknown);
    return out;
}
} // namespace

Result<MeasuredVariant> measureVariant(const std::shared_ptr<const Model> &model, const QString &name,
                                       const Recipe &recipe, const StudyOptions &options, JobContext &ctx)
{
    ctx.setProgress(0.0, QCoreApplication::translate("pare::core", "Compressing: %1").arg(name));
    auto plans = resolvePlan(recipe, *model);
    if (!plans.ok())
        return Error{plans.error().code, QStringLiteral("%1: %2").arg(name, plans.error().message)};
    CompressOptions copts;
    copts.input = options.input;
    const bool calibrate = !options.calibrationPath.isEmpty() && usesActivationAwarePruning(plans->plans);
    if (calibrate) {
        // Activation norms for Wanda scores: the decoder on calibration text, or the graph on
        // calibration examples (default preprocessing, as the evaluation uses).
        JobContext calibrationCtx = ctx.subRange(0.0, 0.2);
        calibrationCtx.setProgress(0.0, QCoreApplication::translate("pare::core", "Calibrating on %1")
                                            .arg(QFileInfo(options.calibrationPath).fileName()));
        auto norms = calibrateInputNormsFromFile(*model, options.calibrationPath, Preprocess{}, {}, calibrationCtx);
        if (norms.isCanceled())
            return Error::canceled();
        if (!norms.ok())
            return norms.error();
        copts.inputNorms = std::move(norms).value();
    }
    JobContext compressCtx = ctx.subRange(calibrate ? 0.2 : 0.0, 0.4);
    auto compressed = compressModel(*model, plans->plans, compressCtx, copts);
    if (!compressed.ok())
        return compressed.error();
    MeasuredVariant mv;
    mv.variant = std::make_shared<const Variant>(std::move(compressed).value());
    const Variant &variant = *mv.variant;
    StudyVariant &sv = mv.summary;
    sv.name = name;
    sv.recipe = QJsonDocument::fromJson(recipe.toJson()).object();
    sv.role = variantRole(sv.recipe, &sv.budget);
    sv.bytes = variant.bytes;
    sv.macs = variant.macs;
    sv.relativeError = variant.error.relativeFrobenius;
    sv.sqnrDb = variant.error.sqnrDb;
    sv.notes = variant.notes + plans->warnings;
    if (calibrate)
        sv.notes << QCoreApplication::translate("pare::core", "activation-aware pruning calibrated on %1").arg(options.calibrationPath);
    std::map<QString, const LayerLatency *> latencyOf;
    std::vector<LayerLatency> latencies;
    if (options.latency) {
        JobContext benchCtx = ctx.subRange(0.4, 0.7);
        benchCtx.setProgress(0.0, QCoreApplication::translate("pare::core", "Timing layers: %1").arg(name));
        LatencyOptions lo;
        lo.batch = options.batch;
        lo.repeats = options.repeats;
        auto bench = benchLayers(*model, &variant, lo, benchCtx);
        if (bench.isCanceled())
            return Error::canceled();
        if (bench.ok()) {
            latencies = std::move(bench).value();
            for (const LayerLatency &l : latencies)
                latencyOf[l.layer] = &l;
        } else {
            sv.notes << QCoreApplication::translate("pare::core", "latency not measured: %1").arg(bench.error().message);
        }
    }
    double originalUs = 0, variantUs = 0;
    for (std::size_t i = 0; i < variant.layers.size() && i < model->layers.size(); ++i) {
        const CompressedLayer &c = variant.layers[i];
        const Layer &layer = model->layers[i];
        if (model->weightOf(layer) == nullptr || layer.tiedTo)
            continue;
        StudyLayer l;
        l.name = c.name;
        l.op = opKindName(layer.op);
        l.method = c.changed ? c.method : QStringLiteral("kept");
        l.parameters = c.parameters;
        l.originalBytes = c.originalBytes;
        l.bytes = c.bytes;
        l.originalMacs = c.originalMacs;
        l.macs = c.macs;
        l.relativeError = c.error.relativeFrobenius;
        l.sqnrDb = c.error.sqnrDb;
        if (auto it = latencyOf.find(c.name); it != latencyOf.end()) {
            l.originalLatencyUs = it->second->original.stats.medianUs;
            l.latencyUs = it->second->variant ? it->second->variant->stats.medianUs : l.originalLatencyUs;
            originalUs += l.originalLatencyUs;
            variantUs += l.latencyUs;
        }
        sv.layers.push_back(l);
    }
    if (!latencyOf.empty()) {
        sv.latencyUs = variantUs;
        mv.originalLatencyUs = originalUs;
    }
    if (options.evaluate) {
        JobContext evalCtx = ctx.subRange(0.7, 1.0);
        evalCtx.setProgress(0.0, QCoreApplication::translate("pare::core", "Evaluating: %1").arg(name));
        QString note;
        auto e = evaluate(model, variant, options, &note, evalCtx);
        if (e.isCanceled())
            return Error::canceled();
        if (!e.ok())
            sv.notes << QCoreApplication::translate("pare::core", "quality not measured: %1").arg(e.error().message);
        else if (!note.isEmpty())
            sv.notes << note;
        else {
            sv.quality = e->variant;
            mv.originalQuality = e->original;
        }
    }
    ctx.setProgress(1.0);
    return mv;
}

Result<StudyResult> studyFromMeasured(const std::shared_ptr<const Model> &model,
                                      const std::vector<MeasuredVariant> &variants,
                                      const StudyOptions &options, JobContext &ctx)
{
    auto out = studyHeader(model, options, ctx);
    if (!out.ok())
        return out;
    for (const MeasuredVariant &mv : variants) {
        out->variants.push_back(mv.summary);
        if (out->latencyUs < 0 && mv.originalLatencyUs >= 0)
            out->latencyUs = mv.originalLatencyUs; // the original, as timed in the first variant's run
        if (!out->quality.measured && mv.originalQuality.measured)
            out->quality = mv.originalQuality;
    }
    return out;
}

Result<StudyResult> runStudy(const QString &modelPath, const std::vector<StudyVariantSpec> &specs,
                             const StudyOptions &options, JobContext &ctx)
{
    const bool solve = options.solve.enabled;
    const int steps = 1 + int(specs.size()) + (solve ? 2 : 0);
    JobContext openCtx = ctx.subRange(0.0, 1.0 / steps);
    openCtx.setProgress(0.0, QCoreApplication::translate("pare::core", "Opening %1").arg(modelPath));
    auto opened = openModel(modelPath, openCtx);
    if (!opened.ok())
        return opened.error();
    const std::shared_ptr<const Model> model = std::move(opened).value();
    std::vector<MeasuredVariant> measured;
    for (std::size_t vi = 0; vi < specs.size(); ++vi) {
        JobContext vctx = ctx.subRange(double(vi + 1) / steps, double(vi + 2) / steps);
        auto mv = measureVariant(model, specs[vi].name, specs[vi].recipe, options, vctx);
        if (!mv.ok())
            return mv.error();
        if (!specs[vi].role.isEmpty()) {
            mv->summary.role = specs[vi].role;
            mv->summary.budget = specs[vi].budget;
            mv->summary.budgetBytes = specs[vi].budgetBytes;
        }
        measured.push_back(std::move(mv).value());
    }
    if (!solve) {
        auto out = studyFromMeasured(model, measured, options, openCtx);
        ctx.setProgress(1.0, QCoreApplication::translate("pare::core", "Study done"));
        return out;
    }

    // The budget solver: a sweep, the plan at the budget (measured like every variant), the front.
    const StudySolveOptions &so = options.solve;
    Budget budget;
    if (so.budget) {
        budget = *so.budget;
    } else {
        const StudyVariant *ref = nullptr;
        for (const MeasuredVariant &mv : measured) {
            const StudyVariant &v = mv.summary;
            if (so.sameAs.isEmpty() ? (v.role == QLatin1String(kRoleUniform) && (!ref || v.bytes > ref->bytes))
                                    : v.name == so.sameAs)
                ref = &v;
        }
        if (!ref)
            return Error{ErrorCode::InvalidArgument,
                         so.sameAs.isEmpty()
                             ? QCoreApplication::translate("pare::core", "%1: the solver's budget is the size of the largest "
                                                                         "uniform recipe, but no recipe is uniform (defaults only, no rules)")
                                   .arg(modelPath)
                             : QCoreApplication::translate("pare::core", "%1: the solver's budget is the size of the variant '%2', "
                                                                         "but the study has no such variant")
                                   .arg(modelPath, so.sameAs)};
        budget = Budget{BudgetKind::Bytes, double(ref->bytes)};
    }
    JobContext sweepCtx = ctx.subRange(double(specs.size() + 1) / steps, double(specs.size() + 2) / steps);
    sweepCtx.setProgress(0.0, QCoreApplication::translate("pare::core", "Sensitivity sweep (%1 damage)").arg(damageLevelName(so.level)));
    SweepOptions sweep;
    sweep.level = so.level;
    sweep.dataPath = so.dataPath;
    sweep.maxEvalBytes = so.maxEvalBytes;
    sweep.measureLatency = budget.kind == BudgetKind::Latency;
    SensitivityTable table;
    if (auto r = runSensitivity(model, sweep, table, sweepCtx); !r.ok())
        return r.error();
    auto plan = solveBudget(table, budget);
    if (!plan.ok())
        return Error{plan.error().code, QStringLiteral("%1: %2").arg(modelPath, plan.error().message)};
    const QString name = so.name.isEmpty() ? QCoreApplication::translate("pare::core", "solver %1").arg(budget.text()) : so.name;
    JobContext planCtx = ctx.subRange(double(specs.size() + 2) / steps, 1.0);
    auto mv = measureVariant(model, name, plan->recipe, options, planCtx);
    if (!mv.ok())
        return mv.error();
    mv->summary.role = QLatin1String(kRoleSolver);
    mv->summary.budget = budget.text();
    mv->summary.budgetBytes = budget.kind == BudgetKind::Latency ? -1.0 : plan->capacity + double(table.fixedBytes);
    measured.push_back(std::move(mv).value());
    const BudgetKind frontKind = budget.kind == BudgetKind::Latency ? BudgetKind::Latency : BudgetKind::Bytes;
    auto front = paretoFront(table, frontKind, so.frontPoints);
    if (!front.ok())
        return Error{front.error().code, QStringLiteral("%1: %2").arg(modelPath, front.error().message)};
    auto out = studyFromMeasured(model, measured, options, openCtx);
    if (!out.ok())
        return out;
    attachSolver(*out, table, front.value(), frontKind, {{name, plan.value()}});
    ctx.setProgress(1.0, QCoreApplication::translate("pare::core", "Study done"));
    return out;
}

bool usesActivationAwarePruning(const std::vector<LayerPlan> &plans)
{
    return std::any_of(plans.begin(), plans.end(), [](const LayerPlan &p) {
        return p.changesWeights() && p.prune && p.prune->method == PruneMethod::Magnitude && p.prune->score == PruneScore::Wanda;
    });
}

QStringList magnitudeFallbackLayers(const Variant &variant)
{
    QStringList out;
    for (const CompressedLayer &l : variant.layers) {
        if (l.magnitudeFallback)
            out << l.name;
    }
    return out;
}

} // namespace pare::core
