#pragma once
// A school's policy: the deployment file an administrator writes once for every device
// (README, "For schools"). It fixes or presets the language, theme and text size, turns labs
// off, allows or forbids the prompts lab's local model server, adds content and language
// folders, says where progress is kept, and holds the classroom and learning-record settings.
//
// The file is read line by line; a line that cannot be used is named in problems() and
// ignored, so that key keeps its safe default and everything else still applies.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace loopwise {

// One setting that the school either presets (the learner may change it) or fixes.
template<typename T>
struct PolicyChoice
{
    std::optional<T> value; // nothing: the app's own default
    bool locked = false; // the learner cannot change it ("Set by your school")
};

struct SchoolPolicy
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::SchoolPolicy)

public:
    enum class LearnerManagement { Everyone, Teacher };

    QString source; // the file it was read from; empty when there is none

    PolicyChoice<QString> language; // a language code
    PolicyChoice<bool> darkTheme;
    PolicyChoice<double> textScale; // 1.0 is 100 %
    std::optional<QStringList> labsOn; // nothing: every lab is on
    bool modelServerAllowed = true;
    QUrl modelServerAddress; // empty: any address the learner types
    QStringList contentDirs;
    QStringList languageDirs;
    QString progressDir; // empty: the user's data folder
    bool kiosk = false;
    LearnerManagement manageLearners = LearnerManagement::Everyone;
    QString teacherPinHash; // as --hash-pin writes it; empty: no PIN

    struct LearningRecords
    {
        QUrl endpoint; // empty: no statements are sent
        QString key;
        QString secret;
        QUrl activityBase; // empty: the app's own base
        bool sendNoteText = false;
    } learningRecords;

    QStringList problems; // "policy.conf, line 7: ...", translated

    bool labIsOn(const QString &id) const { return !labsOn || labsOn->contains(id); }

    // The policy in `text`; `fileName` names it in problems.
    static SchoolPolicy read(const QString &text, const QString &fileName);
    // The policy in the file at `path` (problems say why it cannot be read, if so).
    static SchoolPolicy load(const QString &path);
    // Where this platform keeps a system-wide policy (/etc/xdg/Loopwise/policy.conf on Linux,
    // %ProgramData%\Loopwise on Windows, /Library/Application Support/Loopwise on macOS),
    // most important first.
    static QStringList systemPaths();
    // The first of systemPaths() that exists, read; an empty policy when there is none.
    static SchoolPolicy loadSystem();

    // The teacher PIN as the policy stores it: PBKDF2-SHA256 with a random salt.
    static QString hashPin(const QString &pin);
    // Whether `pin` is the one teacherPinHash was made from.
    bool pinMatches(const QString &pin) const;
};

// The policy the app started with (the QML singletons and the labs read it).
SchoolPolicy &schoolPolicy();

} // namespace loopwise
