package fr.interieur.qualepref.governance.domain;

import java.util.List;
import java.util.Optional;

/** The comités des usagers of the site bound to the current transaction, with their members and meetings. */
public interface UsersCommitteeRepository {

    List<UsersCommittee> committees();

    Optional<UsersCommittee> committee(long id);

    Optional<UsersCommittee> forModule(Integer moduleNumber);

    List<CommitteeMember> members(long committeeId);

    Optional<CommitteeMember> member(long committeeId, long id);

    List<CommitteeMeeting> meetings(long committeeId);

    Optional<CommitteeMeeting> meeting(long committeeId, long id);

    void store(UsersCommittee committee);

    void store(CommitteeMember member);

    void store(CommitteeMeeting meeting);
}
