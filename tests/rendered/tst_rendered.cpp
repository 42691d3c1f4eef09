// Renders every main view (settings, the labs) with the real app (--screenshot) at desktop and
// tablet-portrait size, in English and German, and checks that each picture
// has content and that no QML warning was printed while it was made.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestRendered : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid());
        // Keep the pictures when asked, so a person can look at them.
        m_outDir = qEnvironmentVariable("LOOPWISE_SCREENSHOT_DIR", m_dataDir.filePath(QStringLiteral("shots")));
        QVERIFY(QDir().mkpath(m_outDir));
    }

    void view_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("runEpochs");
        struct View
        {
            const char *name;
            const char *route;
            const char *runEpochs; // for the labs: trained before the picture, as --run-epochs
        };
        const QList<View> views{
            {"home", "home", ""},
            {"module-top", "module/models-parameters-training", ""},
            {"diagram", "module/models-parameters-training#at-a-glance", ""},
            {"check-yourself", "module/models-parameters-training#check-yourself", ""},
            {"glossary", "glossary", ""},
            {"settings", "settings", ""},
            {"network-spiral", "lab/network?dataset=spiral&hidden=8,8,8,8&activation=tanh&lr=0.03", "500"},
            {"learning-good-fit", "lab/learning?preset=good-fit", "1000"},
            {"learning-underfit", "lab/learning?preset=underfit", "1000"},
            {"learning-overfit", "lab/learning?preset=overfit", "1000"},
            {"learning-too-high", "lab/learning?preset=too-high", "100"},
            {"learning-too-low", "lab/learning?preset=too-low", "1000"},
            {"learning-noisy-labels", "lab/learning?preset=noisy-labels", "1000"},
            {"learning-more-data", "lab/learning?preset=more-data", "1000"},
            {"learning-loop", "lab/learning?loop=1", ""},
            {"lab-not-built", "lab/prompts", ""},
        };
        for (const char *lang : {"en", "de"}) {
            for (const char *size : {"1280x800", "800x1280"}) {
                for (const View &view : views) {
                    QTest::addRow("%s-%s-%s", view.name, size, lang)
                        << QString::fromLatin1(view.route) << QString::fromLatin1(size) << QString::fromLatin1(lang)
                        << QString::fromLatin1(view.runEpochs);
                }
            }
        }
    }

    void view()
    {
        QFETCH(QString, route);
        QFETCH(QString, size);
        QFETCH(QString, lang);
        QFETCH(QString, runEpochs);
        const QString file
            = QDir(m_outDir).filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png"));
        QFile::remove(file);

        QStringList arguments{
            QStringLiteral("--data-dir"),   m_dataDir.filePath(QString::fromLatin1(QTest::currentDataTag())),
            QStringLiteral("--lang"),       lang,
            QStringLiteral("--open"),       route,
            QStringLiteral("--size"),       size,
            QStringLiteral("--screenshot"), file};
        if (!runEpochs.isEmpty())
            arguments << QStringLiteral("--run-epochs") << runEpochs;
        QProcess app;
        app.start(QStringLiteral(LOOPWISE_APP), arguments);
        QVERIFY(app.waitForFinished(60000));
        const QString log = QString::fromLocal8Bit(app.readAllStandardError());
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, qPrintable(log));
        // Any QML warning (they name a qrc:/ file) fails the view.
        QVERIFY2(!log.contains(QStringLiteral("qrc:/")), qPrintable(log));

        const QImage image(file);
        QVERIFY(!image.isNull());
        const QStringList parts = size.split(u'x');
        QCOMPARE(image.width(), parts.at(0).toInt());
        QCOMPARE(image.height(), parts.at(1).toInt());
        // Non-blank: text, cards and colours give a page many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 40, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
    }

private:
    QTemporaryDir m_dataDir;
    QString m_outDir;
};

QTEST_GUILESS_MAIN(TestRendered)
#include "tst_rendered.moc"
