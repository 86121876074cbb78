// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/jobcontext.h"
#include "model/model.h"
#include "runtime/graphops.h"
#include "runtime/weightoverrides.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

namespace pare::core {

// Runs Model::graph (ONNX, or the graph the Keras reader synthesizes) on float32 batches.
// Initializers are read once as floats, through the override map when given, so a compressed
// variant runs through the same code.
class GraphExecutor
{
public:
    static Result<GraphExecutor> create(std::shared_ptr<const Model> model,
                                        const WeightOverrides *overrides = nullptr);
    // Operators of the graph this executor cannot run (empty when all are supported).
    static QStringList unsupportedOperators(const Graph &graph);

    const GraphValue &input() const { return m_model->graph->inputs.front(); }
    // True when conv-like nodes carry "layout":"NHWC" (Keras): the input is channels-last.
    bool channelsLast() const { return m_channelsLast; }

    // Runs one batch; `input` must match the graph input's rank and known dimensions (the
    // first, batch, dimension may be anything). Returns the first graph output.
    Result<GTensor> run(const GTensor &input) const;
    // Runs in batches of `batchSize` rows over [0, rows), in parallel, reporting progress.
    Result<GTensor> runBatched(const GTensor &input, std::int64_t batchSize, JobContext &ctx) const;

    // Called before each node runs, with the node and its inputs (null for omitted optional
    // ones), on the thread running the batch: runBatched calls it from several threads at once.
    // Unset (the default), running costs one null check per node.
    using NodeInputObserver = std::function<void(const GraphNode &node, const graphops::Inputs &inputs)>;
    void setNodeInputObserver(NodeInputObserver observer);

private:
    std::shared_ptr<const Model> m_model;
    std::shared_ptr<const NodeInputObserver> m_observer;
    std::shared_ptr<const QHash<QString, GTensor>> m_constants;
    bool m_channelsLast = false;
};

} // namespace pare::core
