// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include "common/argtext.h"
#include "common/atomicfile.h"
#include "common/version.h"
#include "compress/recipe.h"
#include "io/hdf5util.h"
#include "io/pareh5format.h"

#if __has_include("common/isolate.h")
#include "common/isolate.h"
#define PARE_PROJECT_ISOLATED 1
#endif

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace pare::core {

namespace {

// JSON datasets larger than this are refused before reading (a project of a model with a
// hundred thousand layers and dozens of variants stays far below).
constexpr std::int64_t kMaxJsonBytes = std::int64_t(512) << 20;
constexpr int kMaxVariants = 10000;
constexpr int kMaxLayers = 10'000'000;

const char *const kDatasets[][2] = {
    {"project", "project/json"},
    {"recipes", "recipes/json"},
    {"variants", "variants/json"},
    {"analysis", "analysis/json"},
    {"sensitivity", "sensitivity/json"},
};

Error fieldError(const QString &where, const QString &field, const QString &what)
{
    return Error{ErrorCode::Format, QStringLiteral("%1: %2: %3").arg(where, field, what)};
}

// Field readers that name the field at fault.
struct Fields
{
    const QJsonObject &o;
    QString where;
    std::optional<Error> error;

    QString path(const char *key) const { return where + QLatin1Char('.') + QLatin1String(key); }
    void fail(const char *key, const QString &what)
    {
        if (!error)
            error = Error{ErrorCode::Format, QStringLiteral("%1: %2").arg(path(key), what)};
    }
    QString string(const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (required || !v.isUndefined())
            fail(key, v.isUndefined() ? QCoreApplication::translate("pare::core", "missing")
                                      : QCoreApplication::translate("pare::core", "not a string"));
        return {};
    }
    bool boolean(const char *key, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined())
            fail(key, QCoreApplication::translate("pare::core", "not true or false"));
        return fallback;
    }
    // A whole number from `lo` to `hi`; null reads as `nullValue` when allowed.
    std::int64_t integer(const char *key, std::int64_t lo, std::int64_t hi, std::optional<std::int64_t> nullValue = {})
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if ((v.isNull() || v.isUndefined()) && nullValue)
            return *nullValue;
        if (!v.isDouble()) {
            fail(key, v.isUndefined() ? QCoreApplication::translate("pare::core", "missing")
                                      : QCoreApplication::translate("pare::core", "not a number"));
            return lo;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || d < double(lo) || d > double(hi)) {
            fail(key,
                 QCoreApplication::translate("pare::core", "%1 is not a whole number from %2 to %3")
                         .arg(d)
                         .arg(lo)
                         .arg(hi));
            return lo;
        }
        return std::int64_t(d);
    }
    // A finite number; null reads as `nullValue` (e.g. infinity for an exact SQNR, -1 for "not measured").
    double number(const char *key, std::optional<double> nullValue = {})
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if ((v.isNull() || v.isUndefined()) && nullValue)
            return *nullValue;
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(key, v.isUndefined() ? QCoreApplication::translate("pare::core", "missing")
                                      : QCoreApplication::translate("pare::core", "not a number"));
            return 0;
        }
        return v.toDouble();
    }
    QJsonObject object(const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isObject())
            return v.toObject();
        if (required || !v.isUndefined())
            fail(key, v.isUndefined() ? QCoreApplication::translate("pare::core", "missing")
                                      : QCoreApplication::translate("pare::core", "not an object"));
        return {};
    }
    QJsonArray array(const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isArray())
            return v.toArray();
        if (required || !v.isUndefined())
            fail(key, v.isUndefined() ? QCoreApplication::translate("pare::core", "missing")
                                      : QCoreApplication::translate("pare::core", "not an array"));
        return {};
    }
    QStringList strings(const char *key)
    {
        QStringList out;
        const QJsonArray a = array(key, false);
        for (const QJsonValue &v : a) {
            if (!v.isString()) {
                fail(key, QCoreApplication::translate("pare::core", "holds a non-string"));
                return {};
            }
            out << v.toString();
        }
        return out;
    }
};

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QJsonObject errorToJson(const ErrorMetrics &e)
{
    return QJsonObject{{QStringLiteral("relative_frobenius"), finiteOrNull(e.relativeFrobenius)},
                       {QStringLiteral("sqnr_db"), finiteOrNull(e.sqnrDb)},
                       {QStringLiteral("cosine"), finiteOrNull(e.cosine)},
                       {QStringLiteral("max_abs_error"), finiteOrNull(e.maxAbsError)},
                       {QStringLiteral("count"), double(e.count)}};
}

