// Exports for people outside the app: notes as Markdown and PDF, progress as CSV and xAPI.

#include "storetestutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace loopwise;

class TestExports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ProgressStore m_store;
    QString m_ada;
    QString m_bob;

    QString out(const QString &name) const { return m_dir.filePath(QStringLiteral("out/") + name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
        QVERIFY(storerequests::open(m_store, m_dir.filePath(QStringLiteral("data"))));
        m_ada = m_store.currentProfileId();
        QVERIFY(m_store.renameProfile(m_ada, QStringLiteral("Ada, \"the\" =1+1")));
        m_store.openModule(QStringLiteral("intro"));
        m_store.openCard(QStringLiteral("intro"), QStringLiteral("card-1"));
        m_store.openCard(QStringLiteral("intro"), QStringLiteral("card-2"));
        m_store.answerQuestion(QStringLiteral("intro"), QStringLiteral("q1"), QStringLiteral("B"), true);
        m_store.addTimeSpent(QStringLiteral("intro"), 600);
        m_store.markComplete(QStringLiteral("intro"));
        m_store.setReadingPosition(QStringLiteral("training"), QStringLiteral("loss-curves"));
        m_store.saveNote(QStringLiteral("decision"),
                         {{QStringLiteral("assumption"), QStringLiteral("Labels are reliable")},
                          {QStringLiteral("evidence"), QStringLiteral("* 2% disagreement\n* audited sample")},
                          {QStringLiteral("action"), QStringLiteral("<b>Ship</b> the baseline")}});
        m_store.saveNote(QStringLiteral("reflection"),
                         {{QStringLiteral("text"), QStringLiteral("Overfitting shows up late.")}});
        m_bob = m_store.createProfile(QStringLiteral("Bob"));
        QVERIFY(storetest::settle(m_store));
    }

    void markdownNote()
    {
        QVERIFY(storerequests::exported(m_store, [&] {
            m_store.exportNoteMarkdown(QStringLiteral("decision"), out(QStringLiteral("decision.md")));
        }));
        const QString md = QString::fromUtf8(storetest::readAll(out(QStringLiteral("decision.md"))));
        QVERIFY(md.startsWith(QStringLiteral("# Decision note\n")));
        QVERIFY(md.contains(QStringLiteral("## Assumption\n\nLabels are reliable")));
        QVERIFY(md.contains(QStringLiteral("## Evidence\n\n* 2% disagreement\n* audited sample")));
        QVERIFY(md.contains(QStringLiteral("## Action")));
        QVERIFY(md.contains(QStringLiteral("Ada, \"the\" =1\\+1 · saved "))); // the name is escaped
        QVERIFY(md.contains(QStringLiteral("## Reflection\n\nOverfitting shows up late.")));

        QVERIFY(storerequests::exported(m_store, [&] {
            m_store.exportNoteMarkdown(QStringLiteral("decision"), out(QStringLiteral("plain.md")), false);
        }));
        QVERIFY(!storetest::readAll(out(QStringLiteral("plain.md"))).contains("Reflection"));

        // A model note that was never written exports as an empty form.
        const QString url = QUrl::fromLocalFile(out(QStringLiteral("model.md"))).toString();
        QVERIFY(
            storerequests::exported(m_store, [&] { m_store.exportNoteMarkdown(QStringLiteral("model"), url, false); }));
        const QString model = QString::fromUtf8(storetest::readAll(out(QStringLiteral("model.md"))));
        QVERIFY(model.contains(QStringLiteral("not saved yet")));
        QCOMPARE(model.count(QStringLiteral("## ")), 5);
        QVERIFY(model.contains(QStringLiteral("## Cost of failure\n\n(empty)")));

        QVERIFY(!storerequests::exported(
            m_store, [&] { m_store.exportNoteMarkdown(QStringLiteral("diary"), out(QStringLiteral("x.md"))); }));
        QVERIFY(!storerequests::exported(m_store, [&] {
            m_store.exportNoteMarkdown(QStringLiteral("decision"), m_dir.filePath(QStringLiteral("no/such/dir/x.md")));
        }));
        QVERIFY(m_store.lastError().contains(QStringLiteral("Could not write")));
    }

    void pdfNote()
    {
        QVERIFY(storerequests::exported(
            m_store, [&] { m_store.exportNotePdf(QStringLiteral("decision"), out(QStringLiteral("decision.pdf"))); }));
        const QByteArray pdf = storetest::readAll(out(QStringLiteral("decision.pdf")));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.size() > 5000, QByteArray::number(pdf.size()).constData());
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(pdf.contains("/Title"));
        QVERIFY(m_store.lastError().isEmpty());
    }

    void progressCsv()
    {
        QVERIFY(
            storerequests::exported(m_store, [&] { m_store.exportProgressCsv(out(QStringLiteral("progress.csv"))); }));
        const QByteArray bytes = storetest::readAll(out(QStringLiteral("progress.csv")));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header, Ada's two modules, Bob without progress
        QCOMPARE(lines[0],
                 QStringLiteral("profile_id,profile_name,module_id,status,started_at,completed_at,"
                                "seconds_spent,cards_opened,reading_position"));
        // Profiles created in the same millisecond may come in either order: find rows by profile.
        QStringList adaRows;
        QStringList bobRows;
        for (qsizetype i = 1; i < lines.size(); ++i)
            (lines[i].startsWith(m_ada) ? adaRows : bobRows).append(lines[i]);
        QCOMPARE(adaRows.size(), 2);
        QCOMPARE(bobRows.size(), 1);
        // Quotes doubled, and a leading "=" would have been a formula: it is not here, the
        // field starts with "A". The Bob row shows a profile without progress.
        const QString ada = m_ada + QStringLiteral(",\"Ada, \"\"the\"\" =1+1\",");
        QVERIFY(adaRows[0].startsWith(ada + QStringLiteral("intro,completed,")));
        QVERIFY(adaRows[0].endsWith(QStringLiteral(",600,2,")));
        QVERIFY(adaRows[1].startsWith(ada + QStringLiteral("training,in-progress,")));
        QVERIFY(adaRows[1].endsWith(QStringLiteral(",,0,0,loss-curves")));
        QCOMPARE(bobRows[0], m_bob + QStringLiteral(",Bob,,not-started,,,0,0,"));
        const QStringList intro = adaRows[0].split(QLatin1Char(','));
        QVERIFY(QDateTime::fromString(intro.at(intro.size() - 5), Qt::ISODateWithMs).isValid());
    }

    void csvDefusesFormulas()
    {
        QVERIFY(m_store.renameProfile(m_bob, QStringLiteral("=HYPERLINK(\"x\")")));
        QVERIFY(
            storerequests::exported(m_store, [&] { m_store.exportProgressCsv(out(QStringLiteral("formula.csv"))); }));
        QVERIFY(storetest::readAll(out(QStringLiteral("formula.csv"))).contains(",\"'=HYPERLINK(\"\"x\"\")\","));
        QVERIFY(m_store.renameProfile(m_bob, QStringLiteral("Bob")));
    }

    void xapiStatements()
    {
        QVERIFY(storerequests::exported(m_store, [&] { m_store.exportXapi(out(QStringLiteral("statements.jsonl"))); }));
        const QList<QByteArray> lines = storetest::readAll(out(QStringLiteral("statements.jsonl"))).split('\n');
        QCOMPARE(lines.last(), QByteArray()); // every statement ends with a newline
        QStringList verbs;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonObject s = QJsonDocument::fromJson(lines[i], &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(!QUuid::fromString(s.value(QLatin1String("id")).toString()).isNull());
            const QJsonObject actor = s.value(QLatin1String("actor")).toObject();
            QCOMPARE(actor.value(QLatin1String("name")).toString(), QStringLiteral("Ada, \"the\" =1+1"));
            QCOMPARE(actor.value(QLatin1String("account")).toObject().value(QLatin1String("name")).toString(), m_ada);
            const QString verb = s.value(QLatin1String("verb")).toObject().value(QLatin1String("id")).toString();
            QVERIFY(verb.startsWith(QStringLiteral("http://adlnet.gov/expapi/verbs/")));
            verbs.append(verb.section(QLatin1Char('/'), -1));
            const QString object = s.value(QLatin1String("object")).toObject().value(QLatin1String("id")).toString();
            QVERIFY2(object.startsWith(QStringLiteral("https://loopwise.app/xapi/module/")), qPrintable(object));
            QVERIFY(QDateTime::fromString(s.value(QLatin1String("timestamp")).toString(), Qt::ISODateWithMs).isValid());
            if (verb.endsWith(QLatin1String("answered"))) {
                QCOMPARE(object, QStringLiteral("https://loopwise.app/xapi/module/intro/question/q1"));
                QCOMPARE(s.value(QLatin1String("result")).toObject().value(QLatin1String("success")).toBool(), true);
                QCOMPARE(s.value(QLatin1String("result")).toObject().value(QLatin1String("response")).toString(),
                         QStringLiteral("B"));
            }
            if (verb.endsWith(QLatin1String("completed")))
                QCOMPARE(object, QStringLiteral("https://loopwise.app/xapi/module/intro"));
        }
        // opened module, two cards (experienced), answered, completed; notes and time are not xAPI
        QCOMPARE(verbs,
                 QStringList({QStringLiteral("experienced"), QStringLiteral("experienced"),
                              QStringLiteral("experienced"), QStringLiteral("answered"), QStringLiteral("completed")}));
    }
};

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
