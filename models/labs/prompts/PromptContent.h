#pragma once
// The prompts lab's content in one language: the starter tasks (tasks.json), the analyser's
// word lists (analyser.json), the pattern helpers' phrases (patterns.json) and the built-in
// model's training text (demo_corpus.json), all from resources/content/<lang>/prompts/.
//
// Found as the course content is (CourseRepository): the shipped pack ":/content" with the
// extra packs of --content-dir laid over it, a later pack's file replacing an earlier one's;
// a file the language lacks comes from English. A file that cannot be used is named in a
// translated sentence in problems(), and the next candidate (in the end the shipped English
// file) is used instead, so the lab always has content.

#include "loopwise/engine/json.h"
#include "loopwise/engine/prompt_analyser.h"
#include "loopwise/engine/prompt_patterns.h"
#include "loopwise/engine/prompt_tasks.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace loopwise {

class PromptContent
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::PromptContent)

public:
    // The shipped pack, then the extra packs of the command line.
    static QStringList defaultPackRoots();
    // The content of `locale` (empty: English) from these pack roots.
    static PromptContent load(const QString &locale, const QStringList &packRoots = defaultPackRoots());

    const QString &locale() const { return m_data->locale; }
    // One translated sentence per file that could not be used; empty when all were fine.
    const QStringList &problems() const { return m_data->problems; }

    const std::vector<engine::prompts::PromptTask> &tasks() const { return m_data->tasks; }
    // The task with this id, or null.
    const engine::prompts::PromptTask *task(const QString &id) const;
    const engine::prompts::PromptWordLists &wordLists() const { return m_data->analyser.lists(); }
    // The analyser built once from wordLists().
    const engine::prompts::PromptAnalyser &analyser() const { return m_data->analyser; }
    const engine::prompts::PatternPhrases &phrases() const { return m_data->phrases; }
    // demo_corpus.json as read (engine::prompts::demoCorpus() makes the training text).
    const engine::Json &demoCorpus() const { return m_data->demoCorpus; }

private:
    struct Data
    {
        QString locale;
        QStringList problems;
        std::vector<engine::prompts::PromptTask> tasks;
        engine::prompts::PromptAnalyser analyser{engine::prompts::PromptWordLists{}};
        engine::prompts::PatternPhrases phrases;
        engine::Json demoCorpus;
    };
    explicit PromptContent(std::shared_ptr<const Data> data)
        : m_data(std::move(data))
    {}

    std::shared_ptr<const Data> m_data;
};

} // namespace loopwise
