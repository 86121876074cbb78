// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds GGUF bytes field by field, so tests can write exactly the malformed file they need.

#include "io/ggufreader.h"
#include "tensor/storage.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <initializer_list>
#include <memory>

namespace pare::test {

class GgufBytes
{
public:
    GgufBytes &magic(const char *m = "GGUF") { m_b.append(m, 4); return *this; }
    GgufBytes &header(std::uint32_t version, std::uint64_t tensors, std::uint64_t kvs)
    {
        return magic().u32(version).u64(tensors).u64(kvs);
    }
    GgufBytes &u8(std::uint8_t v) { return raw(&v, 1); }
    GgufBytes &u32(std::uint32_t v) { return raw(&v, 4); }
    GgufBytes &u64(std::uint64_t v) { return raw(&v, 8); }
    GgufBytes &f32(float v) { return raw(&v, 4); }
    GgufBytes &str(const QByteArray &s) { u64(std::uint64_t(s.size())); m_b.append(s); return *this; }
    GgufBytes &str(const char *s) { return str(QByteArray(s)); }
    // A key with a u32 value.
    GgufBytes &kvU32(const char *key, std::uint32_t v) { return str(key).u32(4).u32(v); }
    GgufBytes &kvString(const char *key, const char *v) { return str(key).u32(8).str(v); }
    GgufBytes &tensor(const QByteArray &name, std::initializer_list<std::uint64_t> ne,
                      std::uint32_t type, std::uint64_t offset)
    {
        str(name).u32(std::uint32_t(ne.size()));
        for (std::uint64_t d : ne)
            u64(d);
        return u32(type).u64(offset);
    }
    GgufBytes &align(int a = 32)
    {
        while (m_b.size() % a)
            m_b.append('\0');
        return *this;
    }
    GgufBytes &zeros(qsizetype n) { m_b.append(QByteArray(n, '\0')); return *this; }
    GgufBytes &raw(const void *p, qsizetype n)
    {
        m_b.append(static_cast<const char *>(p), n);
        return *this;
    }

    const QByteArray &bytes() const { return m_b; }
    qsizetype size() const { return m_b.size(); }

private:
    QByteArray m_b;
};

inline std::shared_ptr<core::OwnedStorage> storageOf(const QByteArray &b, qsizetype n = -1)
{
    return core::OwnedStorage::copyOf(b.constData(), n < 0 ? b.size() : n);
}

} // namespace pare::test
