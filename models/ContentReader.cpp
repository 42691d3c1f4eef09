#include "ContentReader.h"

#include "InlineMarkup.h"
#include "Labs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace loopwise::content {

namespace {

constexpr int kSchemaVersion = 1;

// LabSettings: a lab link's query ("dataset=spiral&hidden=8,8") for the block's "lab".
enum class FieldType { Text, Markup, MarkupList, TermRef, TermRefList, LabRef, LabSettings, Bool, Records };

struct FieldSpec
{
    QString name;
    FieldType type;
    bool required = true;
    QList<FieldSpec> recordFields = {}; // for Records: the fields of each item
    QStringList choices = {}; // for Text: the only values allowed, if any
    int count = 0; // for Records: the exact number of items, if fixed
};

using KindSpecs = QHash<QString, QList<FieldSpec>>;

const KindSpecs &kindSpecs()
{
    using T = FieldType;
    static const KindSpecs specs{
        {QStringLiteral("paragraph"), {{QStringLiteral("text"), T::Markup}}},
        {QStringLiteral("keySentence"), {{QStringLiteral("text"), T::Markup}}},
        {QStringLiteral("aside"), {{QStringLiteral("text"), T::Markup}}},
        {QStringLiteral("list"),
         {{QStringLiteral("items"), T::MarkupList}, {QStringLiteral("ordered"), T::Bool, false}}},
        {QStringLiteral("outcomes"), {{QStringLiteral("items"), T::MarkupList}}},
        {QStringLiteral("termList"),
         {{QStringLiteral("items"),
           T::Records,
           true,
           {{QStringLiteral("term"), T::Text}, {QStringLiteral("text"), T::Markup}}}}},
        {QStringLiteral("rules"),
         {{QStringLiteral("items"),
           T::Records,
           true,
           {{QStringLiteral("title"), T::Text}, {QStringLiteral("text"), T::Markup}}}}},
        {QStringLiteral("practice"),
         {{QStringLiteral("title"), T::Text, false},
          {QStringLiteral("good"), T::Markup},
          {QStringLiteral("bad"), T::Markup},
          {QStringLiteral("best"), T::Markup}}},
        {QStringLiteral("loopDiagram"),
         {{QStringLiteral("title"), T::Text},
          {QStringLiteral("summary"), T::Text},
          {QStringLiteral("stages"),
           T::Records,
           true,
           {{QStringLiteral("node"), T::Text}, {QStringLiteral("title"), T::Text}, {QStringLiteral("text"), T::Markup}},
           {},
           5}}},
        {QStringLiteral("steps"),
         {{QStringLiteral("items"),
           T::Records,
           true,
           {{QStringLiteral("title"), T::Text}, {QStringLiteral("text"), T::Markup}}}}},
        {QStringLiteral("assumptions"),
         {{QStringLiteral("items"),
           T::Records,
           true,
           {{QStringLiteral("title"), T::Text},
            {QStringLiteral("text"), T::Markup},
            {QStringLiteral("ifFalse"), T::Markup}}}}},
        {QStringLiteral("example"), {{QStringLiteral("title"), T::Text}, {QStringLiteral("text"), T::Markup}}},
        {QStringLiteral("definition"), {{QStringLiteral("term"), T::TermRef}}},
        {QStringLiteral("keyTerms"), {{QStringLiteral("terms"), T::TermRefList}}},
        // "settings": the lab set up for the experiment the card describes.
        {QStringLiteral("labCard"),
         {{QStringLiteral("lab"), T::LabRef},
          {QStringLiteral("text"), T::Markup},
          {QStringLiteral("settings"), T::LabSettings, false}}},
        {QStringLiteral("quiz"),
         {{QStringLiteral("title"), T::Text},
          {QStringLiteral("subtitle"), T::Text, false},
          {QStringLiteral("questions"),
           T::Records,
           true,
           {{QStringLiteral("id"), T::Text},
            {QStringLiteral("question"), T::Text},
            {QStringLiteral("answer"), T::Text}}}}},
        {QStringLiteral("artefact"),
         {{QStringLiteral("note"), T::Text, false, {}, {QStringLiteral("decision"), QStringLiteral("model")}},
          {QStringLiteral("title"), T::Text},
          {QStringLiteral("text"), T::Markup},
          {QStringLiteral("fields"),
           T::Records,
           true,
           {{QStringLiteral("id"), T::Text}, {QStringLiteral("label"), T::Text}, {QStringLiteral("hint"), T::Text}}}}},
        {QStringLiteral("reflection"), {{QStringLiteral("prompt"), T::Text}}},
        {QStringLiteral("task"),
         {{QStringLiteral("title"), T::Text},
          {QStringLiteral("text"), T::Markup},
          {QStringLiteral("lab"), T::LabRef, false}}},
        {QStringLiteral("complete"), {{QStringLiteral("text"), T::Text}}},
    };
    return specs;
}

// Reads one JSON file and reports its problems with file, path and line.
class FileReader
{
public:
    FileReader(QString displayName, QList<ContentIssue> &issues, const QSet<QString> &knownTerms)
        : m_file(std::move(displayName))
        , m_issues(issues)
        , m_knownTerms(knownTerms)
    {}

