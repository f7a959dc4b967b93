package fr.interieur.qualepref.security.api;

import fr.interieur.qualepref.security.application.UserDetails;
import fr.interieur.qualepref.security.domain.RoleGrant;
import java.time.OffsetDateTime;
import java.util.List;

/** What the user routes answer; the field names are the API contract. A password hash never leaves the server. */
public final class UserViews {

    private UserViews() {
    }

    public record UserView(String login, String displayName, String email, boolean active, OffsetDateTime createdAt,
                           List<GrantView> grants) {

        static UserView of(UserDetails d) {
            return new UserView(d.user().login(), d.user().displayName(), d.user().email().orElse(null),
                    d.user().active(), d.user().createdAt(), d.grants().stream().map(GrantView::of).toList());
        }
    }

    public record GrantView(long id, String role, String site, String region, OffsetDateTime validFrom,
                            OffsetDateTime validUntil, String grantedBy, OffsetDateTime grantedAt) {

        static GrantView of(UserDetails.GrantDetails g) {
            RoleGrant r = g.grant().toRoleGrant();
            return new GrantView(g.grant().id(), r.role().name(), g.siteCode(), r.region(), r.validFrom(),
                    r.validUntil(), g.grant().grantedBy(), g.grant().grantedAt());
        }
    }
}
