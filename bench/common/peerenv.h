// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The environment a peer script (numpy, torch from Debian) runs in, shared by the benchmarks:
// Debian's numpy and torch call whichever libblas.so.3 the loader finds, which is the reference
// BLAS unless the system's alternative says otherwise (10-150x slower than OpenBLAS: not an honest
// peer). When libopenblas0-pthread is installed (`tools/setup.sh --bench`), its directory goes
// first on LD_LIBRARY_PATH of the peer process only, with as many OpenBLAS threads as the peer
// is given; the host's OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE (which misdetect this CPU) are dropped.

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QString>

namespace pare::bench {

inline const QString &openBlasDir()
{
    static const QString dir = QStringLiteral("/usr/lib/x86_64-linux-gnu/openblas-pthread");
    return dir;
}

// Whether the peer gets OpenBLAS (else a note for the benchmark's output says why not).
inline bool peerHasOpenBlas()
{
    return QFileInfo(openBlasDir()).isDir();
}

inline QProcessEnvironment peerEnvironment(int threads)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OPENBLAS_CORETYPE"));
    env.remove(QStringLiteral("OPENBLAS_L2_SIZE"));
    if (peerHasOpenBlas()) {
        const QString path = env.value(QStringLiteral("LD_LIBRARY_PATH"));
        env.insert(QStringLiteral("LD_LIBRARY_PATH"),
                   path.isEmpty() ? openBlasDir() : openBlasDir() + QLatin1Char(':') + path);
    }
    if (threads > 0) {
        env.insert(QStringLiteral("OPENBLAS_NUM_THREADS"), QString::number(threads));
        env.insert(QStringLiteral("OMP_NUM_THREADS"), QString::number(threads));
    }
    return env;
}

inline const char *peerBlasNote()
{
    return peerHasOpenBlas() ? "peer BLAS: OpenBLAS (openblas-pthread, on the peer's LD_LIBRARY_PATH)"
                             : "peer BLAS: the system's libblas.so.3 (install libopenblas0-pthread, "
                               "`tools/setup.sh --bench`, for an honest peer)";
}

} // namespace pare::bench
