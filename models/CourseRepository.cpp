#include "CourseRepository.h"

#include "InlineMarkup.h"
#include "Labs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace loopwise {

QString ContentIssue::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    if (!jsonPath.isEmpty())
        where += QStringLiteral(" at %1").arg(jsonPath);
    return QStringLiteral("%1: %2").arg(where, message);
}

namespace {

const QString kEnglish = QStringLiteral("en");
constexpr int kSchemaVersion = 1;

enum class FieldType { Text, Markup, MarkupList, TermRef, TermRefList, LabRef, Bool, Records };

struct FieldSpec {
    QString name;
    FieldType type;
    bool required = true;
    QList<FieldSpec> recordFields = {}; // for Records: the fields of each item
    QStringList choices = {};           // for Text: the only values allowed, if any
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
         {{QStringLiteral("items"), T::Records, true,
           {{QStringLiteral("term"), T::Text}, {QStringLiteral("text"), T::Markup}}}}},
        {QStringLiteral("rules"),
         {{QStringLiteral("items"), T::Records, true,
           {{QStringLiteral("title"), T::Text}, {QStringLiteral("text"), T::Markup}}}}},
        {QStringLiteral("practice"),
         {{QStringLiteral("title"), T::Text, false},
          {QStringLiteral("good"), T::Markup},
          {QStringLiteral("bad"), T::Markup},
          {QStringLiteral("best"), T::Markup}}},
        {QStringLiteral("loopDiagram"),
         {{QStringLiteral("title"), T::Text},
          {QStringLiteral("summary"), T::Text},
          {QStringLiteral("stages"), T::Records, true,
           {{QStringLiteral("node"), T::Text},
            {QStringLiteral("title"), T::Text},
            {QStringLiteral("text"), T::Markup}}}}},
        {QStringLiteral("steps"),
         {{QStringLiteral("items"), T::Records, true,
           {{QStringLiteral("title"), T::Text}, {QStringLiteral("text"), T::Markup}}}}},
        {QStringLiteral("assumptions"),
         {{QStringLiteral("items"), T::Records, true,
           {{QStringLiteral("title"), T::Text},
            {QStringLiteral("text"), T::Markup},
            {QStringLiteral("ifFalse"), T::Markup}}}}},
        {QStringLiteral("example"), {{QStringLiteral("title"), T::Text}, {QStringLiteral("text"), T::Markup}}},
        {QStringLiteral("definition"), {{QStringLiteral("term"), T::TermRef}}},
        {QStringLiteral("keyTerms"), {{QStringLiteral("terms"), T::TermRefList}}},
        {QStringLiteral("labCard"), {{QStringLiteral("lab"), T::LabRef}, {QStringLiteral("text"), T::Markup}}},
        {QStringLiteral("quiz"),
         {{QStringLiteral("title"), T::Text},
          {QStringLiteral("subtitle"), T::Text, false},
          {QStringLiteral("questions"), T::Records, true,
           {{QStringLiteral("id"), T::Text},
            {QStringLiteral("question"), T::Text},
            {QStringLiteral("answer"), T::Text}}}}},
        {QStringLiteral("artefact"),
         {{QStringLiteral("note"), T::Text, false, {}, {QStringLiteral("decision"), QStringLiteral("model")}},
          {QStringLiteral("title"), T::Text},
          {QStringLiteral("text"), T::Markup},
          {QStringLiteral("fields"), T::Records, true,
           {{QStringLiteral("id"), T::Text},
            {QStringLiteral("label"), T::Text},
            {QStringLiteral("hint"), T::Text}}}}},
        {QStringLiteral("reflection"), {{QStringLiteral("prompt"), T::Text}}},
        {QStringLiteral("task"),
         {{QStringLiteral("title"), T::Text}, {QStringLiteral("text"), T::Markup},
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
        : m_file(std::move(displayName)), m_issues(issues), m_knownTerms(knownTerms)
    {}

    bool open(const QString &path, QJsonObject &root)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report({}, QStringLiteral("cannot be read: %1").arg(file.errorString()));
            return false;
        }
        m_raw = file.readAll();
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(m_raw, &error);
        if (error.error != QJsonParseError::NoError) {
            report({}, QStringLiteral("is not valid JSON: %1").arg(error.errorString()),
                   lineAtOffset(error.offset));
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
                       .arg(schema.isUndefined() ? QStringLiteral("nothing")
                                                 : QString::fromUtf8(QJsonDocument(QJsonArray{schema})
                                                                         .toJson(QJsonDocument::Compact))
                                                       .mid(1)
                                                       .chopped(1)));
            return false;
        }
        return true;
    }

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

    // A required or optional string; reports a missing or mistyped one.
    QString text(const QJsonObject &object, const QString &key, const QString &path, bool required,
                 int line = 0)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                report(path + QLatin1Char('.') + key, QStringLiteral("is missing"), line);
            return {};
        }
        if (!value.isString()) {
            report(path + QLatin1Char('.') + key, QStringLiteral("must be a string"), line);
            return {};
        }
        const QString result = value.toString();
        if (required && result.trimmed().isEmpty())
            report(path + QLatin1Char('.') + key, QStringLiteral("must not be empty"), line);
        return result;
    }

    QJsonArray array(const QJsonObject &object, const QString &key, const QString &path, bool required,
                     int line = 0)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                report(path + QLatin1Char('.') + key, QStringLiteral("is missing"), line);
            return {};
        }
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
                report(path, QStringLiteral("refers to the glossary term \"%1\", which no glossary defines")
                                 .arg(segment.target), line);
            if (segment.kind == MarkupSegment::Kind::Lab && !isLabId(segment.target))
                report(path, QStringLiteral("links to the lab \"%1\", which does not exist").arg(segment.target),
                       line);
        }
    }

    // Reads the fields of `spec` from `object` into `out`. False if a required one is bad.
    bool readFields(const QJsonObject &object, const QList<FieldSpec> &spec, const QString &path,
                    QVariantMap &out, int line)
    {
        const int issuesBefore = int(m_issues.size());
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
            case FieldType::LabRef: {
                const QString value = text(object, field.name, path, field.required, line);
                if (field.type == FieldType::Markup)
                    checkMarkup(value, fieldPath, line);
                if (!field.choices.isEmpty() && !field.choices.contains(value))
                    report(fieldPath, QStringLiteral("must be one of: %1").arg(field.choices.join(QStringLiteral(", "))),
                           line);
                if (field.type == FieldType::TermRef && !value.isEmpty() && !m_knownTerms.contains(value))
                    report(fieldPath, QStringLiteral("refers to the glossary term \"%1\", which no glossary defines")
                                          .arg(value), line);
                if (field.type == FieldType::LabRef && !value.isEmpty() && !isLabId(value))
                    report(fieldPath, QStringLiteral("names the lab \"%1\", which does not exist").arg(value), line);
                out.insert(field.name, value);
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
                    if (field.type == FieldType::MarkupList)
                        checkMarkup(item, itemPath, line);
                    else if (!m_knownTerms.contains(item))
                        report(itemPath, QStringLiteral("refers to the glossary term \"%1\", which no glossary defines")
                                             .arg(item), line);
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
        return int(m_issues.size()) == issuesBefore;
    }

    int lineAtOffset(qsizetype offset) const
    {
        return int(m_raw.left(offset).count('\n')) + 1;
    }

private:
    QString m_file;
    QList<ContentIssue> &m_issues;
    const QSet<QString> &m_knownTerms;
    QByteArray m_raw;
    QHash<QString, int> m_idLines;
    bool m_idLinesBuilt = false;
};

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
        const QString path = QStringLiteral("$.terms[%1]").arg(i);
        const QJsonObject object = items.at(i).toObject();
        GlossaryTerm term;
        term.id = reader.text(object, QStringLiteral("id"), path, true);
        const int line = reader.lineOfId(term.id);
        term.term = reader.text(object, QStringLiteral("term"), path, true, line);
        term.definition = reader.text(object, QStringLiteral("definition"), path, true, line);
        if (term.id.isEmpty() || term.term.isEmpty() || term.definition.isEmpty())
            continue;
        if (seen.contains(term.id)) {
            reader.report(path + QStringLiteral(".id"), QStringLiteral("duplicate id \"%1\"").arg(term.id), line);
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
        const QString path = QStringLiteral("$.outline[%1]").arg(i);
        const QJsonObject object = outline.at(i).toObject();
        OutlineEntry entry;
        entry.id = reader.text(object, QStringLiteral("id"), path, true);
        const int line = reader.lineOfId(entry.id);
        entry.title = reader.text(object, QStringLiteral("title"), path, true, line);
        entry.teaser = reader.text(object, QStringLiteral("teaser"), path, false, line);
        entry.moduleId = reader.text(object, QStringLiteral("module"), path, false, line);
        entry.minutes = object.value(QStringLiteral("minutes")).toInt(0);
        if (entry.id.isEmpty() || entry.title.isEmpty())
            continue;
        if (seen.contains(entry.id)) {
            reader.report(path + QStringLiteral(".id"), QStringLiteral("duplicate id \"%1\"").arg(entry.id), line);
            continue;
        }
        seen.insert(entry.id);
        course.outline.append(entry);
    }
    const QJsonArray labs = reader.array(root, QStringLiteral("labs"), top, false);
    for (qsizetype i = 0; i < labs.size(); ++i) {
        const QString path = QStringLiteral("$.labs[%1]").arg(i);
        const QJsonObject object = labs.at(i).toObject();
        LabInfo lab;
        lab.id = reader.text(object, QStringLiteral("id"), path, true);
        const int line = reader.lineOfId(lab.id);
        lab.title = reader.text(object, QStringLiteral("title"), path, true, line);
        lab.summary = reader.text(object, QStringLiteral("summary"), path, true, line);
        if (!lab.id.isEmpty() && !isLabId(lab.id)) {
            reader.report(path + QStringLiteral(".id"), QStringLiteral("names the lab \"%1\", which does not exist")
                                                             .arg(lab.id), line);
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
    module.minutes = root.value(QStringLiteral("minutes")).toInt(0);
    if (!module.kind.isEmpty() && module.kind != QStringLiteral("module") && module.kind != QStringLiteral("page"))
        reader.report(QStringLiteral("$.kind"), QStringLiteral("must be \"module\" or \"page\""));

    const QString expectedId = QFileInfo(path).completeBaseName();
    if (!module.id.isEmpty() && module.id != expectedId)
        reader.report(QStringLiteral("$.id"), QStringLiteral("is \"%1\" but the file is named \"%2.json\"")
                                                  .arg(module.id, expectedId), reader.lineOfId(module.id));

    const QJsonArray sections = reader.array(root, QStringLiteral("sections"), top, true);
    if (module.id.isEmpty() || module.title.isEmpty() || module.kind.isEmpty() || sections.isEmpty())
        return false;

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
                                  .arg(block.kind, CourseRepository::blockKinds().join(QStringLiteral(", "))),
                              line);
                continue;
            }
            if (reader.readFields(blockObject, *spec, blockPath, block.fields, line))
                section.blocks.append(block);
        }
        module.sections.append(section);
    }
    return true;
}

