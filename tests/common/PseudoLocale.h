#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTranslator>

// A pseudo-locale for tests only: every string about 40 % longer, its letters accented and
// wrapped in ⟦ ⟧, so that a page shows at once what would be cut off in a longer language and
// what is not translated (no markers). Placeholders (%1, %L1, %n), inline markup ([[...]]),
// tags and entities pass through untouched.
namespace pseudolocale {

inline const QString kOpen = QStringLiteral("⟦");
inline const QString kClose = QStringLiteral("⟧");

inline QString accented(const QString &text)
{
    static const QString plain = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    static const QString marked = QStringLiteral("áƀçðéƒĝĥíĵķļḿñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻḾÑÓÞǪŔŠŢÚṼŴẊÝŽ");
    QString result = text;
    for (QChar &c : result) {
        if (const qsizetype at = plain.indexOf(c); at >= 0)
            c = marked.at(at);
    }
    return result;
}

inline QString pseudo(const QString &source)
{
    if (source.trimmed().isEmpty())
        return source;
    static const QRegularExpression keep(
        QStringLiteral("%L?\\d+|%n|\\[\\[[a-z0-9:-]+\\|?|\\]\\]|<[^>]*>|&\\w+;|\\{\\{input\\}\\}"));
    QString body;
    qsizetype letters = 0;
    qsizetype at = 0;
    for (auto it = keep.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString piece = source.mid(at, match.capturedStart() - at);
        body += accented(piece);
        letters += piece.size();
        body += match.captured();
        at = match.capturedEnd();
    }
    body += accented(source.mid(at));
    letters += source.size() - at;
    // About 40 % more, in words of five so that it wraps like text.
    QString padding;
    for (qsizetype i = 0; i < (letters * 2 + 4) / 5; ++i)
        padding += (i % 5 == 0 && i > 0) ? QStringLiteral(" ẋ") : QStringLiteral("ẋ");
    return kOpen + body + QLatin1Char(' ') + padding + kClose;
}

class Translator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        return pseudo(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

// Fields of a content pack that are ids or machine values (a lab card's settings), not text.
inline bool isIdField(const QString &key, const QJsonValue &value)
{
    static const QStringList ids{QStringLiteral("id"),       QStringLiteral("kind"),   QStringLiteral("lab"),
                                 QStringLiteral("previous"), QStringLiteral("next"),   QStringLiteral("module"),
                                 QStringLiteral("note"),     QStringLiteral("schema"), QStringLiteral("settings")};
    static const QRegularExpression kebab(QStringLiteral("^[a-z0-9-]+$"));
    // "terms" lists term ids in a module's key-terms block, but holds the terms in glossary.json.
    if (key == QLatin1String("terms"))
        return value.isArray() && !value.toArray().isEmpty() && value.toArray().first().isString();
    return ids.contains(key) || (key == QLatin1String("term") && kebab.match(value.toString()).hasMatch());
}

inline QJsonValue pseudoJson(const QJsonValue &value)
{
    if (value.isString())
        return pseudo(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(pseudoJson(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!isIdField(it.key(), it.value()))
                it.value() = pseudoJson(it.value());
        }
        return object;
    }
    return value;
}

// The prompts lab's tasks: their titles and starter prompts are text to show (the prompts'
// {{input}} slot kept); labels, checks and cases are data the checks compare.
inline QJsonObject pseudoPromptTasks(QJsonObject file)
{
    QJsonArray tasks;
    for (const QJsonValue &value : file.value(QStringLiteral("tasks")).toArray()) {
        QJsonObject task = value.toObject();
        for (const QString &key : {QStringLiteral("title"), QStringLiteral("promptA"), QStringLiteral("promptB")})
            task[key] = pseudo(task.value(key).toString());
        tasks.append(task);
    }
    file[QStringLiteral("tasks")] = tasks;
    return file;
}

// Writes the English course, glossary, modules and the prompts lab's tasks, pseudo-translated,
// as <root>/<locale>/.
inline bool writeContentPack(const QString &root, const QString &locale)
{
    const QString english = QStringLiteral(":/content/en");
    for (QDirIterator it(english, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        const QString relative = QDir(english).relativeFilePath(path);
        const bool promptTasks = relative == QLatin1String("prompts/tasks.json");
        if (relative.startsWith(QLatin1String("prompts/")) && !promptTasks)
            continue; // the prompts lab's word lists and corpus are data, not text to show
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        const QJsonObject source = QJsonDocument::fromJson(in.readAll()).object();
        const QJsonValue pseudoRoot = promptTasks ? pseudoPromptTasks(source) : pseudoJson(source);
        const QString target = root + QLatin1Char('/') + locale + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(QJsonDocument(pseudoRoot.toObject()).toJson());
    }
    return true;
}

} // namespace pseudolocale
