package nl.klantregistratie.client.ui;

import java.util.Optional;

/**
 * How a feature adds to registration cards without the card knowing it: a Spring bean that makes
 * its {@link CardPart} for each card built, or none for kinds it has nothing for. The card asks
 * every extension in {@link org.springframework.core.annotation.Order} order; sections, subtitle
 * lines and "Acties" items appear in that order. Ordering used: link 100, portal 200,
 * correspondence 300, history 400.
 */
@FunctionalInterface
public interface CardExtension {

    Optional<CardPart> createPart(Card card);
}
