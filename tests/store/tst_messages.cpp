// The save-problem texts a learner reads in the banner: one plain sentence (what happened
// and what Loopwise does about it), no SQL or Qt wording, ending in one period. The
// technical side is kept apart for the banner's "details" control.

#include "Database.h"
#include "StoreMessages.h"
#include "storetestutil.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace loopwise;

namespace {

// Why text is not one plain sentence, or an empty string if it is.
QString sentenceProblem(const QString &text)
{
    static const QRegularExpression technical(
        QStringLiteral("\\b(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|TABLE|INTO|WHERE)\\b|sqlite|QSql|Unable to|"
                       "database is locked|no such table"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression innerSentenceEnd(QStringLiteral("[.!?:;]\\s"));
    if (text.isEmpty())
        return QStringLiteral("empty");
    if (technical.match(text).hasMatch())
        return QStringLiteral("technical words: ") + technical.match(text).captured();
    if (text.contains(QLatin1Char('\n')) || innerSentenceEnd.match(text).hasMatch())
        return QStringLiteral("more than one sentence");
    if (!text.endsWith(QLatin1Char('.')) || text.endsWith(QStringLiteral("..")))
        return QStringLiteral("does not end with exactly one period");
    return QString();
}

SqlError sqlErrorFrom(const QString &dbPath, const QString &statement)
{
    Database db(dbPath);
    try {
        db.exec(statement);
    } catch (const SqlError &error) {
        return error;
    }
    qFatal("the statement should have failed");
}

} // namespace

class TestMessages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    // The data table runs before init().
    void initTestCase() { init(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void saveProblemsAreOnePlainSentence_data()
    {
        QTest::addColumn<QString>("text");
        const QString dir = m_dir->path();
        const SqlError sql = sqlErrorFrom(m_dir->filePath(QStringLiteral("x.db")),
                                          QStringLiteral("INSERT INTO missing_table VALUES (1)"));
        QVERIFY(sql.message().contains(QStringLiteral("missing_table")));
        const StoreError plain(QStringLiteral("cannot rename /x/loopwise.db.new"), true);
        QTest::newRow("disk full") << Messages::diskFull();
        QTest::newRow("folder unwritable") << Messages::folderUnwritable(dir);
        QTest::newRow("sql error") << Messages::cannotSave(dir, sql);
        QTest::newRow("file error") << Messages::cannotSave(dir, plain);
    }

    void saveProblemsAreOnePlainSentence()
    {
        QFETCH(QString, text);
        QVERIFY2(sentenceProblem(text).isEmpty(), qPrintable(sentenceProblem(text) + QStringLiteral(": ") + text));
    }

    // The technical side is not lost: it is what the details show.
    void detailsCarryTheTechnicalSide()
    {
        const SqlError sql = sqlErrorFrom(m_dir->filePath(QStringLiteral("x.db")),
                                          QStringLiteral("INSERT INTO missing_table VALUES (1)"));
        const QString detail = Messages::cannotSaveDetail(m_dir->path(), sql);
        QVERIFY(detail.contains(sql.message()));
        QVERIFY(detail.contains(QDir::toNativeSeparators(m_dir->path())));
        QVERIFY(Messages::folderDetail(m_dir->path()).contains(QDir::toNativeSeparators(m_dir->path())));
    }

    // A real write refused mid-session (another program holds the write lock): the banner's
    // sentence is plain, the database's words are in the details.
    void busyFileShowsSentenceAndDetails()
    {
        ProgressStore store;
        store.setRetryInterval(100);
        QVERIFY(storerequests::open(store, m_dir->path()));
        QVERIFY(storetest::settle(store));
        auto blocker = std::make_unique<Database>(store.databasePath());
        blocker->exec(QStringLiteral("BEGIN IMMEDIATE"));
        QVERIFY(store.openCard(QStringLiteral("m1"), QStringLiteral("c1")));
        QTRY_VERIFY(!store.writeError().isEmpty());
        QVERIFY2(sentenceProblem(store.writeError()).isEmpty(), qPrintable(store.writeError()));
        QVERIFY2(store.writeErrorDetails().contains(QStringLiteral("database is locked")),
                 qPrintable(store.writeErrorDetails()));
        blocker.reset();
        QTRY_VERIFY_WITH_TIMEOUT(store.writeError().isEmpty() && store.writeErrorDetails().isEmpty(), 10000);
    }

    // A folder that cannot exist (its parent is a file) at start: the same shape.
    void unwritableFolderShowsSentenceAndDetails()
    {
        QVERIFY(storetest::writeAll(m_dir->filePath(QStringLiteral("file")), "x"));
        const QString data = m_dir->filePath(QStringLiteral("file/data"));
        ProgressStore store;
        QVERIFY(storerequests::open(store, data));
        QVERIFY2(sentenceProblem(store.writeError()).isEmpty(), qPrintable(store.writeError()));
        QVERIFY2(store.writeErrorDetails().contains(QDir::toNativeSeparators(data)),
                 qPrintable(store.writeErrorDetails()));
    }
};

QTEST_MAIN(TestMessages)
#include "tst_messages.moc"
