// SPDX-License-Identifier: GPL-3.0-or-later
#include "onnxtensor.h"
#include "common/argtext.h"

#include <onnx/onnx_pb.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <bit>
#include <cstring>
#include <limits>

namespace pare::core::onnxio {

static_assert(std::endian::native == std::endian::little,
              "ONNX raw_data is little-endian; Pare views it in place");

ProtoBytesStorage::ProtoBytesStorage(std::shared_ptr<const onnx::ModelProto> owner,
                                     const std::string &bytes)
    : m_owner(std::move(owner))
{
    m_data = reinterpret_cast<const std::byte *>(bytes.data());
    m_size = std::int64_t(bytes.size());
}

ExternalData::ExternalData(const QString &modelPath)
    : m_modelPath(modelPath)
    , m_dir(QFileInfo(modelPath).absoluteDir().canonicalPath())
{}

Result<std::shared_ptr<MappedFile>> ExternalData::open(const QString &location,
                                                       const QString &where)
{
    // Each message is a whole sentence with %1 = where, %2 = the location.
    auto refuse = [&](const QString &sentence) {
        return Error{ErrorCode::Format, sentence.arg(where, location)};
    };
    if (location.isEmpty())
        return refuse(QCoreApplication::translate("pare::core", "%1: external_data location '%2' is empty; refused"));
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (QDir::isAbsolutePath(location) || location.startsWith(QLatin1Char('/'))
        || location.startsWith(QLatin1Char('\\')) || drive.match(location).hasMatch())
        return refuse(QCoreApplication::translate("pare::core", "%1: external_data location '%2' is an absolute path; refused"));
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    for (const QString &part : location.split(separators)) {
        if (part == QLatin1String(".."))
            return refuse(QCoreApplication::translate("pare::core", "%1: external_data location '%2' leaves the model's directory (\"..\"); refused"));
    }
    if (location.contains(QChar(0)))
        return refuse(QCoreApplication::translate("pare::core", "%1: external_data location '%2' contains a NUL character; refused"));
    if (m_dir.isEmpty())
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("pare::core", "%1: the model's directory cannot be resolved").arg(where)};
    const QFileInfo info(QDir(m_dir).filePath(location));
    if (!info.exists())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("pare::core", "%1: external data file '%2' does not exist (looked in %3)")
                             .arg(where, location, m_dir)};
    // Symbolic links are resolved before the check, so a link pointing out is refused too.
    const QString canonical = info.canonicalFilePath();
    if (!canonical.startsWith(m_dir + QLatin1Char('/')))
        return Error{ErrorCode::Format,
                     QCoreApplication::translate(
                             "pare::core", "%1: external_data location '%2' resolves to %3, outside the model's "
                                           "directory; refused")
                             .arg(where, location, canonical)};
    if (!QFileInfo(canonical).isFile())
        return refuse(QCoreApplication::translate("pare::core", "%1: external_data location '%2' is not a regular file; refused"));
    if (auto it = m_files.constFind(canonical); it != m_files.constEnd())
        return *it;
    auto mapped = MappedFile::open(canonical);
    if (!mapped)
        return Error{mapped.error().code,
                     QStringLiteral("%1: %2").arg(where, mapped.error().message)};
    m_files.insert(canonical, *mapped);
    return *mapped;
}

std::optional<DType> dtypeFromOnnx(int elemType)
{
    switch (elemType) {
    case onnx::TensorProto_DataType_FLOAT:
        return DType::F32;
    case onnx::TensorProto_DataType_UINT8:
        return DType::U8;
    case onnx::TensorProto_DataType_INT8:
        return DType::I8;
    case onnx::TensorProto_DataType_INT16:
        return DType::I16;
    case onnx::TensorProto_DataType_INT32:
        return DType::I32;
    case onnx::TensorProto_DataType_INT64:
        return DType::I64;
    case onnx::TensorProto_DataType_BOOL:
        return DType::BOOL;
    case onnx::TensorProto_DataType_FLOAT16:
        return DType::F16;
    case onnx::TensorProto_DataType_DOUBLE:
        return DType::F64;
    case onnx::TensorProto_DataType_BFLOAT16:
        return DType::BF16;
    default:
        return std::nullopt;
    }
}

QString onnxTypeName(int elemType)
{
    if (onnx::TensorProto_DataType_IsValid(elemType))
        return QString::fromStdString(
                onnx::TensorProto_DataType_Name(onnx::TensorProto_DataType(elemType)));
    return QStringLiteral("type %1").arg(elemType);
}

namespace {
template<typename Src, typename Dst>
Result<std::vector<std::byte>> narrowInts(const Src &values, std::int64_t numel,
                                          const QString &where, const char *field)
{
    std::vector<std::byte> bytes(std::size_t(numel) * sizeof(Dst));
    for (std::int64_t i = 0; i < numel; ++i) {
        const auto v = values.Get(int(i));
        if (v < std::int64_t(std::numeric_limits<Dst>::min())
            || v > std::int64_t(std::numeric_limits<Dst>::max()))
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: %2[%3] = %4 is out of range for the "
                                        "tensor's data type")
                                 .arg(argText(where), argText(QLatin1StringView(field)), argText(i),
                                      argText(v))};
        const Dst d = Dst(v);
        std::memcpy(bytes.data() + std::size_t(i) * sizeof(Dst), &d, sizeof(Dst));
    }
    return bytes;
}

template<typename Field>
std::vector<std::byte> copyField(const Field &values)
{
    std::vector<std::byte> bytes(std::size_t(values.size()) * sizeof(values.Get(0)));
    if (!bytes.empty())
        std::memcpy(bytes.data(), values.data(), bytes.size());
    return bytes;
}