ErrorMetrics errorFromJson(Fields &f)
{
    ErrorMetrics e;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    e.relativeFrobenius = f.number("relative_frobenius", nan);
    e.sqnrDb = f.number("sqnr_db", std::numeric_limits<double>::infinity());
    e.cosine = f.number("cosine", nan);
    e.maxAbsError = f.number("max_abs_error", nan);
    e.count = f.integer("count", 0, std::numeric_limits<std::int64_t>::max() / 2);
    return e;
}

constexpr std::int64_t kMaxFigure = std::int64_t(1) << 53; // exact in a JSON number

QJsonObject studyVariantToJson(const StudyVariant &v)
{
    StudyResult wrapper;
    wrapper.variants.push_back(v);
    return wrapper.toJson().value(QStringLiteral("variants")).toArray().at(0).toObject();
}

Result<StudyVariant> studyVariantFromJson(const QJsonObject &o, const QString &where)
{
    // Check the types the study reader takes on trust, then let it read.
    Fields f{o, where};
    f.string("name");
    f.object("recipe");
    f.integer("bytes", 0, kMaxFigure);
    f.integer("macs", 0, kMaxFigure, 0);
    f.number("latency_us", -1);
    f.number("relative_error", std::numeric_limits<double>::quiet_NaN()); // NaN (0 / 0) is written as null
    f.number("sqnr_db", 0);
    f.object("quality", false);
    f.strings("notes");
    const QJsonArray layers = f.array("layers");
    if (layers.size() > kMaxLayers)
        f.fail("layers",
               QCoreApplication::translate("pare::core", "%1 layers is absurd").arg(layers.size()));
    for (qsizetype i = 0; i < layers.size() && !f.error; ++i) {
        if (!layers.at(i).isObject()) {
            f.fail("layers",
                   QCoreApplication::translate("pare::core", "entry %1 is not an object").arg(i));
            break;
        }
        const QJsonObject lo = layers.at(i).toObject();
        Fields l{lo, QStringLiteral("%1.layers[%2]").arg(argText(where), argText(i))};
        l.string("name");
        l.integer("bytes", 0, kMaxFigure);
        l.integer("original_bytes", 0, kMaxFigure);
        l.integer("macs", -1, kMaxFigure, -1);
        l.integer("original_macs", -1, kMaxFigure, -1);
        l.number("latency_us", -1);
        l.number("original_latency_us", -1);
        l.number("relative_error", std::numeric_limits<double>::quiet_NaN()); // NaN (0 / 0) is written as null
        if (l.error)
            return *l.error;
    }
    if (f.error)
        return *f.error;
    QJsonObject wrapper{{QStringLiteral("schema_version"), StudyResult::kSchemaVersion},
                        {QStringLiteral("variants"), QJsonArray{o}}};
    auto r = StudyResult::fromJson(wrapper);
    if (!r.ok())
        return Error{ErrorCode::Format, QStringLiteral("%1: %2").arg(where, r.error().message)};
    return r->variants.front();
}

Result<StudyQuality> qualityFromJson(const QJsonObject &o, const QString &where)
{
    Fields f{o, where};
    StudyQuality q;
    q.measured = f.boolean("measured", false);
    q.kind = f.string("kind", false);
    q.data = f.string("data", false);
    q.perplexity = f.number("perplexity", -1);
    q.natsPerByte = f.number("nats_per_byte", -1);
    q.meanKl = f.number("mean_kl", -1);
    q.p99Kl = f.number("p99_kl", -1);
    q.sameTopRate = f.number("same_top_rate", -1);
    q.accuracy = f.number("accuracy", -1);
    q.agreement = f.number("agreement", -1);
    if (f.error)
        return *f.error;
    return q;
}

