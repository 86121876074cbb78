// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/kerasexport.h"

#include "common/argtext.h"
#include "common/isolate.h"

#include <QCoreApplication>
#include <QFile>

#include <hdf5.h>

#include <vector>

namespace pare::core {

namespace {

struct Datasets
{
    std::vector<QByteArray> paths;
};

herr_t collect(hid_t, const char *name, const H5O_info_t *info, void *data)
{
    if (info->type == H5O_TYPE_DATASET)
        static_cast<Datasets *>(data)->paths.push_back(QByteArray(name));
    return 0;
}

Error h5Error(const QString &path, const QString &what)
{
    return Error{ErrorCode::Io, QStringLiteral("%1: %2").arg(path, what)};
}

} // namespace

Result<void> writeKerasH5WithWeights(const QString &source, const QHash<QString, std::vector<float>> &values,
                                     const QString &path)
{
    QFile::remove(path);
    if (!QFile::copy(source, path))
        return h5Error(path, QCoreApplication::translate("pare::core", "cannot copy %1").arg(source));
    NoForkScope noFork; // in-process libhdf5: no runIsolated fork meanwhile (common/isolate.h)
    hid_t file = H5Fopen(QFile::encodeName(path).constData(), H5F_ACC_RDWR, H5P_DEFAULT);
    if (file < 0)
        return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: not an HDF5 file").arg(source)};
    Datasets all;
    Result<void> result;
    if (H5Ovisit2(file, H5_INDEX_NAME, H5_ITER_NATIVE, collect, &all, H5O_INFO_BASIC) < 0)
        result = h5Error(source, QCoreApplication::translate("pare::core", "cannot list the datasets"));
    for (auto it = values.begin(); result && it != values.end(); ++it) {
        const QByteArray suffix = QByteArray("/") + it.key().toUtf8();
        QByteArray found;
        int matches = 0;
        for (const QByteArray &p : all.paths) {
            if (!p.endsWith(suffix) && p != it.key().toUtf8())
                continue;
            hid_t ds = H5Dopen2(file, p.constData(), H5P_DEFAULT);
            if (ds < 0)
                continue;
            hid_t space = H5Dget_space(ds);
            const hssize_t n = H5Sget_simple_extent_npoints(space);
            hid_t type = H5Dget_type(ds);
            const bool isFloat = H5Tget_class(type) == H5T_FLOAT;
            H5Tclose(type);
            H5Sclose(space);
            H5Dclose(ds);
            if (isFloat && n == hssize_t(it.value().size())) {
                found = p;
                ++matches;
            }
        }
        if (matches != 1) {
            result = Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: %2 float datasets named '%3' with %4 values")
                                                      .arg(argText(source), argText(matches),
                                                           argText(it.key()),
                                                           argText(it.value().size()))};
            break;
        }
        hid_t ds = H5Dopen2(file, found.constData(), H5P_DEFAULT);
        const herr_t w = ds < 0 ? -1 : H5Dwrite(ds, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, it.value().data());
        if (ds >= 0)
            H5Dclose(ds);
        if (w < 0)
            result = h5Error(path, QCoreApplication::translate("pare::core", "cannot write %1").arg(QString::fromUtf8(found)));
    }
    if (H5Fclose(file) < 0 && result)
        result = h5Error(path, QCoreApplication::translate("pare::core", "cannot close the file"));
    if (!result)
        QFile::remove(path);
    return result;
}

} // namespace pare::core
