// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "tensor/dtype.h"
#include "tensor/storage.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace pare::core {

using Shape = std::vector<std::int64_t>;

// Element count of a shape, or nullopt for negative dimensions or overflow.
std::optional<std::int64_t> shapeElements(const Shape &shape);
QString shapeToString(const Shape &shape); // "4096×11008", "scalar" for rank 0

// A named, typed, shaped view of bytes. Copying a Tensor copies the view, not the data.
class Tensor
{
public:
    Tensor() = default;

    // A view of storage[offset, offset + storageBytes(dtype, numel)). Validates the shape and
    // the range; `context` (usually the file path) prefixes any error message.
    static Result<Tensor> view(const QString &name, DType dtype, Shape shape,
                               std::shared_ptr<const Storage> storage, std::int64_t offset,
                               const QString &context = {});
    // An F32 tensor owning `values` (values.size() must equal the shape's element count).
    static Tensor fromFloats(const QString &name, Shape shape, std::vector<float> values);
    // A tensor owning raw bytes of any dtype (checked like view()).
    static Result<Tensor> fromBytes(const QString &name, DType dtype, Shape shape,
                                    std::vector<std::byte> bytes, const QString &context = {});

    bool isNull() const { return !m_storage; }
    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    DType dtype() const { return m_dtype; }
    const Shape &shape() const { return m_shape; }
    int rank() const { return int(m_shape.size()); }
    std::int64_t dim(int i) const { return m_shape[std::size_t(i)]; }
    std::int64_t numel() const { return m_numel; }
    std::int64_t byteSize() const { return m_bytes; }
    const std::byte *data() const { return m_storage ? m_storage->data() + m_offset : nullptr; }
    std::span<const std::byte> bytes() const { return {data(), std::size_t(m_bytes)}; }
    const std::shared_ptr<const Storage> &storage() const { return m_storage; }
    std::int64_t storageOffset() const { return m_offset; }
    bool isMapped() const { return m_storage && !m_storage->path().isEmpty(); }

    // Decodes elements [first, first + count) to float32 in row-major order. Any range is valid,
    // for block types too. Integers convert by value, BOOL to 0/1.
    void toFloat(std::int64_t first, std::int64_t count, float *out) const;
    std::vector<float> toFloatVector() const;

    // A 2-D reading: rows = shape[0] (1 for rank 0), cols = numel / rows.
    std::int64_t rows() const;
    std::int64_t cols() const;

private:
    QString m_name;
    DType m_dtype = DType::F32;
    Shape m_shape;
    std::shared_ptr<const Storage> m_storage;
    std::int64_t m_offset = 0;
    std::int64_t m_numel = 0;
    std::int64_t m_bytes = 0;
};

} // namespace pare::core
