#include "SchoolPolicy.h"

#include "Labs.h"
#include "UiScale.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <cmath>
#include <functional>

namespace loopwise {

namespace {

constexpr qint64 kMaxFileBytes = 64 * 1024; // a policy is a few dozen lines
constexpr int kPinIterations = 100000;
constexpr int kPinSaltBytes = 16;
constexpr int kPinHashBytes = 32;
const QString kPinScheme = QStringLiteral("pbkdf2-sha256");

// Reads one file's lines into a policy, collecting a problem per line it cannot use.
class PolicyReader
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::SchoolPolicy)

public:
    PolicyReader(SchoolPolicy *policy, const QString &fileName)
        : m_policy(policy)
        , m_fileName(fileName)
    {}

    void read(const QString &text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            m_line = i + 1;
            readLine(lines.at(i).trimmed());
        }
        m_line = 0;
        checkWhole();
    }

private:
    using Handler = std::function<void(const QString &value)>;

    void readLine(const QString &line)
    {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            return;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']'))) {
                //: A line of the school's policy file; [ and ] are typed as they are
                problem(tr("a section name must end with ]."));
                m_section = QStringLiteral("?"); // its keys are not said again
                return;
            }
            m_section = line.mid(1, line.size() - 2).trimmed().toLower();
            if (!sections().contains(m_section)) {
                //: %1 a section name of the school's policy file, %2 the list of the known ones
                problem(tr("there is no section [%1]; the sections are %2.")
                            .arg(m_section, sections().join(QStringLiteral(", "))));
                m_section = QStringLiteral("?");
            }
            return;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0) {
            //: A line of the school's policy file that is neither "key = value", a [section] nor a # comment
            problem(tr("write a setting as key = value."));
            return;
        }
        const QString key = line.left(equals).trimmed().toLower();
        const QString value = line.mid(equals + 1).trimmed();
        if (m_section.isEmpty()) {
            //: %1 a key of the school's policy file
            problem(tr("\"%1\" must come after a [section] line.").arg(key));
            return;
        }
        if (m_section == QLatin1String("?"))
            return; // the unknown section was said once
        const QString whole = m_section + QLatin1Char('/') + key;
        const auto handler = handlers().constFind(whole);
        if (handler == handlers().constEnd()) {
            //: %1 a key, %2 a section of the school's policy file, %3 the keys that section has
            problem(tr("[%2] has no key \"%1\"; its keys are %3.").arg(key, m_section, keysOf(m_section)));
            return;
        }
        if (m_seen.contains(whole) && !repeatable().contains(whole)) {
            //: %1 a key of the school's policy file, given twice in one section
            problem(tr("\"%1\" is set twice; the first value is kept.").arg(key));
            return;
        }
        m_seen.insert(whole);
        (*handler)(value);
    }

    // What can only be judged from the whole file.
    void checkWhole()
    {
        const SchoolPolicy::LearningRecords &records = m_policy->learningRecords;
        if (!records.endpoint.isEmpty() && (records.key.isEmpty() || records.secret.isEmpty())) {
            //: The school's policy file names a learning record store without its key and secret
            problem(tr("[learning-records] needs a key and a secret with its endpoint; no statements will be sent."));
            m_policy->learningRecords.endpoint.clear();
        }
        if (m_policy->manageLearners == SchoolPolicy::LearnerManagement::Teacher
            && m_policy->teacherPinHash.isEmpty()) {
            //: The school's policy file lets only the teacher manage learners but sets no teacher PIN
            problem(tr("manage-learners = teacher needs a teacher-pin; until one is set, anyone may."));
            m_policy->manageLearners = SchoolPolicy::LearnerManagement::Everyone;
        }
    }

    static const QStringList &sections()
    {
        static const QStringList names{QStringLiteral("language"),     QStringLiteral("theme"),
                                       QStringLiteral("text-size"),    QStringLiteral("labs"),
                                       QStringLiteral("model-server"), QStringLiteral("folders"),
                                       QStringLiteral("classroom"),    QStringLiteral("learning-records")};
        return names;
    }
    static const QSet<QString> &repeatable()
    {
        static const QSet<QString> keys{QStringLiteral("folders/content"), QStringLiteral("folders/languages")};
        return keys;
    }
    QString keysOf(const QString &section)
    {
        QStringList keys;
        for (auto it = handlers().constBegin(); it != handlers().constEnd(); ++it)
            if (it.key().startsWith(section + QLatin1Char('/')))
                keys.append(it.key().section(QLatin1Char('/'), 1));
        keys.sort();
        return keys.join(QStringLiteral(", "));
    }

    const QHash<QString, Handler> &handlers()
    {
        if (!m_handlers.isEmpty())
            return m_handlers;
        SchoolPolicy *p = m_policy;
        m_handlers = {
            {QStringLiteral("language/use"),
             [this, p](const QString &v) {
                 static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}$"));
                 if (code.match(v).hasMatch())
                     p->language.value = v;
                 else
                     //: %1 what the policy file gives as a language
                     problem(tr("\"%1\" is not a language code such as de or ar.").arg(v));
             }},
            {QStringLiteral("language/locked"), [this, p](const QString &v) { flag(v, &p->language.locked); }},
            {QStringLiteral("theme/use"),
             [this, p](const QString &v) {
                 if (v == QLatin1String("light") || v == QLatin1String("dark"))
                     p->darkTheme.value = v == QLatin1String("dark");
                 else
                     //: %1 what the policy file gives as the theme; light and dark are typed as they are
                     problem(tr("the theme is light or dark, not \"%1\".").arg(v));
             }},
            {QStringLiteral("theme/locked"), [this, p](const QString &v) { flag(v, &p->darkTheme.locked); }},
            {QStringLiteral("text-size/use"),
             [this, p](const QString &v) {
                 const int low = static_cast<int>(std::lround(UiScale::kMinTextScale * 100));
                 const int high = static_cast<int>(std::lround(UiScale::kMaxTextScale * 100));
                 bool ok = false;
                 const int percent = QString(v).remove(QLatin1Char('%')).trimmed().toInt(&ok);
                 if (ok && percent >= low && percent <= high)
                     p->textScale.value = percent / 100.0;
                 else
                     //: %1 what the policy file gives as the text size, %2 and %3 the smallest and largest percentages
                     problem(tr("the text size is a percentage from %2 to %3, not \"%1\".").arg(v).arg(low).arg(high));
             }},
            {QStringLiteral("text-size/locked"), [this, p](const QString &v) { flag(v, &p->textScale.locked); }},
            {QStringLiteral("labs/on"), [this, p](const QString &v) { readLabs(v, p); }},
            {QStringLiteral("model-server/allowed"), [this, p](const QString &v) { flag(v, &p->modelServerAllowed); }},
            {QStringLiteral("model-server/address"),
             [this, p](const QString &v) { p->modelServerAddress = webAddress(v); }},
            {QStringLiteral("folders/content"),
             [this, p](const QString &v) {
                 if (absolute(v))
                     p->contentDirs.append(v);
             }},
            {QStringLiteral("folders/languages"),
             [this, p](const QString &v) {
                 if (absolute(v))
                     p->languageDirs.append(v);
             }},
            {QStringLiteral("folders/progress"),
             [this, p](const QString &v) {
                 if (absolute(v))
                     p->progressDir = v;
             }},
            {QStringLiteral("classroom/kiosk"), [this, p](const QString &v) { flag(v, &p->kiosk); }},
            {QStringLiteral("classroom/manage-learners"),
             [this, p](const QString &v) {
                 if (v == QLatin1String("everyone"))
                     p->manageLearners = SchoolPolicy::LearnerManagement::Everyone;
                 else if (v == QLatin1String("teacher"))
                     p->manageLearners = SchoolPolicy::LearnerManagement::Teacher;
                 else
                     //: %1 what the policy file gives; everyone and teacher are typed as they are
                     problem(tr("manage-learners is everyone or teacher, not \"%1\".").arg(v));
             }},
            {QStringLiteral("classroom/teacher-pin"),
             [this, p](const QString &v) {
                 if (isPinHash(v))
                     p->teacherPinHash = v;
                 else
                     //: loopwise --hash-pin is a command typed as it is
                     problem(tr("teacher-pin must be the line loopwise --hash-pin prints, never the PIN itself."));
             }},
            {QStringLiteral("learning-records/endpoint"),
             [this, p](const QString &v) { p->learningRecords.endpoint = webAddress(v); }},
            {QStringLiteral("learning-records/key"), [p](const QString &v) { p->learningRecords.key = v; }},
            {QStringLiteral("learning-records/secret"), [p](const QString &v) { p->learningRecords.secret = v; }},
            {QStringLiteral("learning-records/activity-base"),
             [this, p](const QString &v) { p->learningRecords.activityBase = webAddress(v); }},
            {QStringLiteral("learning-records/note-text"),
             [this, p](const QString &v) { flag(v, &p->learningRecords.sendNoteText); }},
        };
        return m_handlers;
    }

    void flag(const QString &value, bool *target)
    {
        const QString v = value.toLower();
        if (v == QLatin1String("yes") || v == QLatin1String("true"))
            *target = true;
        else if (v == QLatin1String("no") || v == QLatin1String("false"))
            *target = false;
        else
            //: %1 what the policy file gives where yes or no is expected; yes and no are typed as they are
            problem(tr("write yes or no, not \"%1\".").arg(value));
    }

    void readLabs(const QString &value, SchoolPolicy *policy)
    {
        QStringList on;
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = part.trimmed();
            if (isLabId(id))
                on.append(id);
            else
                //: %1 a lab id the policy file names, %2 the list of lab ids
                problem(tr("there is no lab \"%1\"; the labs are %2.").arg(id, labIds().join(QStringLiteral(", "))));
        }
        policy->labsOn = on;
    }

    QUrl webAddress(const QString &value)
    {
        const QUrl url(value, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty()
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
            return url;
        //: %1 what the policy file gives where a web address is expected
        problem(tr("\"%1\" is not a web address starting with http:// or https://.").arg(value));
        return {};
    }

    bool absolute(const QString &path)
    {
        if (!path.isEmpty() && QDir::isAbsolutePath(path))
            return true;
        //: %1 what the policy file gives where a folder is expected
        problem(tr("\"%1\" is not a whole path to a folder (such as /srv/loopwise).").arg(path));
        return false;
    }

    void problem(const QString &text)
    {
        //: %1 the policy file's name, %2 a line number, %3 what is wrong there
        m_policy->problems.append(m_line > 0 ? tr("%1, line %2: %3").arg(m_fileName).arg(m_line).arg(text)
                                             //: %1 the policy file's name, %2 what is wrong with it
                                             : tr("%1: %2").arg(m_fileName, text));
    }

    static bool isPinHash(const QString &text)
    {
        const QStringList parts = text.split(QLatin1Char('$'));
        if (parts.size() != 4 || parts.at(0) != kPinScheme)
            return false;
        bool ok = false;
        const int iterations = parts.at(1).toInt(&ok);
        const auto salt
            = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const auto hash
            = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        return ok && iterations >= 10000 && salt && salt.decoded.size() >= 8 && hash
            && hash.decoded.size() == kPinHashBytes;
    }

    SchoolPolicy *m_policy;
    QString m_fileName;
    QHash<QString, Handler> m_handlers;
    QSet<QString> m_seen;
    QString m_section;
    int m_line = 0;
};

