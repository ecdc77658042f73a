package org.marsad.store.story;

import org.marsad.events.EnrichedArticle;
import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Mention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles written for the story tests: a storyline of three events (a gas attack on a town, the UN vote about it
 * three days later, the strikes that followed), a flood told in two halves and a bridge between them, and
 * unrelated news of the same days.
 */
public final class StoryFixtures {

    static final Instant DAY1 = Instant.parse("2024-04-07T08:00:00Z");

    private static final StoryFeatures FEATURES = new StoryFeatures();

    private StoryFixtures() {
    }

    static Instant day(int day, int hour) {
        return DAY1.plusSeconds(86_400L * (day - 1) + 3600L * hour);
    }

    /** An English article; each entity given as "id|TYPE|surface". */
    static EnrichedArticle en(String id, String outlet, Instant at, String title, String text, String... entities) {
        return enriched(id, outlet, at, title, text, null, entities);
    }

    static EnrichedArticle withFingerprint(String id, String outlet, Instant at, String title, String text,
                                           String fingerprint, String... entities) {
        return enriched(id, outlet, at, title, text, fingerprint, entities);
    }

    /** What story assignment sees of an article. */
    static StoryArticle features(EnrichedArticle article) {
        return FEATURES.of(article);
    }

    static List<StoryArticle> features(List<EnrichedArticle> articles) {
        return articles.stream().map(FEATURES::of).toList();
    }

