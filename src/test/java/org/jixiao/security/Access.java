package org.jixiao.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may call an endpoint, as the answer each person should get for its own organisation's data and for
 * another organisation's. Finance sees every project, so "another organisation's project" is visible to it.
 */
@FunctionalInterface
interface Access {

    /** The answers the authorization matrix accepts. */
    enum Expected {
        /** Gets past authorization: a success, or the endpoint's own business refusal named in the rule. */
        ALLOWED,
        /** 401 for the API, a redirect to the login page for pages. */
        SIGN_IN,
        /** 403, or a page action refused with a flash message. */
        FORBIDDEN,
        /** 404: the thing is not there for this person. */
        HIDDEN,
        /** 403 or 404: neither the data nor the action is this person's. */
        DENIED
    }

    /** Whose data the request is about. */
    enum Scope { NONE, OWN, OTHER }

    Expected expect(Who who, Scope scope);

    /** Whether the request names data of an organisation, so that it is tried with own and with other data. */
    default boolean scoped() {
        return false;
    }

    default List<Scope> scopes() {
        return scoped() ? List.of(Scope.OWN, Scope.OTHER) : List.of(Scope.NONE);
    }

    /** Everyone, signed in or not. */
    static Access everyone() {
        return (who, scope) -> Expected.ALLOWED;
    }

    /** Every signed-in person; the answer itself is scoped to the person's organisation. */
    static Access signedIn() {
        return (who, scope) -> who == Who.ANONYMOUS ? Expected.SIGN_IN : Expected.ALLOWED;
    }

    /** Only the given roles; no organisation's data in the request. */
    static Access roles(Who... allowed) {
        Set<Who> may = Set.of(allowed);
        return (who, scope) -> who == Who.ANONYMOUS ? Expected.SIGN_IN
                : may.contains(who) ? Expected.ALLOWED : Expected.FORBIDDEN;
    }

    /**
     * A project named by id: visible to its unit, its department and finance; other organisations get 404.
     * With actors, only they may act on a visible project (the others get 403).
     */
    static Access projects(Who... actors) {
        Set<Who> may = actors.length == 0 ? EnumSet.allOf(Who.class) : Set.of(actors);
        return scopedBy((who, scope) -> {
            boolean sees = scope == Scope.OWN || who.isFinance();
            if (sees) {
                return may.contains(who) ? Expected.ALLOWED : Expected.FORBIDDEN;
            }
            return may.contains(who) ? Expected.HIDDEN : Expected.DENIED;
        });
    }

    /**
     * A task named by id: visible only in the queue of its organisation's people (system admins have no queue).
     * With actors, only they may act on a visible task (the others get 403).
     */
    static Access tasks(Who... actors) {
        Set<Who> may = actors.length == 0 ? EnumSet.allOf(Who.class) : Set.of(actors);
        return scopedBy((who, scope) -> {
            if (scope == Scope.OTHER || who == Who.SYSTEM_ADMIN) {
                return Expected.HIDDEN;
            }
            return may.contains(who) ? Expected.ALLOWED : Expected.FORBIDDEN;
        });
    }

    /** A record addressed to one person (a notification): only that person sees it. */
    static Access addressee() {
        return scopedBy((who, scope) -> scope == Scope.OWN ? Expected.ALLOWED : Expected.HIDDEN);
    }

    /** The public portal: everyone, signed in or not, sees a published project ("own" data); nobody an unpublished one. */
    static Access published() {
        return new Access() {
            @Override
            public Expected expect(Who who, Scope scope) {
                return scope == Scope.OWN ? Expected.ALLOWED : Expected.HIDDEN;
            }

            @Override
            public boolean scoped() {
                return true;
            }
        };
    }

    private static Access scopedBy(Access signedInRule) {
        return new Access() {
            @Override
            public Expected expect(Who who, Scope scope) {
                return who == Who.ANONYMOUS ? Expected.SIGN_IN : signedInRule.expect(who, scope);
            }

            @Override
            public boolean scoped() {
                return true;
            }
        };
    }
}
