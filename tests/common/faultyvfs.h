#pragma once

// A test-only SQLite VFS that fails the Nth write, sync or lock on one newsroom's files, the way
// SQLite's own test suite injects I/O errors (test_vfs.c, "ioerr" tests).
//
// It wraps the default VFS ("unix") and is registered as the new default: Galley's own sqlite3
// handles and Qt's QSQLITE driver go through it alike, since the Debian Qt plugin links the
// system libsqlite3 that Galley links (ldd libqsqlite.so: libsqlite3.so.0) and opens with the
// default VFS. Only files whose path starts with the armed prefix count (the newsroom file and
// its -wal, -shm and -journal); everything else is passed through untouched.
//
// A fault is armed for the Nth operation of one kind from arming on, and stays (a full disk
// stays full, a failing disk keeps failing) until disarm(), or fails that one operation only
// (a disk that had a moment's trouble).

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <cstring>

namespace galley::test {

class FaultyVfs final
{
public:
    enum class Operation {
        Write, ///< xWrite (of the database, its journal or write-ahead log)
        Sync, ///< xSync (fsync / fdatasync)
        Lock, ///< xLock taking a lock on the database, xShmLock taking a WAL lock
    };

    /// Installs the VFS as the process default (once; the first call does it).
    static bool install()
    {
        static const bool installed = [] {
            sqlite3_vfs *root = sqlite3_vfs_find(nullptr);
            if (!root)
                return false;
            state().root = root;
            sqlite3_vfs &vfs = state().vfs;
            // The root's own methods keep working on a copy of its struct: unix's reach its
            // finder through pAppData, which the copy keeps. Only open is ours.
            vfs = *root;
            vfs.zName = "galley-faulty";
            vfs.szOsFile = int(sizeof(File)) + root->szOsFile;
            vfs.pNext = nullptr;
            vfs.xOpen = &open;
            return sqlite3_vfs_register(&vfs, 1) == SQLITE_OK;
        }();
        return installed;
    }

    /// From now on, the \a n th \a operation (1-based) on a file whose path starts with \a path,
    /// and every one after it unless \a once, fails with \a errorCode.
    static void arm(const QString &path, Operation operation, int n, int errorCode, bool once = false)
    {
        State &s = state();
        s.once = once;
        s.prefix = path.toUtf8();
        s.operation = operation;
        s.failAt = n;
        s.errorCode = errorCode;
        s.count = 0;
        s.failures = 0;
    }

    /// Lifts the fault: the disk has room again.
    static void disarm() { state().failAt = 0; }

    /// How many operations of the armed kind were met since arm() (failed or not).
    [[nodiscard]] static int operations() { return state().count; }
    /// How many were failed since arm().
    [[nodiscard]] static int failures() { return state().failures; }

private:
    struct File {
        sqlite3_file base;
        sqlite3_file *real;
        const char *name; ///< SQLite keeps it valid until the file is closed
    };

    struct State {
        sqlite3_vfs vfs {};
        sqlite3_vfs *root = nullptr;
        sqlite3_io_methods methods {};
        QByteArray prefix;
        Operation operation = Operation::Write;
        int failAt = 0;
        int errorCode = SQLITE_IOERR;
        bool once = false;
        int count = 0;
        int failures = 0;
    };

    static State &state()
    {
        static State s;
        return s;
    }

    static sqlite3_file *real(sqlite3_file *file) { return reinterpret_cast<File *>(file)->real; }

    /// True when this operation is to fail.
    static bool fault(sqlite3_file *file, Operation operation)
    {
        State &s = state();
        const char *name = reinterpret_cast<File *>(file)->name;
        if (operation != s.operation || s.failAt <= 0 || !name
            || std::strncmp(name, s.prefix.constData(), size_t(s.prefix.size())) != 0)
            return false;
        if (++s.count < s.failAt || (s.once && s.count > s.failAt))
            return false;
        ++s.failures;
        return true;
    }

    static int close(sqlite3_file *file)
    {
        sqlite3_file *r = real(file);
        const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
        file->pMethods = nullptr;
        return rc;
    }
    static int read(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
    {
        return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
    }
    static int write(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
    {
        if (fault(file, Operation::Write))
            return state().errorCode;
        return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
    }
    static int truncate(sqlite3_file *file, sqlite3_int64 size)
    {
        return real(file)->pMethods->xTruncate(real(file), size);
    }
    static int sync(sqlite3_file *file, int flags)
    {
        if (fault(file, Operation::Sync))
            return state().errorCode;
        return real(file)->pMethods->xSync(real(file), flags);
    }
    static int fileSize(sqlite3_file *file, sqlite3_int64 *size)
    {
        return real(file)->pMethods->xFileSize(real(file), size);
    }
    static int lock(sqlite3_file *file, int level)
    {
        if (fault(file, Operation::Lock))
            return state().errorCode;
        return real(file)->pMethods->xLock(real(file), level);
    }
    static int unlock(sqlite3_file *file, int level) { return real(file)->pMethods->xUnlock(real(file), level); }
    static int checkReservedLock(sqlite3_file *file, int *out)
    {
        return real(file)->pMethods->xCheckReservedLock(real(file), out);
    }
    static int fileControl(sqlite3_file *file, int op, void *arg)
    {
        return real(file)->pMethods->xFileControl(real(file), op, arg);
    }
    static int sectorSize(sqlite3_file *file) { return real(file)->pMethods->xSectorSize(real(file)); }
    static int deviceCharacteristics(sqlite3_file *file)
    {
        return real(file)->pMethods->xDeviceCharacteristics(real(file));
    }
    static int shmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
    {
        return real(file)->pMethods->xShmMap(real(file), region, size, extend, out);
    }
    static int shmLock(sqlite3_file *file, int offset, int n, int flags)
    {
        if ((flags & SQLITE_SHM_LOCK) && fault(file, Operation::Lock))
            return state().errorCode;
        return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
    }
    static void shmBarrier(sqlite3_file *file) { real(file)->pMethods->xShmBarrier(real(file)); }
    static int shmUnmap(sqlite3_file *file, int deleteFlag)
    {
        return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
    }
    static int fetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
    {
        return real(file)->pMethods->xFetch(real(file), offset, amount, out);
    }
    static int unfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
    {
        return real(file)->pMethods->xUnfetch(real(file), offset, page);
    }

    static int open(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
    {
        State &s = state();
        auto *ours = reinterpret_cast<File *>(file);
        ours->real = reinterpret_cast<sqlite3_file *>(ours + 1);
        ours->real->pMethods = nullptr;
        ours->name = name;
        file->pMethods = nullptr;
        const int rc = s.root->xOpen(s.root, name, ours->real, flags, outFlags);
        const sqlite3_io_methods *inner = ours->real->pMethods;
        if (!inner)
            return rc;
        s.methods = sqlite3_io_methods {
            inner->iVersion,
            &close,
            &read,
            &write,
            &truncate,
            &sync,
            &fileSize,
            &lock,
            &unlock,
            &checkReservedLock,
            &fileControl,
            &sectorSize,
            &deviceCharacteristics,
            inner->iVersion >= 2 ? &shmMap : nullptr,
            inner->iVersion >= 2 ? &shmLock : nullptr,
            inner->iVersion >= 2 ? &shmBarrier : nullptr,
            inner->iVersion >= 2 ? &shmUnmap : nullptr,
            inner->iVersion >= 3 ? &fetch : nullptr,
            inner->iVersion >= 3 ? &unfetch : nullptr,
        };
        file->pMethods = &s.methods;
        return rc;
    }
};

} // namespace galley::test
