// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ONNX TensorProto → Tensor. Inline raw_data stays where protobuf put it: the parsed ModelProto
// is kept alive by the tensors' storage and they view its strings, so nothing is copied after
// the parse. (Locating raw_data offsets in the mapped file instead would need a second,
// hand-written wire-format walker for no gain: protobuf copies raw_data while parsing anyway,
// and files over protobuf's 2 GB limit must use external data, which *is* memory-mapped.)

#include "common/result.h"
#include "tensor/storage.h"
#include "tensor/tensor.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace onnx {
class ModelProto;
class TensorProto;
} // namespace onnx

namespace pare::core::onnxio {

// Bytes inside the parsed protobuf, kept alive by owning the ModelProto.
class ProtoBytesStorage final : public Storage
{
public:
    ProtoBytesStorage(std::shared_ptr<const onnx::ModelProto> owner, const std::string &bytes);

private:
    std::shared_ptr<const onnx::ModelProto> m_owner;
};

// Maps external-data files, refusing any location outside the model's directory: a model file
// must not make Pare read arbitrary files.
class ExternalData
{
public:
    explicit ExternalData(const QString &modelPath);
    Result<std::shared_ptr<MappedFile>> open(const QString &location, const QString &where);

private:
    QString m_modelPath;
    QString m_dir; // canonical directory of the model
    QHash<QString, std::shared_ptr<MappedFile>> m_files;
};

// The DType of an ONNX TensorProto.DataType, or nullopt for types Pare does not hold
// (strings, complex, unsigned 16/32/64-bit, float8).
std::optional<DType> dtypeFromOnnx(int elemType);
QString onnxTypeName(int elemType);

// Converts one tensor. Returns nullopt (not an error) for a dtype Pare does not hold, so callers
// can skip it with a warning. `where` names the file and the tensor for error messages.
Result<std::optional<Tensor>> tensorFromProto(const onnx::TensorProto &proto, const QString &name,
                                              const std::shared_ptr<const onnx::ModelProto> &owner,
                                              ExternalData &external, const QString &where);

} // namespace pare::core::onnxio
