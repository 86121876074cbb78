// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the HDF5 readers: Keras HDF5 and Pare's own file. HDF5 opens files by
// name, so the input goes to a file in a private directory first. libhdf5 runs in a child
// process (common/isolate.h): its own crashes and hangs end that child, not the fuzzer. Two
// readers × the child's deadline stay well under libFuzzer's -timeout (10 s in tools/fuzz.sh).
#include "io/modelio.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qputenv("PARE_HDF5_TIMEOUT_MS", "2500");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("model.h5"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    pare::core::JobContext ctx;
    auto keras = pare::core::readKerasH5(path, ctx);
    auto pare = pare::core::readPare(path, ctx);
    for (const auto *r : {&keras, &pare}) {
        if (!r->ok())
            continue;
        float sink = 0;
        for (const auto &t : (**r)->tensors) {
            if (t.numel() > 0) {
                float v = 0;
                t.toFloat(t.numel() - 1, 1, &v);
                sink += v;
            }
        }
        (void)sink;
    }
    return 0;
}
