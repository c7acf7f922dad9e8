#pragma once

#include "engine/project/ProjectTypes.h"

#include <QUndoCommand>

namespace veil {

class ReviewSession;

// One mask edit = one undo step. Masks are referred to by the id they were
// first given; the session maps it to the id of the row re-created by redo.
class AddMaskCommand : public QUndoCommand
{
public:
    AddMaskCommand(ReviewSession *session, ProjectMask mask, const QString &text);
    void redo() override;
    void undo() override;

private:
    ReviewSession *m_session;
    ProjectMask m_mask;
    qint64 m_firstId = 0;
};

class RemoveMaskCommand : public QUndoCommand
{
public:
    RemoveMaskCommand(ReviewSession *session, const ProjectMask &mask);
    void redo() override;
    void undo() override;

private:
    ReviewSession *m_session;
    ProjectMask m_mask; // as it was
    qint64 m_firstId;
};

// Move, resize, keep/mask toggles. Keyboard nudges of one mask merge into one step.
class ChangeMaskCommand : public QUndoCommand
{
public:
    ChangeMaskCommand(ReviewSession *session, const ProjectMask &before, const ProjectMask &after, bool nudge);
    void redo() override;
    void undo() override;
    int id() const override { return m_nudge ? 0x6d61736b : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ReviewSession *m_session;
    ProjectMask m_before, m_after;
    bool m_nudge;
};

// A word on (or off) the project's safe list: "keep this word everywhere".
class SafeWordCommand : public QUndoCommand
{
public:
    SafeWordCommand(ReviewSession *session, const QString &word, bool add);
    void redo() override;
    void undo() override;

private:
    ReviewSession *m_session;
    QString m_word;
    bool m_add;
};

class StatusCommand : public QUndoCommand
{
public:
    StatusCommand(ReviewSession *session, const ProjectInstance &before, ReviewStatus status, const QString &comment);
    void redo() override;
    void undo() override;

private:
    ReviewSession *m_session;
    qint64 m_id;
    ReviewStatus m_oldStatus, m_newStatus;
    QString m_oldComment, m_newComment;
};

} // namespace veil
