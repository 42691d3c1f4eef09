// The glossary in each language's own order (QCollator) and a search that ignores case,
// accents and Arabic short vowels.
#include "CourseRepository.h"
#include "GlossaryModel.h"
#include "SearchText.h"

#include <QCollator>
#include <QTest>

using loopwise::foldForSearch;
using loopwise::searchMatches;

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchIgnoresCaseAccentsAndVowels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::newRow("case") << "Learning rate"
                              << "LEARNING";
        QTest::newRow("accent typed plain") << "Régularisation"
                                            << "regularisation";
        QTest::newRow("umlaut typed plain") << "Verlustfunktion über"
                                            << "uber";
        QTest::newRow("spanish tilde") << "Señal"
                                       << "senal";
        QTest::newRow("arabic harakat in text") << "مُعَدَّلُ التَّعَلُّم"
                                                << "معدل التعلم";
        QTest::newRow("arabic harakat in query") << "معدل التعلم"
                                                 << "مُعَدَّل";
        QTest::newRow("arabic hamza forms") << "أخطاء"
                                            << "اخطاء";
        QTest::newRow("arabic alef maqsura") << "مستوى"
                                             << "مستوي";
        QTest::newRow("arabic ta marbuta") << "دقة"
                                           << "دقه";
        QTest::newRow("arabic tatweel") << "نمـــوذج"
                                        << "نموذج";
        QTest::newRow("latin term in arabic") << "خطأ overfitting في النموذج"
                                              << "Overfitting";
    }
    void searchIgnoresCaseAccentsAndVowels()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QVERIFY2(searchMatches(text, query),
                 qPrintable(foldForSearch(text) + QStringLiteral(" / ") + foldForSearch(query)));
    }

    void differentWordsStayDifferent()
    {
        QVERIFY(!searchMatches(QStringLiteral("معدل"), QStringLiteral("نموذج")));
        QVERIFY(!searchMatches(QStringLiteral("loss"), QStringLiteral("lost")));
    }

    void filterModelUsesTheFolding()
    {
        loopwise::GlossaryModel terms;
        terms.setTerms({{QStringLiteral("learning-rate"), QStringLiteral("مُعَدَّلُ التَّعَلُّم"), QStringLiteral("حجم الخطوة")},
                        {QStringLiteral("model"), QStringLiteral("النموذج"), QStringLiteral("دالة")}});
        loopwise::GlossaryFilterModel filter;
        filter.setSourceModel(&terms);
        filter.setQuery(QStringLiteral("معدل"));
        QCOMPARE(filter.count(), 1);
        QCOMPARE(filter.rowOf(QStringLiteral("learning-rate")), 0);
        filter.setQuery(QString());
        QCOMPARE(filter.count(), 2);
    }

    void glossarySortsByTheLanguagesCollation_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char *locale : {"en", "de", "ar"})
            QTest::newRow(locale) << QString::fromLatin1(locale);
    }
    void glossarySortsByTheLanguagesCollation()
    {
        QFETCH(QString, locale);
        loopwise::CourseRepository repository;
        repository.load(locale);
        const QList<loopwise::GlossaryTerm> &glossary = repository.glossary();
        QVERIFY(glossary.size() > 10);
        QCollator collator{QLocale(locale)};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        for (qsizetype i = 1; i < glossary.size(); ++i)
            QVERIFY2(collator.compare(glossary.at(i - 1).term, glossary.at(i).term) <= 0,
                     qPrintable(glossary.at(i - 1).term + QStringLiteral(" > ") + glossary.at(i).term));
    }

    void collationIsTheLanguagesNotTheSystems()
    {
        // German sorts Ä with A; Swedish after Z. The order must follow the reader's language.
        QCollator german{QLocale(QStringLiteral("de"))};
        QCollator swedish{QLocale(QStringLiteral("sv"))};
        QVERIFY(german.compare(QStringLiteral("Äpfel"), QStringLiteral("Birne")) < 0);
        QVERIFY(swedish.compare(QStringLiteral("Äpfel"), QStringLiteral("Birne")) > 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