Result<QJsonObject> parseObject(const QByteArray &bytes, const QString &where)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error{ErrorCode::Format,
                     QCoreApplication::translate("pare::core", "%1: invalid JSON at byte %2: %3")
                             .arg(argText(where), argText(pe.offset), argText(pe.errorString()))};
    if (!doc.isObject())
        return Error{ErrorCode::Format,
                     QCoreApplication::translate("pare::core", "%1: not a JSON object").arg(where)};
    return doc.object();
}

// --- HDF5 ---------------------------------------------------------------------------------

Result<QByteArray> readJsonDataset(hid_t file, const char *name, std::int64_t fileSize, const QString &where)
{
    using namespace h5;
    Handle ds = datasetHandle(H5Dopen2(file, name, H5P_DEFAULT));
    if (!ds.valid())
        return fieldError(where, QLatin1String(name),
                          QCoreApplication::translate("pare::core", "cannot open the dataset"));
    if (referencesOtherFiles(ds))
        return fieldError(where, QLatin1String(name),
                          QCoreApplication::translate("pare::core", "refers to other files"));
    Handle type = typeHandle(H5Dget_type(ds));
    if (!type.valid() || H5Tget_class(type) != H5T_INTEGER || H5Tget_size(type) != 1)
        return fieldError(where, QLatin1String(name),
                          QCoreApplication::translate("pare::core", "not a byte dataset"));
    const auto dims = datasetDims(ds);
    if (!dims || dims->size() != 1)
        return fieldError(where, QLatin1String(name),
                          QCoreApplication::translate("pare::core", "not a 1-D dataset"));
    const std::int64_t n = dims->front();
    if (n < 0 || n > kMaxJsonBytes || n > plausibleDatasetBytes(ds, fileSize))
        return fieldError(
                where, QLatin1String(name),
                QCoreApplication::translate("pare::core", "%1 bytes is more than the file can hold")
                        .arg(n));
    QByteArray bytes(qsizetype(n), Qt::Uninitialized);
    if (n > 0 && H5Dread(ds, H5T_NATIVE_UINT8, H5S_ALL, H5S_ALL, H5P_DEFAULT, bytes.data()) < 0)
        return fieldError(
                where, QLatin1String(name),
                QCoreApplication::translate("pare::core",
                                            "cannot read the data (corrupt or truncated file)"));
    return bytes;
}

