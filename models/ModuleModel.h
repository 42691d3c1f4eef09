#pragma once

#include "ContentTypes.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace loopwise {

// One module (or course page) as a flat list for the reader: each section
// starts with a "heading" row, followed by its blocks.
class ModuleModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Obtained from Course.openModule()")
    Q_PROPERTY(QString moduleId READ moduleId CONSTANT)
    Q_PROPERTY(QString kind READ kind CONSTANT)
    Q_PROPERTY(QString label READ label CONSTANT)
    Q_PROPERTY(QString title READ title CONSTANT)
    Q_PROPERTY(QString tagline READ tagline CONSTANT)
    Q_PROPERTY(QString level READ level CONSTANT)
    Q_PROPERTY(int minutes READ minutes CONSTANT)
    Q_PROPERTY(int outcomeCount READ outcomeCount CONSTANT)
    Q_PROPERTY(QString previousId READ previousId CONSTANT)
    Q_PROPERTY(QString nextId READ nextId CONSTANT)
    Q_PROPERTY(QString completionHint READ completionHint CONSTANT)
    Q_PROPERTY(QVariantList sections READ sections CONSTANT)

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        BlockIdRole,
        SectionIdRole,
        SectionTitleRole,
        SectionNumberRole,
        FieldsRole,
    };
    Q_ENUM(Role)

    explicit ModuleModel(const ContentModule &module, QObject *parent = nullptr);

    QString moduleId() const { return m_module.id; }
    QString kind() const { return m_module.kind; }
    QString label() const { return m_module.label; }
    QString title() const { return m_module.title; }
    QString tagline() const { return m_module.tagline; }
    QString level() const { return m_module.level; }
    int minutes() const { return m_module.minutes; }
    int outcomeCount() const;
    QString previousId() const { return m_module.previous; }
    QString nextId() const { return m_module.next; }
    QString completionHint() const { return m_module.completionHint; }
    // [{id, title, row}] for the table of contents and the progress strip.
    QVariantList sections() const;

    // Row of a section's heading, or -1 when the module has no such section.
    Q_INVOKABLE int rowOfSection(const QString &sectionId) const;
    // Section id of the given row (for remembering where the reader is).
    Q_INVOKABLE QString sectionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        int section;
        int block; // -1 for the section heading
    };
    ContentModule m_module;
    QList<Row> m_rows;
};

} // namespace loopwise
