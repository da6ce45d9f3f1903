import dev.aidev.sdk.AccountId;
import dev.aidev.sdk.Call;
import dev.aidev.sdk.Env;
import dev.aidev.sdk.Events;
import dev.aidev.sdk.Init;
import dev.aidev.sdk.LookupMap;
import dev.aidev.sdk.NearContract;
import dev.aidev.sdk.Promise;
import dev.aidev.sdk.U128;
import dev.aidev.sdk.Vector;
import dev.aidev.sdk.View;
import java.util.ArrayList;
import java.util.List;

/**
 * A council DAO: a fixed council of members adds proposals (a transfer of yoctoNEAR from the DAO's
 * account, or a text poll) and votes on them, once each. A proposal is approved when its approvals
 * reach the threshold, rejected when enough members rejected it that the threshold can no longer be
 * reached, and expired when the voting period ends first. A member executes an approved transfer:
 * the DAO sends the money with a transfer promise.
 *
 * <p>Events (NEP-297, standard {@code dao}): {@code proposal_added}, {@code proposal_voted},
 * {@code proposal_executed}.
 *
 * <p>The proposals themselves never change once added ({@link Proposal} in a {@link Vector}); what
 * changes (status, vote counts, each member's vote) lives in {@link LookupMap}s keyed by the
 * proposal id, so the contract stays within what the compiler builds today (see BUILD-PENDING.md).
 */
@NearContract
public class Dao {
    /** The NEP-297 standard name of this contract's events. */
    static final String EVENT_STANDARD = "dao";
    static final String EVENT_VERSION = "1.0.0";
    /** The most proposals one page of {@code get_proposals} returns. */
    static final int MAX_PAGE = 50;
    static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** The members, in the order given to {@code new}. */
    private List<AccountId> council;
    /** How many approvals pass a proposal. */
    private int threshold;
    /** How long a proposal is open for votes, in nanoseconds. */
    private long votingPeriod;
    private final Vector<Proposal> proposals = new Vector<>("p");
    /** Proposal id to the name of its {@link Status}, as stored (expiry is applied when read). */
    private final LookupMap<String, String> statuses = new LookupMap<>("s");
    private final LookupMap<String, Long> approvals = new LookupMap<>("a");
    private final LookupMap<String, Long> rejections = new LookupMap<>("r");
    /** {@code <id>:<member>} to the name of the member's {@link Vote}. */
    private final LookupMap<String, String> votes = new LookupMap<>("v");

    private Dao() {}

    /**
     * A DAO run by {@code council}: {@code threshold} approvals pass a proposal, which is open for
     * {@code votingPeriodSeconds}.
     */
    @Init
    public static Dao create(List<AccountId> council, int threshold, long votingPeriodSeconds) {
        Env.require(!council.isEmpty(), "the council must have at least one member");
        for (int i = 0; i < council.size(); i++) {
            for (int j = 0; j < i; j++) {
                Env.require(!council.get(i).equals(council.get(j)), council.get(i) + " is in the council twice");
            }
        }
        Env.require(threshold >= 1 && threshold <= council.size(),
                "the threshold must be between 1 and the council size, " + council.size());
        Env.require(votingPeriodSeconds > 0, "the voting period must be positive");
        Dao dao = new Dao();
        dao.council = council;
        dao.threshold = threshold;
        dao.votingPeriod = Math.multiplyExact(votingPeriodSeconds, NANOS_PER_SECOND);
        return dao;
    }

    // ---- proposals ----

    /** Proposes that the DAO sends {@code amount} yoctoNEAR to {@code receiverId}; returns its id. */
    @Call
    public long addTransferProposal(String description, AccountId receiverId, U128 amount) {
        Env.require(!amount.isZero(), "a transfer proposal must move a positive amount");
        return add(description, Kind.TRANSFER, receiverId, amount);
    }

