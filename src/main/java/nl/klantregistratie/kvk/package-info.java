/**
 * The KvK lookup of a klant-bedrijf (optional, only with an API key, because the KvK charges per
 * query): the Basisprofiel of a KvK-nummer, counted per month against a cap. It knows nothing of
 * the registrations; the klant-bedrijf form shows what would change before anything is taken over.
 */
@NullMarked
package nl.klantregistratie.kvk;

import org.jspecify.annotations.NullMarked;
