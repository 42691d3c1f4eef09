// The store's requests (open, close, profile switch, exports, import) return at once and
// answer by signal, with a busy state meanwhile; learner actions announce exactly what
// changed (progress, notes, lab runs, settings) instead of one global signal.

#include "storetestutil.h"

#include "ProfileArchive.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace loopwise;

class TestRequests : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void openAnswersBySignalWhileBusy()
    {
        ProgressStore store;
        QSignalSpy opened(&store, &ProgressStore::opened);
        QSignalSpy busy(&store, &ProgressStore::busyChanged);
        store.open(m_dir->path());
        // The call returned before the database was touched: the page can show that.
        QVERIFY(store.isBusy());
        QCOMPARE(store.busyWith(), QStringLiteral("open"));
        QVERIFY(!store.busyText().isEmpty());
        QVERIFY(!store.isReady());
        QCOMPARE(opened.count(), 0);
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.constFirst().constFirst().toBool(), true);
        QVERIFY(store.isReady());
        QVERIFY(!store.isBusy());
        QCOMPARE(store.busyWith(), QString());
        QCOMPARE(busy.count(), 2);
    }

    void openRefusedAnswersFalse()
    {
        ProgressStore first;
        QVERIFY(storerequests::open(first, m_dir->path()));
        ProgressStore second;
        QSignalSpy opened(&second, &ProgressStore::opened);
        second.open(m_dir->path());
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.constFirst().constFirst().toBool(), false);
        QVERIFY(!second.lastError().isEmpty());
        QVERIFY(!second.isReady());
    }

    void closeStopsActionsAtOnceAndAnswers()
    {
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        store.openModule(QStringLiteral("intro"));
        QSignalSpy closed(&store, &ProgressStore::closed);
        store.close();
        QVERIFY(!store.isReady());
        QCOMPARE(store.busyWith(), QStringLiteral("close"));
        QVERIFY(!store.openModule(QStringLiteral("intro"))); // refused, not lost in a closing store
        QTRY_COMPARE(closed.count(), 1);
        QCOMPARE(closed.constFirst().constFirst().toBool(), true);
        QCOMPARE(store.pendingWrites(), 0);
        QVERIFY(!store.isBusy());
        // The write sent before the close landed.
        QVERIFY(storerequests::open(store, m_dir->path()));
        QCOMPARE(store.moduleStatus(QStringLiteral("intro")), QStringLiteral("in-progress"));
    }

    void switchAnswersWithTheOtherProfilesData()
    {
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        const QString first = store.currentProfileId();
        const QString second = store.createProfile(QStringLiteral("Bob"));
        QVERIFY(storerequests::switchTo(store, second));
        store.markComplete(QStringLiteral("intro"));
        QVERIFY(storetest::settle(store));

        QSignalSpy switched(&store, &ProgressStore::profileSwitched);
        QSignalSpy reset(&store, &ProgressStore::profileDataReset);
        QVERIFY(store.switchProfile(first));
        QCOMPARE(store.busyWith(), QStringLiteral("switch"));
        // Until the answer comes, the page shows (and writes to) the profile it had.
        QCOMPARE(store.currentProfileId(), second);
        store.openModule(QStringLiteral("training"));
        QTRY_COMPARE(switched.count(), 1);
        QCOMPARE(switched.constFirst().constFirst().toString(), first);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(store.currentProfileId(), first);
        QCOMPARE(store.moduleStatus(QStringLiteral("intro")), QStringLiteral("not-started"));
        QVERIFY(!store.isBusy());

        QVERIFY(storerequests::switchTo(store, second));
        QCOMPARE(store.moduleStatus(QStringLiteral("intro")), QStringLiteral("completed"));
        QCOMPARE(store.moduleStatus(QStringLiteral("training")), QStringLiteral("in-progress"));
        // Switching to the profile shown answers too, without loading anything.
        QVERIFY(storerequests::switchTo(store, second));
    }

    void everyExportAnswersWithItsFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("markdown") << QStringLiteral("markdown");
        QTest::newRow("pdf") << QStringLiteral("pdf");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xapi") << QStringLiteral("xapi");
        QTest::newRow("profile") << QStringLiteral("profile");
    }

    void everyExportAnswersWithItsFormat()
    {
        QFETCH(QString, format);
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        store.saveNote(QStringLiteral("decision"), {{QStringLiteral("assumption"), QStringLiteral("Labels hold")}});
        store.openModule(QStringLiteral("intro"));
        const QString file = path(QStringLiteral("export.") + format);

        QSignalSpy finished(&store, &ProgressStore::exportFinished);
        if (format == QStringLiteral("markdown"))
            store.exportNoteMarkdown(QStringLiteral("decision"), file);
        else if (format == QStringLiteral("pdf"))
            store.exportNotePdf(QStringLiteral("decision"), file);
        else if (format == QStringLiteral("csv"))
            store.exportProgressCsv(file);
        else if (format == QStringLiteral("xapi"))
            store.exportXapi(file);
        else
            store.exportProfile(file);
        QCOMPARE(store.busyWith(), QStringLiteral("export"));
        QTRY_COMPARE(finished.count(), 1);
        const QList<QVariant> result = finished.constFirst();
        QCOMPARE(result.at(0).toString(), format);
        QCOMPARE(result.at(1).toString(), file);
        QVERIFY2(result.at(2).toBool(), qPrintable(result.at(3).toString()));
        QCOMPARE(result.at(3).toString(), QString());
        QVERIFY(!store.isBusy());
        QVERIFY(!storetest::readAll(file).isEmpty());
        if (format == QStringLiteral("pdf"))
            QVERIFY(storetest::readAll(file).startsWith("%PDF-"));
    }

    void failedExportAnswersWithTheReason()
    {
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        QSignalSpy finished(&store, &ProgressStore::exportFinished);
        store.exportNoteMarkdown(QStringLiteral("diary"), path(QStringLiteral("x.md")));
        store.exportXapi(path(QStringLiteral("no/such/dir/x.jsonl")));
        QTRY_COMPARE(finished.count(), 2);
        for (const QList<QVariant> &result : std::as_const(finished)) {
            QCOMPARE(result.at(2).toBool(), false);
            QVERIFY(!result.at(3).toString().isEmpty());
        }
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("markdown"));
        QCOMPARE(finished.at(1).at(0).toString(), QStringLiteral("xapi"));
        QCOMPARE(store.lastError(), finished.at(1).at(3).toString());
    }

    void importAnswersAndShowsTheMergedProfile()
    {
        QString ada;
        {
            ProgressStore a;
            QVERIFY(storerequests::open(a, path(QStringLiteral("deviceA"))));
            ada = a.currentProfileId();
            a.markComplete(QStringLiteral("intro"));
            QVERIFY(storerequests::exported(a, [&] { a.exportProfile(path(QStringLiteral("ada.json"))); }));
            // A later file with more in it: an import that adds nothing is no success.
            a.openCard(QStringLiteral("training"), QStringLiteral("card-2"));
            QVERIFY(storerequests::exported(a, [&] { a.exportProfile(path(QStringLiteral("ada-later.json"))); }));
        }
        ProgressStore b;
        QVERIFY(storerequests::open(b, path(QStringLiteral("deviceB"))));
        QSignalSpy imported(&b, &ProgressStore::importFinished);
        QSignalSpy profiles(&b, &ProgressStore::profilesChanged);
        b.importProfile(path(QStringLiteral("ada.json")));
        QCOMPARE(b.busyWith(), QStringLiteral("import"));
        QTRY_COMPARE(imported.count(), 1);
        QCOMPARE(imported.constFirst().at(0).toString(), path(QStringLiteral("ada.json")));
        QVERIFY2(imported.constFirst().at(1).toBool(), qPrintable(imported.constFirst().at(2).toString()));
        QVERIFY(profiles.count() >= 1);
        QCOMPARE(b.profiles().size(), 2);
        QVERIFY(!b.isBusy());

        // Imported into the profile on screen: its data is reloaded, and what the learner
        // did while the import ran is kept on screen too.
        QVERIFY(storerequests::switchTo(b, ada));
        QCOMPARE(b.moduleStatus(QStringLiteral("intro")), QStringLiteral("completed"));
        b.markIncomplete(QStringLiteral("intro"));
        QSignalSpy reset(&b, &ProgressStore::profileDataReset);
        b.importProfile(path(QStringLiteral("ada-later.json")));
        b.openCard(QStringLiteral("training"), QStringLiteral("card-1"));
        QTRY_COMPARE(imported.count(), 2);
        QVERIFY(imported.at(1).at(1).toBool());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(b.moduleStatus(QStringLiteral("intro")), QStringLiteral("in-progress"));
        QCOMPARE(b.openedCards(QStringLiteral("training")).size(), 2);
        QVERIFY(b.openedCards(QStringLiteral("training")).contains(QStringLiteral("card-1")));
    }

    void badImportAnswersWithTheReason()
    {
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        QSignalSpy imported(&store, &ProgressStore::importFinished);
        store.importProfile(path(QStringLiteral("nope.json")));
        QTRY_COMPARE(imported.count(), 1);
        QCOMPARE(imported.constFirst().at(1).toBool(), false);
        QVERIFY(imported.constFirst().at(2).toString().contains(QStringLiteral("nope.json")));
        QCOMPARE(store.lastError(), imported.constFirst().at(2).toString());
    }

    // Each learner action names what it changed, and nothing else fires.
    void actionsAnnounceWhatChanged()
    {
        ProgressStore store;
        QVERIFY(storerequests::open(store, m_dir->path()));
        QSignalSpy progress(&store, &ProgressStore::progressChanged);
        QSignalSpy notes(&store, &ProgressStore::notesChanged);
        QSignalSpy labRuns(&store, &ProgressStore::labRunsChanged);
        QSignalSpy settings(&store, &ProgressStore::settingsChanged);
        QSignalSpy revision(&store, &ProgressStore::revisionChanged);
        QSignalSpy reset(&store, &ProgressStore::profileDataReset);

        store.openCard(QStringLiteral("intro"), QStringLiteral("card-1"));
        QCOMPARE(progress.count(), 1);
        QCOMPARE(progress.constFirst().constFirst().toString(), QStringLiteral("intro"));
        QCOMPARE(revision.count(), 1);

        store.saveNote(QStringLiteral("model"), {{QStringLiteral("baseline"), QStringLiteral("majority class")}});
        QCOMPARE(notes.count(), 1);
        QCOMPARE(notes.constFirst().constFirst().toString(), QStringLiteral("model"));

        store.saveLabRun(QStringLiteral("network"), QStringLiteral("{}"), QStringLiteral("{}"), QStringLiteral("run"));
        QCOMPARE(labRuns.count(), 1);
        QCOMPARE(labRuns.constFirst().constFirst().toString(), QStringLiteral("network"));

        store.setSetting(QStringLiteral("darkTheme"), true);
        QCOMPARE(settings.count(), 1);
        QCOMPARE(settings.constFirst().constFirst().toString(), QStringLiteral("darkTheme"));

        // A note, a lab run or a setting is not progress: bindings on progress stay put.
        QCOMPARE(progress.count(), 1);
        QCOMPARE(revision.count(), 1);
        QCOMPARE(notes.count(), 1);
        QCOMPARE(labRuns.count(), 1);
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_MAIN(TestRequests)
#include "tst_requests.moc"
