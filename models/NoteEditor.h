#pragma once

#include "ProgressStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

// One of the learner's notes (decision note, model note, reflection) being
// edited: every change is saved a moment after typing stops, each save is a
// revision, and the state says whether the text on screen is safe.
class NoteEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // "decision", "model" or "reflection"
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QVariantMap fields READ fields NOTIFY fieldsChanged)
    Q_PROPERTY(SaveState saveState READ saveState NOTIFY saveStateChanged)
    // [{revisionId, savedAt, fields, fieldTexts, restoredFrom}], newest first; fieldTexts holds
    // the non-empty fields' words in the order the page shows the fields.
    Q_PROPERTY(QVariantList revisions READ revisions NOTIFY revisionsChanged)
    Q_PROPERTY(int debounceMs READ debounceMs WRITE setDebounceMs NOTIFY debounceMsChanged)
    // The store to use; the app's store (Progress.store) unless set.
    Q_PROPERTY(loopwise::ProgressStore *store READ store WRITE setStore NOTIFY storeChanged)
    // The lab runs attached to this note as evidence: [{id, labId, title, attachedAt, width,
    // height}], oldest first (their text is in the "evidence" field; see LabEvidence).
    Q_PROPERTY(QVariantList evidence READ evidence NOTIFY evidenceChanged)
    // True while an export this editor asked for is being written.
    Q_PROPERTY(bool exporting READ isExporting NOTIFY exportingChanged)

public:
    enum class SaveState { Saved, Editing, Saving, Failed };
    Q_ENUM(SaveState)

    explicit NoteEditor(QObject *parent = nullptr);
    ~NoteEditor() override;

    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QVariantMap fields() const { return m_fields; }
    SaveState saveState() const { return m_state; }
    QVariantList revisions() const;
    int debounceMs() const { return m_debounce.interval(); }
    void setDebounceMs(int ms);
    ProgressStore *store() const;
    void setStore(ProgressStore *store);
    bool isExporting() const { return !m_exports.isEmpty(); }
    QVariantList evidence() const;

    Q_INVOKABLE QString field(const QString &id) const { return m_fields.value(id).toString(); }
    // Called on every keystroke: the save follows once typing pauses.
    Q_INVOKABLE void setField(const QString &id, const QString &text);
    // Saves now (e.g. when the page closes).
    Q_INVOKABLE void saveNow();
    Q_INVOKABLE void restore(const QString &revisionId);
    // The chart of evidence `id`, for a thumbnail; null if unknown.
    Q_INVOKABLE QImage evidenceChart(const QString &id) const;
    // Takes the chart off the note; the text the run added stays for the learner to edit.
    Q_INVOKABLE bool removeEvidence(const QString &id);
    // Saves now, then asks the store to write the file; exported() tells how it went.
    Q_INVOKABLE void exportMarkdown(const QString &path);
    Q_INVOKABLE void exportPdf(const QString &path);

Q_SIGNALS:
    void kindChanged();
    void fieldsChanged();
    void saveStateChanged();
    void revisionsChanged();
    void debounceMsChanged();
    void storeChanged();
    void exportingChanged();
    void evidenceChanged();
    // message: where the file went, or why it could not be written, in plain words.
    void exported(bool ok, const QString &message);

private:
    void reload();
    // Saves at once if a save is waiting for typing to pause.
    void flushPending();
    void setState(SaveState state);
    void onSaved(const QString &what);
    // The note changed in the store by another hand (a lab attached a run): show it, unless
    // the learner's own typing is still waiting to be saved.
    void onNoteChanged(const QString &kind);
    void connectStore();
    void startExport(const QString &path, bool pdf);
    void onExportFinished(const QString &path, bool ok, const QString &message);

    QString m_kind;
    QVariantMap m_fields;
    SaveState m_state = SaveState::Saved;
    QTimer m_debounce;
    QPointer<ProgressStore> m_store;
    QList<QMetaObject::Connection> m_connections;
    QStringList m_exports; // files this editor asked for, still being written
};

} // namespace loopwise
