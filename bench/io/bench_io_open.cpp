// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a large Hugging Face directory (default: the synthetic Llama-7B from pare-synth-llama),
// lists every tensor and layer, and reports wall time and peak RSS next to a plain read of the
// shard headers; then measures F16/BF16 → float32 conversion on one core, on data evicted from
// the page cache and on cached data, each next to a memcpy of the same mapped bytes.
//   bench_io_open [DIR] [--convert-mb N]   (default N = 2048)
#include "io/modelio.h"
#include "model/costmodel.h"
#include "tensor/convert.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <set>
#include <sys/resource.h>
#include <unistd.h>

using namespace pare::core;

namespace {

constexpr std::int64_t kChunkElements = 1 << 20; // 2 MB of 16-bit input per step

double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

// Drops the tensors' pages from this process and from the page cache, so the next pass reads
// from disk. Works without privileges for clean file pages.
void evict(const std::vector<Tensor> &tensors)
{
    std::set<QString> paths;
    for (const Tensor &t : tensors) {
        if (const auto *mf = dynamic_cast<const MappedFile *>(t.storage().get()))
            mf->advise(t.storageOffset(), t.byteSize(), MappedFile::Advice::DontNeed);
        paths.insert(t.storage()->path());
    }
    for (const QString &p : paths) {
        const int fd = ::open(QFile::encodeName(p).constData(), O_RDONLY);
        if (fd >= 0) {
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            ::close(fd);
        }
    }
}

void sequential(const std::vector<Tensor> &tensors)
{
    for (const Tensor &t : tensors)
        if (const auto *mf = dynamic_cast<const MappedFile *>(t.storage().get()))
            mf->advise(t.storageOffset(), t.byteSize(), MappedFile::Advice::Sequential);
}

// Returns seconds; `sink` keeps the work observable.
double timeMemcpy(const std::vector<Tensor> &tensors, std::vector<std::byte> &buf, double &sink)
{
    QElapsedTimer timer;
    timer.start();
    for (const Tensor &t : tensors) {
        for (std::int64_t off = 0; off < t.byteSize(); off += std::int64_t(buf.size())) {
            const std::int64_t n = std::min<std::int64_t>(std::int64_t(buf.size()), t.byteSize() - off);
            std::memcpy(buf.data(), t.data() + off, std::size_t(n));
            sink += double(buf[std::size_t(n - 1)]);
        }
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

// The floor for any pass over the bytes: a plain streaming read (a sum of 64-bit words).
double timeRead(const std::vector<Tensor> &tensors, double &sink)
{
    QElapsedTimer timer;
    timer.start();
    std::uint64_t a = 0, b = 0, c = 0, d = 0;
    for (const Tensor &t : tensors) {
        const std::byte *p = t.data();
        const std::int64_t words = t.byteSize() / 32 * 4;
        for (std::int64_t i = 0; i < words; i += 4) {
            std::uint64_t w[4];
            std::memcpy(w, p + i * 8, 32);
            a += w[0];
            b += w[1];
            c += w[2];
            d += w[3];
        }
    }
    sink += double((a ^ b ^ c ^ d) & 0xFF);
    return double(timer.nsecsElapsed()) / 1e9;
}

double timeConvert(const std::vector<Tensor> &tensors, std::vector<float> &buf, double &sink)
{
    QElapsedTimer timer;
    timer.start();
    for (const Tensor &t : tensors) {
        for (std::int64_t first = 0; first < t.numel(); first += kChunkElements) {
            const std::int64_t n = std::min(kChunkElements, t.numel() - first);
            t.toFloat(first, n, buf.data());
            sink += buf[std::size_t(n - 1)];
        }
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

std::vector<Tensor> retyped(const std::vector<Tensor> &tensors, DType dtype)
{
    std::vector<Tensor> out;
    for (const Tensor &t : tensors) {
        auto v = Tensor::view(t.name(), dtype, t.shape(), t.storage(), t.storageOffset());
        if (v.ok())
            out.push_back(std::move(v).value());
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString dir = QStringLiteral("/tmp/pare-synth-llama7b");
    std::int64_t convertBytes = std::int64_t(2048) << 20;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--convert-mb") && i + 1 < args.size())
            convertBytes = args[++i].toLongLong() << 20;
        else
            dir = args[i];
    }
    const double rssBefore = peakRssMb();

    QElapsedTimer timer;
    timer.start();
    auto opened = openModel(dir);
    if (!opened.ok()) {
        std::fprintf(stderr, "bench_io_open: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    const Model &model = **opened;
    // "List": what the inspector shows, one line per tensor and per layer.
    QStringList lines;
    for (const Tensor &t : model.tensors)
        lines << t.name() + QLatin1Char(' ') + dtypeName(t.dtype()) + QLatin1Char(' ') + shapeToString(t.shape());
    const InputSpec spec;
    for (const Layer &l : model.layers)
        lines << l.name + QLatin1Char(' ') + l.role + QLatin1Char(' ')
                     + QString::number(layerCost(model, l, spec).macs);
    const double openSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double rssAfter = peakRssMb();

    // Baseline, after the open so both see the same cache state: plain reads of the headers.
    timer.restart();
    std::int64_t headerBytes = 0;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.safetensors")}, QDir::Files)) {
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        std::uint64_t n = 0;
        f.read(reinterpret_cast<char *>(&n), 8);
        headerBytes += f.read(qint64(std::min<std::uint64_t>(n, 1 << 28))).size();
    }
    const double headerSeconds = double(timer.nsecsElapsed()) / 1e9;

    std::printf("model: %s, %zu tensors, %zu layers, %.2f GB, %lld parameters\n", qPrintable(dir),
                model.tensors.size(), model.layers.size(), double(model.byteSize()) / 1e9,
                qlonglong(model.parameterCount()));
    std::printf("open+list: %.1f ms (plain read of %lld header bytes: %.1f ms, ratio %.1f)\n",
                openSeconds * 1e3, qlonglong(headerBytes), headerSeconds * 1e3,
                headerSeconds > 0 ? openSeconds / headerSeconds : 0.0);
    std::printf("peak RSS: %.1f MB (%.1f MB before opening; %lld listed lines)\n", rssAfter, rssBefore,
                qlonglong(lines.size()));

    // The conversion set: 16-bit tensors in file order up to convertBytes.
    std::vector<Tensor> set;
    std::int64_t bytes = 0;
    for (const Tensor &t : model.tensors) {
        if ((t.dtype() != DType::BF16 && t.dtype() != DType::F16) || bytes >= convertBytes)
            continue;
        set.push_back(t);
        bytes += t.byteSize();
    }
    if (set.empty())
        return 0;
    std::vector<std::byte> copyBuf(std::size_t(kChunkElements * 2));
    std::vector<float> floatBuf(static_cast<std::size_t>(kChunkElements));
    double sink = 0;
    const double gb = double(bytes) / 1e9;
    std::printf("conversion on one core, %.2f GB of 16-bit input (%s path):\n", gb, halfConversionPath());
    // Cold: evicted from the page cache (read from disk). Warm: in the page cache but far larger
    // than the CPU caches, so the input streams from RAM: the figure the ≥ 6 GB/s target is about.
    // Each conversion is shown next to a plain streaming read and a memcpy of the same bytes.
    for (DType dtype : {DType::BF16, DType::F16}) {
        const std::vector<Tensor> typed = retyped(set, dtype);
        evict(typed);
        sequential(typed);
        const double coldCopy = timeMemcpy(typed, copyBuf, sink);
        evict(typed);
        sequential(typed);
        const double coldConvert = timeConvert(typed, floatBuf, sink);
        // Now cached (and mapped): the compute-bound figures.
        const double warmRead = timeRead(typed, sink);
        const double warmCopy = timeMemcpy(typed, copyBuf, sink);
        const double warmConvert = timeConvert(typed, floatBuf, sink);
        std::printf("  %-4s cold: memcpy %.2f GB/s, toFloat %.2f GB/s (toFloat/memcpy %.2f)\n",
                    qPrintable(dtypeName(dtype)), gb / coldCopy, gb / coldConvert,
                    coldCopy / coldConvert);
        std::printf("  %-4s warm: read %.2f GB/s, memcpy %.2f GB/s, toFloat %.2f GB/s "
                    "(toFloat/read %.2f, toFloat/memcpy %.2f)\n",
                    qPrintable(dtypeName(dtype)), gb / warmRead, gb / warmCopy, gb / warmConvert,
                    warmRead / warmConvert, warmCopy / warmConvert);
    }
    std::printf("(checksum %g)\n", sink);
    return 0;
}
