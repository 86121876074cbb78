// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisjson.h"

#include "analysiscache.h"
#include "common/argtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <cmath>
#include <limits>
#include <type_traits>

namespace pare::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Limits on what a JSON object may ask us to allocate.
constexpr std::size_t kMaxListSize = std::size_t(1) << 24;
constexpr std::int64_t kMaxExact = std::int64_t(1) << 53;
constexpr int kMaxRank = 8;

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= double(kMaxExact);
}

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

template<typename C>
QJsonArray numbers(const C &values)
{
    QJsonArray a;
    for (auto v : values)
        a.append(num(double(v)));
    return a;
}

// Reads fields of one object, remembering the first one that was missing or mistyped.
class Reader
{
public:
    Reader(const QJsonObject &o, QString what) : m_o(o), m_what(std::move(what)) {}

    double number(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isNull())
            return kNaN;
        if (!v.isDouble())
            fail(key);
        return v.toDouble();
    }
    // A whole number within ±2^53 (what a JSON double holds exactly); else 0 and a failure.
    std::int64_t integer(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!isInteger(v)) {
            fail(key);
            return 0;
        }
        return std::int64_t(v.toDouble());
    }
    // An integer in [lo, hi].
    std::int64_t integer(const char *key, std::int64_t lo, std::int64_t hi)
    {
        const std::int64_t v = integer(key);
        if (v < lo || v > hi) {
            fail(key);
            return lo;
        }
        return v;
    }
    QString string(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isString())
            fail(key);
        return v.toString();
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isArray())
            fail(key);
        return v.toArray();
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isObject())
            fail(key);
        return v.toObject();
    }
    // Numbers (null: NaN for floating-point T; integers must be whole and non-negative),
    // at most maxSize of them.
    template<typename T>
    std::vector<T> list(const char *key, std::size_t maxSize = kMaxListSize)
    {
        std::vector<T> out;
        const QJsonArray a = array(key);
        if (std::size_t(a.size()) > maxSize) {
            fail(key);
            return out;
        }
        out.reserve(std::size_t(a.size()));
        for (const QJsonValue &v : a) {
            if constexpr (std::is_floating_point_v<T>) {
                if (!v.isNull() && !v.isDouble()) {
                    fail(key);
                    return {};
                }
                out.push_back(v.isNull() ? T(kNaN) : T(v.toDouble()));
            } else {
                if (!isInteger(v) || v.toDouble() < 0) {
                    fail(key);
                    return {};
                }
                out.push_back(T(v.toDouble()));
            }
        }
        return out;
    }
    void fail(const char *key)
    {
        if (!m_error)
            m_error = Error{ErrorCode::Format,
                            QCoreApplication::translate("pare::core", "%1: field '%2' is missing or has the wrong type")
                                .arg(m_what, QLatin1String(key))};
    }
    void fail(const Error &e)
    {
        if (!m_error)
            m_error = e;
    }
    bool ok() const { return !m_error; }
    const Error &error() const { return *m_error; }

private:
    QJsonObject m_o;
    QString m_what;
    std::optional<Error> m_error;
};

} // namespace

QJsonObject toJson(const Histogram &h)
{
    return {{QStringLiteral("scale"), h.scale == HistogramScale::Linear ? QStringLiteral("linear")
                                                                        : QStringLiteral("log10abs")},
            {QStringLiteral("lo"), h.lo}, {QStringLiteral("hi"), h.hi},
            {QStringLiteral("counts"), numbers(h.counts)},
            {QStringLiteral("underflow"), double(h.underflow)},
            {QStringLiteral("overflow"), double(h.overflow)},
            {QStringLiteral("zeros"), double(h.zeros)}, {QStringLiteral("nan"), double(h.nan)},
            {QStringLiteral("inf"), double(h.inf)}};
}