QByteArray derivePin(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                              pin.normalized(QString::NormalizationForm_C).toUtf8(), salt, iterations,
                                              kPinHashBytes);
}

} // namespace

SchoolPolicy SchoolPolicy::read(const QString &text, const QString &fileName)
{
    SchoolPolicy policy;
    policy.source = fileName;
    PolicyReader(&policy, QFileInfo(fileName).fileName()).read(text);
    return policy;
}

SchoolPolicy SchoolPolicy::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SchoolPolicy policy;
        policy.source = path;
        //: %1 the path of the school's policy file, %2 the system's reason
        policy.problems.append(tr("The school's policy %1 cannot be read: %2").arg(path, file.errorString()));
        return policy;
    }
    if (file.size() > kMaxFileBytes) {
        SchoolPolicy policy;
        policy.source = path;
        //: %1 the path of the school's policy file, %2 its largest size in KiB
        policy.problems.append(
            tr("The school's policy %1 is larger than %2 KiB; it was not read.").arg(path).arg(kMaxFileBytes / 1024));
        return policy;
    }
    return read(QString::fromUtf8(file.readAll()), path);
}

QStringList SchoolPolicy::systemPaths()
{
    const QString name = QStringLiteral("Loopwise/policy.conf");
#if defined(Q_OS_WIN)
    const QString programData = qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"));
    return {QDir::fromNativeSeparators(programData) + QLatin1Char('/') + name};
#elif defined(Q_OS_MACOS)
    return {QStringLiteral("/Library/Application Support/") + name};
#else
    // The system's configuration folders ($XDG_CONFIG_DIRS, /etc/xdg), never the learner's own.
    QStringList paths;
    const QString own = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    for (const QString &dir : QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation))
        if (dir != own)
            paths.append(dir + QLatin1Char('/') + name);
    return paths;
#endif
}

SchoolPolicy SchoolPolicy::loadSystem()
{
    for (const QString &path : systemPaths())
        if (QFileInfo::exists(path))
            return load(path);
    return {};
}

QString SchoolPolicy::hashPin(const QString &pin)
{
    QByteArray salt(kPinSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return QStringList{kPinScheme, QString::number(kPinIterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(derivePin(pin, salt, kPinIterations).toBase64())}
        .join(QLatin1Char('$'));
}

bool SchoolPolicy::pinMatches(const QString &pin) const
{
    const QStringList parts = teacherPinHash.split(QLatin1Char('$'));
    if (parts.size() != 4)
        return false;
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray got = derivePin(pin, QByteArray::fromBase64(parts.at(2).toLatin1()), parts.at(1).toInt());
    // Compared in full whatever differs first, so the time taken says nothing.
    unsigned char difference = expected.size() == got.size() ? 0 : 1;
    for (qsizetype i = 0; i < std::min(expected.size(), got.size()); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ got.at(i));
    return difference == 0;
}

SchoolPolicy &schoolPolicy()
{
    static SchoolPolicy policy;
    return policy;
}

} // namespace loopwise
