#pragma once

// A test-only relay between Galley and a PostgreSQL server's Unix socket that stops the server
// at a chosen step: it reads the messages the client sends (the frontend protocol,
// https://www.postgresql.org/docs/15/protocol-message-formats.html) and counts each statement
// round trip (a simple Query, or the Sync that ends an extended-protocol exchange); when the
// Nth one since arm() arrives, it runs the given stop command (pg_ctl stop -m immediate) before
// passing that message on, so the server goes away between step N-1 and step N of whatever
// the client was doing. Plain POSIX sockets and threads: no Qt Network in the test.

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <list>
#include <mutex>
#include <thread>

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

namespace galley::test {

class StoppingProxy final
{
public:
    /// Relays connections made to \a listenPath to the server's socket \a serverPath; \a stop
    /// stops the server (and returns when it is down).
    StoppingProxy(QString serverPath, QString listenPath, std::function<void()> stop)
        : m_serverPath(std::move(serverPath))
        , m_listenPath(std::move(listenPath))
        , m_stop(std::move(stop))
    {
    }
    ~StoppingProxy()
    {
        m_quit = true;
        if (m_accepting.joinable())
            m_accepting.join();
        for (std::thread &relay : m_relays)
            relay.join();
        if (m_listener >= 0)
            ::close(m_listener);
        ::unlink(m_listenPath.toLocal8Bit().constData());
    }
    StoppingProxy(const StoppingProxy &) = delete;
    StoppingProxy &operator=(const StoppingProxy &) = delete;

    [[nodiscard]] bool listen(QString *error)
    {
        const sockaddr_un address = socketAddress(m_listenPath);
        m_listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
        ::unlink(address.sun_path);
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_listener, 16) != 0) {
            *error = QStringLiteral("cannot listen on %1: %2").arg(m_listenPath, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        m_accepting = std::thread([this] { acceptLoop(); });
        return true;
    }

    /// Stops the server when the \a n th statement from now arrives (1-based).
    void arm(int n)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_count = 0;
        m_stopAt = n;
        m_fired = false;
    }
    /// Counts on, stops nothing.
    void disarm()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopAt = 0;
    }
    /// How many statements arrived since arm().
    [[nodiscard]] int statements()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_count;
    }
    /// Whether the server was stopped since arm().
    [[nodiscard]] bool fired()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_fired;
    }

private:
    static sockaddr_un socketAddress(const QString &path)
    {
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray bytes = path.toLocal8Bit();
        std::strncpy(address.sun_path, bytes.constData(), sizeof address.sun_path - 1);
        return address;
    }

    static bool sendAll(int fd, const char *data, qsizetype size)
    {
        while (size > 0) {
            const ssize_t sent = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
            if (sent <= 0)
                return false;
            data += sent;
            size -= sent;
        }
        return true;
    }

    void acceptLoop()
    {
        while (!m_quit) {
            pollfd waiting { m_listener, POLLIN, 0 };
            if (::poll(&waiting, 1, 100) <= 0)
                continue;
            const int client = ::accept(m_listener, nullptr, nullptr);
            if (client < 0)
                continue;
            m_relays.emplace_back([this, client] { relay(client); });
        }
    }

    /// True when the message the client sends now must not reach the server (it was stopped).
    bool count()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        ++m_count;
        if (m_stopAt <= 0 || m_count < m_stopAt)
            return false;
        m_stopAt = 0;
        m_fired = true;
        m_stop();
        return true;
    }

    void relay(int client)
    {
        const int server = ::socket(AF_UNIX, SOCK_STREAM, 0);
        const sockaddr_un address = socketAddress(m_serverPath);
        if (server < 0 || ::connect(server, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            ::close(client);
            if (server >= 0)
                ::close(server);
            return;
        }
        QByteArray pending; // what the client sent that is not a whole message yet
        bool started = false; // past the startup packet (untyped), into typed messages
        char buffer[65536];
        bool open = true;
        while (open && !m_quit) {
            pollfd fds[2] = { { client, POLLIN, 0 }, { server, POLLIN, 0 } };
            if (::poll(fds, 2, 100) <= 0)
                continue;
            if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t got = ::recv(server, buffer, sizeof buffer, 0);
                open = got > 0 && sendAll(client, buffer, got);
            }
            if (open && (fds[0].revents & (POLLIN | POLLHUP | POLLERR))) {
                const ssize_t got = ::recv(client, buffer, sizeof buffer, 0);
                open = got > 0;
                if (open)
                    pending.append(buffer, qsizetype(got));
                // Whole messages only: a typed one is 1 byte of type and a length that counts
                // itself; the startup packet (and an SSL or GSS request before it) has no type.
                while (open) {
                    const qsizetype header = started ? 5 : 4;
                    if (pending.size() < header)
                        break;
                    const auto *bytes = reinterpret_cast<const uchar *>(pending.constData()) + (started ? 1 : 0);
                    const qsizetype length = (qsizetype(bytes[0]) << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3];
                    const qsizetype total = length + (started ? 1 : 0);
                    if (length < 4 || pending.size() < total)
                        break;
                    const char type = pending.at(0);
                    if (!started) {
                        const quint32 code = (quint32(uchar(pending.at(4))) << 24) | (uchar(pending.at(5)) << 16)
                            | (uchar(pending.at(6)) << 8) | uchar(pending.at(7));
                        started = code == 196608; // protocol 3.0: the startup message
                    } else if ((type == 'Q' || type == 'S') && count()) {
                        open = false;
                        break;
                    }
                    open = sendAll(server, pending.constData(), total);
                    pending.remove(0, total);
                }
            }
        }
        ::close(server);
        ::close(client);
    }

    const QString m_serverPath;
    const QString m_listenPath;
    const std::function<void()> m_stop;
    int m_listener = -1;
    std::atomic<bool> m_quit { false };
    std::thread m_accepting;
    std::list<std::thread> m_relays; ///< touched by the accepting thread only, until it is joined
    std::mutex m_mutex;
    int m_count = 0;
    int m_stopAt = 0;
    bool m_fired = false;
};

} // namespace galley::test