Result<Histogram> histogramFromJson(const QJsonObject &o)
{
    Reader r(o, QStringLiteral("histogram"));
    Histogram h;
    const QString scale = r.string("scale");
    if (scale == QStringLiteral("log10abs"))
        h.scale = HistogramScale::Log10Abs;
    else if (scale != QStringLiteral("linear"))
        r.fail("scale");
    h.lo = r.number("lo");
    h.hi = r.number("hi");
    h.counts = r.list<std::uint64_t>("counts", std::size_t(kMaxHistogramBins));
    h.underflow = std::uint64_t(r.integer("underflow", 0, kMaxExact));
    h.overflow = std::uint64_t(r.integer("overflow", 0, kMaxExact));
    h.zeros = std::uint64_t(r.integer("zeros", 0, kMaxExact));
    h.nan = std::uint64_t(r.integer("nan", 0, kMaxExact));
    h.inf = std::uint64_t(r.integer("inf", 0, kMaxExact));
    if (r.ok() && h.total() > std::uint64_t(kMaxExact))
        r.fail("counts");
    if (!r.ok())
        return r.error();
    return h;
}

QJsonObject toJson(const TensorStats &s)
{
    QJsonObject o{{QStringLiteral("name"), s.name}, {QStringLiteral("dtype"), s.dtype},
                  {QStringLiteral("shape"), numbers(s.shape)},
                  {QStringLiteral("count"), double(s.count)},
                  {QStringLiteral("finite"), double(s.finite)},
                  {QStringLiteral("nan"), double(s.nanCount)},
                  {QStringLiteral("inf"), double(s.infCount)}, {QStringLiteral("min"), num(s.min)},
                  {QStringLiteral("max"), num(s.max)}, {QStringLiteral("mean"), num(s.mean)},
                  {QStringLiteral("std"), num(s.stddev)},
                  {QStringLiteral("meanAbs"), num(s.meanAbs)},
                  {QStringLiteral("kurtosis"), num(s.kurtosis)},
                  {QStringLiteral("minAbsNonzero"), num(s.minAbsNonzero)},
                  {QStringLiteral("zeros"), double(s.zeros)},
                  {QStringLiteral("nearZeros"), double(s.nearZeros)},
                  {QStringLiteral("zeroFraction"), s.zeroFraction},
                  {QStringLiteral("nearZeroFraction"), s.nearZeroFraction},
                  {QStringLiteral("percentileRanks"), numbers(kPercentileRanks)},
                  {QStringLiteral("percentiles"), numbers(s.percentiles)},
                  {QStringLiteral("percentileTolerance"), s.percentileTolerance},
                  {QStringLiteral("outliers"), double(s.outliers)},
                  {QStringLiteral("outlierFraction"), s.outlierFraction},
                  {QStringLiteral("distinctValues"), s.distinctValues},
                  {QStringLiteral("distinctFromSample"), s.distinctFromSample},
                  {QStringLiteral("contentHash"), QString::number(s.contentHash, 16)},
                  {QStringLiteral("histogram"), toJson(s.histogram)},
                  {QStringLiteral("options"),
                   QJsonObject{{QStringLiteral("nearZeroThreshold"), s.options.nearZeroThreshold},
                               {QStringLiteral("outlierSigmas"), s.options.outlierSigmas},
                               {QStringLiteral("bins"), s.options.bins}}}};
    return o;
}