// Reads the project's JSON datasets. Returns one JSON object: {"project_version", "project",
// "recipes", "variants", "analysis"} with each dataset's text as a string. This is the part that
// touches HDF5, run in a child process where possible.
Result<QByteArray> readProjectFile(const QString &path)
{
    using namespace h5;
    silence();
    const QString where = QFileInfo(path).fileName();
    Handle file = openReadOnly(path);
    if (!file.valid())
        return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: not a readable HDF5 file (corrupt or truncated)").arg(path)};
    // Session recognizes ErrorCode::NotAProject and opens the file as a model instead.
    if (!isGroup(file, "project"))
        return Error{ErrorCode::NotAProject,
                     QCoreApplication::translate("pare::core", "%1: not a Pare project (no /project group)").arg(path)};
    Handle group = groupHandle(H5Gopen2(file, "project", H5P_DEFAULT));
    const auto version = group.valid() ? readIntAttribute(group, "project_version") : std::nullopt;
    if (!version)
        return fieldError(
                where, QStringLiteral("/project"),
                QCoreApplication::translate("pare::core", "no project_version attribute"));
    QJsonObject out{{QStringLiteral("project_version"), double(*version)}};
    if (*version != kProjectVersion)
        return QJsonDocument(out).toJson(QJsonDocument::Compact); // the parent says what is wrong
    const std::int64_t fileSize = QFileInfo(path).size();
    for (const auto &d : kDatasets) {
        if (!isDataset(file, d[1])) {
            if (qstrcmp(d[0], "analysis") == 0 || qstrcmp(d[0], "sensitivity") == 0)
                continue; // optional
            return fieldError(where, QLatin1Char('/') + QLatin1String(d[1]), QStringLiteral("missing"));
        }
        auto bytes = readJsonDataset(file, d[1], fileSize, where);
        if (!bytes.ok())
            return bytes.error();
        out.insert(QLatin1String(d[0]), QString::fromUtf8(bytes.value()));
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

bool writeJson(hid_t file, const char *group, const QJsonDocument &doc)
{
    using namespace h5;
    const Handle gcpl = untimedGroupCreatePlist();
    Handle g = groupHandle(
            H5Gcreate2(file, group, H5P_DEFAULT, gcpl.valid() ? gcpl.id() : H5P_DEFAULT, H5P_DEFAULT));
    if (!g.valid())
        return false;
    const QByteArray bytes = doc.toJson(QJsonDocument::Compact);
    return writeBytesDataset(g, "json", bytes.constData(), bytes.size()).valid();
}

} // namespace

// --- JSON ---------------------------------------------------------------------------------

QJsonObject variantFiguresToJson(const Variant &v)
{
    QJsonArray layers;
    for (const CompressedLayer &c : v.layers) {
        QJsonArray shape;
        for (std::int64_t d : c.originalShape)
            shape.append(double(d));
        QJsonObject layer{{QStringLiteral("layer"), c.layer},
                          {QStringLiteral("name"), c.name},
                          {QStringLiteral("weight_name"), c.weightName},
                          {QStringLiteral("changed"), c.changed},
                          {QStringLiteral("method"), c.method},
                          {QStringLiteral("note"), c.note},
                          {QStringLiteral("shape"), shape},
                          {QStringLiteral("parameters"), double(c.parameters)},
                          {QStringLiteral("original_bytes"), double(c.originalBytes)},
                          {QStringLiteral("bytes"), double(c.bytes)},
                          {QStringLiteral("original_macs"), double(c.originalMacs)},
                          {QStringLiteral("macs"), double(c.macs)},
                          {QStringLiteral("error"), errorToJson(c.error)}};
        if (c.magnitudeFallback)
            layer.insert(QStringLiteral("magnitude_fallback"), true);
        layers.append(layer);
    }
    return QJsonObject{{QStringLiteral("original_bytes"), double(v.originalBytes)},
                       {QStringLiteral("bytes"), double(v.bytes)},
                       {QStringLiteral("original_macs"), double(v.originalMacs)},
                       {QStringLiteral("macs"), double(v.macs)},
                       {QStringLiteral("error"), errorToJson(v.error)},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(v.notes)},
                       {QStringLiteral("layers"), layers}};
}

Result<Variant> variantFiguresFromJson(const QJsonObject &o, const QString &where)
{
    Fields f{o, where};
    Variant v;
    v.originalBytes = f.integer("original_bytes", 0, kMaxFigure);
    v.bytes = f.integer("bytes", 0, kMaxFigure);
    v.originalMacs = f.integer("original_macs", -1, kMaxFigure);
    v.macs = f.integer("macs", -1, kMaxFigure);
    const QJsonObject eo = f.object("error");
    Fields ef{eo, where + QStringLiteral(".error")};
    v.error = errorFromJson(ef);
    v.notes = f.strings("notes");
    const QJsonArray layers = f.array("layers");
    if (f.error)
        return *f.error;
    if (ef.error)
        return *ef.error;
    if (layers.size() > kMaxLayers)
        return fieldError(where, QStringLiteral("layers"),
                          QCoreApplication::translate("pare::core", "%1 layers is absurd")
                                  .arg(layers.size()));
    v.layers.reserve(std::size_t(layers.size()));
    for (qsizetype i = 0; i < layers.size(); ++i) {
        const QString lw = QStringLiteral("%1.layers[%2]").arg(argText(where), argText(i));
        if (!layers.at(i).isObject())
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: not an object").arg(lw)};
        const QJsonObject lo = layers.at(i).toObject();
        Fields l{lo, lw};
        CompressedLayer c;
        c.layer = int(l.integer("layer", -1, kMaxLayers));
        c.name = l.string("name");
        c.weightName = l.string("weight_name", false);
        c.changed = l.boolean("changed", false);
        c.method = l.string("method", false);
        c.note = l.string("note", false);
        c.magnitudeFallback = l.boolean("magnitude_fallback", false);
        const QJsonArray shape = l.array("shape", false);
        if (shape.size() > 16)
            l.fail("shape", QCoreApplication::translate("pare::core", "more than 16 dimensions"));
        for (const QJsonValue &d : shape) {
            if (!d.isDouble() || d.toDouble() < 0 || d.toDouble() > double(kMaxFigure) || d.toDouble() != std::floor(d.toDouble())) {
                l.fail("shape", QCoreApplication::translate(
                                        "pare::core", "holds something that is not a dimension"));
                break;
            }
            c.originalShape.push_back(std::int64_t(d.toDouble()));
        }
        c.parameters = l.integer("parameters", 0, kMaxFigure);
        c.originalBytes = l.integer("original_bytes", 0, kMaxFigure);
        c.bytes = l.integer("bytes", 0, kMaxFigure);
        c.originalMacs = l.integer("original_macs", -1, kMaxFigure);
        c.macs = l.integer("macs", -1, kMaxFigure);
        const QJsonObject leo = l.object("error");
        if (l.error)
            return *l.error;
        Fields lef{leo, lw + QStringLiteral(".error")};
        c.error = errorFromJson(lef);
        if (lef.error)
            return *lef.error;
        v.layers.push_back(std::move(c));
    }
    return v;
}