    bool open(const QString &path, QJsonObject &root)
    {
        // A link to /dev/zero or a pipe never ends: read regular files only, and only so much.
        const QFileInfo info(path);
        if (!info.isFile()) {
            report({}, QStringLiteral("is not a regular file (a device, a pipe or a link to one)"));
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report({}, QStringLiteral("cannot be read: %1").arg(file.errorString()));
            return false;
        }
        m_raw = file.read(kMaxFileBytes + 1);
        if (m_raw.size() > kMaxFileBytes) {
            report({},
                   QStringLiteral("is larger than %1 MB, the limit for one file").arg(kMaxFileBytes / (1024 * 1024)));
            m_raw.clear();
            return false;
        }
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(m_raw, &error);
        if (error.error != QJsonParseError::NoError) {
            report({}, QStringLiteral("is not valid JSON: %1").arg(error.errorString()), lineAtOffset(error.offset));
            return false;
        }
        if (!document.isObject()) {
            report(QStringLiteral("$"), QStringLiteral("the top level must be a JSON object"));
            return false;
        }
        root = document.object();
        const QJsonValue schema = root.value(QStringLiteral("schema"));
        if (schema.toInt(-1) != kSchemaVersion) {
            report(QStringLiteral("$.schema"),
                   QStringLiteral("must be %1 (found %2)")
                       .arg(kSchemaVersion)
                       .arg(schema.isUndefined()
                                ? QStringLiteral("nothing")
                                : QString::fromUtf8(QJsonDocument(QJsonArray{schema}).toJson(QJsonDocument::Compact))
                                      .mid(1)
                                      .chopped(1)));
            return false;
        }
        return true;
    }

    const QString &file() const { return m_file; }

    void report(const QString &path, const QString &message, int line = 0)
    {
        m_issues.append({m_file, path, line, message});
    }

    // Line of the first `"id": "<id>"` in the file: where a reader finds the object.
    int lineOfId(const QString &id)
    {
        if (id.isEmpty())
            return 0;
        if (!m_idLinesBuilt) {
            // One pass over the file, so reporting stays linear in its size.
            static const QRegularExpression pattern(QStringLiteral("\"id\"\\s*:\\s*\"([^\"\\\\]*)\""));
            const QString text = QString::fromUtf8(m_raw);
            int line = 1;
            qsizetype scanned = 0;
            for (auto it = pattern.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                line += int(QStringView(text).mid(scanned, match.capturedStart() - scanned).count(u'\n'));
                scanned = match.capturedStart();
                if (!m_idLines.contains(match.captured(1)))
                    m_idLines.insert(match.captured(1), line);
            }
            m_idLinesBuilt = true;
        }
        return m_idLines.value(id, 0);
    }

