#pragma once

#include <QString>
#include <QStringList>

namespace loopwise {

// The languages Loopwise can speak, found rather than listed: every compiled translation
// shipped in the app (:/i18n/loopwise_<code>.qm) and every one a school drops into a
// language folder as <folder>/<code>/loopwise_<code>.qm, beside that language's content
// pack (<folder>/<code>/course.json, glossary.json, modules/). A language folder is thus a
// content-pack root as well. A later folder's translation replaces an earlier one.
class LanguageCatalog
{
public:
    struct Language
    {
        QString code;
        QString translationFile; // the .qm that wins for this code
    };

    explicit LanguageCatalog(QStringList folders);

    // The catalog of the running app: the folders the startup options name.
    static const LanguageCatalog &current();
    // <data folder>/languages, the data folder being dataDir or the platform's app-data folder.
    static QString dataLanguagesFolder(const QString &dataDir);
    // The language's own name, capitalised ("Deutsch", "العربية"); "English" for en.
    static QString nativeName(const QString &code);

    const QStringList &folders() const { return m_folders; }
    const QList<Language> &languages() const { return m_languages; }
    QStringList codes() const;
    bool contains(const QString &code) const;
    // The .qm for code, or "" if none was found.
    QString translationFile(const QString &code) const;

private:
    void add(const QString &code, const QString &file);

    QStringList m_folders;
    QList<Language> m_languages;
};

} // namespace loopwise
