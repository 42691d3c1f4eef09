// ProgressStore: lab runs attached to the decision note as evidence.
#include "ProgressStore.h"

#include "StoreMessages.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>

namespace loopwise {

namespace {

const QString DecisionNote = QStringLiteral("decision");
const QString EvidenceField = QStringLiteral("evidence");

} // namespace

QString ProgressStore::evidenceKey(const EvidenceRun &run)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QStringList parts = QStringList{run.labId, run.title, run.link} + run.settings + run.figures;
    for (const QString &part : parts) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1)); // so that "ab","c" and "a","bc" differ
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool ProgressStore::hasEvidence(const QString &runKey) const
{
    return std::any_of(m_state.evidence.cbegin(), m_state.evidence.cend(),
                       [&runKey](const Evidence &e) { return e.runKey == runKey; });
}

QString ProgressStore::attachEvidence(const EvidenceRun &run)
{
    const QString key = evidenceKey(run);
    if (!accept(!run.chart.isNull(), Messages::evidenceWithoutChart()) || !validIds({run.labId})
        || !accept(run.title.size() <= Limits::MaxLabelChars, Messages::textTooLong(Limits::MaxLabelChars))
        || !accept(!hasEvidence(key), Messages::evidenceAlreadyAttached()))
        return QString();
    // A note editor still waiting for typing to pause hands its words over first, so the
    // block lands after them and nothing typed is overwritten.
    flushPending();
    QVariantMap fields = note(DecisionNote);
    const QString before = fields.value(EvidenceField).toString().trimmed();
    const QString block
        = Messages::evidenceBlock(run.title, QDateTime::currentDateTime(), run.settings, run.figures, run.link);
    const QString text = before.isEmpty() ? block : before + QStringLiteral("\n\n") + block;
    if (!accept(text.size() <= Limits::MaxTextChars, Messages::textTooLong(Limits::MaxTextChars)))
        return QString();
    const QString id = newUuid();
    const QString recorded = record(EventKind::EvidenceAttached, QString(),
                                    {{QStringLiteral("evidenceId"), id},
                                     {QStringLiteral("note"), DecisionNote},
                                     {QStringLiteral("labId"), run.labId},
                                     {QStringLiteral("title"), run.title},
                                     {QStringLiteral("runKey"), key}},
                                    eventKindName(EventKind::EvidenceAttached), run.chart);
    if (recorded.isEmpty())
        return QString();
    fields.insert(EvidenceField, text);
    saveNote(DecisionNote, fields);
    return id;
}

QVariantList ProgressStore::evidence(const QString &noteKind) const
{
    QVariantList list;
    for (const Evidence &e : m_state.evidence) {
        if (e.noteKind != noteKind)
            continue;
        list.append(QVariantMap{{QStringLiteral("id"), e.id},
                                {QStringLiteral("labId"), e.labId},
                                {QStringLiteral("title"), e.title},
                                {QStringLiteral("attachedAt"), QDateTime::fromMSecsSinceEpoch(e.attachedAt)},
                                {QStringLiteral("width"), e.image.width()},
                                {QStringLiteral("height"), e.image.height()}});
    }
    return list;
}

QImage ProgressStore::evidenceChart(const QString &id) const
{
    const auto it = std::find_if(m_state.evidence.cbegin(), m_state.evidence.cend(),
                                 [&id](const Evidence &e) { return e.id == id; });
    return it == m_state.evidence.cend() ? QImage() : it->image;
}

bool ProgressStore::removeEvidence(const QString &id)
{
    const bool known = std::any_of(m_state.evidence.cbegin(), m_state.evidence.cend(),
                                   [&id](const Evidence &e) { return e.id == id; });
    return accept(known, Messages::unknownEvidence(id))
        && !record(EventKind::EvidenceRemoved, QString(), {{QStringLiteral("evidenceId"), id}},
                   eventKindName(EventKind::EvidenceRemoved))
                .isEmpty();
}

} // namespace loopwise
