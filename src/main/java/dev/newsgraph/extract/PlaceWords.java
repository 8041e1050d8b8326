package dev.newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small lexicon of proper nouns that news text about Central Asia uses all the time: country names,
 * demonyms and capitals (each with its ISO 3166-1 alpha-2 code), other well-known cities and regions,
 * international organisations and heads of state. The page splitter uses it to tell a headline (which
 * nearly always names a country, a city or a leader) from a sub-heading, and the quotation recognizer uses
 * it to tell a person's name from a place's.
 *
 * <p>It is deliberately small and is not the country recognizer's gazetteer: it only has to be right about
 * the words it knows. Lookups take one token as written (a trailing possessive {@code 's} is ignored), or two
 * for the names of two words ("United States", "South Korea").
 */
public final class PlaceWords {

    /** {@code word code} per line; words in lower case, several words joined by a space. */
    private static final String COUNTRIES = """
            kazakhstan KZ|kazakh KZ|kazakhs KZ|kazakhstani KZ|kazakhstanis KZ|astana KZ|nur-sultan KZ|qazaqstan KZ
            kyrgyzstan KG|kyrgyz KG|kyrgyzstani KG|kyrgyzstanis KG|bishkek KG|kyrgyz republic KG
            uzbekistan UZ|uzbek UZ|uzbeks UZ|uzbekistani UZ|tashkent UZ
            tajikistan TJ|tajik TJ|tajiks TJ|tajikistani TJ|dushanbe TJ
            turkmenistan TM|turkmen TM|turkmens TM|ashgabat TM|ashkhabad TM
            afghanistan AF|afghan AF|afghans AF|kabul AF
            russia RU|russian RU|russians RU|moscow RU|russian federation RU|kremlin RU
            china CN|chinese CN|beijing CN|prc CN
            united states US|u.s. US|us US|usa US|america US|american US|americans US|washington US
            turkey TR|türkiye TR|turkiye TR|turkish TR|turks TR|ankara TR
            azerbaijan AZ|azerbaijani AZ|azerbaijanis AZ|azeri AZ|baku AZ
            georgia GE|georgian GE|georgians GE|tbilisi GE
            armenia AM|armenian AM|armenians AM|yerevan AM
            iran IR|iranian IR|iranians IR|tehran IR
            pakistan PK|pakistani PK|pakistanis PK|islamabad PK
            india IN|indian IN|indians IN|new delhi IN
            japan JP|japanese JP|tokyo JP
            south korea KR|korea KR|korean KR|koreans KR|seoul KR|republic of korea KR
            north korea KP|pyongyang KP
            mongolia MN|mongolian MN|ulaanbaatar MN
            ukraine UA|ukrainian UA|ukrainians UA|kyiv UA|kiev UA
            belarus BY|belarusian BY|minsk BY
            germany DE|german DE|germans DE|berlin DE
            france FR|french FR|paris FR
            united kingdom GB|uk GB|britain GB|great britain GB|british GB|london GB
            italy IT|italian IT|rome IT
            spain ES|spanish ES|madrid ES
            poland PL|polish PL|warsaw PL
            hungary HU|hungarian HU|budapest HU
            czech republic CZ|czechia CZ|czech CZ|prague CZ
            austria AT|austrian AT|vienna AT
            switzerland CH|swiss CH|bern CH
            netherlands NL|dutch NL|amsterdam NL
            belgium BE|belgian BE|brussels BE
            sweden SE|swedish SE|stockholm SE
            finland FI|finnish FI|helsinki FI
            norway NO|norwegian NO|oslo NO
            latvia LV|latvian LV|riga LV
            lithuania LT|lithuanian LT|vilnius LT
            estonia EE|estonian EE|tallinn EE
            moldova MD|moldovan MD|chisinau MD
            greece GR|greek GR|athens GR
            israel IL|israeli IL|jerusalem IL
            egypt EG|egyptian EG|cairo EG
            saudi arabia SA|saudi SA|riyadh SA
            united arab emirates AE|uae AE|emirati AE|abu dhabi AE
            qatar QA|qatari QA|doha QA
            kuwait KW|kuwaiti KW
            oman OM|omani OM|muscat OM
            iraq IQ|iraqi IQ|baghdad IQ
            syria SY|syrian SY|damascus SY
            indonesia ID|indonesian ID|jakarta ID
            malaysia MY|malaysian MY|kuala lumpur MY
            singapore SG|singaporean SG
            vietnam VN|vietnamese VN|hanoi VN
            thailand TH|thai TH|bangkok TH
            bangladesh BD|bangladeshi BD|dhaka BD
            canada CA|canadian CA|ottawa CA
            australia AU|australian AU|canberra AU
            brazil BR|brazilian BR
            """;

    /** Cities, regions and other places that name no country by themselves. */
    private static final String OTHER_PLACES = """
            almaty alma-ata shymkent karaganda karagandy aktau atyrau aktobe pavlodar semey oskemen ust-kamenogorsk
            kostanay taraz kyzylorda turkistan ekibastuz zhezkazgan petropavl baikonur mangystau akmola zhetysu
            osh jalal-abad karakol naryn batken talas tokmok balykchy issyk-kul chui kara-balta
            samarkand bukhara khiva namangan andijan fergana ferghana kokand nukus termez karshi navoi navoiy
            karakalpakstan surkhandarya kashkadarya jizzakh syrdarya khorezm
            khujand kulob kulyab bokhtar khorog sughd gbao badakhshan rasht penjikent istaravshan
            turkmenabat mary dashoguz balkanabat turkmenbashi avaza
            istanbul antalya izmir st. petersburg novosibirsk kazan yekaterinburg omsk orenburg chelyabinsk
            kashgar urumqi xinjiang shanghai guangzhou lianyungang khorgos horgos dubai
            caspian aral fergana tian-shan pamir altai
            """;

    /** International organisations and blocs, and the Central Asian region itself. */
    private static final String ORGANISATIONS = """
            eu un osce sco cis eaeu eeu csto adb ebrd imf nato wto who unicef undp unhcr unesco usaid aiib oecd opec
            brics gcc asean ifc fao iaea ilo iom wfp
            """;

    /** Surnames of heads of state and government that headlines name without a country. */
    private static final String LEADERS = """
            tokayev nazarbayev mirziyoyev karimov japarov tashiyev atambayev jeenbekov rahmon berdimuhamedov
            putin medvedev lavrov xi jinping trump biden erdogan aliyev pashinyan lukashenko modi macron scholz merz
            zelensky kishida ishiba shehbaz sharif pezeshkian raisi khurelsukh
            """;

    /** What a known word names. */
    public record Entry(String code, boolean place, boolean organisation, boolean leader, boolean pairStart) {
        /** A country, capital, demonym, city, region or organisation. */
        public boolean isPlaceOrOrganisation() {
            return code != null || place || organisation;
        }
    }

    /** Every known word (lower case) and what it names; two-word country names under their two words. */
    private static final Map<String, Entry> WORDS = new HashMap<>();
    /** Acronyms that are only a country when written in capitals ("US", not "us"). */
    private static final Set<String> CAPITALS_ONLY = Set.of("us", "uk", "uae", "prc", "usa");
    /** Words that are common nouns or names when not capitalised. */
    private static final Set<String> CAPITALISED_ONLY = Set.of("georgia", "turkey", "china");

    static {
        Map<String, String> codes = new HashMap<>();
        Set<String> pairStarts = new HashSet<>();
        for (String entry : COUNTRIES.replace('\n', '|').split("\\|")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int sp = e.lastIndexOf(' ');
            String word = e.substring(0, sp);
            codes.put(word, e.substring(sp + 1));
            int inner = word.indexOf(' ');
            if (inner > 0) {
                pairStarts.add(word.substring(0, inner));
            }
        }
        Set<String> places = words(OTHER_PLACES);
        Set<String> orgs = words(ORGANISATIONS);
        Set<String> heads = words(LEADERS);
        Set<String> all = new HashSet<>(codes.keySet());
        all.addAll(places);
        all.addAll(orgs);
        all.addAll(heads);
        all.addAll(pairStarts);
        for (String w : all) {
            WORDS.put(w, new Entry(codes.get(w), places.contains(w), orgs.contains(w), heads.contains(w),
                    pairStarts.contains(w)));
        }
    }

    private PlaceWords() {
    }

    private static Set<String> words(String block) {
        Set<String> out = new HashSet<>();
        for (String w : block.split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The token without a trailing possessive ({@code Kazakhstan’s} → {@code Kazakhstan}). */
    public static String stripPossessive(String token) {
        int n = token.length();
        if (n > 2 && (token.charAt(n - 2) == '\'' || token.charAt(n - 2) == '’')
                && (token.charAt(n - 1) == 's' || token.charAt(n - 1) == 'S')) {
            return token.substring(0, n - 2);
        }
        if (n > 1 && (token.charAt(n - 1) == '\'' || token.charAt(n - 1) == '’')) {
            return token.substring(0, n - 1);
        }
        return token;
    }

    /** What a one-word token names, or {@code null}: one lookup, whatever is asked of the answer. */
    public static Entry lookup(String token) {
        String t = stripPossessive(token);
        if (t.isEmpty()) {
            return null;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        Entry e = WORDS.get(lower);
        if (e == null) {
            return null;
        }
        if (CAPITALS_ONLY.contains(lower) && !t.equals(t.toUpperCase(Locale.ROOT))
                || CAPITALISED_ONLY.contains(lower) && !Character.isUpperCase(t.charAt(0))) {
            return null;
        }
        return e;
    }

    /** ISO code of a one-word country name, demonym or capital, or {@code null}. */
    public static String countryCode(String token) {
        Entry e = lookup(token);
        return e == null ? null : e.code();
    }

    /**
     * ISO code of a two-word country name or capital ("United States", "South Korea", "New Delhi") written as
     * {@code first second}, both capitalised, or {@code null}. {@code firstEntry} is {@code lookup(first)}.
     */
    public static String countryCode(Entry firstEntry, String first, String second) {
        if (firstEntry == null || !firstEntry.pairStart() || second.isEmpty() || !Character.isUpperCase(first.charAt(0))
                || !Character.isUpperCase(second.charAt(0))) {
            return null;
        }
        Entry pair = WORDS.get(first.toLowerCase(Locale.ROOT) + ' ' + stripPossessive(second).toLowerCase(Locale.ROOT));
        return pair == null ? null : pair.code();
    }

    /** True for a country, capital, demonym, city, region or organisation (any capitalisation of a known word). */
    public static boolean isPlaceOrOrganisation(String token) {
        Entry e = lookup(token);
        return e != null && e.isPlaceOrOrganisation();
    }

    /** True for the surname of a well-known head of state or government. */
    public static boolean isLeader(String token) {
        Entry e = lookup(token);
        return e != null && e.leader();
    }
}
