// Lab runs attached to the decision note as evidence: the block in the note's text, the
// chart kept in the database (across a reopen, a backup, a profile export and import, the
// migration from schema v2), never attached twice, removable, and in the note's exports.

#include "BackupManager.h"
#include "Migrations.h"
#include "StoreSession.h"
#include "storetestutil.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace loopwise;

namespace {

const QString Decision = QStringLiteral("decision");

QImage chart(QColor colour)
{
    QImage image(320, 200, QImage::Format_ARGB32);
    image.fill(colour);
    return image;
}

EvidenceRun run(const QString &figure = QStringLiteral("Test loss: 0.120"))
{
    return EvidenceRun{QStringLiteral("network"),
                       QStringLiteral("Build a neural network"),
                       {QStringLiteral("Dataset: spiral"), QStringLiteral("Learning rate: 0.03")},
                       {QStringLiteral("Epochs: 120"), figure},
                       QStringLiteral("lab/network?dataset=spiral&rate=0.03"),
                       chart(Qt::darkCyan)};
}

QString evidenceText(const ProgressStore &store)
{
    return store.note(Decision).value(QStringLiteral("evidence")).toString();
}

// Builds a version-2 file from the frozen v1 schema and v2 step, with one note.
void buildVersion2(const QString &path, const QString &profileId)
{
    Database db(path);
    storetest::applyFixture(db, QStringLiteral("schema_v1.sql"));
    storetest::applyFixture(db, QStringLiteral("schema_v2_step.sql"));
    QCOMPARE(db.userVersion(), 2);
    constexpr qint64 T0 = 1'700'000'000'000;
    const QString noteId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    const QJsonObject fields{{QStringLiteral("evidence"), QStringLiteral("my own words")}};
    const QJsonObject payload{{QStringLiteral("kind"), Decision}, {QStringLiteral("fields"), fields}};
    db.exec(QStringLiteral("INSERT INTO profiles VALUES (?, 'Grace', ?)"), {profileId, T0});
    db.exec(QStringLiteral("INSERT INTO meta VALUES ('last_profile', ?)"), {profileId});
    db.exec(
        QStringLiteral(
            "INSERT INTO events (id, profile_id, kind, module_id, payload, at) VALUES (?, ?, 'note.saved', '', ?, ?)"),
        {noteId, profileId, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), T0});
    db.exec(QStringLiteral(
                "INSERT INTO note_revisions (id, profile_id, kind, fields, saved_at) VALUES (?, ?, 'decision', ?, ?)"),
            {noteId, profileId, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)), T0});
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attachAddsBlockAndKeepsChart()
    {
        QTemporaryDir dir;
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, dir.path()));
            QVERIFY(!store.saveNote(Decision, {{QStringLiteral("evidence"), QStringLiteral("What I saw first.")}})
                         .isEmpty());
            QSignalSpy changed(&store, &ProgressStore::evidenceChanged);
            QSignalSpy notes(&store, &ProgressStore::notesChanged);

            const QString id = store.attachEvidence(run());
            QVERIFY2(!id.isEmpty(), qPrintable(store.lastError()));
            QCOMPARE(changed.size(), 1);
            QCOMPARE(notes.size(), 1);
            const QString text = evidenceText(store);
            QVERIFY(text.startsWith(QStringLiteral("What I saw first.\n\n### Build a neural network, ")));
            for (const QString &line :
                 {QStringLiteral("- Dataset: spiral\n"), QStringLiteral("- Learning rate: 0.03\n"),
                  QStringLiteral("- Epochs: 120\n"), QStringLiteral("- Test loss: 0.120\n"),
                  QStringLiteral("`lab/network?dataset=spiral&rate=0.03`")})
                QVERIFY2(text.contains(line), qPrintable(line));
            const QVariantList list = store.evidence(Decision);
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.constFirst().toMap().value(QStringLiteral("id")).toString(), id);
            QCOMPARE(list.constFirst().toMap().value(QStringLiteral("labId")).toString(), QStringLiteral("network"));
            QCOMPARE(store.evidenceChart(id).size(), QSize(320, 200));
            QVERIFY(storetest::settle(store));
            QVERIFY(storerequests::close(store));
            const QString dbPath = StoreSession::databasePath(dir.path());
            const QByteArray png = [&] {
                Database db(dbPath, Database::Access::ReadOnly);
                return db.scalar(QStringLiteral("SELECT png FROM evidence_images WHERE id = ?"), {id}).toByteArray();
            }();
            QVERIFY(png.startsWith("\x89PNG"));
            QCOMPARE(QImage::fromData(png, "PNG").pixelColor(10, 10), QColor(Qt::darkCyan));
            // The rolling backup taken at close holds the chart too.
            const QList<BackupManager::Backup> backups = BackupManager(dir.path()).list();
            QVERIFY(!backups.isEmpty());
            QCOMPARE(
                storetest::count(backups.constFirst().path, QStringLiteral("SELECT count(*) FROM evidence_images")), 1);
        }
        // Opened again: the chart and the text are still there.
        ProgressStore again;
        QVERIFY(storerequests::open(again, dir.path()));
        QCOMPARE(again.evidence(Decision).size(), 1);
        const QString id = again.evidence(Decision).constFirst().toMap().value(QStringLiteral("id")).toString();
        QCOMPARE(again.evidenceChart(id).size(), QSize(320, 200));
        QVERIFY(evidenceText(again).contains(QStringLiteral("- Epochs: 120")));
        storerequests::close(again);
    }

    void sameRunIsNeverAttachedTwice()
    {
        QTemporaryDir dir;
        ProgressStore store;
        QVERIFY(storerequests::open(store, dir.path()));
        QVERIFY(!store.attachEvidence(run()).isEmpty());
        const QString once = evidenceText(store);
        QVERIFY(store.hasEvidence(ProgressStore::evidenceKey(run())));

        QVERIFY(store.attachEvidence(run()).isEmpty());
        QCOMPARE(store.lastError(), QStringLiteral("This run is already in your decision note's evidence."));
        QCOMPARE(evidenceText(store), once);
        QCOMPARE(store.evidence(Decision).size(), 1);

        // Another run of the same lab (other figures) is new evidence.
        QVERIFY(!store.attachEvidence(run(QStringLiteral("Test loss: 0.080"))).isEmpty());
        QCOMPARE(store.evidence(Decision).size(), 2);
        QVERIFY(storetest::settle(store));
        storerequests::close(store);
        QCOMPARE(storetest::count(StoreSession::databasePath(dir.path()),
                                  QStringLiteral("SELECT count(*) FROM evidence_images")),
                 2);
    }

    void runWithoutChartIsRefused()
    {
        QTemporaryDir dir;
        ProgressStore store;
        QVERIFY(storerequests::open(store, dir.path()));
        EvidenceRun blank = run();
        blank.chart = QImage();
        QVERIFY(store.attachEvidence(blank).isEmpty());
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(store.evidence(Decision).isEmpty());
        QVERIFY(evidenceText(store).isEmpty());
        storerequests::close(store);
    }

    void removedChartLeavesTheNoteButStaysInTheFile()
    {
        QTemporaryDir dir;
        {
            ProgressStore store;
            QVERIFY(storerequests::open(store, dir.path()));
            const QString id = store.attachEvidence(run());
            const QString text = evidenceText(store);
            QSignalSpy changed(&store, &ProgressStore::evidenceChanged);
            QVERIFY(store.removeEvidence(id));
            QCOMPARE(changed.size(), 1);
            QVERIFY(store.evidence(Decision).isEmpty());
            QCOMPARE(evidenceText(store), text); // the learner's text is theirs to edit
            QVERIFY(!store.removeEvidence(id));
            // Removed, the run may be attached again.
            QVERIFY(!store.hasEvidence(ProgressStore::evidenceKey(run())));
            QVERIFY(storetest::settle(store));
            storerequests::close(store);
        }
        ProgressStore again;
        QVERIFY(storerequests::open(again, dir.path()));
        QVERIFY(again.evidence(Decision).isEmpty());
        storerequests::close(again);
        QCOMPARE(storetest::count(StoreSession::databasePath(dir.path()),
                                  QStringLiteral("SELECT count(*) FROM evidence_images")),
                 1);
    }

    void fromVersion2()
    {
        QTemporaryDir dir;
        const QString profileId = QStringLiteral("6f1c0a52-8b2e-4c4f-9d7a-0e3b5f2a1c11");
        const QString path = StoreSession::databasePath(dir.path());
        buildVersion2(path, profileId);
        ProgressStore store;
        QVERIFY(storerequests::open(store, dir.path()));
        QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
        QCOMPARE(store.currentProfileId(), profileId);
        QCOMPARE(evidenceText(store), QStringLiteral("my own words"));
        QVERIFY(!store.attachEvidence(run()).isEmpty());
        QVERIFY(evidenceText(store).startsWith(QStringLiteral("my own words\n\n### ")));
        QVERIFY(storetest::settle(store));
        storerequests::close(store);
        QCOMPARE(storetest::count(path, QStringLiteral("PRAGMA user_version")), Migrations::CurrentVersion);
        QCOMPARE(Migrations::CurrentVersion, 3);
        QCOMPARE(storetest::count(path, QStringLiteral("SELECT count(*) FROM evidence_images")), 1);
        // The verified backup before the step holds the v2 file.
        const QList<BackupManager::Backup> backups = BackupManager(dir.path()).list();
        const auto before = std::find_if(backups.cbegin(), backups.cend(), [](const BackupManager::Backup &b) {
            return b.reason == BackupManager::Reason::BeforeMigration;
        });
        QVERIFY(before != backups.cend());
        QCOMPARE(storetest::count(before->path, QStringLiteral("PRAGMA user_version")), 2);
    }

    void profileExportAndImportKeepCharts()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profile.json"));
        QString id;
        {
            ProgressStore a;
            QVERIFY(storerequests::open(a, dir.filePath(QStringLiteral("a"))));
            id = a.attachEvidence(run());
            QVERIFY(storerequests::exported(a, [&] { a.exportProfile(file); }));
            storerequests::close(a);
        }
        const QJsonObject root = QJsonDocument::fromJson(storetest::readAll(file)).object();
        QCOMPARE(root.value(QLatin1String("formatVersion")).toInt(), 2);
        const QJsonArray images = root.value(QLatin1String("evidenceImages")).toArray();
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.at(0).toObject().value(QLatin1String("id")).toString(), id);

        ProgressStore b;
        QVERIFY(storerequests::open(b, dir.filePath(QStringLiteral("b"))));
        QVERIFY2(storerequests::imported(b, file), qPrintable(b.lastError()));
        QVERIFY(storerequests::switchTo(
            b, root.value(QLatin1String("profile")).toObject().value(QLatin1String("id")).toString()));
        QCOMPARE(b.evidence(Decision).size(), 1);
        QCOMPARE(b.evidenceChart(id).pixelColor(5, 5), QColor(Qt::darkCyan));
        QVERIFY(evidenceText(b).contains(QStringLiteral("- Dataset: spiral")));
        storerequests::close(b);
    }

    void importRefusesAnEventWithoutItsChart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profile.json"));
        {
            ProgressStore a;
            QVERIFY(storerequests::open(a, dir.filePath(QStringLiteral("a"))));
            a.attachEvidence(run());
            QVERIFY(storerequests::exported(a, [&] { a.exportProfile(file); }));
            storerequests::close(a);
        }
        QJsonObject root = QJsonDocument::fromJson(storetest::readAll(file)).object();
        root.remove(QStringLiteral("evidenceImages"));
        QVERIFY(storetest::writeAll(file, QJsonDocument(root).toJson()));
        ProgressStore b;
        QVERIFY(storerequests::open(b, dir.filePath(QStringLiteral("b"))));
        QVERIFY(!storerequests::imported(b, file));
        QVERIFY2(b.lastError().contains(QStringLiteral("payload.evidenceId")), qPrintable(b.lastError()));
        storerequests::close(b);
    }

    void markdownExportWritesAndLinksTheChart()
    {
        QTemporaryDir dir;
        ProgressStore store;
        QVERIFY(storerequests::open(store, dir.filePath(QStringLiteral("data"))));
        store.attachEvidence(run());
        const QString md = dir.filePath(QStringLiteral("my note.md"));
        QVERIFY(storerequests::exported(store, [&] { store.exportNoteMarkdown(Decision, md); }));
        const QString text = QString::fromUtf8(storetest::readAll(md));
        QVERIFY2(text.contains(QStringLiteral("## Evidence charts")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("](my%20note-chart-1.png)")), qPrintable(text));
        const QImage written(dir.filePath(QStringLiteral("my note-chart-1.png")));
        QCOMPARE(written.size(), QSize(320, 200));
        QCOMPARE(written.pixelColor(1, 1), QColor(Qt::darkCyan));

        // The PDF draws it: the file holds an image object, which a note without charts has not.
        const QString withChart = dir.filePath(QStringLiteral("with.pdf"));
        QVERIFY(storerequests::exported(store, [&] { store.exportNotePdf(Decision, withChart); }));
        QVERIFY(storetest::readAll(withChart).contains("/Subtype /Image"));
        store.removeEvidence(store.evidence(Decision).constFirst().toMap().value(QStringLiteral("id")).toString());
        const QString without = dir.filePath(QStringLiteral("without.pdf"));
        QVERIFY(storerequests::exported(store, [&] { store.exportNotePdf(Decision, without); }));
        QVERIFY(!storetest::readAll(without).contains("/Subtype /Image"));
        storerequests::close(store);
    }
};

QTEST_MAIN(TestEvidence)
#include "tst_evidence.moc"
