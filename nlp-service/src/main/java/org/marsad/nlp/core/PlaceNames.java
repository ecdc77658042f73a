package org.marsad.nlp.core;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import org.marsad.events.EntityType;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Countries and cities in Arabic and English from ICU's CLDR data: the display name of every ISO 3166 region
 * ({@code loc:SY}), and the exemplar city of every canonical time zone ({@code loc:damascus}). No list to
 * maintain, and every name ICU knows in both languages.
 */
public final class PlaceNames {

    private static final ULocale ARABIC = ULocale.forLanguageTag("ar");
    /**
     * Arabic city names that are far more often common words: ترك (Chuuk) "left", نوم (Nome) "sleep", ماهي (Mahé)
     * "what is". These cities keep their English name only.
     */
    private static final Set<String> AMBIGUOUS_ARABIC = Set.of("ترك", "نوم", "ماهي", "واك", "ابيا", "اداك", "بلم",
            "ثيل", "جوني");

    private PlaceNames() {
    }

    public static List<LexiconEntry> countries() {
        List<LexiconEntry> entries = new ArrayList<>();
        for (String code : ULocale.getISOCountries()) {
            ULocale region = new ULocale("und_" + code);
            String ar = region.getDisplayCountry(ARABIC);
            String en = region.getDisplayCountry(ULocale.ENGLISH);
            if (!ar.equals(code) && !en.equals(code)) {
                entries.add(new LexiconEntry("loc:" + code, EntityType.LOCATION, ar, en, List.of(), List.of()));
            }
        }
        return entries;
    }

    public static List<LexiconEntry> cities() {
        TimeZoneNames ar = TimeZoneNames.getInstance(ARABIC);
        TimeZoneNames en = TimeZoneNames.getInstance(ULocale.ENGLISH);
        Set<String> zones = new TreeSet<>(
                TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null));
        List<LexiconEntry> entries = new ArrayList<>();
        for (String zone : zones) {
            // research stations and sub-state zones (America/Indiana/Knox) are mostly surnames and hamlets
            if (zone.startsWith("Antarctica/") || zone.indexOf('/') != zone.lastIndexOf('/')) {
                continue;
            }
            String nameAr = ar.getExemplarLocationName(zone);
            String nameEn = en.getExemplarLocationName(zone);
            if (nameAr == null || nameEn == null) {
                continue;
            }
            if (AMBIGUOUS_ARABIC.contains(ArabicNormalizer.normalize(nameAr))) {
                nameAr = "";
            }
            entries.add(new LexiconEntry("loc:" + slug(nameEn), EntityType.LOCATION, nameAr, nameEn, List.of(),
                    List.of()));
        }
        return entries;
    }

    /** "Chișinău" -> "chisinau", "Ho Chi Minh City" -> "ho-chi-minh-city". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
