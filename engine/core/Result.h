#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace veil {

// What kind of failure, for code that decides by it (skip or fail, retry,
// ask again for a passphrase). People read Error::message.
enum class ErrorCode {
    Failed,        // anything not listed below
    Invalid,       // a request or setting that cannot be carried out as given
    NotFound,      // a file, entry or record that is not there
    NotDicom,      // an input that is not DICOM at all: skipped, not a failure
    Unsupported,   // DICOM Veil does not handle (transfer syntax, SOP class, layout)
    Damaged,       // bytes that contradict their own structure
    TooLarge,      // beyond a bound Veil sets to keep memory and disk in hand
    Io,            // reading or writing the disk failed
    Locked,        // another process holds the project
    BadPassphrase, // the passphrase does not open the key
    Network,       // association, transfer or status from a peer
    Cancelled,     // the user stopped the job
};

// Why something failed, in one line a person can act on. Never PHI: tags,
// sizes, codes and the input's own path only.
struct Error
{
    QString message;
    ErrorCode code = ErrorCode::Failed;
};

inline Error failure(QString message, ErrorCode code = ErrorCode::Failed)
{
    return Error{std::move(message), code};
}

// A value or the Error why there is none (in the spirit of std::expected and
// Qt Creator's Utils::Result). The engine's public API returns these;
// widgets and the CLI print error().message.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_value(value) {}
    Result(T &&value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() & { return *m_value; }
    const T &operator*() const & { return *m_value; }
    T valueOr(T fallback) const & { return ok() ? *m_value : std::move(fallback); }
    T valueOr(T fallback) && { return ok() ? std::move(*m_value) : std::move(fallback); }

    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message; } // empty when ok()
    ErrorCode code() const { return m_error.code; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Success or the Error why not.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default; // success
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }

    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message; }
    ErrorCode code() const { return m_error.code; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace veil