    /** Proposes a text poll: it passes or fails, and executes nothing; returns its id. */
    @Call
    public long addPollProposal(String description) {
        return add(description, Kind.POLL, Env.currentAccountId(), U128.ZERO);
    }

    private long add(String description, Kind kind, AccountId receiverId, U128 amount) {
        AccountId proposer = requireMember("add proposals");
        Env.require(!description.isEmpty(), "the description must not be empty");
        long id = proposals.size();
        proposals.push(new Proposal(id, proposer, description, kind, receiverId, amount, Env.blockTimestamp()));
        String key = "" + id;
        statuses.insert(key, Status.IN_PROGRESS.name());
        approvals.insert(key, 0L);
        rejections.insert(key, 0L);
        Events.emit(EVENT_STANDARD, EVENT_VERSION, "proposal_added", new ProposalAdded(id, proposer, kind));
        return id;
    }

    /**
     * The caller's vote on proposal {@code id}; returns the proposal's status after it. Panics for
     * non-members, a second vote, and a proposal that is no longer in progress (also when its
     * voting period has ended).
     */
    @Call
    public Status vote(long id, Vote vote) {
        AccountId voter = requireMember("vote");
        Proposal proposal = proposal(id);
        Status status = statusOf(proposal);
        Env.require(status == Status.IN_PROGRESS, "proposal " + id + " is not open for votes: it is " + status.name());
        String key = "" + id;
        String ballot = key + ":" + voter;
        Env.require(!votes.containsKey(ballot), voter + " has already voted on proposal " + id);
        votes.insert(ballot, vote.name());
        if (vote == Vote.APPROVE) {
            long count = Math.addExact(approvals.get(key), 1L);
            approvals.insert(key, count);
            if (count >= threshold) {
                status = Status.APPROVED;
            }
        } else {
            long count = Math.addExact(rejections.get(key), 1L);
            rejections.insert(key, count);
            // Rejected once the members who have not rejected can no longer reach the threshold.
            if (council.size() - count < threshold) {
                status = Status.REJECTED;
            }
        }
        statuses.insert(key, status.name());
        Events.emit(EVENT_STANDARD, EVENT_VERSION, "proposal_voted", new ProposalVoted(id, voter, vote, status));
        return status;
    }

    /**
     * Executes approved proposal {@code id}: a transfer proposal sends its amount to its receiver.
     * Any member may execute; a proposal executes once, and only while the DAO's balance covers the
     * amount. (The transfer is not followed by a callback: it cannot fail for want of money, and the
     * receiver exists, or the transfer creates an implicit account or fails and the money comes back
     * as a refund; a production DAO would also check the result in a callback.)
     */
    @Call
    public void execute(long id) {
        requireMember("execute proposals");
        Proposal proposal = proposal(id);
        Status status = statusOf(proposal);
        Env.require(status == Status.APPROVED, "proposal " + id + " is not approved: it is " + status.name());
        Env.require(proposal.kind() == Kind.TRANSFER, "proposal " + id + " is a poll: there is nothing to execute");
        U128 balance = Env.accountBalance();
        Env.require(balance.compareTo(proposal.amount()) >= 0, "the DAO holds " + balance
                + " yoctoNEAR, less than the " + proposal.amount() + " proposal " + id + " transfers");
        statuses.insert("" + id, Status.EXECUTED.name());
        Promise.create(proposal.receiverId()).transfer(proposal.amount());
        Events.emit(EVENT_STANDARD, EVENT_VERSION, "proposal_executed",
                new ProposalExecuted(id, proposal.receiverId(), proposal.amount()));
    }

    // ---- views ----

    /** Up to {@code limit} proposals (at most 50), starting at id {@code fromIndex}. */
    @View
    public List<ProposalInfo> getProposals(int fromIndex, int limit) {
        Env.require(fromIndex >= 0 && limit >= 0, "from_index and limit must not be negative");
        List<ProposalInfo> page = new ArrayList<>();
        int end = Math.min(proposals.size(), Math.addExact(fromIndex, Math.min(limit, MAX_PAGE)));
        for (int i = fromIndex; i < end; i++) {
            page.add(info(proposals.get(i)));
        }
        return page;
    }