QJsonObject measuredVariantToJson(const MeasuredVariant &m)
{
    QJsonObject o{{QStringLiteral("summary"), studyVariantToJson(m.summary)},
                  {QStringLiteral("original_quality"), m.originalQuality.toJson()},
                  {QStringLiteral("original_latency_us"), m.originalLatencyUs < 0 ? QJsonValue() : QJsonValue(m.originalLatencyUs)}};
    if (m.variant)
        o.insert(QStringLiteral("figures"), variantFiguresToJson(*m.variant));
    return o;
}

Result<MeasuredVariant> measuredVariantFromJson(const QJsonObject &o, const QString &where)
{
    Fields f{o, where};
    const QJsonObject summary = f.object("summary");
    const QJsonObject quality = f.object("original_quality", false);
    MeasuredVariant m;
    m.originalLatencyUs = f.number("original_latency_us", -1);
    const QJsonObject figures = f.object("figures");
    if (f.error)
        return *f.error;
    auto s = studyVariantFromJson(summary, where + QStringLiteral(".summary"));
    if (!s.ok())
        return s.error();
    m.summary = std::move(s).value();
    auto q = qualityFromJson(quality, where + QStringLiteral(".original_quality"));
    if (!q.ok())
        return q.error();
    m.originalQuality = q.value();
    auto v = variantFiguresFromJson(figures, where + QStringLiteral(".figures"));
    if (!v.ok())
        return v.error();
    m.variant = std::make_shared<const Variant>(std::move(v).value());
    return m;
}

QJsonObject projectVariantToJson(const ProjectVariant &v)
{
    QJsonObject o = measuredVariantToJson(v.measured);
    o.insert(QStringLiteral("name"), v.name);
    o.insert(QStringLiteral("shown"), v.shown);
    o.insert(QStringLiteral("recipe"), v.recipe);
    return o;
}

Result<ProjectVariant> projectVariantFromJson(const QJsonObject &o, const QString &where)
{
    Fields f{o, where};
    ProjectVariant v;
    v.name = f.string("name");
    v.shown = f.boolean("shown", true);
    v.recipe = f.object("recipe");
    if (f.error)
        return *f.error;
    if (auto r = Recipe::fromJson(QJsonDocument(v.recipe).toJson(), where + QStringLiteral(".recipe")); !r.ok())
        return Error{ErrorCode::Format, r.error().message};
    auto m = measuredVariantFromJson(o, where);
    if (!m.ok())
        return m.error();
    v.measured = std::move(m).value();
    return v;
}

