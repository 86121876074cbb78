// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/datasets.h"

#include "common/argtext.h"
#include "io/modelio.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <cmath>
#include <cstring>

namespace pare::core {

namespace {

constexpr qint64 kMaxDataBytes = qint64(4) << 30; // refuse data files (or inflated data) beyond 4 GB

Error fail(ErrorCode code, const QString &path, const QString &what)
{
    return Error{code, QStringLiteral("%1: %2").arg(path, what)};
}

Result<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return fail(ErrorCode::NotFound, path,
                    QCoreApplication::translate("pare::core", "no such file"));
    if (!f.open(QIODevice::ReadOnly))
        return fail(
                ErrorCode::Io, path,
                QCoreApplication::translate("pare::core", "cannot open: %1").arg(f.errorString()));
    if (f.size() > kMaxDataBytes)
        return fail(ErrorCode::Format, path,
                    QCoreApplication::translate("pare::core",
                                                "%1 bytes is larger than Pare reads as data")
                            .arg(f.size()));
    return f.readAll();
}

Result<QByteArray> gunzip(const QByteArray &in, const QString &path)
{
    z_stream s{};
    if (inflateInit2(&s, 16 + MAX_WBITS) != Z_OK)
        return fail(ErrorCode::Internal, path,
                    QCoreApplication::translate("pare::core", "zlib initialisation failed"));
    QByteArray out;
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    s.avail_in = uInt(in.size());
    char buf[1 << 16];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        s.next_out = reinterpret_cast<Bytef *>(buf);
        s.avail_out = sizeof buf;
        rc = inflate(&s, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&s);
            return fail(ErrorCode::Format, path,
                        QCoreApplication::translate("pare::core",
                                                    "gzip data is corrupt at compressed offset %1")
                                .arg(s.total_in));
        }
        out.append(buf, int(sizeof buf - s.avail_out));
        if (out.size() > kMaxDataBytes) {
            inflateEnd(&s);
            return fail(
                    ErrorCode::Format, path,
                    QCoreApplication::translate("pare::core", "gzip data inflates beyond 4 GB"));
        }
        if (rc == Z_OK && s.avail_in == 0 && s.avail_out != 0) {
            inflateEnd(&s);
            return fail(
                    ErrorCode::Format, path,
                    QCoreApplication::translate("pare::core", "gzip data is truncated at offset %1")
                            .arg(in.size()));
        }
    }
    inflateEnd(&s);
    return out;
}

// IDX: 0x00 0x00 type rank, then rank big-endian uint32 dimensions, then the data.
Result<GTensor> parseIdx(const QByteArray &b, const QString &path, bool *wasBytes)
{
    if (b.size() < 4 || b[0] != 0 || b[1] != 0)
        return fail(ErrorCode::Format, path,
                    QCoreApplication::translate("pare::core",
                                                "not an IDX file (bad magic at offset 0)"));
    const auto type = std::uint8_t(b[2]);
    const int rank = std::uint8_t(b[3]);
    int elemBytes = 0;
    switch (type) {
    case 0x08: case 0x09: elemBytes = 1; break;
    case 0x0B: elemBytes = 2; break;
    case 0x0C: case 0x0D: elemBytes = 4; break;
    case 0x0E: elemBytes = 8; break;
    default:
        return fail(ErrorCode::Format, path,
                    QCoreApplication::translate("pare::core",
                                                "IDX element type 0x%1 at offset 2 is unknown")
                            .arg(int(type), 2, 16, QLatin1Char('0')));
    }
    if (rank < 1 || rank > 8 || b.size() < 4 + 4 * rank)
        return fail(ErrorCode::Format, path,
                    QCoreApplication::translate(
                            "pare::core",
                            "IDX rank %1 at offset 3 is invalid or the header is truncated")
                            .arg(rank));
    GTensor t;
    for (int i = 0; i < rank; ++i) {
        const auto *p = reinterpret_cast<const unsigned char *>(b.constData() + 4 + 4 * i);
        t.shape.push_back((std::int64_t(p[0]) << 24) | (p[1] << 16) | (p[2] << 8) | p[3]);
    }
    const auto n = shapeElements(t.shape);
    const qint64 offset = 4 + 4 * rank;
    if (!n || *n * elemBytes != b.size() - offset)
        return fail(ErrorCode::Format, path,
                    QCoreApplication::translate(
                            "pare::core",
                            "IDX dimensions %1 need %2 data bytes, the file has %3 after offset %4")
                            .arg(argText(shapeToString(t.shape)),
                                 argText(n.value_or(-1) * elemBytes), argText(b.size() - offset),
                                 argText(offset)));
    t.data.resize(std::size_t(*n));
    const auto *d = reinterpret_cast<const unsigned char *>(b.constData() + offset);
    for (std::int64_t i = 0; i < *n; ++i) {
        const unsigned char *e = d + i * elemBytes;
        switch (type) {
        case 0x08: t.data[std::size_t(i)] = e[0]; break;
        case 0x09: t.data[std::size_t(i)] = float(std::int8_t(e[0])); break;
        case 0x0B: t.data[std::size_t(i)] = float(std::int16_t((e[0] << 8) | e[1])); break;
        case 0x0C: t.data[std::size_t(i)] = float(std::int32_t((std::uint32_t(e[0]) << 24) | (e[1] << 16) | (e[2] << 8) | e[3])); break;
        case 0x0D: {
            const std::uint32_t u = (std::uint32_t(e[0]) << 24) | (e[1] << 16) | (e[2] << 8) | e[3];
            float f;
            std::memcpy(&f, &u, 4);
            t.data[std::size_t(i)] = f;
            break;
        }
        default: {
            std::uint64_t u = 0;
            for (int k = 0; k < 8; ++k)
                u = (u << 8) | e[k];
            double f;
            std::memcpy(&f, &u, 8);
            t.data[std::size_t(i)] = float(f);
        }
        }
    }
    *wasBytes = type == 0x08;
    return t;
}

