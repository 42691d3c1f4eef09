#include "NoteEditor.h"

#include "Progress.h"
#include "ProgressStore.h"

namespace loopwise {

namespace {
constexpr int kDefaultDebounceMs = 800;
}

NoteEditor::NoteEditor(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &NoteEditor::saveNow);
    connectStore();
}

NoteEditor::~NoteEditor()
{
    // Closing the page must not lose the last words typed.
    flushPending();
}

ProgressStore *NoteEditor::store() const
{
    return m_store ? m_store.data() : Progress::instance()->store();
}

void NoteEditor::setStore(ProgressStore *store)
{
    if (store == m_store)
        return;
    m_store = store;
    connectStore();
    reload();
    Q_EMIT storeChanged();
}

void NoteEditor::connectStore()
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections = {
        connect(store(), &ProgressStore::saved, this, [this](const QString &what) { onSaved(what); }),
        connect(store(), &ProgressStore::writeFailed, this,
                [this] {
                    if (m_state == SaveState::Saving)
                        setState(SaveState::Failed);
                }),
        // Before the store closes or shows another profile, the words typed last are written.
        connect(store(), &ProgressStore::flushRequested, this, &NoteEditor::flushPending),
        // A profile switch or an import brings other text.
        connect(store(), &ProgressStore::currentProfileIdChanged, this, &NoteEditor::reload),
        connect(store(), &ProgressStore::notesChanged, this, &NoteEditor::onNoteChanged),
        connect(store(), &ProgressStore::evidenceChanged, this, &NoteEditor::evidenceChanged),
        connect(store(), &ProgressStore::exportFinished, this,
                [this](const QString &, const QString &path, bool ok, const QString &message) {
                    onExportFinished(path, ok, message);
                }),
    };
}

void NoteEditor::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    flushPending();
    m_kind = kind;
    reload();
    Q_EMIT kindChanged();
}

void NoteEditor::setDebounceMs(int ms)
{
    if (ms <= 0 || ms == m_debounce.interval())
        return;
    m_debounce.setInterval(ms);
    Q_EMIT debounceMsChanged();
}

QVariantList NoteEditor::revisions() const
{
    return m_kind.isEmpty() ? QVariantList{} : store()->noteRevisions(m_kind);
}

void NoteEditor::setField(const QString &id, const QString &text)
{
    if (m_fields.value(id).toString() == text)
        return;
    m_fields.insert(id, text);
    Q_EMIT fieldsChanged();
    setState(SaveState::Editing);
    m_debounce.start();
}

void NoteEditor::saveNow()
{
    m_debounce.stop();
    if (m_kind.isEmpty() || m_state == SaveState::Saved)
        return;
    setState(SaveState::Saving);
    // The store keeps the text in memory and retries if the disk refuses it.
    if (store()->saveNote(m_kind, m_fields).isEmpty())
        setState(SaveState::Failed);
}

void NoteEditor::flushPending()
{
    if (m_debounce.isActive())
        saveNow();
}

void NoteEditor::onSaved(const QString &what)
{
    if (what != m_kind)
        return;
    if (m_state == SaveState::Saving || m_state == SaveState::Failed)
        setState(SaveState::Saved);
    Q_EMIT revisionsChanged();
}

void NoteEditor::onNoteChanged(const QString &kind)
{
    if (kind != m_kind || m_state == SaveState::Editing)
        return;
    const QVariantMap stored = store()->note(m_kind);
    if (stored == m_fields)
        return;
    m_fields = stored;
    Q_EMIT fieldsChanged();
}

QVariantList NoteEditor::evidence() const
{
    return m_kind.isEmpty() ? QVariantList{} : store()->evidence(m_kind);
}

QImage NoteEditor::evidenceChart(const QString &id) const
{
    return store()->evidenceChart(id);
}

bool NoteEditor::removeEvidence(const QString &id)
{
    return store()->removeEvidence(id);
}

void NoteEditor::restore(const QString &revisionId)
{
    flushPending();
    if (store()->restoreRevision(m_kind, revisionId).isEmpty())
        return;
    setState(SaveState::Saving);
    m_fields = store()->note(m_kind);
    Q_EMIT fieldsChanged();
    Q_EMIT revisionsChanged();
}

void NoteEditor::exportMarkdown(const QString &path)
{
    startExport(path, false);
}

void NoteEditor::exportPdf(const QString &path)
{
    startExport(path, true);
}

void NoteEditor::startExport(const QString &path, bool pdf)
{
    // The words typed last are sent first, so the file holds them.
    saveNow();
    const QString file = ProgressStore::localPath(path);
    m_exports.append(file);
    if (pdf)
        store()->exportNotePdf(m_kind, file);
    else
        store()->exportNoteMarkdown(m_kind, file);
    if (m_exports.size() == 1)
        Q_EMIT exportingChanged();
}

void NoteEditor::onExportFinished(const QString &path, bool ok, const QString &message)
{
    if (!m_exports.removeOne(path))
        return; // another editor's or page's export
    if (m_exports.isEmpty())
        Q_EMIT exportingChanged();
    //: %1 is the path of the file the note was written to
    Q_EMIT exported(ok, ok ? tr("Exported to %1").arg(path) : message);
}

void NoteEditor::reload()
{
    m_debounce.stop();
    m_fields = m_kind.isEmpty() ? QVariantMap{} : store()->note(m_kind);
    Q_EMIT fieldsChanged();
    Q_EMIT revisionsChanged();
    Q_EMIT evidenceChanged();
    setState(SaveState::Saved);
}

void NoteEditor::setState(SaveState state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT saveStateChanged();
}

} // namespace loopwise
