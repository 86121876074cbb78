// SPDX-License-Identifier: GPL-3.0-or-later
#include "npzwriter.h"

#include "common/atomicfile.h"
#include "numpy.h"
#include "zip.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>

#include <limits>

namespace pare::core {

namespace {

constexpr std::int64_t kAlign = 64;
constexpr std::uint16_t kAlignExtraId = 0xD935; // the padding field Android's zipalign uses
constexpr std::int64_t kZip32Limit = std::numeric_limits<std::uint32_t>::max();

void put16(QByteArray &b, std::uint32_t v)
{
    b += char(v & 0xff);
    b += char((v >> 8) & 0xff);
}
void put32(QByteArray &b, std::uint32_t v)
{
    put16(b, v & 0xffff);
    put16(b, v >> 16);
}

} // namespace

QByteArray npyHeaderFor(DType dtype, const Shape &shape)
{
    QByteArray dict = "{'descr': '" + npyDescr(dtype).toLatin1() + "', 'fortran_order': False, 'shape': (";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        dict += QByteArray::number(qint64(shape[i]));
        if (shape.size() == 1 || i + 1 < shape.size())
            dict += shape.size() == 1 ? "," : ", ";
    }
    dict += "), }";
    // numpy pads with spaces and ends with '\n' so the data starts 64-byte aligned.
    const bool v2 = 10 + dict.size() + 1 > 65535;
    const std::int64_t prefix = v2 ? 12 : 10;
    std::int64_t total = prefix + dict.size() + 1;
    total = (total + kAlign - 1) / kAlign * kAlign;
    dict += QByteArray(total - prefix - dict.size() - 1, ' ');
    dict += '\n';
    QByteArray out("\x93NUMPY", 6);
    out += char(v2 ? 2 : 1);
    out += char(0);
    if (v2)
        put32(out, std::uint32_t(dict.size()));
    else
        put16(out, std::uint32_t(dict.size()));
    return out + dict;
}

Result<void> writeNpz(const std::vector<Tensor> &tensors, const QString &path)
{
    QSet<QString> names;
    for (const Tensor &t : tensors) {
        if (t.isNull() || npyDescr(t.dtype()).isEmpty())
            return Error{ErrorCode::Unsupported,
                         QCoreApplication::translate("pare::core", "%1: tensor '%2': numpy has no dtype for %3")
                             .arg(path, t.name(), dtypeName(t.dtype()))};
        if (names.contains(t.name()))
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "%1: tensor name '%2' appears twice").arg(path, t.name())};
        names.insert(t.name());
    }
    return writeFileAtomically(path, [&](QIODevice &dev) -> Result<void> {
        QByteArray central;
        std::int64_t offset = 0;
        auto fail = [&] {
            return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: write failed: %2").arg(path, dev.errorString())};
        };
        for (const Tensor &t : tensors) {
            const QByteArray name = (t.name() + QStringLiteral(".npy")).toUtf8();
            const QByteArray npy = npyHeaderFor(t.dtype(), t.shape());
            const std::int64_t size = npy.size() + t.byteSize();
            const std::uint32_t crc = crc32Of(t.data(), t.byteSize(),
                                              crc32Of(reinterpret_cast<const std::byte *>(npy.constData()),
                                                      npy.size()));
            // Pad the local header's extra field so the array data lands 64-byte aligned.
            std::int64_t pad = (kAlign - (offset + 30 + name.size() + npy.size()) % kAlign) % kAlign;
            if (pad != 0 && pad < 4)
                pad += kAlign;
            if (offset + 30 + name.size() + pad + size > kZip32Limit)
                return Error{ErrorCode::Unsupported,
                             QCoreApplication::translate("pare::core", "%1: tensor '%2' ends beyond 4 GiB; .npz output needs zip64, "
                                            "which Pare does not write").arg(path, t.name())};
            QByteArray local;
            put32(local, 0x04034b50);
            put16(local, 20); // version needed
            put16(local, 0x0800); // flags: UTF-8 names
            put16(local, 0); // stored
            put16(local, 0);
            put16(local, 0x21); // 1980-01-01, fixed so output is reproducible
            put32(local, crc);
            put32(local, std::uint32_t(size));
            put32(local, std::uint32_t(size));
            put16(local, std::uint32_t(name.size()));
            put16(local, std::uint32_t(pad));
            local += name;
            if (pad) {
                put16(local, kAlignExtraId);
                put16(local, std::uint32_t(pad - 4));
                local += QByteArray(pad - 4, '\0');
            }
            put32(central, 0x02014b50);
            put16(central, 20);
            central += local.mid(4, 22); // version needed … uncompressed size
            put16(central, std::uint32_t(name.size()));
            put16(central, 0); // extra
            put16(central, 0); // comment
            put16(central, 0); // disk
            put16(central, 0); // internal attributes
            put32(central, 0); // external attributes
            put32(central, std::uint32_t(offset));
            central += name;
            if (dev.write(local) != local.size() || dev.write(npy) != npy.size()
                || dev.write(reinterpret_cast<const char *>(t.data()), t.byteSize()) != t.byteSize())
                return fail();
            offset += local.size() + size;
        }
        QByteArray end;
        put32(end, 0x06054b50);
        put16(end, 0);
        put16(end, 0);
        put16(end, std::uint32_t(tensors.size()));
        put16(end, std::uint32_t(tensors.size()));
        put32(end, std::uint32_t(central.size()));
        put32(end, std::uint32_t(offset));
        put16(end, 0);
        if (tensors.size() > 0xFFFF || offset + central.size() > kZip32Limit)
            return Error{ErrorCode::Unsupported,
                         QCoreApplication::translate("pare::core", "%1: too many tensors or bytes for a zip without zip64").arg(path)};
        if (dev.write(central) != central.size() || dev.write(end) != end.size())
            return fail();
        return {};
    });
}

} // namespace pare::core