    // The value of key, or undefined (reported when the key is required) where it is absent.
    QJsonValue present(const QJsonObject &object, const QString &key, const QString &path, bool required, int line)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && required)
            report(path + QLatin1Char('.') + key, QStringLiteral("is missing"), line);
        return value;
    }

    // A required or optional string; reports a missing or mistyped one.
    QString text(const QJsonObject &object, const QString &key, const QString &path, bool required, int line = 0)
    {
        const QJsonValue value = present(object, key, path, required, line);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            report(path + QLatin1Char('.') + key, QStringLiteral("must be a string"), line);
            return {};
        }
        const QString result = value.toString();
        if (!acceptable(result, path + QLatin1Char('.') + key, line))
            return {};
        if (required && result.trimmed().isEmpty())
            report(path + QLatin1Char('.') + key, QStringLiteral("must not be empty"), line);
        return result;
    }

    // A whole number, e.g. minutes; 0 when left out.
    int number(const QJsonObject &object, const QString &key, const QString &path, int line = 0)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return 0;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > 10000 || number != std::floor(number)) {
            report(path + QLatin1Char('.') + key, QStringLiteral("must be a whole number from 0 to 10000"), line);
            return 0;
        }
        return int(number);
    }

    // What no string may be: too long to lay out, cut short by a control
    // character. Text that looks like HTML is shown literally: say so.
    bool acceptable(const QString &text, const QString &path, int line)
    {
        if (text.size() > kMaxTextChars) {
            report(path, QStringLiteral("is %1 characters long; the limit is %2").arg(text.size()).arg(kMaxTextChars),
                   line);
            return false;
        }
        static const QRegularExpression control(QStringLiteral("[\\x{0}-\\x{8}\\x{b}-\\x{1f}\\x{7f}]"));
        const QRegularExpressionMatch bad = control.match(text);
        if (bad.hasMatch()) {
            report(path,
                   QStringLiteral("contains the control character U+%1 at character %2")
                       .arg(int(bad.captured().at(0).unicode()), 4, 16, QLatin1Char('0'))
                       .arg(bad.capturedStart() + 1),
                   line);
            return false;
        }
        static const QRegularExpression html(QStringLiteral("<[/!]?[A-Za-z][^<>]*>|&[A-Za-z]+;|&#[0-9]+;"));
        const QRegularExpressionMatch tag = html.match(text);
        if (tag.hasMatch()) {
            ++m_notices;
            report(path,
                   QStringLiteral("looks like HTML (\"%1\"); it is shown as typed, never as HTML").arg(tag.captured()),
                   line);
        }
        return true;
    }

    QJsonArray array(const QJsonObject &object, const QString &key, const QString &path, bool required, int line = 0)
    {
        const QJsonValue value = present(object, key, path, required, line);
        if (value.isUndefined())
            return {};
        if (!value.isArray()) {
            report(path + QLatin1Char('.') + key, QStringLiteral("must be an array"), line);
            return {};
        }
        return value.toArray();
    }

    // Checks inline markup and that every glossary reference exists.
    void checkMarkup(const QString &markup, const QString &path, int line)
    {
        const ParsedMarkup parsed = InlineMarkup::parse(markup);
        for (const QString &error : parsed.errors)
            report(path, error, line);
        for (const MarkupSegment &segment : parsed.segments) {
            if (segment.kind == MarkupSegment::Kind::Term && !m_knownTerms.contains(segment.target))
                report(
                    path,
                    QStringLiteral("refers to the glossary term \"%1\", which no glossary defines").arg(segment.target),
                    line);
            if (segment.kind == MarkupSegment::Kind::Lab && !isLabId(segment.target))
                report(path, QStringLiteral("links to the lab \"%1\", which does not exist").arg(segment.target), line);
        }
    }

    // Reads the fields of `spec` from `object` into `out`. False if a required one is bad.
    bool readFields(const QJsonObject &object, const QList<FieldSpec> &spec, const QString &path, QVariantMap &out,
                    int line)
    {
        const qsizetype problemsBefore = m_issues.size() - m_notices;
        for (const FieldSpec &field : spec) {
            const QString fieldPath = path + QLatin1Char('.') + field.name;
            const QJsonValue value = object.value(field.name);
            if (value.isUndefined()) {
                if (field.required)
                    report(fieldPath, QStringLiteral("is missing"), line);
                continue;
            }
            switch (field.type) {
            case FieldType::Text:
            case FieldType::Markup:
            case FieldType::TermRef:
            case FieldType::LabRef:
            case FieldType::LabSettings: {
                const QString written = text(object, field.name, path, field.required, line);
                if (field.type == FieldType::Markup)
                    checkMarkup(written, fieldPath, line);
                if (!field.choices.isEmpty() && !field.choices.contains(written))
                    report(fieldPath,
                           QStringLiteral("must be one of: %1").arg(field.choices.join(QStringLiteral(", "))), line);
                if (field.type == FieldType::TermRef && !written.isEmpty() && !m_knownTerms.contains(written))
                    report(fieldPath,
                           QStringLiteral("refers to the glossary term \"%1\", which no glossary defines").arg(written),
                           line);
                if (field.type == FieldType::LabRef && !written.isEmpty() && !isLabId(written))
                    report(fieldPath, QStringLiteral("names the lab \"%1\", which does not exist").arg(written), line);
                if (field.type == FieldType::LabSettings)
                    for (const QString &problem :
                         labLinkProblems(object.value(QStringLiteral("lab")).toString(), written))
                        report(fieldPath, problem, line);
                out.insert(field.name, written);
                break;
            }
            case FieldType::Bool:
                if (!value.isBool())
                    report(fieldPath, QStringLiteral("must be true or false"), line);
                out.insert(field.name, value.toBool());
                break;
            case FieldType::MarkupList:
            case FieldType::TermRefList: {
                QStringList items;
                const QJsonArray values = array(object, field.name, path, true, line);
                for (qsizetype i = 0; i < values.size(); ++i) {
                    const QString itemPath = QStringLiteral("%1[%2]").arg(fieldPath).arg(i);
                    if (!values.at(i).isString()) {
                        report(itemPath, QStringLiteral("must be a string"), line);
                        continue;
                    }
                    const QString item = values.at(i).toString();
                    if (!acceptable(item, itemPath, line))
                        continue;
                    if (field.type == FieldType::MarkupList)
                        checkMarkup(item, itemPath, line);
                    else if (!m_knownTerms.contains(item))
                        report(
                            itemPath,
                            QStringLiteral("refers to the glossary term \"%1\", which no glossary defines").arg(item),
                            line);
                    items.append(item);
                }
                if (values.isEmpty() && value.isArray())
                    report(fieldPath, QStringLiteral("must not be empty"), line);
                out.insert(field.name, items);
                break;
            }
            case FieldType::Records: {
                QVariantList records;
                QSet<QString> seenIds;
                const QJsonArray values = array(object, field.name, path, true, line);
                for (qsizetype i = 0; i < values.size(); ++i) {
                    const QString itemPath = QStringLiteral("%1[%2]").arg(fieldPath).arg(i);
                    if (!values.at(i).isObject()) {
                        report(itemPath, QStringLiteral("must be an object"), line);
                        continue;
                    }
                    QVariantMap record;
                    readFields(values.at(i).toObject(), field.recordFields, itemPath, record, line);
                    const QString id = record.value(QStringLiteral("id")).toString();
                    if (!id.isEmpty() && seenIds.contains(id))
                        report(itemPath + QStringLiteral(".id"), QStringLiteral("duplicate id \"%1\"").arg(id),
                               lineOfId(id));
                    seenIds.insert(id);
                    records.append(record);
                }
                if (values.isEmpty() && value.isArray())
                    report(fieldPath, QStringLiteral("must not be empty"), line);
                else if (field.count > 0 && values.size() != field.count)
                    report(fieldPath,
                           QStringLiteral("must have exactly %1 items (found %2)").arg(field.count).arg(values.size()),
                           line);
                out.insert(field.name, records);
                break;
            }
            }
        }
        // A misspelt field would silently lose its text: name it.
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const bool known = it.key() == QStringLiteral("id") || it.key() == QStringLiteral("kind")
                || std::any_of(spec.cbegin(), spec.cend(), [&](const FieldSpec &f) { return f.name == it.key(); });
            if (!known)
                report(path + QLatin1Char('.') + it.key(), QStringLiteral("is not a field of this kind"), line);
        }
        return m_issues.size() - m_notices == problemsBefore;
    }

    int lineAtOffset(qsizetype offset) const { return int(m_raw.left(offset).count('\n')) + 1; }

