// The school's policy: every key read, every kind of bad line named with its line number and
// left out (the rest applies), the teacher PIN stored only as a hash, and what the policy
// fixes winning over the learner's choice in Preferences, the routes, the labs offered and
// the Settings page.
#include "../common/QuickTestEnvironment.h"

#include "CourseController.h"
#include "Routes.h"
#include "SchoolPolicy.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using loopwise::SchoolPolicy;

namespace {

SchoolPolicy read(const QString &text)
{
    return SchoolPolicy::read(text, QStringLiteral("/etc/xdg/Loopwise/policy.conf"));
}

const char *kWholePolicy = R"(# Every key, as the README's example has them
[language]
use = de
locked = yes

[theme]
use = dark
locked = no

[text-size]
use = 125 %
locked = true

[labs]
on = network, learning, prompts

[model-server]
allowed = no
address = http://127.0.0.1:11434

[folders]
content = /srv/loopwise/content
content = /srv/loopwise/more
languages = /srv/loopwise/languages
progress = /var/lib/loopwise

[classroom]
kiosk = yes
manage-learners = teacher
teacher-pin = %1

[learning-records]
endpoint = https://lrs.example.org/xapi/
key = school-key
secret = school-secret
activity-base = https://example.org/loopwise
note-text = no
)";

// The item with this objectName in the visual tree below `root` (pages live in a StackView,
// whose QObject children they are not).
QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

} // namespace

class SchoolPolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_environment.start(); }
    void cleanupTestCase() { m_environment.stop(); }
    void cleanup() { loopwise::schoolPolicy() = SchoolPolicy(); }

    void everyKeyIsRead()
    {
        const QString pin = SchoolPolicy::hashPin(QStringLiteral("2468"));
        const SchoolPolicy policy = read(QString::fromLatin1(kWholePolicy).arg(pin));
        QVERIFY2(policy.problems.isEmpty(), qPrintable(policy.problems.join(u'\n')));
        QCOMPARE(policy.language.value, QStringLiteral("de"));
        QVERIFY(policy.language.locked);
        QCOMPARE(policy.darkTheme.value, true);
        QVERIFY(!policy.darkTheme.locked);
        QCOMPARE(policy.textScale.value, 1.25);
        QVERIFY(policy.textScale.locked);
        QCOMPARE(policy.labsOn, QStringList({"network", "learning", "prompts"}));
        QVERIFY(policy.labIsOn(QStringLiteral("prompts")));
        QVERIFY(!policy.labIsOn(QStringLiteral("experts")));
        QVERIFY(!policy.modelServerAllowed);
        QCOMPARE(policy.modelServerAddress, QUrl(QStringLiteral("http://127.0.0.1:11434")));
        QCOMPARE(policy.contentDirs, QStringList({"/srv/loopwise/content", "/srv/loopwise/more"}));
        QCOMPARE(policy.languageDirs, QStringList({"/srv/loopwise/languages"}));
        QCOMPARE(policy.progressDir, QStringLiteral("/var/lib/loopwise"));
        QVERIFY(policy.kiosk);
        QCOMPARE(policy.manageLearners, SchoolPolicy::LearnerManagement::Teacher);
        QCOMPARE(policy.teacherPinHash, pin);
        QCOMPARE(policy.learningRecords.endpoint, QUrl(QStringLiteral("https://lrs.example.org/xapi/")));
        QCOMPARE(policy.learningRecords.key, QStringLiteral("school-key"));
        QCOMPARE(policy.learningRecords.secret, QStringLiteral("school-secret"));
        QCOMPARE(policy.learningRecords.activityBase, QUrl(QStringLiteral("https://example.org/loopwise")));
        QVERIFY(!policy.learningRecords.sendNoteText);
    }

    void noPolicyChangesNothing()
    {
        const SchoolPolicy policy = read(QString());
        QVERIFY(policy.problems.isEmpty());
        QVERIFY(!policy.language.value && !policy.darkTheme.value && !policy.textScale.value);
        QVERIFY(policy.labIsOn(QStringLiteral("experts")));
        QVERIFY(policy.modelServerAllowed);
        QVERIFY(!policy.kiosk);
        QCOMPARE(policy.manageLearners, SchoolPolicy::LearnerManagement::Everyone);
    }

    void badLinesAreNamedAndLeftOut_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        auto row = [](const char *name, const char *text, const char *problem) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(problem);
        };
        row("no section", "kiosk = yes", "policy.conf, line 1: \"kiosk\" must come after a [section] line.");
        row("unknown section", "# a comment\n[printing]\ncolour = yes",
            "policy.conf, line 2: there is no section [printing]; the sections are language, theme, text-size, labs, "
            "model-server, folders, classroom, learning-records.");
        row("section not closed", "[theme\nuse = dark", "policy.conf, line 1: a section name must end with ].");
        row("unknown key", "[theme]\ncolour = dark",
            "policy.conf, line 2: [theme] has no key \"colour\"; its keys are locked, use.");
        row("no equals sign", "[theme]\ndark", "policy.conf, line 2: write a setting as key = value.");
        row("language", "[language]\nuse = German",
            "policy.conf, line 2: \"German\" is not a language code such as de or ar.");
        row("flag", "[language]\nlocked = maybe", "policy.conf, line 2: write yes or no, not \"maybe\".");
        row("theme", "[theme]\nuse = blue", "policy.conf, line 2: the theme is light or dark, not \"blue\".");
        row("text size too large", "[text-size]\nuse = 300",
            "policy.conf, line 2: the text size is a percentage from 80 to 160, not \"300\".");
        row("text size not a number", "[text-size]\nuse = big",
            "policy.conf, line 2: the text size is a percentage from 80 to 160, not \"big\".");
        row("lab", "[labs]\non = network, chemistry",
            "policy.conf, line 2: there is no lab \"chemistry\"; the labs are network, learning, prompts, "
            "assumptions, experts.");
        row("address", "[model-server]\naddress = localhost:11434",
            "policy.conf, line 2: \"localhost:11434\" is not a web address starting with http:// or https://.");
        row("address scheme", "[learning-records]\nendpoint = ftp://lrs.example.org/",
            "policy.conf, line 2: \"ftp://lrs.example.org/\" is not a web address starting with http:// or https://.");
        row("relative folder", "[folders]\nprogress = progress",
            "policy.conf, line 2: \"progress\" is not a whole path to a folder (such as /srv/loopwise).");
        row("who manages", "[classroom]\nmanage-learners = pupils",
            "policy.conf, line 2: manage-learners is everyone or teacher, not \"pupils\".");
        row("plain pin", "[classroom]\nteacher-pin = 1234",
            "policy.conf, line 2: teacher-pin must be the line loopwise --hash-pin prints, never the PIN itself.");
        row("records without key", "[learning-records]\nendpoint = https://lrs.example.org/xapi/",
            "policy.conf: [learning-records] needs a key and a secret with its endpoint; no statements will be sent.");
        row("teacher without pin", "[classroom]\nmanage-learners = teacher",
            "policy.conf: manage-learners = teacher needs a teacher-pin; until one is set, anyone may.");
    }
    void badLinesAreNamedAndLeftOut()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        const SchoolPolicy policy = read(text);
        QCOMPARE(policy.problems, QStringList{problem});
        // The bad line changed nothing: the safe defaults stand.
        QVERIFY(!policy.language.value && !policy.darkTheme.value && !policy.textScale.value);
        QVERIFY(!policy.kiosk && policy.progressDir.isEmpty() && policy.learningRecords.endpoint.isEmpty());
        QCOMPARE(policy.manageLearners, SchoolPolicy::LearnerManagement::Everyone);
    }

    void aKeyGivenTwiceKeepsTheFirst()
    {
        const SchoolPolicy policy = read(QStringLiteral("[theme]\nuse = dark\nuse = light"));
        QCOMPARE(policy.problems,
                 QStringList{QStringLiteral("policy.conf, line 3: \"use\" is set twice; the first value is kept.")});
        QCOMPARE(policy.darkTheme.value, true);
    }

    void goodLinesApplyBesideBadOnes()
    {
        const SchoolPolicy policy = read(QStringLiteral("[theme]\nuse = blue\nlocked = yes\n[classroom]\nkiosk = yes"));
        QCOMPARE(policy.problems.size(), 1);
        QVERIFY(policy.kiosk);
        QVERIFY(policy.darkTheme.locked);
        QVERIFY(!policy.darkTheme.value); // locked to nothing: the app's default, which the learner cannot change
    }

    void filesThatCannotBeReadSaySo()
    {
        const SchoolPolicy missing = SchoolPolicy::load(QStringLiteral("/nonexistent/policy.conf"));
        QCOMPARE(missing.problems.size(), 1);
        QVERIFY2(missing.problems.first().startsWith(
                     QStringLiteral("The school's policy /nonexistent/policy.conf cannot be read: ")),
                 qPrintable(missing.problems.first()));
        QTemporaryDir dir;
        QFile huge(dir.filePath(QStringLiteral("policy.conf")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        huge.write(QByteArray(70 * 1024, '#'));
        huge.close();
        const SchoolPolicy tooLarge = SchoolPolicy::load(huge.fileName());
        QCOMPARE(
            tooLarge.problems,
            QStringList{
                QStringLiteral("The school's policy %1 is larger than 64 KiB; it was not read.").arg(huge.fileName())});
    }

    void systemPathsAreTheSystemsNotTheLearners()
    {
        const QStringList paths = SchoolPolicy::systemPaths();
        QVERIFY(!paths.isEmpty());
#if defined(Q_OS_LINUX)
        QVERIFY2(paths.contains(QStringLiteral("/etc/xdg/Loopwise/policy.conf")), qPrintable(paths.join(u' ')));
        for (const QString &path : paths)
            QVERIFY2(!path.startsWith(QDir::homePath()), qPrintable(path));
#endif
    }

    void pinIsKeptOnlyAsASaltedHash()
    {
        SchoolPolicy policy;
        policy.teacherPinHash = SchoolPolicy::hashPin(QStringLiteral("2468"));
        QVERIFY(!policy.teacherPinHash.contains(QStringLiteral("2468")));
        QVERIFY(policy.teacherPinHash.startsWith(QStringLiteral("pbkdf2-sha256$100000$")));
        QVERIFY(policy.pinMatches(QStringLiteral("2468")));
        QVERIFY(!policy.pinMatches(QStringLiteral("2469")));
        QVERIFY(!policy.pinMatches(QString()));
        // A fresh salt each time: the same PIN never gives the same line twice.
        QVERIFY(SchoolPolicy::hashPin(QStringLiteral("2468")) != policy.teacherPinHash);
    }

    void fixedSettingsWinOverTheLearner()
    {
        loopwise::Preferences *preferences = loopwise::Preferences::instance();
        preferences->setDarkTheme(false);
        preferences->setTextScale(1.0);
        loopwise::schoolPolicy() = read(QStringLiteral("[theme]\nuse = dark\nlocked = yes\n"
                                                       "[text-size]\nuse = 140\nlocked = yes\n"
                                                       "[language]\nuse = de\nlocked = yes"));
        QVERIFY(preferences->themeLocked() && preferences->textScaleLocked() && preferences->languageLocked());
        preferences->load(loopwise::Progress::instance()->store(), QStringLiteral("en")); // --lang en loses too
        QVERIFY(preferences->darkTheme());
        QCOMPARE(preferences->textScale(), 1.4);
        QCOMPARE(preferences->language(), QStringLiteral("de"));
        preferences->setDarkTheme(false);
        preferences->setTextScale(0.9);
        preferences->setLanguage(QStringLiteral("fr"));
        QVERIFY(preferences->darkTheme());
        QCOMPARE(preferences->textScale(), 1.4);
        QCOMPARE(preferences->language(), QStringLiteral("de"));

        loopwise::schoolPolicy() = SchoolPolicy();
        preferences->load(loopwise::Progress::instance()->store(), QStringLiteral("en"));
        QVERIFY(!preferences->themeLocked());
        preferences->setDarkTheme(false);
        QVERIFY(!preferences->darkTheme());
    }

    void presetSettingsAreOnlyDefaults()
    {
        loopwise::Preferences *preferences = loopwise::Preferences::instance();
        loopwise::schoolPolicy() = read(QStringLiteral("[text-size]\nuse = 120"));
        QVERIFY(!preferences->textScaleLocked());
        preferences->setTextScale(0.9); // the learner's own choice is kept
        preferences->load(loopwise::Progress::instance()->store(), QStringLiteral("en"));
        QCOMPARE(preferences->textScale(), 0.9);
    }

    void labsTurnedOffAreNotOfferedNorOpened()
    {
        loopwise::schoolPolicy() = read(QStringLiteral("[labs]\non = network, learning"));
        const loopwise::Route route = loopwise::Route::parse(QStringLiteral("lab/experts"));
        QVERIFY(!route.valid);
        QCOMPARE(route.error, QStringLiteral("Your school has turned off the lab \"Mixture of experts\"."));
        QVERIFY(loopwise::Route::parse(QStringLiteral("lab/network")).valid);
        QStringList offered;
        for (const QVariant &lab : loopwise::CourseController::instance()->labs())
            offered.append(lab.toMap().value(QStringLiteral("id")).toString());
        offered.sort();
        QCOMPARE(offered, QStringList({"learning", "network"}));
    }

    void settingsPageShowsWhatTheSchoolSet()
    {
        loopwise::schoolPolicy() = read(QStringLiteral("[theme]\nuse = light\nlocked = yes"));
        QQmlApplicationEngine engine;
        m_environment.attach(&engine);
        engine.setInitialProperties({{QStringLiteral("startRoute"), QStringLiteral("settings")}});
        engine.load(QUrl(QStringLiteral("qrc:/Loopwise/qml/Main.qml")));
        QVERIFY(!engine.rootObjects().isEmpty());
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QQuickItem *themeLock = nullptr;
        QTRY_VERIFY((themeLock = findItem(window->contentItem(), QStringLiteral("themeLock"))));
        QTRY_VERIFY(themeLock->isVisible());
        QCOMPARE(themeLock->property("text").toString(), QStringLiteral("Set by your school"));
        QQuickItem *languageLock = findItem(window->contentItem(), QStringLiteral("languageLock"));
        QVERIFY(languageLock && !languageLock->isVisible());
        window->close();
        loopwise::Preferences::instance()->setEngine(nullptr);
    }

private:
    QuickTestEnvironment m_environment;
};

QTEST_MAIN(SchoolPolicyTest)
#include "tst_schoolpolicy.moc"
