// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensor.h"

#include "common/argtext.h"
#include "tensor/blockquant.h"
#include "tensor/convert.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstring>

namespace pare::core {

std::optional<std::int64_t> shapeElements(const Shape &shape)
{
    std::int64_t n = 1;
    for (std::int64_t d : shape) {
        if (d < 0 || __builtin_mul_overflow(n, d, &n))
            return std::nullopt;
    }
    return n;
}

QString shapeToString(const Shape &shape)
{
    if (shape.empty())
        return QStringLiteral("scalar");
    QStringList parts;
    for (std::int64_t d : shape)
        parts << QString::number(d);
    return parts.join(QChar(0x00D7));
}

Result<Tensor> Tensor::view(const QString &name, DType dtype, Shape shape,
                            std::shared_ptr<const Storage> storage, std::int64_t offset,
                            const QString &context)
{
    const QString where = context.isEmpty() ? name : QCoreApplication::translate("pare::core", "%1: tensor '%2'").arg(context, name);
    const auto numel = shapeElements(shape);
    if (!numel)
        return Error{ErrorCode::Format,
                     QCoreApplication::translate("pare::core", "%1: invalid shape [%2] (negative or overflowing)")
                         .arg(where, shapeToString(shape))};
    const auto bytes = storageBytes(dtype, *numel);
    if (!bytes)
        return Error{ErrorCode::Format,
                     QCoreApplication::translate("pare::core", "%1: %2 elements do not fit dtype %3 (block size %4)")
                         .arg(argText(where), argText(*numel), argText(dtypeName(dtype)),
                              argText(dtypeInfo(dtype).blockElements))};
    if (!storage)
        return Error{ErrorCode::Internal, QCoreApplication::translate("pare::core", "%1: no storage").arg(where)};
    std::int64_t end = 0;
    if (offset < 0 || __builtin_add_overflow(offset, *bytes, &end) || end > storage->size())
        return Error{ErrorCode::Format,
                     QCoreApplication::translate("pare::core", "%1: data range [%2, %3) lies outside the %4 bytes available")
                         .arg(argText(where), argText(offset), argText(offset + *bytes),
                              argText(storage->size()))};
    Tensor t;
    t.m_name = name;
    t.m_dtype = dtype;
    t.m_shape = std::move(shape);
    t.m_storage = std::move(storage);
    t.m_offset = offset;
    t.m_numel = *numel;
    t.m_bytes = *bytes;
    return t;
}

Tensor Tensor::fromFloats(const QString &name, Shape shape, std::vector<float> values)
{
    Q_ASSERT(shapeElements(shape).value_or(-1) == std::int64_t(values.size()));
    std::vector<std::byte> bytes(values.size() * sizeof(float));
    if (!values.empty())
        std::memcpy(bytes.data(), values.data(), bytes.size());
    auto r = fromBytes(name, DType::F32, std::move(shape), std::move(bytes));
    Q_ASSERT(r.ok());
    return std::move(r).value();
}

Result<Tensor> Tensor::fromBytes(const QString &name, DType dtype, Shape shape,
                                 std::vector<std::byte> bytes, const QString &context)
{
    auto storage = std::make_shared<OwnedStorage>(std::move(bytes));
    auto r = view(name, dtype, std::move(shape), storage, 0, context);
    if (r.ok() && r->byteSize() != storage->size())
        return Error{ErrorCode::Format,
                     QCoreApplication::translate("pare::core", "%1: %2 bytes given, %3 expected")
                         .arg(argText(context.isEmpty() ? name : context), argText(storage->size()),
                              argText(r->byteSize()))};
    return r;
}

std::int64_t Tensor::rows() const
{
    return m_shape.empty() ? 1 : m_shape.front();
}

std::int64_t Tensor::cols() const
{
    const std::int64_t r = rows();
    return r > 0 ? m_numel / r : 0;
}

void Tensor::toFloat(std::int64_t first, std::int64_t count, float *out) const
{
    Q_ASSERT(first >= 0 && count >= 0 && first + count <= m_numel);
    if (count <= 0)
        return;
    const DTypeInfo &info = dtypeInfo(m_dtype);
    if (info.isBlockQuantized) {
        const std::int64_t be = info.blockElements;
        std::int64_t block = first / be;
        std::int64_t skip = first - block * be;
        float tmp[256];
        while (count > 0) {
            const std::byte *src = data() + block * info.blockBytes;
            if (skip == 0 && count >= be) {
                const std::int64_t whole = count / be;
                dequantizeBlocks(m_dtype, src, whole, out);
                out += whole * be;
                count -= whole * be;
                block += whole;
                continue;
            }
            dequantizeBlocks(m_dtype, src, 1, tmp);
            const std::int64_t take = std::min(count, be - skip);
            std::memcpy(out, tmp + skip, std::size_t(take) * sizeof(float));
            out += take;
            count -= take;
            skip = 0;
            ++block;
        }
        return;
    }
    convertToFloat(m_dtype, data() + first * info.blockBytes, count, out);
}

std::vector<float> Tensor::toFloatVector() const
{
    std::vector<float> v(static_cast<std::size_t>(m_numel));
    toFloat(0, m_numel, v.data());
    return v;
}

} // namespace pare::core
