#include "InlineMarkup.h"

#include <QTest>

using loopwise::InlineMarkup;
using loopwise::MarkupSegment;
using Kind = loopwise::MarkupSegment::Kind;

class TestMarkup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        QCOMPARE(parsed.segments.at(1), (MarkupSegment{Kind::Term, QStringLiteral("parameters"), QStringLiteral("parameter")}));
        QCOMPARE(parsed.segments.at(3), (MarkupSegment{Kind::Term, QString(), QStringLiteral("loss")}));
        QCOMPARE(parsed.segments.at(5), (MarkupSegment{Kind::Lab, QStringLiteral("the lab"), QStringLiteral("network")}));
        QCOMPARE(parsed.segments.at(6).text, QStringLiteral("."));
    }

    void malformedMarkupIsReportedAndShownAsText_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("plain");
        QTest::newRow("unclosed") << "see [[loss" << "unclosed" << "see loss";
        QTest::newRow("bad id") << "a [[Not An Id|words]] b" << "does not name" << "a words b";
        QTest::newRow("empty words") << "a [[loss|]] b" << "empty text" << "a loss b";
        QTest::newRow("lab without words") << "[[lab:network]]" << "needs words" << "network";
        QTest::newRow("stray close") << "x ]] y" << "stray" << "x ]] y";
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
        QVERIFY(html.contains(QStringLiteral("&lt;img src=&quot;http://example.com/x.png&quot;&gt; &amp; &lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("href=\"term:loss\"")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
    }

    void focusedLinkIsMarked()
    {
        const auto parsed = InlineMarkup::parse(QStringLiteral("[[loss]] and [[gradient]]"));
        const auto names = [](const QString &id) { return id == QStringLiteral("loss") ? QStringLiteral("Loss") : QString(); };
        const QString html = InlineMarkup::toStyledText(parsed, QStringLiteral("blue"), 1, names);
        QVERIFY(html.contains(QStringLiteral(">Loss</b>")));            // resolved name, not focused
        QVERIFY(html.contains(QStringLiteral("<b><u>gradient</u></b>"))); // unresolved id shown, focused
    }
};

QTEST_GUILESS_MAIN(TestMarkup)
#include "tst_markup.moc"