// Lays `over` onto `base` by id: fields present in `over` win, the rest stay.
void overlayBlock(ContentBlock &base, const ContentBlock &over)
{
    for (auto it = over.fields.cbegin(); it != over.fields.cend(); ++it)
        base.fields.insert(it.key(), it.value());
}

void overlayModule(ContentModule &base, const ContentModule &over)
{
    auto take = [](QString &target, const QString &value) {
        if (!value.trimmed().isEmpty())
            target = value;
    };
    take(base.label, over.label);
    take(base.title, over.title);
    take(base.tagline, over.tagline);
    take(base.level, over.level);
    take(base.completionHint, over.completionHint);
    for (const ContentSection &overSection : over.sections) {
        auto section = std::find_if(base.sections.begin(), base.sections.end(),
                                    [&](const ContentSection &s) { return s.id == overSection.id; });
        if (section == base.sections.end()) {
            base.sections.append(overSection);
            continue;
        }
        take(section->title, overSection.title);
        for (const ContentBlock &overBlock : overSection.blocks) {
            auto block = std::find_if(section->blocks.begin(), section->blocks.end(),
                                      [&](const ContentBlock &b) { return b.id == overBlock.id; });
            if (block == section->blocks.end())
                section->blocks.append(overBlock);
            else if (block->kind == overBlock.kind)
                overlayBlock(*block, overBlock);
        }
    }
    base.sourceFile = over.sourceFile;
}

