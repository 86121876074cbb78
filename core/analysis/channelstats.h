// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/jobcontext.h"
#include "model/layer.h"
#include "tensor/tensor.h"

#include <cstdint>
#include <vector>

namespace pare::core {

// Ranges of each output channel of a layer's weight (rows for OutIn, columns for InOut,
// dim 0 for ConvOIHW, the last dim for ConvHWIO, groups × dim 1 for ConvTransposeIOHW, the
// next-to-last dim for ConvTransposeHWOI; see OutInMap). NaN and Inf are left out of the figures.
struct ChannelStats
{
    std::int64_t channels = 0;
    std::int64_t perChannel = 0; // elements per channel
    std::vector<float> min;
    std::vector<float> max;
    std::vector<float> absMax;
    std::vector<double> l2Norm;
    std::vector<double> zeroFraction; // exact zeros of the channel's elements

    std::int64_t deadChannels() const; // channels whose elements are all exactly zero
    double medianAbsMax() const;
};

// `groups`: the layer's convolution groups (only transposed convolutions need them).
Result<ChannelStats> computeChannelStats(const Tensor &weight, WeightLayout layout,
                                         JobContext &ctx, int groups = 1);

} // namespace pare::core
