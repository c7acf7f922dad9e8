#include "widgets/models/MaskCommands.h"

#include "widgets/models/ReviewSession.h"

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

namespace {

// The mask an undo step refers to, or 0 when it no longer exists ("Find
// Burned-in Text Again" replaced the automatic masks): the step is then
// dropped from the history instead of failing.
qint64 stillThere(ReviewSession *session, qint64 firstId, QUndoCommand *command)
{
    const qint64 id = session->resolveMask(firstId);
    if (session->mask(id).id != 0)
        return id;
    command->setObsolete(true);
    return 0;
}

} // namespace

void AddMaskCommand::undo()
{
    if (const qint64 id = stillThere(m_session, m_firstId, this))
        m_session->applyRemoveMask(id);
}

RemoveMaskCommand::RemoveMaskCommand(ReviewSession *session, const ProjectMask &mask)
    : QUndoCommand(QCoreApplication::translate("ReviewSession", "Delete mask")), m_session(session), m_mask(mask),
      m_firstId(mask.id)
{
}

void RemoveMaskCommand::redo()
{
    if (const qint64 id = stillThere(m_session, m_firstId, this)) {
        m_mask = m_session->mask(id); // as it is now
        m_session->applyRemoveMask(id);
    }
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
    if ((m.id = stillThere(m_session, m_after.id, this)))
        m_session->applyChangeMask(m);
}

void ChangeMaskCommand::undo()
{
    ProjectMask m = m_before;
    if ((m.id = stillThere(m_session, m_before.id, this)))
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

SafeWordCommand::SafeWordCommand(ReviewSession *session, const QString &word, bool add)
    : QUndoCommand(add ? QCoreApplication::translate("ReviewSession", "Keep word everywhere")
                       : QCoreApplication::translate("ReviewSession", "Take word off the safe list")),
      m_session(session), m_word(word), m_add(add)
{
}

void SafeWordCommand::redo()
{
    m_session->applySafeWord(m_word, m_add);
}

void SafeWordCommand::undo()
{
    m_session->applySafeWord(m_word, !m_add);
}

} // namespace veil