namespace {
QJsonObject projectPart(const Project &p)
{
    return QJsonObject{
        {QStringLiteral("name"), p.name},
        {QStringLiteral("model"), QJsonObject{{QStringLiteral("path"), p.model.path},
                                              {QStringLiteral("format"), p.model.format},
                                              {QStringLiteral("size"), double(p.model.size)},
                                              {QStringLiteral("sha256"), p.model.sha256}}},
        {QStringLiteral("ui"), QJsonObject{{QStringLiteral("selected_layer"), p.ui.selectedLayer},
                                           {QStringLiteral("selected_layer_name"), p.ui.selectedLayerName},
                                           {QStringLiteral("compare_metric"), p.ui.compareMetric}}}};
}

QJsonObject recipesPart(const Project &p)
{
    QJsonObject o{{QStringLiteral("current"), p.recipe}};
    if (!p.calibrationPath.isEmpty())
        o.insert(QStringLiteral("calibration"), p.calibrationPath);
    return o;
}

QJsonArray variantsPart(const Project &p)
{
    QJsonArray a;
    for (const ProjectVariant &v : p.variants)
        a.append(projectVariantToJson(v));
    return a;
}
} // namespace

QJsonObject projectToJson(const Project &p)
{
    return QJsonObject{{QStringLiteral("project_version"), double(kProjectVersion)},
                       {QStringLiteral("project"), projectPart(p)},
                       {QStringLiteral("recipes"), recipesPart(p)},
                       {QStringLiteral("variants"), variantsPart(p)},
                       {QStringLiteral("analysis"), p.analysis},
                       {QStringLiteral("sensitivity"), p.sensitivity}};
}

Result<Project> projectFromJson(const QJsonObject &o, const QString &where)
{
    Fields top{o, where};
    const std::int64_t version = top.integer("project_version", 0, std::numeric_limits<int>::max());
    if (top.error)
        return *top.error;
    if (version != kProjectVersion)
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: project_version %2 is not supported (this Pare reads version %3; "
                                    "a newer Pare wrote it?)").arg(argText(where), argText(version),
                                                                   argText(kProjectVersion))};
    const QJsonObject part = top.object("project");
    const QJsonObject recipes = top.object("recipes");
    const QJsonArray variants = top.array("variants");
    const QJsonObject analysis = top.object("analysis", false);
    const QJsonObject sensitivity = top.object("sensitivity", false);
    if (top.error)
        return *top.error;
    Project p;
    Fields pf{part, where + QStringLiteral(": project")};
    p.name = pf.string("name", false);
    const QJsonObject model = pf.object("model");
    const QJsonObject ui = pf.object("ui", false);
    if (pf.error)
        return *pf.error;
    Fields mf{model, where + QStringLiteral(": project.model")};
    p.model.path = mf.string("path");
    p.model.format = mf.string("format", false);
    p.model.size = mf.integer("size", 0, std::numeric_limits<std::int64_t>::max() / 2);
    p.model.sha256 = mf.string("sha256", false);
    if (mf.error)
        return *mf.error;
    if (p.model.path.isEmpty() || !QDir::isAbsolutePath(p.model.path))
        return fieldError(where, QStringLiteral("project.model.path"),
                          QCoreApplication::translate("pare::core", "not an absolute path"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!p.model.sha256.isEmpty() && !hex.match(p.model.sha256).hasMatch())
        return fieldError(where, QStringLiteral("project.model.sha256"),
                          QCoreApplication::translate("pare::core", "not a SHA-256 in hex"));
    Fields uf{ui, where + QStringLiteral(": project.ui")};
    p.ui.selectedLayer = int(uf.integer("selected_layer", -1, kMaxLayers, -1));
    p.ui.selectedLayerName = uf.string("selected_layer_name", false);
    p.ui.compareMetric = int(uf.integer("compare_metric", 0, 16, 0));
    if (uf.error)
        return *uf.error;

    Fields rf{recipes, where + QStringLiteral(": recipes")};
    p.recipe = rf.object("current");
    p.calibrationPath = rf.string("calibration", false);
    if (rf.error)
        return *rf.error;
    if (auto r = Recipe::fromJson(QJsonDocument(p.recipe).toJson(), where + QStringLiteral(": recipes.current")); !r.ok())
        return Error{ErrorCode::Format, r.error().message};

    if (variants.size() > kMaxVariants)
        return fieldError(where, QStringLiteral("variants"),
                          QCoreApplication::translate("pare::core", "%1 variants is absurd")
                                  .arg(variants.size()));
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const QString vw = QStringLiteral("%1: variants[%2]").arg(argText(where), argText(i));
        if (!variants.at(i).isObject())
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: not an object").arg(vw)};
        auto v = projectVariantFromJson(variants.at(i).toObject(), vw);
        if (!v.ok())
            return v.error();
        p.variants.push_back(std::move(v).value());
    }
    p.analysis = analysis;
    p.sensitivity = sensitivity;
    return p;
}

