// Replays files through a fuzz target's LLVMFuzzerTestOneInput() without libFuzzer: the ctest
// test "fuzz_<target>" of every build runs the seed corpus and every input a fuzzing run ever
// saved under tests/data/fuzz-regressions/<target>/ (tools/fuzz.sh), so a crash or a broken
// invariant once found stays fixed. Arguments: files or folders (read recursively); a folder
// that does not exist is skipped (a target with no regressions yet has none). Fails when an
// input fails (the target aborts) or when no input was found at all.

#include "fuzzsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (info.isFile()) {
            files.append(path);
            continue;
        }
        if (!info.isDir()) {
            std::printf("fuzz replay: %s does not exist, skipped\n", qUtf8Printable(path));
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        std::sort(found.begin(), found.end());
        files += found;
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "fuzz replay: no input found in the arguments\n");
        return 1;
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "fuzz replay: cannot read %s: %s\n", qUtf8Printable(path), qUtf8Printable(file.errorString()));
            return 1;
        }
        const QByteArray data = file.readAll();
        std::printf("fuzz replay: %s (%lld bytes)\n", qUtf8Printable(path), static_cast<long long>(data.size()));
        std::fflush(stdout);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
    }
    std::printf("fuzz replay: %lld inputs passed\n", static_cast<long long>(files.size()));
    return 0;
}
