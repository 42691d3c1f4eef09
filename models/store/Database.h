// One SQLite connection, used by one thread (the thread that created it).
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <stdexcept>

class QSqlError;

namespace loopwise {

// A failure inside the store. Thrown by the SQL layer and caught at the edge of every
// worker operation, so that one failed step aborts the whole transaction.
class StoreError : public std::runtime_error
{
public:
    StoreError(const QString &message, bool transient);
    QString message() const { return m_message; }
    // Transient failures (full disk, read-only folder, file busy) are retried later;
    // the others would fail the same way again.
    bool isTransient() const { return m_transient; }

private:
    QString m_message;
    bool m_transient;
};

class SqlError : public StoreError
{
public:
    SqlError(const QSqlError &error, const QString &statement);
    bool isDiskFull() const;
    bool isReadOnly() const;

private:
    int m_code; // the primary SQLite result code (SQLITE_FULL = 13, ...), or -1 if unknown
};

class Database
{
public:
    // Immutable: reads a file in a folder that refuses writes (no -shm can be made there).
    enum class Access { ReadWrite, ReadOnly, Immutable };

    // Opens (or creates, for ReadWrite) the file. Throws SqlError.
    explicit Database(const QString &path, Access access = Access::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // WAL, synchronous=FULL, foreign keys. Changes the file header, so only after the
    // file has been checked and its version accepted.
    void configureForWriting();

    // Runs one prepared statement with positional arguments. Throws SqlError.
    QSqlQuery exec(const QString &sql, const QVariantList &args = {});
    // The first column of the first row, or an invalid QVariant if there is no row.
    QVariant scalar(const QString &sql, const QVariantList &args = {});

    // Empty when PRAGMA integrity_check says "ok", else the first problem it names.
    QString integrityProblem();
    int userVersion();
    bool hasSchema();
    // A consistent copy of the whole database, WAL content included.
    void vacuumInto(const QString &path);

private:
    QString m_connectionName;
};

// Rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_open = true;
};

} // namespace loopwise