GTensor fromTensor(const Tensor &t)
{
    GTensor g;
    g.shape = t.shape();
    g.data = t.toFloatVector();
    return g;
}

enum class Kind { Gzip, Idx, Zip, Npy, Text };

Kind kindOf(const QByteArray &b)
{
    if (b.startsWith("\x1f\x8b"))
        return Kind::Gzip;
    if (b.startsWith("PK"))
        return Kind::Zip;
    if (b.startsWith("\x93NUMPY"))
        return Kind::Npy;
    if (b.size() >= 4 && b[0] == 0 && b[1] == 0)
        return Kind::Idx;
    return Kind::Text;
}

Result<std::vector<std::int64_t>> toLabels(const GTensor &t, const QString &path)
{
    std::vector<std::int64_t> labels;
    if (t.shape.size() > 2 || (t.shape.size() == 2 && t.shape[1] != 1))
        return fail(ErrorCode::Format, path,
                    QCoreApplication::translate(
                            "pare::core", "labels have shape %1; expected one integer per example")
                            .arg(shapeToString(t.shape)));
    for (std::size_t i = 0; i < t.data.size(); ++i) {
        const float v = t.data[i];
        if (!std::isfinite(v) || v < 0 || v != std::floor(v))
            return fail(ErrorCode::Format, path,
                        QCoreApplication::translate(
                                "pare::core", "label %1 at index %2 is not a non-negative integer")
                                .arg(double(v))
                                .arg(i));
        labels.push_back(std::int64_t(v));
    }
    return labels;
}

Result<Dataset> parseCsv(const QByteArray &b, const QString &path, int labelColumn)
{
    Dataset ds;
    ds.source = path;
    std::int64_t cols = -1, rows = 0;
    const QList<QByteArray> lines = b.split('\n');
    for (int li = 0; li < lines.size(); ++li) {
        const QByteArray line = lines[li].trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split(',');
        std::vector<float> row;
        bool numeric = true;
        for (const QByteArray &f : fields) {
            bool ok = false;
            const double v = f.trimmed().toDouble(&ok);
            numeric = numeric && ok && std::isfinite(v);
            row.push_back(float(v));
        }
        if (!numeric) {
            if (rows == 0 && cols < 0)
                continue; // a header line
            return fail(ErrorCode::Format, path,
                        QCoreApplication::translate("pare::core", "line %1 has a non-numeric field")
                                .arg(li + 1));
        }
        if (cols < 0)
            cols = std::int64_t(row.size());
        if (std::int64_t(row.size()) != cols)
            return fail(ErrorCode::Format, path,
                        QCoreApplication::translate("pare::core",
                                                    "line %1 has %2 fields, earlier lines %3")
                                .arg(li + 1)
                                .arg(row.size())
                                .arg(cols));
        const int lc = labelColumn == -2 ? -1 : labelColumn < 0 ? int(cols - 1) : labelColumn;
        if (lc >= cols)
            return fail(ErrorCode::InvalidArgument, path,
                        QCoreApplication::translate("pare::core",
                                                    "label column %1 does not exist (%2 columns)")
                                .arg(lc)
                                .arg(cols));
        for (int c = 0; c < int(cols); ++c) {
            if (c == lc) {
                if (row[std::size_t(c)] < 0 || row[std::size_t(c)] != std::floor(row[std::size_t(c)]))
                    return fail(
                            ErrorCode::Format, path,
                            QCoreApplication::translate(
                                    "pare::core", "line %1: label %2 is not a non-negative integer")
                                    .arg(li + 1)
                                    .arg(double(row[std::size_t(c)])));
                ds.labels.push_back(std::int64_t(row[std::size_t(c)]));
            } else {
                ds.inputs.data.push_back(row[std::size_t(c)]);
            }
        }
        ++rows;
    }
    if (rows == 0)
        return fail(ErrorCode::Format, path,
                    QCoreApplication::translate("pare::core", "no numeric rows"));
    ds.inputs.shape = {rows, rows > 0 ? std::int64_t(ds.inputs.data.size()) / rows : 0};
    return ds;
}