Result<TensorStats> tensorStatsFromJson(const QJsonObject &o)
{
    Reader r(o, QCoreApplication::translate("pare::core", "tensor statistics '%1'").arg(o.value(QStringLiteral("name")).toString()));
    TensorStats s;
    s.name = r.string("name");
    s.dtype = r.string("dtype");
    std::int64_t elements = 1;
    for (std::uint64_t d : r.list<std::uint64_t>("shape", kMaxRank)) {
        if (d > std::uint64_t(kMaxExact) || (d > 0 && elements > kMaxExact / std::int64_t(d)))
            r.fail("shape");
        else
            elements *= std::int64_t(d);
        s.shape.push_back(std::int64_t(d));
    }
    s.count = r.integer("count", 0, kMaxExact);
    s.finite = r.integer("finite", 0, kMaxExact);
    s.nanCount = r.integer("nan", 0, kMaxExact);
    s.infCount = r.integer("inf", 0, kMaxExact);
    if (r.ok() && elements != s.count)
        r.fail("count");
    if (r.ok() && s.finite + s.nanCount + s.infCount != s.count)
        r.fail("finite");
    s.min = r.number("min");
    s.max = r.number("max");
    s.mean = r.number("mean");
    s.stddev = r.number("std");
    s.meanAbs = r.number("meanAbs");
    s.kurtosis = r.number("kurtosis");
    s.minAbsNonzero = r.number("minAbsNonzero");
    s.zeros = r.integer("zeros", 0, s.count);
    s.nearZeros = r.integer("nearZeros", 0, s.count);
    s.zeroFraction = r.number("zeroFraction");
    s.nearZeroFraction = r.number("nearZeroFraction");
    const auto p = r.list<double>("percentiles");
    if (p.size() != s.percentiles.size())
        r.fail("percentiles");
    else
        std::copy(p.begin(), p.end(), s.percentiles.begin());
    s.percentileTolerance = r.number("percentileTolerance");
    s.outliers = r.integer("outliers", 0, s.count);
    s.outlierFraction = r.number("outlierFraction");
    s.distinctValues = int(r.integer("distinctValues", -1, kDistinctLimit));
    s.distinctFromSample = o.value(QStringLiteral("distinctFromSample")).toBool();
    bool hexOk = false;
    s.contentHash = r.string("contentHash").toULongLong(&hexOk, 16);
    if (!hexOk)
        r.fail("contentHash");
    Reader opt(r.object("options"), QCoreApplication::translate("pare::core", "tensor statistics options"));
    s.options.nearZeroThreshold = opt.number("nearZeroThreshold");
    s.options.outlierSigmas = opt.number("outlierSigmas");
    s.options.bins = int(opt.integer("bins", kMinHistogramBins, kMaxHistogramBins));
    if (!(s.options.nearZeroThreshold >= 0.0))
        opt.fail("nearZeroThreshold");
    if (!(s.options.outlierSigmas > 0.0))
        opt.fail("outlierSigmas");
    if (!opt.ok())
        r.fail(opt.error());
    auto h = histogramFromJson(r.object("histogram"));
    if (!h.ok())
        r.fail(h.error());
    else
        s.histogram = std::move(h).value();
    // The stored histogram counts every element once, in options.bins bins.
    if (r.ok() && (s.histogram.bins() != s.options.bins
                   || s.histogram.total() != std::uint64_t(s.count)))
        r.fail("histogram");
    if (!r.ok())
        return r.error();
    return s;
}

QJsonObject toJson(const ChannelStats &c)
{
    return {{QStringLiteral("channels"), double(c.channels)},
            {QStringLiteral("perChannel"), double(c.perChannel)},
            {QStringLiteral("min"), numbers(c.min)}, {QStringLiteral("max"), numbers(c.max)},
            {QStringLiteral("absMax"), numbers(c.absMax)},
            {QStringLiteral("l2Norm"), numbers(c.l2Norm)},
            {QStringLiteral("zeroFraction"), numbers(c.zeroFraction)}};
}

Result<ChannelStats> channelStatsFromJson(const QJsonObject &o)
{
    Reader r(o, QCoreApplication::translate("pare::core", "channel statistics"));
    ChannelStats c;
    c.channels = r.integer("channels", 0, std::int64_t(kMaxListSize));
    c.perChannel = r.integer("perChannel", 0, kMaxExact);
    c.min = r.list<float>("min");
    c.max = r.list<float>("max");
    c.absMax = r.list<float>("absMax");
    c.l2Norm = r.list<double>("l2Norm");
    c.zeroFraction = r.list<double>("zeroFraction");
    const auto n = std::size_t(std::max<std::int64_t>(0, c.channels));
    if (c.min.size() != n || c.max.size() != n || c.absMax.size() != n || c.l2Norm.size() != n
        || c.zeroFraction.size() != n)
        r.fail("channels");
    if (!r.ok())
        return r.error();
    return c;
}

QJsonObject toJson(const Spectrum &s)
{
    return {{QStringLiteral("rows"), double(s.rows)}, {QStringLiteral("cols"), double(s.cols)},
            {QStringLiteral("exact"), s.exact},
            {QStringLiteral("singularValues"), numbers(s.singularValues)},
            {QStringLiteral("frobeniusNorm"), s.frobeniusNorm},
            {QStringLiteral("energyTargets"), numbers(kEnergyTargets)},
            {QStringLiteral("energyRanks"), numbers(s.energyRanks)}};
}

Result<Spectrum> spectrumFromJson(const QJsonObject &o)
{
    Reader r(o, QStringLiteral("spectrum"));
    Spectrum s;
    s.rows = r.integer("rows");
    s.cols = r.integer("cols");
    s.exact = o.value(QStringLiteral("exact")).toBool();
    s.singularValues = r.list<double>("singularValues");
    s.frobeniusNorm = r.number("frobeniusNorm");
    if (!r.ok())
        return r.error();
    computeEnergy(s); // derived, so never stale
    return s;
}

