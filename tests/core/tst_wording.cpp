// The words of the shipped German pack and translation: one term per idea (the glossary's),
// and a next-module teaser written in the project's own words, not the course author's.
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString sourceDir = QStringLiteral(LOOPWISE_SOURCE_DIR);

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QJsonObject readJson(const QString &relativePath)
{
    return QJsonDocument::fromJson(readText(sourceDir + u'/' + relativePath).toUtf8()).object();
}

// Every German translation in the .ts file, keyed by "context/English source" (numerus forms joined).
QMultiHash<QString, QString> germanTranslations()
{
    QMultiHash<QString, QString> result;
    QXmlStreamReader xml(readText(sourceDir + QStringLiteral("/translations/loopwise_de.ts")));
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            result.insert(context + u'/' + source, translation.simplified());
        }
    }
    return result;
}

// Every text of the German course, glossary and modules (not the prompts lab's example
// texts: a customer there may well write about a software "Update").
QStringList germanPackTexts()
{
    QStringList texts;
    QDirIterator files(sourceDir + QStringLiteral("/resources/content/de"), {QStringLiteral("*.json")}, QDir::Files,
                       QDirIterator::Subdirectories);
    static const QString prompts = QStringLiteral("/prompts/");
    while (files.hasNext()) {
        const QString path = files.next();
        if (!path.contains(prompts))
            texts.append(readText(path));
    }
    return texts;
}

// The variants that name an idea the glossary names otherwise, with the glossary's term.
// The content pack says "Durchlauf" for a pass over the data (an epoch), as the glossary does;
// the app's messages mean a lab's run by it, which is a "Lauf".
struct BannedVariant
{
    const char *pattern;
    const char *useInstead;
    bool alsoInContentPack;
};
constexpr BannedVariant bannedVariants[] = {
    {"\\bUpdates?\\b", "Aktualisierung (glossary: Gradient, Lernrate)", true},
    {"\\bangepassten Parameter", "aktualisierten Parameter", true},
    {"\\bDurchl(a|ä)uf(e|s)?\\b", "Lauf for a lab's run", false},
};

} // namespace

class TestWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noBannedVariantInTranslations_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("useInstead");
        for (const BannedVariant &variant : bannedVariants)
            QTest::newRow(variant.pattern)
                << QString::fromUtf8(variant.pattern) << QString::fromUtf8(variant.useInstead);
    }
    void noBannedVariantInTranslations()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, useInstead);
        const QRegularExpression banned(pattern);
        const QMultiHash<QString, QString> translations = germanTranslations();
        QVERIFY(translations.size() > 500);
        for (auto it = translations.cbegin(); it != translations.cend(); ++it)
            QVERIFY2(!banned.match(it.value()).hasMatch(),
                     qPrintable(QStringLiteral("\"%1\" -> use %2").arg(it.value(), useInstead)));
    }

    void noBannedVariantInContentPack_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("useInstead");
        for (const BannedVariant &variant : bannedVariants) {
            if (variant.alsoInContentPack)
                QTest::newRow(variant.pattern)
                    << QString::fromUtf8(variant.pattern) << QString::fromUtf8(variant.useInstead);
        }
    }
    void noBannedVariantInContentPack()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, useInstead);
        const QRegularExpression banned(pattern);
        const QStringList texts = germanPackTexts();
        QVERIFY(texts.size() >= 3);
        for (const QString &text : texts) {
            for (const QString &line : text.split(u'\n'))
                QVERIFY2(!banned.match(line).hasMatch(),
                         qPrintable(QStringLiteral("%1 -> use %2").arg(line.trimmed(), useInstead)));
        }
    }

    // The loop diagram in the module and the live loop in the learning lab name the same
    // five stages with the same words.
    void loopStagesHaveOneNameEach()
    {
        const QJsonObject module
            = readJson(QStringLiteral("resources/content/de/modules/models-parameters-training.json"));
        QStringList diagramNodes;
        const QJsonArray sections = module.value(u"sections").toArray();
        for (const QJsonValue &section : sections) {
            for (const QJsonValue &block : section.toObject().value(u"blocks").toArray()) {
                for (const QJsonValue &stage : block.toObject().value(u"stages").toArray())
                    diagramNodes.append(stage.toObject().value(u"node").toString());
            }
        }
        QCOMPARE(diagramNodes,
                 (QStringList{QStringLiteral("Trainingsdaten"), QStringLiteral("Vorhersage"), QStringLiteral("Verlust"),
                              QStringLiteral("Aktualisierung"), QStringLiteral("Parameter")}));

        const QMultiHash<QString, QString> translations = germanTranslations();
        const QStringList labStageSources{QStringLiteral("Training data"), QStringLiteral("Predict"),
                                          QStringLiteral("Loss"), QStringLiteral("Update"),
                                          QStringLiteral("Parameters")};
        for (qsizetype i = 0; i < labStageSources.size(); ++i) {
            // The names the learning lab's live loop gives its stages.
            const QList<QString> names
                = translations.values(QStringLiteral("loopwise::LearningLab/") + labStageSources.at(i));
            QVERIFY2(!names.isEmpty(), qPrintable(labStageSources.at(i)));
            for (const QString &name : names)
                QCOMPARE(name, diagramNodes.at(i));
        }
    }

    // The course author's teaser for the next module, and its word-for-word German.
    void nextModuleTeaserIsOurOwn_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("authorsSentence");
        QTest::newRow("en") << "en"
                            << "Raw data is rarely ready for a model.";
        QTest::newRow("de") << "de"
                            << "Rohdaten sind selten schon bereit für ein Modell.";
    }
    void nextModuleTeaserIsOurOwn()
    {
        QFETCH(QString, locale);
        QFETCH(QString, authorsSentence);
        const QJsonArray outline
            = readJson(QStringLiteral("resources/content/%1/course.json").arg(locale)).value(u"outline").toArray();
        QString teaser;
        for (const QJsonValue &entry : outline) {
            if (entry.toObject().value(u"id").toString() == u"data-features-representation")
                teaser = entry.toObject().value(u"teaser").toString();
        }
        QVERIFY(!teaser.isEmpty());
        // No three words in a row taken over from the author's sentence.
        const QStringList authorsWords = authorsSentence.toLower().remove(u'.').split(u' ');
        const QString ours = u' ' + teaser.toLower().remove(u'.').remove(u',') + u' ';
        for (qsizetype i = 0; i + 3 <= authorsWords.size(); ++i) {
            const QString run = u' ' + authorsWords.mid(i, 3).join(u' ') + u' ';
            QVERIFY2(!ours.contains(run), qPrintable(teaser));
        }
    }
};

QTEST_GUILESS_MAIN(TestWording)
#include "tst_wording.moc"
