"""The demo's fictional people, places and texts in Danish, for `teamdesk --demo --language da`.

The Norwegian demo is written in :mod:`teamdesk.services.demo` and
:mod:`teamdesk.services.demo_meetings` as it always was; :func:`demo_words` gives those modules
the Danish text for each of their Norwegian ones when the person reads Danish, so both demos are
built by the same steps (and stay deterministic: the same seed, the same choices).
"""

from __future__ import annotations

from collections.abc import Callable

from teamdesk.domain.text import Translate, language_of

Words = Callable[[str], str]

DANISH_UNIT_NAMES = [
    "Bostedet Engly, afdeling Æblehaven",
    "Bostedet Engly, afdeling Kastanjen",
    "Bostedet Engly, afdeling Fyrtårnet",
    "Bostedet Havblik, afdeling Strandeng",
    "Bostedet Havblik, afdeling Klitten",
    "Bostedet Lindegården, afdeling Vest",
    "Bostedet Lindegården, afdeling Øst",
    "Bostedet Skovbrynet, afdeling Egen",
    "Bostedet Skovbrynet, afdeling Bøgen",
    "Bostedet Åløkken, afdeling Mosen",
]
DANISH_FIRST_NAMES = [
    "Mette", "Lars", "Hanne", "Søren", "Birgitte", "Jens", "Lone", "Anders", "Kirsten",
    "Mikkel", "Pia", "Rasmus", "Susanne", "Niels", "Camilla", "Thomas", "Bente", "Kasper",
    "Inger", "Henrik", "Rikke", "Jørgen", "Maja", "Morten", "Dorthe", "Frederik", "Tove",
    "Martin", "Lærke", "Bo", "Gitte", "Emil", "Ulla", "Christian", "Sanne", "Peter", "Ida",
    "Jesper", "Amalie", "Ole", "Fatima", "Ahmad", "Leyla", "Piotr", "Agnieszka", "Hassan",
    "Nadia", "Kim", "Else", "Poul",
]  # fmt: skip
DANISH_SURNAMES = [
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
    "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
    "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen",
    "Jakobsen", "Mikkelsen", "Frederiksen", "Holm", "Lund", "Schmidt", "Eriksen", "Kjær",
    "Østergaard", "Bech", "Dahl", "Ali", "Nowak", "Yilmaz", "Ibrahim",
]  # fmt: skip
DANISH_WHAT_MATTERS = [
    "At gå tur med min hund hver morgen.",
    "At jeg selv bestemmer, hvornår jeg står op.",
    "At besøge min søster i Odense hver måned.",
    "At arbejde i caféen to dage om ugen.",
    "At have ro på mit værelse efter aftensmaden.",
    "At personalet banker på, før de kommer ind.",
    "At lave mad selv, med lidt hjælp.",
    "Fodbold i fjernsynet og kaffe med vennerne.",
    "At synge i koret om torsdagen.",
    "At min mor får at vide, hvordan jeg har det.",
]
# The demo's shifts, by code, named as a Norwegian and a Danish house names them. They are data
# the demo writes once (a house names its own shifts), so they are written in the demo's language,
# not as the program's English defaults that only a translation would show in Norwegian.
NORWEGIAN_SHIFT_NAMES = {"D": "Dagvakt", "A": "Kveldsvakt", "N": "Nattevakt", "L": "Langvakt"}
DANISH_SHIFT_NAMES = {"D": "Dagvagt", "A": "Aftenvagt", "N": "Nattevagt", "L": "Langvagt"}
DANISH_ABSENCE_REASONS = ["Ferie", "Sygemelding", "Kursus", "Afspadsering", "Orlov"]
DANISH_TEAM_NAMES = ["Team Nord", "Team Syd", "Team Øst", "Team Vest", "Team Midt"]

