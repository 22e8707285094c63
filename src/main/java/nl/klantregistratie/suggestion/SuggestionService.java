package nl.klantregistratie.suggestion;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.link.LinkPreview;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Principals;
import nl.klantregistratie.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Koppelvoorstellen (managers and support): contactpersonen that are probably the same person as a
 * klant-persoon or as each other, not yet linked and not rejected; accepting links them through the
 * link service (its rules and preview apply), rejecting remembers the pair.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.MANAGER_NAME)
public class SuggestionService {

    private final PersonRecords records;
    private final RejectionRepository rejections;
    private final LinkService links;

    SuggestionService(PersonRecords records, RejectionRepository rejections, LinkService links) {
        this.records = records;
        this.rejections = rejections;
        this.links = links;
    }

    /** All suggestions, most likely first. */
    public List<LinkSuggestion> suggestions() {
        return SuggestionFinder.find(records.findUnlinked(), rejectedPairs());
    }

    /**
     * The merge proposals (docs/domain.md M2): klant-personen, klant-bedrijven and contactpersonen at
     * one klant-bedrijf that are probably registered more than once, most likely first; carried out
     * through Samenvoegen (its rules and preview apply).
     */
    public List<MergeSuggestion> mergeSuggestions() {
        return SuggestionFinder.findAll(records.findUnlinked(), records.findCompanies(), rejectedPairs())
                .merges();
    }

    /** Remembers that these are not one person or company: none of its pairs is proposed again. */
    @Transactional
    public void reject(MergeSuggestion suggestion) {
        suggestion.pairs().forEach(this::reject);
    }

    private Set<PairKey> rejectedPairs() {
        Set<PairKey> rejected = new HashSet<>();
        rejections.findAll().forEach(rejection -> rejected.add(rejection.pair()));
        return rejected;
    }

    /** What accepting would change: the link dialog's preview. */
    public LinkPreview preview(LinkSuggestion suggestion) {
        return links.preview(suggestion.follower().id(), suggestion.head().id());
    }

    /**
     * Links the volger to the proposed hoofd as the preview showed it (the link service's rules
     * apply): {@code followerVersion} is the version of the volger in that preview, so a change since
     * then is refused as "gewijzigd door een ander" (R17) instead of being replaced unseen.
     */
    @Transactional
    public void accept(LinkSuggestion suggestion, long followerVersion) {
        links.link(
                suggestion.follower().id(), followerVersion, suggestion.head().id());
    }

    /**
     * Accepts several at once, each in its own transaction: one that the rules refuse (linked, or
     * changed since the suggestions were read: R17, nothing replaced unseen) does not stop the
     * others. Returns the refusals.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<Refusal> acceptAll(List<LinkSuggestion> suggestions) {
        List<Refusal> refused = new ArrayList<>();
        for (LinkSuggestion suggestion : suggestions) {
            try {
                LinkPreview preview = links.preview(
                        suggestion.follower().id(), suggestion.head().id());
                if (!preview.followersToMove().isEmpty()) {
                    // R3: its volgers would move along, which needs a confirmation that names them
                    throw new DomainException(
                            "suggestion.refused.hasfollowers",
                            suggestion.follower().naam(),
                            preview.followersToMove().size());
                }
                links.link(
                        suggestion.follower().id(),
                        suggestion.follower().version(),
                        suggestion.head().id());
            } catch (DomainException e) {
                refused.add(new Refusal(suggestion, e));
            }
        }
        return refused;
    }

    /** Remembers that the two are different people: the pair is not suggested again. */
    @Transactional
    public void reject(LinkSuggestion suggestion) {
        reject(suggestion.pair());
    }

    private void reject(PairKey pair) {
        if (!rejections.existsByFirstIdAndSecondId(pair.first(), pair.second())) {
            rejections.save(new Rejection(pair, Principals.currentUsername()));
        }
    }

    /** A suggestion that could not be accepted, with the reason as a translation key and arguments. */
    public record Refusal(LinkSuggestion suggestion, DomainException reason) {}
}
