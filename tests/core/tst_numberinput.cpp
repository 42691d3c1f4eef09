// Numbers typed in any digits: parseTypedNumber and the NumberValidator the lab fields use.
#include "NumberInput.h"

#include <QTest>

#include <cmath>

using loopwise::NumberValidator;
using loopwise::parseTypedNumber;

class TestNumberInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryScript_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("expected");
        QTest::newRow("en ascii") << "en"
                                  << "0.03" << 0.03;
        QTest::newRow("en grouped") << "en"
                                    << "1,000.5" << 1000.5;
        QTest::newRow("en comma as decimal") << "en"
                                             << "0,5" << 0.5;
        QTest::newRow("en exponent") << "en"
                                     << "1e-4" << 1e-4;
        QTest::newRow("en unicode minus") << "en"
                                          << "\u22122.5" << -2.5;
        QTest::newRow("de comma") << "de"
                                  << "0,25" << 0.25;
        QTest::newRow("de ascii point") << "de"
                                        << "0.03" << 0.03;
        QTest::newRow("de grouped") << "de"
                                    << "1.000" << 1000.0;
        QTest::newRow("fr narrow space group") << "fr"
                                               << "1\u202F000,5" << 1000.5;
        QTest::newRow("ar arabic-indic") << "ar"
                                         << "\u0660\u066B\u0660\u0663" << 0.03; // ٠٫٠٣
        QTest::newRow("ar arabic-indic grouped") << "ar"
                                                 << "\u0663\u066C\u0660\u0660\u0660" << 3000.0; // ٣٬٠٠٠
        QTest::newRow("ar ascii") << "ar"
                                  << "0.5" << 0.5;
        QTest::newRow("ar with rlm mark") << "ar"
                                          << "\u200F-\u0665" << -5.0;
        QTest::newRow("ar locale's own text") << "ar" << QLocale(QStringLiteral("ar")).toString(12.75) << 12.75;
        QTest::newRow("fa eastern digits") << "en"
                                           << "\u06F0\u066B\u06F5" << 0.5; // ۰٫۵
        QTest::newRow("mixed digits") << "ar"
                                      << "1\u0662" << 12.0;
    }
    void readsEveryScript()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(double, expected);
        const std::optional<double> value = parseTypedNumber(typed, QLocale(locale));
        QVERIFY2(value.has_value(), qPrintable(typed));
        QCOMPARE(*value, expected);
    }

    void refusesWhatIsNoNumber_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << "";
        QTest::newRow("letters") << "abc";
        QTest::newRow("two decimal points") << "1.2.3";
        QTest::newRow("bare minus") << "-";
        QTest::newRow("open exponent") << "1e";
        QTest::newRow("infinite") << "1e999";
        QTest::newRow("mixed separators") << "1,2.3,4";
    }
    void refusesWhatIsNoNumber()
    {
        QFETCH(QString, typed);
        QVERIFY(!parseTypedNumber(typed, QLocale(QStringLiteral("en"))).has_value());
    }

    void validatorAcceptsArabicDigitsInRange()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QStringLiteral("ar")));
        NumberValidator validator;
        validator.setBottom(0);
        validator.setTop(1000);
        int position = 0;
        QString inRange = QStringLiteral("\u0660\u066B\u0665"); // ٠٫٥
        QString tooLarge = QStringLiteral("\u0662\u0660\u0660\u0660"); // ٢٠٠٠
        QString halfTyped = QStringLiteral("-");
        QString letters = QStringLiteral("x1");
        QCOMPARE(validator.validate(inRange, position), QValidator::Acceptable);
        QCOMPARE(validator.validate(tooLarge, position), QValidator::Intermediate);
        QCOMPARE(validator.validate(halfTyped, position), QValidator::Intermediate);
        QCOMPARE(validator.validate(letters, position), QValidator::Invalid);
        QLocale::setDefault(previous);
    }

    void qmlParseIsNanForText()
    {
        const loopwise::NumberInput input;
        QVERIFY(std::isnan(input.parse(QStringLiteral("zero"))));
        QCOMPARE(input.parse(QStringLiteral("2")), 2.0);
    }
};

QTEST_GUILESS_MAIN(TestNumberInput)
#include "tst_numberinput.moc"
