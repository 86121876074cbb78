// SPDX-License-Identifier: GPL-3.0-or-later
// Format detection by content, and the one entry point that opens any model.
#include "modelio.h"

#include "hdf5util.h"
#include "hfarch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace pare::core {

namespace {

constexpr char kHdf5Signature[] = "\x89HDF\r\n\x1a\n";
// The ONNX protobuf prefix is checked over this many leading fields.
constexpr int kOnnxFieldsChecked = 4;

Error notAModel(const QString &path, const QString &what)
{
    return Error{ErrorCode::Format,
                 QCoreApplication::translate("pare::core", "%1: not a model file Pare can read (%2)").arg(path, what)};
}

bool readAt(QFile &f, qint64 offset, char *buf, qint64 n)
{
    return f.seek(offset) && f.read(buf, n) == n;
}

// HDF5 files start with their signature at 0, or at 512, 1024, 2048, … after a user block.
qint64 hdf5SignatureOffset(QFile &f)
{
    char sig[8];
    for (qint64 off = 0; off + 8 <= f.size(); off = off == 0 ? 512 : off * 2) {
        if (readAt(f, off, sig, 8) && std::memcmp(sig, kHdf5Signature, 8) == 0)
            return off;
    }
    return -1;
}

// A Pare project file is HDF5 with a root attribute `pare_format`. Asked in a separate process:
// libhdf5 crashes and hangs on some corrupt files.
bool hasPareAttribute(const QString &path)
{
    return h5::fileHasRootAttribute(path, "pare_format");
}

bool readVarint(const unsigned char *p, qint64 n, qint64 &pos, std::uint64_t &value)
{
    value = 0;
    for (int shift = 0; shift < 64 && pos < n; shift += 7) {
        const unsigned char b = p[pos++];
        value |= std::uint64_t(b & 0x7f) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false;
}

// ONNX has no magic: accept a file whose first fields are ModelProto fields with the right wire
// types and lengths that fit the file.
bool looksLikeOnnx(const QByteArray &head, qint64 fileSize)
{
    const auto *p = reinterpret_cast<const unsigned char *>(head.constData());
    const qint64 n = head.size();
    qint64 pos = 0;
    for (int field = 0; field < kOnnxFieldsChecked && pos < n; ++field) {
        std::uint64_t tag = 0;
        if (!readVarint(p, n, pos, tag))
            return false;
        const std::uint64_t number = tag >> 3;
        const int wire = int(tag & 7);
        // ir_version 1, model_version 5: varints. producer_name 2, producer_version 3, domain 4,
        // doc_string 6, graph 7, opset_import 8, metadata_props 14, training_info 20,
        // functions 25: length-delimited.
        const bool isVarint = number == 1 || number == 5;
        const bool isBytes = number == 2 || number == 3 || number == 4 || number == 6 || number == 7
                             || number == 8 || number == 14 || number == 20 || number == 25;
        if (isVarint && wire == 0) {
            std::uint64_t v = 0;
            if (!readVarint(p, n, pos, v))
                return false;
        } else if (isBytes && wire == 2) {
            std::uint64_t len = 0;
            if (!readVarint(p, n, pos, len) || len > std::uint64_t(fileSize - pos))
                return false;
            pos += qint64(len);
        } else {
            return false;
        }
    }
    return pos > 0;
}

} // namespace

Result<ModelFormat> detectFormat(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("pare::core", "%1: no such file or directory").arg(path)};
    if (info.isDir()) {
        const QDir dir(path);
        const bool config = QFileInfo(dir.filePath(QStringLiteral("config.json"))).isFile();
        const bool weights = !dir.entryList({QStringLiteral("*.safetensors"),
                                             QStringLiteral("model.safetensors.index.json")},
                                            QDir::Files).isEmpty();
        if (config && weights)
            return ModelFormat::HuggingFaceDir;
        return notAModel(path, config ? QCoreApplication::translate("pare::core", "a directory with config.json but no *.safetensors")
                                      : QCoreApplication::translate("pare::core", "a directory without config.json"));
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot open: %2").arg(path, f.errorString())};
    const qint64 size = f.size();
    if (size == 0)
        return notAModel(path, QCoreApplication::translate("pare::core", "the file is empty"));
    const QByteArray head = f.read(4096);
    if (head.startsWith("GGUF"))
        return ModelFormat::Gguf;
    if (head.startsWith("\x93NUMPY"))
        return ModelFormat::Npy;
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return ModelFormat::Npz;
    if (hdf5SignatureOffset(f) >= 0)
        return hasPareAttribute(path) ? ModelFormat::Pare : ModelFormat::KerasH5;
    if (head.size() >= 9) {
        std::uint64_t n = 0;
        std::memcpy(&n, head.constData(), 8);
        if (n >= 2 && n <= std::uint64_t(size - 8) && head[8] == '{')
            return ModelFormat::Safetensors;
    }
    if (looksLikeOnnx(head, size))
        return ModelFormat::Onnx;
    QString what;
    if (head.size() >= 8) {
        std::uint64_t n = 0;
        std::memcpy(&n, head.constData(), 8);
        if (head.size() > 8 && head[8] == '{')
            what = QCoreApplication::translate("pare::core", "a safetensors-like header whose length %1 exceeds the file size %2")
                       .arg(n).arg(size);
    }
    if (what.isEmpty()) {
        const QByteArray first = head.left(8);
        what = QCoreApplication::translate("pare::core", "%1 bytes starting with %2, which match no supported format")
                   .arg(size).arg(QString::fromLatin1(first.toHex(' ')));
    }
    return notAModel(path, what);
}

Result<std::shared_ptr<Model>> openModel(const QString &path, JobContext &ctx)
{
    auto format = detectFormat(path);
    if (!format.ok())
        return format.error();
    Result<std::shared_ptr<Model>> r = Error{ErrorCode::Internal, QString()};
    switch (*format) {
    case ModelFormat::Safetensors: r = readSafetensors(path, ctx); break;
    case ModelFormat::HuggingFaceDir: r = readHuggingFaceDir(path, ctx); break;
    case ModelFormat::Onnx: r = readOnnx(path, ctx); break;
    case ModelFormat::KerasH5: r = readKerasH5(path, ctx); break;
    case ModelFormat::Gguf: r = readGguf(path, ctx); break;
    case ModelFormat::Npy: r = readNpy(path, ctx); break;
    case ModelFormat::Npz: r = readNpz(path, ctx); break;
    case ModelFormat::Pare: r = readPare(path, ctx); break;
    }
    if (!r.ok())
        return r;
    Model &m = **r;
    if (m.path.isEmpty())
        m.path = path;
    m.format = *format;
    if (m.family == ModelFamily::Unknown) {
        bool attention = false, embedding = false, conv = false, dense = false;
        for (const Layer &l : m.layers) {
            attention |= l.role.startsWith(QLatin1String("attn."));
            embedding |= l.op == OpKind::Embedding;
            conv |= l.op == OpKind::Conv;
            dense |= l.op == OpKind::Dense;
        }
        if (isDecoderArchitecture(m.architecture) || attention
            || (*format == ModelFormat::Gguf && !m.architecture.isEmpty()))
            m.family = ModelFamily::LanguageModel;
        else if (conv)
            m.family = ModelFamily::ConvNet;
        else if (dense || embedding)
            m.family = ModelFamily::FeedForward;
    }
    m.reindex();
    ctx.setProgress(1.0);
    return r;
}

Result<std::shared_ptr<Model>> openModel(const QString &path)
{
    JobContext ctx;
    return openModel(path, ctx);
}

} // namespace pare::core
