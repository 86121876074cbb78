// SPDX-License-Identifier: GPL-3.0-or-later
// Just enough of PKWARE's APPNOTE for .npz: central directory, zip64, stored and deflate.
#include "zip.h"
#include "common/argtext.h"

#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <limits>

namespace pare::core {

namespace {

constexpr std::uint32_t kLocalSig = 0x04034b50;
constexpr std::uint32_t kCentralSig = 0x02014b50;
constexpr std::uint32_t kEndSig = 0x06054b50;
constexpr std::uint32_t kEnd64Sig = 0x06064b50;
constexpr std::uint32_t kEnd64LocatorSig = 0x07064b50;
constexpr std::int64_t kEndSize = 22;
constexpr std::int64_t kCentralSize = 46;
constexpr std::int64_t kLocalSize = 30;
constexpr std::int64_t kEnd64Size = 56;
constexpr std::int64_t kMaxComment = 65535;

std::uint16_t u16(const std::byte *p)
{
    return std::uint16_t(std::uint16_t(p[0]) | std::uint16_t(p[1]) << 8);
}
std::uint32_t u32(const std::byte *p)
{
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16
           | std::uint32_t(p[3]) << 24;
}
std::uint64_t u64(const std::byte *p)
{
    return std::uint64_t(u32(p)) | std::uint64_t(u32(p + 4)) << 32;
}

// Whether [offset, offset + length) lies inside a file of `size` bytes, without overflowing.
bool inside(std::uint64_t offset, std::int64_t length, std::int64_t size)
{
    return size >= length && offset <= std::uint64_t(size - length);
}

Error zipError(const QString &context, const QString &what)
{
    return Error{ErrorCode::Format, QStringLiteral("%1: zip: %2").arg(context, what)};
}

} // namespace

std::uint32_t crc32Of(const std::byte *data, std::int64_t size, std::uint32_t crc)
{
    uLong c = crc;
    while (size > 0) {
        const uInt n = uInt(std::min<std::int64_t>(size, std::numeric_limits<uInt>::max() / 2));
        c = ::crc32(c, reinterpret_cast<const Bytef *>(data), n);
        data += n;
        size -= n;
    }
    return std::uint32_t(c);
}

Result<std::vector<ZipMember>> readZipDirectory(const std::byte *data, std::int64_t size,
                                                const QString &context)
{
    if (size < kEndSize)
        return zipError(context, QCoreApplication::translate("pare::core", "%1 bytes is too short for an end-of-central-directory "
                                                "record").arg(size));
    std::int64_t end = -1;
    for (std::int64_t off = size - kEndSize; off >= std::max<std::int64_t>(0, size - kEndSize - kMaxComment);
         --off) {
        if (u32(data + off) == kEndSig) {
            end = off;
            break;
        }
    }
    if (end < 0)
        return zipError(context, QCoreApplication::translate("pare::core", "no end-of-central-directory record in the last %1 bytes")
                                     .arg(std::min(size, kEndSize + kMaxComment)));
    std::uint64_t entries = u16(data + end + 10);
    std::uint64_t cdSize = u32(data + end + 12);
    std::uint64_t cdOffset = u32(data + end + 16);
    if (entries == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) {
        const std::int64_t loc = end - 20;
        if (loc < 0 || u32(data + loc) != kEnd64LocatorSig)
            return zipError(context, QCoreApplication::translate("pare::core", "zip64 locator missing before offset %1").arg(end));
        const std::uint64_t e64 = u64(data + loc + 8);
        if (!inside(e64, kEnd64Size, size) || u32(data + e64) != kEnd64Sig)
            return zipError(context, QCoreApplication::translate("pare::core", "zip64 end record at offset %1 is invalid").arg(e64));
        entries = u64(data + e64 + 32);
        cdSize = u64(data + e64 + 40);
        cdOffset = u64(data + e64 + 48);
    }
    if (cdOffset > std::uint64_t(size) || cdSize > std::uint64_t(size) - cdOffset)
        return zipError(context, QCoreApplication::translate("pare::core", "central directory [%1, +%2) lies outside the %3-byte file")
                                     .arg(cdOffset).arg(cdSize).arg(size));
    if (entries > cdSize / kCentralSize)
        return zipError(context, QCoreApplication::translate("pare::core", "%1 entries cannot fit a %2-byte central directory")
                                     .arg(entries).arg(cdSize));
    std::vector<ZipMember> members;
    members.reserve(entries);
    std::int64_t pos = std::int64_t(cdOffset);
    const std::int64_t cdEnd = std::int64_t(cdOffset + cdSize);
    for (std::uint64_t i = 0; i < entries; ++i) {
        if (pos + kCentralSize > cdEnd || u32(data + pos) != kCentralSig)
            return zipError(context, QCoreApplication::translate("pare::core", "central directory entry %1 at offset %2 is invalid")
                                         .arg(i).arg(pos));
        const std::byte *c = data + pos;
        const std::uint16_t flags = u16(c + 8);
        ZipMember m;
        m.method = u16(c + 10);
        m.crc = u32(c + 16);
        std::uint64_t csize = u32(c + 20);
        std::uint64_t usize = u32(c + 24);
        const int nameLen = u16(c + 28), extraLen = u16(c + 30), commentLen = u16(c + 32);
        std::uint64_t local = u32(c + 42);
        if (pos + kCentralSize + nameLen + extraLen + commentLen > cdEnd)
            return zipError(context, QCoreApplication::translate("pare::core", "central directory entry %1 at offset %2 overruns "
                                                    "the directory").arg(i).arg(pos));
        m.name = QString::fromUtf8(reinterpret_cast<const char *>(c + kCentralSize), nameLen);
        // zip64 extra: the 64-bit values of exactly the fields that hold 0xFFFFFFFF, in order.
        const std::byte *x = c + kCentralSize + nameLen;
        for (int xp = 0; xp + 4 <= extraLen;) {
            const int id = u16(x + xp), len = u16(x + xp + 2);
            if (xp + 4 + len > extraLen)
                break;
            if (id == 0x0001) {
                int q = xp + 4;
                const int qEnd = xp + 4 + len;
                for (std::uint64_t *field : {&usize, &csize, &local}) {
                    if (*field == 0xFFFFFFFF) {
                        if (q + 8 > qEnd)
                            return zipError(context, QCoreApplication::translate("pare::core", "member '%1': zip64 extra field "
                                                                    "too short").arg(m.name));
                        *field = u64(x + q);
                        q += 8;
                    }
                }
            }
            xp += 4 + len;
        }
        const QString where = QStringLiteral("member '%1'").arg(m.name);
        if (flags & 1)
            return Error{ErrorCode::Unsupported,
                         QCoreApplication::translate("pare::core", "%1: zip: %2 is encrypted").arg(context, where)};
        if (m.method != 0 && m.method != 8)
            return Error{ErrorCode::Unsupported, QCoreApplication::translate("pare::core", "%1: zip: %2 uses compression method %3 "
                                                                "(only stored and deflate are read)")
                                                     .arg(argText(context), argText(where),
                                                          argText(m.method))};
        if (!inside(local, kLocalSize, size) || u32(data + local) != kLocalSig)
            return zipError(context, QCoreApplication::translate("pare::core", "%1: local header at offset %2 is invalid")
                                         .arg(argText(where), argText(local)));
        const std::int64_t dataOffset = std::int64_t(local) + kLocalSize + u16(data + local + 26)
                                        + u16(data + local + 28);
        if (csize > std::uint64_t(size) || dataOffset > size - std::int64_t(csize))
            return zipError(context, QCoreApplication::translate("pare::core", "%1: data [%2, +%3) lies outside the %4-byte file")
                                         .arg(argText(where), argText(dataOffset), argText(csize),
                                              argText(size)));
        if (m.method == 0 && csize != usize)
            return zipError(context, QCoreApplication::translate("pare::core", "%1: stored member declares %2 bytes compressed but "
                                                    "%3 uncompressed")
                                                            .arg(argText(where), argText(csize),
                                                                 argText(usize)));
        if (m.method == 8 && usize > std::max<std::uint64_t>(csize, 1) * kMaxDeflateRatio)
            return zipError(context, QCoreApplication::translate("pare::core", "%1: declares %2 bytes from %3 compressed, beyond "
                                                    "deflate's %4:1 limit (a zip bomb?)")
                                         .arg(argText(where), argText(usize), argText(csize),
                                              argText(kMaxDeflateRatio)));
        if (usize > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
            return zipError(context, QCoreApplication::translate("pare::core", "%1: size %2 is too large")
                    .arg(argText(where), argText(usize)));
        m.compressedSize = std::int64_t(csize);
        m.uncompressedSize = std::int64_t(usize);
        m.dataOffset = dataOffset;
        members.push_back(std::move(m));
        pos += kCentralSize + nameLen + extraLen + commentLen;
    }
    // Members sharing bytes are how small archives claim huge contents; real archives never do.
    std::vector<const ZipMember *> sorted;
    for (const ZipMember &m : members)
        sorted.push_back(&m);
    std::sort(sorted.begin(), sorted.end(),
              [](const ZipMember *a, const ZipMember *b) { return a->dataOffset < b->dataOffset; });
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        const ZipMember &a = *sorted[i - 1], &b = *sorted[i];
        if (a.dataOffset + a.compressedSize > b.dataOffset - kLocalSize)
            return zipError(context, QCoreApplication::translate("pare::core", "members '%1' and '%2' overlap at offset %3")
                                         .arg(argText(a.name), argText(b.name),
                                              argText(b.dataOffset)));
    }
    return members;
}

Result<std::vector<std::byte>> inflateZipMember(const std::byte *archive, const ZipMember &m,
                                                const QString &context)
{
    const QString where = QCoreApplication::translate("pare::core", "%1: zip: member '%2'").arg(context, m.name);
    std::vector<std::byte> out(std::size_t(m.uncompressedSize));
    z_stream zs;
    std::memset(&zs, 0, sizeof zs);
    if (inflateInit2(&zs, -MAX_WBITS) != Z_OK)
        return Error{ErrorCode::Internal, QCoreApplication::translate("pare::core", "%1: zlib init failed").arg(where)};
    const std::byte *in = archive + m.dataOffset;
    std::int64_t inLeft = m.compressedSize;
    std::int64_t produced = 0;
    constexpr std::int64_t kStep = std::int64_t(1) << 30; // avail_in/out are 32-bit
    int rc = Z_OK;
    while (rc == Z_OK) {
        if (zs.avail_in == 0 && inLeft > 0) {
            zs.next_in = reinterpret_cast<Bytef *>(const_cast<std::byte *>(in));
            zs.avail_in = uInt(std::min(inLeft, kStep));
            in += zs.avail_in;
            inLeft -= zs.avail_in;
        }
        if (zs.avail_out == 0) {
            if (produced >= m.uncompressedSize) {
                // Output is full; one probe byte tells a finished stream from an overlong one.
                unsigned char probe;
                zs.next_out = &probe;
                zs.avail_out = 1;
                rc = inflate(&zs, Z_NO_FLUSH);
                if (rc == Z_STREAM_END && zs.avail_out == 1) {
                    zs.avail_out = 0;
                    break;
                }
                inflateEnd(&zs);
                return Error{ErrorCode::Format,
                             QCoreApplication::translate("pare::core", "%1: inflates beyond its declared %2 bytes")
                                 .arg(argText(where), argText(m.uncompressedSize))};
            }
            zs.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
            zs.avail_out = uInt(std::min(m.uncompressedSize - produced, kStep));
            produced += zs.avail_out;
        }
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc == Z_BUF_ERROR && (zs.avail_out == 0 || inLeft > 0))
            rc = Z_OK; // needs more room or input; loop supplies it
    }
    const std::int64_t got = produced - zs.avail_out;
    inflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: corrupt deflate data after %2 output bytes "
                                                       "(zlib %3)")
                                                               .arg(argText(where), argText(got),
                                                                    argText(rc))};
    if (got != m.uncompressedSize)
        return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: inflates to %2 bytes, %3 declared")
                                            .arg(argText(where), argText(got),
                                                 argText(m.uncompressedSize))};
    if (const std::uint32_t crc = crc32Of(out.data(), got); crc != m.crc)
        return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: CRC-32 %2 does not match the declared %3")
                                            .arg(where).arg(crc, 8, 16, QLatin1Char('0'))
                                            .arg(m.crc, 8, 16, QLatin1Char('0'))};
    return out;
}

} // namespace pare::core
