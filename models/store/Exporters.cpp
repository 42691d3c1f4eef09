#include "Exporters.h"

#include "StoreMessages.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace loopwise {

namespace {

const QString XapiBase = QStringLiteral("https://loopwise.app/xapi/");
const QString AdlVerbs = QStringLiteral("http://adlnet.gov/expapi/verbs/");
const QString AdlActivities = QStringLiteral("http://adlnet.gov/expapi/activities/");

// The learner's name goes into a heading line; their notes stay Markdown on purpose.
QString escapeMarkdown(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()#+-.!<>|~");
    QString escaped;
    for (const QChar c : text) {
        if (special.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

// RFC 4180 quoting; a leading = + - @ is defused so spreadsheets show text, not a formula.
QString csvField(const QString &value)
{
    QString field = value;
    if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
        || field.contains(QLatin1Char('\r')))
        field = QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return field;
}

QString optionalTime(qint64 ms)
{
    return ms > 0 ? isoTimestamp(ms) : QString();
}

QString iriPart(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

struct XapiTarget
{
    QString verb;
    QString activityIri;
    QString activityType;
};

std::optional<XapiTarget> xapiTarget(const Event &event)
{
    const QString module = XapiBase + QStringLiteral("module/") + iriPart(event.moduleId);
    switch (event.kind) {
    case EventKind::ModuleOpened:
        return XapiTarget{QStringLiteral("experienced"), module, QStringLiteral("module")};
    case EventKind::ModuleCompleted:
        return XapiTarget{QStringLiteral("completed"), module, QStringLiteral("module")};
    case EventKind::CardOpened:
        return XapiTarget{QStringLiteral("experienced"),
                          module + QStringLiteral("/card/")
                              + iriPart(event.payload.value(QLatin1String("cardId")).toString()),
                          QStringLiteral("interaction")};
    case EventKind::QuestionAnswered:
        return XapiTarget{QStringLiteral("answered"),
                          module + QStringLiteral("/question/")
                              + iriPart(event.payload.value(QLatin1String("questionId")).toString()),
                          QStringLiteral("cmi.interaction")};
    default:
        return std::nullopt;
    }
}

QJsonObject xapiStatement(const ProfileInfo &profile, const Event &event, const XapiTarget &target)
{
    QJsonObject statement{
        // The event id keeps re-exports idempotent in a learning record store.
        {QStringLiteral("id"), event.id},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Agent")},
                     {QStringLiteral("name"), profile.name},
                     {QStringLiteral("account"),
                      QJsonObject{{QStringLiteral("homePage"), QStringLiteral("https://loopwise.app")},
                                  {QStringLiteral("name"), profile.id}}}}},
        {QStringLiteral("verb"),
         QJsonObject{{QStringLiteral("id"), QString(AdlVerbs + target.verb)},
                     {QStringLiteral("display"), QJsonObject{{QStringLiteral("en-US"), target.verb}}}}},
        {QStringLiteral("object"),
         QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Activity")},
                     {QStringLiteral("id"), target.activityIri},
                     {QStringLiteral("definition"),
                      QJsonObject{{QStringLiteral("type"), QString(AdlActivities + target.activityType)}}}}},
        {QStringLiteral("timestamp"), isoTimestamp(event.at)},
        {QStringLiteral("context"), QJsonObject{{QStringLiteral("platform"), QStringLiteral("Loopwise")}}},
    };
    if (event.kind == EventKind::QuestionAnswered) {
        statement.insert(QStringLiteral("result"),
                         QJsonObject{{QStringLiteral("success"), event.payload.value(QLatin1String("correct"))},
                                     {QStringLiteral("response"), event.payload.value(QLatin1String("response"))}});
    } else if (event.kind == EventKind::ModuleCompleted) {
        statement.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("completion"), true}});
    }
    return statement;
}

// QTextDocument::print() lays out a clone, which asks its parent (this document) for the
// images its Markdown links to; resources added with addResource() would stay behind.
class ChartDocument : public QTextDocument
{
public:
    void addChart(const QString &fileName, const QImage &image) { m_charts.insert(fileName, image); }

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        const auto it = m_charts.constFind(name.toString(QUrl::FullyEncoded));
        if (type == QTextDocument::ImageResource && it != m_charts.cend())
            return *it;
        return QTextDocument::loadResource(type, name);
    }

private:
    QHash<QString, QImage> m_charts;
};

} // namespace

QString Exporters::noteTitle(const QString &kind)
{
    if (kind == QLatin1String("decision"))
        return tr("Decision note");
    if (kind == QLatin1String("model"))
        return tr("Model note");
    return tr("Reflection");
}

QString Exporters::fieldLabel(const QString &kind, const QString &field)
{
    if (kind == QLatin1String("reflection"))
        return tr("Reflection");
    if (field == QLatin1String("assumption"))
        return tr("Assumption");
    if (field == QLatin1String("evidence"))
        return tr("Evidence");
    if (field == QLatin1String("action"))
        return tr("Action");
    if (field == QLatin1String("decision"))
        return tr("Decision");
    if (field == QLatin1String("failureCost"))
        return tr("Cost of failure");
    if (field == QLatin1String("baseline"))
        return tr("Baseline");
    if (field == QLatin1String("keyRisks"))
        return tr("Key risks");
    return tr("Rollback plan");
}

