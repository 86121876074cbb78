// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "tensor/dtype.h"
#include "tensor/tensor.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace pare::core {

// GGUF (llama.cpp's model file): a little-endian header, typed key/value metadata, tensor infos,
// then the tensor data section, aligned to general.alignment.
constexpr std::uint32_t kGgufMagic = 0x46554747; // "GGUF" read as a little-endian u32
constexpr std::uint32_t kGgufDefaultAlignment = 32;
constexpr int kGgufMaxDims = 4;          // GGML_MAX_DIMS
constexpr int kGgufMaxNestingDepth = 16; // arrays of arrays; deeper is hostile, not useful
// Arrays longer than this are summarised in Model::metadata ({"type", "count"}) instead of being
// expanded into JSON; readGgufMetadata() still returns them in full.
constexpr std::int64_t kGgufInlineArrayLimit = 4096;

enum class GgufValueType : std::uint32_t {
    U8 = 0, I8 = 1, U16 = 2, I16 = 3, U32 = 4, I32 = 5, F32 = 6, Bool = 7,
    String = 8, Array = 9, U64 = 10, I64 = 11, F64 = 12,
};
constexpr std::uint32_t kGgufValueTypeCount = 13;

QString ggufValueTypeName(GgufValueType t); // "u32", "string", "array", …
// Size of one scalar value, 0 for String and Array.
int ggufScalarSize(GgufValueType t);

// One metadata value. Scalars and arrays of scalars keep their exact little-endian bytes, so a
// file read and written again carries every value bit for bit.
struct GgufValue
{
    GgufValueType type = GgufValueType::U8;
    QByteArray raw;              // scalar: its bytes; array of scalars: count × element bytes
    QByteArray string;           // String: the bytes as stored (UTF-8 by the spec, not checked)
    GgufValueType elementType = GgufValueType::U8; // Array only
    std::int64_t count = 0;      // Array only: element count
    QList<QByteArray> strings;   // Array of String
    std::vector<GgufValue> items; // Array of Array
    bool elided = false;         // Array only: elements skipped while reading (see readers)

    static GgufValue scalar(GgufValueType t, const void *littleEndianBytes);
    static GgufValue u32(std::uint32_t v);
    static GgufValue i32(std::int32_t v);
    static GgufValue u64(std::uint64_t v);
    static GgufValue f32(float v);
    static GgufValue boolean(bool v);
    static GgufValue str(const QString &s);
    static GgufValue stringArray(const QStringList &values);
    static GgufValue scalarArray(GgufValueType elementType, const void *data, std::int64_t count);

    // Scalar reading (any integer or float type; bool as 0/1). nullopt for strings and arrays.
    std::optional<double> toDouble() const;
    std::optional<std::int64_t> toInt64() const; // nullopt also for a u64 above INT64_MAX

    // JSON for Model::metadata: numbers, bools, strings (invalid UTF-8 replaced), arrays; an
    // array with elided elements becomes {"type": "<element type>", "count": N}.
    QJsonValue toJson() const;
};

struct GgufKeyValue
{
    QString key;
    GgufValue value;
};

struct GgufTensorInfo
{
    QString name;
    std::uint32_t ggmlType = 0;
    DType dtype = DType::F32;
    std::vector<std::int64_t> ne; // ggml order: ne[0] is the fastest-varying (input) dimension
    std::uint64_t offset = 0;     // relative to the data section
    std::int64_t bytes = 0;
    std::int64_t infoOffset = 0;  // where its info record starts in the file, for messages

    Shape shape() const; // row-major: ne reversed
};

// Everything before the tensor data.
struct GgufHeader
{
    std::uint32_t version = 3;
    std::uint32_t alignment = kGgufDefaultAlignment;
    std::int64_t dataOffset = 0; // absolute start of the data section
    std::vector<GgufKeyValue> metadata;
    std::vector<GgufTensorInfo> tensors;

    const GgufValue *value(const QString &key) const;
};

// ggml type ids (enum ggml_type) and Pare's DType.
std::optional<DType> dtypeFromGgmlType(std::uint32_t ggmlType);
std::optional<std::uint32_t> ggmlTypeFromDType(DType dtype);
QString ggmlTypeName(std::uint32_t ggmlType); // "Q4_K", "IQ2_XXS", "type 99" if unknown

} // namespace pare::core