QJsonObject toJson(const LintWarning &w)
{
    return {{QStringLiteral("rule"), w.rule}, {QStringLiteral("severity"), lintSeverityName(w.severity)},
            {QStringLiteral("layer"), w.layer}, {QStringLiteral("tensor"), w.tensor},
            {QStringLiteral("message"), w.message}, {QStringLiteral("value"), num(w.value)}};
}

QJsonObject toJson(const ModelSummary &s)
{
    QJsonArray dtypes;
    for (const DTypeShare &d : s.byDtype)
        dtypes.append(QJsonObject{{QStringLiteral("dtype"), d.dtype},
                                  {QStringLiteral("tensors"), double(d.tensors)},
                                  {QStringLiteral("parameters"), double(d.parameters)},
                                  {QStringLiteral("bytes"), double(d.bytes)}});
    QJsonArray layers;
    for (const LayerShare &l : s.layerShares)
        layers.append(QJsonObject{{QStringLiteral("layer"), l.layer}, {QStringLiteral("op"), l.op},
                                  {QStringLiteral("parameters"), double(l.parameters)},
                                  {QStringLiteral("bytes"), double(l.bytes)},
                                  {QStringLiteral("macs"), double(l.macs)},
                                  {QStringLiteral("parameterShare"), l.parameterShare},
                                  {QStringLiteral("byteShare"), l.byteShare},
                                  {QStringLiteral("macShare"), l.macShare}});
    return {{QStringLiteral("tensors"), double(s.tensors)}, {QStringLiteral("layers"), double(s.layers)},
            {QStringLiteral("parameters"), double(s.parameters)},
            {QStringLiteral("bytes"), double(s.bytes)}, {QStringLiteral("macs"), double(s.macs)},
            {QStringLiteral("layersWithUnknownMacs"), s.layersWithUnknownMacs},
            {QStringLiteral("byDtype"), dtypes}, {QStringLiteral("layerShares"), layers}};
}

QJsonObject toJson(const ModelAnalysis &a)
{
    QJsonArray tensors, channels, lint;
    for (const TensorStats &s : a.tensors)
        tensors.append(toJson(s));
    for (const LayerChannels &c : a.channels) {
        QJsonObject o = toJson(c.channels);
        o.insert(QStringLiteral("layer"), c.layer);
        channels.append(o);
    }
    for (const LintWarning &w : a.lint)
        lint.append(toJson(w));
    return {{QStringLiteral("summary"), toJson(a.summary)}, {QStringLiteral("tensors"), tensors},
            {QStringLiteral("channels"), channels}, {QStringLiteral("lint"), lint}};
}

Result<ModelAnalysis> modelAnalysisFromJson(const QJsonObject &o)
{
    Reader r(o, QCoreApplication::translate("pare::core", "model analysis"));
    ModelAnalysis a;
    Reader sum(r.object("summary"), QCoreApplication::translate("pare::core", "model analysis summary"));
    a.summary.tensors = sum.integer("tensors");
    a.summary.layers = sum.integer("layers");
    a.summary.parameters = sum.integer("parameters");
    a.summary.bytes = sum.integer("bytes");
    a.summary.macs = sum.integer("macs");
    a.summary.layersWithUnknownMacs = int(sum.integer("layersWithUnknownMacs"));
    for (const QJsonValue &v : sum.array("byDtype")) {
        Reader d(v.toObject(), QCoreApplication::translate("pare::core", "model analysis byDtype"));
        a.summary.byDtype.push_back({d.string("dtype"), d.integer("tensors"), d.integer("parameters"), d.integer("bytes")});
        if (!d.ok())
            sum.fail(d.error());
    }
    for (const QJsonValue &v : sum.array("layerShares")) {
        Reader l(v.toObject(), QCoreApplication::translate("pare::core", "model analysis layerShares"));
        a.summary.layerShares.push_back({l.string("layer"), l.string("op"), l.integer("parameters"),
                                         l.integer("bytes"), l.integer("macs"), l.number("parameterShare"),
                                         l.number("byteShare"), l.number("macShare")});
        if (!l.ok())
            sum.fail(l.error());
    }
    if (!sum.ok())
        r.fail(sum.error());
    for (const QJsonValue &v : r.array("tensors")) {
        auto s = tensorStatsFromJson(v.toObject());
        if (!s.ok())
            r.fail(s.error());
        else
            a.tensors.push_back(std::move(s).value());
    }
    for (const QJsonValue &v : r.array("channels")) {
        auto c = channelStatsFromJson(v.toObject());
        if (!c.ok())
            r.fail(c.error());
        else
            a.channels.push_back({v.toObject().value(QStringLiteral("layer")).toString(), std::move(c).value()});
    }
    for (const QJsonValue &v : r.array("lint")) {
        Reader w(v.toObject(), QCoreApplication::translate("pare::core", "lint warning"));
        LintWarning lw;
        lw.rule = w.string("rule");
        const QString sev = w.string("severity");
        lw.severity = sev == QStringLiteral("error") ? LintSeverity::Error
                      : sev == QStringLiteral("info") ? LintSeverity::Info : LintSeverity::Warning;
        lw.layer = w.string("layer");
        lw.tensor = w.string("tensor");
        lw.message = w.string("message");
        lw.value = w.number("value");
        if (!w.ok())
            r.fail(w.error());
        a.lint.push_back(lw);
    }
    if (!r.ok())
        return r.error();
    return a;
}

