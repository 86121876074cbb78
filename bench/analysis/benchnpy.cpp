// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchnpy.h"

#include "common/atomicfile.h"

#include <QIODevice>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <limits>

namespace pare::bench {

core::Result<void> writeNpyF32(const QString &path, const std::vector<std::int64_t> &shape,
                               const float *data)
{
    QString dims;
    std::int64_t n = 1;
    for (std::int64_t d : shape) {
        dims += QString::number(d) + QStringLiteral(", ");
        n *= d;
    }
    QByteArray header = QStringLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': (%1), }")
                            .arg(dims).toLatin1();
    // Magic (6) + version (2) + length (2) + header + newline, padded to 64 bytes.
    while ((10 + header.size() + 1) % 64 != 0)
        header.append(' ');
    header.append('\n');
    return core::writeFileAtomically(path, [&](QIODevice &dev) -> core::Result<void> {
        QByteArray pre("\x93NUMPY\x01\x00", 8);
        pre.append(char(header.size() & 0xff));
        pre.append(char(header.size() >> 8));
        dev.write(pre);
        dev.write(header);
        const char *p = reinterpret_cast<const char *>(data);
        const std::int64_t bytes = n * 4;
        for (std::int64_t off = 0; off < bytes; off += std::int64_t(1) << 26) {
            const std::int64_t len = std::min<std::int64_t>(std::int64_t(1) << 26, bytes - off);
            if (dev.write(p + off, len) != len)
                return core::Error{core::ErrorCode::Io, QStringLiteral("%1: write failed at offset %2").arg(path).arg(off)};
        }
        return {};
    });
}

QString runPeer(const QString &script, const QStringList &arguments, int timeoutSeconds)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Debian's OpenBLAS misdetects this CPU when these are set by the host environment.
    env.remove(QStringLiteral("OPENBLAS_CORETYPE"));
    env.remove(QStringLiteral("OPENBLAS_L2_SIZE"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("/usr/bin/python3"), QStringList{script} + arguments);
    if (!p.waitForFinished(timeoutSeconds * 1000) || p.exitCode() != 0) {
        QTextStream(stderr) << "peer " << script << " failed or timed out\n";
        p.kill();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

double peerValue(const QString &output, const QString &key)
{
    const QRegularExpression re(QStringLiteral("(?:^|\\s)%1=([-+0-9.eE]+|nan|inf)").arg(QRegularExpression::escape(key)));
    const auto m = re.match(output);
    return m.hasMatch() ? m.captured(1).toDouble() : std::numeric_limits<double>::quiet_NaN();
}

} // namespace pare::bench
