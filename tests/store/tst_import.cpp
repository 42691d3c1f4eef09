// One profile moves to another device and back: export, import into a fresh store, import
// again, merge edits from both sides. Broken or hostile files are refused with nothing changed.

#include "ProfileArchive.h"
#include "StoreSession.h"
#include "storetestutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace loopwise;
using storetest::settle;

namespace {

// Everything a profile has, as the facade shows it.
QVariantMap snapshot(const ProgressStore &store)
{
    QVariantMap s;
    for (const QString &module : {QStringLiteral("m1"), QStringLiteral("m2")}) {
        s.insert(module + QStringLiteral(".progress"), store.moduleProgress(module));
        s.insert(module + QStringLiteral(".cards"), store.openedCards(module));
    }
    for (const QString &kind : noteKinds())
        s.insert(kind, store.noteRevisions(kind));
    s.insert(QStringLiteral("labs"), store.labRuns(QStringLiteral("network")));
    s.insert(QStringLiteral("language"), store.setting(QStringLiteral("language")));
    s.insert(QStringLiteral("name"), store.currentProfileName());
    return s;
}

// A valid export to start hostile variations from.
QJsonObject validArchive()
{
    const QJsonObject note{{QStringLiteral("kind"), QStringLiteral("reflection")},
                           {QStringLiteral("fields"), QJsonObject{{QStringLiteral("text"), QStringLiteral("ok")}}}};
    return {
        {QStringLiteral("format"), QStringLiteral("loopwise-profile")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("profile"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("2b0c1e6a-4a8f-4d7e-9a55-1f0e6c1d2a3b")},
                     {QStringLiteral("name"), QStringLiteral("Imported")},
                     {QStringLiteral("createdAt"), QStringLiteral("2024-05-01T09:30:00.000Z")}}},
        {QStringLiteral("events"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("9d2f7c1e-1b3a-4c5d-8e6f-7a8b9c0d1e2f")},
                         {QStringLiteral("kind"), QStringLiteral("card.opened")},
                         {QStringLiteral("module"), QStringLiteral("m1")},
                         {QStringLiteral("at"), QStringLiteral("2024-05-01T09:31:00.000Z")},
                         {QStringLiteral("payload"), QJsonObject{{QStringLiteral("cardId"), QStringLiteral("c1")}}}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b")},
                         {QStringLiteral("kind"), QStringLiteral("note.saved")},
                         {QStringLiteral("at"), QStringLiteral("2024-05-01T09:32:00.000Z")},
                         {QStringLiteral("payload"), note}}}},
    };
}

QJsonObject eventAt(const QJsonObject &archive, int index)
{
    return archive.value(QLatin1String("events")).toArray().at(index).toObject();
}

QJsonObject withEvent(QJsonObject archive, int index, const QJsonObject &replacement)
{
    QJsonArray events = archive.value(QLatin1String("events")).toArray();
    events.replace(index, replacement);
    archive.insert(QStringLiteral("events"), events);
    return archive;
}

QJsonObject withPayload(int index, const QString &key, const QJsonValue &value)
{
    const QJsonObject archive = validArchive();
    QJsonObject e = eventAt(archive, index);
    QJsonObject payload = e.value(QLatin1String("payload")).toObject();
    payload.insert(key, value);
    e.insert(QStringLiteral("payload"), payload);
    return withEvent(archive, index, e);
}

QJsonObject withEventField(int index, const QString &key, const QJsonValue &value)
{
    const QJsonObject archive = validArchive();
    QJsonObject e = eventAt(archive, index);
    e.insert(key, value);
    return withEvent(archive, index, e);
}

