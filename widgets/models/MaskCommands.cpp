#include "models/MaskCommands.h"

#include "models/ReviewSession.h"

#include <QCoreApplication>

namespace veil {

AddMaskCommand::AddMaskCommand(ReviewSession *session, ProjectMask mask, const QString &text)
    : QUndoCommand(text), m_session(session), m_mask(std::move(mask))
{
}

void AddMaskCommand::redo()
{
    const qint64 id = m_session->applyAddMask(m_mask);
    if (m_firstId == 0)
        m_firstId = id;
    else
        m_session->aliasMask(m_firstId, id);
}

void AddMaskCommand::undo()
{
    m_session->applyRemoveMask(m_session->resolveMask(m_firstId));
}

RemoveMaskCommand::RemoveMaskCommand(ReviewSession *session, const ProjectMask &mask)
    : QUndoCommand(QCoreApplication::translate("ReviewSession", "Delete mask")), m_session(session), m_mask(mask),
      m_firstId(mask.id)
{
}

void RemoveMaskCommand::redo()
{
    m_mask = m_session->mask(m_session->resolveMask(m_firstId)); // as it is now
    m_session->applyRemoveMask(m_mask.id);
}

void RemoveMaskCommand::undo()
{
    m_session->aliasMask(m_firstId, m_session->applyAddMask(m_mask));
}

ChangeMaskCommand::ChangeMaskCommand(ReviewSession *session, const ProjectMask &before, const ProjectMask &after,
                                     bool nudge)
    : QUndoCommand(before.enabled != after.enabled
                       ? (after.enabled ? QCoreApplication::translate("ReviewSession", "Mask text")
                                        : QCoreApplication::translate("ReviewSession", "Keep text"))
                       : QCoreApplication::translate("ReviewSession", "Move mask")),
      m_session(session), m_before(before), m_after(after), m_nudge(nudge)
{
}

void ChangeMaskCommand::redo()
{
    ProjectMask m = m_after;
    m.id = m_session->resolveMask(m_after.id);
    m_session->applyChangeMask(m);
}

void ChangeMaskCommand::undo()
{
    ProjectMask m = m_before;
    m.id = m_session->resolveMask(m_before.id);
    m_session->applyChangeMask(m);
}

bool ChangeMaskCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeMaskCommand *>(other);
    if (!o->m_nudge || o->m_after.id != m_after.id)
        return false;
    m_after = o->m_after;
    return true;
}

StatusCommand::StatusCommand(ReviewSession *session, const ProjectInstance &before, ReviewStatus status,
                             const QString &comment)
    : QUndoCommand(QCoreApplication::translate("ReviewSession", "Mark %1").arg(statusName(status))), m_session(session),
      m_id(before.id), m_oldStatus(before.status), m_newStatus(status), m_oldComment(before.comment),
      m_newComment(comment)
{
}

void StatusCommand::redo()
{
    m_session->applyStatus(m_id, m_newStatus, m_newComment);
}

void StatusCommand::undo()
{
    m_session->applyStatus(m_id, m_oldStatus, m_oldComment);
}

} // namespace veil