namespace {

constexpr int kCacheFormatVersion = 1;
const QLatin1String kCacheFormat("pare-analysis-cache");
// At most this many entries of each kind in one cache object.
constexpr std::size_t kMaxCacheEntries = 1000000;

QString layoutName(WeightLayout l)
{
    switch (l) {
    case WeightLayout::OutIn: return QStringLiteral("out,in");
    case WeightLayout::InOut: return QStringLiteral("in,out");
    case WeightLayout::ConvOIHW: return QStringLiteral("OIHW");
    case WeightLayout::ConvHWIO: return QStringLiteral("HWIO");
    case WeightLayout::Vector: return QStringLiteral("vector");
    case WeightLayout::ConvTransposeIOHW: return QStringLiteral("transposed IOHW");
    case WeightLayout::ConvTransposeHWOI: return QStringLiteral("transposed HWOI");
    }
    return {};
}

std::optional<WeightLayout> layoutFromName(const QString &name)
{
    for (WeightLayout l : {WeightLayout::OutIn, WeightLayout::InOut, WeightLayout::ConvOIHW,
                           WeightLayout::ConvHWIO, WeightLayout::Vector,
                           WeightLayout::ConvTransposeIOHW, WeightLayout::ConvTransposeHWOI})
        if (layoutName(l) == name)
            return l;
    return std::nullopt;
}

} // namespace

QJsonObject toJson(const AnalysisCache &cache, const QStringList &files)
{
    auto keyJson = [](const auto &key, const QString &tensor) {
        return QJsonObject{{QStringLiteral("file"), key.file},
                           {QStringLiteral("fileSize"), double(key.fileSize)},
                           {QStringLiteral("fileModified"), double(key.fileModified)},
                           {QStringLiteral("tensor"), tensor},
                           {QStringLiteral("dtype"), dtypeName(key.dtype)},
                           {QStringLiteral("shape"), numbers(key.shape)},
                           {QStringLiteral("offset"), double(key.offset)},
                           {QStringLiteral("bytes"), double(key.bytes)}};
    };
    auto wanted = [&](const auto &key) {
        return !key.file.isEmpty() && key.fileSize >= 0 && !key.expired()
               && (files.isEmpty() || files.contains(key.file));
    };
    std::lock_guard lock(cache.m_mutex);
    // Sorted by tensor name, so that an unchanged cache writes the same bytes.
    QStringList names = cache.m_stats.keys();
    names.sort();
    QJsonArray stats;
    for (const QString &name : names) {
        for (const auto &e : cache.m_stats.value(name)) {
            if (!wanted(e.key))
                continue;
            QJsonObject o = keyJson(e.key, name);
            o.insert(QStringLiteral("stats"), toJson(e.stats));
            stats.append(o);
        }
    }
    names = cache.m_channels.keys();
    names.sort();
    QJsonArray channels;
    for (const QString &name : names) {
        for (const auto &e : cache.m_channels.value(name)) {
            if (!wanted(e.key))
                continue;
            QJsonObject o = keyJson(e.key, name);
            o.insert(QStringLiteral("layout"), layoutName(e.layout));
            o.insert(QStringLiteral("channels"), toJson(e.channels));
            channels.append(o);
        }
    }
    return {{QStringLiteral("format"), kCacheFormat},
            {QStringLiteral("version"), kCacheFormatVersion},
            {QStringLiteral("stats"), stats},
            {QStringLiteral("channels"), channels}};
}