template<typename T, typename Merge>
void mergeById(QList<T> &base, const QList<T> &over, Merge merge)
{
    for (const T &item : over) {
        auto it = std::find_if(base.begin(), base.end(), [&](const T &b) { return b.id == item.id; });
        if (it == base.end())
            base.append(item);
        else
            merge(*it, item);
    }
}

void overlayCourse(CourseInfo &base, const CourseInfo &over)
{
    auto take = [](QString &target, const QString &value) {
        if (!value.trimmed().isEmpty())
            target = value;
    };
    take(base.title, over.title);
    take(base.subtitle, over.subtitle);
    take(base.description, over.description);
    mergeById(base.outline, over.outline, [&](OutlineEntry &b, const OutlineEntry &o) {
        take(b.title, o.title);
        take(b.teaser, o.teaser);
        take(b.moduleId, o.moduleId);
        if (o.minutes > 0)
            b.minutes = o.minutes;
    });
    mergeById(base.labs, over.labs, [&](LabInfo &b, const LabInfo &o) {
        take(b.title, o.title);
        take(b.summary, o.summary);
    });
}

} // namespace

QString CourseRepository::shippedRoot()
{
    return QStringLiteral(":/content");
}

const QStringList &CourseRepository::blockKinds()
{
    static const QStringList kinds = [] {
        QStringList names = kindSpecs().keys();
        names.sort();
        return names;
    }();
    return kinds;
}