// --- Files --------------------------------------------------------------------------------

Result<void> saveProject(const Project &project, const QString &path)
{
    using namespace h5;
#ifdef PARE_PROJECT_ISOLATED
    NoForkScope noFork; // in-process libhdf5: no runIsolated fork meanwhile (common/isolate.h)
#endif
    silence();
    // The file is built in memory (HDF5's core driver) and written through the atomic helper.
    Handle fapl = plistHandle(H5Pcreate(H5P_FILE_ACCESS));
    if (!fapl.valid() || H5Pset_fapl_core(fapl, 1 << 20, 0) < 0)
        return Error{ErrorCode::Internal,
                     QCoreApplication::translate("pare::core",
                                                 "%1: cannot set up an in-memory HDF5 file")
                             .arg(path)};
    const QByteArray name = QStringLiteral("pare-project-%1").arg(quintptr(&project)).toUtf8();
    Handle file = fileHandle(H5Fcreate(name.constData(), H5F_ACC_TRUNC, H5P_DEFAULT, fapl));
    if (!file.valid())
        return Error{ErrorCode::Internal,
                     QCoreApplication::translate("pare::core",
                                                 "%1: cannot create an in-memory HDF5 file")
                             .arg(path)};
    bool ok = writeIntAttribute(file, pareh5::kFormatAttribute, kProjectFileFormat)
              && writeStringAttribute(file, "pare_version", versionString().toUtf8());
    ok = ok && writeJson(file, "project", QJsonDocument(projectPart(project)));
    if (ok) {
        Handle g = groupHandle(H5Gopen2(file, "project", H5P_DEFAULT));
        ok = g.valid() && writeIntAttribute(g, "project_version", kProjectVersion);
    }
    ok = ok && writeJson(file, "recipes", QJsonDocument(recipesPart(project)));
    ok = ok && writeJson(file, "variants", QJsonDocument(variantsPart(project)));
    if (ok && !project.analysis.isEmpty())
        ok = writeJson(file, "analysis", QJsonDocument(project.analysis));
    if (ok && !project.sensitivity.isEmpty())
        ok = writeJson(file, "sensitivity", QJsonDocument(project.sensitivity));
    if (!ok || H5Fflush(file, H5F_SCOPE_GLOBAL) < 0)
        return Error{ErrorCode::Internal,
                     QCoreApplication::translate("pare::core", "%1: cannot build the project file")
                             .arg(path)};
    const ssize_t size = H5Fget_file_image(file, nullptr, 0);
    if (size <= 0)
        return Error{ErrorCode::Internal,
                     QCoreApplication::translate("pare::core", "%1: cannot build the project file")
                             .arg(path)};
    QByteArray image(qsizetype(size), Qt::Uninitialized);
    if (H5Fget_file_image(file, image.data(), std::size_t(size)) != size)
        return Error{ErrorCode::Internal,
                     QCoreApplication::translate("pare::core", "%1: cannot build the project file")
                             .arg(path)};
    file.reset();
    return writeFileAtomically(path, image);
}

bool looksLikeHdf5(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray signature("\x89HDF\r\n\x1a\n", 8);
    return f.read(8) == signature;
}

Result<Project> loadProject(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("pare::core", "%1: no such file").arg(path)};
    if (!info.isFile())
        return Error{ErrorCode::NotAProject, QCoreApplication::translate("pare::core", "%1: not a Pare project (not a file)").arg(path)};
    if (!looksLikeHdf5(path))
        return Error{ErrorCode::NotAProject, QCoreApplication::translate("pare::core", "%1: not a Pare project (not an HDF5 file)").arg(path)};
