// File formats for people outside the app: notes as Markdown/PDF for the learner, progress
// as CSV and xAPI statements for a teacher. Pure functions of store data.
#pragma once

#include "StoreTypes.h"

#include <QCoreApplication>

#include <optional>

namespace loopwise {

class Exporters
{
    Q_DECLARE_TR_FUNCTIONS(loopwise::Exporters)

public:
    // A chart attached to the note as evidence.
    struct Chart
    {
        QString caption;
        QString fileName; // beside the Markdown file, which links it by this name
        QByteArray png;
    };

    struct NoteDocument
    {
        QString profileName;
        QString kind;
        std::optional<NoteRevision> note; // nothing saved yet: an empty form
        std::optional<NoteRevision> reflection; // appended when given
        QList<Chart> charts; // shown under the note's fields
    };

    struct ProfileProgress
    {
        ProfileInfo profile;
        ProfileState state;
    };

    struct ProfileLog
    {
        ProfileInfo profile;
        QList<Event> events;
    };

    static QString noteMarkdown(const NoteDocument &document);
    // The Markdown above, laid out on A4 pages, with the charts drawn.
    static QByteArray notePdf(const NoteDocument &document);
    // The name of a note's chart file beside the note at notePath: "<note>-chart-<n>.png".
    static QString chartFileName(const QString &notePath, int number);
    // Writes the charts beside the Markdown file, then the file itself.
    static QString writeNoteMarkdown(const QString &path, const NoteDocument &document);
    // One row per profile and module (a profile without progress still gets a row).
    static QByteArray progressCsv(const QList<ProfileProgress> &profiles);
    // One xAPI statement per line for the events a learning record store cares about.
    static QByteArray xapiStatements(const QList<ProfileLog> &logs);

    // Atomic: the file is either fully written or left as it was. Empty on success, else a
    // plain message.
    static QString writeFile(const QString &path, const QByteArray &bytes);

private:
    static QString noteTitle(const QString &kind);
    static QString fieldLabel(const QString &kind, const QString &field);
};

} // namespace loopwise