# The Norwegian demo's texts and their Danish, written as a Danish bosted writes them.
DANISH = {
    # absences and case roles
    "Kurs": "Kursus",
    "Saksbehandler for vedtak om praktisk bistand": "Sagsbehandler på afgørelsen om praktisk hjælp",
    "Tilsynsrolle fra kommunen": "Tilsynsrolle fra kommunen",
    "Eneste som kjenner beboeren godt; vedtaksrollen går over til en kollega innen tre måneder.": (
        "Den eneste, der kender borgeren godt; afgørelsesrollen går over til en kollega inden "
        "for tre måneder."
    ),
    # goals in the resident's own words
    "Jeg vil gå tur med hunden min hver morgen.": "Jeg vil gå tur med min hund hver morgen.",
    "Gå til parken alene på søndager.": "Gå alene i parken om søndagen.",
    "Jeg vil jobbe på kafeen to dager i uka.": "Jeg vil arbejde i caféen to dage om ugen.",
    "Ta bussen til jobb selv.": "Tage bussen på arbejde selv.",
    "Jeg vil lage middag selv, med litt hjelp.": "Jeg vil lave aftensmad selv, med lidt hjælp.",
    "Handle inn til middagen på fredager.": "Handle ind til aftensmaden om fredagen.",
    "Jeg vil ha kontakt med søsteren min i Drammen.": (
        "Jeg vil have kontakt med min søster i Odense."
    ),
    "Jeg vil sove bedre om natta.": "Jeg vil sove bedre om natten.",
    "Jeg vil lære å svømme.": "Jeg vil lære at svømme.",
    # the people around the plan
    "Nora Lie": "Nanna Lykke",
    "NAV Sentrum": "Jobcenter Midtby",
    "Veileder": "Sagsbehandler",
    "55 55 12 34": "70 20 12 34",
    "Arbeidsrettet oppfølging.": "Beskæftigelsesrettet opfølgning.",
    "Arbeid, helse og økonomi": "Arbejde, helbred og økonomi",
    "Dr. Eirik Moen": "Dr. Henrik Mølgaard",
    "Fastlegekontoret": "Lægehuset",
    "Fastlege": "Egen læge",
    "55 55 98 76": "70 20 98 76",
    "Medisinsk oppfølging.": "Medicinsk opfølgning.",
    "Helse og medisiner": "Helbred og medicin",
    "Åse Hansen": "Birthe Jensen",
    "Søster": "Søster",
    "900 12 345": "20 12 34 56",
    "Ringer hver søndag og er med på møtene.": "Ringer hver søndag og er med til møderne.",
    "Hvordan hverdagen går": "Hvordan hverdagen går",
    # the plan's own texts
    "Blid og hjelpsom, glad i dyr, har god humor og husker godt.": (
        "Glad og hjælpsom, holder af dyr, har god humor og en god hukommelse."
    ),
    "Struktur i hverdagen, følge til avtaler og oppfølging på jobb.": (
        "Struktur i hverdagen, følgeskab til aftaler og opfølgning på arbejdet."
    ),
    "Lager kaffe til møtene og sier fra når noe ikke fungerer.": (
        "Laver kaffe til møderne og siger til, når noget ikke fungerer."
    ),
    "Samtale med beboeren og ansvarsgruppen hvert halvår.": (
        "Samtale med borgeren og netværket hvert halve år."
    ),
    "Fastlegen og NAV samarbeider om arbeidstrening; koordinator kaller inn.": (
        "Bor på bostedet (§ 108). Jobcentret og egen læge samarbejder om arbejdstræning; "
        "ingen hjælpemidler. Tovholderen indkalder."
    ),
    "Norsk er morsmålet. Liker korte setninger og bilder.": (
        "Dansk er modersmålet. Kan lide korte sætninger og billeder."
    ),
    "Leder selv første del av møtene; søsteren deltar når beboeren vil.": (
        "Leder selv første del af møderne; søsteren deltager, når borgeren ønsker det."
    ),
    "Følge til og fra jobb": "Følgeskab til og fra arbejde",
    "To dager i uka": "To dage om ugen",
    "Personalet følger de første ukene, så bare til bussen.": (
        "Personalet følger med de første uger, derefter kun til bussen."
    ),
    "Arbeidstrening med veileder": "Arbejdstræning med sagsbehandler",
    "Månedlig samtale": "Månedlig samtale",
    "NAV-veileder møter beboer og arbeidsgiver.": (
        "Sagsbehandleren fra jobcentret mødes med borgeren og arbejdsgiveren."
    ),
    "Muntlig i oppstartsmøtet": "Mundtligt på opstartsmødet",
    # coordinator development and meetings
    "USHT": "Kommunens kursusafdeling",
    "Koordinerende enhet": "Koordinerende enhed",
    "Første individuelle plan": "Første fælles udviklingsplan",
    "Kartlegging av mål": "Afdækning af mål",
    "Gikk gjennom planmalen.": "Gennemgik planskabelonen.",
    "Evaluering": "Evaluering",
    "Klar til å stå alene.": "Klar til at stå alene.",
    "Ny som koordinator: samtykke og første ansvarsgruppemøte": (
        "Ny som tovholder: samtykke og det første netværksmøde"
    ),
    "Rollen som koordinator": "Rollen som tovholder",
    "Hva forventes, og hvem spør jeg.": "Hvad forventes der, og hvem spørger jeg.",
    "Samtykke og taushetsplikt": "Samtykke og tavshedspligt",
    "Øvde på samtalen om deling av informasjon.": "Øvede samtalen om deling af oplysninger.",
    "Forberede ansvarsgruppemøte": "Forberede netværksmøde",
    "Lagde dagsorden fra planen sammen.": "Lavede dagsordenen ud fra planen sammen.",
    "Koordinatornettverket Solsikken": "Tovholdernetværket Engly",
    "Koordinatorene møtes hver sjette uke for veiledning og erfaringsdeling.": (
        "Tovholderne mødes hver sjette uge til vejledning og erfaringsudveksling."
    ),
    "Samtykke og deling av informasjon": "Samtykke og deling af oplysninger",
    "Den vanskelige samtalen": "Den svære samtale",
    "Møterom 1": "Mødelokale 1",
    "Evaluering av mål sammen med beboeren": "Evaluering af mål sammen med borgeren",
    "Beboeren forteller at jobben på kafeen går bra, men bussen er vanskelig om vinteren.": (
        "Borgeren fortæller, at arbejdet i caféen går godt, men at bussen er svær om vinteren."
    ),
    "Målet om turer med hunden står fast. Beboeren vil også prøve svømming.": (
        "Målet om ture med hunden står fast. Borgeren vil også prøve at svømme."
    ),
    "Søke om støttekontakt": "Søge om ledsagerordning",
    "Avtale time hos tannlegen": "Bestille tid hos tandlægen",
    "Prøve svømmehallen en gang i uka": "Prøve svømmehallen en gang om ugen",
    "En gang i uka": "En gang om ugen",
    "Følge til svømmehallen; beboeren velger dag.": (
        "Følgeskab til svømmehallen; borgeren vælger dagen."
    ),
    "Kafeen": "Caféen",
    "Stua": "Dagligstuen",
    "Beboeren er fornøyd med planen og vil fortsette som nå.": (
        "Borgeren er tilfreds med planen og vil fortsætte som nu."
    ),
    "Rehabiliteringen": "Rehabiliteringsteamet, Rådhuset",
}


def is_danish(translate: Translate | None) -> bool:
    """Whether the demo is made for a person who reads Danish."""
    return language_of(translate) == "da"


def demo_words(translate: Translate | None) -> Words:
    """The demo's text for a Norwegian one: the Danish one for a Danish reader, else itself."""
    if not is_danish(translate):
        return lambda text: text
    return lambda text: DANISH.get(text, text)