QString Exporters::noteMarkdown(const NoteDocument &document)
{
    auto section = [](const QString &heading, const QString &body) -> QString {
        //: Shown in an exported note for a field the learner left empty.
        const QString text = body.trimmed().isEmpty() ? tr("(empty)") : body.trimmed();
        return QStringLiteral("## ") + heading + QStringLiteral("\n\n") + text + QStringLiteral("\n\n");
    };
    auto sections = [&](const QString &kind, const std::optional<NoteRevision> &revision) {
        QString out;
        const QStringList fields = noteFields(kind);
        for (const QString &field : fields)
            out += section(fieldLabel(kind, field), revision ? revision->fields.value(field).toString() : QString());
        return out;
    };

    const QString name = escapeMarkdown(document.profileName);
    const QString byline = document.note
        //: %1 is the learner's profile name, %2 a date and time.
        ? tr("%1 · saved %2")
              .arg(name,
                   QLocale().toString(QDateTime::fromMSecsSinceEpoch(document.note->savedAt), QLocale::ShortFormat))
        //: %1 is the learner's profile name.
        : tr("%1 · not saved yet").arg(name);

    QString markdown = QStringLiteral("# ") + noteTitle(document.kind) + QStringLiteral("\n\n") + byline
        + QStringLiteral("\n\n") + sections(document.kind, document.note);
    if (!document.charts.isEmpty()) {
        //: Heading in an exported decision note above the charts of the lab runs attached as evidence
        markdown += QStringLiteral("## ") + tr("Evidence charts") + QStringLiteral("\n\n");
        for (const Chart &chart : document.charts)
            markdown += QStringLiteral("![") + escapeMarkdown(chart.caption) + QStringLiteral("](")
                + QString::fromLatin1(QUrl::toPercentEncoding(chart.fileName)) + QStringLiteral(")\n\n");
    }
    if (document.reflection)
        markdown += sections(QStringLiteral("reflection"), document.reflection);
    return markdown;
}

QString Exporters::chartFileName(const QString &notePath, int number)
{
    return QFileInfo(notePath).completeBaseName() + QStringLiteral("-chart-") + QString::number(number)
        + QStringLiteral(".png");
}

QString Exporters::writeNoteMarkdown(const QString &path, const NoteDocument &document)
{
    const QDir folder = QFileInfo(path).absoluteDir();
    for (const Chart &chart : document.charts) {
        const QString error = writeFile(folder.filePath(chart.fileName), chart.png);
        if (!error.isEmpty())
            return error;
    }
    return writeFile(path, noteMarkdown(document).toUtf8());
}

QByteArray Exporters::notePdf(const NoteDocument &document)
{
    ChartDocument text;
    // The Markdown's image links name these charts, so the PDF draws them.
    for (const Chart &chart : document.charts) {
        // At most the width of the A4 text column, as the document lays it out.
        constexpr int MaxWidth = 600;
        QImage image = QImage::fromData(chart.png, "PNG");
        if (image.width() > MaxWidth)
            image = image.scaledToWidth(MaxWidth, Qt::SmoothTransformation);
        text.addChart(QString::fromLatin1(QUrl::toPercentEncoding(chart.fileName)), image);
    }
    // The learner's text may contain HTML-looking input; it is shown, never interpreted.
    text.setMarkdown(
        noteMarkdown(document),
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(noteTitle(document.kind));
        writer.setCreator(QStringLiteral("Loopwise"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        text.print(&writer);
    }
    return buffer.data();
}

QByteArray Exporters::progressCsv(const QList<ProfileProgress> &profiles)
{
    // Column names are a data format for spreadsheets and scripts, so they stay untranslated.
    QString csv = QStringLiteral("profile_id,profile_name,module_id,status,started_at,completed_at,"
                                 "seconds_spent,cards_opened,reading_position\r\n");
    auto row = [&csv](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        csv += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    for (const ProfileProgress &p : profiles) {
        QStringList modules = p.state.modules.keys();
        modules.sort();
        if (modules.isEmpty())
            row({p.profile.id, p.profile.name, QString(), moduleStatusName(ModuleStatus::NotStarted), QString(),
                 QString(), QStringLiteral("0"), QStringLiteral("0"), QString()});
        for (const QString &moduleId : modules) {
            const ModuleProgress &m = p.state.modules.value(moduleId);
            row({p.profile.id, p.profile.name, moduleId, moduleStatusName(m.status), optionalTime(m.startedAt),
                 optionalTime(m.completedAt), QString::number(m.secondsSpent),
                 QString::number(p.state.openedCards.value(moduleId).size()), m.readingPosition});
        }
    }
    // A byte order mark makes spreadsheet programs read the names as UTF-8.
    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
}

QByteArray Exporters::xapiStatements(const QList<ProfileLog> &logs)
{
    QByteArray lines;
    for (const ProfileLog &log : logs) {
        for (const Event &event : log.events) {
            if (const auto target = xapiTarget(event)) {
                lines += QJsonDocument(xapiStatement(log.profile, event, *target)).toJson(QJsonDocument::Compact);
                lines += '\n';
            }
        }
    }
    return lines;
}

QString Exporters::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Messages::cannotWriteFile(path, file.errorString());
    return QString();
}

} // namespace loopwise
