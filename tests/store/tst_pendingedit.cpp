// A note edit still waiting for typing to pause (the editor's debounce) is written
// whenever the session ends (logout: the app calls flushPending on commitDataRequest) and
// before an import merges another log into the store.

#include "NoteEditor.h"
#include "storetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace loopwise;

class TestPendingEdit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }

    // An editor whose save would only come after a minute of no typing.
    static void typeWithoutPause(NoteEditor &editor, ProgressStore &store, const QString &text)
    {
        editor.setStore(&store);
        editor.setKind(QStringLiteral("decision"));
        editor.setDebounceMs(60000);
        editor.setField(QStringLiteral("assumption"), text);
        QCOMPARE(editor.saveState(), NoteEditor::SaveState::Editing);
        QCOMPARE(store.note(QStringLiteral("decision")).value(QStringLiteral("assumption")).toString(), QString());
    }

    void expectStored(const QString &text)
    {
        ProgressStore reopened;
        QVERIFY(storerequests::open(reopened, path(QStringLiteral("data"))));
        QCOMPARE(reopened.note(QStringLiteral("decision")).value(QStringLiteral("assumption")).toString(), text);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void sessionEndWritesPendingEdit()
    {
        const QString text = QStringLiteral("typed just before logging out");
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, path(QStringLiteral("data"))));
            NoteEditor editor;
            typeWithoutPause(editor, store, text);
            store.flushPending();
            QCOMPARE(store.note(QStringLiteral("decision")).value(QStringLiteral("assumption")).toString(), text);
            QVERIFY(storetest::settle(store));
        }
        expectStored(text);
    }

    void importWritesPendingEditFirst()
    {
        {
            ProgressStore other;
            QVERIFY(storerequests::open(other, path(QStringLiteral("other"))));
            other.openCard(QStringLiteral("m1"), QStringLiteral("c1"));
            QVERIFY(storerequests::exported(other, [&] { other.exportProfile(path(QStringLiteral("other.json"))); }));
        }
        const QString text = QStringLiteral("typed just before importing");
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, path(QStringLiteral("data"))));
            NoteEditor editor;
            typeWithoutPause(editor, store, text);
            QVERIFY2(storerequests::imported(store, path(QStringLiteral("other.json"))), qPrintable(store.lastError()));
            QVERIFY(editor.saveState() != NoteEditor::SaveState::Editing);
            QCOMPARE(store.note(QStringLiteral("decision")).value(QStringLiteral("assumption")).toString(), text);
            QVERIFY(storetest::settle(store));
            QCOMPARE(store.profiles().size(), 2);
        }
        expectStored(text);
    }
};

QTEST_MAIN(TestPendingEdit)
#include "tst_pendingedit.moc"
