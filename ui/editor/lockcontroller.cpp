#include "lockcontroller.h"

#include "documentcontroller.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/newsroomwatcher.h"

#include <algorithm>
#include <utility>

namespace galley {

namespace {

const QString LocksTable = QStringLiteral("article_locks");
const QString PresenceTable = QStringLiteral("presence");

} // namespace

LockController::LockController(Database &database, DocumentController *document, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_document(document)
{
    m_locks.emplace(database);
    m_heartbeat.setInterval(30 * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, &LockController::refresh);
    m_handOver.setSingleShot(true);
    m_handOver.setInterval(5000);
    connect(&m_handOver, &QTimer::timeout, this, &LockController::forceTakeOver);
    connect(document, &DocumentController::articleLoaded, this, &LockController::onArticleLoaded);
    connect(document, &DocumentController::contentChanged, this, [this] {
        if (m_state == State::Editing)
            m_edited = true;
    });
}

// Dropped without closing its article (a crash would do the same), the lock stays until it
// expires: the Database may be gone already.
LockController::~LockController() = default;

void LockController::setSession(const QString &session)
{
    if (m_articleId == 0)
        m_locks.emplace(m_database, session);
}

void LockController::setUserName(const QString &name)
{
    m_userName = name;
}

void LockController::setMayLock(bool mayLock)
{
    if (m_mayLock == mayLock)
        return;
    m_mayLock = mayLock;
    if (m_articleId == 0 || !m_locks->isSupported())
        return;
    if (!mayLock && m_state == State::Editing) {
        (void)m_locks->release(m_articleId);
        m_lock.reset();
        setState(State::Off);
    } else if (mayLock && (m_state == State::Off || m_state == State::Free)) {
        tryTake();
    }
    Q_EMIT changed();
}

bool LockController::holdsEditingBack() const
{
    return m_state == State::HeldBy || m_state == State::Asking || m_state == State::Free;
}

bool LockController::heldByMyOtherSession() const
{
    return m_lock && m_lock->session != m_locks->session() && m_lock->login == m_database.serverUser();
}

bool LockController::mayTakeOver() const
{
    return m_mayLock && m_state == State::HeldBy && m_lock && m_lock->mayTakeOver;
}

void LockController::setState(State state)
{
    if (state != State::Asking)
        m_handOver.stop();
    m_state = state;
}

void LockController::onArticleLoaded(qint64 id)
{
    if (id == m_articleId)
        return; // the same article loaded again (a merge, a reload): nothing changes hands
    letGo();
    m_articleId = id;
    if (id == 0 || !m_locks->isSupported()) {
        Q_EMIT changed();
        return;
    }
    if (!m_locks->join(id, m_userName.isEmpty() ? m_database.serverUser() : m_userName))
        Q_EMIT statusMessage(tr("Others will not see that you have this article open: %1").arg(m_locks->errorString()));
    if (m_mayLock) {
        tryTake();
    } else {
        m_lock = m_locks->lock(id);
        if (m_lock && m_lock->expired)
            m_lock.reset();
        setState(m_lock ? State::HeldBy : State::Off);
    }
    readViewers();
    m_heartbeat.start();
    Q_EMIT changed();
}

void LockController::letGo()
{
    m_heartbeat.stop();
    m_handOver.stop();
    if (m_articleId != 0 && m_locks->isSupported()) {
        if (m_state == State::Editing)
            (void)m_locks->release(m_articleId);
        (void)m_locks->leave(m_articleId);
    }
    m_state = State::Off;
    m_lock.reset();
    m_viewers.clear();
    m_takenOverBy.clear();
    m_takenOverAt = {};
    m_keptText = false;
    m_askedBy.clear();
    m_answeredRequest.clear();
    m_othersAsked = false;
    m_edited = false;
    m_failed = false;
}

void LockController::tryTake()
{
    const bool wasHeldBack = holdsEditingBack();
    const LockRepository::TakeOutcome outcome
        = m_locks->take(m_articleId, m_userName.isEmpty() ? m_database.serverUser() : m_userName);
    switch (outcome.result) {
    case LockRepository::TakeResult::Taken:
        becomeEditor(outcome.lock, wasHeldBack);
        return;
    case LockRepository::TakeResult::HeldBy:
        m_lock = outcome.lock;
        if (m_state != State::Asking)
            setState(State::HeldBy);
        return;
    case LockRepository::TakeResult::Failed:
        // A courtesy that cannot be had must not stop the typing: the version check still
        // guards the save, and the next beat tries again.
        m_lock.reset();
        setState(State::Off);
        if (!std::exchange(m_failed, true))
            Q_EMIT statusMessage(tr("Others will not see that you are editing: %1").arg(m_locks->errorString()));
        return;
    }
}

void LockController::becomeEditor(const EditingLock &lock, bool wasHeldBack)
{
    m_lock = lock;
    m_failed = false;
    m_othersAsked = false;
    m_askedBy.clear();
    m_takenOverBy.clear();
    m_keptText = false;
    m_edited = false;
    if (wasHeldBack && !m_document->isModified()) {
        // Only read until now: the holder may have saved meanwhile.
        const std::optional<Article> stored = ArticleRepository(m_database).load(m_articleId);
        if (stored && stored->version != m_document->article().version)
            m_document->adoptSaved(*stored);
    }
    setState(State::Editing);
}

void LockController::takeOver()
{
    if (!mayTakeOver())
        return;
    if (m_lock->expired) { // take() takes an expired lock by itself
        tryTake();
        Q_EMIT changed();
        return;
    }
    if (!m_locks->requestTakeOver(m_articleId, m_userName.isEmpty() ? m_database.serverUser() : m_userName)) {
        if (m_locks->errorString().isEmpty())
            tryTake(); // let go meanwhile
        else
            Q_EMIT statusMessage(tr("The article could not be taken over: %1").arg(m_locks->errorString()));
        Q_EMIT changed();
        return;
    }
    setState(State::Asking);
    m_handOver.start();
    Q_EMIT changed();
}

void LockController::ask()
{
    if (!m_mayLock || m_state != State::HeldBy || !m_lock)
        return;
    if (!m_locks->requestTakeOver(m_articleId, m_userName.isEmpty() ? m_database.serverUser() : m_userName)) {
        if (m_locks->errorString().isEmpty())
            tryTake();
        else
            Q_EMIT statusMessage(tr("%1 could not be asked: %2").arg(m_lock->holder, m_locks->errorString()));
        Q_EMIT changed();
        return;
    }
    setState(State::Asking); // no time-out: the holder decides
    Q_EMIT changed();
}

void LockController::forceTakeOver()
{
    if (m_state != State::Asking)
        return;
    // The holder's Galley did not answer (gone, or busy): the server decides whether this login
    // may take over anyway; the holder's journal keeps their text.
    const LockRepository::TakeOutcome outcome
        = m_locks->takeOver(m_articleId, m_userName.isEmpty() ? m_database.serverUser() : m_userName);
    if (outcome.result == LockRepository::TakeResult::Taken) {
        becomeEditor(outcome.lock, true);
    } else {
        if (outcome.result == LockRepository::TakeResult::Failed)
            Q_EMIT statusMessage(tr("The article could not be taken over: %1").arg(m_locks->errorString()));
        m_lock = m_locks->lock(m_articleId);
        setState(m_lock ? State::HeldBy : State::Free);
    }
    Q_EMIT changed();
}

void LockController::answerRequest(const EditingLock &lock)
{
    const QString request = lock.requestedSession + QLatin1Char(' ') + lock.requestedAt.toString(Qt::ISODateWithMs);
    if (!lock.isRequested() || std::exchange(m_answeredRequest, request) == request)
        return;
    readViewers();
    const bool askerIsHere = std::any_of(m_viewers.cbegin(), m_viewers.cend(),
        [&](const Viewer &viewer) { return viewer.session == lock.requestedSession; });
    if (!askerIsHere) { // gone since it asked: nobody would take the article
        (void)m_locks->declineRequest(m_articleId);
        return;
    }
    if (lock.requesterMayTakeOver) {
        giveUp(lock.requestedBy, true);
        return;
    }
    m_askedBy = lock.requestedBy;
    Q_EMIT changed();
}

void LockController::handOver()
{
    if (m_state != State::Editing || m_askedBy.isEmpty())
        return;
    giveUp(m_askedBy, true);
}

void LockController::keepEditing()
{
    if (m_state != State::Editing || m_askedBy.isEmpty())
        return;
    m_askedBy.clear();
    if (!m_locks->declineRequest(m_articleId))
        Q_EMIT statusMessage(m_locks->errorString());
    Q_EMIT changed();
}

void LockController::edit()
{
    if (m_mayLock && (m_state == State::Free || m_state == State::Off) && m_articleId != 0) {
        tryTake();
        Q_EMIT changed();
    }
}

// \a to by value: handOver() gives m_askedBy, which this clears.
void LockController::giveUp(QString to, bool handedOver) // NOLINT(performance-unnecessary-value-param)
{
    m_askedBy.clear();
    // Before the lock moves: what was typed here goes into the history, under the name of the
    // one who takes over.
    const bool modified = m_document->isModified();
    const bool kept = m_document->keep(tr("Kept when %1 took over").arg(to));
    m_keptText = modified && kept;
    if (handedOver && !m_locks->release(m_articleId))
        Q_EMIT statusMessage(m_locks->errorString());
    m_takenOverBy = to;
    m_takenOverAt = QDateTime::currentDateTimeUtc();
    if (handedOver) {
        m_lock.reset();
        setState(State::Free); // until the one who asked has taken it
    } else {
        m_lock = m_locks->lock(m_articleId);
        setState(State::HeldBy);
    }
    Q_EMIT statusMessage(m_keptText ? tr("%1 took over the article; your unsaved text was kept in its history.").arg(to)
                                    : tr("%1 took over the article.").arg(to));
    Q_EMIT changed();
}

void LockController::readViewers()
{
    m_viewers.clear();
    const QList<Viewer> all = m_locks->viewers(m_articleId);
    for (const Viewer &viewer : all) {
        if (viewer.session != m_locks->session() && (!m_lock || viewer.session != m_lock->session))
            m_viewers.append(viewer);
    }
}

void LockController::refresh()
{
    if (m_articleId == 0 || !m_locks->isSupported())
        return;
    (void)m_locks->heartbeatPresence();
    (void)m_locks->sweep(); // a crashed desk's lock goes, and every list hears it
    switch (m_state) {
    case State::Editing: {
        const LockRepository::HeartbeatOutcome beat = m_locks->heartbeat(m_articleId, std::exchange(m_edited, false));
        if (beat.result == LockRepository::HeartbeatResult::Held) {
            m_lock = beat.lock;
            if (beat.lock.isRequested())
                answerRequest(beat.lock); // in case its announcement was missed
        } else if (beat.result == LockRepository::HeartbeatResult::Lost) {
            const std::optional<EditingLock> other = m_locks->lock(m_articleId);
            if (other && !other->expired && other->session != m_locks->session())
                giveUp(other->holder, false); // taken over while the announcement was missed
            else
                tryTake();
        }
        break;
    }
    case State::Off:
        if (m_mayLock)
            tryTake();
        else
            m_lock = m_locks->lock(m_articleId);
        if (!m_mayLock && m_lock && !m_lock->expired)
            setState(State::HeldBy);
        break;
    case State::HeldBy:
    case State::Asking:
    case State::Free: {
        std::optional<EditingLock> current = m_locks->lock(m_articleId);
        if (current && !current->expired) {
            m_lock = current;
            if (m_state == State::Free)
                setState(State::HeldBy);
        } else if (m_mayLock && (m_state != State::Free || m_takenOverBy.isEmpty())) {
            tryTake(); // let go, or its desk is gone
        } else {
            m_lock.reset();
            setState(m_mayLock ? State::Free : State::Off);
        }
        break;
    }
    }
    readViewers();
    Q_EMIT changed();
}

void LockController::onNewsroomEvent(const NewsroomEvent &event)
{
    if (m_articleId == 0 || !m_locks->isSupported())
        return;
    if (event.isUnknown()) { // back after a lost connection: what happened meanwhile is unknown
        refresh();
        return;
    }
    if (event.articleId != m_articleId)
        return;
    if (event.table == PresenceTable) {
        if (event.session != m_locks->session()) {
            readViewers();
            Q_EMIT changed();
        }
        return;
    }
    if (event.table != LocksTable)
        return;
    const bool deleted = event.op == QLatin1String("delete");

    if (event.session == m_locks->session()) { // this editor's lock
        if (m_state != State::Editing)
            return; // its own take, or its own letting go
        if (deleted) {
            tryTake(); // removed under it (expired and swept): take it again
        } else if (event.requested) {
            if (const std::optional<EditingLock> current = m_locks->lock(m_articleId))
                answerRequest(*current);
        } else {
            m_askedBy.clear(); // declined from another place
        }
        Q_EMIT changed();
        return;
    }

    if (deleted) { // another holder let go
        m_lock.reset();
        if (!m_mayLock)
            setState(State::Off);
        else if (m_state == State::Asking || (!m_othersAsked && m_takenOverBy.isEmpty()))
            tryTake();
        else
            setState(State::Free); // someone else asked for it: theirs to take
        readViewers();
        Q_EMIT changed();
        return;
    }

    if (m_lock && m_lock->session == event.session) {
        // News of the holder known here (announcements may arrive late): someone asked it, it
        // declined, or its taking, seen already. The lock as stored now says which.
        const std::optional<EditingLock> current = m_locks->lock(m_articleId);
        if (current && current->session == m_lock->session) {
            m_lock = current;
            const bool askedByMe = current->requestedSession == m_locks->session();
            m_othersAsked = current->isRequested() && !askedByMe;
            if (m_state == State::Asking && !askedByMe) {
                setState(State::HeldBy);
                if (!current->isRequested())
                    Q_EMIT statusMessage(tr("%1 keeps editing the article.").arg(current->holder));
            }
            Q_EMIT changed();
            return;
        }
        if (!current) { // let go meanwhile: its deletion is on its way
            Q_EMIT changed();
            return;
        }
    }

    // A new holder: the lock was taken, or taken over (from this editor, too).
    m_othersAsked = false;
    if (m_state == State::Editing) {
        giveUp(event.name, false);
        readViewers();
        Q_EMIT changed();
        return;
    }
    m_lock = m_locks->lock(m_articleId);
    setState(m_lock ? State::HeldBy : (m_mayLock ? State::Free : State::Off));
    readViewers();
    Q_EMIT changed();
}

} // namespace galley