#ifdef PARE_PROJECT_ISOLATED
    // Debian's libhdf5 crashes on some corrupt files: read in a child process.
    auto bytes = runIsolated(path, [path] { return readProjectFile(path); });
#else
    // Without common/isolate.h the reading runs in-process (the __has_include above decides).
    auto bytes = readProjectFile(path);
#endif
    if (!bytes.ok())
        return bytes.error();
    auto top = parseObject(bytes.value(), path);
    if (!top.ok())
        return top.error();
    // The datasets' texts, parsed into one object for projectFromJson.
    QJsonObject o{{QStringLiteral("project_version"), top->value(QStringLiteral("project_version"))}};
    const bool current = top->value(QStringLiteral("project_version")).toDouble() == double(kProjectVersion);
    for (const auto &d : kDatasets) {
        const QJsonValue text = top->value(QLatin1String(d[0]));
        if (!current || text.isUndefined())
            continue;
        const QString where = QStringLiteral("%1: /%2").arg(path, QLatin1String(d[1]));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toString().toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError)
            return Error{ErrorCode::Format, QCoreApplication::translate(
                                                    "pare::core", "%1: invalid JSON at byte %2: %3")
                                                    .arg(argText(where), argText(pe.offset),
                                                         argText(pe.errorString()))};
        if (qstrcmp(d[0], "variants") == 0) {
            if (!doc.isArray())
                return Error{ErrorCode::Format,
                             QCoreApplication::translate("pare::core", "%1: not a JSON array")
                                     .arg(where)};
            o.insert(QLatin1String(d[0]), doc.array());
        } else {
            if (!doc.isObject())
                return Error{ErrorCode::Format,
                             QCoreApplication::translate("pare::core", "%1: not a JSON object")
                                     .arg(where)};
            o.insert(QLatin1String(d[0]), doc.object());
        }
    }
    return projectFromJson(o, path);
}

std::int64_t modelFilesSize(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.exists() ? info.size() : -1;
    std::int64_t total = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

Result<ProjectModelRef> describeModelFiles(const QString &path, const QString &format, JobContext &ctx)
{
    ProjectModelRef ref;
    ref.path = QFileInfo(path).absoluteFilePath();
    ref.format = format;
    ref.size = modelFilesSize(path);
    if (ref.size < 0)
        return Error{ErrorCode::NotFound, QCoreApplication::translate("pare::core", "%1: no such file or folder").arg(path)};
    auto hash = hashModelFiles(path, ctx);
    if (!hash.ok())
        return hash.error();
    ref.sha256 = hash.value();
    return ref;
}

Result<ProjectModelCheck> checkProjectModel(const ProjectModelRef &ref, const QString &modelPath, JobContext &ctx)
{
    const QString path = modelPath.isEmpty() ? ref.path : modelPath;
    if (!QFileInfo::exists(path))
        return ProjectModelCheck{ProjectModelState::Missing,
                                 QCoreApplication::translate("pare::core", "%1: the project's model is not there any more (moved or deleted)").arg(path)};
    const std::int64_t size = modelFilesSize(path);
    if (ref.size > 0 && size != ref.size)
        return ProjectModelCheck{ProjectModelState::Changed,
                                 QCoreApplication::translate("pare::core", "%1: the model has changed since the project was saved (%2 bytes, was %3)")
                                     .arg(argText(path), argText(size), argText(ref.size))};
    if (ref.sha256.isEmpty())
        return ProjectModelCheck{};
    auto hash = hashModelFiles(path, ctx);
    if (!hash.ok())
        return hash.error();
    if (hash.value() != ref.sha256)
        return ProjectModelCheck{ProjectModelState::Changed,
                                 QCoreApplication::translate("pare::core", "%1: the model has changed since the project was saved (SHA-256 %2, was %3)")
                                     .arg(path, hash.value().left(12), ref.sha256.left(12))};
    return ProjectModelCheck{};
}

} // namespace pare::core