Result<AnalysisCache> analysisCacheFromJson(const QJsonObject &o, const QString &where)
{
    const QString what = QCoreApplication::translate("pare::core", "%1: analysis cache").arg(where);
    Reader r(o, what);
    if (r.string("format") != kCacheFormat)
        r.fail("format");
    if (r.integer("version") != kCacheFormatVersion)
        r.fail("version");
    const QJsonArray stats = r.array("stats");
    const QJsonArray channels = r.array("channels");
    if (std::size_t(stats.size()) > kMaxCacheEntries)
        r.fail("stats");
    if (std::size_t(channels.size()) > kMaxCacheEntries)
        r.fail("channels");
    if (!r.ok())
        return r.error();

    // The key fields common to both kinds of entry; the element count they imply.
    auto readKey = [](Reader &e, AnalysisCache::Key &key, QString &tensor) {
        key.detached = true;
        key.file = e.string("file");
        key.fileSize = e.integer("fileSize", 0, kMaxExact);
        key.fileModified = e.integer("fileModified", -kMaxExact, kMaxExact);
        tensor = e.string("tensor");
        const auto dtype = dtypeFromName(e.string("dtype"));
        if (!dtype)
            e.fail("dtype");
        else
            key.dtype = *dtype;
        std::int64_t elements = 1;
        for (std::uint64_t d : e.list<std::uint64_t>("shape", kMaxRank)) {
            if (d > std::uint64_t(kMaxExact) || (d > 0 && elements > kMaxExact / std::int64_t(d)))
                e.fail("shape");
            else
                elements *= std::int64_t(d);
            key.shape.push_back(std::int64_t(d));
        }
        key.offset = e.integer("offset", 0, kMaxExact);
        key.bytes = e.integer("bytes", 0, kMaxExact);
        if (e.ok() && (key.file.isEmpty() || key.offset + key.bytes > key.fileSize))
            e.fail("bytes");
        return elements;
    };

    AnalysisCache cache;
    for (qsizetype i = 0; i < stats.size(); ++i) {
        if (!stats[i].isObject())
            return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: stats[%2] is not an object")
                    .arg(argText(what), argText(i))};
        Reader e(stats[i].toObject(), QStringLiteral("stats[%1]").arg(i));
        AnalysisCache::StatsEntry entry;
        QString tensor;
        const std::int64_t elements = readKey(e, entry.key, tensor);
        auto s = tensorStatsFromJson(e.object("stats"));
        if (!s.ok())
            e.fail(s.error());
        else if (e.ok() && (s->name != tensor || s->shape != entry.key.shape
                            || s->count != elements || s->dtype != dtypeName(entry.key.dtype)))
            e.fail("stats");
        if (!e.ok())
            return Error{e.error().code, QStringLiteral("%1: %2").arg(what, e.error().message)};
        entry.stats = std::move(s).value();
        cache.m_stats[tensor].push_back(std::move(entry));
    }
    for (qsizetype i = 0; i < channels.size(); ++i) {
        if (!channels[i].isObject())
            return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: channels[%2] is not an object")
                    .arg(argText(what), argText(i))};
        Reader e(channels[i].toObject(), QStringLiteral("channels[%1]").arg(i));
        AnalysisCache::ChannelEntry entry;
        QString tensor;
        const std::int64_t elements = readKey(e, entry.key, tensor);
        const auto layout = layoutFromName(e.string("layout"));
        if (!layout)
            e.fail("layout");
        else
            entry.layout = *layout;
        auto c = channelStatsFromJson(e.object("channels"));
        if (!c.ok())
            e.fail(c.error());
        else if (std::int64_t product = 0;
                 e.ok() && (__builtin_mul_overflow(c->channels, c->perChannel, &product)
                            || product != elements))
            e.fail("channels");
        if (!e.ok())
            return Error{e.error().code, QStringLiteral("%1: %2").arg(what, e.error().message)};
        entry.channels = std::move(c).value();
        cache.m_channels[tensor].push_back(std::move(entry));
    }
    return cache;
}

} // namespace pare::core
