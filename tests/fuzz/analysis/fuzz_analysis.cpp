// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the analysis results a .pare project keeps — the per-tensor cache
// (analysisCacheFromJson) and the whole-model analysis (modelAnalysisFromJson) — on arbitrary
// bytes.
// Whatever is accepted must be written out as JSON that is accepted again and written out the
// same, and every histogram accepted must add up to its tensor's element count.
#include "analysis/analysiscache.h"
#include "analysis/analysisjson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace pare::core;

namespace {

void checkHistogram(const Histogram &h, std::int64_t elements)
{
    if (h.total() != std::uint64_t(elements))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    if (auto cache = analysisCacheFromJson(o, QStringLiteral("fuzz.pare")); cache.ok()) {
        const QJsonObject out = toJson(*cache);
        auto again = analysisCacheFromJson(out, QStringLiteral("fuzz.pare"));
        if (!again.ok() || toJson(*again) != out)
            std::abort();
    }
    if (auto a = modelAnalysisFromJson(o); a.ok()) {
        for (const TensorStats &s : a->tensors)
            checkHistogram(s.histogram, s.count);
        const QJsonObject out = toJson(*a);
        auto again = modelAnalysisFromJson(out);
        if (!again.ok() || toJson(*again) != out)
            std::abort();
    }
    return 0;
}