Result<Dataset> parseAny(const QString &path, int labelColumn, bool labelsOnly)
{
    auto bytes = readAll(path);
    if (!bytes)
        return bytes.error();
    QByteArray b = std::move(bytes.value());
    if (b.isEmpty())
        return fail(ErrorCode::Format, path,
                    QCoreApplication::translate("pare::core", "the file is empty"));
    if (kindOf(b) == Kind::Gzip) {
        auto inflated = gunzip(b, path);
        if (!inflated)
            return inflated.error();
        b = std::move(inflated.value());
    }
    Dataset ds;
    ds.source = path;
    switch (kindOf(b)) {
    case Kind::Idx: {
        auto t = parseIdx(b, path, &ds.inputsWereBytes);
        if (!t)
            return t.error();
        ds.inputs = std::move(t.value());
        return ds;
    }
    case Kind::Npy:
    case Kind::Zip: {
        JobContext quiet;
        auto m = kindOf(b) == Kind::Npy ? readNpy(path, quiet) : readNpz(path, quiet);
        if (!m)
            return m.error();
        const Model &model = **m;
        if (model.tensors.empty())
            return fail(ErrorCode::Format, path,
                        QCoreApplication::translate("pare::core", "holds no arrays"));
        const Tensor *x = nullptr, *y = nullptr;
        for (const char *k : {"x", "inputs", "images", "data", "X"})
            if (!x)
                x = model.tensor(QLatin1String(k));
        for (const char *k : {"y", "labels", "targets", "Y"})
            if (!y)
                y = model.tensor(QLatin1String(k));
        if (!x) {
            for (const Tensor &t : model.tensors)
                if (&t != y) {
                    x = &t;
                    break;
                }
        }
        if (labelsOnly && !y)
            y = x;
        if (x) {
            ds.inputs = fromTensor(*x);
            ds.inputsWereBytes = x->dtype() == DType::U8;
        }
        if (y && y != x) {
            auto labels = toLabels(fromTensor(*y), path + QLatin1Char(':') + y->name());
            if (!labels)
                return labels.error();
            ds.labels = std::move(labels.value());
        }
        return ds;
    }
    case Kind::Text:
    case Kind::Gzip:
        break;
    }
    return parseCsv(b, path, labelsOnly ? 0 : labelColumn);
}

} // namespace