    static EnrichedArticle enriched(String id, String outlet, Instant at, String title, String text,
                                    String fingerprint, String... entities) {
        String clean = title + "\n\n" + text;
        List<Entity> found = new ArrayList<>();
        for (String spec : entities) {
            String[] parts = spec.split("\\|");
            List<Mention> mentions = new ArrayList<>();
            for (int i = clean.indexOf(parts[2]); i >= 0; i = clean.indexOf(parts[2], i + 1)) {
                mentions.add(new Mention(parts[2], i, i + parts[2].length()));
            }
            found.add(new Entity(parts[0], EntityType.valueOf(parts[1]), parts[2], List.of(), mentions));
        }
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, null, null, outlet, null, null, title, text,
                null, "en", at, at, "test", clean, "en", 0.99, List.of(), found, List.of(), List.of(), List.of(),
                List.of(), null, List.of(), fingerprint, "test", at);
    }

    private static final String SYRIA = "loc:SY|LOCATION|Syria";
    private static final String DOUMA = "loc:douma|LOCATION|Douma";
    private static final String UN = "org:unsc|ORGANIZATION|Security Council";
    private static final String RUSSIA = "loc:RU|LOCATION|Russia";
    private static final String US = "loc:US|LOCATION|United States";
    private static final String TRUMP = "per:trump|PERSON|Trump";
    private static final String FRANCE = "loc:FR|LOCATION|France";
    private static final String UK = "loc:GB|LOCATION|Britain";
    private static final String WHO = "org:who|ORGANIZATION|World Health Organization";

    static List<EnrichedArticle> attackArticles() {
        return List.of(
                en("attack-1", "Wire", day(1, 0), "Dozens killed in suspected gas attack on Douma",
                        "Rescuers in Douma in Syria said dozens of civilians were killed and hundreds suffered"
                                + " breathing problems after a suspected chlorine gas attack on the besieged town late"
                                + " on Saturday. Medics described victims foaming at the mouth.", SYRIA, DOUMA),
                en("attack-2", "Daily", day(1, 3), "Suspected chemical attack kills civilians in Douma",
                        "A suspected chemical gas attack killed civilians, many of them children, in the town of"
                                + " Douma, rescuers and medics said. Hospitals treated hundreds for breathing"
                                + " problems and symptoms of chlorine exposure. Syria denied using gas.",
                        SYRIA, DOUMA),
                en("attack-3", "Herald", day(1, 9), "WHO says hundreds treated after Douma gas attack",
                        "The World Health Organization said hundreds of people in Douma were treated for symptoms"
                                + " of exposure to toxic chemicals after the gas attack, and dozens of civilians died."
                                + " Medics in the besieged town reported victims with burns and breathing problems.",
                        WHO, DOUMA, SYRIA));
    }

    static List<EnrichedArticle> unVoteArticles() {
        return List.of(
                en("vote-1", "Wire", day(4, 2), "Russia vetoes Security Council resolution on investigation",
                        "Russia vetoed a draft resolution at the UN Security Council that would have set up an"
                                + " independent investigation into the suspected gas attack on Douma in Syria. Twelve members voted"
                                + " in favour of the text drafted by the United States; the vote failed after the"
                                + " veto. Diplomats traded accusations in the council chamber.",
                        RUSSIA, UN, SYRIA, US, DOUMA),
                en("vote-2", "Daily", day(4, 5), "Security Council vote fails after Russian veto",
                        "A vote in the UN Security Council on an investigation into the use of chemical weapons in"
                                + " Syria failed after Russia cast its veto, the twelfth time it has vetoed a"
                                + " resolution on Syria. The United States drafted the resolution; diplomats said the"
                                + " council was deadlocked.", RUSSIA, UN, SYRIA, US));
    }

    static List<EnrichedArticle> strikesArticles() {
        return List.of(
                en("strikes-1", "Wire", day(7, 1), "US, Britain and France launch missile strikes",
                        "The United States, Britain and France launched more than a hundred missiles at research"
                                + " and storage facilities near Damascus and Homs overnight, Trump announced in a"
                                + " televised address. The Pentagon said the targets were destroyed; air defences"
                                + " intercepted some missiles. The strikes answer the suspected gas attack on Douma, after Russia"
                                + " vetoed an investigation at the Security Council.",
                        US, UK, FRANCE, TRUMP, SYRIA, DOUMA, RUSSIA, UN),
                en("strikes-2", "Herald", day(7, 4), "Missiles hit facilities near Damascus in Western strikes",
                        "Missiles launched by the United States, Britain and France struck facilities near Damascus"
                                + " and Homs, the Pentagon said. Trump said the strikes targeted storage and research"
                                + " sites; Syrian air defences intercepted dozens of missiles overnight.",
                        US, UK, FRANCE, TRUMP, SYRIA));
    }

    /** Unrelated news from the same days. */
    static List<EnrichedArticle> distractorsArticles() {
        return List.of(
                en("other-1", "Daily", day(1, 6), "Central bank raises interest rates",
                        "The central bank raised its benchmark interest rate by a quarter point to fight"
                                + " inflation, the governor said, adding that borrowing costs may rise again.",
                        "org:bank|ORGANIZATION|central bank"),
                en("other-2", "Wire", day(4, 8), "Football: champions win the derby",
                        "The champions won the derby three goals to one, with the striker scoring twice in the"
                                + " second half before a record crowd."),
                en("other-3", "Herald", day(7, 6), "Storm closes airports in the north",
                        "A winter storm closed three airports in the north and cut power to thousands of homes,"
                                + " forecasters said, warning of more snow overnight."));
    }

    private static final String DERNA = "loc:derna|LOCATION|Derna";
    private static final String LIBYA = "loc:LY|LOCATION|Libya";
    private static final String CRESCENT = "org:redcrescent|ORGANIZATION|Red Crescent";

    /** Two reports of one flood that share little, then a report that tells both halves. */
    static List<EnrichedArticle> floodArticles() {
        return List.of(
                en("flood-dam", "Wire", day(20, 0), "Dams burst above Derna",
                        "Two dams burst above Derna in eastern Libya after torrential rain from the storm,"
                                + " sweeping whole neighbourhoods of the city into the sea. Engineers had warned the"
                                + " dams needed repairs.", DERNA, LIBYA),
                en("flood-rescue", "Daily", day(20, 5), "Red Crescent volunteers search for survivors",
                        "Red Crescent volunteers dug through mud and rubble searching for survivors, and the"
                                + " Red Crescent said thousands were missing. Bodies were recovered along the coast.",
                        CRESCENT, DERNA),
                en("flood-bridge", "Herald", day(20, 9), "Dams burst above Derna; Red Crescent searches for survivors",
                        "Two dams burst above Derna in eastern Libya after torrential rain from the storm, sweeping"
                                + " whole neighbourhoods of the city into the sea; engineers had warned the dams needed"
                                + " repairs. Red Crescent volunteers dug through mud and rubble searching for survivors,"
                                + " and the Red Crescent said thousands were missing.",
                        DERNA, LIBYA, CRESCENT));
    }

    static List<StoryArticle> attack() {
        return features(attackArticles());
    }

    static List<StoryArticle> unVote() {
        return features(unVoteArticles());
    }

    static List<StoryArticle> strikes() {
        return features(strikesArticles());
    }

    static List<StoryArticle> distractors() {
        return features(distractorsArticles());
    }

    static List<StoryArticle> flood() {
        return features(floodArticles());
    }
}
