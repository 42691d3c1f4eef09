#include "Database.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>

namespace loopwise {

namespace {

// SQLite primary result codes that we treat specially.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoError = 10;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool isTransientCode(int code)
{
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
    case SqliteReadOnly:
    case SqliteIoError:
    case SqliteFull:
    case SqliteCantOpen:
        return true;
    default:
        return false;
    }
}

QString describe(const QSqlError &error, const QString &statement)
{
    const QString text = error.text().trimmed();
    return statement.isEmpty() ? text : text + QStringLiteral(" [") + statement + QLatin1Char(']');
}

} // namespace

StoreError::StoreError(const QString &message, bool transient)
    : std::runtime_error(message.toStdString())
    , m_message(message)
    , m_transient(transient)
{}

SqlError::SqlError(const QSqlError &error, const QString &statement)
    : StoreError(describe(error, statement), isTransientCode(primaryCode(error)))
    , m_code(primaryCode(error))
{}

bool SqlError::isDiskFull() const
{
    return m_code == SqliteFull;
}

bool SqlError::isReadOnly() const
{
    return m_code == SqliteReadOnly || m_code == SqliteCantOpen;
}

Database::Database(const QString &path, Access access)
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("loopwise-store-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(
        access == Access::Immutable ? QUrl::fromLocalFile(path).toString() + QStringLiteral("?immutable=1") : path);
    // The lock file keeps other Loopwise instances away; a short busy wait covers readers
    // such as a teacher's SQLite browser.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=500");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    else if (access == Access::Immutable)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw SqlError(error, QString());
    }
}

Database::~Database()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::configureForWriting()
{
    const QString mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw StoreError(QStringLiteral("journal_mode is %1, not wal").arg(mode), true);
    exec(QStringLiteral("PRAGMA synchronous = FULL"));
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &args)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw SqlError(query.lastError(), sql);
    for (const QVariant &arg : args) {
        // Qt binds a null QString as SQL NULL; every text column here is NOT NULL, and an
        // absent text is simply empty.
        const bool nullText = arg.typeId() == QMetaType::QString && arg.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : arg);
    }
    if (!query.exec())
        throw SqlError(query.lastError(), sql);
    return query;
}

QVariant Database::scalar(const QString &sql, const QVariantList &args)
{
    QSqlQuery query = exec(sql, args);
    return query.next() ? query.value(0) : QVariant();
}

QString Database::integrityProblem()
{
    try {
        const QString result = scalar(QStringLiteral("PRAGMA integrity_check")).toString();
        // A badly damaged file lists thousands of problems; the first few say enough.
        return result == QLatin1String("ok") ? QString() : result.left(300);
    } catch (const SqlError &error) {
        // A busy or unreadable file says nothing about its content.
        if (error.isTransient())
            throw;
        return error.message();
    }
}

int Database::userVersion()
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

bool Database::hasSchema()
{
    return scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() > 0;
}

void Database::vacuumInto(const QString &path)
{
    exec(QStringLiteral("VACUUM INTO ?"), {path});
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a busy file fails here, not at COMMIT.
    m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    try {
        m_db.exec(QStringLiteral("ROLLBACK"));
    } catch (const SqlError &) {
        // SQLite already rolled back (e.g. after SQLITE_FULL); nothing is left to undo.
    }
}

void Transaction::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace loopwise