QString bundledEvalData(const QString &modelPath)
{
    const QFileInfo info(modelPath);
    const QString dir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    for (const char *name : {"validation.txt", "test-1000.npz"}) {
        const QString candidate = dir + QLatin1Char('/') + QLatin1String(name);
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

Result<QByteArray> loadText(const QString &path)
{
    auto b = readAll(path);
    if (!b)
        return b.error();
    if (b->size() < 2)
        return fail(ErrorCode::Format, path,
                    QCoreApplication::translate(
                            "pare::core", "the text has %1 bytes; evaluation needs at least 2")
                            .arg(b->size()));
    return b;
}

Result<Dataset> loadDataset(const QString &path, const QString &labelsPath, int labelColumn)
{
    auto ds = parseAny(path, labelsPath.isEmpty() ? labelColumn : -2, false);
    if (!ds)
        return ds.error();
    if (!labelsPath.isEmpty()) {
        auto lab = parseAny(labelsPath, 0, true);
        if (!lab)
            return lab.error();
        std::vector<std::int64_t> labels = lab->labels;
        if (labels.empty()) {
            auto l = toLabels(lab->inputs, labelsPath);
            if (!l)
                return l.error();
            labels = std::move(l.value());
        }
        ds->labels = std::move(labels);
    }
    if (ds->inputs.shape.empty() || ds->inputs.shape[0] <= 0)
        return fail(ErrorCode::Format, path,
                    QCoreApplication::translate("pare::core", "holds no examples (shape %1)")
                            .arg(shapeToString(ds->inputs.shape)));
    const int examples = int(ds->inputs.shape[0]);
    if (!ds->labels.empty() && std::int64_t(ds->labels.size()) != ds->inputs.shape[0])
        return fail(ErrorCode::Format, labelsPath.isEmpty() ? path : labelsPath,
                    QCoreApplication::translate("pare::core", "%1 labels for %n example(s)", nullptr, examples)
                            .arg(ds->labels.size()));
    return ds;
}

Result<GTensor> prepareInputs(const Dataset &data, const GraphValue &input, bool channelsLast, const Preprocess &prep)
{
    const GTensor &x = data.inputs;
    const std::int64_t n = x.shape.empty() ? 0 : x.shape[0];
    const std::int64_t perExample = n > 0 ? x.numel() / n : 0;
    if (input.shape.size() < 2)
        return fail(ErrorCode::Unsupported, data.source,
                    QCoreApplication::translate(
                            "pare::core",
                            "the model input '%1' has shape %2; expected a batch axis and features")
                            .arg(input.name, shapeToString(input.shape)));
    Shape want = input.shape;
    want[0] = n;
    std::int64_t known = 1;
    int unknown = -1;
    for (std::size_t i = 1; i < want.size(); ++i) {
        if (want[i] < 0) {
            if (unknown >= 0)
                return fail(ErrorCode::Unsupported, data.source,
                            QCoreApplication::translate(
                                    "pare::core", "model input %1 has more than one free dimension")
                                    .arg(shapeToString(input.shape)));
            unknown = int(i);
        } else {
            known *= want[i];
        }
    }
    if (unknown >= 0 && known > 0 && perExample % known == 0)
        want[std::size_t(unknown)] = perExample / known;
    if (shapeElements(want).value_or(-1) != x.numel())
        return fail(
                ErrorCode::Format, data.source,
                QCoreApplication::translate(
                        "pare::core",
                        "examples of shape %1 (%2 values each) do not fit the model input '%3' %4")
                        .arg(argText(shapeToString(x.shape)), argText(perExample),
                             argText(input.name), argText(shapeToString(input.shape))));
    // Channel count and where it sits in the data.
    bool dataNhwc = false;
    if (x.shape.size() == 4) {
        if (prep.layout != DataLayout::Auto) {
            dataNhwc = prep.layout == DataLayout::Nhwc;
        } else {
            // Match the model's channel count; when both axes could be channels, assume the
            // data is laid out as the model runs.
            const std::int64_t modelChannels = want.size() == 4 ? (channelsLast ? want[3] : want[1]) : -1;
            const bool lastFits = x.shape[3] == modelChannels, firstFits = x.shape[1] == modelChannels;
            if (lastFits != firstFits)
                dataNhwc = lastFits;
            else if (lastFits)
                dataNhwc = channelsLast;
            else
                dataNhwc = (x.shape[3] == 1 || x.shape[3] == 3 || x.shape[3] == 4) && x.shape[1] > 4;
        }
    }
    const std::int64_t channels = x.shape.size() == 4 ? (dataNhwc ? x.shape[3] : x.shape[1])
                                  : want.size() == 4 ? (channelsLast ? want[3] : want[1]) : 1;
    auto perChannel = [&](const std::vector<float> &v, const char *what) -> Result<void> {
        if (!v.empty() && v.size() != 1 && std::int64_t(v.size()) != channels)
            return fail(
                    ErrorCode::InvalidArgument, data.source,
                    QCoreApplication::translate("pare::core", "--%1 has %2 values for %3 channels")
                            .arg(argText(QLatin1String(what)), argText(v.size()),
                                 argText(channels)));
        return {};
    };
    PARE_TRY_VOID(perChannel(prep.mean, "mean"));
    PARE_TRY_VOID(perChannel(prep.std, "std"));
    for (float s : prep.std)
        if (!(s > 0))
            return fail(ErrorCode::InvalidArgument, data.source,
                        QCoreApplication::translate("pare::core", "--std values must be positive"));
    const double scale = prep.scale.value_or(data.inputsWereBytes ? 1.0 / 255.0 : 1.0);
    GTensor r;
    r.shape = want;
    r.data.resize(x.data.size());
    const std::int64_t spatial = channels > 0 ? perExample / channels : perExample;
    for (std::int64_t e = 0; e < x.numel(); ++e) {
        const std::int64_t inEx = e % perExample;
        const std::int64_t ch = channels <= 1 ? 0 : (dataNhwc ? inEx % channels : inEx / spatial);
        float v = float(double(x.data[std::size_t(e)]) * scale);
        if (!prep.mean.empty())
            v -= prep.mean[prep.mean.size() == 1 ? 0 : std::size_t(ch)];
        if (!prep.std.empty())
            v /= prep.std[prep.std.size() == 1 ? 0 : std::size_t(ch)];
        // Write in the model's layout.
        std::int64_t dst = e;
        if (channels > 1 && x.shape.size() == 4 && dataNhwc != channelsLast) {
            const std::int64_t b = e / perExample, s = dataNhwc ? inEx / channels : inEx % spatial;
            dst = b * perExample + (channelsLast ? s * channels + ch : ch * spatial + s);
        }
        r.data[std::size_t(dst)] = v;
    }
    return r;
}

} // namespace pare::core
