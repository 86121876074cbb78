// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisjson.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace pare::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

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
    std::int64_t integer(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isDouble())
            fail(key);
        return std::int64_t(v.toDouble());
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
    template<typename T>
    std::vector<T> list(const char *key)
    {
        std::vector<T> out;
        for (const QJsonValue &v : array(key))
            out.push_back(v.isNull() ? T(kNaN) : T(v.toDouble()));
        return out;
    }
    void fail(const char *key)
    {
        if (!m_error)
            m_error = Error{ErrorCode::Format,
                            QStringLiteral("%1: field '%2' is missing or has the wrong type")
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
    h.counts = r.list<std::uint64_t>("counts");
    h.underflow = std::uint64_t(r.integer("underflow"));
    h.overflow = std::uint64_t(r.integer("overflow"));
    h.zeros = std::uint64_t(r.integer("zeros"));
    h.nan = std::uint64_t(r.integer("nan"));
    h.inf = std::uint64_t(r.integer("inf"));
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
    Reader r(o, QStringLiteral("tensor statistics '%1'").arg(o.value(QStringLiteral("name")).toString()));
    TensorStats s;
    s.name = r.string("name");
    s.dtype = r.string("dtype");
    for (double d : r.list<double>("shape"))
        s.shape.push_back(std::int64_t(d));
    s.count = r.integer("count");
    s.finite = r.integer("finite");
    s.nanCount = r.integer("nan");
    s.infCount = r.integer("inf");
    s.min = r.number("min");
    s.max = r.number("max");
    s.mean = r.number("mean");
    s.stddev = r.number("std");
    s.meanAbs = r.number("meanAbs");
    s.kurtosis = r.number("kurtosis");
    s.minAbsNonzero = r.number("minAbsNonzero");
    s.zeros = r.integer("zeros");
    s.nearZeros = r.integer("nearZeros");
    s.zeroFraction = r.number("zeroFraction");
    s.nearZeroFraction = r.number("nearZeroFraction");
    const auto p = r.list<double>("percentiles");
    if (p.size() != s.percentiles.size())
        r.fail("percentiles");
    else
        std::copy(p.begin(), p.end(), s.percentiles.begin());
    s.percentileTolerance = r.number("percentileTolerance");
    s.outliers = r.integer("outliers");
    s.outlierFraction = r.number("outlierFraction");
    s.distinctValues = int(r.integer("distinctValues"));
    s.distinctFromSample = o.value(QStringLiteral("distinctFromSample")).toBool();
    bool hexOk = false;
    s.contentHash = r.string("contentHash").toULongLong(&hexOk, 16);
    if (!hexOk)
        r.fail("contentHash");
    Reader opt(r.object("options"), QStringLiteral("tensor statistics options"));
    s.options.nearZeroThreshold = opt.number("nearZeroThreshold");
    s.options.outlierSigmas = opt.number("outlierSigmas");
    s.options.bins = int(opt.integer("bins"));
    if (!opt.ok())
        r.fail(opt.error());
    auto h = histogramFromJson(r.object("histogram"));
    if (!h.ok())
        r.fail(h.error());
    else
        s.histogram = std::move(h).value();
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
    Reader r(o, QStringLiteral("channel statistics"));
    ChannelStats c;
    c.channels = r.integer("channels");
    c.perChannel = r.integer("perChannel");
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
    Reader r(o, QStringLiteral("model analysis"));
    ModelAnalysis a;
    Reader sum(r.object("summary"), QStringLiteral("model analysis summary"));
    a.summary.tensors = sum.integer("tensors");
    a.summary.layers = sum.integer("layers");
    a.summary.parameters = sum.integer("parameters");
    a.summary.bytes = sum.integer("bytes");
    a.summary.macs = sum.integer("macs");
    a.summary.layersWithUnknownMacs = int(sum.integer("layersWithUnknownMacs"));
    for (const QJsonValue &v : sum.array("byDtype")) {
        Reader d(v.toObject(), QStringLiteral("model analysis byDtype"));
        a.summary.byDtype.push_back({d.string("dtype"), d.integer("tensors"), d.integer("parameters"), d.integer("bytes")});
        if (!d.ok())
            sum.fail(d.error());
    }
    for (const QJsonValue &v : sum.array("layerShares")) {
        Reader l(v.toObject(), QStringLiteral("model analysis layerShares"));
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
        Reader w(v.toObject(), QStringLiteral("lint warning"));
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

} // namespace pare::core