private:
    QString m_file;
    QList<ContentIssue> &m_issues;
    const QSet<QString> &m_knownTerms;
    QByteArray m_raw;
    QHash<QString, int> m_idLines;
    bool m_idLinesBuilt = false;
    qsizetype m_notices = 0; // reports that leave the text in place (it only looks like HTML)
};

} // namespace

QStringList blockKinds()
{
    QStringList names = kindSpecs().keys();
    names.sort();
    return names;
}

QString displayName(const QString &path)
{
    // Shipped files are shown by their place in the source tree, pack files by their path.
    if (path.startsWith(QStringLiteral(":/content/")))
        return QStringLiteral("resources/content/") + path.mid(10);
    return QDir::toNativeSeparators(path);
}

QString filePath(const QString &root, const QString &locale, const QString &name)
{
    return root + QLatin1Char('/') + locale + QLatin1Char('/') + name;
}

QList<GlossaryTerm> readGlossary(const QString &path, QList<ContentIssue> &issues)
{
    QList<GlossaryTerm> terms;
    if (!QFileInfo::exists(path))
        return terms;
    const QSet<QString> noTerms;
    FileReader reader(displayName(path), issues, noTerms);
    QJsonObject root;
    if (!reader.open(path, root))
        return terms;
    const QJsonArray items = reader.array(root, QStringLiteral("terms"), QStringLiteral("$"), true);
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = QStringLiteral("$.terms[%1]").arg(i);
        const QJsonObject object = items.at(i).toObject();
        GlossaryTerm term;
        term.id = reader.text(object, QStringLiteral("id"), itemPath, true);
        const int line = reader.lineOfId(term.id);
        term.term = reader.text(object, QStringLiteral("term"), itemPath, true, line);
        term.definition = reader.text(object, QStringLiteral("definition"), itemPath, true, line);
        if (term.id.isEmpty() || term.term.isEmpty() || term.definition.isEmpty())
            continue;
        if (seen.contains(term.id)) {
            reader.report(itemPath + QStringLiteral(".id"), QStringLiteral("duplicate id \"%1\"").arg(term.id), line);
            continue;
        }
        seen.insert(term.id);
        terms.append(term);
    }
    return terms;
}

