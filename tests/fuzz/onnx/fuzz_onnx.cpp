// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the ONNX reader. The input is written to a file in a private directory
// (the reader maps files), so any external-data location it names can only resolve there.
#include "io/modelio.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("model.onnx"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    pare::core::JobContext ctx;
    auto r = pare::core::readOnnx(path, ctx);
    if (r.ok()) {
        // Touch every tensor's bytes so a view past its storage shows up under ASan.
        float sink = 0;
        for (const auto &t : (*r)->tensors) {
            if (t.numel() > 0) {
                float v[2] = {0, 0};
                t.toFloat(0, 1, v);
                t.toFloat(t.numel() - 1, 1, v + 1);
                sink += v[0] + v[1];
            }
        }
        (void)sink;
    }
    return 0;
}