    /** Proposal {@code id}, with its status and vote counts. */
    @View
    public ProposalInfo getProposal(long id) {
        return info(proposal(id));
    }

    /** The votes cast on proposal {@code id}, in council order. */
    @View
    public List<Ballot> getVotes(long id) {
        proposal(id);
        List<Ballot> ballots = new ArrayList<>();
        for (AccountId member : council) {
            String vote = votes.get(id + ":" + member);
            if (vote != null) {
                ballots.add(new Ballot(member, voteNamed(vote)));
            }
        }
        return ballots;
    }

    @View
    public int numberOfProposals() {
        return proposals.size();
    }

    /** The council, the threshold and the voting period. */
    @View
    public Policy getPolicy() {
        return new Policy(council, threshold, votingPeriod / NANOS_PER_SECOND);
    }

    // ---- helpers ----

    private AccountId requireMember(String action) {
        AccountId caller = Env.predecessorAccountId();
        Env.require(isMember(caller), "only council members can " + action + "; " + caller + " is not one");
        return caller;
    }

    private boolean isMember(AccountId account) {
        for (AccountId member : council) {
            if (member.equals(account)) {
                return true;
            }
        }
        return false;
    }

    private Proposal proposal(long id) {
        Env.require(id >= 0 && id < proposals.size(), "no proposal " + id);
        return proposals.get((int) id);
    }

    /** The stored status, or EXPIRED for a proposal still in progress after its voting period. */
    private Status statusOf(Proposal proposal) {
        Status stored = statusNamed(statuses.get("" + proposal.id()));
        if (stored == Status.IN_PROGRESS
                && Env.blockTimestamp() >= Math.addExact(proposal.submittedAt(), votingPeriod)) {
            return Status.EXPIRED;
        }
        return stored;
    }

    private ProposalInfo info(Proposal p) {
        String key = "" + p.id();
        return new ProposalInfo(p.id(), p.proposer(), p.description(), p.kind(), p.receiverId(), p.amount(),
                p.submittedAt(), statusOf(p), approvals.get(key), rejections.get(key));
    }

    private static Status statusNamed(String name) {
        for (Status s : Status.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalStateException("unknown status " + name);
    }

    private static Vote voteNamed(String name) {
        return name.equals(Vote.APPROVE.name()) ? Vote.APPROVE : Vote.REJECT;
    }

    // ---- types ----

    /** What a proposal does when executed. A poll's receiver is the DAO itself and its amount 0. */
    public enum Kind { TRANSFER, POLL }

    public enum Vote { APPROVE, REJECT }

    public enum Status { IN_PROGRESS, APPROVED, REJECTED, EXPIRED, EXECUTED }

    /** A proposal as added; it never changes. {@code submittedAt} is the block time in nanoseconds. */
    public record Proposal(long id, AccountId proposer, String description, Kind kind, AccountId receiverId,
            U128 amount, long submittedAt) {}

    /** A proposal with its current status and vote counts, as the views return it. */
    public record ProposalInfo(long id, AccountId proposer, String description, Kind kind, AccountId receiverId,
            U128 amount, long submittedAt, Status status, long approvals, long rejections) {}

    /** One member's vote. */
    public record Ballot(AccountId member, Vote vote) {}

    public record Policy(List<AccountId> council, int threshold, long votingPeriodSeconds) {}

    /** The data of the {@code proposal_added} event. */
    public record ProposalAdded(long id, AccountId proposer, Kind kind) {}

    /** The data of the {@code proposal_voted} event: the status after the vote. */
    public record ProposalVoted(long id, AccountId voter, Vote vote, Status status) {}

    /** The data of the {@code proposal_executed} event. */
    public record ProposalExecuted(long id, AccountId receiverId, U128 amount) {}
}
