// SPDX-License-Identifier: GPL-3.0-or-later
#include "ggufformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <cstring>
#include <limits>

namespace pare::core {

namespace {

template<typename T>
T loadLE(const char *p)
{
    // Pare targets little-endian hosts only (as ggml does), so the bytes are the value.
    T v;
    std::memcpy(&v, p, sizeof(T));
    return v;
}

struct GgmlTypeEntry
{
    std::uint32_t id;
    const char *name;
    std::optional<DType> dtype;
};

// enum ggml_type, including the ids Pare cannot decode, so messages can name them.
constexpr std::array<GgmlTypeEntry, 34> kGgmlTypes = {{
    {0, "F32", DType::F32},     {1, "F16", DType::F16},       {2, "Q4_0", DType::Q4_0},
    {3, "Q4_1", DType::Q4_1},   {4, "Q4_2", std::nullopt},    {5, "Q4_3", std::nullopt},
    {6, "Q5_0", DType::Q5_0},   {7, "Q5_1", DType::Q5_1},     {8, "Q8_0", DType::Q8_0},
    {9, "Q8_1", std::nullopt},  {10, "Q2_K", DType::Q2_K},    {11, "Q3_K", DType::Q3_K},
    {12, "Q4_K", DType::Q4_K},  {13, "Q5_K", DType::Q5_K},    {14, "Q6_K", DType::Q6_K},
    {15, "Q8_K", std::nullopt}, {16, "IQ2_XXS", std::nullopt}, {17, "IQ2_XS", std::nullopt},
    {18, "IQ3_XXS", std::nullopt}, {19, "IQ1_S", std::nullopt}, {20, "IQ4_NL", std::nullopt},
    {21, "IQ3_S", std::nullopt}, {22, "IQ2_S", std::nullopt}, {23, "IQ4_XS", std::nullopt},
    {24, "I8", DType::I8},      {25, "I16", DType::I16},      {26, "I32", DType::I32},
    {27, "I64", DType::I64},    {28, "F64", DType::F64},      {29, "IQ1_M", std::nullopt},
    {30, "BF16", DType::BF16},  {34, "TQ1_0", std::nullopt},  {35, "TQ2_0", std::nullopt},
    {39, "MXFP4", std::nullopt},
}};

const GgmlTypeEntry *findGgmlType(std::uint32_t id)
{
    for (const auto &e : kGgmlTypes) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QJsonValue scalarJson(GgufValueType t, const char *p)
{
    switch (t) {
    case GgufValueType::U8: return int(loadLE<std::uint8_t>(p));
    case GgufValueType::I8: return int(loadLE<std::int8_t>(p));
    case GgufValueType::U16: return int(loadLE<std::uint16_t>(p));
    case GgufValueType::I16: return int(loadLE<std::int16_t>(p));
    case GgufValueType::U32: return qint64(loadLE<std::uint32_t>(p));
    case GgufValueType::I32: return qint64(loadLE<std::int32_t>(p));
    case GgufValueType::F32: return double(loadLE<float>(p));
    case GgufValueType::Bool: return loadLE<std::uint8_t>(p) != 0;
    case GgufValueType::U64: {
        const auto v = loadLE<std::uint64_t>(p);
        // JSON integers are int64; beyond that keep the exact digits as a string.
        if (v > std::uint64_t(std::numeric_limits<qint64>::max()))
            return QString::number(v);
        return qint64(v);
    }
    case GgufValueType::I64: return qint64(loadLE<std::int64_t>(p));
    case GgufValueType::F64: return loadLE<double>(p);
    case GgufValueType::String:
    case GgufValueType::Array: break;
    }
    return QJsonValue();
}

} // namespace

QString ggufValueTypeName(GgufValueType t)
{
    static const char *const names[] = {"u8", "i8", "u16", "i16", "u32", "i32", "f32",
                                        "bool", "string", "array", "u64", "i64", "f64"};
    const auto i = std::uint32_t(t);
    return i < kGgufValueTypeCount ? QString::fromLatin1(names[i])
                                   : QStringLiteral("type %1").arg(i);
}

int ggufScalarSize(GgufValueType t)
{
    switch (t) {
    case GgufValueType::U8:
    case GgufValueType::I8:
    case GgufValueType::Bool: return 1;
    case GgufValueType::U16:
    case GgufValueType::I16: return 2;
    case GgufValueType::U32:
    case GgufValueType::I32:
    case GgufValueType::F32: return 4;
    case GgufValueType::U64:
    case GgufValueType::I64:
    case GgufValueType::F64: return 8;
    case GgufValueType::String:
    case GgufValueType::Array: return 0;
    }
    return 0;
}

GgufValue GgufValue::scalar(GgufValueType t, const void *littleEndianBytes)
{
    Q_ASSERT(ggufScalarSize(t) > 0);
    GgufValue v;
    v.type = t;
    v.raw = QByteArray(static_cast<const char *>(littleEndianBytes), ggufScalarSize(t));
    return v;
}

GgufValue GgufValue::u32(std::uint32_t v) { return scalar(GgufValueType::U32, &v); }
GgufValue GgufValue::i32(std::int32_t v) { return scalar(GgufValueType::I32, &v); }
GgufValue GgufValue::u64(std::uint64_t v) { return scalar(GgufValueType::U64, &v); }
GgufValue GgufValue::f32(float v) { return scalar(GgufValueType::F32, &v); }

GgufValue GgufValue::boolean(bool b)
{
    const std::uint8_t v = b ? 1 : 0;
    return scalar(GgufValueType::Bool, &v);
}

GgufValue GgufValue::str(const QString &s)
{
    GgufValue v;
    v.type = GgufValueType::String;
    v.string = s.toUtf8();
    return v;
}

GgufValue GgufValue::stringArray(const QStringList &values)
{
    GgufValue v;
    v.type = GgufValueType::Array;
    v.elementType = GgufValueType::String;
    v.count = values.size();
    for (const QString &s : values)
        v.strings.append(s.toUtf8());
    return v;
}

GgufValue GgufValue::scalarArray(GgufValueType elementType, const void *data, std::int64_t count)
{
    Q_ASSERT(ggufScalarSize(elementType) > 0 && count >= 0);
    GgufValue v;
    v.type = GgufValueType::Array;
    v.elementType = elementType;
    v.count = count;
    v.raw = QByteArray(static_cast<const char *>(data), qsizetype(count * ggufScalarSize(elementType)));
    return v;
}

std::optional<double> GgufValue::toDouble() const
{
    if (ggufScalarSize(type) == 0 || raw.size() != ggufScalarSize(type))
        return std::nullopt;
    const char *p = raw.constData();
    switch (type) {
    case GgufValueType::F32: return double(loadLE<float>(p));
    case GgufValueType::F64: return loadLE<double>(p);
    case GgufValueType::U64: return double(loadLE<std::uint64_t>(p));
    default: return double(*toInt64());
    }
}

std::optional<std::int64_t> GgufValue::toInt64() const
{
    if (ggufScalarSize(type) == 0 || raw.size() != ggufScalarSize(type))
        return std::nullopt;
    const char *p = raw.constData();
    switch (type) {
    case GgufValueType::U8: return loadLE<std::uint8_t>(p);
    case GgufValueType::I8: return loadLE<std::int8_t>(p);
    case GgufValueType::U16: return loadLE<std::uint16_t>(p);
    case GgufValueType::I16: return loadLE<std::int16_t>(p);
    case GgufValueType::U32: return loadLE<std::uint32_t>(p);
    case GgufValueType::I32: return loadLE<std::int32_t>(p);
    case GgufValueType::Bool: return loadLE<std::uint8_t>(p) != 0 ? 1 : 0;
    case GgufValueType::I64: return loadLE<std::int64_t>(p);
    case GgufValueType::U64: {
        const auto v = loadLE<std::uint64_t>(p);
        if (v > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
            return std::nullopt;
        return std::int64_t(v);
    }
    default: return std::nullopt;
    }
}

QJsonValue GgufValue::toJson() const
{
    if (type == GgufValueType::String)
        return QString::fromUtf8(string);
    if (type != GgufValueType::Array)
        return raw.size() == ggufScalarSize(type) ? scalarJson(type, raw.constData()) : QJsonValue();
    if (elided) {
        return QJsonObject{{QStringLiteral("type"), ggufValueTypeName(elementType)},
                           {QStringLiteral("count"), qint64(count)}};
    }
    QJsonArray a;
    if (elementType == GgufValueType::String) {
        for (const QByteArray &s : strings)
            a.append(QString::fromUtf8(s));
    } else if (elementType == GgufValueType::Array) {
        for (const GgufValue &item : items)
            a.append(item.toJson());
    } else {
        const int size = ggufScalarSize(elementType);
        for (qsizetype off = 0; size > 0 && off + size <= raw.size(); off += size)
            a.append(scalarJson(elementType, raw.constData() + off));
    }
    return a;
}

Shape GgufTensorInfo::shape() const
{
    return Shape(ne.rbegin(), ne.rend());
}

const GgufValue *GgufHeader::value(const QString &key) const
{
    for (const GgufKeyValue &kv : metadata) {
        if (kv.key == key)
            return &kv.value;
    }
    return nullptr;
}

std::optional<DType> dtypeFromGgmlType(std::uint32_t ggmlType)
{
    const GgmlTypeEntry *e = findGgmlType(ggmlType);
    return e ? e->dtype : std::nullopt;
}

std::optional<std::uint32_t> ggmlTypeFromDType(DType dtype)
{
    for (const auto &e : kGgmlTypes) {
        if (e.dtype == dtype)
            return e.id;
    }
    return std::nullopt;
}

QString ggmlTypeName(std::uint32_t ggmlType)
{
    const GgmlTypeEntry *e = findGgmlType(ggmlType);
    return e ? QString::fromLatin1(e->name) : QStringLiteral("type %1").arg(ggmlType);
}

} // namespace pare::core
