#include "PromptContent.h"

#include "CourseRepository.h"
#include "StartupOptions.h"

#include "loopwise/engine/demo_model.h"

#include <QFile>
#include <QFileInfo>

#include <exception>
#include <optional>

namespace loopwise {

namespace {

namespace prompts = engine::prompts;

const QString kEnglish = QStringLiteral("en");
constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;

// Where a file of the prompts folder may be, best first: the language in the last pack to
// the first, then English the same way.
QStringList candidates(const QString &fileName, const QString &locale, const QStringList &roots)
{
    QStringList paths;
    QStringList locales{locale};
    if (locale != kEnglish)
        locales.append(kEnglish);
    for (const QString &loc : std::as_const(locales))
        for (auto root = roots.crbegin(); root != roots.crend(); ++root)
            paths.append(*root + QLatin1Char('/') + loc + QStringLiteral("/prompts/") + fileName);
    return paths;
}

// The first candidate that reads and converts; each one that does not is a problem.
template<typename T, typename Convert>
std::optional<T> readFirst(const QString &fileName, const QString &locale, const QStringList &roots, Convert convert,
                           QStringList &problems)
{
    for (const QString &path : candidates(fileName, locale, roots)) {
        const QFileInfo info(path);
        if (!info.exists())
            continue;
        QFile file(path);
        QByteArray raw;
        if (info.isFile() && file.open(QIODevice::ReadOnly))
            raw = file.read(kMaxFileBytes + 1);
        if (!file.isOpen() || raw.size() > kMaxFileBytes) {
            //: A content file of the prompts lab (%1: its path) is not a readable file or is larger than 8 MB. "The
            //: file it replaces" is the same file in an earlier content pack or in English.
            problems.append(
                PromptContent::tr("%1 cannot be read; the prompts lab uses the file it replaces instead.").arg(path));
            continue;
        }
        try {
            return convert(engine::parseJson(std::string_view(raw.constData(), std::size_t(raw.size()))));
        } catch (const engine::JsonError &error) {
            if (error.line() > 0)
                //: A content file of the prompts lab (%1: its path) has a JSON syntax error at line %2, column %3. "The
                //: file it replaces" is the same file in an earlier content pack or in English.
                problems.append(PromptContent::tr("%1 is not valid JSON at line %2, column %3; the prompts lab uses "
                                                  "the file it replaces instead.")
                                    .arg(path)
                                    .arg(error.line())
                                    .arg(error.column()));
            else
                //: A content file of the prompts lab (%1: its path) lacks a field or has one of the wrong type; %2 is
                //: the technical detail (in English) naming the field. "The file it replaces" is the same file in an
                //: earlier content pack or in English.
                problems.append(
                    PromptContent::tr("%1 cannot be used (%2); the prompts lab uses the file it replaces instead.")
                        .arg(path, QString::fromUtf8(error.what())));
        } catch (const std::exception &error) {
            problems.append(
                PromptContent::tr("%1 cannot be used (%2); the prompts lab uses the file it replaces instead.")
                    .arg(path, QString::fromUtf8(error.what())));
        }
    }
    //: %1 is a file name such as tasks.json that no content pack (not even the shipped one) holds in a usable form.
    problems.append(PromptContent::tr("No content pack has a usable %1 for the prompts lab.").arg(fileName));
    return std::nullopt;
}

} // namespace

QStringList PromptContent::defaultPackRoots()
{
    return QStringList{CourseRepository::shippedRoot()} + startupOptions().contentDirs;
}

PromptContent PromptContent::load(const QString &locale, const QStringList &packRoots)
{
    auto data = std::make_shared<Data>();
    data->locale = locale.isEmpty() ? kEnglish : locale;
    QStringList &problems = data->problems;
    const QString &loc = data->locale;

    if (auto tasks = readFirst<std::vector<prompts::PromptTask>>(QStringLiteral("tasks.json"), loc, packRoots,
                                                                 prompts::tasksFromJson, problems))
        data->tasks = std::move(*tasks);
    if (auto lists = readFirst<prompts::PromptWordLists>(QStringLiteral("analyser.json"), loc, packRoots,
                                                         prompts::wordListsFromJson, problems))
        data->analyser = prompts::PromptAnalyser(std::move(*lists));
    if (auto phrases = readFirst<prompts::PatternPhrases>(QStringLiteral("patterns.json"), loc, packRoots,
                                                          prompts::patternPhrasesFromJson, problems))
        data->phrases = std::move(*phrases);
    if (auto corpus = readFirst<engine::Json>(
            QStringLiteral("demo_corpus.json"), loc, packRoots,
            [](engine::Json json) {
                // The smallest corpus it makes: demoCorpus() names what the file lacks.
                (void)prompts::demoCorpus(json, prompts::DemoCorpusConfig{100, 11});
                return json;
            },
            problems))
        data->demoCorpus = std::move(*corpus);
    return PromptContent(std::move(data));
}

const engine::prompts::PromptTask *PromptContent::task(const QString &id) const
{
    const std::string key = id.toStdString();
    for (const prompts::PromptTask &task : m_data->tasks)
        if (task.id == key)
            return &task;
    return nullptr;
}

} // namespace loopwise
