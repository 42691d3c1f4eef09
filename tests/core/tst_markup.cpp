#include "InlineMarkup.h"

#include <QTest>

using loopwise::InlineMarkup;
using loopwise::MarkupSegment;
using Kind = loopwise::MarkupSegment::Kind;

class TestMarkup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // An example's paragraphs are cut in C++, not by splitting strings in QML.
    void paragraphsAreSeparatedByABlankLine()
    {
        QCOMPARE(InlineMarkup::paragraphs(QStringLiteral("First [[loss]].\n\nSecond,\nstill second.\n \n\nThird.\n")),
                 (QStringList{QStringLiteral("First [[loss]]."), QStringLiteral("Second,\nstill second."),
                              QStringLiteral("Third.")}));
        QCOMPARE(InlineMarkup::paragraphs(QStringLiteral("One.")), QStringList{QStringLiteral("One.")});
        QVERIFY(InlineMarkup::paragraphs(QStringLiteral("\n\n")).isEmpty());
    }

    void plainTextIsOneSegment()
    {
        const auto parsed = InlineMarkup::parse(QStringLiteral("A model is a function."));
        QVERIFY(parsed.errors.isEmpty());
        QCOMPARE(parsed.segments.size(), 1);
        QCOMPARE(parsed.segments.first(), (MarkupSegment{Kind::Text, QStringLiteral("A model is a function."), {}}));
    }

    void termsAndLabs()
    {
        const auto parsed = InlineMarkup::parse(
            QStringLiteral("Tune [[parameter|parameters]], watch the [[loss]], open [[lab:network|the lab]]."));
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(u'\n')));
        QCOMPARE(parsed.segments.size(), 7);
        QCOMPARE(parsed.segments.at(1),
                 (MarkupSegment{Kind::Term, QStringLiteral("parameters"), QStringLiteral("parameter")}));
        QCOMPARE(parsed.segments.at(3), (MarkupSegment{Kind::Term, QString(), QStringLiteral("loss")}));
        QCOMPARE(parsed.segments.at(5),
                 (MarkupSegment{Kind::Lab, QStringLiteral("the lab"), QStringLiteral("network")}));
        QCOMPARE(parsed.segments.at(6).text, QStringLiteral("."));
    }

    // Glossary tips in right-to-left text: the terms are found whatever the script around them.
    void termsInArabicText()
    {
        const auto parsed = InlineMarkup::parse(
            QStringLiteral("يحدّد [[learning-rate|معدل التعلم]] حجم الخطوة، و[[overfitting]] (overfitting) خطر."));
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(u'\n')));
        QCOMPARE(parsed.segments.size(), 5);
        QCOMPARE(parsed.segments.at(1),
                 (MarkupSegment{Kind::Term, QStringLiteral("معدل التعلم"), QStringLiteral("learning-rate")}));
        QCOMPARE(parsed.segments.at(3), (MarkupSegment{Kind::Term, QString(), QStringLiteral("overfitting")}));
        QCOMPARE(parsed.segments.at(4).text, QStringLiteral(" (overfitting) خطر."));
    }

    void malformedMarkupIsReportedAndShownAsText_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("plain");
        QTest::newRow("unclosed") << "see [[loss"
                                  << "unclosed"
                                  << "see loss";
        QTest::newRow("bad id") << "a [[Not An Id|words]] b"
                                << "does not name"
                                << "a words b";
        QTest::newRow("empty words") << "a [[loss|]] b"
                                     << "empty text"
                                     << "a loss b";
        QTest::newRow("lab without words") << "[[lab:network]]"
                                           << "needs words"
                                           << "network";
        QTest::newRow("stray close") << "x ]] y"
                                     << "stray"
                                     << "x ]] y";
    }
    void malformedMarkupIsReportedAndShownAsText()
    {
        QFETCH(QString, source);
        QFETCH(QString, error);
        QFETCH(QString, plain);
        const auto parsed = InlineMarkup::parse(source);
        QCOMPARE(parsed.errors.size(), 1);
        QVERIFY2(parsed.errors.first().contains(error), qPrintable(parsed.errors.first()));
        QCOMPARE(InlineMarkup::toPlainText(parsed), plain);
    }

    void styledTextEscapesEverything()
    {
        // Nothing from a content file can become markup of its own: no tags, no remote images.
        const auto parsed = InlineMarkup::parse(
            QStringLiteral("<img src=\"http://example.com/x.png\"> & <script>alert(1)</script> [[loss|<b>x</b>]]"));
        const QString html = InlineMarkup::toStyledText(parsed, QStringLiteral("#123456"));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(
            html.contains(QStringLiteral("&lt;img src=&quot;http://example.com/x.png&quot;&gt; &amp; &lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("href=\"term:loss\"")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
    }

    void focusedLinkIsMarked()
    {
        const auto parsed = InlineMarkup::parse(QStringLiteral("[[loss]] and [[gradient]]"));
        const auto names
            = [](const QString &id) { return id == QStringLiteral("loss") ? QStringLiteral("Loss") : QString(); };
        const QString html = InlineMarkup::toStyledText(parsed, QStringLiteral("blue"), 1, names);
        QVERIFY(html.contains(QStringLiteral(">Loss</b>"))); // resolved name, not focused
        QVERIFY(html.contains(QStringLiteral("<b><u>gradient</u></b>"))); // unresolved id shown, focused
    }

    // What a link the reader taps opens is read here, not by cutting strings in QML.
    void linksReadBack_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("target");
        QTest::newRow("term") << "term:learning-rate" << int(Kind::Term) << "learning-rate";
        QTest::newRow("lab") << "lab:network" << int(Kind::Lab) << "network";
        QTest::newRow("no id") << "term:" << int(Kind::Text) << "";
        QTest::newRow("bad id") << "lab:Net work" << int(Kind::Text) << "";
        QTest::newRow("other scheme") << "javascript:alert(1)" << int(Kind::Text) << "";
        QTest::newRow("prefix inside") << "xterm:loss" << int(Kind::Text) << "";
    }
    void linksReadBack()
    {
        QFETCH(QString, link);
        const MarkupSegment read = InlineMarkup::parseLink(link);
        QTEST(int(read.kind), "kind");
        QTEST(read.target, "target");
        if (read.kind != Kind::Text)
            QCOMPARE(InlineMarkup::linkOf(read), link);
    }

    void styledTextLinksAreTheLinksReadBack()
    {
        const auto parsed = InlineMarkup::parse(QStringLiteral("[[loss]] [[lab:learning|the lab]]"));
        const QString html = InlineMarkup::toStyledText(parsed, QStringLiteral("blue"));
        for (const MarkupSegment &segment : parsed.segments) {
            if (segment.kind == Kind::Text)
                continue;
            QVERIFY(html.contains(QStringLiteral("href=\"%1\"").arg(InlineMarkup::linkOf(segment))));
            QCOMPARE(InlineMarkup::parseLink(InlineMarkup::linkOf(segment)).target, segment.target);
        }
    }
};

QTEST_GUILESS_MAIN(TestMarkup)
#include "tst_markup.moc"
