// Small helpers shared by the store tests.
#pragma once

#include "../common/StoreRequests.h"
#include "Database.h"
#include "ProgressStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>

namespace storetest {

inline QString fixture(const QString &name)
{
    return QStringLiteral(LOOPWISE_STORE_FIXTURES "/") + name;
}

inline QString helperPath()
{
    return QStringLiteral(LOOPWISE_STORE_HELPER);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Runs the statements of a frozen schema file (fixtures/schema_*.sql) on db.
inline void applyFixture(loopwise::Database &db, const QString &name)
{
    const QString ddl = QString::fromUtf8(readAll(fixture(name)));
    QVERIFY2(!ddl.isEmpty(), qPrintable(name));
    QStringList lines = ddl.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("--")); });
    const QStringList statements = lines.join(QLatin1Char('\n')).split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        if (!statement.trimmed().isEmpty())
            db.exec(statement);
    }
}

// Waits until every queued write has landed (or failed for good).
inline bool settle(loopwise::ProgressStore &store, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&store] { return store.pendingWrites() == 0; }, timeoutMs);
}

// Every row of every table, for "nothing changed" checks. Test code only: the table names
// come from sqlite_master, so building the statement from them is safe here.
inline QStringList dumpTables(const QString &dbPath)
{
    loopwise::Database db(dbPath, loopwise::Database::Access::ReadOnly);
    QStringList tables;
    QSqlQuery names = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (names.next())
        tables.append(names.value(0).toString());
    QStringList rows;
    for (const QString &table : tables) {
        QSqlQuery query = db.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1"));
        while (query.next()) {
            QStringList values{table};
            const int columns = query.record().count();
            for (int i = 0; i < columns; ++i)
                values.append(query.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

inline int count(const QString &dbPath, const QString &sql, const QVariantList &args = {})
{
    loopwise::Database db(dbPath, loopwise::Database::Access::ReadOnly);
    return db.scalar(sql, args).toInt();
}

} // namespace storetest
