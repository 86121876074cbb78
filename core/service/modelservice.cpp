// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelservice.h"

#include "io/modelio.h"
#include "jobs/jobrunner.h"

namespace pare::core {

QFuture<Result<ModelPtr>> openModelAsync(const QString &path)
{
    return runJob([path](JobContext &ctx) -> Result<ModelPtr> {
        auto r = openModel(path, ctx);
        if (!r.ok())
            return r.error();
        return ModelPtr(std::move(r).value());
    });
}

} // namespace pare::core
