#pragma once

#include <QStringList>

namespace galley {

/// `galley watch --db LOCATION [--json]`: prints one line per change others make in the
/// newsroom as it arrives (a team server's announcements; on a newsroom file, that another
/// process committed), for scripts such as a publishing bot or a chat relay. A lost server is
/// said on stderr and tried again until it is back. Runs until SIGINT or SIGTERM, then exits 0.
/// \a arguments hold the program name and the options (the word "watch" removed).
[[nodiscard]] int runWatchCommand(const QStringList &arguments);

} // namespace galley
