// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace pare::core {

// One member of a zip archive, from its central directory (authoritative for sizes and CRC).
struct ZipMember
{
    QString name;
    int method = 0; // 0 stored, 8 deflate
    std::uint32_t crc = 0;
    std::int64_t compressedSize = 0;
    std::int64_t uncompressedSize = 0;
    std::int64_t dataOffset = 0; // of the member's bytes in the archive
};

// Deflate cannot expand data by more than about 1032:1; a larger declared ratio is a bomb.
constexpr std::int64_t kMaxDeflateRatio = 1032;

// Reads the central directory (zip64 too) and each member's local header. Refuses encrypted
// members, methods other than stored/deflate, ranges outside the archive, overlapping members
// (the trick behind non-recursive zip bombs) and declared sizes deflate could not produce.
Result<std::vector<ZipMember>> readZipDirectory(const std::byte *data, std::int64_t size,
                                                const QString &context);

// Inflates a deflate member into exactly uncompressedSize bytes and checks its CRC-32.
Result<std::vector<std::byte>> inflateZipMember(const std::byte *archive, const ZipMember &member,
                                                const QString &context);

std::uint32_t crc32Of(const std::byte *data, std::int64_t size, std::uint32_t crc = 0);

} // namespace pare::core