Result<std::vector<std::byte>> typedFieldBytes(const onnx::TensorProto &p, DType dtype,
                                               std::int64_t numel, const QString &where)
{
    auto countError = [&](const char *field, int have) {
        return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: %2 holds %3 values, the shape needs %4")
                                                .arg(argText(where),
                                                     argText(QLatin1StringView(field)),
                                                     argText(have), argText(numel))};
    };
    switch (dtype) {
    case DType::F32:
        if (p.float_data_size() != numel)
            return countError("float_data", p.float_data_size());
        return copyField(p.float_data());
    case DType::F64:
        if (p.double_data_size() != numel)
            return countError("double_data", p.double_data_size());
        return copyField(p.double_data());
    case DType::I64:
        if (p.int64_data_size() != numel)
            return countError("int64_data", p.int64_data_size());
        return copyField(p.int64_data());
    default:
        break;
    }
    // Everything else travels in int32_data, one value (or one 16-bit pattern) per entry.
    if (p.int32_data_size() != numel)
        return countError("int32_data", p.int32_data_size());
    switch (dtype) {
    case DType::I32:
        return copyField(p.int32_data());
    case DType::I16:
        return narrowInts<decltype(p.int32_data()), std::int16_t>(p.int32_data(), numel, where,
                                                                  "int32_data");
    case DType::I8:
        return narrowInts<decltype(p.int32_data()), std::int8_t>(p.int32_data(), numel, where,
                                                                 "int32_data");
    case DType::U8:
    case DType::BOOL:
        return narrowInts<decltype(p.int32_data()), std::uint8_t>(p.int32_data(), numel, where,
                                                                  "int32_data");
    case DType::F16:
    case DType::BF16:
        return narrowInts<decltype(p.int32_data()), std::uint16_t>(p.int32_data(), numel, where,
                                                                   "int32_data");
    default:
        break;
    }
    return Error{ErrorCode::Internal, QCoreApplication::translate("pare::core", "%1: unhandled dtype").arg(where)};
}

std::optional<std::int64_t> parseNonNegative(const std::string &text)
{
    bool ok = false;
    const qint64 v = QString::fromStdString(text).trimmed().toLongLong(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return v;
}
} // namespace

Result<std::optional<Tensor>> tensorFromProto(const onnx::TensorProto &p, const QString &name,
                                              const std::shared_ptr<const onnx::ModelProto> &owner,
                                              ExternalData &external, const QString &where)
{
    const auto dtype = dtypeFromOnnx(p.data_type());
    if (!dtype)
        return std::optional<Tensor>{};
    if (p.has_segment())
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: segmented tensors are not supported").arg(where)};
    Shape shape(p.dims().begin(), p.dims().end());
    const auto numel = shapeElements(shape);
    const auto bytes = numel ? storageBytes(*dtype, *numel) : std::nullopt;
    if (!numel || !bytes)
        return Error{ErrorCode::Format,
                     QCoreApplication::translate("pare::core", "%1: invalid dims [%2]").arg(where, shapeToString(shape))};

    if (p.data_location() == onnx::TensorProto_DataLocation_EXTERNAL) {
        std::optional<QString> location;
        std::int64_t offset = 0;
        std::optional<std::int64_t> length;
        for (const auto &kv : p.external_data()) {
            if (kv.key() == "location") {
                location = QString::fromStdString(kv.value());
            } else if (kv.key() == "offset" || kv.key() == "length") {
                const auto v = parseNonNegative(kv.value());
                if (!v)
                    return Error{ErrorCode::Format,
                                 QCoreApplication::translate("pare::core", "%1: external_data %2 '%3' is not a "
                                                "non-negative integer")
                                         .arg(where, QString::fromStdString(kv.key()),
                                              QString::fromStdString(kv.value()))};
                (kv.key() == "offset" ? offset : length.emplace()) = *v;
            }
        }
        if (!location)
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: external_data has no location").arg(where)};
        if (length && *length != *bytes)
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: external_data length %2 does not match "
                                        "the %3 bytes of dims [%4]")
                                 .arg(argText(where), argText(*length), argText(*bytes),
                                      argText(shapeToString(shape)))};
        auto file = external.open(*location, where);
        if (!file)
            return file.error();
        auto t = Tensor::view(name, *dtype, shape, *file, offset,
                              QCoreApplication::translate("pare::core", "%1 (external file %2, offset %3)")
                                      .arg(argText(where), argText(*location), argText(offset)));
        if (!t)
            return t.error();
        return std::optional<Tensor>(std::move(t).value());
    }

    if (p.has_raw_data()) {
        if (std::int64_t(p.raw_data().size()) != *bytes)
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: raw_data holds %2 bytes, dims [%3] of %4 "
                                        "need %5")
                                 .arg(argText(where), argText(p.raw_data().size()),
                                      argText(shapeToString(shape)), argText(dtypeName(*dtype)),
                                      argText(*bytes))};
        auto storage = std::make_shared<ProtoBytesStorage>(owner, p.raw_data());
        auto t = Tensor::view(name, *dtype, shape, storage, 0, where);
        if (!t)
            return t.error();
        return std::optional<Tensor>(std::move(t).value());
    }

    auto data = typedFieldBytes(p, *dtype, *numel, where);
    if (!data)
        return data.error();
    auto t = Tensor::fromBytes(name, *dtype, shape, std::move(data).value(), where);
    if (!t)
        return t.error();
    return std::optional<Tensor>(std::move(t).value());
}

} // namespace pare::core::onnxio