bool readCourse(const QString &path, QList<ContentIssue> &issues, CourseInfo &course)
{
    if (!QFileInfo::exists(path))
        return false;
    const QSet<QString> noTerms;
    FileReader reader(displayName(path), issues, noTerms);
    QJsonObject root;
    if (!reader.open(path, root))
        return false;
    const QString top = QStringLiteral("$");
    course.id = reader.text(root, QStringLiteral("id"), top, true);
    course.title = reader.text(root, QStringLiteral("title"), top, true);
    course.subtitle = reader.text(root, QStringLiteral("subtitle"), top, false);
    course.description = reader.text(root, QStringLiteral("description"), top, false);
    QSet<QString> seen;
    const QJsonArray outline = reader.array(root, QStringLiteral("outline"), top, true);
    for (qsizetype i = 0; i < outline.size(); ++i) {
        const QString itemPath = QStringLiteral("$.outline[%1]").arg(i);
        const QJsonObject object = outline.at(i).toObject();
        OutlineEntry entry;
        entry.id = reader.text(object, QStringLiteral("id"), itemPath, true);
        const int line = reader.lineOfId(entry.id);
        entry.title = reader.text(object, QStringLiteral("title"), itemPath, true, line);
        entry.teaser = reader.text(object, QStringLiteral("teaser"), itemPath, false, line);
        entry.moduleId = reader.text(object, QStringLiteral("module"), itemPath, false, line);
        entry.minutes = reader.number(object, QStringLiteral("minutes"), itemPath, line);
        entry.sourceFile = reader.file();
        if (entry.id.isEmpty() || entry.title.isEmpty())
            continue;
        if (seen.contains(entry.id)) {
            reader.report(itemPath + QStringLiteral(".id"), QStringLiteral("duplicate id \"%1\"").arg(entry.id), line);
            continue;
        }
        seen.insert(entry.id);
        course.outline.append(entry);
    }
    const QJsonArray labs = reader.array(root, QStringLiteral("labs"), top, false);
    for (qsizetype i = 0; i < labs.size(); ++i) {
        const QString itemPath = QStringLiteral("$.labs[%1]").arg(i);
        const QJsonObject object = labs.at(i).toObject();
        LabInfo lab;
        lab.id = reader.text(object, QStringLiteral("id"), itemPath, true);
        const int line = reader.lineOfId(lab.id);
        lab.title = reader.text(object, QStringLiteral("title"), itemPath, true, line);
        lab.summary = reader.text(object, QStringLiteral("summary"), itemPath, true, line);
        if (!lab.id.isEmpty() && !isLabId(lab.id)) {
            reader.report(itemPath + QStringLiteral(".id"),
                          QStringLiteral("names the lab \"%1\", which does not exist").arg(lab.id), line);
            continue;
        }
        course.labs.append(lab);
    }
    return !course.id.isEmpty() && !course.title.isEmpty();
}

