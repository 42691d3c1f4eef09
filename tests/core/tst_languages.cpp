// Languages found, not listed: the shipped translations, a school's language folder, switching
// at run time (translator, direction, content), and what a pack lacks against English.
#include "CourseController.h"
#include "LanguageCatalog.h"
#include "PackCompleteness.h"
#include "Preferences.h"
#include "StartupOptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using loopwise::LanguageCatalog;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// A school's Swahili: the German translation file under Swahili's code (so that a switch
// visibly changes the interface), with a one-term glossary beside it.
void writeSchoolLanguage(const QString &folder)
{
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/sw")));
    QVERIFY(QFile::copy(QStringLiteral(":/i18n/loopwise_de.qm"), folder + QStringLiteral("/sw/loopwise_sw.qm")));
    writeFile(
        folder + QStringLiteral("/sw/glossary.json"),
        R"({"schema": 1, "terms": [{"id": "model", "term": "Kielelezo", "definition": "Kazi inayogeuza ingizo kuwa tokeo."}]})");
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_school.isValid());
        writeSchoolLanguage(m_school.path());
        // As main() does from --languages-dir, before anything asks for the catalog.
        loopwise::startupOptions().languageDirs = {m_school.path()};
    }

    void shippedLanguagesAreFound()
    {
        const QStringList codes = LanguageCatalog({}).codes();
        for (const char *code : {"en", "de", "es", "fr", "ar"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
        QCOMPARE(LanguageCatalog({}).translationFile(QStringLiteral("ar")), QStringLiteral(":/i18n/loopwise_ar.qm"));
    }

    void eachLanguageIsNamedInItself()
    {
        QCOMPARE(LanguageCatalog::nativeName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(LanguageCatalog::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(LanguageCatalog::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(LanguageCatalog::nativeName(QStringLiteral("ar")), QStringLiteral("العربية"));
        QCOMPARE(LanguageCatalog::nativeName(QStringLiteral("sw")), QStringLiteral("Kiswahili"));
    }

    void folderLanguageIsAddedAndLaterFolderWins()
    {
        QTemporaryDir later;
        QVERIFY(QDir().mkpath(later.filePath(QStringLiteral("de"))));
        QVERIFY(
            QFile::copy(QStringLiteral(":/i18n/loopwise_de.qm"), later.filePath(QStringLiteral("de/loopwise_de.qm"))));
        // Neither a file whose name does not match its folder nor a stray file counts.
        writeFile(later.filePath(QStringLiteral("xx/loopwise_yy.qm")), "not read");
        writeFile(later.filePath(QStringLiteral("loopwise_zz.qm")), "not read");
        const LanguageCatalog catalog({m_school.path(), later.path()});
        QVERIFY(catalog.contains(QStringLiteral("sw")));
        QVERIFY(!catalog.contains(QStringLiteral("xx")));
        QVERIFY(!catalog.contains(QStringLiteral("yy")));
        QVERIFY(!catalog.contains(QStringLiteral("zz")));
        QCOMPARE(catalog.translationFile(QStringLiteral("de")), later.filePath(QStringLiteral("de/loopwise_de.qm")));
        QCOMPARE(catalog.translationFile(QStringLiteral("sw")), m_school.filePath(QStringLiteral("sw/loopwise_sw.qm")));
        QCOMPARE(catalog.codes().count(QStringLiteral("de")), 1);
    }

    void dataFolderHoldsTheLanguagesFolder()
    {
        QCOMPARE(LanguageCatalog::dataLanguagesFolder(m_school.path()), m_school.filePath(QStringLiteral("languages")));
    }

    void switchingAppliesAtOnceWithoutRestart()
    {
        loopwise::Preferences *preferences = loopwise::Preferences::instance();
        const QVariantList languages = preferences->languages();
        QVERIFY(std::any_of(languages.cbegin(), languages.cend(), [](const QVariant &language) {
            return language.toMap().value(QStringLiteral("name")) == QStringLiteral("Kiswahili");
        }));

        preferences->setLanguage(QStringLiteral("ar"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QLocale().textDirection(), Qt::RightToLeft);
        QVERIFY(QCoreApplication::translate("SettingsPage", "Language") != QStringLiteral("Language"));
        QCOMPARE(loopwise::CourseController::instance()->locale(), QStringLiteral("ar"));

        preferences->setLanguage(QStringLiteral("sw"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QCoreApplication::translate("SettingsPage", "Language"), QStringLiteral("Sprache"));
        // The folder is a content pack too: its glossary is laid over English.
        const QVariantMap term = loopwise::CourseController::instance()->term(QStringLiteral("model"));
        QCOMPARE(term.value(QStringLiteral("term")).toString(), QStringLiteral("Kielelezo"));

        preferences->setLanguage(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("SettingsPage", "Language"), QStringLiteral("Language"));
    }

    void packLacksAreListedAgainstEnglish()
    {
        const QList<loopwise::ContentIssue> missing = loopwise::content::missingAgainstEnglish(
            m_school.path(), QStringLiteral("sw"), QStringLiteral(":/content"));
        QStringList lines;
        for (const loopwise::ContentIssue &issue : missing)
            lines.append(issue.toString());
        const QString report = lines.join(u'\n');
        QVERIFY2(report.contains(QStringLiteral("sw/course.json: is missing")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("sw/modules/models-parameters-training.json: is missing")),
                 qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("lacks the term \"parameter\"")), qPrintable(report));
        QVERIFY2(!report.contains(QStringLiteral("lacks the term \"model\"")), qPrintable(report));
    }

    void missingBlockIsNamed()
    {
        QTemporaryDir pack;
        const QString english = QStringLiteral(":/content/en/modules/start-ai-intermediate.json");
        QFile file(english);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        QJsonObject root = document.object();
        QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
        QJsonObject first = sections.at(0).toObject();
        QJsonArray blocks = first.value(QStringLiteral("blocks")).toArray();
        const QString droppedId = blocks.at(0).toObject().value(QStringLiteral("id")).toString();
        blocks.removeAt(0);
        first.insert(QStringLiteral("blocks"), blocks);
        sections.replace(0, first);
        root.insert(QStringLiteral("sections"), sections);
        writeFile(pack.filePath(QStringLiteral("sw/modules/start-ai-intermediate.json")), QJsonDocument(root).toJson());
        const QList<loopwise::ContentIssue> missing
            = loopwise::content::missingAgainstEnglish(pack.path(), QStringLiteral("sw"), QStringLiteral(":/content"));
        const bool named = std::any_of(missing.cbegin(), missing.cend(), [&](const loopwise::ContentIssue &issue) {
            return issue.file.endsWith(QStringLiteral("start-ai-intermediate.json"))
                && issue.message.contains(QStringLiteral("lacks the block \"%1\"").arg(droppedId));
        });
        QVERIFY(named);
    }

    // A translated lab card without the settings English gives it opens the lab on its defaults.
    void missingFieldIsNamed()
    {
        QTemporaryDir pack;
        QFile file(QStringLiteral(":/content/en/modules/start-ai-intermediate.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
        QString strippedId;
        for (qsizetype s = 0; s < sections.size() && strippedId.isEmpty(); ++s) {
            QJsonObject section = sections.at(s).toObject();
            QJsonArray blocks = section.value(QStringLiteral("blocks")).toArray();
            for (qsizetype b = 0; b < blocks.size() && strippedId.isEmpty(); ++b) {
                QJsonObject block = blocks.at(b).toObject();
                if (!block.contains(QStringLiteral("settings")))
                    continue;
                strippedId = block.value(QStringLiteral("id")).toString();
                block.remove(QStringLiteral("settings"));
                blocks.replace(b, block);
            }
            section.insert(QStringLiteral("blocks"), blocks);
            sections.replace(s, section);
        }
        QVERIFY(!strippedId.isEmpty());
        root.insert(QStringLiteral("sections"), sections);
        writeFile(pack.filePath(QStringLiteral("sw/modules/start-ai-intermediate.json")), QJsonDocument(root).toJson());
        const QList<loopwise::ContentIssue> missing
            = loopwise::content::missingAgainstEnglish(pack.path(), QStringLiteral("sw"), QStringLiteral(":/content"));
        const QString expected = QStringLiteral("lacks the field \"settings\" of block \"%1\"").arg(strippedId);
        const bool named = std::any_of(missing.cbegin(), missing.cend(), [&](const loopwise::ContentIssue &issue) {
            return issue.message.contains(expected);
        });
        QVERIFY2(named, qPrintable(expected));
    }

    // Every shipped language has every file, term, outline entry, section and block English has,
    // except the fallbacks listed here on purpose (English is shown in their place).
    void shippedPacksAreCompleteOrListed()
    {
        const QMap<QString, QStringList> deliberateFallbacks{
            // The prompts lab's word lists, starter tasks and demonstration corpus are not yet in
            // Arabic: the lab that uses them is still being built.
            {QStringLiteral("ar"),
             {QStringLiteral("prompts/analyser.json"), QStringLiteral("prompts/demo_corpus.json"),
              QStringLiteral("prompts/patterns.json"), QStringLiteral("prompts/tasks.json")}},
        };
        const QStringList locales = QDir(QStringLiteral(":/content")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(locales.contains(QStringLiteral("ar")));
        QStringList unexpected;
        for (const QString &locale : locales) {
            if (locale == QLatin1String("en"))
                continue;
            const QList<loopwise::ContentIssue> missing = loopwise::content::missingAgainstEnglish(
                QStringLiteral(":/content"), locale, QStringLiteral(":/content"));
            for (const loopwise::ContentIssue &issue : missing) {
                const bool listed
                    = std::any_of(deliberateFallbacks.value(locale).cbegin(), deliberateFallbacks.value(locale).cend(),
                                  [&](const QString &file) { return issue.file.endsWith(file); });
                if (!listed)
                    unexpected.append(issue.toString());
            }
        }
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
    }

private:
    QTemporaryDir m_school;
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