QJsonObject withProfileField(const QString &key, const QJsonValue &value)
{
    QJsonObject archive = validArchive();
    QJsonObject profile = archive.value(QLatin1String("profile")).toObject();
    profile.insert(key, value);
    archive.insert(QStringLiteral("profile"), profile);
    return archive;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Device A with one learner who did a bit of everything.
    QString fillDeviceA(ProgressStore &a)
    {
        a.renameProfile(a.currentProfileId(), QStringLiteral("Ada"));
        a.openModule(QStringLiteral("m1"));
        a.openCard(QStringLiteral("m1"), QStringLiteral("c1"));
        a.answerQuestion(QStringLiteral("m1"), QStringLiteral("q1"), QStringLiteral("A"), false);
        a.addTimeSpent(QStringLiteral("m1"), 42);
        a.setReadingPosition(QStringLiteral("m1"), QStringLiteral("s2"));
        a.markComplete(QStringLiteral("m1"));
        a.markIncomplete(QStringLiteral("m2"));
        const QString first
            = a.saveNote(QStringLiteral("decision"), {{QStringLiteral("assumption"), QStringLiteral("v1")}});
        a.saveNote(QStringLiteral("decision"), {{QStringLiteral("assumption"), QStringLiteral("v2")}});
        a.restoreRevision(QStringLiteral("decision"), first);
        a.saveNote(QStringLiteral("model"), {{QStringLiteral("rollback"), QStringLiteral("keep v0 warm")}});
        a.saveLabRun(QStringLiteral("network"), QStringLiteral("{\"lr\":0.03}"), QStringLiteral("{\"acc\":0.91}"),
                     QStringLiteral("best"));
        a.setSetting(QStringLiteral("language"), QStringLiteral("de"));
        return a.currentProfileId();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void exportImportRoundTripAndIdempotence()
    {
        ProgressStore a;
        QVERIFY(storerequests::open(a, path(QStringLiteral("deviceA"))));
        const QString ada = fillDeviceA(a);
        QVERIFY(storerequests::exported(a, [&] { a.exportProfile(path(QStringLiteral("ada.json"))); }));
        const QVariantMap expected = snapshot(a);

        ProgressStore b;
        QVERIFY(storerequests::open(b, path(QStringLiteral("deviceB"))));
        QVERIFY2(storerequests::imported(b, path(QStringLiteral("ada.json"))), qPrintable(b.lastError()));
        QCOMPARE(b.profiles().size(), 2);
        QVERIFY(storerequests::switchTo(b, ada));
        QCOMPARE(snapshot(b), expected);
        QVERIFY(settle(b));

        QVERIFY2(b.importSummary().contains(QStringLiteral("were imported from")), qPrintable(b.importSummary()));
        QVERIFY(b.importSummary().contains(QStringLiteral("into the new profile “Ada”.")));

        // A second import adds nothing, so it does not report success, and says why.
        const QString dbB = StoreSession::databasePath(path(QStringLiteral("deviceB")));
        const QStringList once = storetest::dumpTables(dbB);
        QVERIFY(!storerequests::imported(b, path(QStringLiteral("ada.json"))));
        QVERIFY2(b.lastError().startsWith(QStringLiteral("Nothing was imported from")), qPrintable(b.lastError()));
        QVERIFY(b.lastError().contains(QStringLiteral("were skipped because this profile has them already.")));
        QCOMPARE(storetest::dumpTables(dbB), once);
        QCOMPARE(snapshot(b), expected);

        // The same file into its own device changes nothing either.
        QVERIFY(settle(a));
        const QString dbA = StoreSession::databasePath(path(QStringLiteral("deviceA")));
        const QStringList own = storetest::dumpTables(dbA);
        QVERIFY(!storerequests::imported(a, path(QStringLiteral("ada.json"))));
        QCOMPARE(storetest::dumpTables(dbA), own);
    }

    // A device with a wrong clock dated a note 2099. The import sets the date to the time
    // of the import and says so; the note saved next is the current one, also after a restart.
    void farFutureDateNeverHidesNewerNotes()
    {
        QJsonObject archive = validArchive();
        QJsonObject note = eventAt(archive, 1);
        note.insert(QStringLiteral("at"), QStringLiteral("2099-01-01T00:00:00.000Z"));
        archive = withEvent(archive, 1, note);
        QVERIFY(storetest::writeAll(path(QStringLiteral("future.json")), json(archive)));

        const QString data = path(QStringLiteral("data"));
        const QString imported = QStringLiteral("2b0c1e6a-4a8f-4d7e-9a55-1f0e6c1d2a3b");
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, data));
            const qint64 before = QDateTime::currentMSecsSinceEpoch();
            QVERIFY2(storerequests::imported(store, path(QStringLiteral("future.json"))),
                     qPrintable(store.lastError()));
            QVERIFY2(store.importSummary().contains(QStringLiteral("1 date(s) in the file were impossible")),
                     qPrintable(store.importSummary()));
            QVERIFY(storerequests::switchTo(store, imported));
            const QVariantList revisions = store.noteRevisions(QStringLiteral("reflection"));
            QCOMPARE(revisions.size(), 1);
            const QDateTime savedAt = revisions.first().toMap().value(QStringLiteral("savedAt")).toDateTime();
            QVERIFY2(savedAt.toMSecsSinceEpoch() >= before && savedAt.date().year() < 2099,
                     qPrintable(savedAt.toString(Qt::ISODate)));
            store.saveNote(QStringLiteral("reflection"), {{QStringLiteral("text"), QStringLiteral("newer")}});
            QCOMPARE(store.note(QStringLiteral("reflection")).value(QStringLiteral("text")).toString(),
                     QStringLiteral("newer"));
            QVERIFY(storerequests::close(store));
        }
        // A store that imported such a date before dates were checked still holds it; the
        // order is the store's own all the same. (Test only: lifts the append-only trigger.)
        {
            Database db(StoreSession::databasePath(data));
            const QString trigger
                = db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'events_no_update'")).toString();
            QVERIFY(!trigger.isEmpty());
            db.exec(QStringLiteral("DROP TRIGGER events_no_update"));
            const QString noteId = eventAt(archive, 1).value(QLatin1String("id")).toString();
            for (const QString &table :
                 {QStringLiteral("events SET at"), QStringLiteral("note_revisions SET saved_at")})
                db.exec(QStringLiteral("UPDATE %1 = 4070908800000 WHERE id = ?").arg(table), {noteId});
            db.exec(trigger);
        }
        ProgressStore reopened;
        QVERIFY(storerequests::open(reopened, data));
        QVERIFY(storerequests::switchTo(reopened, imported));
        QCOMPARE(reopened.note(QStringLiteral("reflection")).value(QStringLiteral("text")).toString(),
                 QStringLiteral("newer"));
        QCOMPARE(reopened.noteRevisions(QStringLiteral("reflection"))
                     .first()
                     .toMap()
                     .value(QStringLiteral("fields"))
                     .toMap()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("newer"));
    }

    void datesBefore2000AreClamped()
    {
        QJsonObject archive = validArchive();
        QJsonObject card = eventAt(archive, 0);
        card.insert(QStringLiteral("at"), QStringLiteral("1970-01-01T00:00:01.000Z"));
        archive = withEvent(archive, 0, card);
        QString error;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto read = ProfileArchive::fromJson(json(archive), &error, now);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->datesClamped, 1);
        QCOMPARE(read->events.first().at, now);
        QCOMPARE(
            read->events.last().at,
            QDateTime::fromString(QStringLiteral("2024-05-01T09:32:00.000Z"), Qt::ISODateWithMs).toMSecsSinceEpoch());
    }

    // A file whose events this store keeps under another profile (here: the same export
    // with the profile's id changed) brings nothing: no success, no empty profile, and why.
    void importOfAnotherProfilesEventsAddsNothing()
    {
        ProgressStore store;
        QVERIFY(storerequests::open(store, path(QStringLiteral("data"))));
        fillDeviceA(store);
        QVERIFY(storerequests::exported(store, [&] { store.exportProfile(path(QStringLiteral("ada.json"))); }));
        QJsonObject archive = QJsonDocument::fromJson(storetest::readAll(path(QStringLiteral("ada.json")))).object();
        QJsonObject profile = archive.value(QLatin1String("profile")).toObject();
        profile.insert(QStringLiteral("id"), QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
        profile.insert(QStringLiteral("name"), QStringLiteral("Copy"));
        archive.insert(QStringLiteral("profile"), profile);
        QVERIFY(storetest::writeAll(path(QStringLiteral("copy.json")), json(archive)));
        QVERIFY(settle(store));
        const QStringList before = storetest::dumpTables(store.databasePath());

        QVERIFY(!storerequests::imported(store, path(QStringLiteral("copy.json"))));
        const QString events = QString::number(archive.value(QLatin1String("events")).toArray().size());
        QVERIFY2(store.lastError().startsWith(QStringLiteral("Nothing was imported from")),
                 qPrintable(store.lastError()));
        QVERIFY(store.lastError().contains(
            events + QStringLiteral(" event(s) were skipped because they belong to another profile")));
        QVERIFY(store.lastError().contains(
            QStringLiteral("No profile “Copy” was added, because it would have been empty.")));
        QVERIFY(store.importSummary().isEmpty());
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(settle(store));
        QCOMPARE(storetest::dumpTables(store.databasePath()), before);
    }

    void importWithoutEventsAddsNoProfile()
    {
        QJsonObject archive = validArchive();
        archive.insert(QStringLiteral("events"), QJsonArray());
        QVERIFY(storetest::writeAll(path(QStringLiteral("empty.json")), json(archive)));
        ProgressStore store;
        QVERIFY(storerequests::open(store, path(QStringLiteral("data"))));
        QVERIFY(!storerequests::imported(store, path(QStringLiteral("empty.json"))));
        QVERIFY2(store.lastError().contains(QStringLiteral("The file holds no progress.")),
                 qPrintable(store.lastError()));
        QCOMPARE(store.profiles().size(), 1);
    }

    // Both devices wrote after the first transfer; importing each other's export merges by
    // event id: the union of revisions, nothing twice, progress replayed in time order.
    void mergingEditsFromTwoDevices()
    {
        ProgressStore a;
        QVERIFY(storerequests::open(a, path(QStringLiteral("deviceA"))));
        const QString ada = fillDeviceA(a);
        QVERIFY(storerequests::exported(a, [&] { a.exportProfile(path(QStringLiteral("first.json"))); }));
        ProgressStore b;
        QVERIFY(storerequests::open(b, path(QStringLiteral("deviceB"))));
        QVERIFY(storerequests::imported(b, path(QStringLiteral("first.json"))));
        QVERIFY(storerequests::switchTo(b, ada));

        a.saveNote(QStringLiteral("reflection"), {{QStringLiteral("text"), QStringLiteral("written on A")}});
        b.saveNote(QStringLiteral("reflection"), {{QStringLiteral("text"), QStringLiteral("written on B")}});
        b.markComplete(QStringLiteral("m2"));
        QVERIFY(storerequests::exported(b, [&] { b.exportProfile(path(QStringLiteral("fromB.json"))); }));
        QVERIFY(storerequests::imported(a, path(QStringLiteral("fromB.json"))));

        QCOMPARE(a.noteRevisions(QStringLiteral("reflection")).size(), 2);
        QCOMPARE(a.noteRevisions(QStringLiteral("decision")).size(), 3);
        QCOMPARE(a.note(QStringLiteral("reflection")).value(QStringLiteral("text")).toString(),
                 QStringLiteral("written on B"));
        QCOMPARE(a.moduleStatus(QStringLiteral("m2")), QStringLiteral("completed"));
        QCOMPARE(a.timeSpent(QStringLiteral("m1")), 42);
        QCOMPARE(a.openedCards(QStringLiteral("m1")), QStringList{QStringLiteral("c1")});
    }

    // Text that looks like SQL is just text: stored and shown verbatim, nothing executed.
    void sqlLookingTextIsStoredLiterally()
    {
        const QString nasty = QStringLiteral("Robert'); DROP TABLE events; --");
        QJsonObject archive = withProfileField(QStringLiteral("name"), nasty);
        QJsonObject note = eventAt(archive, 1);
        note.insert(QStringLiteral("payload"),
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("reflection")},
                                {QStringLiteral("fields"), QJsonObject{{QStringLiteral("text"), nasty}}}});
        archive = withEvent(archive, 1, note);
        QVERIFY(storetest::writeAll(path(QStringLiteral("nasty.json")), json(archive)));

        ProgressStore store;
        QVERIFY(storerequests::open(store, path(QStringLiteral("data"))));
        QVERIFY2(storerequests::imported(store, path(QStringLiteral("nasty.json"))), qPrintable(store.lastError()));
        QVERIFY(storerequests::switchTo(store, QStringLiteral("2b0c1e6a-4a8f-4d7e-9a55-1f0e6c1d2a3b")));
        QCOMPARE(store.currentProfileName(), nasty);
        QCOMPARE(store.note(QStringLiteral("reflection")).value(QStringLiteral("text")).toString(), nasty);
        QVERIFY(settle(store));
        QCOMPARE(storetest::count(store.databasePath(), QStringLiteral("SELECT count(*) FROM events")), 2);
    }

    void hostileFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");

        const QString huge(Limits::MaxTextChars + 1, QLatin1Char('x'));
        const QString sql = QStringLiteral("x'); DROP TABLE events; --");
        QTest::newRow("not JSON") << QByteArray("{\"format\": \"loopwise-profile\", ")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << QStringLiteral("not valid JSON");
        QTest::newRow("array root") << QByteArray("[1,2,3]") << QStringLiteral("not a Loopwise profile");
        QTest::newRow("other format") << json(QJsonObject{{QStringLiteral("format"), QStringLiteral("anki")}})
                                      << QStringLiteral("not a Loopwise profile");
        QJsonObject newer = validArchive();
        newer.insert(QStringLiteral("formatVersion"), 7);
        QTest::newRow("newer format") << json(newer) << QStringLiteral("newer version");
        QJsonObject noEvents = validArchive();
        noEvents.insert(QStringLiteral("events"), QStringLiteral("all of them"));
        QTest::newRow("events not a list") << json(noEvents) << QStringLiteral("“events” must be a list");
        QTest::newRow("profile id is SQL")
            << json(withProfileField(QStringLiteral("id"), sql)) << QStringLiteral("“profile.id” must be a UUID");
        QTest::newRow("profile name wrong type")
            << json(withProfileField(QStringLiteral("name"), 12)) << QStringLiteral("“profile.name” must be text");
        QTest::newRow("profile name empty") << json(withProfileField(QStringLiteral("name"), QStringLiteral(" ")))
                                            << QStringLiteral("must not be empty");
        QTest::newRow("huge name") << json(withProfileField(QStringLiteral("name"), huge))
                                   << QStringLiteral("longer than");
        QTest::newRow("unknown key") << json(withProfileField(QStringLiteral("isAdmin"), true))
                                     << QStringLiteral("“profile.isAdmin” is not part");
        QTest::newRow("event kind is SQL") << json(withEventField(0, QStringLiteral("kind"), sql))
                                           << QStringLiteral("“events[0].kind” is not a known kind");
        QTest::newRow("event id not UUID")
            << json(withEventField(1, QStringLiteral("id"), 42)) << QStringLiteral("“events[1].id” must be a UUID");
        QTest::newRow("module id is SQL") << json(withEventField(0, QStringLiteral("module"), sql))
                                          << QStringLiteral("“events[0].module” must be a short id");
        QTest::newRow("bad time") << json(withEventField(0, QStringLiteral("at"), QStringLiteral("yesterday")))
                                  << QStringLiteral("“events[0].at” must be a date");
        QTest::newRow("card id is SQL") << json(withPayload(0, QStringLiteral("cardId"), sql))
                                        << QStringLiteral("“events[0].payload.cardId” must be a short id");
        QTest::newRow("card id wrong type")
            << json(withPayload(0, QStringLiteral("cardId"), QJsonArray{1})) << QStringLiteral("must be a short id");
        QTest::newRow("extra payload key") << json(withPayload(0, QStringLiteral("sql"), sql))
                                           << QStringLiteral("“events[0].payload.sql” is not part");
        QTest::newRow("huge note") << json(
            withPayload(1, QStringLiteral("fields"), QJsonObject{{QStringLiteral("text"), huge}}))
                                   << QStringLiteral("“events[1].payload.fields.text” is longer than");
        QTest::newRow("note field of another kind")
            << json(withPayload(1, QStringLiteral("fields"),
                                QJsonObject{{QStringLiteral("baseline"), QStringLiteral("x")}}))
            << QStringLiteral("“events[1].payload.fields.baseline” is not part");
        QTest::newRow("note kind unknown") << json(withPayload(1, QStringLiteral("kind"), QStringLiteral("diary")))
                                           << QStringLiteral("is not a kind of note");
        // The first event is fine; the broken second one must keep the first out as well.
        QTest::newRow("second event broken")
            << json(withPayload(1, QStringLiteral("restoredFrom"), QStringLiteral("nope")))
            << QStringLiteral("“events[1].payload.restoredFrom” must be a UUID");
    }

    void hostileFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString file = path(QStringLiteral("hostile.json"));
        QVERIFY(storetest::writeAll(file, content));

        ProgressStore store;
        QVERIFY(storerequests::open(store, path(QStringLiteral("data"))));
        store.openCard(QStringLiteral("m1"), QStringLiteral("mine"));
        QVERIFY(settle(store));
        const QStringList before = storetest::dumpTables(store.databasePath());
        const QVariantList profiles = store.profiles();

        QVERIFY(!storerequests::imported(store, file));
        QVERIFY2(store.lastError().contains(reason), qPrintable(store.lastError()));
        QVERIFY(store.lastError().contains(QStringLiteral("nothing was changed")));
        QVERIFY(settle(store));
        QCOMPARE(store.profiles(), profiles);
        QCOMPARE(storetest::dumpTables(store.databasePath()), before);
    }

    void missingFileIsRefused()
    {
        ProgressStore store;
        QVERIFY(storerequests::open(store, path(QStringLiteral("data"))));
        QVERIFY(!storerequests::imported(store, path(QStringLiteral("nope.json"))));
        QVERIFY(store.lastError().contains(QStringLiteral("nope.json")));
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
