package fr.interieur.qualepref.governance.infrastructure;

import fr.interieur.qualepref.governance.domain.CommitteeMeeting;
import fr.interieur.qualepref.governance.domain.CommitteeMember;
import fr.interieur.qualepref.governance.domain.UsersCommittee;
import fr.interieur.qualepref.governance.domain.UsersCommitteeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUsersCommitteeRepository extends JpaGovernanceStore implements UsersCommitteeRepository {

    @Override
    public List<UsersCommittee> committees() {
        return list(UsersCommittee.class, "SELECT c FROM UsersCommittee c ORDER BY c.id");
    }

    @Override
    public Optional<UsersCommittee> committee(long id) {
        return one(UsersCommittee.class, "SELECT c FROM UsersCommittee c WHERE c.id = :id", "id", id);
    }

    @Override
    public Optional<UsersCommittee> forModule(Integer moduleNumber) {
        return moduleNumber == null
                ? one(UsersCommittee.class, "SELECT c FROM UsersCommittee c WHERE c.moduleNumber IS NULL")
                : one(UsersCommittee.class, "SELECT c FROM UsersCommittee c WHERE c.moduleNumber = :m", "m",
                        moduleNumber);
    }

    @Override
    public List<CommitteeMember> members(long committeeId) {
        return list(CommitteeMember.class, "SELECT m FROM CommitteeMember m WHERE m.committeeId = :c ORDER BY m.id",
                "c", committeeId);
    }

    @Override
    public Optional<CommitteeMember> member(long committeeId, long id) {
        return one(CommitteeMember.class, "SELECT m FROM CommitteeMember m WHERE m.committeeId = :c AND m.id = :id",
                "c", committeeId, "id", id);
    }

    @Override
    public List<CommitteeMeeting> meetings(long committeeId) {
        return list(CommitteeMeeting.class,
                "SELECT m FROM CommitteeMeeting m WHERE m.committeeId = :c ORDER BY m.heldOn, m.id", "c", committeeId);
    }

    @Override
    public Optional<CommitteeMeeting> meeting(long committeeId, long id) {
        return one(CommitteeMeeting.class,
                "SELECT m FROM CommitteeMeeting m WHERE m.committeeId = :c AND m.id = :id", "c", committeeId, "id", id);
    }

    @Override
    public void store(UsersCommittee committee) {
        save(committee);
    }

    @Override
    public void store(CommitteeMember member) {
        save(member);
    }

    @Override
    public void store(CommitteeMeeting meeting) {
        save(meeting);
    }
}