CourseRepository::CourseRepository(QStringList packRoots)
    : m_roots(std::move(packRoots))
{}

const GlossaryTerm *CourseRepository::term(const QString &id) const
{
    const auto it = m_termIndex.constFind(id);
    return it == m_termIndex.constEnd() ? nullptr : &m_glossary.at(*it);
}

const ContentModule *CourseRepository::module(const QString &id) const
{
    for (const ContentModule &module : m_modules) {
        if (module.id == id)
            return &module;
    }
    return nullptr;
}

QStringList CourseRepository::moduleIds() const
{
    QStringList ids;
    for (const ContentModule &module : m_modules)
        ids.append(module.id);
    return ids;
}

const LabInfo *CourseRepository::lab(const QString &id) const
{
    for (const LabInfo &lab : m_course.labs) {
        if (lab.id == id)
            return &lab;
    }
    return nullptr;
}

void CourseRepository::load(const QString &locale)
{
    m_locale = locale.isEmpty() ? kEnglish : locale;
    m_issues.clear();
    m_course = {};
    m_glossary.clear();
    m_modules.clear();

    QStringList locales{kEnglish};
    if (m_locale != kEnglish)
        locales.append(m_locale);

    // Glossaries first: module text may refer to a term of any layer.
    QList<QList<GlossaryTerm>> glossaries;
    QSet<QString> knownTerms;
    for (const QString &loc : std::as_const(locales)) {
        for (const QString &root : std::as_const(m_roots)) {
            glossaries.append(readGlossary(filePath(root, loc, QStringLiteral("glossary.json")), m_issues));
            for (const GlossaryTerm &term : glossaries.last())
                knownTerms.insert(term.id);
        }
    }
    for (const QList<GlossaryTerm> &layer : std::as_const(glossaries)) {
        mergeById(m_glossary, layer, [](GlossaryTerm &base, const GlossaryTerm &over) { base = over; });
    }
    std::sort(m_glossary.begin(), m_glossary.end(), [](const GlossaryTerm &a, const GlossaryTerm &b) {
        return QString::localeAwareCompare(a.term, b.term) < 0;
    });
    for (qsizetype i = 0; i < m_glossary.size(); ++i)
        m_termIndex.insert(m_glossary.at(i).id, i);

    for (const QString &loc : std::as_const(locales)) {
        // Within one locale a later root replaces a whole module; across
        // locales the translation is laid over English block by block.
        QList<ContentModule> localeModules;
        for (const QString &root : std::as_const(m_roots)) {
            CourseInfo course;
            if (readCourse(filePath(root, loc, QStringLiteral("course.json")), m_issues, course))
                overlayCourse(m_course, course);

            QDir dir(filePath(root, loc, QStringLiteral("modules")));
            const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
            QSet<QString> idsInRoot;
            for (const QString &name : files) {
                ContentModule module;
                if (!readModule(dir.filePath(name), m_issues, knownTerms, module))
                    continue;
                if (idsInRoot.contains(module.id)) {
                    m_issues.append({displayName(dir.filePath(name)), QStringLiteral("$.id"), 0,
                                     QStringLiteral("duplicate module id \"%1\"").arg(module.id)});
                    continue;
                }
                idsInRoot.insert(module.id);
                mergeById(localeModules, QList<ContentModule>{module},
                          [](ContentModule &base, const ContentModule &over) { base = over; });
            }
        }
        mergeById(m_modules, localeModules, overlayModule);
    }

    // Links between modules must land somewhere in the outline.
    QSet<QString> outlineIds;
    for (const OutlineEntry &entry : std::as_const(m_course.outline))
        outlineIds.insert(entry.id);
    for (const ContentModule &module : std::as_const(m_modules)) {
        for (const QString &link : {module.previous, module.next}) {
            if (!link.isEmpty() && !outlineIds.contains(link))
                m_issues.append({module.sourceFile, link == module.previous ? QStringLiteral("$.previous")
                                                                              : QStringLiteral("$.next"),
                                 0, QStringLiteral("\"%1\" is not in the course outline").arg(link)});
        }
    }
    for (OutlineEntry &entry : m_course.outline) {
        if (!entry.moduleId.isEmpty() && !module(entry.moduleId)) {
            m_issues.append({QStringLiteral("course.json"), QStringLiteral("$.outline"), 0,
                             QStringLiteral("the module \"%1\" of \"%2\" is not in any pack or failed to load")
                                 .arg(entry.moduleId, entry.id)});
            entry.moduleId.clear();
        }
    }
}

QList<ContentIssue> CourseRepository::validatePack(const QString &dir)
{
    const QString root = QDir(dir).absolutePath();
    QSet<QString> locales;
    const QStringList entries = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries)
        locales.insert(entry);
    QList<ContentIssue> found;
    if (locales.isEmpty()) {
        found.append({QDir::toNativeSeparators(root), {}, 0,
                      QStringLiteral("holds no locale folder (expected e.g. en/modules/<id>.json)")});
        return found;
    }
    const QString prefix = QDir::toNativeSeparators(root);
    for (const QString &locale : std::as_const(locales)) {
        CourseRepository repository({shippedRoot(), root});
        repository.load(locale);
        for (const ContentIssue &issue : repository.issues()) {
            const bool fromPack = issue.file.startsWith(prefix);
            const bool duplicate = std::any_of(found.cbegin(), found.cend(), [&](const ContentIssue &f) {
                return f.file == issue.file && f.jsonPath == issue.jsonPath && f.message == issue.message;
            });
            if (fromPack && !duplicate)
                found.append(issue);
        }
    }
    return found;
}

} // namespace loopwise
