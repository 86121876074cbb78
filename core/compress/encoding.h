// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "compress/quantizer.h"
#include "tensor/tensor.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace pare::core {

enum class EncodingKind : std::uint8_t { Dense, Csr, Bitmap, NM, LowRank };
QString encodingKindName(EncodingKind k);

// One named array of an encoding, as Pare's safetensors form stores it ("<tensor>.<name>").
struct EncodedPart
{
    QString name;  // "values", "scales", "row_ptr", "a.values", …
    QString dtype; // safetensors dtype name: U8, U16, U32, F16, BF16, F32, F8_E4M3, F8_E5M2
    Shape shape;
    QByteArray bytes;
};

// A compressed weight: an out × in matrix (see weightmatrix.h) in one of five encodings, with
// its exact byte count. Every byte the encoding writes is one of its parts; exactBytes() is
// their sum, and serialize() adds only a self-describing header.
struct EncodedTensor
{
    EncodingKind kind = EncodingKind::Dense;
    std::int64_t rows = 0; // logical matrix, before structural removal
    std::int64_t cols = 0;
    std::vector<std::uint32_t> keptRows; // output channels stored (empty: all)
    std::vector<std::uint32_t> keptCols; // input columns stored (empty: all)

    ValueBlock values;                 // Dense, Csr, Bitmap, NM: the stored values
    std::int64_t nonZeros = 0;         // Csr, Bitmap: stored values
    int indexBits = 0;                 // Csr: 16 or 32; NM: bits per in-run index
    std::vector<std::uint32_t> rowPtr; // Csr: storedRows + 1 offsets
    std::vector<std::uint8_t> indices; // Csr: little-endian column indices; NM: packed in-run indices
    std::vector<std::uint8_t> bitmap;  // Bitmap: storedRows × storedCols bits, LSB first
    int n = 0, m = 0;                  // NM
    int rank = 0;                      // LowRank
    ValueBlock factorA;                // storedRows × rank
    ValueBlock factorB;                // rank × storedCols

    std::int64_t storedRows() const { return keptRows.empty() ? rows : std::int64_t(keptRows.size()); }
    std::int64_t storedCols() const { return keptCols.empty() ? cols : std::int64_t(keptCols.size()); }
    // Weights a kernel multiplies per position: non-zeros, kept N:M values, r·(m+n) or stored.
    std::int64_t effectiveElements() const;
    std::int64_t exactBytes() const;
    // Row offsets of `values` (of factorA / factorB for LowRank).
    std::vector<std::int64_t> valueRows() const;

    std::vector<float> decode() const; // rows × cols, removed rows / columns as zeros
    std::vector<EncodedPart> parts() const;
    QJsonObject describe() const; // the __metadata__ entry: how to read the parts
    QByteArray serialize() const;
    // Validates everything: sizes, index ranges, offsets. `context` prefixes messages.
    static Result<EncodedTensor> deserialize(const QByteArray &bytes, const QString &context = {});
    static Result<EncodedTensor> fromParts(const QJsonObject &description, const std::vector<EncodedPart> &parts,
                                           const QString &context = {});
};

// Builders. `matrix` is storedRows × storedCols; spec null keeps F32 values.
Result<EncodedTensor> encodeDense(const float *matrix, std::int64_t rows, std::int64_t cols, const QuantSpec *spec,
                                  ErrorAccumulator *errors, JobContext &ctx);
// Zeros are dropped: CSR (16- or 32-bit column indices) or a bitmap, whichever is smaller; dense
// if that is smaller still. Kept values are quantized in stream groups.
Result<EncodedTensor> encodeSparse(const float *matrix, std::int64_t rows, std::int64_t cols, const QuantSpec *spec,
                                   JobContext &ctx);
Result<EncodedTensor> encodeNM(const float *matrix, std::int64_t rows, std::int64_t cols, int n, int m,
                               const QuantSpec *spec, JobContext &ctx);
Result<EncodedTensor> encodeLowRank(const std::vector<float> &a, const std::vector<float> &b, std::int64_t rows,
                                    std::int64_t cols, int rank, const QuantSpec *spec, JobContext &ctx);

// Analytic byte counts (no data needed): what the builders above produce.
std::int64_t denseEncodedBytes(std::int64_t rows, std::int64_t cols, const QuantSpec *spec);
std::int64_t csrEncodedBytes(std::int64_t rows, std::int64_t cols, std::int64_t nonZeros, const QuantSpec *spec);
std::int64_t bitmapEncodedBytes(std::int64_t rows, std::int64_t cols, std::int64_t nonZeros, const QuantSpec *spec);
std::int64_t sparseEncodedBytes(std::int64_t rows, std::int64_t cols, std::int64_t nonZeros, const QuantSpec *spec);
std::int64_t nmEncodedBytes(std::int64_t rows, std::int64_t cols, int n, int m, const QuantSpec *spec);
std::int64_t lowRankEncodedBytes(std::int64_t rows, std::int64_t cols, int rank, const QuantSpec *spec);
std::int64_t keptIndexBytes(std::int64_t keptRows, std::int64_t keptCols); // 4 bytes per index listed
int nmIndexBits(int m);

} // namespace pare::core
