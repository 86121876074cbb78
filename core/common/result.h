// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pare::core {

// Canceled is a status, not a failure: callers check isCanceled() before showing an error.
enum class ErrorCode {
    Canceled,
    InvalidArgument, // a bad parameter, recipe field or command-line value
    Io,              // the operating system refused: open, read, write, rename
    Format,          // the file is corrupt, truncated, hostile or not what it claims
    Unsupported,     // valid, but Pare does not handle it (yet)
    NotFound,        // a named file, tensor or layer does not exist
    NotAProject,     // loadProject: the file is not a Pare project (it may still open as a model)
    Internal,        // an exception or a broken invariant inside Pare
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;

    bool isCanceled() const { return code == ErrorCode::Canceled; }
    static Error canceled(); // "Canceled", translated
};

QString errorCodeName(ErrorCode code);

// Either a value or an Error; no exceptions cross the core API.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    bool isCanceled() const { return !ok() && error().isCanceled(); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    bool isCanceled() const { return !ok() && m_error->isCanceled(); }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, const QString &message)
{
    return Error{code, message};
}

} // namespace pare::core

// Propagate an error from a Result-returning expression: PARE_TRY(r, expr);
#define PARE_TRY_VOID(expr)                                                                         \
    do {                                                                                           \
        if (auto pareTryResult_ = (expr); !pareTryResult_.ok())                                     \
            return pareTryResult_.error();                                                         \
    } while (false)