bool readModule(const QString &path, QList<ContentIssue> &issues, const QSet<QString> &knownTerms,
                ContentModule &module)
{
    FileReader reader(displayName(path), issues, knownTerms);
    QJsonObject root;
    if (!reader.open(path, root))
        return false;
    const QString top = QStringLiteral("$");
    module.sourceFile = displayName(path);
    module.id = reader.text(root, QStringLiteral("id"), top, true);
    module.kind = reader.text(root, QStringLiteral("kind"), top, true);
    module.title = reader.text(root, QStringLiteral("title"), top, true);
    module.label = reader.text(root, QStringLiteral("label"), top, false);
    module.tagline = reader.text(root, QStringLiteral("tagline"), top, false);
    module.level = reader.text(root, QStringLiteral("level"), top, false);
    module.previous = reader.text(root, QStringLiteral("previous"), top, false);
    module.next = reader.text(root, QStringLiteral("next"), top, false);
    module.completionHint = reader.text(root, QStringLiteral("completionHint"), top, false);
    module.minutes = reader.number(root, QStringLiteral("minutes"), top);
    if (!module.kind.isEmpty() && module.kind != QStringLiteral("module") && module.kind != QStringLiteral("page"))
        reader.report(QStringLiteral("$.kind"), QStringLiteral("must be \"module\" or \"page\""));

    const QString expectedId = QFileInfo(path).completeBaseName();
    if (!module.id.isEmpty() && module.id != expectedId)
        reader.report(QStringLiteral("$.id"),
                      QStringLiteral("is \"%1\" but the file is named \"%2.json\"").arg(module.id, expectedId),
                      reader.lineOfId(module.id));

    const QJsonArray sections = reader.array(root, QStringLiteral("sections"), top, true);
    if (sections.isEmpty() && root.value(QStringLiteral("sections")).isArray())
        reader.report(QStringLiteral("$.sections"), QStringLiteral("must not be empty"));

    QSet<QString> sectionIds;
    QSet<QString> blockIds;
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const QString sectionPath = QStringLiteral("$.sections[%1]").arg(s);
        const QJsonObject sectionObject = sections.at(s).toObject();
        ContentSection section;
        section.id = reader.text(sectionObject, QStringLiteral("id"), sectionPath, true);
        const int sectionLine = reader.lineOfId(section.id);
        section.title = reader.text(sectionObject, QStringLiteral("title"), sectionPath, true, sectionLine);
        if (section.id.isEmpty())
            continue;
        if (sectionIds.contains(section.id)) {
            reader.report(sectionPath + QStringLiteral(".id"),
                          QStringLiteral("duplicate section id \"%1\"").arg(section.id), sectionLine);
            continue;
        }
        sectionIds.insert(section.id);
        const QJsonArray blocks = reader.array(sectionObject, QStringLiteral("blocks"), sectionPath, true, sectionLine);
        for (qsizetype b = 0; b < blocks.size(); ++b) {
            const QString blockPath = QStringLiteral("%1.blocks[%2]").arg(sectionPath).arg(b);
            if (!blocks.at(b).isObject()) {
                reader.report(blockPath, QStringLiteral("must be an object"), sectionLine);
                continue;
            }
            const QJsonObject blockObject = blocks.at(b).toObject();
            ContentBlock block;
            block.id = reader.text(blockObject, QStringLiteral("id"), blockPath, true, sectionLine);
            const int line = block.id.isEmpty() ? sectionLine : reader.lineOfId(block.id);
            block.kind = reader.text(blockObject, QStringLiteral("kind"), blockPath, true, line);
            if (block.id.isEmpty() || block.kind.isEmpty())
                continue;
            if (blockIds.contains(block.id)) {
                reader.report(blockPath + QStringLiteral(".id"),
                              QStringLiteral("duplicate block id \"%1\"").arg(block.id), line);
                continue;
            }
            blockIds.insert(block.id);
            const auto spec = kindSpecs().constFind(block.kind);
            if (spec == kindSpecs().constEnd()) {
                reader.report(blockPath + QStringLiteral(".kind"),
                              QStringLiteral("unknown block kind \"%1\"; known kinds: %2")
                                  .arg(block.kind, blockKinds().join(QStringLiteral(", "))),
                              line);
                continue;
            }
            if (reader.readFields(blockObject, *spec, blockPath, block.fields, line))
                section.blocks.append(block);
        }
        module.sections.append(section);
    }
    return !module.id.isEmpty() && !module.title.isEmpty() && !module.kind.isEmpty() && !module.sections.isEmpty();
}

} // namespace loopwise::content
