<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>AccessLogDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="135"/>
        <source>Access log — {name}</source>
        <translation>Tilgangslogg — {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="138"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="139"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="142"/>
        <source>&amp;Whole history</source>
        <translation>&amp;Hele historikken</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="148"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="151"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="156"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="159"/>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="161"/>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="166"/>
        <source>Events</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="170"/>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Eksporter som PDF …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="220"/>
        <source>Save the access log</source>
        <translation>Lagre tilgangsloggen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="222"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="230"/>
        <source>Writing {file}…</source>
        <translation>Skriver {file} …</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="65"/>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="66"/>
        <source>Accounts and passwords</source>
        <translation>Kontoer og passord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="68"/>
        <source>Sections</source>
        <translation>Deler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="85"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Kontoer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="87"/>
        <source>&amp;My password and PIN</source>
        <translation>&amp;Mitt passord og PIN</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="90"/>
        <source>&amp;Locking</source>
        <translation>&amp;Låsing</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="93"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>AccountsMenu</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="154"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Kontoer …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="162"/>
        <source>My &amp;password and PIN…</source>
        <translation>Mitt &amp;passord og PIN …</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="78"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="79"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="80"/>
        <source>Unit</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="80"/>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="315"/>
        <source>All units</source>
        <translation>Alle avdelinger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="81"/>
        <source>Staff record</source>
        <translation>Ansattoppføring</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="82"/>
        <source>Sign-in</source>
        <translation>Innlogging</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="88"/>
        <source>Accounts</source>
        <translation>Kontoer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="99"/>
        <source>How many accounts</source>
        <translation>Antall kontoer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="101"/>
        <source>About the database key</source>
        <translation>Om databasenøkkelen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="115"/>
        <source>Account forms</source>
        <translation>Kontoskjemaer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="140"/>
        <source>&amp;Replace the key now</source>
        <translation>&amp;Bytt nøkkel nå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="142"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ikke nå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="149"/>
        <source>Switched off</source>
        <translation>Slått av</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="151"/>
        <source>Needs a new password</source>
        <translation>Trenger nytt passord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="152"/>
        <source>Can sign in</source>
        <translation>Kan logge inn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="156"/>
        <source>Set a new password to switch the account on again.</source>
        <translation>Sett et nytt passord for å slå kontoen på igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="159"/>
        <source>The key file holds no key for this account (a backup from before was restored). Set a new password so the person can sign in.</source>
        <translation>Nøkkelfilen har ingen nøkkel for denne kontoen (en eldre sikkerhetskopi ble gjenopprettet). Sett et nytt passord så personen kan logge inn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="171"/>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="172"/>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="380"/>
        <source>Selected account</source>
        <translation>Valgt konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="174"/>
        <source>Role of the selected account</source>
        <translation>Rollen til valgt konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="175"/>
        <source>Unit of the selected account</source>
        <translation>Avdelingen til valgt konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="177"/>
        <source>Staff record of the selected account</source>
        <translation>Ansattoppføringen til valgt konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="179"/>
        <source>About the role, unit or record</source>
        <translation>Om rollen, avdelingen eller oppføringen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="186"/>
        <source>New password</source>
        <translation>Nytt passord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="187"/>
        <source>New password again</source>
        <translation>Nytt passord igjen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="188"/>
        <source>About the new password</source>
        <translation>Om det nye passordet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="190"/>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="250"/>
        <source>About the password typed again</source>
        <translation>Om passordet skrevet igjen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="193"/>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="395"/>
        <source>Set &amp;new password</source>
        <translation>Sett &amp;nytt passord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="193"/>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="396"/>
        <source>Set new password</source>
        <translation>Sett nytt passord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="198"/>
        <source>S&amp;witch off…</source>
        <translation>&amp;Slå av …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="198"/>
        <source>Switch the account off</source>
        <translation>Slå av kontoen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="201"/>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="257"/>
        <source>What happened</source>
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="205"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="206"/>
        <source>&amp;Unit:</source>
        <translation>Av&amp;deling:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="208"/>
        <source>Staff recor&amp;d:</source>
        <translation>&amp;Ansattoppføring:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="212"/>
        <source>New &amp;password:</source>
        <translation>Nytt &amp;passord:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="216"/>
        <source>Password a&amp;gain:</source>
        <translation>Passord &amp;igjen:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="234"/>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="235"/>
        <source>New account</source>
        <translation>Ny konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="236"/>
        <source>Name of the new account</source>
        <translation>Navnet på den nye kontoen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="237"/>
        <source>as shown at sign-in, e.g. Kari Nordmann</source>
        <translation>slik det vises ved innlogging, f.eks. Kari Nordmann</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="238"/>
        <source>About the name</source>
        <translation>Om navnet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="239"/>
        <source>Role of the new account</source>
        <translation>Rollen til den nye kontoen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="241"/>
        <source>Unit of the new account</source>
        <translation>Avdelingen til den nye kontoen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="243"/>
        <source>Staff record of the new account</source>
        <translation>Ansattoppføringen til den nye kontoen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="246"/>
        <source>First password</source>
        <translation>Første passord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="247"/>
        <source>About the password</source>
        <translation>Om passordet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="248"/>
        <source>Password again</source>
        <translation>Passord igjen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="253"/>
        <source>&amp;Create account</source>
        <translation>Oppre&amp;tt konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="253"/>
        <source>Create account</source>
        <translation>Opprett konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="261"/>
        <source>Nam&amp;e:</source>
        <translation>Na&amp;vn:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="264"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="265"/>
        <source>Un&amp;it:</source>
        <translation>Avdelin&amp;g:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="266"/>
        <source>Staf&amp;f record:</source>
        <translation>Ansattoppf&amp;øring:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="268"/>
        <source>First pa&amp;ssword:</source>
        <translation>&amp;Første passord:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="272"/>
        <source>Password again:</source>
        <translation>Passord igjen:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="277"/>
        <source>Give the password to the person in private; they can change it under My password and PIN.</source>
        <translation>Gi passordet til personen i enerom; personen kan endre det under Mitt passord og PIN.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="322"/>
        <source>No staff record</source>
        <translation>Ingen ansattoppføring</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="332"/>
        <source>(a record no longer offered)</source>
        <translation>(en oppføring som ikke lenger tilbys)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="351"/>
        <source>%n account(s), {off} switched off.</source>
        <translation>
            <numerusform>%n konto, {off} slått av.</numerusform>
            <numerusform>%n kontoer, {off} slått av.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="354"/>
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n konto.</numerusform>
            <numerusform>%n kontoer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="390"/>
        <source>Selected account: {name}</source>
        <translation>Valgt konto: {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="398"/>
        <source>Switch o&amp;n with this password</source>
        <translation>Slå p&amp;å med dette passordet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="399"/>
        <source>Switch on with this password</source>
        <translation>Slå på med dette passordet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="424"/>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="436"/>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="528"/>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>De to passordene er ikke like. Skriv passordet igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="453"/>
        <source>{name} can sign in with the new password now.</source>
        <translation>{name} kan logge inn med det nye passordet nå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="456"/>
        <source>{name} is switched on again and can sign in with the new password.</source>
        <translation>{name} er slått på igjen og kan logge inn med det nye passordet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="467"/>
        <source>Switch off {name}? They can no longer sign in. Their name stays in the access log; a new password switches the account on again.</source>
        <translation>Slå av {name}? Personen kan ikke lenger logge inn. Navnet blir stående i tilgangsloggen; et nytt passord slår kontoen på igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="479"/>
        <source>{name} is switched off and can no longer sign in.</source>
        <translation>{name} er slått av og kan ikke lenger logge inn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="492"/>
        <source>A copy of the key file {name} may have kept still opens the database, and any copy of the database they took, even though they can no longer sign in.</source>
        <translation>En kopi av nøkkelfilen som {name} kan ha tatt vare på, åpner fortsatt databasen, og enhver kopi av databasen de har tatt med seg, selv om de ikke lenger kan logge inn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="500"/>
        <source>{why} Replace the database key now, so that their copy opens nothing? Everyone else signs in as before. This PC does not sync with other PCs, so no other PC is affected. TeamDesk must be closed on other PCs and in other windows first; you stay signed in here.</source>
        <translation>{why} Vil du bytte databasenøkkelen nå, så kopien deres ikke åpner noe? Alle andre logger inn som før. Denne PC-en synkroniserer ikke med andre PC-er, så ingen andre PC-er blir berørt. TeamDesk må først være lukket på andre PC-er og i andre vinduer; du forblir innlogget her.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="557"/>
        <source>{name} can sign in now, with the password you gave.</source>
        <translation>{name} kan logge inn nå, med passordet du ga.</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="39"/>
        <source>Agenda and minutes</source>
        <translation>Saksliste og referat</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="46"/>
        <source>Drafted from the plan in the language TeamDesk spoke when the meeting was prepared; from then on the words are the meeting&apos;s own. Reorder, add, remove or reword items; write the minutes under each item during or after the meeting.</source>
        <translation>Satt opp fra planen på språket TeamDesk brukte da møtet ble forberedt; deretter er ordene møtets egne. Endre rekkefølgen, legg til, fjern eller omformuler punkter; skriv referatet under hvert punkt under eller etter møtet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="55"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="56"/>
        <source>Item</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="57"/>
        <source>From the plan</source>
        <translation>Fra planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="58"/>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="63"/>
        <source>Agenda</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="70"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="72"/>
        <source>Move the chosen item up</source>
        <translation>Flytt den valgte saken opp</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="76"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="78"/>
        <source>Move the chosen item down</source>
        <translation>Flytt den valgte saken ned</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="82"/>
        <source>Remove item</source>
        <translation>Fjern sak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="84"/>
        <source>Remove the chosen item from the agenda</source>
        <translation>Fjern den valgte saken fra sakslisten</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="94"/>
        <source>a new agenda item</source>
        <translation>en ny sak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="96"/>
        <source>New agenda item</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="98"/>
        <source>A new item… (Enter adds)</source>
        <translation>En ny sak … (Enter legger til)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="101"/>
        <source>Add item</source>
        <translation>Legg til sak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="101"/>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="187"/>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="211"/>
        <source>Add agenda item</source>
        <translation>Legg til sak på sakslisten</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="104"/>
        <source>How we work together</source>
        <translation>Hvordan vi samarbeider</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="106"/>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="110"/>
        <source>Add the latest check-in on how we work together to the agenda</source>
        <translation>Legg den siste samarbeidsrunden om hvordan vi samarbeider, til sakslisten</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="116"/>
        <source>The chosen item&apos;s words</source>
        <translation>Ordlyden i den valgte saken</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="119"/>
        <source>Chosen item</source>
        <translation>Valgt sak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="121"/>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="125"/>
        <source>Minutes for the chosen item</source>
        <translation>Referat for den valgte saken</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="128"/>
        <source>What was said and agreed under this item… (saved when you leave the field)</source>
        <translation>Hva som ble sagt og avtalt under denne saken … (lagres når du forlater feltet)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="159"/>
        <source>Minutes: choose an agenda item first</source>
        <translation>Referat: velg en sak først</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="164"/>
        <source>Minutes for item {number}</source>
        <translation>Referat for sak {number}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="221"/>
        <source>Move agenda item</source>
        <translation>Flytt sak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="231"/>
        <source>Remove agenda item</source>
        <translation>Fjern sak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="241"/>
        <source>Reword agenda item</source>
        <translation>Endre ordlyden i sak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="254"/>
        <source>Write minutes</source>
        <translation>Skriv referat</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="133"/>
        <source>How we work together — {subject}</source>
        <translation>Hvordan vi samarbeider — {subject}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="139"/>
        <source>Type in one printed form, box by box as it is written. It is recorded as entered by {name}; the form carries no name. Throw the paper away afterwards.</source>
        <translation>Før inn ett utskrevet skjema, rute for rute slik det er skrevet. Det registreres som ført inn av {name}; skjemaet har ikke navn på seg. Kast papiret etterpå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="144"/>
        <source>Seven short statements about each role or service you work with for {subject}. Your answers are anonymous: they are counted when the check-in closes, and nobody can see what you answered.</source>
        <translation>Sju korte påstander om hver rolle eller tjeneste du samarbeider med rundt {subject}. Svarene dine er anonyme: de telles når samarbeidsrunden avsluttes, og ingen kan se hva du svarte.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="148"/>
        <source>About this form</source>
        <translation>Om dette skjemaet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="154"/>
        <source>Type 1 to 5 in each box (1 = disagree strongly, 5 = agree strongly), 0 or ? for don&apos;t know; the cursor moves on by itself. Delete empties a box. Leave a row empty for those you do not work with.</source>
        <translation>Skriv 1 til 5 i hver rute (1 = helt uenig, 5 = helt enig), 0 eller ? for vet ikke; markøren går videre av seg selv. Delete tømmer en rute. La en rad stå tom for dem du ikke samarbeider med.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="160"/>
        <source>How to answer</source>
        <translation>Slik svarer du</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="165"/>
        <source>The statement</source>
        <translation>Påstanden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="176"/>
        <source>Answers: roles and services down, statements across</source>
        <translation>Svar: roller og tjenester nedover, påstander bortover</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="191"/>
        <source>How much is filled in</source>
        <translation>Hvor mye som er fylt ut</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="194"/>
        <source>What is missing</source>
        <translation>Det som mangler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="200"/>
        <source>Hand in</source>
        <translation>Lever</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="202"/>
        <source>Hand in the answers</source>
        <translation>Lever svarene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="203"/>
        <source>Ctrl+Enter hands in from anywhere in the form</source>
        <translation>Ctrl+Enter leverer fra hvor som helst i skjemaet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="269"/>
        <source>{tie} · statement {number} of {count}: {statement}</source>
        <translation>{tie} · påstand {number} av {count}: {statement}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="280"/>
        <source>{filled} of {total} boxes filled in.</source>
        <translation>{filled} av {total} ruter er fylt ut.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="287"/>
        <source>Answer at least one statement before handing in.</source>
        <translation>Svar på minst én påstand før du leverer.</translation>
    </message>
</context>
<context>
    <name>ApprovalSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="42"/>
        <source>Status, approval and versions</source>
        <translation>Status, godkjenning og versjoner</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="45"/>
        <source>Status of the plan</source>
        <translation>Planens status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="49"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="51"/>
        <source>Version to view or print</source>
        <translation>Versjon som skal vises eller skrives ut</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="54"/>
        <source>Versions</source>
        <translation>Versjoner</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="56"/>
        <source>What changed</source>
        <translation>Hva som er endret</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="61"/>
        <source>&amp;Approve this version</source>
        <translation>Godkjenn de&amp;nne versjonen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="63"/>
        <source>Approve the plan as a new version</source>
        <translation>Godkjenn planen som en ny versjon</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="68"/>
        <source>Print &quot;&amp;My plan&quot; (PDF)…</source>
        <translation>Skriv ut «&amp;Min plan» (PDF) …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="70"/>
        <source>Write the resident&apos;s one-page My plan as a PDF and open it</source>
        <translation>Lag beboerens Min plan på én side som PDF og åpne den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="75"/>
        <source>Pr&amp;epare a meeting…</source>
        <translation>Forbered et m&amp;øte …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="77"/>
        <source>Prepare a meeting about this plan: invitation and agenda drafted from it</source>
        <translation>Forbered et møte om denne planen: innkalling og saksliste lages ut fra den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="90"/>
        <source>Is the plan complete?</source>
        <translation>Er planen komplett?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="93"/>
        <source>Completeness checklist</source>
        <translation>Sjekkliste for innhold</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="131"/>
        <source>Everything the plan asks for is in place.</source>
        <translation>Alt planen krever, er på plass.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="133"/>
        <source>Everything the regulation asks for is in place.</source>
        <translation>Alt forskriften krever, er på plass.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="142"/>
        <source>The plan as it is now</source>
        <translation>Planen slik den er nå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="145"/>
        <source>Version {number} ({date})</source>
        <translation>Versjon {number} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="162"/>
        <source>Changed since the last approved version:</source>
        <translation>Endret siden siste godkjente versjon:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="166"/>
        <source>Changed in version {number}:</source>
        <translation>Endret i versjon {number}:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="173"/>
        <source>… and {count} more.</source>
        <translation>… og {count} til.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="184"/>
        <source>Change status</source>
        <translation>Endre status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="193"/>
        <source>Approve version</source>
        <translation>Godkjenn versjon</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="266"/>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="275"/>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="282"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="285"/>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Gjenopprett valgt …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="319"/>
        <source>Checking the backups…</source>
        <translation>Kontrollerer sikkerhetskopiene …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="345"/>
        <source>Taking a backup…</source>
        <translation>Tar sikkerhetskopi …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="367"/>
        <source>This backup is not sound ({detail}); choose another.</source>
        <translation>Denne sikkerhetskopien er ikke i orden ({detail}); velg en annen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="374"/>
        <source>Restore this backup?</source>
        <translation>Gjenopprette denne sikkerhetskopien?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="376"/>
        <source>TeamDesk will sign you out, put the backup from {taken} in place of the database and keep the current file aside (nothing is deleted). Everyone then signs in again. Close TeamDesk on other PCs&apos; windows to this folder first.</source>
        <translation>TeamDesk logger deg ut, setter sikkerhetskopien fra {taken} inn i stedet for databasen og legger den nåværende filen til side (ingenting slettes). Deretter logger alle inn igjen. Lukk først TeamDesk-vinduer på andre PC-er som bruker denne mappen.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="42"/>
        <source>Conflicts: edited on two PCs</source>
        <translation>Konflikter: endret på to PC-er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="48"/>
        <source>About conflicts</source>
        <translation>Om konflikter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="51"/>
        <source>What waits for a person</source>
        <translation>Det som venter på en person</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="57"/>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="59"/>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="218"/>
        <source>Version 1</source>
        <translation>Versjon 1</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="58"/>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="60"/>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="61"/>
        <source>Version 2</source>
        <translation>Versjon 2</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="65"/>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="94"/>
        <source>Before either edit</source>
        <translation>Før noen av endringene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="69"/>
        <source>Your combination of the two</source>
        <translation>Din sammenslåing av de to</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="72"/>
        <source>Keep version 1</source>
        <translation>Behold versjon 1</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="75"/>
        <source>Keep version 2</source>
        <translation>Behold versjon 2</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="78"/>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="80"/>
        <source>Save the combination</source>
        <translation>Lagre sammenslåingen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="97"/>
        <source>Or combine them here (start from version 1 and add from version 2):</source>
        <translation>Eller slå dem sammen her (begynn med versjon 1 og legg til fra versjon 2):</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="109"/>
        <source>What happened</source>
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="112"/>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="112"/>
        <source>Keep the record</source>
        <translation>Behold oppføringen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="115"/>
        <source>Delete it after all</source>
        <translation>Slett den likevel</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="117"/>
        <source>Delete the record after all</source>
        <translation>Slett oppføringen likevel</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="129"/>
        <source>Nothing waits</source>
        <translation>Ingenting venter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="169"/>
        <source>These were changed on two PCs at once and need a person. Nothing was lost: every version is kept until you choose.</source>
        <translation>Disse ble endret på to PC-er samtidig og trenger en person. Ingenting gikk tapt: alle versjonene er tatt vare på til du velger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="177"/>
        <source>Nothing waits for a person: every PC&apos;s edits merged.</source>
        <translation>Ingenting venter på en person: endringene fra alle PC-ene ble slått sammen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="178"/>
        <source>No conflicts.</source>
        <translation>Ingen konflikter.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="193"/>
        <source>{record} ({what}) was deleted on one PC while something under it (a sub-goal) was changed or added on another. It was kept so that change can be seen. Keep it, or delete it after all together with what is under it.</source>
        <translation>{record} ({what}) ble slettet på én PC mens noe under den (et delmål) ble endret eller lagt til på en annen. Den ble beholdt så endringen kan sees. Behold den, eller slett den likevel sammen med det som ligger under den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="204"/>
        <source>{record} ({what}) was deleted on one PC while it was changed on another. The change was kept, and the record with it. Keep it, or delete it after all now that you have seen the change.</source>
        <translation>{record} ({what}) ble slettet på én PC mens den ble endret på en annen. Endringen ble beholdt, og oppføringen med den. Behold den, eller slett den likevel nå som du har sett endringen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="214"/>
        <source>Version 1 (shown now), by {author}, {time} UTC</source>
        <translation>Versjon 1 (vises nå), av {author}, {time} UTC</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="224"/>
        <source>Version {n}, by {author}, {time} UTC</source>
        <translation>Versjon {n}, av {author}, {time} UTC</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="246"/>
        <source>Version 2, by {author}, {time} UTC</source>
        <translation>Versjon 2, av {author}, {time} UTC</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="250"/>
        <source>Another version:</source>
        <translation>En annen versjon:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="258"/>
        <source>Choose a text edited on two PCs</source>
        <translation>Velg en tekst som ble endret på to PC-er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="268"/>
        <source>Keep a record edited on another PC</source>
        <translation>Behold en oppføring som ble endret på en annen PC</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="278"/>
        <source>Delete a record after all</source>
        <translation>Slett en oppføring likevel</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="35"/>
        <source>Consent to the plan</source>
        <translation>Samtykke til planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="41"/>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="48"/>
        <source>Consent given on</source>
        <translation>Samtykke gitt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="41"/>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="118"/>
        <source>Given on (date)</source>
        <translation>Gitt (dato)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="44"/>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="49"/>
        <source>How consent was given</source>
        <translation>Hvordan samtykket ble gitt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="46"/>
        <source>How (spoken in a meeting, in writing…)</source>
        <translation>Hvordan (muntlig i et møte, skriftlig …)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="55"/>
        <source>Record c&amp;onsent</source>
        <translation>Registrer samt&amp;ykke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="57"/>
        <source>Record consent to the plan</source>
        <translation>Registrer samtykke til planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="63"/>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="134"/>
        <source>Withdrawn</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="65"/>
        <source>Record that consent was withdrawn</source>
        <translation>Registrer at samtykket er trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="72"/>
        <source>Consent to share information is recorded on each participant (section b).</source>
        <translation>Samtykke til å dele opplysninger registreres på hver deltaker (del b).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="82"/>
        <source>Joined plan (helhedsorienteret plan, Serviceloven § 141 stk. 7)</source>
        <translation>Helhetlig plan (helhedsorienteret plan, den danske serviceloven § 141 stk. 7)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="84"/>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="234"/>
        <source>Joined plan</source>
        <translation>Helhetlig plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="90"/>
        <source>This plan is a &amp;joined plan that replaces the citizen&apos;s other plans</source>
        <translation>Planen er en &amp;helhetlig plan som erstatter innbyggerens andre planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="93"/>
        <source>Joined plan that replaces the citizen&apos;s other plans</source>
        <translation>Helhetlig plan som erstatter innbyggerens andre planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="102"/>
        <source>For example: the jobcentre&apos;s plan, a treatment plan (one a line)</source>
        <translation>For eksempel: jobbsenterets plan, en behandlingsplan (én per linje)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="111"/>
        <source>Consent to share information across areas</source>
        <translation>Samtykke til å dele opplysninger på tvers av områder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="117"/>
        <source>Consent to share information across areas given on</source>
        <translation>Samtykke til deling på tvers av områder gitt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="123"/>
        <source>Consent to share given on</source>
        <translation>Samtykke til deling gitt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="128"/>
        <source>Record consent to &amp;share</source>
        <translation>Registrer samtykke til &amp;deling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="130"/>
        <source>Record consent to share information across areas</source>
        <translation>Registrer samtykke til å dele opplysninger på tvers av områder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="136"/>
        <source>Record that consent to share information across areas was withdrawn</source>
        <translation>Registrer at samtykket til å dele opplysninger på tvers av områder er trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="148"/>
        <source>{name} consented on {date} ({how}); recorded by {who}.</source>
        <translation>{name} samtykket {date} ({how}); registrert av {who}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="157"/>
        <source>{name}&apos;s consent to the plan is not recorded yet.</source>
        <translation>Samtykket fra {name} til planen er ikke registrert ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="181"/>
        <source>{name} consented to sharing information across areas on {date}; recorded by {who}.</source>
        <translation>{name} samtykket til deling av opplysninger på tvers av områder {date}; registrert av {who}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="189"/>
        <source>{name}&apos;s consent to sharing information across areas is not recorded yet. A joined plan needs it.</source>
        <translation>{name}s samtykke til deling av opplysninger på tvers av områder er ikke registrert ennå. En helhetlig plan krever det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="194"/>
        <source>Mark the plan as a joined plan when it replaces {name}&apos;s other plans; it then needs {name}&apos;s consent to sharing information across areas.</source>
        <translation>Merk planen som helhetlig plan når den erstatter {name}s andre planer; da krever den {name}s samtykke til deling av opplysninger på tvers av områder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="217"/>
        <source>Record consent</source>
        <translation>Registrer samtykke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="226"/>
        <source>Consent withdrawn</source>
        <translation>Samtykke trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="254"/>
        <source>Record consent to share</source>
        <translation>Registrer samtykke til deling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="262"/>
        <source>Consent to share withdrawn</source>
        <translation>Samtykke til deling trukket tilbake</translation>
    </message>
</context>
<context>
    <name>ContributionsSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/contributions.py" line="35"/>
        <source>What services and relatives contribute is written on each participant (section b).</source>
        <translation>Hva tjenester og pårørende bidrar med, skrives på hver deltaker (del b).</translation>
    </message>
</context>
<context>
    <name>CooperationSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/cooperation.py" line="47"/>
        <source>Housing, work, personal help, treatment and aids, and who else works with the citizen</source>
        <translation>Bolig, arbeid, personlig hjelp, behandling og hjelpemidler, og hvem andre som arbeider med borgeren</translation>
    </message>
</context>
<context>
    <name>CoordinatorSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="28"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="32"/>
        <source>About the coordinator</source>
        <translation>Om koordinatoren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="38"/>
        <source>Staff member to coordinate</source>
        <translation>Ansatt som skal være koordinator</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="45"/>
        <source>Make &amp;coordinator</source>
        <translation>Gjør til &amp;koordinator</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="47"/>
        <source>Make the chosen staff member coordinator</source>
        <translation>Gjør den valgte ansatte til koordinator</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="52"/>
        <source>About the chosen person</source>
        <translation>Om den valgte personen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="55"/>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="58"/>
        <source>Case roles</source>
        <translation>Saksroller</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="62"/>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="66"/>
        <source>Staff member</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="63"/>
        <source>Case role</source>
        <translation>Saksrolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="67"/>
        <source>Case role:</source>
        <translation>Saksrolle:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="73"/>
        <source>Record</source>
        <translation>Registrer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="75"/>
        <source>Record the case role</source>
        <translation>Registrer saksrollen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="88"/>
        <source>No coordinator chosen yet.</source>
        <translation>Ingen koordinator valgt ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="92"/>
        <source>A leader allowed this despite a role conflict: {reason}</source>
        <translation>En leder har tillatt dette til tross for en rollekonflikt: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="108"/>
        <source>(nobody chosen yet)</source>
        <translation>(ingen valgt ennå)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="118"/>
        <source>{staff}: {role}</source>
        <translation>{staff}: {role}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="122"/>
        <source>Case roles on this resident: {roles}</source>
        <translation>Saksroller for denne beboeren: {roles}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="124"/>
        <source>No one has a conflicting case role on this resident.</source>
        <translation>Ingen har en saksrolle for denne beboeren som er i konflikt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="147"/>
        <source>Override the role conflict?</source>
        <translation>Se bort fra rollekonflikten?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="151"/>
        <source>To go ahead anyway, write why. The reason is kept on the plan and in the audit log.</source>
        <translation>For å fortsette likevel, skriv hvorfor. Begrunnelsen lagres i planen og i revisjonsloggen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="167"/>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="178"/>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="180"/>
        <source>Choose coordinator</source>
        <translation>Velg koordinator</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="173"/>
        <source>Choose coordinator (role conflict overridden)</source>
        <translation>Velg koordinator (rollekonflikt overstyrt)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="189"/>
        <source>Record case role</source>
        <translation>Registrer saksrolle</translation>
    </message>
</context>
<context>
    <name>CoordinatorsView</name>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentoring_view.py" line="44"/>
        <source>Coordinators</source>
        <translation>Koordinatorer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentoring_view.py" line="45"/>
        <source>&amp;Overview</source>
        <translation>&amp;Oversikt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentoring_view.py" line="46"/>
        <source>&amp;Mentorships</source>
        <translation>Veil&amp;edning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentoring_view.py" line="47"/>
        <source>&amp;Networks</source>
        <translation>&amp;Nettverk</translation>
    </message>
</context>
<context>
    <name>DayOneImports</name>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="77"/>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="108"/>
        <source>Import the staff list</source>
        <translation>Importer ansattlisten</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="79"/>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="131"/>
        <source>Import the residents and their contacts</source>
        <translation>Importer beboerne og kontaktene deres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="82"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Regneark (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="97"/>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="119"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="98"/>
        <source>Employee number</source>
        <translation>Ansattnummer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="99"/>
        <source>Education</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="100"/>
        <source>Position (%)</source>
        <translation>Stilling (%)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="101"/>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="121"/>
        <source>Unit</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="102"/>
        <source>Peer worker (yes/no)</source>
        <translation>Erfaringskonsulent (ja/nei)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="110"/>
        <source>From {file}. Check which column holds what; TeamDesk remembers it for the next list. Staff already registered are left as they are. Nothing is written until you press Import.</source>
        <translation>Fra {file}. Sjekk hvilken kolonne som inneholder hva; TeamDesk husker det til neste liste. Ansatte som allerede er registrert, blir stående som de er. Ingenting lagres før du trykker Importer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="114"/>
        <source>Import staff from {file}</source>
        <translation>Importer ansatte fra {file}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="120"/>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="122"/>
        <source>Moved in</source>
        <translation>Flyttet inn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="123"/>
        <source>Primary contact</source>
        <translation>Primærkontakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="124"/>
        <source>Secondary contact</source>
        <translation>Sekundærkontakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="125"/>
        <source>Team members</source>
        <translation>Teammedlemmer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="133"/>
        <source>From {file}. Check which column holds what; TeamDesk remembers it for the next list. Contacts are found among the staff by name or employee number, so import the staff list first. Nothing is written until you press Import.</source>
        <translation>Fra {file}. Sjekk hvilken kolonne som inneholder hva; TeamDesk husker det til neste liste. Kontaktene finnes blant de ansatte etter navn eller ansattnummer, så importer ansattlisten først. Ingenting lagres før du trykker Importer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="137"/>
        <source>Import residents from {file}</source>
        <translation>Importer beboere fra {file}</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="39"/>
        <source>Decisions: who does what, by when</source>
        <translation>Beslutninger: hvem gjør hva, og innen når</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="46"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="47"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="48"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="55"/>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="62"/>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="169"/>
        <source>Mark done</source>
        <translation>Merk som utført</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="64"/>
        <source>Mark the chosen decision done</source>
        <translation>Merk den valgte beslutningen som utført</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="68"/>
        <source>Make it a plan &amp;measure</source>
        <translation>Gjør til &amp;tiltak i planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="70"/>
        <source>Turn the chosen decision into a measure of the plan</source>
        <translation>Gjør den valgte beslutningen til et tiltak i planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="74"/>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="253"/>
        <source>Remove decision</source>
        <translation>Fjern beslutning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="76"/>
        <source>Remove the chosen decision</source>
        <translation>Fjern den valgte beslutningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="87"/>
        <source>a decision</source>
        <translation>en beslutning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="89"/>
        <source>What was decided</source>
        <translation>Hva som ble bestemt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="91"/>
        <source>What was decided…</source>
        <translation>Hva som ble bestemt …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="95"/>
        <source>Who is responsible</source>
        <translation>Hvem som er ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="98"/>
        <source>Who is responsible?</source>
        <translation>Hvem er ansvarlig?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="99"/>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="100"/>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="104"/>
        <source>&amp;Record decision</source>
        <translation>Registrer &amp;beslutning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="106"/>
        <source>Record the decision under the chosen agenda item</source>
        <translation>Registrer beslutningen under den valgte saken</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="118"/>
        <source>Done {date}</source>
        <translation>Utført {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="120"/>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="122"/>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="124"/>
        <source>plan measure</source>
        <translation>tiltak i planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="147"/>
        <source>Due, e.g. {date}</source>
        <translation>Frist, f.eks. {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="169"/>
        <source>Open again</source>
        <translation>Åpne igjen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="201"/>
        <source>Record decision</source>
        <translation>Registrer beslutning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="226"/>
        <source>Mark decision done</source>
        <translation>Merk beslutning som utført</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="226"/>
        <source>Open decision again</source>
        <translation>Åpne beslutning igjen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="241"/>
        <source>Decided at the meeting on {date}.</source>
        <translation>Bestemt på møtet {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="245"/>
        <source>Make «{what}» a plan measure</source>
        <translation>Gjør «{what}» til et tiltak i planen</translation>
    </message>
</context>
<context>
    <name>EvaluationSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/evaluation.py" line="23"/>
        <source>e.g. {example}</source>
        <translation>f.eks. {example}</translation>
    </message>
</context>
<context>
    <name>EvaluationsView</name>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="44"/>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="58"/>
        <source>Due for evaluation</source>
        <translation>Til evaluering</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="61"/>
        <source>Summary of evaluations due</source>
        <translation>Oppsummering av evalueringer som forfaller</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="66"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="67"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="68"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="70"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="79"/>
        <source>Plans and goals due for evaluation</source>
        <translation>Planer og mål som skal evalueres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="80"/>
        <source>Press Enter to open the resident&apos;s individual plan.</source>
        <translation>Trykk Enter for å åpne beboerens individuelle plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="98"/>
        <source>No evaluations are due: no plan or goal has an evaluation date that has passed or falls within the next {days} days.</source>
        <translation>Ingen evalueringer forfaller: ingen plan eller mål har en evalueringsdato som er passert eller faller innen de neste {days} dagene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="103"/>
        <source>Nothing is due for evaluation</source>
        <translation>Ingenting skal evalueres nå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="122"/>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="124"/>
        <source>Goal {number}: «{text}»</source>
        <translation>Mål {number}: «{text}»</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="127"/>
        <source>Goal: «{text}»</source>
        <translation>Mål: «{text}»</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="132"/>
        <source>overdue by {days} days</source>
        <translation>forfalt for {days} dager siden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="134"/>
        <source>overdue by 1 day</source>
        <translation>forfalt for 1 dag siden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="136"/>
        <source>due today</source>
        <translation>forfaller i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="138"/>
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="139"/>
        <source>in {days} days</source>
        <translation>om {days} dager</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="142"/>
        <source>No coordinator</source>
        <translation>Ingen koordinator</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="173"/>
        <source>{overdue} overdue, {soon} due within the next {days} days. Double-click a row or press Enter to open the resident&apos;s individual plan.</source>
        <translation>{overdue} forfalt, {soon} forfaller innen de neste {days} dagene. Dobbeltklikk på en rad eller trykk Enter for å åpne beboerens individuelle plan.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../src/teamdesk/ui/common/export_flow.py" line="86"/>
        <source>File written</source>
        <translation>Filen er skrevet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/export_flow.py" line="88"/>
        <source>TeamDesk wrote {file} in {folder}, but no program on this PC opened it.</source>
        <translation>TeamDesk skrev {file} i {folder}, men ingen program på denne PC-en åpnet den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/export_flow.py" line="93"/>
        <source>Open the folder to find the file, or print it from there.</source>
        <translation>Åpne mappen for å finne filen, eller skriv den ut derfra.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/export_flow.py" line="98"/>
        <source>Show in folder</source>
        <translation>Vis i mappe</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/export_flow.py" line="157"/>
        <source>Writing {file}…</source>
        <translation>Skriver {file} …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/operations.py" line="79"/>
        <source>Could not write {file}: {reason}. Choose another folder.</source>
        <translation>Kunne ikke skrive {file}: {reason}. Velg en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/export_flow.py" line="149"/>
        <source>Wrote {file}</source>
        <translation>Skrev {file}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="77"/>
        <source>Set up TeamDesk</source>
        <translation>Sett opp TeamDesk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="82"/>
        <source>Welcome. This data folder is empty:
{folder}

Create the first administrator. They can then add accounts for everyone else. The data is encrypted; it opens only with a password.</source>
        <translation>Velkommen. Denne datamappen er tom:
{folder}

Opprett den første administratoren. Administratoren kan så legge til kontoer for alle andre. Dataene er kryptert og kan bare åpnes med passord.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="90"/>
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="91"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="92"/>
        <source>Password again</source>
        <translation>Passord igjen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="94"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Navnet ditt:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="95"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="96"/>
        <source>Password &amp;again:</source>
        <translation>Passord &amp;igjen:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="102"/>
        <source>Create administrator and open</source>
        <translation>Opprett administrator og åpne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="108"/>
        <source>&amp;Join a house from a shared folder…</source>
        <translation>&amp;Koble til et hus fra en delt mappe …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="127"/>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>De to passordene er ikke like. Skriv dem igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="138"/>
        <source>Setting up…</source>
        <translation>Gjør klar …</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="50"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="170"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="52"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="165"/>
        <source>Goal, in the resident&apos;s own words</source>
        <translation>Mål, med beboerens egne ord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="55"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="126"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="170"/>
        <source>Evaluate by</source>
        <translation>Evalueres innen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="61"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="166"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="84"/>
        <source>a new goal</source>
        <translation>et nytt mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="86"/>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="90"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="168"/>
        <source>A new goal, as the resident says it… (Enter adds)</source>
        <translation>Et nytt mål, slik beboeren sier det … (Enter legger til)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="97"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="167"/>
        <source>Add &amp;goal</source>
        <translation>Legg til må&amp;l</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="99"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="167"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="207"/>
        <source>Add goal</source>
        <translation>Legg til mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="105"/>
        <source>Add as sub-goal</source>
        <translation>Legg til som delmål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="107"/>
        <source>Add as a sub-goal of the chosen goal</source>
        <translation>Legg til som delmål under det valgte målet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="115"/>
        <source>Chosen goal&apos;s words</source>
        <translation>Ordlyden i det valgte målet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="119"/>
        <source>Chosen goal&apos;s evaluation date</source>
        <translation>Evalueringsdato for det valgte målet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="120"/>
        <source>Evaluate by (date)</source>
        <translation>Evalueres innen (dato)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="123"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="169"/>
        <source>Chosen goal</source>
        <translation>Valgt mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="68"/>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="74"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="76"/>
        <source>Remove the chosen goal</source>
        <translation>Fjern det valgte målet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="145"/>
        <source>Intervention goals in {name}&apos;s own words, each split into sub-goals that are evaluated along the way.</source>
        <translation>Innsatsmål med {name}s egne ord, hvert delt opp i delmål som evalueres underveis.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="149"/>
        <source>Goals in {name}&apos;s own words: write them as {name} says them.</source>
        <translation>Mål med {name} sine egne ord: skriv dem slik {name} sier dem.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="159"/>
        <source>Intervention goal or sub-goal, in the citizen&apos;s own words</source>
        <translation>Innsatsmål eller delmål med innbyggerens egne ord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="161"/>
        <source>Add intervention &amp;goal</source>
        <translation>Legg til &amp;innsatsmål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="161"/>
        <source>Add intervention goal</source>
        <translation>Legg til innsatsmål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="162"/>
        <source>A new intervention goal, as the citizen says it… (Enter adds)</source>
        <translation>Et nytt innsatsmål, slik innbyggeren sier det … (Enter legger til)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="163"/>
        <source>Chosen intervention goal or sub-goal</source>
        <translation>Valgt innsatsmål eller delmål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="230"/>
        <source>Change goal</source>
        <translation>Endre mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="238"/>
        <source>Move goal</source>
        <translation>Flytt mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="245"/>
        <source>Remove goal</source>
        <translation>Fjern mål</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="122"/>
        <source>Fewer than {count} people answered about {tie}: no figures, so nobody&apos;s answers can be recognised.</source>
        <translation>Færre enn {count} personer svarte om {tie}: ingen tall, slik at ingens svar kan kjennes igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="126"/>
        <source>The index: the average of the seven dimensions.</source>
        <translation>Indeksen: gjennomsnittet av de sju dimensjonene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="138"/>
        <source>Fewer than {count} people answered: no figures.</source>
        <translation>Færre enn {count} personer svarte: ingen tall.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="146"/>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="54"/>
        <location filename="../../src/teamdesk/ui/guide.py" line="55"/>
        <source>TeamDesk guide</source>
        <translation>TeamDesk – slik gjør du</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="58"/>
        <source>Guide pages</source>
        <translation>Sidene i hjelpen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="64"/>
        <source>Guide</source>
        <translation>Slik gjør du</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="103"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="104"/>
        <source>Residents</source>
        <translation>Beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="105"/>
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="106"/>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="107"/>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="108"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="109"/>
        <source>Coordinators</source>
        <translation>Koordinatorer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="110"/>
        <source>Evaluations</source>
        <translation>Evalueringer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="111"/>
        <source>Teamwork</source>
        <translation>Samarbeid</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="112"/>
        <source>Rota</source>
        <translation>Turnus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="119"/>
        <source>Lock and switch user</source>
        <translation>Lås og bytt bruker</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="122"/>
        <source>Leaving the PC for a moment? Press Ctrl+L. The screen locks and your work stays as it is.</source>
        <translation>Skal du gå fra PC-en en liten stund? Trykk Ctrl+L. Skjermen låses, og arbeidet ditt blir liggende som det er.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="126"/>
        <source>Someone else&apos;s turn? Press “Switch user” at the bottom right, beside your name.</source>
        <translation>Skal noen andre bruke PC-en? Trykk «Bytt bruker» nederst til høyre, ved siden av navnet ditt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="132"/>
        <source>Undo a mistake</source>
        <translation>Angre en feil</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="135"/>
        <source>Press Ctrl+Z. Everything is saved as you go; there is no Save button.</source>
        <translation>Trykk Ctrl+Z. Alt lagres mens du arbeider; det finnes ingen Lagre-knapp.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="146"/>
        <source>Who covers a resident today</source>
        <translation>Hvem har ansvaret for en beboer i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="148"/>
        <source>Today is the first page you see (Ctrl+1 brings you back).</source>
        <translation>«I dag» er den første siden du ser (Ctrl+1 tar deg tilbake hit).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="150"/>
        <source>Find the resident&apos;s line. “Turn to” names who to go to; “Why” says why, for instance that the primary contact is away.</source>
        <translation>Finn linjen til beboeren. «Ansvarlig i dag» viser hvem du skal gå til, og «Hvorfor» forteller hvorfor, for eksempel at primærkontakten er borte.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="154"/>
        <source>Red lines at the top have nobody known on duty. Tell the leader on shift.</source>
        <translation>Røde linjer øverst betyr at ingen kjent kontakt er på vakt. Si fra til lederen på vakt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="160"/>
        <source>Open a resident</source>
        <translation>Åpne en beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="161"/>
        <source>Double-click the line, or choose it and press Enter.</source>
        <translation>Dobbeltklikk på linjen, eller velg den og trykk Enter.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="164"/>
        <source>My plans (for coordinators)</source>
        <translation>Mine planer (for koordinatorer)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="167"/>
        <source>At the top: evaluations due, consents running out, your next meetings and decisions you are responsible for. Red is overdue.</source>
        <translation>Øverst: evalueringer som forfaller, samtykker som går ut, de neste møtene dine og beslutninger du har ansvaret for. Rødt er på overtid.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="170"/>
        <source>Click a line to open the plan or the meeting.</source>
        <translation>Klikk på en linje for å åpne planen eller møtet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="177"/>
        <source>Find a resident</source>
        <translation>Finn en beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="179"/>
        <source>Press Ctrl+F and type part of the name, the room or the unit.</source>
        <translation>Trykk Ctrl+F og skriv en del av navnet, rommet eller avdelingen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="180"/>
        <source>Press Enter to go to the list, and Enter again to open.</source>
        <translation>Trykk Enter for å gå til listen, og Enter igjen for å åpne.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="184"/>
        <source>Only my residents</source>
        <translation>Bare mine beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="187"/>
        <source>Tick “Only mine” above the list: residents whose plan you coordinate, and those you are primary contact, secondary contact or team member for.</source>
        <translation>Kryss av for «Bare mine» over listen: beboere du koordinerer planen til, og de du er primærkontakt, sekundærkontakt eller teammedlem for.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="194"/>
        <source>Give someone a role</source>
        <translation>Gi noen en rolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="196"/>
        <source>Open the resident. Under Team, type part of the person&apos;s name.</source>
        <translation>Åpne beboeren. Under Team skriver du en del av navnet til personen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="198"/>
        <source>Choose the role and press “Give role”. Whoever had the role before stays in the history.</source>
        <translation>Velg rollen og trykk «Gi rolle». Den som hadde rollen før, blir stående i historikken.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="204"/>
        <source>What matters to the resident</source>
        <translation>Det som er viktig for beboeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="207"/>
        <source>Write it under “What matters to me”, in the resident&apos;s own words. It is saved when you leave the field.</source>
        <translation>Skriv det under «Det som er viktig for meg», med beboerens egne ord. Det lagres når du går ut av feltet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="216"/>
        <source>Find your way in the plan</source>
        <translation>Finn fram i planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="219"/>
        <source>Open the resident and choose “Individual plan”. The list of residents steps aside, so the plan has the whole width.</source>
        <translation>Åpne beboeren og velg «Individuell plan». Beboerlisten går til side, så planen får hele bredden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="223"/>
        <source>The parts a) to i) are listed on the left, each marked complete or missing something. Choose a part: one part is shown at a time.</source>
        <translation>Delene a) til i) står til venstre, hver merket fullstendig eller mangler noe. Velg en del: én del vises om gangen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="226"/>
        <source>“← Back to the resident” at the top takes you back.</source>
        <translation>«← Tilbake til beboeren» øverst tar deg tilbake.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="230"/>
        <source>Add a goal</source>
        <translation>Legg til et mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="232"/>
        <source>Choose “a) Goals, resources and needs” on the left.</source>
        <translation>Velg «a) Mål, ressurser og behov» til venstre.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="234"/>
        <source>Write the goal as the resident says it in the empty line, and press Enter.</source>
        <translation>Skriv målet slik beboeren sier det på den tomme linjen, og trykk Enter.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="238"/>
        <source>Choose the goal in the list and write the date under “Evaluate by”.</source>
        <translation>Velg målet i listen og skriv datoen under «Evalueres innen».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="243"/>
        <source>Add a measure and who is responsible</source>
        <translation>Legg til et tiltak og hvem som er ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="246"/>
        <source>Choose “e) and f) Measures: extent, who is responsible, how” on the left. Write what is to be done and press “Add measure”.</source>
        <translation>Velg «e) og f) Tiltak: omfang, hvem som er ansvarlig, hvordan» til venstre. Skriv hva som skal gjøres, og trykk «Legg til tiltak».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="249"/>
        <source>Choose the measure and pick the person under “Responsible”.</source>
        <translation>Velg tiltaket og velg personen under «Ansvarlig».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="253"/>
        <source>Change the order</source>
        <translation>Endre rekkefølgen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="256"/>
        <source>Choose a goal or a measure and press “Move up” or “Move down”, or Alt+Up and Alt+Down.</source>
        <translation>Velg et mål eller et tiltak og trykk «Flytt opp» eller «Flytt ned», eller Alt+Pil opp og Alt+Pil ned.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="264"/>
        <source>Press “Print plan (PDF)…” at the top of the plan.</source>
        <translation>Trykk «Skriv ut planen (PDF) …» øverst i planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="269"/>
        <source>The short, readable copy for the resident is “Print &quot;My plan&quot; (PDF)…” under “Status, approval and versions”.</source>
        <translation>Den korte, lettleste kopien til beboeren er «Skriv ut «Min plan» (PDF) …» under «Status, godkjenning og versjoner».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="278"/>
        <source>Choose “Status, approval and versions” on the left and press “Prepare a meeting…”. Who takes part and the agenda are drafted from the plan.</source>
        <translation>Velg «Status, godkjenning og versjoner» til venstre og trykk «Forbered et møte …». Deltakerne og sakslisten settes opp fra planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="262"/>
        <source>Print the plan</source>
        <translation>Skriv ut planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="266"/>
        <source>Choose where to save it. The PDF opens by itself; print it from there.</source>
        <translation>Velg hvor den skal lagres. PDF-en åpnes av seg selv; skriv den ut derfra.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="275"/>
        <location filename="../../src/teamdesk/ui/guide.py" line="320"/>
        <source>Prepare a meeting</source>
        <translation>Forbered et møte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="288"/>
        <source>Record an absence</source>
        <translation>Registrer fravær</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="291"/>
        <source>Choose the person. Under Absences, write the first and the last day and the reason, and press “Record absence”.</source>
        <translation>Velg personen. Under Fravær skriver du første og siste dag og årsaken, og trykker «Registrer fravær».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="294"/>
        <source>Today then names someone else for that person&apos;s residents.</source>
        <translation>Da viser «I dag» en annen ansvarlig for beboerne til denne personen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="298"/>
        <source>See someone&apos;s roles</source>
        <translation>Se rollene til en ansatt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="301"/>
        <source>Choose the person: their roles for residents are listed. Double-click one to open the resident.</source>
        <translation>Velg personen: rollene personen har for beboere, står i listen. Dobbeltklikk på en for å åpne beboeren.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="310"/>
        <source>Add someone to a team</source>
        <translation>Legg noen til i et team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="312"/>
        <source>Choose the team in the list.</source>
        <translation>Velg teamet i listen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="313"/>
        <source>Type part of the person&apos;s name and press “Add to team”.</source>
        <translation>Skriv en del av navnet til personen og trykk «Legg til i teamet».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="322"/>
        <source>Choose the resident and press “Prepare a meeting”.</source>
        <translation>Velg beboeren og trykk «Forbered et møte».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="323"/>
        <source>Change the day, the time and the place straight away.</source>
        <translation>Endre dag, klokkeslett og sted med en gang.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="327"/>
        <source>Record a decision</source>
        <translation>Registrer en beslutning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="330"/>
        <source>Open the meeting. Under Decisions, write what is to be done, who is responsible and by when, and press “Record decision”.</source>
        <translation>Åpne møtet. Under Beslutninger skriver du hva som skal gjøres, hvem som har ansvaret og innen når, og trykker «Registrer beslutning».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="336"/>
        <source>Print the agenda</source>
        <translation>Skriv ut sakslisten</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="337"/>
        <source>Open the meeting and press “Print invitation and agenda (PDF)…”.</source>
        <translation>Åpne møtet og trykk «Skriv ut innkalling og saksliste (PDF) …».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="343"/>
        <source>Find a mentor</source>
        <translation>Finn en veileder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="345"/>
        <source>Choose the coordinator and press “Suggest a mentor”.</source>
        <translation>Velg koordinatoren og trykk «Foreslå veileder».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="347"/>
        <source>The first line fits best, and says why. Someone with a role conflict or overdue evaluations is further down.</source>
        <translation>Den første linjen passer best, og forteller hvorfor. Den som har en rollekonflikt eller forfalte evalueringer, står lenger ned.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="350"/>
        <source>Write what the guidance is about, and press “Pair”.</source>
        <translation>Skriv hva veiledningen skal handle om, og trykk «Koble».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="357"/>
        <source>See what is due</source>
        <translation>Se hva som forfaller</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="360"/>
        <source>The list holds the plans and goals to evaluate within {days} days, the overdue ones first.</source>
        <translation>Listen viser planer og mål som skal evalueres innen {days} dager, de forfalte først.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="363"/>
        <source>Choose a line and press Enter to open the plan.</source>
        <translation>Velg en linje og trykk Enter for å åpne planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="370"/>
        <source>Answer a check-in</source>
        <translation>Svar på en samarbeidsrunde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="372"/>
        <source>Press “Answer now” at the top of Teamwork.</source>
        <translation>Trykk «Svar nå» øverst på Samarbeid.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="374"/>
        <source>Type a number from 1 to 5 in each box, or 0 for don&apos;t know; the cursor moves on by itself. Leave a row empty for those you do not work with.</source>
        <translation>Skriv et tall fra 1 til 5 i hver rute, eller 0 for vet ikke; markøren går videre av seg selv. La en rad stå tom for dem du ikke samarbeider med.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="378"/>
        <source>Press Ctrl+Enter or “Hand in”. Nobody can see what you answered.</source>
        <translation>Trykk Ctrl+Enter eller «Lever». Ingen kan se hva du svarte.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="382"/>
        <source>Run a check-in for a resident&apos;s team</source>
        <translation>Gjennomfør en samarbeidsrunde for teamet rundt en beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="384"/>
        <source>Choose the resident and press “Start a check-in…”.</source>
        <translation>Velg beboeren og trykk «Start en samarbeidsrunde …».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="386"/>
        <source>Print the form for those without an account, and type in the forms that come back with “Type in a form…”.</source>
        <translation>Skriv ut skjemaet til dem uten konto, og før inn skjemaene som kommer tilbake, med «Før inn et skjema …».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="390"/>
        <source>Results show when the check-in closes, what works first. Talk about the weak ties together: they are things to agree on, not anyone&apos;s fault.</source>
        <translation>Resultatene vises når samarbeidsrunden avsluttes, det som fungerer først. Snakk sammen om de svake relasjonene: de er ting å bli enige om, ikke noens feil.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="400"/>
        <source>Bring in the rota from Excel</source>
        <translation>Hent turnusen fra Excel</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="402"/>
        <source>Choose the unit, then press “Import from Excel or CSV…”.</source>
        <translation>Velg avdelingen, og trykk så «Importer fra Excel eller CSV …».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="404"/>
        <source>Check the column that names the person. The preview lists the people and shift codes TeamDesk does not know; press Import, or Cancel to write nothing.</source>
        <translation>Sjekk kolonnen som navngir personen. Forhåndsvisningen viser personene og vaktkodene TeamDesk ikke kjenner; trykk Importer, eller Avbryt for ikke å lagre noe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="411"/>
        <source>Change a day</source>
        <translation>Endre en dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="414"/>
        <source>Choose the day in the grid, type the shift code (D, A, N, L) and press Enter. Delete gives the chosen days off.</source>
        <translation>Velg dagen i rutenettet, skriv vaktkoden (D, A, N, L) og trykk Enter. Delete gir fri de valgte dagene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="417"/>
        <source>“Copy week” makes one week of the cycle like another.</source>
        <translation>«Kopier uke» gjør én uke i turnusen lik en annen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="421"/>
        <source>Hand over at the end of a shift</source>
        <translation>Overlever når vakta er slutt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="424"/>
        <source>Press Ctrl+H: the residents with none of their people on this shift or the next. “Print…” makes the sheet for the shift&apos;s start.</source>
        <translation>Trykk Ctrl+H: beboerne som ikke har noen av sine folk på denne eller neste vakt. «Skriv ut …» lager listen til vaktstart.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="37"/>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="38"/>
        <source>Hand-over sheet</source>
        <translation>Overleveringsliste</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="47"/>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="49"/>
        <source>This shift</source>
        <translation>Denne vakta</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="52"/>
        <source>Next shift</source>
        <translation>Neste vakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="54"/>
        <source>The next shift: who to hand over to</source>
        <translation>Neste vakt: hvem du skal overlevere til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="62"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="67"/>
        <source>Residents with none of their people on the shift, by unit</source>
        <translation>Beboere som ikke har noen av sine folk på vakta, etter avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="70"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="70"/>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="70"/>
        <source>Primary contact</source>
        <translation>Primærkontakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="70"/>
        <source>Away</source>
        <translation>Borte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="77"/>
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="79"/>
        <source>Save the hand-over sheet as a PDF to print</source>
        <translation>Lagre overleveringslisten som PDF for utskrift</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="94"/>
        <source>{label}: {shift}, {day} {hours}</source>
        <translation>{label}: {shift}, {day} {hours}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="111"/>
        <source>The house has no rota yet, so there is no shift to hand over.</source>
        <translation>Huset har ingen turnus ennå, så det er ingen vakt å overlevere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="117"/>
        <source>Residents with none of their people on this shift: {uncovered} of {total}. Choose someone who covers each of them at the start of the shift.</source>
        <translation>Beboere som ikke har noen av sine folk på denne vakta: {uncovered} av {total}. Velg noen som tar over for hver av dem når vakta begynner.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="122"/>
        <source>No unit</source>
        <translation>Ingen avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="144"/>
        <source>hand-over</source>
        <translation>overlevering</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="153"/>
        <source>Save as</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="153"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HouseActions</name>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="61"/>
        <source>&amp;Publish this house to a folder…</source>
        <translation>&amp;Publiser huset til en mappe …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="64"/>
        <source>&amp;Retire a PC…</source>
        <translation>&amp;Ta en PC ut av bruk …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="76"/>
        <source>Choose the shared folder to publish the house to</source>
        <translation>Velg den delte mappen huset skal publiseres til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="88"/>
        <source>The house is published to {folder}. On a new PC, choose &quot;Join a house from a shared folder&quot; when TeamDesk first starts there, and sign in as an administrator.</source>
        <translation>Huset er publisert til {folder}. På en ny PC velger du «Koble til et hus fra en delt mappe» første gang TeamDesk starter der, og logger inn som administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="100"/>
        <source>Publishing the house…</source>
        <translation>Publiserer huset …</translation>
    </message>
</context>
<context>
    <name>HouseSettingsDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="67"/>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="68"/>
        <source>House settings</source>
        <translation>Husets innstillinger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="90"/>
        <source>Each change is saved as soon as you leave the field or press Enter. Ctrl+Z undoes it.</source>
        <translation>Hver endring lagres så snart du forlater feltet eller trykker Enter. Ctrl+Z angrer den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="96"/>
        <source>Role names</source>
        <translation>Navn på rollene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="102"/>
        <source>The house&apos;s own names for the roles on a resident&apos;s team. Leave a field empty to use the standard name.</source>
        <translation>Husets egne navn på rollene i en beboers team. La et felt stå tomt for å bruke standardnavnet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="115"/>
        <source>&amp;Primary contact:</source>
        <translation>&amp;Primærkontakt:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="116"/>
        <source>The house&apos;s name for the primary contact</source>
        <translation>Husets navn på primærkontakten</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="120"/>
        <source>&amp;Secondary contact:</source>
        <translation>&amp;Sekundærkontakt:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="121"/>
        <source>The house&apos;s name for the secondary contact</source>
        <translation>Husets navn på sekundærkontakten</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="125"/>
        <source>Team &amp;member:</source>
        <translation>Team&amp;medlem:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="126"/>
        <source>The house&apos;s name for a team member</source>
        <translation>Husets navn på et teammedlem</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="137"/>
        <source>Workload limits</source>
        <translation>Grenser for arbeidsmengde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="141"/>
        <source>A warning appears when someone has more than this.</source>
        <translation>Et varsel vises når noen har flere enn dette.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="144"/>
        <source>Most residents one person is primary contact for</source>
        <translation>Høyeste antall beboere én person er primærkontakt for</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="147"/>
        <source>Most individual plans one coordinator holds</source>
        <translation>Høyeste antall individuelle planer én koordinator har</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="150"/>
        <source>Most coordinators one mentor guides</source>
        <translation>Høyeste antall koordinatorer én veileder har</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="152"/>
        <source>Residents per p&amp;rimary contact:</source>
        <translation>Beboere per primær&amp;kontakt:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="153"/>
        <source>Plans per &amp;coordinator:</source>
        <translation>Planer per k&amp;oordinator:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="154"/>
        <source>Mentees per m&amp;entor:</source>
        <translation>Koordinatorer per &amp;veileder:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="161"/>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="175"/>
        <source>The plan the house writes for its residents</source>
        <translation>Planen huset skriver for beboerne sine</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="189"/>
        <source>&amp;Kind of plan:</source>
        <translation>&amp;Type plan:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="167"/>
        <source>Decides the plan&apos;s parts, their order, what must be in place before it is approved, and the printed headings. The plans keep what is written in them.</source>
        <translation>Bestemmer planens deler, rekkefølgen, hva som må være på plass før den godkjennes, og overskriftene på utskriften. Det som står i planene, blir stående.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="200"/>
        <source>Months after moving in by which a plan is first followed up</source>
        <translation>Antall måneder etter innflytting før planen følges opp første gang</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="204"/>
        <source>Months at most between follow-ups of a plan</source>
        <translation>Høyst antall måneder mellom hver oppfølging av en plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="208"/>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="210"/>
        <source>First &amp;follow-up after moving in:</source>
        <translation>Første &amp;oppfølging etter innflytting:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="212"/>
        <source>Then at least e&amp;very:</source>
        <translation>Deretter minst &amp;hver:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="216"/>
        <source>Used by the Danish plan: the law sets no interval for adults, so the house chooses (often 3 months after moving in, then every 12).</source>
        <translation>Brukes av den danske planen: loven setter ingen frist for voksne, så huset velger selv (ofte 3 måneder etter innflytting, deretter hver 12.).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="223"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="229"/>
        <source>Time zone meetings are held in</source>
        <translation>Tidssonen møtene holdes i</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="237"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tidssone:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="239"/>
        <source>Used for meeting invitations sent to calendars (.ics).</source>
        <translation>Brukes i møteinvitasjoner som sendes til kalendere (.ics).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="243"/>
        <source>Sync between PCs</source>
        <translation>Synkronisering mellom PC-er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="248"/>
        <source>Minutes between syncs, on every PC of the house</source>
        <translation>Minutter mellom hver synkronisering, på alle husets PC-er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="252"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="255"/>
        <source>Sync &amp;every:</source>
        <translation>Synkroniser &amp;hvert:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="256"/>
        <source>This PC&apos;s sync folder</source>
        <translation>Denne PC-ens synkroniseringsmappe</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="260"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="262"/>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="578"/>
        <source>Choose the folder this PC syncs through</source>
        <translation>Velg mappen denne PC-en synkroniserer gjennom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="266"/>
        <source>This PC&apos;s sync folder:</source>
        <translation>Denne PC-ens synkroniseringsmappe:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="274"/>
        <source>How often is the house&apos;s setting; the folder is this PC&apos;s own (a shared folder, a OneDrive folder or a USB stick that every PC of the house reaches).</source>
        <translation>Hvor ofte er husets innstilling; mappen velges for hver PC (en delt mappe, en OneDrive-mappe eller en minnepinne som alle husets PC-er når).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="290"/>
        <source>Close the house settings</source>
        <translation>Lukk husets innstillinger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="191"/>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="357"/>
        <source>Why the change was not saved</source>
        <translation>Hvorfor endringen ikke ble lagret</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="309"/>
        <source>Rota warnings</source>
        <translation>Turnusvarsler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="315"/>
        <source>A warning appears when a resident has nobody of their people on more of the cycle&apos;s shifts than this, and when a primary contact works a smaller share of the cycle&apos;s days.</source>
        <translation>Et varsel vises når en beboer har ingen av folkene sine på flere av periodens vakter enn dette, og når en primærkontakt jobber en mindre andel av periodens dager.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="327"/>
        <source>Most shifts of the cycle with nobody of a resident&apos;s people on them</source>
        <translation>Flest vakter i perioden uten noen av beboerens folk på vakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="332"/>
        <source>Least share of the cycle&apos;s days a primary contact works</source>
        <translation>Minste andel av periodens dager en primærkontakt jobber</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="336"/>
        <source>Shifts &amp;without a resident&apos;s people:</source>
        <translation>Vakter &amp;uten beboerens folk:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="337"/>
        <source>Primary contact&apos;s &amp;least share:</source>
        <translation>Primærkontaktens &amp;minste andel:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="411"/>
        <source>None chosen yet</source>
        <translation>Ingen valgt ennå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="464"/>
        <source>Rename the role {role}</source>
        <translation>Gi rollen {role} nytt navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="476"/>
        <source>Change the residents per primary contact to {limit}</source>
        <translation>Endre beboere per primærkontakt til {limit}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="486"/>
        <source>Change the plans per coordinator to {limit}</source>
        <translation>Endre planer per koordinator til {limit}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="497"/>
        <source>Write plans as: {profile}</source>
        <translation>Skriv planer som: {profile}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="511"/>
        <source>Follow plans up {first} months after moving in, then every {every}</source>
        <translation>Følg opp planer {first} måneder etter innflytting, deretter hver {every}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="525"/>
        <source>Change the mentees per mentor to {limit}</source>
        <translation>Endre koordinatorer per veileder til {limit}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="533"/>
        <source>Warn of more than {limit} shifts without a resident&apos;s people</source>
        <translation>Varsle ved mer enn {limit} vakter uten beboerens folk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="535"/>
        <source>Warn of a primary contact working under {limit} % of the days</source>
        <translation>Varsle når en primærkontakt jobber under {limit} % av dagene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="551"/>
        <source>Change the meetings&apos; time zone</source>
        <translation>Endre tidssonen for møtene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="562"/>
        <source>Sync every {minutes} minutes</source>
        <translation>Synkroniser hvert {minutes}. minutt</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/rota/import_dialog.py" line="96"/>
        <source>(not in the file)</source>
        <translation>(ikke i filen)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/import_dialog.py" line="109"/>
        <source>What the import will do:</source>
        <translation>Dette gjør importen:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/import_dialog.py" line="113"/>
        <source>Preview of the import</source>
        <translation>Forhåndsvisning av importen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/import_dialog.py" line="114"/>
        <source>What is not found is listed first; nothing is written before Import.</source>
        <translation>Det som ikke finnes, står først; ingenting lagres før du trykker Importer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/import_dialog.py" line="121"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>JoinHouseDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="245"/>
        <source>Join a house</source>
        <translation>Koble til et hus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="250"/>
        <source>Make this PC one of a house&apos;s PCs. An administrator published the house to a shared folder; choose that folder and sign in as an administrator of the house. Everyone can then sign in here with their own password.</source>
        <translation>Gjør denne PC-en til en av husets PC-er. En administrator har publisert huset til en delt mappe; velg den mappen og logg inn som administrator i huset. Deretter kan alle logge inn her med sitt eget passord.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="258"/>
        <source>Shared folder</source>
        <translation>Delt mappe</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="259"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="267"/>
        <source>Administrator&apos;s name</source>
        <translation>Administratorens navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="270"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="273"/>
        <source>Shared &amp;folder:</source>
        <translation>Delt &amp;mappe:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="274"/>
        <source>Administrator&apos;s &amp;name:</source>
        <translation>Administratorens &amp;navn:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="275"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="285"/>
        <source>Join this PC and sign in</source>
        <translation>Koble til denne PC-en og logg inn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="301"/>
        <source>Choose the shared folder the house was published to</source>
        <translation>Velg den delte mappen huset ble publisert til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="320"/>
        <source>Joining the house…</source>
        <translation>Kobler til huset …</translation>
    </message>
</context>
<context>
    <name>KeyReplacement</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/key_replacement.py" line="66"/>
        <source>The database key was not replaced, because TeamDesk is still reading in the background. Try again in a moment.</source>
        <translation>Databasenøkkelen ble ikke byttet ut, fordi TeamDesk fortsatt leser i bakgrunnen. Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/key_replacement.py" line="87"/>
        <source>Replacing the database key…</source>
        <translation>Bytter databasenøkkelen …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/key_replacement.py" line="105"/>
        <source>The database key is replaced: a key file or database copy kept from before opens nothing now. The others get the new key at their next sign-in, without noticing. Backups taken before now still open with the old key: delete those a switched-off person could reach.</source>
        <translation>Databasenøkkelen er byttet ut: en nøkkelfil eller databasekopi tatt vare på fra før åpner ingenting nå. De andre får den nye nøkkelen neste gang de logger inn, uten å merke noe. Sikkerhetskopier tatt før nå åpnes fortsatt med den gamle nøkkelen: slett dem som en person med en konto som er slått av, kunne få tilgang til.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/key_replacement.py" line="118"/>
        <source>TeamDesk could not open the database again while replacing its key: {problem} Sign in again.</source>
        <translation>TeamDesk kunne ikke åpne databasen igjen mens nøkkelen ble byttet: {problem} Logg inn på nytt.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="185"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="190"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;Bytt bruker …</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="52"/>
        <source>TeamDesk is locked</source>
        <translation>TeamDesk er låst</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="56"/>
        <source>TeamDesk is locked. {name} is signed in.</source>
        <translation>TeamDesk er låst. {name} er logget inn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="71"/>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;opp</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="74"/>
        <source>&amp;Switch user…</source>
        <translation>&amp;Bytt bruker …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="101"/>
        <source>Type your &amp;PIN to continue:</source>
        <translation>Skriv &amp;PIN-koden din for å fortsette:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="102"/>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="104"/>
        <source>Type your &amp;password to continue:</source>
        <translation>Skriv &amp;passordet ditt for å fortsette:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="105"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="118"/>
        <source>Checking the password…</source>
        <translation>Sjekker passordet …</translation>
    </message>
</context>
<context>
    <name>LockingTab</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/locking_tab.py" line="34"/>
        <source>Minutes without use before the window locks</source>
        <translation>Minutter uten bruk før vinduet låses</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/locking_tab.py" line="38"/>
        <source> minutes</source>
        <translation> minutter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/locking_tab.py" line="44"/>
        <source>About the auto-lock time</source>
        <translation>Om tiden for automatisk låsing</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/locking_tab.py" line="47"/>
        <source>On a shared PC the window locks itself after this many minutes without a key press or mouse movement, for everyone who signs in here. Ctrl+L locks at once.</source>
        <translation>På en delt PC låser vinduet seg selv etter så mange minutter uten tastetrykk eller musebevegelse, for alle som logger inn her. Ctrl+L låser med en gang.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/locking_tab.py" line="57"/>
        <source>Lock the window a&amp;fter:</source>
        <translation>Lås vinduet &amp;etter:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/security/locking_tab.py" line="73"/>
        <source>Saved: the window locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Lagret: vinduet låses etter %n minutt uten bruk.</numerusform>
            <numerusform>Lagret: vinduet låses etter %n minutter uten bruk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="128"/>
        <source>TeamDesk</source>
        <translation>TeamDesk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="147"/>
        <source>{program} — {name} ({role})</source>
        <translation>{program} — {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="148"/>
        <source>TeamDesk — DEMO (fictional people)</source>
        <translation>TeamDesk — DEMO (oppdiktede personer)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="166"/>
        <source>Go to page</source>
        <translation>Gå til side</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="168"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="169"/>
        <source>Residents</source>
        <translation>Beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="170"/>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="171"/>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="172"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="173"/>
        <source>Coordinators</source>
        <translation>Koordinatorer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="174"/>
        <source>Evaluations</source>
        <translation>Evalueringer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="175"/>
        <source>Teamwork</source>
        <translation>Samarbeid</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="176"/>
        <source>Rota</source>
        <translation>Turnus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="188"/>
        <source>What was refused</source>
        <translation>Hva som ble avvist</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="216"/>
        <source>Last message</source>
        <translation>Siste melding</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="218"/>
        <source>Where the data is</source>
        <translation>Hvor dataene ligger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="221"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="224"/>
        <source>Demo data in {folder}; nothing here is about real people.</source>
        <translation>Demodata i {folder}; ingenting her handler om virkelige personer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="232"/>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="234"/>
        <source>Signed in</source>
        <translation>Pålogget</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="238"/>
        <location filename="../../src/teamdesk/ui/main_window.py" line="240"/>
        <source>Switch user</source>
        <translation>Bytt bruker</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="241"/>
        <location filename="../../src/teamdesk/ui/main_window.py" line="243"/>
        <source>Sign out, so that someone else can sign in</source>
        <translation>Logg ut, slik at en annen kan logge på</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="268"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="270"/>
        <source>&amp;New resident…</source>
        <translation>&amp;Ny beboer …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="275"/>
        <source>&amp;House settings…</source>
        <translation>&amp;Husets innstillinger …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="284"/>
        <source>Import &amp;staff from Excel or CSV…</source>
        <translation>Importer ansa&amp;tte fra Excel eller CSV …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="288"/>
        <source>Import &amp;residents from Excel or CSV…</source>
        <translation>Importer &amp;beboere fra Excel eller CSV …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="301"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="307"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="309"/>
        <location filename="../../src/teamdesk/ui/main_window.py" line="741"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="314"/>
        <location filename="../../src/teamdesk/ui/main_window.py" line="746"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="326"/>
        <source>&amp;Find…</source>
        <translation>&amp;Søk …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="332"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="335"/>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="336"/>
        <source>&amp;Residents</source>
        <translation>&amp;Beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="337"/>
        <source>&amp;Staff</source>
        <translation>&amp;Ansatte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="338"/>
        <source>T&amp;eams</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="339"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Møter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="340"/>
        <source>&amp;Coordinators</source>
        <translation>&amp;Koordinatorer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="341"/>
        <source>Due for e&amp;valuation</source>
        <translation>Til &amp;evaluering</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="342"/>
        <source>Teamwor&amp;k</source>
        <translation>&amp;Samarbeid</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="343"/>
        <source>R&amp;ota</source>
        <translation>T&amp;urnus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="354"/>
        <source>&amp;Hand-over sheet…</source>
        <translation>&amp;Overleveringsliste …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="358"/>
        <source>Residents with none of their people on this shift or the next</source>
        <translation>Beboere som ikke har noen av sine folk på denne eller neste vakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="362"/>
        <location filename="../../src/teamdesk/ui/main_window.py" line="609"/>
        <source>&amp;Warnings</source>
        <translation>&amp;Varsler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="367"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="370"/>
        <source>What was changed on two PCs at once and waits for a person to choose</source>
        <translation>Det som ble endret på to PC-er samtidig og venter på at en person velger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="375"/>
        <location filename="../../src/teamdesk/ui/main_window.py" line="604"/>
        <source>Show warnings &amp;panel</source>
        <translation>Vis varsel&amp;panelet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="385"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="387"/>
        <source>&amp;Guide</source>
        <translation>&amp;Slik gjør du</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="390"/>
        <source>Short help for the page you are on</source>
        <translation>Kort hjelp til siden du er på</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="394"/>
        <source>&amp;About TeamDesk</source>
        <translation>&amp;Om TeamDesk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="402"/>
        <source>Saved: {what}.</source>
        <translation>Lagret: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="607"/>
        <source>&amp;Warnings ({count})</source>
        <translation>&amp;Varsler ({count})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="634"/>
        <source>This resident no longer exists.</source>
        <translation>Denne beboeren finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="653"/>
        <source>This staff member no longer exists.</source>
        <translation>Denne ansatte finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="711"/>
        <source>Only leaders and administrators may change the house settings.</source>
        <translation>Bare ledere og administratorer kan endre husets innstillinger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="730"/>
        <source>Undone: {what}.</source>
        <translation>Angret: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="737"/>
        <source>Redone: {what}.</source>
        <translation>Gjort om: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="741"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Angre {what}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="746"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Gjør om {what}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="803"/>
        <source>TeamDesk {version}: teams, individual plans and meetings for housing communities.

Data folder: {location}
Database schema version: {schema}</source>
        <translation>TeamDesk {version}: team, individuelle planer og møter for bofellesskap.

Datamappe: {location}
Databasens skjemaversjon: {schema}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="812"/>
        <source>About TeamDesk</source>
        <translation>Om TeamDesk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="834"/>
        <source>Typed text not saved yet</source>
        <translation>Skrevet tekst er ikke lagret ennå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="835"/>
        <source>{name} typed text that is not saved yet: {what}. Save it?</source>
        <translation>{name} har skrevet tekst som ikke er lagret ennå: {what}. Vil du lagre den?</translation>
    </message>
</context>
<context>
    <name>MeasuresSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="29"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="30"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="31"/>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="94"/>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="104"/>
        <source>Extent</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="32"/>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="101"/>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="105"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="33"/>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="106"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="40"/>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="64"/>
        <source>a new measure</source>
        <translation>et nytt tiltak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="66"/>
        <source>New measure</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="70"/>
        <source>A new measure, for the chosen goal… (Enter adds)</source>
        <translation>Et nytt tiltak, for det valgte målet … (Enter legger til)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="75"/>
        <source>Goal a new measure serves</source>
        <translation>Målet et nytt tiltak skal tjene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="82"/>
        <source>Add &amp;measure</source>
        <translation>Legg til &amp;tiltak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="84"/>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="198"/>
        <source>Add measure</source>
        <translation>Legg til tiltak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="91"/>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="103"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="94"/>
        <source>How much or how often</source>
        <translation>Hvor mye eller hvor ofte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="97"/>
        <source>How it is carried out</source>
        <translation>Hvordan det gjennomføres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="99"/>
        <source>Goal it serves</source>
        <translation>Målet tiltaket hører til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="107"/>
        <source>How (f)</source>
        <translation>Hvordan (f)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="49"/>
        <source>measure</source>
        <translation>tiltak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="55"/>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="262"/>
        <source>Remove measure</source>
        <translation>Fjern tiltak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="57"/>
        <source>Remove the chosen measure</source>
        <translation>Fjern det valgte tiltaket</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="124"/>
        <source>Nobody yet</source>
        <translation>Ingen ennå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="138"/>
        <source>(no goal)</source>
        <translation>(ikke noe mål)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="141"/>
        <source>For no goal</source>
        <translation>Ikke knyttet til et mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="150"/>
        <source>(nobody yet)</source>
        <translation>(ingen ennå)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="228"/>
        <source>Change measure</source>
        <translation>Endre tiltak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="245"/>
        <source>Choose responsible</source>
        <translation>Velg ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="254"/>
        <source>Move measure</source>
        <translation>Flytt tiltak</translation>
    </message>
</context>
<context>
    <name>MeetingDetails</name>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="38"/>
        <source>When and where</source>
        <translation>Når og hvor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="43"/>
        <source>Kind of meeting</source>
        <translation>Type møte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="48"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="50"/>
        <source>Date of the meeting</source>
        <translation>Dato for møtet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="52"/>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="55"/>
        <source>Length in minutes</source>
        <translation>Varighet i minutter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="58"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="63"/>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="65"/>
        <source>for</source>
        <translation>i</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="68"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="69"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="69"/>
        <source>Where we meet</source>
        <translation>Hvor vi møtes</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="71"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="72"/>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="76"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="78"/>
        <source>Date of the next meeting</source>
        <translation>Dato for neste møte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="81"/>
        <source>Use the proposed date</source>
        <translation>Bruk foreslått dato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="83"/>
        <source>Set the next meeting to the proposed date</source>
        <translation>Sett neste møte til foreslått dato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="88"/>
        <source>Next meeting</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="105"/>
        <source>Proposed {date}; at most {latest}</source>
        <translation>Foreslått {date}; senest {latest}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="136"/>
        <source>Change kind of meeting</source>
        <translation>Endre type møte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="148"/>
        <source>Write the date as {example}.</source>
        <translation>Skriv datoen som {example}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="154"/>
        <source>Move the meeting</source>
        <translation>Flytt møtet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="159"/>
        <source>Change start time</source>
        <translation>Endre starttid</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="165"/>
        <source>Change length</source>
        <translation>Endre varighet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="171"/>
        <source>Change place</source>
        <translation>Endre sted</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="179"/>
        <source>Change status</source>
        <translation>Endre status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="202"/>
        <source>Set the next meeting</source>
        <translation>Sett neste møte</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="79"/>
        <source>Choose a meeting in the list, or prepare one from a resident&apos;s individual plan (Prepare a meeting).</source>
        <translation>Velg et møte i listen, eller forbered et fra den individuelle planen til en beboer (Forbered et møte).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="84"/>
        <source>No meeting chosen</source>
        <translation>Ingen møte valgt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="96"/>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="99"/>
        <source>About the meeting</source>
        <translation>Om møtet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="103"/>
        <source>Professionals around the resident</source>
        <translation>Fagpersoner rundt beboeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="107"/>
        <source>What to look at</source>
        <translation>Hva som bør sees på</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="127"/>
        <source>Print invitation and &amp;agenda (PDF)…</source>
        <translation>Skriv ut innkalling og &amp;saksliste (PDF) …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="129"/>
        <source>Write the invitation with the agenda as a PDF and open it</source>
        <translation>Lag innkallingen med sakslisten som PDF og åpne den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="133"/>
        <source>Print mi&amp;nutes (PDF)…</source>
        <translation>Skriv ut r&amp;eferat (PDF) …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="135"/>
        <source>Write the minutes as a PDF and open it</source>
        <translation>Lag referatet som PDF og åpne det</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="139"/>
        <source>Calendar &amp;invitation (.ics)…</source>
        <translation>&amp;Kalenderinvitasjon (.ics) …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="141"/>
        <source>Write a calendar invitation Outlook opens</source>
        <translation>Lag en kalenderinvitasjon som Outlook kan åpne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="188"/>
        <source>{kind} – {resident}</source>
        <translation>{kind} – {resident}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="194"/>
        <source>coordinator {name}</source>
        <translation>koordinator {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="197"/>
        <source>only the plan&apos;s coordinator or a leader changes this meeting</source>
        <translation>bare planens koordinator eller en leder kan endre dette møtet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="202"/>
        <source>%n professional(s) around {resident}. As few professionals as possible: does everyone need to come?</source>
        <translation>
            <numerusform>%n fagperson rundt {resident}. Så få fagpersoner som mulig: må alle komme?</numerusform>
            <numerusform>%n fagpersoner rundt {resident}. Så få fagpersoner som mulig: må alle komme?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="225"/>
        <source>Save as</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="256"/>
        <source>agenda</source>
        <translation>saksliste</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="258"/>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="266"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="264"/>
        <source>minutes</source>
        <translation>referat</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="272"/>
        <source>invitation</source>
        <translation>innkalling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="274"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="72"/>
        <source>What to list</source>
        <translation>Hva som skal vises</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="73"/>
        <source>Upcoming meetings</source>
        <translation>Kommende møter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="74"/>
        <source>A resident&apos;s meetings</source>
        <translation>Møtene til en beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="75"/>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="149"/>
        <source>Open decisions by responsible person</source>
        <translation>Åpne beslutninger per ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="88"/>
        <source>Resident whose meetings to list</source>
        <translation>Beboeren som møtene skal vises for</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="89"/>
        <source>Type part of a name.</source>
        <translation>Skriv en del av et navn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="100"/>
        <source>&amp;Prepare a meeting</source>
        <translation>Forbered et m&amp;øte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="102"/>
        <source>Prepare a meeting about the chosen resident&apos;s plan</source>
        <translation>Forbered et møte om planen til den valgte beboeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="114"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="115"/>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="142"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="116"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="123"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="139"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="140"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="141"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="168"/>
        <source>How many are listed</source>
        <translation>Hvor mange som vises</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="247"/>
        <source>%n open decision(s), {people} responsible.</source>
        <translation>
            <numerusform>%n åpen beslutning, {people} ansvarlig.</numerusform>
            <numerusform>%n åpne beslutninger, {people} ansvarlige.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="248"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="262"/>
        <source>%n meeting(s), the latest first.</source>
        <translation>
            <numerusform>%n møte, det siste først.</numerusform>
            <numerusform>%n møter, det siste først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="270"/>
        <source>%n upcoming meeting(s).</source>
        <translation>
            <numerusform>%n kommende møte.</numerusform>
            <numerusform>%n kommende møter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="250"/>
        <source>No open decisions.</source>
        <translation>Ingen åpne beslutninger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="265"/>
        <source>Choose a resident to see their meetings.</source>
        <translation>Velg en beboer for å se møtene til beboeren.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="273"/>
        <source>No meetings are planned. Prepare one from a resident&apos;s individual plan.</source>
        <translation>Ingen møter er planlagt. Forbered et fra den individuelle planen til en beboer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="349"/>
        <source>Choose a resident first.</source>
        <translation>Velg en beboer først.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="355"/>
        <source>This resident has no individual plan yet. A meeting is prepared from the plan: start one on the resident&apos;s Individual plan tab.</source>
        <translation>Denne beboeren har ingen individuell plan ennå. Et møte forberedes fra planen: start en plan på fanen Individuell plan for beboeren.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="382"/>
        <source>A meeting about this plan is already planned ({date}); it is open here. To prepare another, use Prepare a meeting.</source>
        <translation>Et møte om denne planen er allerede planlagt ({date}); det er åpnet her. For å forberede et nytt, bruk Forbered et møte.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="388"/>
        <source>Prepare a meeting</source>
        <translation>Forbered et møte</translation>
    </message>
</context>
<context>
    <name>MentorshipsTab</name>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="73"/>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="75"/>
        <source>Show ended mentorships</source>
        <translation>Vis avsluttede veiledninger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="81"/>
        <source>Mentor</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="82"/>
        <source>Mentee</source>
        <translation>Får veiledning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="83"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="84"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="85"/>
        <source>Sessions</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="86"/>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="135"/>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="137"/>
        <source>Focus</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="93"/>
        <source>Mentorships</source>
        <translation>Veiledninger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="99"/>
        <source>A new mentorship</source>
        <translation>En ny veiledning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="102"/>
        <source>Who needs a mentor:</source>
        <translation>Hvem trenger veileder:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="103"/>
        <source>Who needs a mentor</source>
        <translation>Hvem trenger veileder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="104"/>
        <source>Choose a staff member</source>
        <translation>Velg en ansatt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="117"/>
        <source>Choose a mentorship to see and log its guidance sessions.</source>
        <translation>Velg en veiledning for å se og registrere veiledningssamtalene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="119"/>
        <source>No mentorship chosen</source>
        <translation>Ingen veiledning valgt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="126"/>
        <source>Mentorship</source>
        <translation>Veiledning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="130"/>
        <source>About the mentorship</source>
        <translation>Om veiledningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="139"/>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="150"/>
        <source>Ends on</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="140"/>
        <source>Open-ended</source>
        <translation>Uten sluttdato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="143"/>
        <source>&amp;End the mentorship</source>
        <translation>&amp;Avslutt veiledningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="145"/>
        <source>End the mentorship from today</source>
        <translation>Avslutt veiledningen fra i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="157"/>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="171"/>
        <source>Guidance sessions</source>
        <translation>Veiledningssamtaler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="162"/>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="179"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="163"/>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="164"/>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="187"/>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="188"/>
        <source>Topics</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="165"/>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="189"/>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="190"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="178"/>
        <source>Date of the session</source>
        <translation>Dato for samtalen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="181"/>
        <source>Length in minutes</source>
        <translation>Varighet i minutter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="185"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="193"/>
        <source>&amp;Log session</source>
        <translation>Registrer &amp;samtale</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="195"/>
        <source>Log the guidance session</source>
        <translation>Registrer veiledningssamtalen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="207"/>
        <source>Remove the chosen session</source>
        <translation>Fjern den valgte samtalen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="209"/>
        <source>Remove the chosen guidance session</source>
        <translation>Fjern den valgte veiledningssamtalen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="263"/>
        <source>{mentor} guides {mentee}</source>
        <translation>{mentor} veileder {mentee}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="268"/>
        <source>Since {start}; %n session(s), {minutes} minutes in all.</source>
        <translation>
            <numerusform>Siden {start}; %n samtale, {minutes} minutter til sammen.</numerusform>
            <numerusform>Siden {start}; %n samtaler, {minutes} minutter til sammen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="272"/>
        <source>Approved by {who} as mentor: {reason}</source>
        <translation>Godkjent som veileder av {who}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="319"/>
        <source>Change focus</source>
        <translation>Endre tema</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="338"/>
        <source>Change end of mentorship</source>
        <translation>Endre slutten på veiledningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="349"/>
        <source>End mentorship</source>
        <translation>Avslutt veiledning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="364"/>
        <source>Log guidance session</source>
        <translation>Registrer veiledningssamtale</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="376"/>
        <source>Remove guidance session</source>
        <translation>Fjern veiledningssamtale</translation>
    </message>
</context>
<context>
    <name>NetworksTab</name>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="75"/>
        <source>Coordinators meet in networks for guidance and to share experience.</source>
        <translation>Koordinatorer møtes i nettverk for veiledning og erfaringsdeling.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="78"/>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="110"/>
        <source>Network</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="80"/>
        <source>Networks</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="86"/>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="87"/>
        <source>Name of a new network</source>
        <translation>Navnet på et nytt nettverk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="90"/>
        <source>Add network</source>
        <translation>Legg til nettverk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="101"/>
        <source>Choose a network, or add one.</source>
        <translation>Velg et nettverk, eller legg til et.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="103"/>
        <source>No network chosen</source>
        <translation>Ingen nettverk valgt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="114"/>
        <source>About the network</source>
        <translation>Om nettverket</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="116"/>
        <source>How often it meets, and what for</source>
        <translation>Hvor ofte det møtes, og hvorfor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="127"/>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="138"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="132"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="133"/>
        <source>Came</source>
        <translation>Kom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="141"/>
        <source>Staff to add</source>
        <translation>Ansatt som skal legges til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="143"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="145"/>
        <source>Add to the network</source>
        <translation>Legg til i nettverket</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="149"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="151"/>
        <source>Take the chosen member off the network</source>
        <translation>Ta det valgte medlemmet ut av nettverket</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="162"/>
        <source>Meetings and attendance</source>
        <translation>Møter og oppmøte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="167"/>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="183"/>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="184"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="168"/>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="186"/>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="187"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="169"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="176"/>
        <source>Network meetings</source>
        <translation>Nettverksmøter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="190"/>
        <source>Add meeting</source>
        <translation>Legg til møte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="192"/>
        <source>Add a meeting date</source>
        <translation>Legg til en møtedato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="199"/>
        <source>Who came (tick)</source>
        <translation>Hvem som kom (kryss av)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="202"/>
        <source>Who came</source>
        <translation>Hvem som kom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="238"/>
        <source>{came} of {held}</source>
        <translation>{came} av {held}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="291"/>
        <source>Choose a meeting to record who came.</source>
        <translation>Velg et møte for å registrere hvem som kom.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="294"/>
        <source>The meeting on {date} has not happened yet.</source>
        <translation>Møtet {date} har ikke funnet sted ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="300"/>
        <source>Who came on {date} (tick)</source>
        <translation>Hvem som kom {date} (kryss av)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="322"/>
        <source>Add network {name}</source>
        <translation>Legg til nettverk {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="344"/>
        <source>Describe network</source>
        <translation>Beskriv nettverk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="353"/>
        <source>Add {name} to the network</source>
        <translation>Legg {name} til i nettverket</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="361"/>
        <source>Take {name} off the network</source>
        <translation>Ta {name} ut av nettverket</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="375"/>
        <source>Add network meeting</source>
        <translation>Legg til nettverksmøte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="389"/>
        <source>{name} came</source>
        <translation>{name} kom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="389"/>
        <source>{name} did not come</source>
        <translation>{name} kom ikke</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../src/teamdesk/ui/common/operations.py" line="318"/>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="75"/>
        <source>Every coordinator with their plans, training, mentor, role conflicts and overdue evaluations; those with gaps first. Choose one to record a course or find a mentor.</source>
        <translation>Alle koordinatorer med planer, opplæring, veileder, rollekonflikter og forfalte evalueringer; de med mangler først. Velg en for å registrere et kurs eller finne en veileder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="81"/>
        <source>About the overview</source>
        <translation>Om oversikten</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="86"/>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="160"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="87"/>
        <source>Unit</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="88"/>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="90"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="91"/>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="93"/>
        <source>Mentor</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="95"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="99"/>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="105"/>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="163"/>
        <source>Gaps</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="117"/>
        <source>Coordinator overview</source>
        <translation>Koordinatoroversikt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="126"/>
        <source>How many coordinators</source>
        <translation>Antall koordinatorer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="131"/>
        <source>Teams without a check-in for six months</source>
        <translation>Team uten samarbeidsrunde på seks måneder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="139"/>
        <source>Export as P&amp;DF…</source>
        <translation>Eksporter som P&amp;DF …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="141"/>
        <source>Write the overview as a PDF and open it</source>
        <translation>Lag oversikten som PDF og åpne den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="145"/>
        <source>Export as &amp;CSV…</source>
        <translation>Eksporter som &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="147"/>
        <source>Write the overview as a CSV file for a spreadsheet</source>
        <translation>Lag oversikten som CSV-fil for et regneark</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="180"/>
        <source>Choose a coordinator in the list.</source>
        <translation>Velg en koordinator i listen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="182"/>
        <source>No coordinator chosen</source>
        <translation>Ingen koordinator valgt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="202"/>
        <source>The coordinator overview is for leaders. Mentorships and networks are on the other tabs.</source>
        <translation>Koordinatoroversikten er for ledere. Veiledninger og nettverk finner du på de andre fanene.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="214"/>
        <source>%n coordinator(s), {gaps} with gaps to close.</source>
        <translation>
            <numerusform>%n koordinator, {gaps} med mangler å lukke.</numerusform>
            <numerusform>%n koordinatorer, {gaps} med mangler å lukke.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="236"/>
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} og %n til</numerusform>
            <numerusform>{names} og %n til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="240"/>
        <source>%n team(s) without a check-in on working together for {months} months: {names}. Start one on Teamwork.</source>
        <translation>
            <numerusform>%n team uten samarbeidsrunde på {months} måneder: {names}. Start en på Samarbeid.</numerusform>
            <numerusform>%n team uten samarbeidsrunde på {months} måneder: {names}. Start en på Samarbeid.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="274"/>
        <source>Save as</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="282"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="282"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="288"/>
        <source>coordinator-overview</source>
        <translation>koordinatoroversikt</translation>
    </message>
</context>
<context>
    <name>OwnAccountTab</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="39"/>
        <source>You are signed in as {name}.</source>
        <translation>Du er logget inn som {name}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="42"/>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="43"/>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="55"/>
        <source>Change my password</source>
        <translation>Endre passordet mitt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="44"/>
        <source>Current password</source>
        <translation>Nåværende passord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="46"/>
        <source>About the current password</source>
        <translation>Om nåværende passord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="48"/>
        <source>New password</source>
        <translation>Nytt passord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="49"/>
        <source>About the new password</source>
        <translation>Om det nye passordet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="50"/>
        <source>New password again</source>
        <translation>Nytt passord igjen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="52"/>
        <source>About the password typed again</source>
        <translation>Om passordet skrevet igjen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="55"/>
        <source>C&amp;hange my password</source>
        <translation>&amp;Endre passordet mitt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="59"/>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="117"/>
        <source>What happened</source>
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="67"/>
        <source>&amp;Current password:</source>
        <translation>Nå&amp;værende passord:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="71"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt passord:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="75"/>
        <source>New password a&amp;gain:</source>
        <translation>Nytt passord &amp;igjen:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="88"/>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="89"/>
        <source>PIN for unlocking</source>
        <translation>PIN-kode for å låse opp</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="92"/>
        <source>A PIN of 4 to 8 digits opens your locked window again while TeamDesk stays open. It is kept in memory only, never saved, so set it again after each sign-in. After 5 wrong PINs the password is needed. To sign in, the password is always needed.</source>
        <translation>En PIN-kode på 4 til 8 sifre åpner det låste vinduet igjen så lenge TeamDesk er åpent. Den holdes bare i minnet og lagres aldri, så sett den på nytt etter hver innlogging. Etter 5 feil PIN-koder trengs passordet. For å logge inn trengs alltid passordet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="101"/>
        <source>Whether you have a PIN</source>
        <translation>Om du har PIN-kode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="102"/>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="104"/>
        <source>About the PIN</source>
        <translation>Om PIN-koden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="105"/>
        <source>PIN again</source>
        <translation>PIN-kode igjen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="108"/>
        <source>About the PIN typed again</source>
        <translation>Om PIN-koden skrevet igjen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="110"/>
        <source>&amp;Set my PIN</source>
        <translation>&amp;Sett PIN-kode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="110"/>
        <source>Set my PIN</source>
        <translation>Sett PIN-kode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="114"/>
        <source>&amp;Remove my PIN</source>
        <translation>&amp;Fjern PIN-koden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="114"/>
        <source>Remove my PIN</source>
        <translation>Fjern PIN-koden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="121"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-kode:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="124"/>
        <source>P&amp;IN again:</source>
        <translation>PIN-kode i&amp;gjen:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="168"/>
        <source>You have a PIN.</source>
        <translation>Du har en PIN-kode.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="168"/>
        <source>You have no PIN yet.</source>
        <translation>Du har ingen PIN-kode ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="177"/>
        <source>The two new passwords are not the same. Type the new password again.</source>
        <translation>De to nye passordene er ikke like. Skriv det nye passordet igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="212"/>
        <source>Your password is changed. Use the new one from now on.</source>
        <translation>Passordet ditt er endret. Bruk det nye fra nå av.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="222"/>
        <source>Changing your password…</source>
        <translation>Endrer passordet ditt …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="237"/>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation>De to PIN-kodene er ikke like. Skriv PIN-koden igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="252"/>
        <source>Your PIN is set. It opens your window after it locks.</source>
        <translation>PIN-koden din er satt. Den åpner vinduet ditt når det er låst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="264"/>
        <source>Your PIN is removed. A locked window now asks for your password.</source>
        <translation>PIN-koden din er fjernet. Et låst vindu spør nå etter passordet ditt.</translation>
    </message>
</context>
<context>
    <name>PairingPanel</name>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="44"/>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="62"/>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="87"/>
        <source>Mentor</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="50"/>
        <source>Current mentor</source>
        <translation>Nåværende veileder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="54"/>
        <source>&amp;Suggest a mentor</source>
        <translation>Fore&amp;slå veileder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="56"/>
        <source>Suggest eligible mentors, with the reason for each</source>
        <translation>Foreslå aktuelle veiledere, med begrunnelse for hver</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="63"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="68"/>
        <source>Suggested mentors</source>
        <translation>Foreslåtte veiledere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="71"/>
        <source>Nobody eligible has a free place.</source>
        <translation>Ingen aktuelle veiledere har ledig plass.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="77"/>
        <source>Mentor to pair with</source>
        <translation>Veileder å koble med</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="79"/>
        <source>Focus of the guidance</source>
        <translation>Tema for veiledningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="80"/>
        <source>e.g. consent and the first meeting</source>
        <translation>f.eks. samtykke og det første møtet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="82"/>
        <source>&amp;Pair</source>
        <translation>&amp;Koble</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="84"/>
        <source>Start the mentorship with the chosen mentor</source>
        <translation>Start veiledningen med valgt veileder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="88"/>
        <source>Focus</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="102"/>
        <source>Choose someone to find a mentor for.</source>
        <translation>Velg noen å finne en veileder til.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="105"/>
        <source>{mentee} is guided by {mentor}.</source>
        <translation>{mentee} får veiledning av {mentor}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="110"/>
        <source>{mentee} has no mentor.</source>
        <translation>{mentee} har ingen veileder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="169"/>
        <source>Approve this mentor?</source>
        <translation>Godkjenne denne veilederen?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="173"/>
        <source>To pair them anyway, write why. The reason is kept on the mentorship and in the audit log.</source>
        <translation>For å koble dem likevel, skriv hvorfor. Begrunnelsen lagres på veiledningen og i revisjonsloggen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="185"/>
        <source>Pair {mentee} with {mentor}</source>
        <translation>Koble {mentee} med {mentor}</translation>
    </message>
</context>
<context>
    <name>ParticipantsSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="22"/>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="42"/>
        <source>Who is invited</source>
        <translation>Hvem som er invitert</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="28"/>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="46"/>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="75"/>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="78"/>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="106"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="32"/>
        <source>Professional</source>
        <translation>Fagperson</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="33"/>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="120"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="35"/>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="50"/>
        <source>Came</source>
        <translation>Kom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="52"/>
        <source>The chosen person came</source>
        <translation>Den valgte personen kom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="56"/>
        <source>Did not come</source>
        <translation>Kom ikke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="58"/>
        <source>The chosen person did not come</source>
        <translation>Den valgte personen kom ikke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="62"/>
        <source>Remove from the list</source>
        <translation>Fjern fra listen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="64"/>
        <source>Take the chosen person off the list</source>
        <translation>Ta den valgte personen av listen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="76"/>
        <source>Staff member to invite</source>
        <translation>Ansatt som skal inviteres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="80"/>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="98"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="82"/>
        <source>Invite the chosen staff member</source>
        <translation>Inviter den valgte ansatte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="90"/>
        <source>Name of someone else to invite</source>
        <translation>Navnet på en annen som skal inviteres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="92"/>
        <source>Someone else: name (e.g. the GP)</source>
        <translation>En annen: navn (f.eks. fastlegen)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="94"/>
        <source>Who the person is</source>
        <translation>Hvem personen er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="100"/>
        <source>Invite the person named</source>
        <translation>Inviter personen med dette navnet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="120"/>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="161"/>
        <source>{name} came</source>
        <translation>{name} kom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="161"/>
        <source>{name} did not come</source>
        <translation>{name} kom ikke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="171"/>
        <source>Take {name} off the list</source>
        <translation>Ta {name} av listen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="181"/>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="191"/>
        <source>Invite {name}</source>
        <translation>Inviter {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="47"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="29"/>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="48"/>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="108"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="49"/>
        <source>May share information</source>
        <translation>Kan dele opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="56"/>
        <source>Who takes part</source>
        <translation>Hvem som deltar</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="63"/>
        <source>Who they are</source>
        <translation>Hvem de er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="73"/>
        <source>a new participant</source>
        <translation>en ny deltaker</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="30"/>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="80"/>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="107"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="41"/>
        <source>Professionals around the resident</source>
        <translation>Fagpersoner rundt beboeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="82"/>
        <source>Organisation (NAV, GP…)</source>
        <translation>Organisasjon (NAV, fastlege …)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="94"/>
        <source>Add &amp;participant</source>
        <translation>Legg til &amp;deltaker</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="96"/>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="200"/>
        <source>Add participant</source>
        <translation>Legg til deltaker</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="109"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="110"/>
        <source>Contributes</source>
        <translation>Bidrar med</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="111"/>
        <source>May share</source>
        <translation>Kan dele</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="112"/>
        <source>Consent to share given</source>
        <translation>Samtykke til deling gitt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="113"/>
        <source>Consent expires</source>
        <translation>Samtykket utløper</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="128"/>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="237"/>
        <source>Remove participant</source>
        <translation>Fjern deltaker</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="130"/>
        <source>Remove the chosen participant</source>
        <translation>Fjern den valgte deltakeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="161"/>
        <source>No consent recorded</source>
        <translation>Ingen samtykke registrert</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="164"/>
        <source>Expired {date}</source>
        <translation>Utløpt {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="166"/>
        <source>Until {date}</source>
        <translation>Til {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="167"/>
        <source>Yes, since {date}</source>
        <translation>Ja, siden {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="226"/>
        <source>Change participant</source>
        <translation>Endre deltaker</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="93"/>
        <source>No individual plan</source>
        <translation>Ingen individuell plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="96"/>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="312"/>
        <source>&amp;Start an individual plan</source>
        <translation>&amp;Start en individuell plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="98"/>
        <source>Start an individual plan</source>
        <translation>Start en individuell plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="153"/>
        <source>Parts of the plan</source>
        <translation>Delene av planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="208"/>
        <source>← &amp;Back to the resident</source>
        <translation>← &amp;Tilbake til beboeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="210"/>
        <source>Back to the resident and the list of residents</source>
        <translation>Tilbake til beboeren og beboerlisten</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="216"/>
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="219"/>
        <source>Version and status</source>
        <translation>Versjon og status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="257"/>
        <source>Status, approval and versions</source>
        <translation>Status, godkjenning og versjoner</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="264"/>
        <source>missing something</source>
        <translation>mangler noe</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="266"/>
        <source>complete, with a note</source>
        <translation>fullstendig, med en merknad</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="268"/>
        <source>complete</source>
        <translation>fullstendig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="308"/>
        <source>{name} has no shared development plan yet.</source>
        <translation>{name} har ingen felles utviklingsplan ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="309"/>
        <source>&amp;Start a shared development plan</source>
        <translation>&amp;Start en felles utviklingsplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="372"/>
        <source>{plan} of {name}</source>
        <translation>{plan} for {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="226"/>
        <source>&amp;Print plan (PDF)…</source>
        <translation>Skriv &amp;ut planen (PDF) …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="228"/>
        <source>Write the plan as a PDF and open it</source>
        <translation>Lag planen som PDF og åpne den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="298"/>
        <source>Choose a resident to see their individual plan.</source>
        <translation>Velg en beboer for å se den individuelle planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="311"/>
        <source>{name} has no individual plan yet.</source>
        <translation>{name} har ingen individuell plan ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="392"/>
        <source>Draft: not approved yet.</source>
        <translation>Utkast: ikke godkjent ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="393"/>
        <source>Version {number}, approved {date} by {who}.</source>
        <translation>Versjon {number}, godkjent {date} av {who}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="399"/>
        <source>%n change(s) since, not approved yet.</source>
        <translation>
            <numerusform>%n endring siden, ikke godkjent ennå.</numerusform>
            <numerusform>%n endringer siden, ikke godkjent ennå.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="417"/>
        <source>Start shared development plan</source>
        <translation>Start felles utviklingsplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="419"/>
        <source>Start individual plan</source>
        <translation>Start individuell plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="430"/>
        <source>Save the plan as PDF</source>
        <translation>Lagre planen som PDF</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="432"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="448"/>
        <source>my-plan</source>
        <translation>min-plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="448"/>
        <source>individual-plan</source>
        <translation>individuell-plan</translation>
    </message>
</context>
<context>
    <name>PlanSectionWidget</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/section.py" line="99"/>
        <source>What the checklist says about this part</source>
        <translation>Hva sjekklisten sier om denne delen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/section.py" line="194"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/section.py" line="196"/>
        <source>Move the chosen {what} up (Alt+Up)</source>
        <translation>Flytt valgt {what} opp (Alt+Pil opp)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/section.py" line="200"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/section.py" line="202"/>
        <source>Move the chosen {what} down (Alt+Down)</source>
        <translation>Flytt valgt {what} ned (Alt+Pil ned)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/section.py" line="232"/>
        <source>Change {field}</source>
        <translation>Endre «{field}»</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <location filename="Qt" line="26"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="Qt" line="27"/>
        <source>Closes the dock widget</source>
        <translation>Lukker panelet</translation>
    </message>
    <message>
        <location filename="Qt" line="28"/>
        <source>Float</source>
        <translation>Løsne</translation>
    </message>
    <message>
        <location filename="Qt" line="29"/>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Løsner panelet fra vinduet og fester det igjen</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="Qt" line="30"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fant ikke mappen.
Kontroller at mappenavnet er riktig.</translation>
    </message>
    <message>
        <location filename="Qt" line="31"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fant ikke filen.
Kontroller at filnavnet er riktig.</translation>
    </message>
    <message>
        <location filename="Qt" line="32"/>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <location filename="Qt" line="33"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="Qt" line="34"/>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <location filename="Qt" line="35"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="Qt" line="36"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <location filename="Qt" line="37"/>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location filename="Qt" line="38"/>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <location filename="Qt" line="39"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="Qt" line="40"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» er skrivebeskyttet.
Vil du slette den likevel?</translation>
    </message>
    <message>
        <location filename="Qt" line="41"/>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="Qt" line="42"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="Qt" line="43"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
    <message>
        <location filename="Qt" line="44"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="Qt" line="45"/>
        <source>Change to detail view mode</source>
        <translation>Bytt til detaljvisning</translation>
    </message>
    <message>
        <location filename="Qt" line="46"/>
        <source>Change to list view mode</source>
        <translation>Bytt til listevisning</translation>
    </message>
    <message>
        <location filename="Qt" line="47"/>
        <source>Could not delete directory.</source>
        <translation>Kunne ikke slette mappen.</translation>
    </message>
    <message>
        <location filename="Qt" line="48"/>
        <source>Create New Folder</source>
        <translation>Lag ny mappe</translation>
    </message>
    <message>
        <location filename="Qt" line="49"/>
        <source>Create a New Folder</source>
        <translation>Lag en ny mappe</translation>
    </message>
    <message>
        <location filename="Qt" line="50"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="Qt" line="51"/>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <location filename="Qt" line="52"/>
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <location filename="Qt" line="53"/>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <location filename="Qt" line="54"/>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <location filename="Qt" line="55"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="Qt" line="56"/>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <location filename="Qt" line="57"/>
        <source>File Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <location filename="Qt" line="58"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="Qt" line="59"/>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <location filename="Qt" line="60"/>
        <source>Find Directory</source>
        <translation>Finn mappe</translation>
    </message>
    <message>
        <location filename="Qt" line="61"/>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="Qt" line="62"/>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <location filename="Qt" line="63"/>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <location filename="Qt" line="64"/>
        <source>Go forward</source>
        <translation>Gå fram</translation>
    </message>
    <message>
        <location filename="Qt" line="65"/>
        <source>Go to the parent directory</source>
        <translation>Gå til mappen over</translation>
    </message>
    <message>
        <location filename="Qt" line="66"/>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <location filename="Qt" line="67"/>
        <source>List of places and bookmarks</source>
        <translation>Liste over steder og bokmerker</translation>
    </message>
    <message>
        <location filename="Qt" line="68"/>
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <location filename="Qt" line="69"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Se i:</translation>
    </message>
    <message>
        <location filename="Qt" line="70"/>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <location filename="Qt" line="71"/>
        <source>My Computer</source>
        <translation>Min datamaskin</translation>
    </message>
    <message>
        <location filename="Qt" line="72"/>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <location filename="Qt" line="73"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="Qt" line="74"/>
        <source>Parent Directory</source>
        <translation>Mappen over</translation>
    </message>
    <message>
        <location filename="Qt" line="75"/>
        <source>Recent Places</source>
        <translation>Nylige steder</translation>
    </message>
    <message>
        <location filename="Qt" line="76"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="Qt" line="77"/>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="Qt" line="78"/>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <location filename="Qt" line="79"/>
        <source>Sidebar</source>
        <translation>Sidestolpe</translation>
    </message>
    <message>
        <location filename="Qt" line="80"/>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="Qt" line="81"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="Qt" line="82"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="Qt" line="83"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="Qt" line="84"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="Qt" line="85"/>
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="Qt" line="86"/>
        <source>My Computer</source>
        <translation>Min datamaskin</translation>
    </message>
    <message>
        <location filename="Qt" line="87"/>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <location filename="Qt" line="88"/>
        <source>Invalid filename</source>
        <translation>Ugyldig filnavn</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="Qt" line="19"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="Qt" line="20"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="Qt" line="21"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="Qt" line="22"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="Qt" line="23"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="Qt" line="24"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="Qt" line="25"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="Qt" line="1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="Qt" line="2"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="Qt" line="3"/>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <location filename="Qt" line="4"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="Qt" line="5"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="Qt" line="6"/>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <location filename="Qt" line="7"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="Qt" line="8"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <location filename="Qt" line="9"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="Qt" line="10"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="Qt" line="11"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="Qt" line="12"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="Qt" line="13"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="Qt" line="14"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="Qt" line="15"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="Qt" line="16"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="Qt" line="17"/>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location filename="Qt" line="18"/>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="Qt" line="89"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="Qt" line="90"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="Qt" line="91"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="Qt" line="92"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="Qt" line="93"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier l&amp;enkeadresse</translation>
    </message>
    <message>
        <location filename="Qt" line="94"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="Qt" line="95"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="Qt" line="96"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>RelationsView</name>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="133"/>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="150"/>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="152"/>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="531"/>
        <source>How we work together</source>
        <translation>Hvordan vi samarbeider</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="157"/>
        <source>A check-in waits for you</source>
        <translation>En samarbeidsrunde venter på deg</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="161"/>
        <source>&amp;Answer now</source>
        <translation>&amp;Svar nå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="163"/>
        <source>Answer the check-in that waits for you; it takes under two minutes</source>
        <translation>Svar på samarbeidsrunden som venter på deg; det tar under to minutter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="208"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="187"/>
        <source>Check-in</source>
        <translation>Samarbeidsrunde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="179"/>
        <source>Whole units first, then residents: those with an open check-in, then those whose team has had none for six months.</source>
        <translation>Hele avdelinger først, deretter beboere: de med en åpen samarbeidsrunde, så de der teamet ikke har hatt noen på seks måneder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="186"/>
        <source>Resident or unit</source>
        <translation>Beboer eller avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="193"/>
        <source>Residents and their check-ins</source>
        <translation>Beboere og samarbeidsrundene deres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="211"/>
        <source>The check-in&apos;s state</source>
        <translation>Samarbeidsrundens status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="216"/>
        <source>&amp;Start a check-in…</source>
        <translation>S&amp;tart en samarbeidsrunde …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="218"/>
        <source>Start a check-in about this resident&apos;s team</source>
        <translation>Start en samarbeidsrunde om teamet rundt denne beboeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="222"/>
        <source>A&amp;nswer…</source>
        <translation>S&amp;var …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="224"/>
        <source>Answer the open check-in for yourself</source>
        <translation>Svar selv på den åpne samarbeidsrunden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="228"/>
        <source>&amp;Type in a form…</source>
        <translation>&amp;Før inn et skjema …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="230"/>
        <source>Type in a printed form filled in by someone without an account</source>
        <translation>Før inn et utskrevet skjema fylt ut av en som ikke har konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="234"/>
        <source>Print the &amp;form…</source>
        <translation>Skriv ut skje&amp;maet …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="236"/>
        <source>Print the one-page form for people without an account</source>
        <translation>Skriv ut skjemaet på én side til dem som ikke har konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="240"/>
        <source>&amp;Close now</source>
        <translation>&amp;Avslutt nå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="242"/>
        <source>Close the check-in now and count the answers</source>
        <translation>Avslutt samarbeidsrunden nå og tell svarene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="246"/>
        <source>&amp;Print results…</source>
        <translation>Skriv ut &amp;resultatene …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="248"/>
        <source>Write the results as a PDF and open it</source>
        <translation>Lag resultatene som PDF og åpne den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="297"/>
        <source>No check-in yet</source>
        <translation>Ingen samarbeidsrunde ennå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="299"/>
        <source>Open until {date}: {count} answered</source>
        <translation>Åpen til {date}: {count} har svart</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="304"/>
        <source>Last ended {date}; due for a new one</source>
        <translation>Sist avsluttet {date}; tid for en ny</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="305"/>
        <source>Ended {date}</source>
        <translation>Avsluttet {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="330"/>
        <source>Whole unit: {name}</source>
        <translation>Hele avdelingen: {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="354"/>
        <source>A check-in about how we work with {subject} waits for your answer, until {date}. It takes under two minutes.</source>
        <translation>En samarbeidsrunde om hvordan vi samarbeider rundt {subject}, venter på svaret ditt, til {date}. Det tar under to minutter.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="439"/>
        <source>Choose a resident in the list.</source>
        <translation>Velg en beboer i listen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="443"/>
        <source>No check-in is open. Start one to hear how the team works together.</source>
        <translation>Ingen samarbeidsrunde er åpen. Start en for å høre hvordan teamet samarbeider.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="445"/>
        <source>No check-in is open. A leader or the plan&apos;s coordinator starts one.</source>
        <translation>Ingen samarbeidsrunde er åpen. En leder eller planens koordinator starter en.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="447"/>
        <source>Open until {date}: {count} have answered. Results show when it closes.</source>
        <translation>Åpen til {date}: {count} har svart. Resultatene vises når den avsluttes.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="450"/>
        <source>You have answered. Thank you!</source>
        <translation>Du har svart. Takk!</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="479"/>
        <source>Started a check-in about {subject}</source>
        <translation>Startet en samarbeidsrunde om {subject}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="501"/>
        <source>Typed in a printed form</source>
        <translation>Førte inn et utskrevet skjema</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="506"/>
        <source>Your answers were handed in anonymously</source>
        <translation>Svarene dine ble levert anonymt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="540"/>
        <source>Close the check-in about {subject} now? The answers are counted and can no longer be changed, and nobody else can answer.</source>
        <translation>Avslutte samarbeidsrunden om {subject} nå? Svarene telles og kan ikke lenger endres, og ingen andre kan svare.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="546"/>
        <source>Closed the check-in about {subject}</source>
        <translation>Avsluttet samarbeidsrunden om {subject}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="554"/>
        <source>Save as</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="554"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="569"/>
        <source>how-we-work-together</source>
        <translation>hvordan-vi-samarbeider</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="586"/>
        <source>check-in-form</source>
        <translation>samarbeidsskjema</translation>
    </message>
</context>
<context>
    <name>ResidentPage</name>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="99"/>
        <source>Choose a resident in the list, or add a new one below the list.</source>
        <translation>Velg en beboer i listen, eller legg til en ny under listen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="101"/>
        <source>No resident chosen</source>
        <translation>Ingen beboer valgt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="114"/>
        <source>&amp;Resident</source>
        <translation>&amp;Beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="115"/>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="766"/>
        <source>Individual &amp;plan</source>
        <translation>Individuell &amp;plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="127"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="130"/>
        <source>Where the resident lives</source>
        <translation>Hvor beboeren bor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="135"/>
        <source>Who covers today</source>
        <translation>Hvem som har ansvaret i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="140"/>
        <source>Warnings for this resident</source>
        <translation>Varsler for denne beboeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="154"/>
        <source>Details</source>
        <translation>Opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="178"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="178"/>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="230"/>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="314"/>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="490"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="179"/>
        <source>Preferred name</source>
        <translation>Foretrukket navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="180"/>
        <source>What they like to be called</source>
        <translation>Hva beboeren liker å bli kalt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="181"/>
        <source>&amp;Preferred name</source>
        <translation>F&amp;oretrukket navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="182"/>
        <source>Unit</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="184"/>
        <source>&amp;Unit</source>
        <translation>&amp;Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="185"/>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="224"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="187"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="188"/>
        <source>&amp;Room</source>
        <translation>Ro&amp;m</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="188"/>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="189"/>
        <source>Moved &amp;in</source>
        <translation>Flyttet &amp;inn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="189"/>
        <source>Moved in</source>
        <translation>Flyttet inn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="190"/>
        <source>Moved out</source>
        <translation>Flyttet ut</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="191"/>
        <source>Moved &amp;out</source>
        <translation>Flyttet &amp;ut</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="200"/>
        <source>What matters to me</source>
        <translation>Det som er viktig for meg</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="204"/>
        <source>Whose words these are</source>
        <translation>Hvem sine ord dette er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="211"/>
        <source>What matters to me, in the resident&apos;s own words</source>
        <translation>Det som er viktig for meg, med beboerens egne ord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="215"/>
        <source>Write down what the resident says matters to them, in their own words.</source>
        <translation>Skriv ned hva beboeren sier er viktig, med beboerens egne ord.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="229"/>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="313"/>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="490"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="231"/>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="490"/>
        <source>Education</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="232"/>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="490"/>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="238"/>
        <source>The resident&apos;s team</source>
        <translation>Beboerens team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="246"/>
        <source>Nobody has a role for this resident yet.</source>
        <translation>Ingen har en rolle for denne beboeren ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="251"/>
        <source>&amp;End this role</source>
        <translation>Avslutt &amp;denne rollen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="253"/>
        <source>End the chosen role</source>
        <translation>Avslutt den valgte rollen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="254"/>
        <source>The chosen person keeps the role until yesterday; the history keeps it.</source>
        <translation>Den valgte personen har rollen til og med i går; historikken tar vare på den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="262"/>
        <source>Give someone a role</source>
        <translation>Gi noen en rolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="272"/>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="291"/>
        <source>Staff member to give a role</source>
        <translation>Ansatt som skal få en rolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="273"/>
        <source>Type part of a name; only active staff are listed.</source>
        <translation>Skriv en del av et navn; bare aktive ansatte vises.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="289"/>
        <source>Type a name…</source>
        <translation>Skriv et navn …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="294"/>
        <source>Role to give</source>
        <translation>Rolle som skal gis</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="298"/>
        <source>&amp;Give role</source>
        <translation>Gi ro&amp;lle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="298"/>
        <source>Give the role</source>
        <translation>Gi rollen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="308"/>
        <source>History of roles</source>
        <translation>Historikk for roller</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="315"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="317"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="318"/>
        <source>now</source>
        <translation>nå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="326"/>
        <source>History of the resident&apos;s roles</source>
        <translation>Historikk for beboerens roller</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="398"/>
        <source>(no unit)</source>
        <translation>(ingen avdeling)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="407"/>
        <source>(no team)</source>
        <translation>(ikke noe team)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="457"/>
        <source>No unit</source>
        <translation>Ingen avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="458"/>
        <source>room {room}</source>
        <translation>rom {room}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="462"/>
        <source>moved out {date}</source>
        <translation>flyttet ut {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="471"/>
        <source>e.g. {example}</source>
        <translation>f.eks. {example}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="479"/>
        <source>In {name}&apos;s own words. Write what {name} says, as {name} says it.</source>
        <translation>Med {name} sine egne ord. Skriv det {name} sier, slik {name} sier det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="527"/>
        <source>Does not live here today, so nobody covers today.</source>
        <translation>Bor ikke her i dag, så ingen har ansvaret i dag.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="530"/>
        <source>Today: {why}</source>
        <translation>I dag: {why}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="532"/>
        <source>Away today: {names}.</source>
        <translation>Borte i dag: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="545"/>
        <source>Alert for this resident&apos;s team:</source>
        <translation>Varsel for teamet til denne beboeren:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="547"/>
        <source>Warnings for this resident&apos;s team:</source>
        <translation>Varsler for teamet til denne beboeren:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="567"/>
        <source>{staff} no longer works here. End this role and choose someone else.</source>
        <translation>{staff} jobber ikke her lenger. Avslutt denne rollen og velg en annen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="608"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="609"/>
        <source>preferred name</source>
        <translation>foretrukket navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="610"/>
        <source>room</source>
        <translation>rom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="611"/>
        <source>move-in date</source>
        <translation>innflyttingsdato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="612"/>
        <source>move-out date</source>
        <translation>utflyttingsdato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="625"/>
        <source>what matters</source>
        <translation>det som er viktig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="635"/>
        <source>unit</source>
        <translation>avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="635"/>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="661"/>
        <source>Change {what} of {resident}</source>
        <translation>Endre {what} for {resident}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="713"/>
        <source>Choose a staff member from the list first.</source>
        <translation>Velg en ansatt fra listen først.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="716"/>
        <source>No single active staff member matches “{text}”. Type more of the name and choose from the list.</source>
        <translation>Ingen enkelt aktiv ansatt passer med «{text}». Skriv mer av navnet og velg fra listen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="728"/>
        <source>Make {staff} {role} for {resident}</source>
        <translation>Gjør {staff} til {role} for {resident}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="747"/>
        <source>End {staff} as {role} for {resident}</source>
        <translation>Avslutt {staff} som {role} for {resident}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="766"/>
        <source>Shared development &amp;plan</source>
        <translation>Felles utviklings&amp;plan</translation>
    </message>
</context>
<context>
    <name>ResidentsModel</name>
    <message>
        <location filename="../../src/teamdesk/ui/common/models.py" line="446"/>
        <source>(this resident was removed)</source>
        <translation>(denne beboeren er fjernet)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/models.py" line="455"/>
        <source>Moved out on {date}</source>
        <translation>Flyttet ut {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/models.py" line="474"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/models.py" line="475"/>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/models.py" line="476"/>
        <source>Unit</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/models.py" line="477"/>
        <source>Primary contact</source>
        <translation>Primærkontakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/models.py" line="478"/>
        <source>Moved in</source>
        <translation>Flyttet inn</translation>
    </message>
</context>
<context>
    <name>ResidentsView</name>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="68"/>
        <source>Search residents</source>
        <translation>Søk etter beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="69"/>
        <source>Filters the list as you type: name, room or unit.</source>
        <translation>Filtrerer listen mens du skriver: navn, rom eller avdeling.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="71"/>
        <source>Search by name, room or unit (Ctrl+F)</source>
        <translation>Søk på navn, rom eller avdeling (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="75"/>
        <source>Show residents who have &amp;moved out</source>
        <translation>Vis beboere som har flyttet &amp;ut</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="77"/>
        <source>Show residents who have moved out</source>
        <translation>Vis beboere som har flyttet ut</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="84"/>
        <source>Residents whose plan you coordinate, and those you are primary contact, secondary contact or team member for today.</source>
        <translation>Beboere du er koordinator for planen til, og de du er primærkontakt, sekundærkontakt eller teammedlem for i dag.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="88"/>
        <source>Only &amp;mine</source>
        <translation>Bare &amp;mine</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="88"/>
        <source>Only my residents</source>
        <translation>Bare mine beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="96"/>
        <source>Residents</source>
        <translation>Beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="126"/>
        <source>How many residents are listed</source>
        <translation>Hvor mange beboere som vises</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="131"/>
        <source>a new resident</source>
        <translation>en ny beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="133"/>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="135"/>
        <source>Name of a new resident</source>
        <translation>Navnet på en ny beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="138"/>
        <source>&amp;Add resident</source>
        <translation>&amp;Legg til beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="138"/>
        <source>Add resident</source>
        <translation>Legg til beboer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="228"/>
        <source>Your residents: %n. You coordinate their plan or have a role for them.</source>
        <translation>
            <numerusform>Dine beboere: %n. Du koordinerer planen eller har en rolle for beboeren.</numerusform>
            <numerusform>Dine beboere: %n. Du koordinerer planen deres eller har en rolle for dem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="237"/>
        <source>1 resident matches</source>
        <translation>1 beboer passer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="239"/>
        <source>{shown} residents match</source>
        <translation>{shown} beboere passer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="241"/>
        <source>No residents yet. Add the first one below.</source>
        <translation>Ingen beboere ennå. Legg til den første nedenfor.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="243"/>
        <source>1 resident</source>
        <translation>1 beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="245"/>
        <source>{shown} residents</source>
        <translation>{shown} beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="304"/>
        <source>Add resident {name}</source>
        <translation>Legg til beboer {name}</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="196"/>
        <source>About these results</source>
        <translation>Om disse resultatene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="198"/>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="201"/>
        <source>What works</source>
        <translation>Det som fungerer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="204"/>
        <source>Ties and dimensions</source>
        <translation>Samarbeidsrelasjoner og dimensjoner</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="211"/>
        <source>Results: roles and services down, dimensions across, the index last</source>
        <translation>Resultater: roller og tjenester nedover, dimensjoner bortover, indeksen sist</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="232"/>
        <source>How to read the grid</source>
        <translation>Slik leser du rutenettet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="235"/>
        <source>1 = disagree strongly, 5 = agree strongly; the darker the cell, the better it works. Weakest ties first.</source>
        <translation>1 = helt uenig, 5 = helt enig; jo mørkere ruten er, desto bedre fungerer det. De svakeste relasjonene først.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="240"/>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="243"/>
        <source>Things to agree on together</source>
        <translation>Ting å bli enige om sammen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="246"/>
        <source>Ties with too few answers</source>
        <translation>Relasjoner med for få svar</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="248"/>
        <source>Over time</source>
        <translation>Over tid</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="251"/>
        <source>About the trend</source>
        <translation>Om utviklingen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="253"/>
        <source>Trend of the index</source>
        <translation>Utviklingen i indeksen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="275"/>
        <source>No check-in has been completed yet.</source>
        <translation>Ingen samarbeidsrunde er fullført ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="285"/>
        <source>Check-in ended {date}: {count} people took part. Answers are about how roles and services work together, never about one person.</source>
        <translation>Samarbeidsrunden ble avsluttet {date}: {count} personer deltok. Svarene handler om hvordan roller og tjenester samarbeider, aldri om én person.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="292"/>
        <source>{tie}: {dimension} ({value})</source>
        <translation>{tie}: {dimension} ({value})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="302"/>
        <source>No tie stands out yet; the grid shows where you are closest.</source>
        <translation>Ingen samarbeidsrelasjon skiller seg ut ennå; rutenettet viser hvor dere er nærmest.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="325"/>
        <source>Nothing below 3.5: keep doing what works.</source>
        <translation>Ingenting under 3,5: fortsett med det som fungerer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="330"/>
        <source>Fewer than {count} people answered about: {ties}. No figures are shown for them, so nobody&apos;s answers can be recognised.</source>
        <translation>Færre enn {count} personer svarte om: {ties}. Det vises ingen tall for dem, slik at ingens svar kan kjennes igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="340"/>
        <source>The trend shows from the second completed check-in on.</source>
        <translation>Utviklingen vises fra og med den andre fullførte samarbeidsrunden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="347"/>
        <source>The index of each check-in: all ties, and the weakest and strongest tie.</source>
        <translation>Indeksen for hver samarbeidsrunde: alle relasjoner, og den svakeste og den sterkeste relasjonen.</translation>
    </message>
</context>
<context>
    <name>RetirePcDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="117"/>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="182"/>
        <source>Retire a PC</source>
        <translation>Ta en PC ut av bruk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="122"/>
        <source>Retire a PC that was lost, stolen or given away. What it synced so far stays. The house gets a new key that PC does not have, so it cannot read what is written afterwards, and what it sends later is refused. It keeps what it already had: if an administrator signed in on it, have their password reset and retire it again. Also remove its access to the shared folder.</source>
        <translation>Ta ut av bruk en PC som er mistet, stjålet eller gitt bort. Det den har synkronisert så langt, blir værende. Huset får en ny nøkkel som den PC-en ikke har, så den kan ikke lese det som skrives etterpå, og det den sender senere, avvises. Den beholder det den allerede hadde: hvis en administrator har logget inn på den, må passordet til vedkommende tilbakestilles, og PC-en tas ut av bruk på nytt. Fjern også tilgangen den har til den delte mappen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="132"/>
        <source>The house&apos;s other PCs</source>
        <translation>Husets andre PC-er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="140"/>
        <source>Retire this PC</source>
        <translation>Ta denne PC-en ut av bruk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="166"/>
        <source>(has not sent changes yet)</source>
        <translation>(har ikke sendt endringer ennå)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="169"/>
        <source>(retired)</source>
        <translation>(tatt ut av bruk)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="175"/>
        <source>No other PC has synced with this one yet. Sync first (File &gt; Sync now).</source>
        <translation>Ingen annen PC har synkronisert med denne ennå. Synkroniser først (Fil &gt; Synkroniser nå).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="183"/>
        <source>Retire {pc}? This cannot be undone; the PC can join again later.</source>
        <translation>Ta {pc} ut av bruk? Dette kan ikke angres; PC-en kan kobles til igjen senere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="204"/>
        <source>Retiring the PC and giving the house a new key…</source>
        <translation>Tar PC-en ut av bruk og gir huset en ny nøkkel …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="214"/>
        <source>{pc} is retired. The house has a new key, given to %n other PC(s) and the administrators.</source>
        <translation>
            <numerusform>{pc} er tatt ut av bruk. Huset har en ny nøkkel, gitt til %n annen PC og administratorene.</numerusform>
            <numerusform>{pc} er tatt ut av bruk. Huset har en ny nøkkel, gitt til %n andre PC-er og administratorene.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="223"/>
        <source>These PCs get it when an administrator signs in there and syncs: {pcs}.</source>
        <translation>Disse PC-ene får den når en administrator logger inn der og synkroniserer: {pcs}.</translation>
    </message>
</context>
<context>
    <name>RotaGridModel</name>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="137"/>
        <source>week {week}, {weekday}</source>
        <translation>uke {week}, {weekday}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="155"/>
        <source>{code} {name} {hours}</source>
        <translation>{code} {name} {hours}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="159"/>
        <source>day off</source>
        <translation>fri</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="161"/>
        <source>{person}, {day}: {shift}</source>
        <translation>{person}, {day}: {shift}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="177"/>
        <source>{name} ({fte} %)</source>
        <translation>{name} ({fte} %)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="182"/>
        <source>{name}: position {fte} %</source>
        <translation>{name}: stilling {fte} %</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="189"/>
        <source>W{week}</source>
        <translation>U{week}</translation>
    </message>
</context>
<context>
    <name>RotaPage</name>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="285"/>
        <source>Rota</source>
        <translation>Turnus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="290"/>
        <source>Unit</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="293"/>
        <source>Unit:</source>
        <translation>Avdeling:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="296"/>
        <source>Import from Excel or CSV…</source>
        <translation>Importer fra Excel eller CSV …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="298"/>
        <source>Import the rota from Excel or CSV</source>
        <translation>Importer turnusen fra Excel eller CSV</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="303"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="303"/>
        <source>Undo the last change</source>
        <translation>Angre siste endring</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="310"/>
        <source>Shifts…</source>
        <translation>Vakter …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="312"/>
        <source>The house&apos;s shifts: codes, names and times</source>
        <translation>Husets vakter: koder, navn og tider</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="319"/>
        <source>About this rota</source>
        <translation>Om denne turnusen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="327"/>
        <source>First day of the cycle</source>
        <translation>Første dag i turnusen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="329"/>
        <source>Weeks in the cycle</source>
        <translation>Uker i turnusen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="334"/>
        <source>Make an empty rota</source>
        <translation>Lag en tom turnus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="334"/>
        <source>Make a rota</source>
        <translation>Lag en turnus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="337"/>
        <source>First day:</source>
        <translation>Første dag:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="339"/>
        <source>Weeks:</source>
        <translation>Uker:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="350"/>
        <source>Staff to add</source>
        <translation>Ansatt som skal legges til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="353"/>
        <source>Add to the rota</source>
        <translation>Legg til i turnusen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="357"/>
        <source>Take off the rota</source>
        <translation>Ta ut av turnusen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="359"/>
        <source>Take the selected person off the rota</source>
        <translation>Ta den valgte personen ut av turnusen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="368"/>
        <source>Show week</source>
        <translation>Vis uke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="372"/>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="384"/>
        <source>Copy week</source>
        <translation>Kopier uke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="373"/>
        <source>Onto week</source>
        <translation>Til uke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="378"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="378"/>
        <source>Copy the week</source>
        <translation>Kopier uka</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="381"/>
        <source>Show week:</source>
        <translation>Vis uke:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="386"/>
        <source>onto week</source>
        <translation>til uke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="398"/>
        <source>The rota: staff by days of the cycle</source>
        <translation>Turnusen: ansatte og dagene i turnusen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="399"/>
        <source>Type a shift code and press Enter; Delete makes the selected days days off.</source>
        <translation>Skriv en vaktkode og trykk Enter; Delete gir fri de valgte dagene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="404"/>
        <source>The house&apos;s shifts</source>
        <translation>Husets vakter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="406"/>
        <source>Warnings about the rota</source>
        <translation>Varsler om turnusen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="452"/>
        <source>The house</source>
        <translation>Huset</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="480"/>
        <source>This unit has no rota yet. Import it from the house&apos;s Excel or CSV file, or make an empty one and type it in.</source>
        <translation>Denne avdelingen har ingen turnus ennå. Importer den fra husets Excel- eller CSV-fil, eller lag en tom turnus og skriv den inn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="490"/>
        <source>A cycle of %n week(s), repeating from {day}. Type a shift code into a day and press Enter; Delete makes the selected days days off.</source>
        <translation>
            <numerusform>En turnus på %n uke som gjentas fra {day}. Skriv en vaktkode i en dag og trykk Enter; Delete gir fri de valgte dagene.</numerusform>
            <numerusform>En turnus på %n uker som gjentas fra {day}. Skriv en vaktkode i en dag og trykk Enter; Delete gir fri de valgte dagene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="525"/>
        <source>%n warnings about the rota. The first: {first}</source>
        <translation>
            <numerusform>%n varsel om turnusen. Det første: {first}</numerusform>
            <numerusform>%n varsler om turnusen. Det første: {first}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="540"/>
        <source>Everyone of the unit is on the rota</source>
        <translation>Alle i avdelingen står i turnusen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="576"/>
        <source>{code} for {person}, {day}</source>
        <translation>{code} for {person}, {day}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="580"/>
        <source>Day off for {person}, {day}</source>
        <translation>Fri for {person}, {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="585"/>
        <source>%n days of the rota</source>
        <translation>
            <numerusform>%n dag i turnusen</numerusform>
            <numerusform>%n dager i turnusen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="599"/>
        <source>Copy week {source} onto week {target}</source>
        <translation>Kopier uke {source} til uke {target}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="609"/>
        <source>Add {name} to the rota</source>
        <translation>Legg {name} til i turnusen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="616"/>
        <source>Choose a person in the rota first.</source>
        <translation>Velg først en person i turnusen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="620"/>
        <source>Take {name} off the rota</source>
        <translation>Ta {name} ut av turnusen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="636"/>
        <source>Make a rota for {unit}</source>
        <translation>Lag en turnus for {unit}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="655"/>
        <source>Import a rota</source>
        <translation>Importer en turnus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="657"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Regneark (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="684"/>
        <source>Column that names the person</source>
        <translation>Kolonnen som navngir personen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="687"/>
        <source>It holds</source>
        <translation>Den inneholder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="689"/>
        <source>names</source>
        <translation>navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="690"/>
        <source>employee numbers</source>
        <translation>ansattnumre</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="696"/>
        <source>First day of the cycle (day 1)</source>
        <translation>Første dag i turnusen (dag 1)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="699"/>
        <source>Import the rota of {unit}</source>
        <translation>Importer turnusen for {unit}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="701"/>
        <source>From {file}. Choose the column that names the person; TeamDesk remembers it for this unit. Nothing is written until you press Import.</source>
        <translation>Fra {file}. Velg kolonnen som navngir personen; TeamDesk husker den for denne avdelingen. Ingenting lagres før du trykker Importer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="721"/>
        <source>Import the rota from {file}</source>
        <translation>Importer turnusen fra {file}</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../src/teamdesk/ui/common/widgets.py" line="438"/>
        <source>Clear the search</source>
        <translation>Tøm søket</translation>
    </message>
</context>
<context>
    <name>SecurityMenu</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="77"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="78"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="79"/>
        <source>Did</source>
        <translation>Gjorde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="80"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="388"/>
        <source>Taken</source>
        <translation>Tatt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="389"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="390"/>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="391"/>
        <source>Key file</source>
        <translation>Nøkkelfil</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="392"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="412"/>
        <source>sound</source>
        <translation>i orden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="413"/>
        <source>kept beside it</source>
        <translation>ligger ved siden av</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="415"/>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="449"/>
        <source>&amp;Access log of this resident…</source>
        <translation>&amp;Tilgangslogg for denne beboeren …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="455"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sikkerhetskopier …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="472"/>
        <source>Access log</source>
        <translation>Tilgangslogg</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="473"/>
        <source>Open a resident first, then choose this again.</source>
        <translation>Åpne en beboer først, og velg dette igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="498"/>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="504"/>
        <source>Restoring the backup…</source>
        <translation>Gjenoppretter sikkerhetskopien …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="524"/>
        <source>The backup is now the database. The previous file was kept as {aside}.</source>
        <translation>Sikkerhetskopien er nå databasen. Den forrige filen er tatt vare på som {aside}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="528"/>
        <source>These accounts need a new password from an administrator before they can sign in: {names}.</source>
        <translation>Disse kontoene trenger nytt passord fra en administrator før de kan logge inn: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="534"/>
        <source>Backup restored</source>
        <translation>Sikkerhetskopien er gjenopprettet</translation>
    </message>
</context>
<context>
    <name>ShiftKindsDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="54"/>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="55"/>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="89"/>
        <source>The house&apos;s shifts</source>
        <translation>Husets vakter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="66"/>
        <source>A shift that ends at or before it starts ends the next morning (a night shift). The codes are what the rota grid and imported files use.</source>
        <translation>En vakt som slutter før eller når den begynner, slutter neste morgen (en nattevakt). Kodene er de som turnusen og importerte filer bruker.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="73"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="74"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="75"/>
        <source>Hours</source>
        <translation>Tider</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="77"/>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="79"/>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="157"/>
        <source>the next day</source>
        <translation>neste dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="79"/>
        <source>same day</source>
        <translation>samme dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="90"/>
        <source>Choose a shift to change or remove it in the form below.</source>
        <translation>Velg en vakt for å endre eller fjerne den i skjemaet under.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="99"/>
        <source>Shift code</source>
        <translation>Vaktkode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="101"/>
        <source>Shift name</source>
        <translation>Vaktnavn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="102"/>
        <source>Starts at</source>
        <translation>Begynner</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="103"/>
        <source>Ends at</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="108"/>
        <source>C&amp;ode:</source>
        <translation>K&amp;ode:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="109"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="110"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Begynner:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="111"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Slutter:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="119"/>
        <source>Why the shift was not saved</source>
        <translation>Hvorfor vakta ikke ble lagret</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="126"/>
        <source>&amp;Add as a new shift</source>
        <translation>&amp;Legg til som ny vakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="126"/>
        <source>Add a shift</source>
        <translation>Legg til en vakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="129"/>
        <source>Sa&amp;ve changes</source>
        <translation>La&amp;gre endringer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="131"/>
        <source>Save the changes to the chosen shift</source>
        <translation>Lagre endringene i den valgte vakta</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="134"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="134"/>
        <source>Remove the chosen shift</source>
        <translation>Fjern den valgte vakta</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="157"/>
        <source>the same day</source>
        <translation>samme dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="213"/>
        <source>Add the shift {code}</source>
        <translation>Legg til vakta {code}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="227"/>
        <source>Change the shift {code}</source>
        <translation>Endre vakta {code}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="240"/>
        <source>Remove the shift {code}</source>
        <translation>Fjern vakta {code}</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="56"/>
        <source>What went wrong</source>
        <translation>Hva som gikk galt</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="204"/>
        <source>Sign in to TeamDesk — DEMO</source>
        <translation>Logg inn i TeamDesk — DEMO</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="204"/>
        <source>Sign in to TeamDesk</source>
        <translation>Logg inn i TeamDesk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="211"/>
        <source>Who are you?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="212"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="217"/>
        <source>&amp;Who are you?</source>
        <translation>&amp;Hvem er du?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="226"/>
        <source>This is the demo, with fictional people. Every demo account has the password &lt;b&gt;{password}&lt;/b&gt;. Roles: {roles}.</source>
        <translation>Dette er demoen, med oppdiktede personer. Alle demokontoene har passordet &lt;b&gt;{password}&lt;/b&gt;. Roller: {roles}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="242"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="252"/>
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="253"/>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="434"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="266"/>
        <source>Finding the accounts…</source>
        <translation>Finner kontoene …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="351"/>
        <source>Choose your name in the list first.</source>
        <translation>Velg navnet ditt i listen først.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="369"/>
        <source>Signing in…</source>
        <translation>Logger inn …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="404"/>
        <source>Your role could not be confirmed</source>
        <translation>Rollen din kunne ikke bekreftes</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="428"/>
        <source>The database is damaged</source>
        <translation>Databasen er skadet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="431"/>
        <source>Restore the newest sound backup</source>
        <translation>Gjenopprett den nyeste sikkerhetskopien som er i orden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="462"/>
        <source>Restoring the newest sound backup…</source>
        <translation>Gjenoppretter den nyeste sikkerhetskopien som er i orden …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="472"/>
        <source>There is no sound backup in {folder}. The damaged file was left as it was; ask your IT contact for help.</source>
        <translation>Det finnes ingen sikkerhetskopi i orden i {folder}. Den skadde filen ble latt være som den var; be IT-kontakten din om hjelp.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="482"/>
        <source>Backup restored</source>
        <translation>Sikkerhetskopien er gjenopprettet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="483"/>
        <source>The backup from {taken} is now the database. The damaged file was kept as {aside}.</source>
        <translation>Sikkerhetskopien fra {taken} er nå databasen. Den skadde filen er tatt vare på som {aside}.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="88"/>
        <source>Choose a staff member in the list, or add a new one below the list.</source>
        <translation>Velg en ansatt i listen, eller legg til en ny under listen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="90"/>
        <source>No staff member chosen</source>
        <translation>Ingen ansatt valgt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="103"/>
        <source>Staff member</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="105"/>
        <source>About the staff member</source>
        <translation>Om den ansatte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="112"/>
        <source>Details</source>
        <translation>Opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="116"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="118"/>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="122"/>
        <source>Education</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="128"/>
        <source>education</source>
        <translation>utdanning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="132"/>
        <source>&amp;Peer worker (employed for lived experience)</source>
        <translation>&amp;Erfaringskonsulent (ansatt for sin egen erfaring)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="134"/>
        <source>Peer worker</source>
        <translation>Erfaringskonsulent</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="137"/>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="328"/>
        <source>peer worker</source>
        <translation>erfaringskonsulent</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="139"/>
        <source>Position in percent</source>
        <translation>Stillingsprosent</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="147"/>
        <source>position</source>
        <translation>stilling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="149"/>
        <source>Unit</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="151"/>
        <source>unit</source>
        <translation>avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="154"/>
        <source>&amp;Active (works here now)</source>
        <translation>A&amp;ktiv (jobber her nå)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="154"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="157"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="165"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="166"/>
        <source>&amp;Initials</source>
        <translation>&amp;Initialer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="167"/>
        <source>&amp;Education</source>
        <translation>&amp;Utdanning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="169"/>
        <source>Pos&amp;ition</source>
        <translation>S&amp;tilling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="170"/>
        <source>&amp;Unit</source>
        <translation>&amp;Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="174"/>
        <source>Roles for residents</source>
        <translation>Roller for beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="179"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="180"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="181"/>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="189"/>
        <source>The staff member&apos;s roles</source>
        <translation>Rollene til den ansatte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="190"/>
        <source>Press Enter to open the resident.</source>
        <translation>Trykk Enter for å åpne beboeren.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="197"/>
        <source>No roles for any resident.</source>
        <translation>Ingen roller for noen beboer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="202"/>
        <source>Absences</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="207"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="208"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="209"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="216"/>
        <source>The staff member&apos;s absences</source>
        <translation>Fraværet til den ansatte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="222"/>
        <source>No absences recorded.</source>
        <translation>Ikke noe fravær registrert.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="224"/>
        <source>&amp;Cancel this absence</source>
        <translation>Fjern &amp;dette fraværet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="226"/>
        <source>Cancel the chosen absence</source>
        <translation>Fjern det valgte fraværet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="233"/>
        <source>Record an absence</source>
        <translation>Registrer fravær</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="236"/>
        <source>First day away</source>
        <translation>Første dag borte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="237"/>
        <source>Last day away</source>
        <translation>Siste dag borte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="238"/>
        <source>Reason for absence</source>
        <translation>Årsak til fraværet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="239"/>
        <source>Holiday, sick leave, course… (optional)</source>
        <translation>Ferie, sykefravær, kurs … (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="242"/>
        <source>&amp;Record absence</source>
        <translation>Regi&amp;strer fravær</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="244"/>
        <source>Record the absence</source>
        <translation>Registrer fraværet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="249"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="252"/>
        <source>&amp;Away from</source>
        <translation>&amp;Borte fra</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="255"/>
        <source>Rea&amp;son</source>
        <translation>&amp;Årsak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="312"/>
        <source>(no unit)</source>
        <translation>(ingen avdeling)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="326"/>
        <source>{fte} % position</source>
        <translation>{fte} % stilling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="329"/>
        <source>no longer active</source>
        <translation>ikke lenger aktiv</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="385"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="385"/>
        <source>initials</source>
        <translation>initialer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="403"/>
        <source>Change {what} of {staff}</source>
        <translation>Endre {what} for {staff}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="417"/>
        <source>Record absence for {staff}</source>
        <translation>Registrer fravær for {staff}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="433"/>
        <source>Cancel absence of {staff} from {day}</source>
        <translation>Fjern fraværet til {staff} fra {day}</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="458"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="459"/>
        <source>Education</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="461"/>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="465"/>
        <source>Unit</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="479"/>
        <source>Search staff</source>
        <translation>Søk etter ansatte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="480"/>
        <source>Search by name, initials or unit (Ctrl+F)</source>
        <translation>Søk på navn, initialer eller avdeling (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="483"/>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="499"/>
        <source>How many staff are listed</source>
        <translation>Hvor mange ansatte som vises</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="502"/>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="503"/>
        <source>Name of a new staff member</source>
        <translation>Navnet på en ny ansatt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="506"/>
        <source>&amp;Add staff member</source>
        <translation>&amp;Legg til ansatt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="508"/>
        <source>Add staff member</source>
        <translation>Legg til ansatt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="561"/>
        <source>No staff yet. Add the first one below.</source>
        <translation>Ingen ansatte ennå. Legg til den første nedenfor.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="563"/>
        <source>{shown} of {total} staff</source>
        <translation>{shown} av {total} ansatte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="565"/>
        <source>{total} staff</source>
        <translation>{total} ansatte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="607"/>
        <source>Add staff member {name}</source>
        <translation>Legg til ansatt {name}</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="80"/>
        <source>Start a check-in about {subject}</source>
        <translation>Start en samarbeidsrunde om {subject}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="85"/>
        <source>Everyone who works with {subject} answers seven short statements about each role or service below, anonymously. Results show when the check-in closes, and only where at least three people answered.</source>
        <translation>Alle som samarbeider rundt {subject}, svarer anonymt på sju korte påstander om hver rolle eller tjeneste nedenfor. Resultatene vises når samarbeidsrunden avsluttes, og bare der minst tre personer har svart.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="92"/>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="97"/>
        <source>Open until</source>
        <translation>Åpen til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="99"/>
        <source>Roles and services to ask about</source>
        <translation>Roller og tjenester å spørre om</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="103"/>
        <source>Ask about (one a line)</source>
        <translation>Spør om (én per linje)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="109"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="106"/>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="117"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynkroniser nå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="121"/>
        <source>Sync &amp;folder…</source>
        <translation>Synkroniserings&amp;mappe …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="124"/>
        <source>Apply changes held for a wrong cloc&amp;k…</source>
        <translation>Ta inn endringer som venter på grunn av feil kl&amp;okke …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="160"/>
        <source>Not synced: no sync folder chosen (File &gt; Sync folder).</source>
        <translation>Ikke synkronisert: ingen synkroniseringsmappe er valgt (Fil &gt; Synkroniseringsmappe).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="163"/>
        <source>Sync folder chosen; not synced yet in this session.</source>
        <translation>Synkroniseringsmappe er valgt; ikke synkronisert ennå i denne økten.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="173"/>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="190"/>
        <source>Last synced: {when}. Waiting to be sent: {waiting}. Conflicts to resolve: {conflicts}.</source>
        <translation>Sist synkronisert: {when}. Venter på å bli sendt: {waiting}. Konflikter å løse: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="201"/>
        <source>Sync failed: {reason} Trying again in a minute.</source>
        <translation>Synkroniseringen mislyktes: {reason} Prøver igjen om et minutt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="253"/>
        <source>Syncing…</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="292"/>
        <source>Choose the folder this PC syncs through</source>
        <translation>Velg mappen denne PC-en synkroniserer gjennom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="301"/>
        <source>This PC now syncs through {folder}.</source>
        <translation>Denne PC-en synkroniserer nå gjennom {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="309"/>
        <source>Apply changes held for a wrong clock</source>
        <translation>Ta inn endringer som venter på grunn av feil klokke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="311"/>
        <source>{held}

Applied now, these changes keep winning over later edits of the same fields until that time has passed. Put the wrong clock right first if you can. Apply them anyway?</source>
        <translation>{held}

Tas de inn nå, vinner disse endringene over senere endringer i de samme feltene til det tidspunktet er passert. Rett den gale klokken først hvis du kan. Vil du ta dem inn likevel?</translation>
    </message>
</context>
<context>
    <name>TeamDesk</name>
    <message>
        <location filename="../../src/teamdesk/ui/common/labels.py" line="18"/>
        <source>Bachelor level</source>
        <translation>Høgskole</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/labels.py" line="19"/>
        <source>Health worker</source>
        <translation>Helsefagarbeider</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/labels.py" line="20"/>
        <source>Other education</source>
        <translation>Annen utdanning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/labels.py" line="36"/>
        <source>no longer active</source>
        <translation>ikke lenger aktiv</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/labels.py" line="37"/>
        <source>role conflict</source>
        <translation>rollekonflikt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/labels.py" line="38"/>
        <source>no coordinator course</source>
        <translation>mangler koordinatorkurs</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/labels.py" line="39"/>
        <source>many plans already</source>
        <translation>har allerede mange planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/labels.py" line="44"/>
        <source>{name} ({notes})</source>
        <translation>{name} ({notes})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/launch.py" line="77"/>
        <source>TeamDesk cannot open its data</source>
        <translation>TeamDesk får ikke åpnet dataene sine</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/launch.py" line="145"/>
        <source>TeamDesk could not open its data folder: {error}. Check that the folder exists and that you may write to it, or choose another with --data-dir.</source>
        <translation>TeamDesk fikk ikke åpnet datamappen sin: {error}. Sjekk at mappen finnes og at du kan skrive til den, eller velg en annen med --data-dir.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/launch.py" line="234"/>
        <source>Sign in again</source>
        <translation>Logg inn på nytt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/launch.py" line="256"/>
        <source>No backup today</source>
        <translation>Ingen sikkerhetskopi i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/text.py" line="35"/>
        <source>Something went wrong, and the last step was not done. Nothing that was saved before was lost. The details are in the log in {folder}.</source>
        <translation>Noe gikk galt, og det siste steget ble ikke utført. Ingenting som var lagret fra før, gikk tapt. Detaljene står i loggen i {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/text.py" line="91"/>
        <source>“{text}” is not a date. Write it like {example}; the year may be left out.</source>
        <translation>«{text}» er ikke en dato. Skriv den som {example}; året kan utelates.</translation>
    </message>
</context>
<context>
    <name>TeamsView</name>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="68"/>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="143"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="69"/>
        <source>Unit</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="78"/>
        <source>Search teams</source>
        <translation>Søk etter team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="79"/>
        <source>Search by team or unit (Ctrl+F)</source>
        <translation>Søk på team eller avdeling (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="82"/>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="95"/>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="96"/>
        <source>Name of a new team</source>
        <translation>Navnet på et nytt team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="99"/>
        <source>&amp;Add team</source>
        <translation>&amp;Legg til team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="99"/>
        <source>Add team</source>
        <translation>Legg til team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="104"/>
        <source>How many teams are listed</source>
        <translation>Hvor mange team som vises</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="115"/>
        <source>Choose a team in the list, or add a new one below the list.</source>
        <translation>Velg et team i listen, eller legg til et nytt under listen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="117"/>
        <source>No team chosen</source>
        <translation>Ingen team valgt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="145"/>
        <source>About the team</source>
        <translation>Om teamet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="153"/>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="169"/>
        <source>Staff on this team</source>
        <translation>Ansatte på dette teamet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="158"/>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="230"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="159"/>
        <source>Education</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="160"/>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="170"/>
        <source>Press Enter to open the staff member.</source>
        <translation>Trykk Enter for å åpne den ansatte.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="178"/>
        <source>Nobody is on this team yet.</source>
        <translation>Ingen er på dette teamet ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="180"/>
        <source>&amp;Remove from team</source>
        <translation>F&amp;jern fra teamet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="182"/>
        <source>Remove the chosen staff member from the team</source>
        <translation>Fjern valgt ansatt fra teamet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="196"/>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="209"/>
        <source>Staff member to add to the team</source>
        <translation>Ansatt som skal legges til teamet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="197"/>
        <source>Type part of a name; only active staff are listed.</source>
        <translation>Skriv en del av et navn; bare aktive ansatte vises.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="210"/>
        <source>Type a name…</source>
        <translation>Skriv et navn …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="213"/>
        <source>Add to &amp;team</source>
        <translation>Legg til i &amp;teamet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="213"/>
        <source>Add to team</source>
        <translation>Legg til i teamet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="225"/>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="240"/>
        <source>Residents of this team</source>
        <translation>Beboere i dette teamet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="231"/>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="241"/>
        <source>Press Enter to open the resident.</source>
        <translation>Trykk Enter for å åpne beboeren.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="249"/>
        <source>No residents belong to this team. Choose the team on a resident&apos;s page.</source>
        <translation>Ingen beboere hører til dette teamet. Velg teamet på siden til en beboer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="289"/>
        <source>No teams yet. Add the first one below.</source>
        <translation>Ingen team ennå. Legg til det første nedenfor.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="291"/>
        <source>{total} teams</source>
        <translation>{total} team</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="347"/>
        <source>%n staff</source>
        <translation>
            <numerusform>%n ansatt</numerusform>
            <numerusform>%n ansatte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="348"/>
        <source>%n resident(s)</source>
        <translation>
            <numerusform>%n beboer</numerusform>
            <numerusform>%n beboere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="411"/>
        <source>Choose one active staff member from the list; type more of the name if several match.</source>
        <translation>Velg én aktiv ansatt fra listen; skriv mer av navnet hvis flere passer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="421"/>
        <source>Add {staff} to {team}</source>
        <translation>Legg {staff} til i {team}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="436"/>
        <source>Remove {staff} from {team}</source>
        <translation>Fjern {staff} fra {team}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="445"/>
        <source>Add team {name}</source>
        <translation>Legg til team {name}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="86"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="88"/>
        <source>Summary of today</source>
        <translation>Oppsummering av i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="94"/>
        <location filename="../../src/teamdesk/ui/today_view.py" line="246"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="95"/>
        <source>Turn to</source>
        <translation>Ansvarlig i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="96"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="97"/>
        <source>Away today</source>
        <translation>Borte i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="106"/>
        <source>Who covers each resident today</source>
        <translation>Hvem som har ansvaret for hver beboer i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="107"/>
        <source>Press Enter to open the resident.</source>
        <translation>Trykk Enter for å åpne beboeren.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="134"/>
        <source>Reading today&apos;s coverage…</source>
        <translation>Henter dagens dekning …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="145"/>
        <source>Which shift</source>
        <translation>Hvilken vakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="146"/>
        <source>Who covers each resident now, or on the next shift: whom to hand over to.</source>
        <translation>Hvem som dekker hver beboer nå, eller på neste vakt: hvem du skal overlevere til.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="148"/>
        <source>This shift</source>
        <translation>Denne vakta</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="149"/>
        <source>The next shift: whom to hand over to</source>
        <translation>Neste vakt: hvem du overleverer til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="150"/>
        <source>Sh&amp;ift:</source>
        <translation>&amp;Vakt:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="166"/>
        <source>Reading the next shift&apos;s coverage…</source>
        <translation>Leser dekningen for neste vakt …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="177"/>
        <source>Import the staff list…</source>
        <translation>Importer ansattlisten …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="179"/>
        <source>Import the staff list from Excel or CSV</source>
        <translation>Importer ansattlisten fra Excel eller CSV</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="182"/>
        <source>Import the residents and their contacts…</source>
        <translation>Importer beboerne og kontaktene deres …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="184"/>
        <source>Import the residents and their contacts from Excel or CSV</source>
        <translation>Importer beboerne og kontaktene deres fra Excel eller CSV</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="238"/>
        <source>My plans</source>
        <translation>Mine planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="241"/>
        <source>Summary of my plans</source>
        <translation>Oppsummering av mine planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="245"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="248"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="260"/>
        <source>My plans: what is due</source>
        <translation>Mine planer: hva som forfaller</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="261"/>
        <source>One click or Enter opens the plan or the meeting.</source>
        <translation>Ett klikk eller Enter åpner planen eller møtet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="276"/>
        <source>Click to open the meeting.</source>
        <translation>Klikk for å åpne møtet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="277"/>
        <source>Click to open the plan.</source>
        <translation>Klikk for å åpne planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="307"/>
        <source>Your account is not tied to a staff record, so TeamDesk cannot tell which plans are yours. An administrator can tie it under Accounts.</source>
        <translation>Kontoen din er ikke knyttet til en ansatt, så TeamDesk vet ikke hvilke planer som er dine. En administrator kan knytte den til under Kontoer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/today_view.py" line="312"/>
        <source>You coordinate %n plan(s). Nothing is due in them now.</source>
        <translation>
            <numerusform>Du koordinerer %n plan. Ingenting forfaller i den nå.</numerusform>
            <numerusform>Du koordinerer %n planer. Ingenting forfaller i dem nå.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/today_view.py" line="317"/>
        <source>You coordinate %n plan(s).</source>
        <translation>
            <numerusform>Du koordinerer %n plan.</numerusform>
            <numerusform>Du koordinerer %n planer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/today_view.py" line="318"/>
        <source>%n thing(s) to see to.</source>
        <translation>
            <numerusform>%n ting å ta seg av.</numerusform>
            <numerusform>%n ting å ta seg av.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/today_view.py" line="321"/>
        <source>%n overdue, at the top.</source>
        <translation>
            <numerusform>%n på overtid, øverst.</numerusform>
            <numerusform>%n på overtid, øverst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="322"/>
        <source>Click a line to open it.</source>
        <translation>Klikk på en linje for å åpne den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="344"/>
        <source>Nobody known on duty</source>
        <translation>Ingen kjent kontakt på vakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="347"/>
        <source>{name} ({fte} %)</source>
        <translation>{name} ({fte} %)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="355"/>
        <source>Today, {day}</source>
        <translation>I dag, {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/today_view.py" line="410"/>
        <source>%n resident(s) today.</source>
        <translation>
            <numerusform>%n beboer i dag.</numerusform>
            <numerusform>%n beboere i dag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/today_view.py" line="415"/>
        <source>%n residents have nobody known on duty: see the top rows.</source>
        <translation>
            <numerusform>%n beboer har ingen kjent kontakt på vakt: se den øverste raden.</numerusform>
            <numerusform>%n beboere har ingen kjent kontakt på vakt: se de øverste radene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/today_view.py" line="422"/>
        <source>%n covered by someone other than their primary contact.</source>
        <translation>
            <numerusform>%n har en annen enn primærkontakten sin som ansvarlig.</numerusform>
            <numerusform>%n har en annen enn primærkontakten sin som ansvarlig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="432"/>
        <source>Next: the {shift} shift, {day} {hours}.</source>
        <translation>Neste: {shift}, {day} {hours}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="442"/>
        <source>Now: the {shift} shift ({hours}).</source>
        <translation>Nå: {shift} ({hours}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="412"/>
        <source>1 resident has nobody known on duty: see the top row.</source>
        <translation>1 beboer har ingen kjent kontakt på vakt: se øverste rad.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="404"/>
        <source>Nobody lives here yet. Import the house&apos;s staff list and residents from Excel or CSV, or add residents on the Residents page and give each a team; today&apos;s coverage shows here.</source>
        <translation>Ingen bor her ennå. Importer husets ansattliste og beboere fra Excel eller CSV, eller legg til beboere på siden Beboere og gi hver av dem et team; dagens dekning vises her.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="418"/>
        <source>Everyone has someone known on duty.</source>
        <translation>Alle har en kjent kontakt på vakt.</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="37"/>
        <source>Training</source>
        <translation>Opplæring</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="44"/>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="59"/>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="73"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="45"/>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="46"/>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="65"/>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="75"/>
        <source>Given by</source>
        <translation>Holdt av</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="51"/>
        <source>Courses</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="56"/>
        <source>No course recorded.</source>
        <translation>Ingen kurs registrert.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="63"/>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="64"/>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="74"/>
        <source>Completed on</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="66"/>
        <source>Given by (optional)</source>
        <translation>Holdt av (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="68"/>
        <source>&amp;Record course</source>
        <translation>Registrer &amp;kurs</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="70"/>
        <source>Record the completed course</source>
        <translation>Registrer det fullførte kurset</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="81"/>
        <source>Remove the chosen course</source>
        <translation>Fjern det valgte kurset</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="83"/>
        <source>Remove the chosen course record</source>
        <translation>Fjern den valgte kursregistreringen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="111"/>
        <source>Completed on, e.g. {date}</source>
        <translation>Fullført, f.eks. {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="144"/>
        <source>Record course</source>
        <translation>Registrer kurs</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="156"/>
        <source>Remove course record</source>
        <translation>Fjern kursregistrering</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="62"/>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="64"/>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="94"/>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="150"/>
        <source>Warnings</source>
        <translation>Varsler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="78"/>
        <source>Warning</source>
        <translation>Varsel</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="88"/>
        <source>About the warnings</source>
        <translation>Om varslene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="95"/>
        <source>Press Enter to open the resident or staff member a warning is about.</source>
        <translation>Trykk Enter for å åpne beboeren eller den ansatte et varsel gjelder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="106"/>
        <source>Checking the teams…</source>
        <translation>Sjekker teamene …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="111"/>
        <source>Ways to settle this warning</source>
        <translation>Måter å løse denne advarselen på</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="150"/>
        <source>Warnings ({count})</source>
        <translation>Varsler ({count})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="153"/>
        <source>Rules the teams do not meet today. Double-click a warning or press Enter to open the resident or staff member it is about.</source>
        <translation>Regler teamene ikke oppfyller i dag. Dobbeltklikk på et varsel eller trykk Enter for å åpne beboeren eller den ansatte det gjelder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="160"/>
        <source>No warnings: every team meets the house&apos;s rules today.</source>
        <translation>Ingen varsler: alle teamene oppfyller reglene i bofellesskapet i dag.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="189"/>
        <source>Keeps this one; the others are ended or withdrawn. Edit &gt; Undo takes it back.</source>
        <translation>Beholder denne; de andre avsluttes eller trekkes tilbake. Rediger &gt; Angre tar det tilbake.</translation>
    </message>
</context>
<context>
    <name>teamdesk</name>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="51"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="52"/>
        <location filename="../../src/teamdesk/domain/relations.py" line="132"/>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="53"/>
        <location filename="../../src/teamdesk/domain/meetings.py" line="289"/>
        <location filename="../../src/teamdesk/domain/plan.py" line="192"/>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="92"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="119"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="876"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="54"/>
        <location filename="../../src/teamdesk/domain/plan.py" line="59"/>
        <source>Staff</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="55"/>
        <source>Read only</source>
        <translation>Kun lesetilgang</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="114"/>
        <source>A password is at least {n} characters, or {words} words or more with spaces between them, and not one of the most common passwords.</source>
        <translation>Et passord har minst {n} tegn, eller {words} ord eller flere med mellomrom mellom, og er ikke et av de vanligste passordene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="148"/>
        <source>A password cannot begin or end with a space.</source>
        <translation>Et passord kan ikke begynne eller slutte med mellomrom.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="152"/>
        <source>A password needs at least {n} characters, or {words} words with spaces between them.</source>
        <translation>Et passord må ha minst {n} tegn, eller {words} ord med mellomrom mellom.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="160"/>
        <source>That password is one of the most common ones and is guessed first. Choose another.</source>
        <translation>Det passordet er et av de vanligste og blir gjettet først. Velg et annet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="169"/>
        <source>A PIN is {least} to {most} digits.</source>
        <translation>En PIN-kode har {least} til {most} sifre.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="173"/>
        <source>A PIN of one digit repeated is too easy to guess.</source>
        <translation>En PIN-kode med samme siffer gjentatt er for lett å gjette.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="44"/>
        <source>Individual plan meeting</source>
        <translation>IP-møte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="45"/>
        <source>Responsibility-group meeting</source>
        <translation>Ansvarsgruppemøte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="46"/>
        <source>Evaluation meeting</source>
        <translation>Evalueringsmøte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="47"/>
        <source>REHAB / interdisciplinary meeting</source>
        <translation>REHAB-/tverrfaglig møte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="62"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="63"/>
        <source>Held</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="64"/>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="180"/>
        <source>Write what was decided.</source>
        <translation>Skriv hva som ble bestemt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="182"/>
        <source>A decision has exactly one responsible person; choose one, not two.</source>
        <translation>En beslutning har nøyaktig én ansvarlig; velg én, ikke to.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="185"/>
        <source>Choose who is responsible for «{what}»: every decision has one responsible person.</source>
        <translation>Velg hvem som er ansvarlig for «{what}»: hver beslutning har én ansvarlig.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="192"/>
        <source>Give a date by which «{what}» is done: every decision has a due date.</source>
        <translation>Sett en frist for når «{what}» skal være gjort: hver beslutning har en frist.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="234"/>
        <source>The next meeting must come after this one ({date}).</source>
        <translation>Neste møte må komme etter dette ({date}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="240"/>
        <source>The next meeting is set at most six months ahead, by {latest}, so the plan is followed up in time.</source>
        <translation>Neste møte settes høyst seks måneder fram, senest {latest}, så planen følges opp i tide.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="344"/>
        <source>Welcome: how are things for {resident}?</source>
        <translation>Velkommen: hvordan har {resident} det?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="345"/>
        <source>{resident} starts, in their own words.</source>
        <translation>{resident} begynner, med egne ord.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="352"/>
        <source>Evaluation of the plan as a whole</source>
        <translation>Evaluering av planen som helhet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="354"/>
        <source>Due {date}. Does the plan still say what {resident} wants?</source>
        <translation>Frist {date}. Sier planen fortsatt det {resident} ønsker?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="371"/>
        <source>Due {date}. Measures: {measures}.</source>
        <translation>Frist {date}. Tiltak: {measures}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="375"/>
        <source>Due {date}. No measure serves this goal yet.</source>
        <translation>Frist {date}. Ingen tiltak hører til dette målet ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="380"/>
        <source>Evaluate goal {number}: «{goal}»</source>
        <translation>Evaluer mål {number}: «{goal}»</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="395"/>
        <source>Follow up: {what}</source>
        <translation>Følg opp: {what}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="397"/>
        <source>{who}, due {date} (overdue).</source>
        <translation>{who}, frist {date} (forfalt).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="397"/>
        <source>{who}, due {date}.</source>
        <translation>{who}, frist {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="412"/>
        <source>Renew the consent to share information with {participant}</source>
        <translation>Forny samtykket til å dele opplysninger med {participant}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="416"/>
        <source>Expired {date}.</source>
        <translation>Utløpt {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="416"/>
        <source>Expires {date}.</source>
        <translation>Utløper {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="426"/>
        <location filename="../../src/teamdesk/domain/plan.py" line="199"/>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="205"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="121"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="257"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="475"/>
        <source>Next meeting</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="427"/>
        <source>Proposed {date} (at most six months ahead).</source>
        <translation>Foreslått {date} (høyst seks måneder fram).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="462"/>
        <source>{resident} is not invited. The plan is {resident}&apos;s own: invite {resident}.</source>
        <translation>{resident} er ikke invitert. Planen er {resident} sin egen: inviter {resident}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="468"/>
        <source>No next meeting is set. Set one, at most six months ahead.</source>
        <translation>Neste møte er ikke satt. Sett et, høyst seks måneder fram.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="477"/>
        <source>The decision «{what}» was due {date} and is not done.</source>
        <translation>Beslutningen «{what}» hadde frist {date} og er ikke utført.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="28"/>
        <source>Coordinator course (the individual plan and the coordinator role)</source>
        <translation>Koordinatorkurs (IP og koordinatorrollen)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="29"/>
        <source>Individual plan (IP) introduction</source>
        <translation>Innføring i individuell plan (IP)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="30"/>
        <source>Guidance and mentoring course</source>
        <translation>Kurs i veiledning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="168"/>
        <source>{mentor} cannot be their own mentor. Guidance comes from another, more experienced coordinator: choose someone else.</source>
        <translation>{mentor} kan ikke være sin egen veileder. Veiledning gis av en annen, mer erfaren koordinator: velg en annen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="178"/>
        <source>{mentor} is no longer active and cannot be a mentor. Choose someone else.</source>
        <translation>{mentor} er ikke lenger aktiv og kan ikke være veileder. Velg en annen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="184"/>
        <source>{mentee} is no longer active and needs no mentor.</source>
        <translation>{mentee} er ikke lenger aktiv og trenger ingen veileder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="188"/>
        <source>has not completed the coordinator course</source>
        <translation>har ikke fullført koordinatorkurset</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="190"/>
        <source>has not coordinated a plan yet</source>
        <translation>har ikke vært koordinator for en plan ennå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="193"/>
        <source>has neither completed the coordinator course nor coordinated a plan</source>
        <translation>har verken fullført koordinatorkurset eller vært koordinator for en plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="198"/>
        <source>{mentor} {lacks}, but a leader approved {mentor} as mentor: {reason}</source>
        <translation>{mentor} {lacks}, men en leder har godkjent {mentor} som veileder: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="206"/>
        <source>{mentor} {lacks}. A mentor is a trained coordinator who has coordinated at least one plan. Choose a suggested mentor, or let a leader approve {mentor} with a written reason.</source>
        <translation>{mentor} {lacks}. En veileder er en koordinator med kurs som har koordinert minst én plan. Velg en foreslått veileder, eller la en leder godkjenne {mentor} med en skriftlig begrunnelse.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="217"/>
        <source>{mentor} already guides {count} coordinators; the house has set at most {limit} per mentor, so each gets real time. Choose another mentor, or end one of {mentor}&apos;s mentorships first.</source>
        <translation>{mentor} veileder allerede {count} koordinatorer; grensen i bofellesskapet er {limit} per veileder, så hver får god tid. Velg en annen veileder, eller avslutt først en av veiledningene til {mentor}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="229"/>
        <source>{mentee} already has a mentor. One mentor at a time keeps the guidance clear: end the current mentorship first.</source>
        <translation>{mentee} har allerede en veileder. Én veileder om gangen gjør veiledningen tydelig: avslutt den nåværende veiledningen først.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="260"/>
        <source>a role conflict in %n plan(s) they coordinate</source>
        <translation>
            <numerusform>rollekonflikt i %n plan vedkommende koordinerer</numerusform>
            <numerusform>rollekonflikt i %n planer vedkommende koordinerer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="268"/>
        <source>%n evaluation(s) overdue in their plans</source>
        <translation>
            <numerusform>%n forfalt evaluering i egne planer</numerusform>
            <numerusform>%n forfalte evalueringer i egne planer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="302"/>
        <source>{free} of {limit} places free; same unit; has coordinated %n plan(s); coordinator course {date}.</source>
        <translation>
            <numerusform>{free} av {limit} plasser ledig; samme avdeling; har koordinert %n plan; koordinatorkurs {date}.</numerusform>
            <numerusform>{free} av {limit} plasser ledig; samme avdeling; har koordinert %n planer; koordinatorkurs {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="307"/>
        <source>{free} of {limit} places free; works in {unit}; has coordinated %n plan(s); coordinator course {date}.</source>
        <translation>
            <numerusform>{free} av {limit} plasser ledig; jobber i {unit}; har koordinert %n plan; koordinatorkurs {date}.</numerusform>
            <numerusform>{free} av {limit} plasser ledig; jobber i {unit}; har koordinert %n planer; koordinatorkurs {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="312"/>
        <source>{free} of {limit} places free; has coordinated %n plan(s); coordinator course {date}.</source>
        <translation>
            <numerusform>{free} av {limit} plasser ledig; har koordinert %n plan; koordinatorkurs {date}.</numerusform>
            <numerusform>{free} av {limit} plasser ledig; har koordinert %n planer; koordinatorkurs {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="467"/>
        <source>{staff} is no longer active but still coordinates %n plan(s). Choose another coordinator for each.</source>
        <translation>
            <numerusform>{staff} er ikke lenger aktiv, men er fortsatt koordinator for %n plan. Velg en annen koordinator for den.</numerusform>
            <numerusform>{staff} er ikke lenger aktiv, men er fortsatt koordinator for %n planer. Velg en annen koordinator for hver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="488"/>
        <source>{staff} coordinates %n plan(s) without the coordinator course and without a mentor. Pair {staff} with an experienced coordinator (Suggest a mentor) and sign {staff} up for the course.</source>
        <translation>
            <numerusform>{staff} koordinerer %n plan uten koordinatorkurs og uten veileder. Koble {staff} med en erfaren koordinator (Foreslå veileder) og meld {staff} på kurset.</numerusform>
            <numerusform>{staff} koordinerer %n planer uten koordinatorkurs og uten veileder. Koble {staff} med en erfaren koordinator (Foreslå veileder) og meld {staff} på kurset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="523"/>
        <source>{staff} has %n overdue evaluation(s) in the plans they coordinate. Plan an evaluation meeting.</source>
        <translation>
            <numerusform>{staff} har %n forfalt evaluering i planene vedkommende koordinerer. Planlegg et evalueringsmøte.</numerusform>
            <numerusform>{staff} har %n forfalte evalueringer i planene vedkommende koordinerer. Planlegg et evalueringsmøte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="320"/>
        <source>Ranked lower: {concerns}. {reason}</source>
        <translation>Lenger ned på lista: {concerns}. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="478"/>
        <source>{staff} has not completed the coordinator course yet and is guided by {mentor}.</source>
        <translation>{staff} har ikke fullført koordinatorkurset ennå og får veiledning av {mentor}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="500"/>
        <source>{staff} {role} for {resident} and also coordinates the plan; a leader allowed it: {reason} Review whether the roles can be split now.</source>
        <translation>{staff} {role} for {resident} og er også koordinator for planen; en leder har tillatt det: {reason} Vurder om rollene kan deles nå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="512"/>
        <source>Role conflict: {staff} {role} for {resident} and also coordinates the plan. Let another staff member coordinate, or split the roles.</source>
        <translation>Rollekonflikt: {staff} {role} for {resident} og er også koordinator for planen. La en annen ansatt være koordinator, eller del rollene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="533"/>
        <source>{staff} coordinates {count} plans; the house has set at most {limit}. Consider giving one of them another coordinator.</source>
        <translation>{staff} koordinerer {count} planer; grensen i bofellesskapet er {limit}. Vurder å gi en av dem en annen koordinator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="36"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="37"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="878"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="38"/>
        <source>Under revision</source>
        <translation>Under revidering</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="39"/>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="57"/>
        <source>The resident</source>
        <translation>Beboeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="58"/>
        <source>Relative</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="60"/>
        <source>Other service</source>
        <translation>Annen tjeneste</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="82"/>
        <source>Supervisory or inspection role</source>
        <translation>Tilsyns- eller kontrollrolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="83"/>
        <source>Decides or allocates services</source>
        <translation>Vedtar eller tildeler tjenester</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="84"/>
        <source>Decides or allocates the budget</source>
        <translation>Vedtar eller fordeler budsjettet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="87"/>
        <source>has a supervisory or inspection role</source>
        <translation>har en tilsyns- eller kontrollrolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="88"/>
        <source>decides or allocates services</source>
        <translation>vedtar eller tildeler tjenester</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="89"/>
        <source>decides or allocates the budget</source>
        <translation>vedtar eller fordeler budsjettet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="189"/>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="199"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="116"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="190"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="150"/>
        <location filename="../../src/teamdesk/services/conflicts.py" line="27"/>
        <source>Resources</source>
        <translation>Ressurser</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="191"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="152"/>
        <source>Needs for services</source>
        <translation>Behov for tjenester</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="193"/>
        <source>Reason for overriding a role conflict</source>
        <translation>Begrunnelse for å se bort fra en rollekonflikt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="194"/>
        <source>What the resident contributes</source>
        <translation>Hva beboeren bidrar med</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="195"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="253"/>
        <source>Plan period from</source>
        <translation>Planperiode fra</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="196"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="254"/>
        <source>Plan period to</source>
        <translation>Planperiode til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="197"/>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="1033"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="120"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="255"/>
        <source>Evaluation of the plan</source>
        <translation>Evaluering av planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="198"/>
        <source>How the plan is evaluated</source>
        <translation>Hvordan planen evalueres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="200"/>
        <source>Consent given on</source>
        <translation>Samtykke gitt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="201"/>
        <source>How consent was given</source>
        <translation>Hvordan samtykket ble gitt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="202"/>
        <source>Consent recorded by</source>
        <translation>Samtykke registrert av</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="203"/>
        <source>Cooperation with other services</source>
        <translation>Samarbeid med andre tjenester</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="204"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="351"/>
        <source>Language and cultural background</source>
        <translation>Språk og kulturell bakgrunn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="205"/>
        <source>How the resident and relatives take part</source>
        <translation>Hvordan beboeren og pårørende deltar</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="206"/>
        <source>Joined plan (§ 141 stk. 7)</source>
        <translation>Helhetlig plan (§ 141 stk. 7)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="207"/>
        <source>Plans the joined plan replaces</source>
        <translation>Planer den helhetlige planen erstatter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="208"/>
        <source>Consent to share information across areas given on</source>
        <translation>Samtykke til deling på tvers av områder gitt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="209"/>
        <source>Consent to share information across areas recorded by</source>
        <translation>Samtykke til deling på tvers av områder registrert av</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="68"/>
        <source>a) Goals, resources and needs</source>
        <translation>a) Mål, ressurser og behov</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="69"/>
        <source>b) Who takes part</source>
        <translation>b) Hvem som deltar</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="70"/>
        <source>c) Coordinator</source>
        <translation>c) Koordinator</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="71"/>
        <source>d) What each contributes</source>
        <translation>d) Hva hver enkelt bidrar med</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="72"/>
        <source>e) Measures, extent and who is responsible</source>
        <translation>e) Tiltak, omfang og hvem som er ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="73"/>
        <source>f) How the measures are carried out</source>
        <translation>f) Hvordan tiltakene gjennomføres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="74"/>
        <source>g) Plan period and evaluation</source>
        <translation>g) Planperiode og evaluering</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="75"/>
        <source>h) Consent</source>
        <translation>h) Samtykke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="76"/>
        <source>i) Cooperation with other services</source>
        <translation>i) Samarbeid med andre tjenester</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="77"/>
        <source>Background and taking part</source>
        <translation>Bakgrunn og medvirkning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="86"/>
        <source>The citizen&apos;s own perspective: goals, resources and needs</source>
        <translation>Borgerens eget perspektiv: mål, ressurser og behov</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="87"/>
        <source>Network and professionals around the citizen</source>
        <translation>Nettverk og fagpersoner rundt borgeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="88"/>
        <source>One coordinator for the whole effort</source>
        <translation>Én koordinator for hele innsatsen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="89"/>
        <source>What the citizen and the network contribute</source>
        <translation>Hva borgeren og nettverket bidrar med</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="90"/>
        <source>Measures needed to reach the goals: extent and who is responsible</source>
        <translation>Tiltak som trengs for å nå målene: omfang og hvem som har ansvaret</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="91"/>
        <source>How the measures are carried out</source>
        <translation>Hvordan tiltakene gjennomføres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="92"/>
        <source>Expected duration and follow-up</source>
        <translation>Forventet varighet og oppfølging</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="93"/>
        <source>Consent: the plan is an offer the citizen may decline</source>
        <translation>Samtykke: planen er et tilbud borgeren kan takke nei til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="94"/>
        <source>Housing, work, personal help, treatment and aids</source>
        <translation>Bolig, arbeid, personlig hjelp, behandling og hjelpemidler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="95"/>
        <source>Language, culture and how the citizen takes part</source>
        <translation>Språk, kultur og hvordan borgeren deltar</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="158"/>
        <source>e) and f) Measures: extent, who is responsible, how</source>
        <translation>e) og f) Tiltak: omfang, hvem som er ansvarlig, hvordan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="161"/>
        <source>i) Cooperation, background and taking part</source>
        <translation>i) Samarbeid, bakgrunn og medvirkning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="169"/>
        <source>Measures: extent, who is responsible, how</source>
        <translation>Tiltak: omfang, hvem som har ansvaret, hvordan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="174"/>
        <source>Housing, work, help and treatment; how the citizen takes part</source>
        <translation>Bolig, arbeid, hjelp og behandling; hvordan borgeren deltar</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="268"/>
        <source>No intervention goal is written yet. Ask {resident} what matters most, write it in {resident}&apos;s own words and split it into sub-goals.</source>
        <translation>Ingen innsatsmål er skrevet ennå. Spør {resident} hva som betyr mest, skriv det med {resident}s egne ord og del det opp i delmål.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="273"/>
        <source>No goal is written yet. Ask {resident} what matters most and write it in {resident}&apos;s own words.</source>
        <translation>Ingen mål er skrevet ennå. Spør {resident} hva som er viktigst, og skriv det med {resident} sine egne ord.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="284"/>
        <source>The intervention goal «{goal}» is not split into sub-goals: steps that can be evaluated along the way.</source>
        <translation>Innsatsmålet «{goal}» er ikke delt opp i delmål: steg som kan evalueres underveis.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="296"/>
        <source>{resident}&apos;s resources (strengths, what works well) are not written.</source>
        <translation>Ressursene til {resident} (styrker, det som fungerer godt) er ikke skrevet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="303"/>
        <source>{resident}&apos;s needs for services are not written.</source>
        <translation>Behovet {resident} har for tjenester er ikke skrevet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="308"/>
        <source>Nobody is listed as taking part in the planning work.</source>
        <translation>Ingen er ført opp som deltakere i planarbeidet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="313"/>
        <source>{resident} is not listed as taking part. The plan is {resident}&apos;s own; add {resident} as a participant.</source>
        <translation>{resident} er ikke ført opp som deltaker. Planen er {resident} sin egen; legg til {resident} som deltaker.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="327"/>
        <source>Nobody from {resident}&apos;s own network (relatives, friends, others who matter) is listed. Ask {resident} who should take part.</source>
        <translation>Ingen fra nettverket til {resident} (pårørende, venner, andre som betyr noe) er ført opp. Spør {resident} hvem som skal være med.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="338"/>
        <source>No contact details for {participant}.</source>
        <translation>Ingen kontaktopplysninger for {participant}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="345"/>
        <source>No coordinator is chosen.</source>
        <translation>Ingen koordinator er valgt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="350"/>
        <source>The coordinator {staff} is no longer active. Choose another coordinator.</source>
        <translation>Koordinatoren {staff} er ikke lenger aktiv. Velg en annen koordinator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="358"/>
        <source>What {resident} contributes is not written.</source>
        <translation>Hva {resident} bidrar med er ikke skrevet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="366"/>
        <source>What {participant} contributes is not written.</source>
        <translation>Hva {participant} bidrar med er ikke skrevet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="374"/>
        <source>No measure is written yet.</source>
        <translation>Ingen tiltak er skrevet ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="379"/>
        <source>No measure has a responsible person. Choose who is responsible for each.</source>
        <translation>Ingen tiltak har en ansvarlig. Velg hvem som er ansvarlig for hvert tiltak.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="387"/>
        <source>The measure «{measure}» has no responsible person.</source>
        <translation>Tiltaket «{measure}» har ingen ansvarlig.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="396"/>
        <source>The measure «{measure}» does not say how much or how often.</source>
        <translation>Tiltaket «{measure}» sier ikke hvor mye eller hvor ofte.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="405"/>
        <source>The measure «{measure}» is not linked to an intervention goal or sub-goal.</source>
        <translation>Tiltaket «{measure}» er ikke knyttet til et innsatsmål eller delmål.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="407"/>
        <source>The measure «{measure}» is not linked to a goal.</source>
        <translation>Tiltaket «{measure}» er ikke knyttet til et mål.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="416"/>
        <source>The measure «{measure}» does not say how it is carried out.</source>
        <translation>Tiltaket «{measure}» sier ikke hvordan det gjennomføres.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="428"/>
        <source>No measure serves the intervention goal «{goal}» or its sub-goals.</source>
        <translation>Ingen tiltak hører til innsatsmålet «{goal}» eller delmålene under det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="430"/>
        <source>No measure serves the goal «{goal}».</source>
        <translation>Ingen tiltak hører til målet «{goal}».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="437"/>
        <source>The plan period has no start date.</source>
        <translation>Planperioden har ingen startdato.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="442"/>
        <source>The plan period ends ({end}) before it starts ({start}).</source>
        <translation>Planperioden slutter ({end}) før den begynner ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="453"/>
        <source>The plan period ended {end}. Evaluate the plan and set a new period, or end the plan.</source>
        <translation>Planperioden sluttet {end}. Evaluer planen og sett en ny periode, eller avslutt planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="463"/>
        <source>It is not written how long the measures are expected to last: set an end date for the plan period.</source>
        <translation>Det står ikke hvor lenge tiltakene ventes å vare: sett en sluttdato for planperioden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="471"/>
        <source>No date is set for evaluating the plan.</source>
        <translation>Ingen dato er satt for evaluering av planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="476"/>
        <source>The evaluation of the plan was due {date}.</source>
        <translation>Evalueringen av planen hadde frist {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="483"/>
        <source>It is not written how the plan will be evaluated.</source>
        <translation>Det er ikke skrevet hvordan planen skal evalueres.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="490"/>
        <source>The intervention goal «{goal}» has no evaluation date.</source>
        <translation>Innsatsmålet «{goal}» har ingen evalueringsdato.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="492"/>
        <source>The goal «{goal}» has no evaluation date.</source>
        <translation>Målet «{goal}» har ingen evalueringsdato.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="501"/>
        <source>The evaluation of the intervention goal «{goal}» was due {date}.</source>
        <translation>Evalueringen av innsatsmålet «{goal}» hadde frist {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="503"/>
        <source>The evaluation of the goal «{goal}» was due {date}.</source>
        <translation>Evalueringen av målet «{goal}» hadde frist {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="513"/>
        <source>{resident}&apos;s answer to the offer of the plan is not recorded (date and how). The plan is an offer: if {resident} declines it, write that.</source>
        <translation>Svaret til {resident} på tilbudet om plan er ikke registrert (dato og hvordan). Planen er et tilbud: takker {resident} nei, skriv det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="523"/>
        <source>{resident}&apos;s consent to the plan is not recorded (date and how it was given).</source>
        <translation>Samtykket fra {resident} til planen er ikke registrert (dato og hvordan det ble gitt).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="536"/>
        <source>No consent to share information with {participant} is recorded. Record it, or note that nothing confidential is shared.</source>
        <translation>Det er ikke registrert samtykke til å dele opplysninger med {participant}. Registrer det, eller noter at ingenting taushetsbelagt deles.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="548"/>
        <location filename="../../src/teamdesk/services/my_plans.py" line="188"/>
        <source>Consent to share information with {participant} expired {date}. Ask {resident} to renew it, or stop sharing.</source>
        <translation>Samtykket til å dele opplysninger med {participant} utløp {date}. Be {resident} om å fornye det, eller slutt å dele.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="562"/>
        <location filename="../../src/teamdesk/services/my_plans.py" line="196"/>
        <source>Consent to share information with {participant} expires {date}.</source>
        <translation>Samtykket til å dele opplysninger med {participant} utløper {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="571"/>
        <source>The consent to share information with {participant} does not say what may be shared.</source>
        <translation>Samtykket til å dele opplysninger med {participant} sier ikke hva som kan deles.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="584"/>
        <source>Housing, work, personal help, treatment and aids are not described. If none of them matter now, write that.</source>
        <translation>Bolig, arbeid, personlig hjelp, behandling og hjelpemidler er ikke beskrevet. Betyr ingen av dem noe nå, skriv det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="593"/>
        <source>Needed cooperation with other services is not described. If none is needed, write that.</source>
        <translation>Nødvendig samarbeid med andre tjenester er ikke beskrevet. Skriv det hvis det ikke trengs.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="603"/>
        <source>Nothing is written about {resident}&apos;s language and cultural background.</source>
        <translation>Ingenting er skrevet om språket og den kulturelle bakgrunnen til {resident}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="610"/>
        <source>It is not written how {resident} and relatives take part in the planning.</source>
        <translation>Det er ikke skrevet hvordan {resident} og pårørende deltar i planarbeidet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="627"/>
        <source>The plan is a joined plan, but {resident}&apos;s consent to sharing information across areas is not recorded. Record the date {resident} consented, or make it an ordinary plan.</source>
        <translation>Planen er en helhetlig plan, men {resident}s samtykke til deling av opplysninger på tvers av områder er ikke registrert. Registrer datoen {resident} samtykket, eller gjør den til en vanlig plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="638"/>
        <source>It is not written which plans the joined plan replaces (for example the jobcentre&apos;s plan or a treatment plan).</source>
        <translation>Det er ikke skrevet hvilke planer den helhetlige planen erstatter (for eksempel jobbsenterets plan eller en behandlingsplan).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="662"/>
        <source>The first follow-up should come within {months} months of moving in, by {date}.</source>
        <translation>Første oppfølging bør komme innen {months} måneder etter innflytting, senest {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="674"/>
        <source>The plan is to be followed up at least every {months} months; the follow-up date {date} is later than that.</source>
        <translation>Planen skal følges opp minst hver {months}. måned; oppfølgingsdatoen {date} er senere enn det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="722"/>
        <source>{staff} is no longer active and cannot coordinate a plan. Choose another staff member.</source>
        <translation>{staff} er ikke lenger aktiv og kan ikke være koordinator. Velg en annen ansatt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="741"/>
        <source>Role conflict: {staff} {role} for {resident}. Whoever decides or inspects should not also coordinate the same person&apos;s plan. Let another staff member coordinate, or split the roles so {staff} keeps only one of them.</source>
        <translation>Rollekonflikt: {staff} {role} for {resident}. Den som fatter vedtak eller fører tilsyn, bør ikke også være koordinator for den samme personens plan. La en annen ansatt være koordinator, eller del rollene så {staff} bare har én av dem.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="759"/>
        <source>{staff} has not completed coordinator training. {staff} may coordinate, but should take the course and get guidance from an experienced coordinator.</source>
        <translation>{staff} har ikke fullført koordinatoropplæringen. {staff} kan være koordinator, men bør ta kurset og få veiledning av en erfaren koordinator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="776"/>
        <source>{staff} would coordinate {count} plans; the house has set at most {limit}. Consider letting another staff member coordinate this plan.</source>
        <translation>{staff} ville bli koordinator for {count} planer; grensen i bofellesskapet er {limit}. Vurder å la en annen ansatt være koordinator for denne planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="828"/>
        <source>The plan was made a joined plan.</source>
        <translation>Planen ble gjort til en helhetlig plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="830"/>
        <source>The plan is no longer a joined plan.</source>
        <translation>Planen er ikke lenger en helhetlig plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="836"/>
        <source>Status changed from {old} to {new}.</source>
        <translation>Status endret fra {old} til {new}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="843"/>
        <source>{field} changed from {old} to {new}.</source>
        <translation>{field} endret fra {old} til {new}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="848"/>
        <source>{field} written.</source>
        <translation>{field} skrevet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="850"/>
        <source>{field} removed.</source>
        <translation>{field} fjernet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="852"/>
        <source>{field} rewritten.</source>
        <translation>{field} skrevet om.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="856"/>
        <source>Coordinator changed from {old} to {new}.</source>
        <translation>Koordinator endret fra {old} til {new}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="864"/>
        <source>Goal added: «{name}».</source>
        <translation>Mål lagt til: «{name}».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="865"/>
        <source>Goal removed: «{name}».</source>
        <translation>Mål fjernet: «{name}».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="869"/>
        <source>Goals put in a new order.</source>
        <translation>Rekkefølgen på målene er endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="874"/>
        <source>Participant added: {name}.</source>
        <translation>Deltaker lagt til: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="875"/>
        <source>Participant removed: {name}.</source>
        <translation>Deltaker fjernet: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="882"/>
        <source>Measure added: «{name}».</source>
        <translation>Tiltak lagt til: «{name}».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="883"/>
        <source>Measure removed: «{name}».</source>
        <translation>Tiltak fjernet: «{name}».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="888"/>
        <source>Measures put in a new order.</source>
        <translation>Rekkefølgen på tiltakene er endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="920"/>
        <source>Goal reworded: «{old}» is now «{new}».</source>
        <translation>Mål omformulert: «{old}» er nå «{new}».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="927"/>
        <source>Evaluation of the goal «{goal}» moved from {old} to {new}.</source>
        <translation>Evaluering av målet «{goal}» flyttet fra {old} til {new}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="46"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="49"/>
        <source>There is no unit called {name}. The units are: {units}.</source>
        <translation>Det finnes ingen avdeling som heter {name}. Avdelingene er: {units}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="74"/>
        <source>Name the file to import, for example: teamdesk rota import turnus.xlsx</source>
        <translation>Oppgi filen som skal importeres, for eksempel: teamdesk rota import turnus.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="87"/>
        <source>Rota import for {unit} from {file}</source>
        <translation>Turnusimport for {unit} fra {file}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="90"/>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="941"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="92"/>
        <source>the person is column {column} ({who})</source>
        <translation>personen står i kolonnen {column} ({who})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="100"/>
        <location filename="../../src/teamdesk/cli_rota.py" line="165"/>
        <source>Nothing was written. Add --yes to import.</source>
        <translation>Ingenting ble skrevet. Legg til --yes for å importere.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli_rota.py" line="103"/>
        <location filename="../../src/teamdesk/cli_rota.py" line="173"/>
        <source>Imported: %n change(s) written in one step.</source>
        <translation>
            <numerusform>Importert: %n endring skrevet i ett steg.</numerusform>
            <numerusform>Importert: %n endringer skrevet i ett steg.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="111"/>
        <source>y|yes</source>
        <translation>j|ja</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="128"/>
        <source>Write this? [y/N] </source>
        <translation>Vil du lagre dette? [j/N] </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="146"/>
        <source>Write --column as FIELD=HEADING, for example name=Navn, not {given}.</source>
        <translation>Skriv --column som FELT=OVERSKRIFT, for eksempel name=Navn, ikke {given}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="158"/>
        <source>residents</source>
        <translation>beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="159"/>
        <source>Import of {what} from {file}</source>
        <translation>Import av {what} fra {file}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="161"/>
        <source>columns: {columns}</source>
        <translation>kolonner: {columns}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="191"/>
        <source>{unit} has no rota yet. Import one with teamdesk rota import.</source>
        <translation>{unit} har ingen turnus ennå. Importer en med teamdesk rota import.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="204"/>
        <source>The rota has weeks 1 to {last}; there is no week {week}.</source>
        <translation>Turnusen har uke 1 til {last}; det finnes ingen uke {week}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli_rota.py" line="210"/>
        <source>Rota of {unit}: %n week(s) from {date}</source>
        <translation>
            <numerusform>Turnus for {unit}: %n uke fra {date}</numerusform>
            <numerusform>Turnus for {unit}: %n uker fra {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="213"/>
        <source>Shifts: {kinds}</source>
        <translation>Vakter: {kinds}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="223"/>
        <source>Week {week} (first cycle from {date})</source>
        <translation>Uke {week} (første periode fra {date})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="234"/>
        <source>Warnings about the rota:</source>
        <translation>Advarsler om turnusen:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="942"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="609"/>
        <location filename="../../src/teamdesk/services/plan.py" line="238"/>
        <source>organisation</source>
        <translation>organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="943"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="610"/>
        <location filename="../../src/teamdesk/services/plan.py" line="239"/>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="944"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="611"/>
        <location filename="../../src/teamdesk/services/plan.py" line="240"/>
        <source>contact details</source>
        <translation>kontaktopplysninger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="945"/>
        <location filename="../../src/teamdesk/services/plan.py" line="243"/>
        <source>contribution</source>
        <translation>bidrag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="950"/>
        <source>{participant}: {field} changed.</source>
        <translation>{participant}: {field} endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="961"/>
        <source>Consent to share information with {participant} changed.</source>
        <translation>Samtykke til å dele opplysninger med {participant} endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="974"/>
        <source>Measure reworded: «{old}» is now «{new}».</source>
        <translation>Tiltak omformulert: «{old}» er nå «{new}».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="981"/>
        <source>Extent of «{measure}» changed from «{old}» to «{new}».</source>
        <translation>Omfang av «{measure}» endret fra «{old}» til «{new}».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="988"/>
        <source>Responsible for «{measure}» changed from {old} to {new}.</source>
        <translation>Ansvarlig for «{measure}» endret fra {old} til {new}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="997"/>
        <source>How «{measure}» is carried out was rewritten.</source>
        <translation>Hvordan «{measure}» gjennomføres er skrevet om.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="1001"/>
        <source>«{measure}» now serves goal {goal}.</source>
        <translation>«{measure}» hører nå til mål {goal}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="1034"/>
        <source>Evaluation of the goal «{goal}»</source>
        <translation>Evaluering av målet «{goal}»</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="99"/>
        <source>{resident} has no {role}. Choose one on the resident&apos;s team card.</source>
        <translation>{resident} har ingen {role}. Velg en på beboerens teamkort.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="112"/>
        <source>{resident} has {count} people as {role} at once. End all but one of these assignments.</source>
        <translation>{resident} har {count} personer som {role} samtidig. Avslutt alle disse tildelingene unntatt én.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="128"/>
        <source>Keep {staff} as {role}</source>
        <translation>Behold {staff} som {role}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="151"/>
        <source>{staff} is both {primary} and {secondary} for {resident}. The two roles need two people, so someone can take over when one is away.</source>
        <translation>{staff} er både {primary} og {secondary} for {resident}. De to rollene trenger to personer, så noen kan ta over når den ene er borte.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="176"/>
        <source>{staff} is {role} for {resident} but has no bachelor-level education. This is allowed, but the {role} is normally a nurse, social educator or welfare worker.</source>
        <translation>{staff} er {role} for {resident}, men har ikke treårig høgskoleutdanning. Det er tillatt, men {role} er vanligvis sykepleier, vernepleier eller sosionom.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="199"/>
        <source>{staff} is {role} for {resident} but is neither a certified health worker nor bachelor-level. This is allowed, but the {role} is normally a certified health worker.</source>
        <translation>{staff} er {role} for {resident}, men er verken helsefagarbeider eller har høgskoleutdanning. Det er tillatt, men {role} er vanligvis helsefagarbeider.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="222"/>
        <source>{staff} is {role} for {count} residents ({residents}); the house has set at most {limit}. Consider giving one of them another {role}.</source>
        <translation>{staff} er {role} for {count} beboere ({residents}); grensen i bofellesskapet er {limit}. Vurder å gi en av dem en annen {role}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="247"/>
        <source>{staff} is no longer active but is still {role} for {resident}. End the assignment and choose someone else.</source>
        <translation>{staff} er ikke lenger aktiv, men er fortsatt {role} for {resident}. Avslutt tildelingen og velg en annen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="316"/>
        <source>{staff} is the primary contact, on the {shift} shift until {end}.</source>
        <translation>{staff} er primærkontakt, på {shift} til {end}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="320"/>
        <source>{staff} is the primary contact and is not away (no rota).</source>
        <translation>{staff} er primærkontakt og er ikke borte (ingen turnus).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="325"/>
        <source>{staff} covers: the primary contact is away.</source>
        <translation>{staff} tar over: primærkontakten er borte.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="330"/>
        <source>{staff} covers: the primary contact is off until the {shift} shift.</source>
        <translation>{staff} tar over: primærkontakten har fri til {shift} begynner.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="334"/>
        <source>{staff} covers: the primary contact is off until the {shift} shift on {day}.</source>
        <translation>{staff} tar over: primærkontakten har fri til {shift} begynner {day}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="342"/>
        <source>{staff} covers: no primary contact works this day.</source>
        <translation>{staff} tar over: ingen primærkontakt jobber denne dagen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="345"/>
        <source>{staff} covers: no primary contact is on this shift.</source>
        <translation>{staff} tar over: ingen primærkontakt er på denne vakta.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="350"/>
        <source>{staff} covers: the primary and secondary contacts are away.</source>
        <translation>{staff} tar over: primær- og sekundærkontakten er borte.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="354"/>
        <source>{staff} covers: neither the primary nor the secondary contact is on this shift.</source>
        <translation>{staff} tar over: verken primær- eller sekundærkontakten er på denne vakta.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="362"/>
        <source>Nobody of {resident}&apos;s people is on the {shift} shift ({hours}). Ask the leader on shift to choose someone who covers.</source>
        <translation>Ingen av folkene til {resident} er på {shift} ({hours}). Be lederen på vakt velge noen som tar over.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="373"/>
        <source>No known contact on duty for {resident}. Ask the leader on shift to choose someone who covers today.</source>
        <translation>Ingen kjent kontakt på vakt for {resident}. Be lederen på vakt velge noen som tar over i dag.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/team.py" line="24"/>
        <source>Bachelor level (nurse, social educator, welfare worker)</source>
        <translation>Treårig høgskoleutdanning (sykepleier, vernepleier, sosionom)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/team.py" line="25"/>
        <source>Certified health worker</source>
        <translation>Helsefagarbeider</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/team.py" line="26"/>
        <source>Other education</source>
        <translation>Annen utdanning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="68"/>
        <source>Often enough</source>
        <translation>Ofte nok</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="69"/>
        <source>In good time</source>
        <translation>I god tid</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="70"/>
        <source>Correct</source>
        <translation>Riktig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="71"/>
        <source>Solving problems</source>
        <translation>Løser problemer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="72"/>
        <source>Same goals</source>
        <translation>Samme mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="73"/>
        <source>Know each other&apos;s work</source>
        <translation>Kjenner hverandres arbeid</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="74"/>
        <source>Respect</source>
        <translation>Respekt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="79"/>
        <source>We are in touch often enough for what this work needs.</source>
        <translation>Vi har kontakt så ofte som dette arbeidet trenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="80"/>
        <source>When something changes, the news reaches us while we can still act.</source>
        <translation>Når noe endrer seg, får vi beskjed mens vi fortsatt kan gjøre noe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="81"/>
        <source>What we hear from them is right, and we can act on it.</source>
        <translation>Det vi hører fra dem, stemmer, og vi kan handle ut fra det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="82"/>
        <source>When something goes wrong, we look for a way forward together, not for someone to blame.</source>
        <translation>Når noe går galt, leter vi sammen etter en vei videre, ikke etter noen å skylde på.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="85"/>
        <source>We pull towards the same goals for this person.</source>
        <translation>Vi drar i retning av de samme målene for denne personen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="86"/>
        <source>They understand how our part of the work fits with theirs.</source>
        <translation>De forstår hvordan vår del av arbeidet henger sammen med deres.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="87"/>
        <source>They take what we contribute seriously.</source>
        <translation>De tar det vi bidrar med, på alvor.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="92"/>
        <source>Agree on a short, fixed time to talk with {tie}, for example ten minutes every week.</source>
        <translation>Avtal et kort, fast tidspunkt for å snakke med {tie}, for eksempel ti minutter hver uke.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="95"/>
        <source>Agree when news reaches {tie} and back, for example when the night shift reports to the primary contact.</source>
        <translation>Avtal når beskjeder når {tie} og tilbake, for eksempel når nattevakten rapporterer til primærkontakten.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="99"/>
        <source>Agree on what a handover with {tie} must hold, and write it in the same place every time.</source>
        <translation>Avtal hva en overlevering med {tie} skal inneholde, og skriv den på samme sted hver gang.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="102"/>
        <source>Next time something goes wrong with {tie}, start by asking what you can do differently together, before going through what happened.</source>
        <translation>Neste gang noe går galt med {tie}, begynn med å spørre hva dere kan gjøre annerledes sammen, før dere går gjennom hva som skjedde.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="106"/>
        <source>Go through the resident&apos;s goals together with {tie} at the next plan meeting.</source>
        <translation>Gå gjennom beboerens mål sammen med {tie} på neste planmøte.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="109"/>
        <source>Invite {tie} to tell in five minutes at a meeting what their part of the work involves.</source>
        <translation>Inviter {tie} til å fortelle på fem minutter i et møte hva deres del av arbeidet går ut på.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="112"/>
        <source>Tell {tie} one thing they do that makes your work easier.</source>
        <translation>Fortell {tie} om én ting de gjør som gjør arbeidet ditt lettere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="116"/>
        <source>Disagree strongly</source>
        <translation>Helt uenig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="117"/>
        <source>Disagree</source>
        <translation>Uenig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="118"/>
        <source>Neither</source>
        <translation>Verken eller</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="119"/>
        <source>Agree</source>
        <translation>Enig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="120"/>
        <source>Agree strongly</source>
        <translation>Helt enig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="121"/>
        <source>Don&apos;t know</source>
        <translation>Vet ikke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="128"/>
        <location filename="../../src/teamdesk/domain/team.py" line="43"/>
        <location filename="../../src/teamdesk/reports/handover_pdf.py" line="59"/>
        <source>Primary contact</source>
        <translation>Primærkontakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="129"/>
        <location filename="../../src/teamdesk/domain/team.py" line="44"/>
        <source>Secondary contact</source>
        <translation>Sekundærkontakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="130"/>
        <source>Team members</source>
        <translation>Teammedlemmer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="131"/>
        <source>Night staff</source>
        <translation>Nattevakter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="133"/>
        <source>Relatives</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="134"/>
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="207"/>
        <source>Answer at least one statement before handing in.</source>
        <translation>Svar på minst én påstand før du leverer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="210"/>
        <location filename="../../src/teamdesk/domain/relations.py" line="213"/>
        <source>This check-in does not ask about {tie}.</source>
        <translation>Denne samarbeidsrunden spør ikke om {tie}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="215"/>
        <source>Answers go from 1 to 5, or &apos;don&apos;t know&apos;.</source>
        <translation>Svarene går fra 1 til 5, eller «vet ikke».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/team.py" line="45"/>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="44"/>
        <source>Access log</source>
        <translation>Tilgangslogg</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="45"/>
        <source>{n} events</source>
        <translation>{n} hendelser</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="53"/>
        <source>Who opened or changed the record of {name}</source>
        <translation>Hvem har åpnet eller endret {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="58"/>
        <source>Person: {who}</source>
        <translation>Person: {who}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="58"/>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="59"/>
        <source>From: {day}</source>
        <translation>Fra: {day}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="60"/>
        <source>To: {day}</source>
        <translation>Til: {day}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="69"/>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="93"/>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="146"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="69"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="211"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="69"/>
        <source>Did</source>
        <translation>Gjorde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="69"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="65"/>
        <source>Nobody opened or changed the record in this period.</source>
        <translation>Ingen åpnet eller endret opplysningene i denne perioden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="39"/>
        <source>Coordinators</source>
        <translation>Koordinatorer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="40"/>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="48"/>
        <source>Coordinator overview</source>
        <translation>Koordinatoroversikt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="41"/>
        <source>As of {date}</source>
        <translation>Per {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="51"/>
        <source>{count} coordinators, {gaps} with gaps to close. Those with gaps come first. As of {date}.</source>
        <translation>{count} koordinatorer, {gaps} med mangler å lukke. De med mangler står først. Per {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="60"/>
        <source>Nobody coordinates a plan yet.</source>
        <translation>Ingen er koordinator for en plan ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="68"/>
        <source>(no longer active)</source>
        <translation>(ikke lenger aktiv)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="71"/>
        <source>Guides: {names}</source>
        <translation>Veileder for: {names}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="76"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="93"/>
        <source>Plans (ever)</source>
        <translation>Planer (totalt)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="94"/>
        <source>Course done</source>
        <translation>Kurs fullført</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="95"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="883"/>
        <source>Mentor</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="96"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="885"/>
        <source>Role conflicts</source>
        <translation>Rollekonflikter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="97"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="886"/>
        <source>Overdue evaluations</source>
        <translation>Forfalte evalueringer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="106"/>
        <source>Gaps and notes, coordinator by coordinator</source>
        <translation>Mangler og merknader, koordinator for koordinator</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/text.py" line="76"/>
        <source>en</source>
        <translation>nb</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/document.py" line="305"/>
        <source>Printed {at} by {who}</source>
        <translation>Skrevet ut {at} av {who}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/document.py" line="321"/>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} av {pages}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/document.py" line="193"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="208"/>
        <source>Not written yet.</source>
        <translation>Ikke skrevet ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="58"/>
        <source>CANCELLED</source>
        <translation>AVLYST</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="60"/>
        <source>DRAFT – the meeting is not marked as held</source>
        <translation>UTKAST – møtet er ikke markert som gjennomført</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="62"/>
        <source>{kind}, {date}</source>
        <translation>{kind}, {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="79"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="178"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="79"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="178"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="79"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="178"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="86"/>
        <source>Invitation and agenda</source>
        <translation>Innkalling og saksliste</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="88"/>
        <source>Invitation: {kind}</source>
        <translation>Innkalling: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="89"/>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="142"/>
        <source>About the individual plan of {resident}</source>
        <translation>Om den individuelle planen til {resident}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="94"/>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="147"/>
        <source>Where</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="95"/>
        <source>Called by</source>
        <translation>Innkalt av</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="99"/>
        <source>This meeting is cancelled.</source>
        <translation>Dette møtet er avlyst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="100"/>
        <source>Who is invited</source>
        <translation>Hvem som er invitert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="106"/>
        <source>%n professional(s) around {resident}. We keep the group as small as we can.</source>
        <translation>
            <numerusform>%n fagperson rundt {resident}. Vi holder gruppen så liten vi kan.</numerusform>
            <numerusform>%n fagpersoner rundt {resident}. Vi holder gruppen så liten vi kan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="116"/>
        <source>Nobody is invited yet.</source>
        <translation>Ingen er invitert ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="372"/>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="117"/>
        <source>Agenda</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="120"/>
        <source>The agenda is empty.</source>
        <translation>Sakslisten er tom.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="125"/>
        <source>The goals in the plan, in {resident}&apos;s own words</source>
        <translation>Målene i planen, med {resident} sine egne ord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="372"/>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="139"/>
        <location filename="../../src/teamdesk/services/conflicts.py" line="48"/>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="141"/>
        <source>Minutes: {kind}</source>
        <translation>Referat: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="148"/>
        <source>Chaired by</source>
        <translation>Møteleder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="149"/>
        <source>Minutes by</source>
        <translation>Referent</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="156"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="160"/>
        <source>Attendance is not recorded.</source>
        <translation>Oppmøte er ikke registrert.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="162"/>
        <source>Sent apologies / did not come</source>
        <translation>Meldt forfall / kom ikke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="165"/>
        <source>Invited, attendance not recorded</source>
        <translation>Invitert, oppmøte ikke registrert</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="173"/>
        <source>What we talked about</source>
        <translation>Hva vi snakket om</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="176"/>
        <source>No minutes written.</source>
        <translation>Ingen referat skrevet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="182"/>
        <source>Other decisions</source>
        <translation>Andre beslutninger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="186"/>
        <source>Decisions: who does what, by when</source>
        <translation>Beslutninger: hvem gjør hva, og innen når</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="199"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="232"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="199"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="199"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="232"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="199"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="204"/>
        <source>No decisions were recorded.</source>
        <translation>Ingen beslutninger ble registrert.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="209"/>
        <source>Not set yet.</source>
        <translation>Ikke satt ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="214"/>
        <source>Decision: {what} — {who}, by {date}</source>
        <translation>Beslutning: {what} — {who}, innen {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="221"/>
        <source>Done {date}</source>
        <translation>Utført {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="223"/>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="225"/>
        <source>now a plan measure</source>
        <translation>nå et tiltak i planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="52"/>
        <source>Version {number}, approved {date} by {who}</source>
        <translation>Versjon {number}, godkjent {date} av {who}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="56"/>
        <source>DRAFT – changes to version {number}, not approved</source>
        <translation>UTKAST – endringer i versjon {number}, ikke godkjent</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="59"/>
        <source>DRAFT – not approved</source>
        <translation>UTKAST – ikke godkjent</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="90"/>
        <source>Evaluate by {date}</source>
        <translation>Evalueres innen {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="70"/>
        <source>alert</source>
        <translation>varsel</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="71"/>
        <location filename="../../src/teamdesk/cli.py" line="759"/>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="72"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="111"/>
        <source>{path} is a folder; give a file name such as {example}.</source>
        <translation>{path} er en mappe; oppgi et filnavn, for eksempel {example}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="122"/>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation>Kunne ikke skrive {path}: {reason}. Velg en annen mappe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="157"/>
        <source>language of the sentences and headings: nb (Norwegian bokmål), da (Danish) or en (English); default: TEAMDESK_LANGUAGE, else the system&apos;s locale (machine formats such as --format json stay as they are)</source>
        <translation>språket i setninger og overskrifter: nb (norsk bokmål), da (dansk) eller en (engelsk); standard: TEAMDESK_LANGUAGE, ellers systemets språkinnstilling (maskinformater som --format json forblir som de er)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="169"/>
        <source>TeamDesk administration and scripting verbs.</source>
        <translation>TeamDesks kommandoer for administrasjon og skript.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="172"/>
        <source>VERB</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="173"/>
        <location filename="../../src/teamdesk/cli.py" line="469"/>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="174"/>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="176"/>
        <location filename="../../src/teamdesk/cli.py" line="497"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="182"/>
        <source>folder that holds teamdesk.sqlite3</source>
        <translation>mappen som inneholder teamdesk.sqlite3</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="188"/>
        <source>nb, da or en (as before the verb)</source>
        <translation>nb, da eller en (som før kommandoen)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="194"/>
        <source>the account to act as (password from {variable} or a prompt)</source>
        <translation>kontoen du handler som (passordet hentes fra {variable}, ellers blir du spurt)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="202"/>
        <source>Create a fictional demo municipality, with one demo account per role, in an empty data folder.</source>
        <translation>Lag en oppdiktet demokommune, med én demokonto per rolle, i en tom datamappe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="213"/>
        <source>multiply the size: 1 is 25 residents, 100 about 2,500</source>
        <translation>gang opp størrelsen: 1 er 25 beboere, 100 omtrent 2 500</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="219"/>
        <source>also give every unit a realistic 12-week rota (day, evening, night and long weekend shifts, part-time staff), as the program&apos;s --demo does</source>
        <translation>gi også hver avdeling en realistisk turnus på 12 uker (dag-, kveld-, natt- og lange helgevakter, deltidsansatte), slik programmets --demo gjør</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="225"/>
        <source>Who covers each resident on a day, at a moment or on a shift.</source>
        <translation>Hvem som dekker hver beboer en dag, på et tidspunkt eller på en vakt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="226"/>
        <source>the day (default: today)</source>
        <translation>dagen (standard: i dag)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="230"/>
        <source>&quot;YYYY-MM-DD HH:MM&quot;</source>
        <translation>&quot;ÅÅÅÅ-MM-DD TT:MM&quot;</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="231"/>
        <source>who of each resident&apos;s people is on shift at that moment</source>
        <translation>hvem av hver beboers folk som er på vakt på det tidspunktet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="235"/>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="236"/>
        <source>a shift code (D, A, N...): who is on that shift of --date</source>
        <translation>en vaktkode (D, A, N …): hvem som er på den vakten på --date</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="239"/>
        <source>A unit&apos;s rota: import one from a CSV or Excel file, or show it.</source>
        <translation>En avdelings turnus: importer den fra en CSV- eller Excel-fil, eller vis den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="242"/>
        <source>for import: the .csv or .xlsx file</source>
        <translation>ved import: .csv- eller .xlsx-filen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="247"/>
        <source>Import a list a house keeps in Excel or CSV: a unit&apos;s rota, the staff list, or the residents with their primary and secondary contacts and team members.</source>
        <translation>Importer en liste huset har i Excel eller CSV: en avdelings turnus, listen over ansatte, eller beboerne med primærkontakt, sekundærkontakt og teammedlemmer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="253"/>
        <source>the .csv or .xlsx file</source>
        <translation>.csv- eller .xlsx-filen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="258"/>
        <source>FIELD=HEADING</source>
        <translation>FELT=OVERSKRIFT</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="260"/>
        <source>for staff and residents: which column holds a field (staff: name, employee_number, education, fte_percent, unit, peer_worker; residents: name, room, unit, moved_in, primary, secondary, members); default: the columns used last, else guessed from the headings</source>
        <translation>for ansatte og beboere: hvilken kolonne som har et felt (ansatte: name, employee_number, education, fte_percent, unit, peer_worker; beboere: name, room, unit, moved_in, primary, secondary, members); standard: kolonnene som ble brukt sist, ellers gjettet ut fra overskriftene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="269"/>
        <source>Check the database (integrity, audit chain) and list all rule warnings.</source>
        <translation>Kontroller databasen (integritet, revisjonskjede) og vis alle regelvarsler.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="275"/>
        <source>administrators: after looking into an audit-anchor problem, record the audit log&apos;s head anew (the acceptance is itself written to the audit log)</source>
        <translation>administratorer: etter å ha sett på et problem med revisjonsankeret, registrer revisjonsloggens siste ledd på nytt (godtakelsen skrives selv i revisjonsloggen)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="283"/>
        <source>Administrators: replace the database key after switching an account off, so a key kept from before opens the database no more (TeamDesk must be closed everywhere else; the other accounts get the new key at their next sign-in).</source>
        <translation>Administratorer: bytt databasenøkkelen etter at en konto er slått av, slik at en nøkkel tatt vare på fra før ikke lenger åpner databasen (TeamDesk må være lukket alle andre steder; de andre kontoene får den nye nøkkelen neste gang de logger inn).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="291"/>
        <source>Write a document as a file: the individual plan of a resident as PDF, or a meeting&apos;s agenda or minutes as PDF, or its calendar invitation (.ics).</source>
        <translation>Skriv et dokument til en fil: en beboers individuelle plan som PDF, et møtes saksliste eller referat som PDF, eller møteinnkallingen til kalenderen (.ics).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="297"/>
        <source>what to export</source>
        <translation>hva som skal eksporteres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="302"/>
        <source>for a plan: the resident&apos;s name or id, e.g. &quot;Per Hansen&quot;</source>
        <translation>for en plan: beboerens navn eller id, f.eks. «Per Hansen»</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="307"/>
        <source>for agenda, minutes or ics: the meeting&apos;s id (teamdesk report meetings)</source>
        <translation>for saksliste, referat eller ics: møtets id (teamdesk report meetings)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="309"/>
        <source>the file to write</source>
        <translation>filen som skal skrives</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="314"/>
        <source>an approved version (default: the plan as it is now)</source>
        <translation>en godkjent versjon (standard: planen slik den er nå)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="319"/>
        <source>the one-page &quot;My plan&quot; for the resident instead</source>
        <translation>i stedet den ene siden «Min plan» for beboeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="323"/>
        <source>Print a report: the coordinator overview (leaders), upcoming meetings with their ids, or how the team around a resident works together (check-in results).</source>
        <translation>Skriv ut en rapport: koordinatoroversikten (ledere), kommende møter med id-ene sine, eller hvordan teamet rundt en beboer samarbeider (resultater fra samarbeidsrunder).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="329"/>
        <source>which report</source>
        <translation>hvilken rapport</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="335"/>
        <source>write the coordinator overview or the relations report to this file</source>
        <translation>skriv koordinatoroversikten eller samarbeidsrapporten til denne filen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="340"/>
        <source>meetings: every meeting about this resident instead; relations: whose team</source>
        <translation>meetings: i stedet alle møter om denne beboeren; relations: hvem sitt team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="342"/>
        <source>List the accounts and their roles (administrators).</source>
        <translation>Vis kontoene og rollene deres (administratorer).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="345"/>
        <source>Create an account (administrators); its password comes from TEAMDESK_NEW_PASSWORD or a prompt.</source>
        <translation>Opprett en konto (administratorer); passordet hentes fra TEAMDESK_NEW_PASSWORD, ellers blir du spurt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="353"/>
        <source>the person&apos;s name as shown at sign-in, e.g. &quot;Kari Nordmann&quot;</source>
        <translation>personens navn slik det vises ved innlogging, f.eks. «Kari Nordmann»</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="359"/>
        <source>what the account may do</source>
        <translation>hva kontoen har lov til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="363"/>
        <source>Give an account a new password and lift a lock (administrators); the new password comes from TEAMDESK_NEW_PASSWORD or a prompt.</source>
        <translation>Gi en konto nytt passord og opphev en sperre (administratorer); det nye passordet hentes fra TEAMDESK_NEW_PASSWORD, ellers blir du spurt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="368"/>
        <source>the account&apos;s name</source>
        <translation>kontoens navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="369"/>
        <source>Take a checked backup of the database now.</source>
        <translation>Ta en kontrollert sikkerhetskopi av databasen nå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="370"/>
        <source>List the backups with the result of checking each one.</source>
        <translation>Vis sikkerhetskopiene med resultatet av kontrollen av hver enkelt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="373"/>
        <source>Put a backup in place of the database; the current file is kept aside, never overwritten.</source>
        <translation>Sett en sikkerhetskopi inn i stedet for databasen; den nåværende filen legges til side og blir aldri overskrevet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="379"/>
        <source>the backup file to restore</source>
        <translation>sikkerhetskopien som skal gjenopprettes</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="381"/>
        <source>the newest backup that is sound</source>
        <translation>den nyeste sikkerhetskopien som er i orden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="387"/>
        <source>put back only a lost or damaged key file, from the newest backup&apos;s copy that your password opens; the database is left as it is</source>
        <translation>hent bare tilbake en tapt eller skadet nøkkelfil, fra den nyeste sikkerhetskopiens kopi som passordet ditt åpner; databasen blir som den er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="397"/>
        <source>with --backup: confirm, as an administrator of this data folder, a backup of another TeamDesk installation (opened with your account in its key file; the password from {variable} when it differs)</source>
        <translation>med --backup: bekreft, som administrator for denne datamappen, en sikkerhetskopi fra en annen TeamDesk-installasjon (åpnet med kontoen din i dens nøkkelfil; passordet fra {variable} når det er et annet)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="406"/>
        <source>Exchange changes with the house&apos;s other PCs through a shared folder (a file share, a OneDrive folder, a USB stick); &apos;sync status&apos; says what waits.</source>
        <translation>Utveksle endringer med husets andre PC-er gjennom en delt mappe (et filområde, en OneDrive-mappe, en minnepinne); &apos;sync status&apos; viser hva som venter.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="416"/>
        <source>now (default) or status</source>
        <translation>now (standard) eller status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="421"/>
        <source>the shared folder (remembered on this PC; default: the one used last)</source>
        <translation>den delte mappen (huskes på denne PC-en; standard: den som ble brukt sist)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="425"/>
        <source>Publish this house to a shared folder so other PCs can join from it (administrators): this PC&apos;s changes and a snapshot with the key file; the folder becomes this PC&apos;s sync folder.</source>
        <translation>Publiser huset til en delt mappe, slik at andre PC-er kan koble seg til derfra (administratorer): denne PC-ens endringer og et øyeblikksbilde med nøkkelfilen; mappen blir denne PC-ens synkroniseringsmappe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="431"/>
        <location filename="../../src/teamdesk/cli.py" line="439"/>
        <source>the shared folder</source>
        <translation>den delte mappen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="434"/>
        <source>Make this PC one of a house&apos;s PCs, from the shared folder the house was published to (an administrator of the house signs in; the data folder must be empty).</source>
        <translation>Gjør denne PC-en til en av husets PC-er, fra den delte mappen huset ble publisert til (en administrator i huset logger inn; datamappen må være tom).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="442"/>
        <source>Retire a lost or given-away PC (administrators): what it synced stays, the house gets a new key it cannot open, and what it publishes afterwards is refused.</source>
        <translation>Ta ut av bruk en PC som er mistet eller gitt bort (administratorer): det den har synkronisert, blir stående, huset får en ny nøkkel den ikke kan åpne, og det den publiserer etterpå, blir avvist.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="448"/>
        <source>the PC&apos;s name or id, as &apos;teamdesk pcs&apos; lists it</source>
        <translation>PC-ens navn eller id, slik &apos;teamdesk pcs&apos; viser det</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="450"/>
        <source>List the house&apos;s other PCs this one knows, with their ids (administrators).</source>
        <translation>Vis husets andre PC-er som denne kjenner, med id-ene deres (administratorer).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="451"/>
        <source>Show this help.</source>
        <translation>Vis denne hjelpen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="461"/>
        <source>text for people (default); the others for programs and files</source>
        <translation>text for mennesker (standard); de andre for programmer og filer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="470"/>
        <source>the unit&apos;s name (for a rota: required)</source>
        <translation>avdelingens navn (for en turnus: påkrevd)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="476"/>
        <source>for show: one week of the cycle (1 is the first)</source>
        <translation>for show: én uke i perioden (1 er den første)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="480"/>
        <source>HEADING</source>
        <translation>OVERSKRIFT</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="482"/>
        <source>for import: the heading of the column that names the person (default: the one used last for this unit, else guessed from the headings)</source>
        <translation>for import: overskriften på kolonnen som navngir personen (standard: den som ble brukt sist for denne avdelingen, ellers gjettet ut fra overskriftene)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="492"/>
        <source>whether that column holds employee numbers or names</source>
        <translation>om den kolonnen har ansattnumre eller navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="499"/>
        <source>for a unit with no rota yet: the date of the cycle&apos;s day 1 (default: the file&apos;s first date)</source>
        <translation>for en avdeling uten turnus ennå: datoen for periodens dag 1 (standard: filens første dato)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="505"/>
        <source>write without asking</source>
        <translation>skriv uten å spørre</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="514"/>
        <source>&apos;{value}&apos; is not a moment; write it as &quot;YYYY-MM-DD HH:MM&quot;, for example &quot;2026-11-25 15:00&quot;</source>
        <translation>&apos;{value}&apos; er ikke et tidspunkt; skriv det som «ÅÅÅÅ-MM-DD TT:MM», for eksempel «2026-11-25 15:00»</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="529"/>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD, for example 2026-11-25</source>
        <translation>&apos;{value}&apos; er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, for eksempel 2026-11-25</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="649"/>
        <source>&apos;{word}&apos; on the command line is not UTF-8 text (the \x.. part). Type it again, or set the terminal to UTF-8.</source>
        <translation>&apos;{word}&apos; på kommandolinjen er ikke UTF-8-tekst (delen med \x..). Skriv det på nytt, eller still terminalen til UTF-8.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="660"/>
        <source>{variable} is not UTF-8 text. Set it again from a UTF-8 terminal, or unset it to be asked for the password.</source>
        <translation>{variable} er ikke UTF-8-tekst. Sett den på nytt fra en UTF-8-terminal, eller fjern den for å bli spurt om passordet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="678"/>
        <source>There is no TeamDesk database in {folder} (looked for {file}, chosen by {source}). Check the folder, set it up by starting TeamDesk, or create demo data with &apos;teamdesk demo-data --data-dir DIR&apos;.</source>
        <translation>Det finnes ingen TeamDesk-database i {folder} (så etter {file}, valgt av {source}). Sjekk mappen, sett den opp ved å starte TeamDesk, eller lag demodata med &apos;teamdesk demo-data --data-dir MAPPE&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="693"/>
        <source>{database} has no key file beside it ({key_file}), so it cannot be opened; it may not be a TeamDesk database at all. It was left as it was.</source>
        <translation>{database} har ingen nøkkelfil ved siden av seg ({key_file}), så den kan ikke åpnes; det er kanskje ikke en TeamDesk-database i det hele tatt. Den ble latt være som den var.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="701"/>
        <source>Put the key file back from a backup&apos;s copy with &apos;teamdesk restore --key-file&apos;.</source>
        <translation>Hent nøkkelfilen tilbake fra en sikkerhetskopis kopi med &apos;teamdesk restore --key-file&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="703"/>
        <source>Put the key file back from the data folder&apos;s copy, or ask your IT contact.</source>
        <translation>Legg nøkkelfilen tilbake fra datamappens kopi, eller spør IT-kontakten din.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="716"/>
        <source>What was typed is not text in the terminal&apos;s encoding; set the terminal to UTF-8 and try again.</source>
        <translation>Det som ble skrevet, er ikke tekst i terminalens tegnkoding; still terminalen til UTF-8 og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="729"/>
        <source>Say which account to act as with --user NAME (the password comes from {variable} or a prompt). &apos;teamdesk demo-data&apos; prints the demo accounts.</source>
        <translation>Si hvilken konto du handler som med --user NAVN (passordet hentes fra {variable} eller spørres om). &apos;teamdesk demo-data&apos; skriver ut demokontoene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="741"/>
        <source>No password for {user}: set {variable}, or run the command in a terminal to be asked for it.</source>
        <translation>Mangler passord for {user}: sett {variable}, eller kjør kommandoen i et terminalvindu for å bli spurt om det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="749"/>
        <source>Password for {user}: </source>
        <translation>Passord for {user}: </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="778"/>
        <source>--scale must be 1 or more.</source>
        <translation>--scale må være 1 eller mer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="783"/>
        <source>{folder} already holds a TeamDesk database ({database}); it was left as it was. Demo data goes only into an empty data folder, so real data is never mixed with fiction.</source>
        <translation>{folder} har allerede en TeamDesk-database ({database}); den ble latt være som den var. Demodata legges bare i en tom datamappe, slik at ekte data aldri blandes med oppdiktede.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="798"/>
        <source>Demo data created in {folder}: {units} units, {residents} residents, {staff} staff, {teams} teams, {assignments} assignments, {absences} absences.</source>
        <translation>Demodata laget i {folder}: {units} avdelinger, {residents} beboere, {staff} ansatte, {teams} team, {assignments} tildelinger, {absences} fravær.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="811"/>
        <source>Demo accounts (password for all: {password}):</source>
        <translation>Demokontoer (passord for alle: {password}):</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="815"/>
        <source>Example:</source>
        <translation>Eksempel:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="828"/>
        <source>Coverage on {date}</source>
        <translation>Dekning {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="832"/>
        <source>Coverage at {date} {time}</source>
        <translation>Dekning {date} kl. {time}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="842"/>
        <source>Coverage on {date}, {shift} shift {hours}</source>
        <translation>Dekning {date}, vakt: {shift} {hours}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="870"/>
        <source>residents: {count}</source>
        <translation>beboere: {count}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="922"/>
        <location filename="../../src/teamdesk/cli.py" line="1123"/>
        <source>sound</source>
        <translation>i orden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="922"/>
        <location filename="../../src/teamdesk/cli.py" line="1123"/>
        <source>NOT SOUND</source>
        <translation>IKKE I ORDEN</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="925"/>
        <source>Database {path}: {state} (audit events checked: {count}).</source>
        <translation>Database {path}: {state} (kontrollerte revisjonshendelser: {count}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="932"/>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="933"/>
        <source>%n rule warning(s).</source>
        <translation>
            <numerusform>%n regelvarsel.</numerusform>
            <numerusform>%n regelvarsler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="948"/>
        <source>The audit log&apos;s head agrees with the key file; nothing to record.</source>
        <translation>Revisjonsloggens siste ledd stemmer med nøkkelfilen; ingenting å registrere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="953"/>
        <source>The audit log&apos;s head was recorded anew; what was accepted is in the audit log. Run &apos;teamdesk check&apos; again.</source>
        <translation>Revisjonsloggens siste ledd er registrert på nytt; det som ble godtatt, står i revisjonsloggen. Kjør &apos;teamdesk check&apos; igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="969"/>
        <source>Say whose plan with --resident NAME, e.g. --resident &quot;Per Hansen&quot;.</source>
        <translation>Si hvilken beboer planen gjelder med --resident NAVN, f.eks. --resident &quot;Per Hansen&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="979"/>
        <source>{name} has no individual plan yet. Start one on the resident&apos;s Plan page.</source>
        <translation>{name} har ingen individuell plan ennå. Start en på beboerens Plan-side.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1004"/>
        <source>{kind} of {name} ({which}) written to {path} ({pages}).</source>
        <translation>{kind} for {name} ({which}) skrevet til {path} ({pages}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1009"/>
        <location filename="../../src/teamdesk/cli_reports.py" line="155"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1028"/>
        <source>No new password for {user}: set {variable}, or run the command in a terminal to be asked for it.</source>
        <translation>Ingen nytt passord for {user}: sett {variable}, eller kjør kommandoen i en terminal for å bli spurt om det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1037"/>
        <source>New password for {user}: </source>
        <translation>Nytt passord for {user}: </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1038"/>
        <source>The same again: </source>
        <translation>Det samme en gang til: </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1039"/>
        <source>The two passwords are not the same; nothing was changed.</source>
        <translation>De to passordene er ikke like; ingenting ble endret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1121"/>
        <source>%n backup(s) in {folder}</source>
        <translation>
            <numerusform>%n sikkerhetskopi i {folder}</numerusform>
            <numerusform>%n sikkerhetskopier i {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1124"/>
        <source>with key file</source>
        <translation>med nøkkelfil</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1124"/>
        <source>NO KEY FILE</source>
        <translation>INGEN NØKKELFIL</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1134"/>
        <source>No copy of the key file beside %n backup(s): such a backup opens only while the data folder&apos;s key file is there.</source>
        <translation>
            <numerusform>Ingen kopi av nøkkelfilen ved siden av %n sikkerhetskopi: en slik sikkerhetskopi kan bare åpnes så lenge datamappens nøkkelfil er der.</numerusform>
            <numerusform>Ingen kopi av nøkkelfilen ved siden av %n sikkerhetskopier: en slik sikkerhetskopi kan bare åpnes så lenge datamappens nøkkelfil er der.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1157"/>
        <source>The key file was put back from {backup}&apos;s copy.</source>
        <translation>Nøkkelfilen ble hentet tilbake fra kopien i {backup}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1161"/>
        <source>The damaged key file was kept as {path}.</source>
        <translation>Den skadde nøkkelfilen ble tatt vare på som {path}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1167"/>
        <source>There is no backup file {path}. &apos;teamdesk backups&apos; lists them.</source>
        <translation>Det finnes ingen sikkerhetskopi {path}. &apos;teamdesk backups&apos; viser dem.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1175"/>
        <source>Say which backup with --backup FILE when confirming another one.</source>
        <translation>Oppgi hvilken sikkerhetskopi med --backup FIL når du bekrefter en annen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1191"/>
        <source>There is no sound backup in {folder}. Nothing was changed.</source>
        <translation>Det finnes ingen sikkerhetskopi i orden i {folder}. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1198"/>
        <source>Restored {backup} as {path}.</source>
        <translation>Gjenopprettet {backup} som {path}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1201"/>
        <source>The previous database was kept as {path}.</source>
        <translation>Den forrige databasen ble tatt vare på som {path}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1205"/>
        <source>The key file was taken from the backup&apos;s copy: passwords are as they were then.</source>
        <translation>Nøkkelfilen ble hentet fra kopien i sikkerhetskopien: passordene er slik de var da.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1212"/>
        <source>The previous key file was kept as {path}.</source>
        <translation>Den forrige nøkkelfilen ble tatt vare på som {path}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1221"/>
        <source>These accounts have no key to sign in with and need a new password from an administrator (&apos;teamdesk reset-password NAME&apos;): {names}.</source>
        <translation>Disse kontoene har ingen nøkkel å logge inn med og trenger et nytt passord fra en administrator (&apos;teamdesk reset-password NAVN&apos;): {names}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1238"/>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1239"/>
        <source>Sync folder: {folder}</source>
        <translation>Synkroniseringsmappe: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1239"/>
        <source>(none yet)</source>
        <translation>(ingen ennå)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1240"/>
        <source>This PC&apos;s replica id: {id}</source>
        <translation>Replika-ID for denne PC-en: {id}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1241"/>
        <source>Last synced: {when}</source>
        <translation>Sist synkronisert: {when}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1242"/>
        <source>Changes waiting to be sent: {count}</source>
        <translation>Endringer som venter på å bli sendt: {count}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1243"/>
        <source>Texts edited on two PCs, to look at: {count}</source>
        <translation>Tekster redigert på to PC-er, som bør ses på: {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1245"/>
        <source>From {pc}: %n change set(s) applied, last {when}</source>
        <translation>
            <numerusform>Fra {pc}: %n endringssett lest inn, sist {when}</numerusform>
            <numerusform>Fra {pc}: %n endringssett lest inn, sist {when}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1248"/>
        <source>Held: {what}</source>
        <translation>Holdt tilbake: {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1253"/>
        <source>Synced: %n change set(s) sent.</source>
        <translation>
            <numerusform>Synkronisert: %n endringssett sendt.</numerusform>
            <numerusform>Synkronisert: %n endringssett sendt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1255"/>
        <source>%n change set(s) received (changes in them: {changes}).</source>
        <translation>
            <numerusform>%n endringssett mottatt (endringer i det: {changes}).</numerusform>
            <numerusform>%n endringssett mottatt (endringer i dem: {changes}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1258"/>
        <source>%n text(s) edited on two PCs, to look at.</source>
        <translation>
            <numerusform>%n tekst redigert på to PC-er, som bør ses på.</numerusform>
            <numerusform>%n tekster redigert på to PC-er, som bør ses på.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1272"/>
        <source>Published to {target}: %n change set(s) sent.</source>
        <translation>
            <numerusform>Publisert til {target}: %n endringssett sendt.</numerusform>
            <numerusform>Publisert til {target}: %n endringssett sendt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1274"/>
        <source>The snapshot holds %n account(s).</source>
        <translation>
            <numerusform>Øyeblikksbildet har %n konto.</numerusform>
            <numerusform>Øyeblikksbildet har %n kontoer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1277"/>
        <source>Another PC joins with &apos;teamdesk join --target {target} --user NAME&apos; as an administrator.</source>
        <translation>En annen PC blir med med &apos;teamdesk join --target {target} --user NAVN&apos; som administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1298"/>
        <source>This PC joined the house from {folder} (snapshot made on {pc}).</source>
        <translation>Denne PC-en ble med i huset fra {folder} (øyeblikksbilde laget på {pc}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1309"/>
        <source>Synced: %n change set(s) received since the snapshot (changes in them: {changes}).</source>
        <translation>
            <numerusform>Synkronisert: %n endringssett mottatt siden øyeblikksbildet (endringer i det: {changes}).</numerusform>
            <numerusform>Synkronisert: %n endringssett mottatt siden øyeblikksbildet (endringer i dem: {changes}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1313"/>
        <source>Data folder: {folder}.</source>
        <translation>Datamappe: {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1329"/>
        <source>Retired {pc} ({id}): its changes up to its change set {last} stay; later ones are refused.</source>
        <translation>{pc} ({id}) er tatt ut av bruk: endringene til og med endringssett {last} blir stående; senere blir avvist.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1333"/>
        <source>the PC</source>
        <translation>PC-en</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1340"/>
        <source>The house has a new key, given to %n other PC(s) and the administrators.</source>
        <translation>
            <numerusform>Huset har en ny nøkkel, gitt til %n annen PC og administratorene.</numerusform>
            <numerusform>Huset har en ny nøkkel, gitt til %n andre PC-er og administratorene.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1347"/>
        <source>These PCs get the new key when an administrator signs in there and syncs: {pcs}</source>
        <translation>Disse PC-ene får den nye nøkkelen når en administrator logger inn der og synkroniserer: {pcs}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1356"/>
        <source>Remove that PC&apos;s access to the shared folder. If an administrator signed in on it, have another administrator reset their password, then retire the PC again: the new key is then sealed to that administrator&apos;s new keys only.</source>
        <translation>Fjern den PC-ens tilgang til den delte mappen. Hvis en administrator har logget inn på den, la en annen administrator sette nytt passord for vedkommende, og ta så PC-en ut av bruk igjen: da forsegles den nye nøkkelen bare til administratorens nye nøkler.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1377"/>
        <source>The database key is replaced: a key or key file kept from before opens the database no more. The other accounts get the new key at their next sign-in. This PC does not sync with other PCs, so no other PC is affected. Backups taken before now still open with the old key: delete those that a switched-off person could reach.</source>
        <translation>Databasenøkkelen er byttet ut: en nøkkel eller nøkkelfil tatt vare på fra før åpner ikke lenger databasen. De andre kontoene får den nye nøkkelen neste gang de logger inn. Denne PC-en synkroniserer ikke med andre PC-er, så ingen andre PC-er blir berørt. Sikkerhetskopier tatt før nå åpnes fortsatt med den gamle nøkkelen: slett dem som en person med en konto som er slått av, kunne få tilgang til.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1398"/>
        <source>This PC: {id}</source>
        <translation>Denne PC-en: {id}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1399"/>
        <source>(retired)</source>
        <translation>(tatt ut av bruk)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1402"/>
        <source>(has not sent changes yet)</source>
        <translation>(har ikke sendt endringer ennå)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1417"/>
        <source>Name the unit whose rota this is: --unit NAME.</source>
        <translation>Oppgi avdelingen turnusen hører til: --unit NAVN.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="76"/>
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1000"/>
        <source>version {number}</source>
        <translation>versjon {number}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1000"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1052"/>
        <source>switched off</source>
        <translation>slått av</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1071"/>
        <source>Account {name} ({role}) created; they can sign in now.</source>
        <translation>Kontoen {name} ({role}) er opprettet; vedkommende kan logge inn nå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1090"/>
        <source>There is no account named {name}. &apos;teamdesk accounts&apos; lists them.</source>
        <translation>Det finnes ingen konto med navnet {name}. &apos;teamdesk accounts&apos; viser dem.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1097"/>
        <source>{name} has a new password and can sign in now.</source>
        <translation>{name} har fått nytt passord og kan logge inn nå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1109"/>
        <source>Backup written and checked: {path}</source>
        <translation>Sikkerhetskopi skrevet og kontrollert: {path}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="117"/>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="118"/>
        <source>Plan period</source>
        <translation>Planperiode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="131"/>
        <source>… and {count} more.</source>
        <translation>… og {count} til.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="132"/>
        <source>This draft is not ready for approval. Missing:</source>
        <translation>Dette utkastet er ikke klart til godkjenning. Mangler:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="138"/>
        <source>Intervention goals and their sub-goals, in {resident}&apos;s own words</source>
        <translation>Innsatsmål og delmålene deres, med {resident}s egne ord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="140"/>
        <source>Goals, in {resident}&apos;s own words</source>
        <translation>Mål, med {resident} sine egne ord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="178"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="187"/>
        <source>No coordinator is chosen yet.</source>
        <translation>Ingen koordinator er valgt ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="191"/>
        <source>Responsible for coordinating the services and for the progress of the plan.</source>
        <translation>Ansvarlig for å koordinere tjenestene og for framdriften i planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="211"/>
        <source>Contributes</source>
        <translation>Bidrar med</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="225"/>
        <source>Nobody yet</source>
        <translation>Ingen ennå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="232"/>
        <location filename="../../src/teamdesk/services/conflicts.py" line="58"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="232"/>
        <source>Extent</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="81"/>
        <location filename="../../src/teamdesk/services/conflicts.py" line="35"/>
        <location filename="../../src/teamdesk/services/conflicts.py" line="57"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="256"/>
        <location filename="../../src/teamdesk/services/conflicts.py" line="33"/>
        <source>How it is evaluated</source>
        <translation>Hvordan den evalueres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="260"/>
        <source>Evaluation of intervention goal {number}</source>
        <translation>Evaluering av innsatsmål {number}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="262"/>
        <source>Evaluation of goal {number}</source>
        <translation>Evaluering av mål {number}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="272"/>
        <source>Consent to the plan</source>
        <translation>Samtykke til planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="276"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="337"/>
        <source>Given on</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="277"/>
        <source>How it was given</source>
        <translation>Hvordan det ble gitt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="278"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="338"/>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="282"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="342"/>
        <source>Not recorded yet.</source>
        <translation>Ikke registrert ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="287"/>
        <source>Consent to share information with the participants</source>
        <translation>Samtykke til å dele opplysninger med deltakerne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="292"/>
        <source>{date} (expired)</source>
        <translation>{date} (utløpt)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="297"/>
        <source>No consent recorded</source>
        <translation>Ingen samtykke registrert</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="304"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="305"/>
        <source>What may be shared</source>
        <translation>Hva som kan deles</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="306"/>
        <source>Given</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="307"/>
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="314"/>
        <source>Coordinator: {name}</source>
        <translation>Koordinator: {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="315"/>
        <source>Guardian or representative (if any)</source>
        <translation>Verge eller representant (om noen)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="318"/>
        <source>We have taken part in making this plan and agree to it.</source>
        <translation>Vi har deltatt i arbeidet med denne planen og er enige i den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="319"/>
        <source>Signature, {name}</source>
        <translation>Underskrift, {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="319"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="327"/>
        <source>Joined plan (helhedsorienteret plan, Serviceloven § 141 stk. 7)</source>
        <translation>Helhetlig plan (helhedsorienteret plan, den danske serviceloven § 141 stk. 7)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="329"/>
        <source>This plan replaces {resident}&apos;s other plans:</source>
        <translation>Planen erstatter {resident}s andre planer:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="333"/>
        <source>Consent to share information across areas</source>
        <translation>Samtykke til å dele opplysninger på tvers av områder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="353"/>
        <source>How {resident} and relatives take part</source>
        <translation>Hvordan {resident} og pårørende deltar</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="998"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="391"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="414"/>
        <source>My plan</source>
        <translation>Min plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="417"/>
        <source>My goals</source>
        <translation>Mine mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="420"/>
        <source>We have not written my goals yet.</source>
        <translation>Vi har ikke skrevet målene mine ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="426"/>
        <source>… and {count} more goals in my full plan.</source>
        <translation>… og {count} mål til i hele planen min.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="433"/>
        <source>Who helps me with what</source>
        <translation>Hvem hjelper meg med hva</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="436"/>
        <source>We have not decided this yet.</source>
        <translation>Det har vi ikke bestemt ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="439"/>
        <source>We will find out who</source>
        <translation>Vi finner ut hvem</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="448"/>
        <source>{name} helps me with:</source>
        <translation>{name} hjelper meg med:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="455"/>
        <source>… and {count} more in my full plan.</source>
        <translation>… og {count} til i hele planen min.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="460"/>
        <source>My coordinator</source>
        <translation>Koordinatoren min</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="465"/>
        <source>My coordinator helps me and everyone else to work together on my plan, and calls the meetings.</source>
        <translation>Koordinatoren min hjelper meg og alle andre med å samarbeide om planen min, og kaller inn til møtene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="473"/>
        <source>Not chosen yet.</source>
        <translation>Ikke valgt ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="480"/>
        <source>Not set yet. Ask my coordinator.</source>
        <translation>Ikke satt ennå. Spør koordinatoren min.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="483"/>
        <source>We look at the whole plan together again by {date}.</source>
        <translation>Vi ser på hele planen sammen igjen innen {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="488"/>
        <source>More in the full plan.</source>
        <translation>Mer i hele planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="22"/>
        <source>opened</source>
        <translation>åpnet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="23"/>
        <source>created</source>
        <translation>opprettet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="24"/>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="25"/>
        <source>deleted</source>
        <translation>slettet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="26"/>
        <source>restored</source>
        <translation>gjenopprettet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="27"/>
        <source>undid a change</source>
        <translation>angret en endring</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="28"/>
        <source>redid a change</source>
        <translation>gjorde om en endring</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="29"/>
        <source>exported</source>
        <translation>eksporterte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="30"/>
        <source>printed</source>
        <translation>skrev ut</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="31"/>
        <source>overrode a rule</source>
        <translation>overstyrte en regel</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="32"/>
        <location filename="../../src/teamdesk/services/context.py" line="70"/>
        <source>read the access log</source>
        <translation>leste tilgangsloggen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="87"/>
        <location filename="../../src/teamdesk/services/access_log.py" line="121"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="348"/>
        <location filename="../../src/teamdesk/services/plan.py" line="606"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1283"/>
        <location filename="../../src/teamdesk/services/relations.py" line="129"/>
        <location filename="../../src/teamdesk/services/team.py" line="145"/>
        <source>This resident no longer exists.</source>
        <translation>Denne beboeren finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="166"/>
        <source>This account no longer exists.</source>
        <translation>Denne kontoen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="343"/>
        <source>Your entry in the key file is damaged, so the password cannot be changed here; it is unchanged. An administrator puts the key file back from a backup (teamdesk restore --key-file).</source>
        <translation>Oppføringen din i nøkkelfilen er skadet, så passordet kan ikke endres her; det er uendret. En administrator legger nøkkelfilen tilbake fra en sikkerhetskopi (teamdesk restore --key-file).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="353"/>
        <source>The current password is not right; the password is unchanged.</source>
        <translation>Nåværende passord er feil; passordet er ikke endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="371"/>
        <source>Sign in first.</source>
        <translation>Logg inn først.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="422"/>
        <source>Roles and units are signed with the key that signs roles, and this session does not hold it (an administrator who holds it gives it to you at their next sign-in). Nothing was changed.</source>
        <translation>Roller og enheter signeres med nøkkelen som signerer roller, og denne økten har den ikke (en administrator som har den, gir deg den neste gang hen logger inn). Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="471"/>
        <source>There is already an account named {name}. Choose another name.</source>
        <translation>Det finnes allerede en konto med navnet {name}. Velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="482"/>
        <source>{name} is the only active administrator. Make another account an administrator first, so someone can still manage accounts.</source>
        <translation>{name} er den eneste aktive administratoren. Gjør først en annen konto til administrator, så noen fortsatt kan forvalte kontoene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="494"/>
        <source>The account&apos;s name cannot be empty.</source>
        <translation>Kontonavnet kan ikke være tomt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="496"/>
        <location filename="../../src/teamdesk/services/signin.py" line="377"/>
        <source>account&apos;s name</source>
        <translation>kontoens navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="527"/>
        <source>Auto-lock is between 1 and 60 minutes.</source>
        <translation>Automatisk låsing er mellom 1 og 60 minutter.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="58"/>
        <source>read residents&apos; records</source>
        <translation>lese beboernes opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="59"/>
        <source>change teams and who works with whom</source>
        <translation>endre team og hvem som jobber med hvem</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="60"/>
        <source>write notes about the teams</source>
        <translation>skrive notater om teamene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="61"/>
        <source>change residents&apos; details</source>
        <translation>endre beboernes opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="62"/>
        <source>change staff records</source>
        <translation>endre opplysninger om ansatte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="63"/>
        <source>change the house settings</source>
        <translation>endre husets innstillinger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="64"/>
        <source>change individual plans</source>
        <translation>endre individuelle planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="65"/>
        <source>start individual plans and change those of others</source>
        <translation>starte individuelle planer og endre andres planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="66"/>
        <source>approve individual plans</source>
        <translation>godkjenne individuelle planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="67"/>
        <source>override the team rules</source>
        <translation>overstyre teamreglene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="68"/>
        <source>manage accounts</source>
        <translation>administrere kontoer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="69"/>
        <source>print and export</source>
        <translation>skrive ut og eksportere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="71"/>
        <source>make backups</source>
        <translation>ta sikkerhetskopier</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="72"/>
        <source>restore backups</source>
        <translation>gjenopprette sikkerhetskopier</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="73"/>
        <source>train, pair and guide coordinators</source>
        <translation>lære opp, koble og veilede koordinatorer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="74"/>
        <source>prepare meetings</source>
        <translation>forberede møter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="75"/>
        <source>prepare meetings about every plan</source>
        <translation>forberede møter om alle planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="76"/>
        <source>sync with the house&apos;s other PCs</source>
        <translation>synkronisere med husets andre PC-er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="77"/>
        <source>change rotas and shift kinds</source>
        <translation>endre turnuser og vakttyper</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="82"/>
        <source>leaders</source>
        <translation>ledere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="83"/>
        <source>coordinators</source>
        <translation>koordinatorer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="158"/>
        <location filename="../../src/teamdesk/services/context.py" line="84"/>
        <source>staff</source>
        <translation>ansatte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="85"/>
        <source>read-only accounts</source>
        <translation>lesekontoer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="86"/>
        <source>administrators</source>
        <translation>administratorer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="275"/>
        <location filename="../../src/teamdesk/services/context.py" line="96"/>
        <source>{first} and {last}</source>
        <translation>{first} og {last}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota_rules.py" line="134"/>
        <location filename="../../src/teamdesk/services/context.py" line="100"/>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota_rules.py" line="140"/>
        <source>Nobody of {resident}&apos;s people is on {count} of the rota&apos;s shifts (the limit is {limit}); the first: {shifts}. Consider someone on those shifts for the team.</source>
        <translation>Ingen av folkene til {resident} er på {count} av turnusens vakter (grensen er {limit}); de første: {shifts}. Vurder noen på disse vaktene i teamet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota_rules.py" line="169"/>
        <source>{staff} is primary contact for {resident} but is on shift on {days} of the rota&apos;s {cycle} days ({share} %, under {limit} %): too few to follow {resident} up.</source>
        <translation>{staff} er primærkontakt for {resident}, men er på vakt {days} av turnusens {cycle} dager ({share} %, under {limit} %): for lite til å følge opp {resident}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota_rules.py" line="194"/>
        <source>week {week} {weekday} {code}</source>
        <translation>uke {week} {weekday} {code}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota_rules.py" line="200"/>
        <source>Monday</source>
        <translation>Mandag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota_rules.py" line="201"/>
        <source>Tuesday</source>
        <translation>Tirsdag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota_rules.py" line="202"/>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota_rules.py" line="203"/>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota_rules.py" line="204"/>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota_rules.py" line="205"/>
        <source>Saturday</source>
        <translation>Lørdag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota_rules.py" line="206"/>
        <source>Sunday</source>
        <translation>Søndag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="108"/>
        <source>{name} ({role}) may not do this: {action}. {ask}</source>
        <translation>{name} ({role}) har ikke lov til dette: {action}. {ask}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="240"/>
        <source>{name} works for one unit, and may not {action}: that is for the whole house. Ask an administrator, or a leader who is not tied to one unit.</source>
        <translation>{name} arbeider for én avdeling og kan ikke {action}: det gjelder hele huset. Spør en administrator, eller en leder som ikke er knyttet til én avdeling.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="259"/>
        <source>Ask a leader or an administrator.</source>
        <translation>Spør en leder eller en administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="274"/>
        <source>Only {roles} may {action}.</source>
        <translation>Bare {roles} kan {action}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="282"/>
        <source>This change cannot be undone or redone.</source>
        <translation>Denne endringen kan ikke angres eller gjøres om igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="306"/>
        <source>{name} works in another unit and may not open this record. Ask a leader of that unit.</source>
        <translation>{name} jobber i en annen avdeling og kan ikke åpne disse opplysningene. Spør en leder i den avdelingen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/inputs.py" line="58"/>
        <source>The {what} contains a character that cannot be shown or printed ({character}, character {position}). Remove it and try again.</source>
        <translation>Feltet «{what}» inneholder et tegn som ikke kan vises eller skrives ut ({character}, tegn nummer {position}). Fjern det og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/inputs.py" line="74"/>
        <source>The {what} is {length} characters long; it can be at most {limit}. Shorten it.</source>
        <translation>Feltet «{what}» er {length} tegn langt; det kan være høyst {limit}. Gjør det kortere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/inputs.py" line="81"/>
        <source>The {what} cannot be empty.</source>
        <translation>Feltet «{what}» kan ikke være tomt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/inputs.py" line="93"/>
        <source>The {what} must fit on one line.</source>
        <translation>Feltet «{what}» må stå på én linje.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/inputs.py" line="168"/>
        <source>The {what} is not a date.</source>
        <translation>Feltet «{what}» er ikke en dato.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="173"/>
        <source>«{value}» is not a time of day; write it as 13:30.</source>
        <translation>«{value}» er ikke et klokkeslett; skriv det som 13:30.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="180"/>
        <source>A meeting lasts between 5 and 600 minutes, not {value}.</source>
        <translation>Et møte varer mellom 5 og 600 minutter, ikke {value}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="197"/>
        <location filename="../../src/teamdesk/services/plan.py" line="321"/>
        <source>This plan no longer exists.</source>
        <translation>Denne planen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="222"/>
        <source>Only the plan&apos;s coordinator ({coordinator}) or a leader prepares the meetings of this plan.</source>
        <translation>Bare planens koordinator ({coordinator}) eller en leder forbereder møtene for denne planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="237"/>
        <source>This meeting no longer exists.</source>
        <translation>Dette møtet finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="113"/>
        <source>This meeting is cancelled. Set it back to planned to change it.</source>
        <translation>Dette møtet er avlyst. Sett det tilbake til planlagt for å endre det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="254"/>
        <location filename="../../src/teamdesk/services/plan.py" line="953"/>
        <source>This {what} no longer exists.</source>
        <translation>Denne oppføringen ({what}) finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="424"/>
        <source>This plan has ended; meetings are prepared for living plans.</source>
        <translation>Denne planen er avsluttet; møter forberedes for planer som er i bruk.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="427"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="516"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="798"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="821"/>
        <source>meeting date</source>
        <translation>møtedato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="437"/>
        <source>A meeting about this plan is already set for {date} at {time}. Open it on the Meetings page, or choose another day or time.</source>
        <translation>Et møte om denne planen er allerede satt til {date} kl. {time}. Åpne det på Møter-siden, eller velg en annen dag eller et annet klokkeslett.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="548"/>
        <source>The meeting is on {date}; it can be marked as held from that day.</source>
        <translation>Møtet er {date}; det kan markeres som gjennomført fra og med den dagen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="571"/>
        <source>date of the next meeting</source>
        <translation>dato for neste møte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="619"/>
        <source>Only a participant in this plan can be invited this way.</source>
        <translation>Bare en deltaker i denne planen kan inviteres på denne måten.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="634"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="758"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="440"/>
        <location filename="../../src/teamdesk/services/plan.py" line="499"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1154"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1281"/>
        <location filename="../../src/teamdesk/services/rota.py" line="469"/>
        <location filename="../../src/teamdesk/services/team.py" line="165"/>
        <source>This staff member no longer exists.</source>
        <translation>Denne ansatte finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="608"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="639"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1051"/>
        <source>participant&apos;s name</source>
        <translation>deltakerens navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="467"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="526"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="800"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="822"/>
        <source>place</source>
        <translation>sted</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="652"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="659"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1105"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1114"/>
        <source>participant</source>
        <translation>deltaker</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="675"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="676"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="696"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="702"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="704"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="713"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="720"/>
        <source>agenda item</source>
        <translation>sak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="706"/>
        <source>minutes</source>
        <translation>referat</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="746"/>
        <source>decision</source>
        <translation>beslutning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="748"/>
        <source>due date</source>
        <translation>frist</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="763"/>
        <source>The responsible person must take part in this plan.</source>
        <translation>Den ansvarlige må være deltaker i denne planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="770"/>
        <source>A decision belongs under an item of the same meeting.</source>
        <translation>En beslutning hører til en sak i det samme møtet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="776"/>
        <source>The due date {due} is before the meeting ({date}).</source>
        <translation>Fristen {due} er før møtet ({date}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="822"/>
        <source>This decision no longer exists.</source>
        <translation>Denne beslutningen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="858"/>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="860"/>
        <source>A decision is marked done once it is done.</source>
        <translation>En beslutning markeres som utført når den er gjort.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="895"/>
        <source>«{what}» is already a measure in the plan.</source>
        <translation>«{what}» er allerede et tiltak i planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="986"/>
        <source>time zone</source>
        <translation>tidssone</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="990"/>
        <source>“{zone}” is not a time zone TeamDesk knows. Write it as region and city, for example Europe/Oslo.</source>
        <translation>«{zone}» er ikke en tidssone TeamDesk kjenner. Skriv den som region og by, for eksempel Europe/Oslo.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="1024"/>
        <source>About the individual plan of {resident}.</source>
        <translation>Om den individuelle planen til {resident}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="1025"/>
        <source>Called by {coordinator}.</source>
        <translation>Innkalt av {coordinator}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="1029"/>
        <source>Agenda:</source>
        <translation>Saksliste:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="1032"/>
        <source>Invited:</source>
        <translation>Invitert:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="199"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="565"/>
        <source>This mentorship no longer exists.</source>
        <translation>Denne veiledningen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="299"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="732"/>
        <source>This network no longer exists.</source>
        <translation>Dette nettverket finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="463"/>
        <source>completion date</source>
        <translation>dato for fullført kurs</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="465"/>
        <source>A course is recorded once it is completed.</source>
        <translation>Et kurs registreres når det er fullført.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="471"/>
        <source>course</source>
        <translation>kurs</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="473"/>
        <source>course provider</source>
        <translation>kursholder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="485"/>
        <source>This training record no longer exists.</source>
        <translation>Denne kursregistreringen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="512"/>
        <source>start date</source>
        <translation>startdato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="513"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="579"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="608"/>
        <location filename="../../src/teamdesk/services/relations.py" line="251"/>
        <source>end date</source>
        <translation>sluttdato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="517"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="583"/>
        <source>The mentorship cannot end ({end}) before it starts ({start}).</source>
        <translation>Veiledningen kan ikke slutte ({end}) før den begynner ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="521"/>
        <source>reason for the approval</source>
        <translation>begrunnelse for godkjenningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="543"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="577"/>
        <source>focus of the mentorship</source>
        <translation>fokus for mentorordningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="627"/>
        <source>date of the session</source>
        <translation>dato for samtalen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="630"/>
        <source>A guidance session is recorded once it has taken place.</source>
        <translation>En veiledningssamtale registreres når den har funnet sted.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="638"/>
        <source>A session lasts between 1 and 600 minutes, not {minutes}.</source>
        <translation>En samtale varer mellom 1 og 600 minutter, ikke {minutes}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="643"/>
        <source>topics</source>
        <translation>temaer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="643"/>
        <source>notes</source>
        <translation>notater</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="667"/>
        <source>The mentorship started {start}; a session cannot be before that.</source>
        <translation>Veiledningen begynte {start}; en samtale kan ikke være før det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="682"/>
        <source>This guidance session no longer exists.</source>
        <translation>Denne veiledningssamtalen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="703"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1332"/>
        <location filename="../../src/teamdesk/services/team.py" line="631"/>
        <source>The limit must be at least 1.</source>
        <translation>Grensen må være minst 1.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="720"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="743"/>
        <source>network&apos;s name</source>
        <translation>nettverkets navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="722"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="745"/>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="762"/>
        <source>{staff} is no longer active.</source>
        <translation>{staff} er ikke lenger aktiv.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="783"/>
        <source>This member is no longer in the network.</source>
        <translation>Dette medlemmet er ikke lenger i nettverket.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="799"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="822"/>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="810"/>
        <source>This network meeting no longer exists.</source>
        <translation>Dette nettverksmøtet finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="843"/>
        <source>Attendance is recorded on or after the day of the meeting.</source>
        <translation>Oppmøte registreres på eller etter møtedagen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="877"/>
        <source>Unit</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="879"/>
        <source>Plans now</source>
        <translation>Planer nå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="880"/>
        <source>Plans ever</source>
        <translation>Planer totalt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="881"/>
        <source>Coordinator course</source>
        <translation>Koordinatorkurs</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="882"/>
        <source>Other courses</source>
        <translation>Andre kurs</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="884"/>
        <source>Mentees</source>
        <translation>Veileder for</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="887"/>
        <source>Networks</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="888"/>
        <source>Gaps</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="900"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="900"/>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="468"/>
        <source>This plan has no approved version {number}.</source>
        <translation>Denne planen har ingen godkjent versjon {number}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="556"/>
        <source>Give a resident&apos;s name or id.</source>
        <translation>Oppgi beboerens navn eller id.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="578"/>
        <source>No resident is called «{name}». Check the spelling, or use the id.</source>
        <translation>Ingen beboer heter «{name}». Sjekk stavemåten, eller bruk id-en.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="587"/>
        <source>{count} residents match «{name}»: {listed}. Use the full name or the id.</source>
        <translation>{count} beboere passer med «{name}»: {listed}. Bruk hele navnet eller id-en.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="616"/>
        <source>{resident} already has an individual plan. Revise that plan instead of starting a new one.</source>
        <translation>{resident} har allerede en individuell plan. Revider den planen i stedet for å starte en ny.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="640"/>
        <source>The plan&apos;s owner</source>
        <translation>Planens eier</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="291"/>
        <source>This plan has ended and is kept as it was. To change it, set its status back to «under revision».</source>
        <translation>Denne planen er avsluttet og beholdes slik den var. For å endre den, sett statusen tilbake til «under revidering».</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="244"/>
        <source>what may be shared</source>
        <translation>hva som kan deles</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="277"/>
        <source>Only the plan&apos;s coordinator ({coordinator}) or a leader may change this plan; you can read it.</source>
        <translation>Bare planens koordinator ({coordinator}) eller en leder kan endre denne planen; du kan lese den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="385"/>
        <source>{profile} is not a plan profile TeamDesk knows.</source>
        <translation>{profile} er ikke en plantype TeamDesk kjenner.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="706"/>
        <source>The plan period cannot end ({end}) before it starts ({start}).</source>
        <translation>Planperioden kan ikke slutte ({end}) før den begynner ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="723"/>
        <source>A plan becomes active when a version is approved. Approve it instead.</source>
        <translation>En plan blir aktiv når en versjon godkjennes. Godkjenn den i stedet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="733"/>
        <source>The resident has another living plan; this one stays ended.</source>
        <translation>Beboeren har en annen plan i bruk; denne forblir avsluttet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="817"/>
        <location filename="../../src/teamdesk/services/plan.py" line="885"/>
        <source>consent date</source>
        <translation>samtykkedato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="819"/>
        <location filename="../../src/teamdesk/services/plan.py" line="887"/>
        <source>Give the date the consent was given.</source>
        <translation>Oppgi datoen samtykket ble gitt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="821"/>
        <location filename="../../src/teamdesk/services/plan.py" line="889"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1077"/>
        <source>A consent cannot be dated in the future.</source>
        <translation>Et samtykke kan ikke dateres fram i tid.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="824"/>
        <source>description of how consent was given</source>
        <translation>beskrivelse av hvordan samtykket ble gitt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="858"/>
        <source>A joined plan (Serviceloven § 141 stk. 7) belongs to the Danish shared development plan; this house writes another plan.</source>
        <translation>En helhetlig plan (den danske serviceloven § 141 stk. 7) hører til den danske felles utviklingsplanen; dette huset skriver en annen plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="883"/>
        <source>Only a joined plan needs this consent. Mark the plan as one first.</source>
        <translation>Bare en helhetlig plan trenger dette samtykket. Merk først planen som en helhetlig plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="975"/>
        <source>A sub-goal belongs under a main goal of this plan.</source>
        <translation>Et delmål hører under et hovedmål i denne planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="980"/>
        <location filename="../../src/teamdesk/services/plan.py" line="992"/>
        <location filename="../../src/teamdesk/services/plan.py" line="998"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1010"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1026"/>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="981"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1001"/>
        <source>evaluation date</source>
        <translation>evalueringsdato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1020"/>
        <source>This goal is already at the top.</source>
        <translation>Dette målet står allerede øverst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1020"/>
        <source>This goal is already at the bottom.</source>
        <translation>Dette målet står allerede nederst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1069"/>
        <source>The consent to share information cannot expire ({expires}) before it was given ({given}).</source>
        <translation>Samtykket til å dele opplysninger kan ikke utløpe ({expires}) før det ble gitt ({given}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1133"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1135"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1174"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1183"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1201"/>
        <source>measure</source>
        <translation>tiltak</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1142"/>
        <source>A measure can only serve a goal of the same plan.</source>
        <translation>Et tiltak kan bare høre til et mål i den samme planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1148"/>
        <source>The responsible person must take part in the same plan.</source>
        <translation>Den ansvarlige må være deltaker i den samme planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1193"/>
        <source>This measure is already at the top.</source>
        <translation>Dette tiltaket står allerede øverst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1194"/>
        <source>This measure is already at the bottom.</source>
        <translation>Dette tiltaket står allerede nederst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1226"/>
        <source>The plan cannot be approved yet. Missing: {missing}</source>
        <translation>Planen kan ikke godkjennes ennå. Mangler: {missing}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1237"/>
        <source>Nothing has changed since version {number} was approved.</source>
        <translation>Ingenting er endret siden versjon {number} ble godkjent.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1293"/>
        <location filename="../../src/teamdesk/services/rota.py" line="612"/>
        <source>note</source>
        <translation>merknad</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1306"/>
        <source>This case role no longer exists.</source>
        <translation>Denne saksrollen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="248"/>
        <source>The password is not right for {name} in the backup&apos;s copy of the key file {path}. Nothing was changed.</source>
        <translation>Passordet stemmer ikke for {name} i sikkerhetskopiens kopi av nøkkelfilen {path}. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="269"/>
        <source>The backup {path} belongs to another TeamDesk installation, not to this data folder. Nothing was changed. Only an administrator of this data folder can put it in place, by confirming it (teamdesk restore --backup FILE --other-installation).</source>
        <translation>Sikkerhetskopien {path} hører til en annen TeamDesk-installasjon, ikke til denne datamappen. Ingenting ble endret. Bare en administrator for denne datamappen kan ta den i bruk, ved å bekrefte den (teamdesk restore --backup FIL --other-installation).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="285"/>
        <source>The account {name} is not active in this database or its backups.</source>
        <translation>Kontoen {name} er ikke aktiv i denne databasen eller i sikkerhetskopiene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="291"/>
        <source>Ask an administrator.</source>
        <translation>Spør en administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="528"/>
        <source>Only an administrator may restore a backup.</source>
        <translation>Bare en administrator kan gjenopprette en sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="664"/>
        <source>The key file {path} is there and readable; sign in as usual.</source>
        <translation>Nøkkelfilen {path} finnes og kan leses; logg inn som vanlig.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="671"/>
        <source>There is no database in {folder}; restore the newest backup instead (it brings its own copy of the key file).</source>
        <translation>Det finnes ingen database i {folder}; gjenopprett heller den nyeste sikkerhetskopien (den har med sin egen kopi av nøkkelfilen).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="697"/>
        <source>The account {name} is not active in this database. Ask an administrator.</source>
        <translation>Kontoen {name} er ikke aktiv i denne databasen. Spør en administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="728"/>
        <source>No backup in {folder} has a copy of the key file with the account {name}. Ask your IT contact for a copy of the data folder.</source>
        <translation>Ingen sikkerhetskopi i {folder} har en kopi av nøkkelfilen med kontoen {name}. Be IT-kontakten din om en kopi av datamappen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="777"/>
        <source>The newest backup of this data folder is from {date}, {days} days ago. A backup is taken at the day&apos;s first sign-in, so they are failing: check the free space on the disk and that {folder} can be written, or ask your IT contact.</source>
        <translation>Den nyeste sikkerhetskopien av denne datamappen er fra {date}, for {days} dager siden. Det tas en sikkerhetskopi ved dagens første pålogging, så noe hindrer dem: sjekk at det er ledig plass på disken og at det går an å skrive i {folder}, eller spør IT-kontakten din.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="795"/>
        <source>This data folder has no backup. A backup is taken at the day&apos;s first sign-in, so they are failing: check the free space on the disk and that {folder} can be written, or ask your IT contact.</source>
        <translation>Denne datamappen har ingen sikkerhetskopi. Det tas en sikkerhetskopi ved dagens første pålogging, så noe hindrer dem: sjekk at det er ledig plass på disken og at det går an å skrive i {folder}, eller spør IT-kontakten din.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="280"/>
        <source>That PIN is not right. {left} more tries, then the password is needed.</source>
        <translation>PIN-koden er feil. {left} forsøk til, så trengs passordet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="302"/>
        <source>That password does not open this TeamDesk.</source>
        <translation>Det passordet åpner ikke denne TeamDesk.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="329"/>
        <source>The account {name} can no longer sign in. Ask an administrator.</source>
        <translation>Kontoen {name} kan ikke lenger logge inn. Spør en administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="344"/>
        <source>Type your password to continue.</source>
        <translation>Skriv passordet ditt for å fortsette.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="346"/>
        <source>The PIN was wrong {n} times. Type your password to continue.</source>
        <translation>PIN-koden var feil {n} ganger. Skriv passordet ditt for å fortsette.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/bootstrap.py" line="112"/>
        <location filename="../../src/teamdesk/services/signin.py" line="371"/>
        <source>{folder} is already set up. Sign in instead.</source>
        <translation>{folder} er allerede satt opp. Logg inn i stedet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/bootstrap.py" line="230"/>
        <source>{folder} holds data that is not TeamDesk&apos;s demo, so the demo will not use it. Start without --demo to open that data, or give --demo an empty folder.</source>
        <translation>{folder} inneholder data som ikke er TeamDesks demo, så demoen bruker den ikke. Start uten --demo for å åpne de dataene, eller gi --demo en tom mappe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="445"/>
        <source>The account {name} is not active in this database (it was switched off, or the database was restored from an older backup). Ask an administrator.</source>
        <translation>Kontoen {name} er ikke aktiv i denne databasen (den er slått av, eller databasen er gjenopprettet fra en eldre sikkerhetskopi). Spør en administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="514"/>
        <source>More than one account is named {name} here, so nothing was tried. Sign in with your account id ({ids}), and ask an administrator to rename one so people can tell them apart.</source>
        <translation>Mer enn én konto heter {name} her, så ingenting ble prøvd. Logg inn med konto-ID-en din ({ids}), og be en administrator gi en av dem nytt navn så folk kan skille dem fra hverandre.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="526"/>
        <source>There is no account named {name} here. Check the spelling, or ask an administrator.</source>
        <translation>Det finnes ingen konto med navnet {name} her. Sjekk stavemåten, eller spør en administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="565"/>
        <source>This account can no longer sign in here.</source>
        <translation>Denne kontoen kan ikke lenger logge inn her.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="580"/>
        <source>The key file&apos;s entry for {name} is damaged, so no password can open it (this is not a wrong password, and nothing was counted). Other accounts can still sign in. An administrator puts the key file back from a backup: teamdesk restore --key-file.</source>
        <translation>Nøkkelfilens oppføring for {name} er skadet, så ingen passord kan åpne den (dette er ikke feil passord, og ingenting ble telt). Andre kontoer kan fortsatt logge inn. En administrator legger nøkkelfilen tilbake fra en sikkerhetskopi: teamdesk restore --key-file.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="606"/>
        <source>The password is not right for {name}, and TeamDesk could not count the wrong try in the key file ({error}). Ask your IT contact to make the data folder writable.</source>
        <translation>Passordet er ikke riktig for {name}, og TeamDesk kunne ikke telle det feile forsøket i nøkkelfilen ({error}). Be IT-kontakten din gjøre datamappen skrivbar.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="619"/>
        <source>The password is not right for {name}. {left} more tries before the account is locked for a while.</source>
        <translation>Passordet for {name} er feil. {left} forsøk til før kontoen låses en stund.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="673"/>
        <source>{name} is locked after too many wrong passwords, until {until} (UTC). Try again then, or ask an administrator to set a new password.</source>
        <translation>{name} er låst etter for mange feil passord, til {until} (UTC). Prøv igjen da, eller be en administrator om å sette et nytt passord.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="375"/>
        <source>unit name</source>
        <translation>avdelingens navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="385"/>
        <source>team name</source>
        <translation>teamets navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="554"/>
        <location filename="../../src/teamdesk/services/resident_import.py" line="167"/>
        <location filename="../../src/teamdesk/services/team.py" line="451"/>
        <source>resident&apos;s name</source>
        <translation>beboerens navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="411"/>
        <source>This team membership no longer exists.</source>
        <translation>Dette medlemskapet i teamet finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="454"/>
        <source>preferred name</source>
        <translation>foretrukket navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/resident_import.py" line="85"/>
        <location filename="../../src/teamdesk/services/staff_import.py" line="104"/>
        <source>Row {row} is left out: {heading} “{text}” is not known.</source>
        <translation>Rad {row} er utelatt: {heading} «{text}» er ukjent.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/resident_import.py" line="92"/>
        <source>Row {row}: {name} is not found among the staff, so left out as a contact.</source>
        <translation>Rad {row}: {name} finnes ikke blant de ansatte og er derfor utelatt som kontakt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/resident_import.py" line="99"/>
        <location filename="../../src/teamdesk/services/staff_import.py" line="121"/>
        <source>Already registered, so left as they are: {names}.</source>
        <translation>Allerede registrert, og derfor uendret: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/resident_import.py" line="105"/>
        <source>New residents to register: {count}. Contacts and team members to give: {contacts}.</source>
        <translation>Nye beboere som registreres: {count}. Kontakter og teammedlemmer som tildeles: {contacts}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/resident_import.py" line="145"/>
        <location filename="../../src/teamdesk/services/staff_import.py" line="242"/>
        <source>{file} has no column of names. Its columns are: {columns}.</source>
        <translation>{file} har ingen kolonne med navn. Kolonnene er: {columns}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/resident_import.py" line="171"/>
        <location filename="../../src/teamdesk/services/team.py" line="457"/>
        <source>room</source>
        <translation>rom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/resident_import.py" line="259"/>
        <location filename="../../src/teamdesk/services/staff_import.py" line="337"/>
        <source>{name} was registered since the preview. Import the file again to see what is new.</source>
        <translation>{name} er registrert etter forhåndsvisningen. Importer filen på nytt for å se hva som er nytt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="459"/>
        <source>what matters</source>
        <translation>det som er viktig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="465"/>
        <source>The move-out date {out} is before the move-in date {into}.</source>
        <translation>Utflyttingsdatoen {out} er før innflyttingsdatoen {into}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="110"/>
        <source>Not found among the staff, so left out: {names}.</source>
        <translation>Ikke funnet blant de ansatte, så de er utelatt: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="121"/>
        <source>Unknown shift codes, so those days are left as they are: {codes}.</source>
        <translation>Ukjente vaktkoder, så de dagene blir stående som de er: {codes}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="132"/>
        <source>A new rota of {weeks} weeks starting {day} will be made for the unit.</source>
        <translation>Det lages en ny turnus på {weeks} uker fra {day} for avdelingen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="138"/>
        <source>{people} staff: {shifts} shifts and {off} days off will be written.</source>
        <translation>{people} ansatte: {shifts} vakter og {off} fridager blir lagt inn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="194"/>
        <source>{file} has no column {column}. Its columns are: {columns}.</source>
        <translation>{file} har ingen kolonne {column}. Kolonnene er: {columns}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="211"/>
        <source>The unit has no rota yet and the file&apos;s days are cycle days, so say when the rota starts (the date of its day 1).</source>
        <translation>Avdelingen har ingen turnus ennå, og filens dager er turnusdager, så oppgi når turnusen begynner (datoen for dag 1).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="231"/>
        <source>{day} is before the rota starts ({start}).</source>
        <translation>{day} er før turnusen begynner ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="265"/>
        <location filename="../../src/teamdesk/services/staff_import.py" line="263"/>
        <location filename="../../src/teamdesk/services/team.py" line="496"/>
        <source>staff member&apos;s name</source>
        <translation>den ansattes navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="278"/>
        <source>{name} is also in row {other}; a person has one line in the rota.</source>
        <translation>{name} står også i rad {other}; hver person har én linje i turnusen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="304"/>
        <source>this date is the same day of the rota&apos;s cycle as column {other}, which says otherwise. Import one cycle at a time.</source>
        <translation>denne datoen er samme dag i turnusen som kolonne {other}, som sier noe annet. Importer én turnusperiode om gangen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="336"/>
        <source>The unit&apos;s rota changed since the preview. Import the file again.</source>
        <translation>Avdelingens turnus er endret siden forhåndsvisningen. Importer filen på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/resident_import.py" line="189"/>
        <location filename="../../src/teamdesk/services/rota_import.py" line="391"/>
        <source>{text} is not a date (write it as 08.02.2025 or 2025-02-08).</source>
        <translation>{text} er ikke en dato (skriv den som 08.02.2025 eller 2025-02-08).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="409"/>
        <source>the file mixes dated columns and cycle-day columns. Use one or the other.</source>
        <translation>filen blander kolonner med datoer og kolonner med turnusdager. Bruk det ene eller det andre.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="415"/>
        <source>{file} has no columns of days: the headings after the person&apos;s column should be dates (08.02.2025) or days of the cycle (1, 2, 3...).</source>
        <translation>{file} har ingen kolonner med dager: overskriftene etter personkolonnen skal være datoer (08.02.2025) eller dager i turnusen (1, 2, 3 …).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="498"/>
        <source>initials</source>
        <translation>initialer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/staff_import.py" line="111"/>
        <source>Row {row}: the education “{text}” is not recognised, so it is registered as other education.</source>
        <translation>Rad {row}: utdanningen «{text}» kjennes ikke igjen og registreres derfor som annen utdanning.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/staff_import.py" line="125"/>
        <source>New staff to register: {count}.</source>
        <translation>Nye ansatte som registreres: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="90"/>
        <location filename="../../src/teamdesk/services/staff_import.py" line="268"/>
        <location filename="../../src/teamdesk/services/team.py" line="500"/>
        <source>employee number</source>
        <translation>ansattnummer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="507"/>
        <source>A position is between 0 and 100 percent, not {fte}.</source>
        <translation>En stilling er mellom 0 og 100 prosent, ikke {fte}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="527"/>
        <source>{staff} is no longer active and cannot be given a role. Choose someone else, or mark {staff} as active on the Staff page.</source>
        <translation>{staff} er ikke lenger aktiv og kan ikke få en rolle. Velg en annen, eller merk {staff} som aktiv på Ansatte-siden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/merge_choices.py" line="48"/>
        <location filename="../../src/teamdesk/services/team.py" line="580"/>
        <source>This assignment no longer exists.</source>
        <translation>Denne tildelingen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="599"/>
        <source>The absence ends ({to}) before it begins ({start}).</source>
        <translation>Fraværet slutter ({to}) før det begynner ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="610"/>
        <source>reason for the absence</source>
        <translation>årsak til fraværet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="621"/>
        <source>This absence no longer exists.</source>
        <translation>Dette fraværet finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="638"/>
        <source>role name</source>
        <translation>rollenavn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/backup.py" line="69"/>
        <source>The backup {path} failed its check ({detail}) and was removed. The database itself was not changed. Check the disk, then try again.</source>
        <translation>Sikkerhetskopien {path} besto ikke kontrollen ({detail}) og ble fjernet. Selve databasen ble ikke endret. Sjekk disken, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/backup.py" line="85"/>
        <source>No backup could be taken: the disk holding {folder} is full. Your work is saved as usual, but it is not backed up until there is room. Free some space, or ask your IT contact.</source>
        <translation>Det kunne ikke tas noen sikkerhetskopi: disken med {folder} er full. Arbeidet ditt lagres som vanlig, men det sikkerhetskopieres ikke før det er plass. Frigjør litt plass, eller spør IT-kontakten din.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/backup.py" line="102"/>
        <source>No backup could be taken: the folder {folder} is read-only for this account. Your work is saved as usual, but it is not backed up. Ask your IT contact to give the TeamDesk users write access to it.</source>
        <translation>Det kunne ikke tas noen sikkerhetskopi: mappen {folder} er skrivebeskyttet for denne kontoen. Arbeidet ditt lagres som vanlig, men det sikkerhetskopieres ikke. Be IT-kontakten din gi TeamDesk-brukerne skrivetilgang til den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/backup.py" line="632"/>
        <source>The backup {path} cannot be restored: {detail}. Nothing was changed. Choose another backup.</source>
        <translation>Sikkerhetskopien {path} kan ikke gjenopprettes: {detail}. Ingenting ble endret. Velg en annen sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="23"/>
        <source>The file {path} is not a TeamDesk database{detail}. It was left as it was. Choose another data folder, or restore a backup.</source>
        <translation>Filen {path} er ikke en TeamDesk-database{detail}. Den ble latt være som den var. Velg en annen datamappe, eller gjenopprett en sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="39"/>
        <source>The database {path} is damaged{detail}. TeamDesk did not change it. Restore the newest backup, or ask your IT contact for help.</source>
        <translation>Databasen {path} er skadet{detail}. TeamDesk har ikke endret den. Gjenopprett den nyeste sikkerhetskopien, eller be IT-kontakten din om hjelp.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="55"/>
        <source>The database {path} was made by a newer version of TeamDesk (schema {found}; this version reads up to {supported}). It was left as it was. Install the newest TeamDesk on this PC.</source>
        <translation>Databasen {path} er laget av en nyere versjon av TeamDesk (skjema {found}; denne versjonen leser til og med {supported}). Den ble latt være som den var. Installer nyeste TeamDesk på denne PC-en.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="72"/>
        <source>The database is in use by another TeamDesk window or program. Nothing was lost; try again in a moment.</source>
        <translation>Databasen er i bruk av et annet TeamDesk-vindu eller program. Ingenting gikk tapt; prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="87"/>
        <source>TeamDesk has closed the database for a moment while its key is replaced. Nothing was lost; try again in a moment.</source>
        <translation>TeamDesk har lukket databasen et øyeblikk mens nøkkelen byttes. Ingenting gikk tapt; prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="101"/>
        <source>The disk is full, so TeamDesk could not save. Free some space (or ask your IT contact) and try again; everything saved before is safe.</source>
        <translation>Disken er full, så TeamDesk fikk ikke lagret. Frigjør litt plass (eller spør IT-kontakten din) og prøv igjen; alt som er lagret fra før, er trygt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="152"/>
        <source>Beside the database {path} lies a file of unsaved changes ({wal}) that does not belong to it: it is older than the database, perhaps copied back from an older copy of the folder. Applying it would overwrite newer work, so TeamDesk did not apply it and changed nothing. Move {wal} out of the folder (keep it for your IT contact) and start TeamDesk again.</source>
        <translation>Ved siden av databasen {path} ligger en fil med ulagrede endringer ({wal}) som ikke hører til den: den er eldre enn databasen, kanskje kopiert tilbake fra en eldre kopi av mappen. Å ta den i bruk ville skrive over nyere arbeid, så TeamDesk tok den ikke i bruk og endret ingenting. Flytt {wal} ut av mappen (ta vare på den for IT-kontakten din) og start TeamDesk igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="172"/>
        <source>TeamDesk cannot write to {path}{detail}: the folder or the file is read-only for this account. Nothing was changed. Ask your IT contact to give the TeamDesk users write access to the folder {folder}.</source>
        <translation>TeamDesk kan ikke skrive til {path}{detail}: mappen eller filen er skrivebeskyttet for denne kontoen. Ingenting ble endret. Be IT-kontakten din gi TeamDesk-brukerne skrivetilgang til mappen {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="116"/>
        <source>The file {path} is an unencrypted SQLite database, perhaps another program&apos;s; TeamDesk keeps its data encrypted and opens only its own encrypted databases. It was left as it was. Choose another data folder, or restore a backup.</source>
        <translation>Filen {path} er en ukryptert SQLite-database, kanskje fra et annet program; TeamDesk holder dataene sine kryptert og åpner bare sine egne krypterte databaser. Den ble latt være som den var. Velg en annen datamappe, eller gjenopprett en sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="134"/>
        <source>TeamDesk cannot use the key file {path} ({detail}). Without it the encrypted database cannot be opened. Nothing was changed. Every backup keeps a copy of it: put it back with &apos;teamdesk restore --key-file&apos;, or ask your IT contact for help.</source>
        <translation>TeamDesk kan ikke bruke nøkkelfilen {path} ({detail}). Uten den kan den krypterte databasen ikke åpnes. Ingenting ble endret. Hver sikkerhetskopi har en kopi av den: legg den tilbake med &apos;teamdesk restore --key-file&apos;, eller be IT-kontakten din om hjelp.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="590"/>
        <source>The smoke test cannot sign in: there is no account named {name} here.</source>
        <translation>Røyktesten kan ikke logge inn: det finnes ingen konto som heter {name} her.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="613"/>
        <source>The smoke test could not sign in: {reason}</source>
        <translation>Røyktesten kunne ikke logge inn: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="622"/>
        <source>The smoke test signs in without a person: set TEAMDESK_USER and TEAMDESK_PASSWORD, or use --demo.</source>
        <translation>Røyktesten logger inn uten en person: sett TEAMDESK_USER og TEAMDESK_PASSWORD, eller bruk --demo.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/undo.py" line="190"/>
        <source>This step does not match what was saved, so it was not undone or redone. Nothing was changed.</source>
        <translation>Dette steget stemmer ikke med det som ble lagret, så det ble verken angret eller gjort om igjen. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/undo.py" line="212"/>
        <source>This record no longer exists, so nothing was changed.</source>
        <translation>Disse opplysningene finnes ikke lenger, så ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/undo.py" line="309"/>
        <source>An approved plan version cannot be changed. Only the newest approval can be undone or redone, by the person who approved it.</source>
        <translation>En godkjent planversjon kan ikke endres. Bare den nyeste godkjenningen kan angres eller gjøres om igjen, og bare av den som godkjente den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/undo.py" line="371"/>
        <source>{name} has changed this since, so undoing would overwrite that change. Nothing was changed.</source>
        <translation>{name} har endret dette siden, så å angre ville skrive over den endringen. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/undo.py" line="376"/>
        <source>{name} has changed this since, so redoing would overwrite that change. Nothing was changed.</source>
        <translation>{name} har endret dette siden, så å gjøre om igjen ville skrive over den endringen. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/exports.py" line="39"/>
        <source>{path} is not an ordinary file (it is a folder, a device or a pipe), so TeamDesk does not write the export there. Choose another file name.</source>
        <translation>{path} er ikke en vanlig fil (det er en mappe, en enhet eller et rør), så TeamDesk skriver ikke eksporten dit. Velg et annet filnavn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/trust.py" line="161"/>
        <source>The key that signs roles in the key file is not the one your account trusts: someone replaced it. Roles are read-only until an administrator has looked into it; run &apos;teamdesk check&apos;.</source>
        <translation>Nøkkelen som signerer roller i nøkkelfilen, er ikke den kontoen din stoler på: noen har byttet den ut. Rollene gir bare lesetilgang til en administrator har sett på det; kjør &apos;teamdesk check&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/trust.py" line="175"/>
        <source>The key that signs roles is gone from the key file and the database, though your account trusts one: someone removed it. Roles are read-only until an administrator has looked into it; run &apos;teamdesk check&apos;.</source>
        <translation>Nøkkelen som signerer roller, er borte fra nøkkelfilen og databasen, selv om kontoen din stoler på en: noen har fjernet den. Rollene gir bare lesetilgang til en administrator har sett på det; kjør &apos;teamdesk check&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/trust.py" line="312"/>
        <source>Your account&apos;s grant does not match the database ({problem}). You hold the key that signs roles, so you stay administrator: check the accounts.</source>
        <translation>Tildelingen for kontoen din stemmer ikke med databasen ({problem}). Du har nøkkelen som signerer roller, så du forblir administrator: se over kontoene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/trust.py" line="328"/>
        <source>The role of {name} in the database is not the one an administrator signed ({problem}), so this session is read-only. Ask an administrator.</source>
        <translation>Rollen til {name} i databasen er ikke den en administrator har signert ({problem}), så denne økten har bare lesetilgang. Spør en administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/trust.py" line="440"/>
        <source>TeamDesk found a sign of tampering or an unfinished change: {problem}. Run &apos;teamdesk check&apos; and tell your IT contact.</source>
        <translation>TeamDesk fant tegn på manipulering eller en uferdig endring: {problem}. Kjør &apos;teamdesk check&apos; og si fra til IT-kontakten din.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/text.py" line="86"/>
        <source>«{text}»</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/text.py" line="100"/>
        <source>{year}-{month}-{day}</source>
        <translation>{day}.{month}.{year}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/text.py" line="116"/>
        <source>{hour}:{minute}</source>
        <translation>{hour}:{minute}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="214"/>
        <source>This PC has no sync folder yet. Choose the shared folder the house&apos;s PCs sync through.</source>
        <translation>Denne PC-en har ingen synkroniseringsmappe ennå. Velg den delte mappen husets PC-er synkroniserer gjennom.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/joining.py" line="68"/>
        <source>This PC already holds a TeamDesk database in {folder}. A PC joins a house only with an empty data folder; nothing was changed.</source>
        <translation>Denne PC-en har allerede en TeamDesk-database i {folder}. En PC kobles til et hus bare med en tom datamappe; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="187"/>
        <location filename="../../src/teamdesk/sync/transport.py" line="122"/>
        <source>The sync folder {folder} cannot be reached. Check that the share or USB stick is connected; nothing was changed.</source>
        <translation>Synkroniseringsmappen {folder} kan ikke nås. Sjekk at nettverksmappen eller minnepinnen er koblet til; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/joining.py" line="80"/>
        <source>The folder {folder} holds no published TeamDesk house. Choose the folder an administrator published the house to, or ask them to publish it.</source>
        <translation>Mappen {folder} inneholder ikke noe publisert TeamDesk-hus. Velg mappen en administrator publiserte huset til, eller be en administrator publisere det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/joining.py" line="102"/>
        <source>No house published in {folder} has an account named {name}. Check the spelling; joining a PC needs an administrator of the house.</source>
        <translation>Ingen hus publisert i {folder} har en konto som heter {name}. Sjekk stavemåten; det må være en administrator i huset som kobler til en PC.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/joining.py" line="124"/>
        <source>The password for {name} is not right. Nothing was changed.</source>
        <translation>Passordet for {name} stemmer ikke. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/joining.py" line="158"/>
        <source>The house was given a new key after a PC was retired, and {name} was not an administrator then, so it cannot open it. An administrator of that time joins this PC, or publishes the house again first.</source>
        <translation>Huset fikk en ny nøkkel da en PC ble tatt ut av bruk, og {name} var ikke administrator da, så kontoen kan ikke åpne den. La en som var administrator da koble til denne PC-en, eller publiser huset på nytt først.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/joining.py" line="185"/>
        <location filename="../../src/teamdesk/services/joining.py" line="188"/>
        <location filename="../../src/teamdesk/services/joining.py" line="193"/>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="219"/>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="229"/>
        <source>A snapshot in the sync folder is damaged.</source>
        <translation>Et øyeblikksbilde i synkroniseringsmappen er skadet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/joining.py" line="214"/>
        <source>Only an administrator of the house can join a PC to it, and {name} is not one. Nothing was changed.</source>
        <translation>Bare en administrator i huset kan koble en PC til det, og {name} er ikke administrator. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="222"/>
        <source>This database has no key to seal change sets with.</source>
        <translation>Denne databasen har ingen nøkkel å forsegle endringssett med.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="232"/>
        <source>The sync folder {folder} holds another house&apos;s TeamDesk, not this house&apos;s. Choose this house&apos;s folder, or have an administrator publish this house there first.</source>
        <translation>Synkroniseringsmappen {folder} inneholder TeamDesk for et annet hus, ikke dette. Velg mappen til dette huset, eller la en administrator publisere huset der først.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="249"/>
        <source>An administrator retired this PC from the house: it no longer syncs, and what was made here since stays on this PC only. To use it again, join it anew with an empty data folder.</source>
        <translation>En administrator har tatt denne PC-en ut av bruk i huset: den synkroniserer ikke lenger, og det som er laget her siden, blir bare på denne PC-en. For å bruke den igjen kobler du den til på nytt med en tom datamappe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="446"/>
        <source>Your account&apos;s own keys are not open in this session, so the new house key cannot be signed. Sign out and in again, then retry.</source>
        <translation>Kontoens egne nøkler er ikke åpne i denne økten, så den nye nøkkelen for huset kan ikke signeres. Logg ut og inn igjen, og prøv på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="458"/>
        <source>This is the PC you are working on; retire it from another PC.</source>
        <translation>Dette er PC-en du arbeider på; ta den ut av bruk fra en annen PC.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="463"/>
        <source>No PC named {pc} has synced with this one. Sync first, then check the name in the list of PCs.</source>
        <translation>Ingen PC som heter {pc}, har synkronisert med denne. Synkroniser først, og sjekk så navnet i listen over PC-er.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="473"/>
        <source>Several PCs are named {pc}; name the one to retire by its id: {ids}.</source>
        <translation>Flere PC-er heter {pc}; oppgi den som skal tas ut av bruk, med ID-en: {ids}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="618"/>
        <source>Sync every 1 to {most} minutes.</source>
        <translation>Velg mellom 1 og {most} minutter mellom hver synkronisering.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/changeset.py" line="120"/>
        <location filename="../../src/teamdesk/sync/changeset.py" line="135"/>
        <source>A change set in the sync folder is cut short.</source>
        <translation>Et endringssett i synkroniseringsmappen er avkuttet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/changeset.py" line="123"/>
        <source>A file in the sync folder is not a TeamDesk change set.</source>
        <translation>En fil i synkroniseringsmappen er ikke et endringssett fra TeamDesk.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/changeset.py" line="127"/>
        <source>A change set in the sync folder was written by a newer TeamDesk; it is kept until this PC&apos;s TeamDesk is updated.</source>
        <translation>Et endringssett i synkroniseringsmappen ble skrevet av en nyere TeamDesk; det beholdes til TeamDesk på denne PC-en er oppdatert.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/changeset.py" line="150"/>
        <source>A change set in the sync folder is damaged; it was not applied.</source>
        <translation>Et endringssett i synkroniseringsmappen er skadet; det ble ikke tatt inn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/changeset.py" line="160"/>
        <source>A change set in the sync folder belongs to another house; it was not applied. Check that this PC syncs with the right folder.</source>
        <translation>Et endringssett i synkroniseringsmappen tilhører et annet hus; det ble ikke tatt inn. Sjekk at denne PC-en synkroniserer med riktig mappe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/changeset.py" line="176"/>
        <source>A change set in the sync folder is damaged, cut short or was altered; it was not applied.</source>
        <translation>Et endringssett i synkroniseringsmappen er skadet, avkuttet eller endret; det ble ikke tatt inn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="159"/>
        <source>A change set in the sync folder is in the wrong place; it was not applied.</source>
        <translation>Et endringssett i synkroniseringsmappen ligger på feil sted; det ble ikke tatt inn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="171"/>
        <source>Changes from another PC are sealed with a new house key this PC has not been given yet; they wait. An administrator signing in and syncing here brings the key.</source>
        <translation>Endringer fra en annen PC er forseglet med en ny nøkkel for huset som denne PC-en ikke har fått ennå; de venter. Når en administrator logger inn og synkroniserer her, kommer nøkkelen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="189"/>
        <source>The PC {pc} was retired from the house; what it published afterwards is not applied.</source>
        <translation>PC-en {pc} er tatt ut av bruk i huset; det den har publisert etterpå, tas ikke inn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="226"/>
        <source>The audit log the PC {pc} sent does not go on from the one it sent before: its history was changed on that PC. Its changes are not applied; tell your IT contact.</source>
        <translation>Revisjonsloggen som PC-en {pc} sendte, henger ikke sammen med den den sendte før: historikken er endret på den PC-en. Endringene derfra tas ikke inn; si fra til IT-kontakten din.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="242"/>
        <source>Changes from the PC {pc} could not be applied here ({problem}); they wait in the sync folder and nothing is lost. Tell your IT contact.</source>
        <translation>Endringer fra PC-en {pc} kunne ikke tas inn her ({problem}); de venter i synkroniseringsmappen, og ingenting er tapt. Si fra til IT-kontakten din.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="265"/>
        <source>Changes from {count} other PCs are stamped well ahead of this PC&apos;s clock: this PC&apos;s clock is probably behind. Check its date and time.</source>
        <translation>Endringer fra {count} andre PC-er er stemplet godt foran klokken på denne PC-en: klokken på denne PC-en går trolig for sent. Sjekk dato og klokkeslett.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="278"/>
        <source>Changes from the PC {pc} wait for an earlier change set (number {number}) that is not in the sync folder yet.</source>
        <translation>Endringer fra PC-en {pc} venter på et tidligere endringssett (nummer {number}) som ikke er i synkroniseringsmappen ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="286"/>
        <source>Changes from the PC {pc} wait for changes from another PC first.</source>
        <translation>Endringer fra PC-en {pc} venter først på endringer fra en annen PC.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="384"/>
        <source>Changes from the PC {pc} were made by a newer TeamDesk; they are kept until this PC&apos;s TeamDesk is updated.</source>
        <translation>Endringer fra PC-en {pc} ble gjort med en nyere TeamDesk; de beholdes til TeamDesk på denne PC-en er oppdatert.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="397"/>
        <source>The clock of the PC {pc} is wrong: its changes are stamped {time} (UTC), more than 10 minutes ahead of this PC. They wait until that PC&apos;s clock is put right or someone here applies them anyway; nothing was applied yet.</source>
        <translation>Klokken på PC-en {pc} går feil: endringene derfra er stemplet {time} (UTC), mer enn 10 minutter foran denne PC-en. De venter til klokken på den PC-en er rettet, eller til noen her tar dem inn likevel; ingenting er tatt inn ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/transport.py" line="284"/>
        <source>TeamDesk could not write to the sync folder {folder} ({problem}). Nothing was lost; the next sync tries again.</source>
        <translation>TeamDesk kunne ikke skrive til synkroniseringsmappen {folder} ({problem}). Ingenting gikk tapt; neste synkronisering prøver igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/transport.py" line="329"/>
        <source>TeamDesk could not read the sync folder {folder} ({problem}).</source>
        <translation>TeamDesk kunne ikke lese synkroniseringsmappen {folder} ({problem}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/transport.py" line="415"/>
        <source>{place} is a server address; this version of TeamDesk syncs through a shared folder only. Choose the folder the house&apos;s PCs share.</source>
        <translation>{place} er en serveradresse; denne versjonen av TeamDesk synkroniserer bare gjennom en delt mappe. Velg mappen husets PC-er deler.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/my_plans.py" line="138"/>
        <source>No consent to the plan recorded yet. Ask {resident} and record it.</source>
        <translation>Samtykke til planen er ikke registrert ennå. Spør {resident} og registrer det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/my_plans.py" line="219"/>
        <source>Next meeting: {kind}, {date} at {time}.</source>
        <translation>Neste møte: {kind}, {date} kl. {time}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/my_plans.py" line="249"/>
        <source>Decision you are responsible for: «{what}», due {date}.</source>
        <translation>Beslutning du har ansvaret for: «{what}», frist {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="26"/>
        <source>What matters to me</source>
        <translation>Det som er viktig for meg</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="28"/>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="29"/>
        <source>The resident&apos;s own contribution</source>
        <translation>Beboerens egen innsats</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="30"/>
        <source>Cooperation</source>
        <translation>Samarbeid</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="31"/>
        <source>Language and culture</source>
        <translation>Språk og kultur</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="32"/>
        <source>Participation</source>
        <translation>Medvirkning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="34"/>
        <source>Reason for the coordinator despite a conflict</source>
        <translation>Begrunnelse for koordinatoren til tross for en konflikt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="36"/>
        <source>Measure: what</source>
        <translation>Tiltak: hva</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="37"/>
        <source>Measure: extent</source>
        <translation>Tiltak: omfang</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="38"/>
        <source>Measure: how</source>
        <translation>Tiltak: hvordan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="39"/>
        <source>Participant&apos;s contribution</source>
        <translation>Deltakerens bidrag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="40"/>
        <source>Case role note</source>
        <translation>Merknad til saksrollen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="41"/>
        <source>Reason for absence</source>
        <translation>Årsak til fraværet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="42"/>
        <source>Mentoring focus</source>
        <translation>Fokus for veiledningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="43"/>
        <source>Reason for approval</source>
        <translation>Begrunnelse for godkjenningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="44"/>
        <source>Guidance topics</source>
        <translation>Temaer i veiledningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="45"/>
        <source>Guidance notes</source>
        <translation>Notater fra veiledningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="46"/>
        <source>Network description</source>
        <translation>Beskrivelse av nettverket</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="47"/>
        <location filename="../../src/teamdesk/services/conflicts.py" line="60"/>
        <source>Agenda item</source>
        <translation>Sak på dagsorden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="49"/>
        <location filename="../../src/teamdesk/services/conflicts.py" line="61"/>
        <source>Action</source>
        <translation>Oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="402"/>
        <source>Keep the plan {name} started on {date}</source>
        <translation>Behold planen {name} startet {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="425"/>
        <source>Keep the approval by {name} on {date}</source>
        <translation>Behold godkjenningen fra {name} {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/handover_pdf.py" line="28"/>
        <source>{day}, {hours}</source>
        <translation>{day}, {hours}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/handover_pdf.py" line="34"/>
        <source>Hand-over sheet</source>
        <translation>Overleveringsliste</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/handover_pdf.py" line="42"/>
        <source>Hand-over: {shift}</source>
        <translation>Overlevering: {shift}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/handover_pdf.py" line="45"/>
        <source>Residents with none of their people on this shift: {uncovered} of {total}. Choose someone who covers each of them at the start of the shift.</source>
        <translation>Beboere som ikke har noen av sine folk på denne vakta: {uncovered} av {total}. Velg noen som tar over for hver av dem når vakta begynner.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/handover_pdf.py" line="54"/>
        <source>Every resident has one of their people on this shift.</source>
        <translation>Alle beboerne har noen av sine folk på denne vakta.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/handover_pdf.py" line="57"/>
        <source>No unit</source>
        <translation>Ingen avdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/handover_pdf.py" line="59"/>
        <location filename="../../src/teamdesk/services/conflicts.py" line="53"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/handover_pdf.py" line="59"/>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/handover_pdf.py" line="59"/>
        <source>Away</source>
        <translation>Borte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="54"/>
        <source>Staff member</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="55"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="56"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="59"/>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="62"/>
        <source>Assignment</source>
        <translation>Tildeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="63"/>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="148"/>
        <source>Choose to keep or delete the record.</source>
        <translation>Velg om oppføringen skal beholdes eller slettes.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="84"/>
        <location filename="../../src/teamdesk/services/merge_choices.py" line="21"/>
        <source>This was settled already, here or on another PC; nothing was changed.</source>
        <translation>Dette er allerede avgjort, her eller på en annen PC; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="252"/>
        <source>Record</source>
        <translation>Oppføring</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="257"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="301"/>
        <source>A change made on two PCs at once waits for a person to choose. Open it to see both versions side by side.</source>
        <translation>En endring som ble gjort på to PC-er samtidig, venter på at en person velger. Åpne den for å se begge versjonene side om side.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="308"/>
        <source>{count} changes made on two PCs at once wait for a person to choose. Open them to see both versions side by side.</source>
        <translation>{count} endringer som ble gjort på to PC-er samtidig, venter på at en person velger. Åpne dem for å se begge versjonene side om side.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="342"/>
        <source>{resident} has {count} individual plans in use at once: they were started on different PCs. Keep one and end the others on the resident&apos;s plan page.</source>
        <translation>{resident} har {count} individuelle planer i bruk samtidig: de ble startet på forskjellige PC-er. Behold én og avslutt de andre på beboerens planside.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="368"/>
        <source>The individual plan of {resident} was approved as version {number} on two PCs at once ({names}). Both approvals are kept; check on the plan page which one is the plan agreed with the resident.</source>
        <translation>Den individuelle planen til {resident} ble godkjent som versjon {number} på to PC-er samtidig ({names}). Begge godkjenningene er tatt vare på; sjekk på plansiden hvilken som er planen som er avtalt med beboeren.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/store.py" line="1997"/>
        <source>The file of recent changes beside the database ({wal}) was damaged, so changes saved just before TeamDesk last stopped may be missing. A copy of it was kept as {kept} for your IT contact. Look over the last things you and your colleagues did, and enter again what is missing.</source>
        <translation>Filen med de siste endringene ved siden av databasen ({wal}) var skadet, så endringer som ble lagret like før TeamDesk sist stoppet, kan mangle. En kopi av den er tatt vare på som {kept} til IT-kontakten deres. Se over det siste du og kollegene dine gjorde, og legg inn på nytt det som mangler.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relation_chart.py" line="56"/>
        <source>All ties</source>
        <translation>Alle samarbeidsrelasjoner</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="66"/>
        <source>{tie}: {dimension} ({value})</source>
        <translation>{tie}: {dimension} ({value})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="90"/>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="304"/>
        <location filename="../../src/teamdesk/services/relations.py" line="552"/>
        <source>How we work together</source>
        <translation>Hvordan vi samarbeider</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="96"/>
        <source>Check-in ended {date}</source>
        <translation>Samarbeidsrunden ble avsluttet {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="100"/>
        <source>No results yet</source>
        <translation>Ingen resultater ennå</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="111"/>
        <source>Answers are about how roles and services work together, never about one person. Figures are shown only where at least {count} people answered.</source>
        <translation>Svarene handler om hvordan roller og tjenester samarbeider, aldri om én person. Tall vises bare der minst {count} personer har svart.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="105"/>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="120"/>
        <location filename="../../src/teamdesk/services/relations.py" line="554"/>
        <source>No check-in has been completed yet.</source>
        <translation>Ingen samarbeidsrunde er fullført ennå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="124"/>
        <source>{count} people took part. Scale: 1 (disagree strongly) to 5 (agree strongly).</source>
        <translation>{count} personer deltok. Skala: 1 (helt uenig) til 5 (helt enig).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="128"/>
        <source>What works</source>
        <translation>Det som fungerer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="134"/>
        <source>No tie stands out yet; the grid shows where you are closest.</source>
        <translation>Ingen samarbeidsrelasjon skiller seg ut ennå; rutenettet viser hvor dere er nærmest.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="135"/>
        <source>Ties and dimensions</source>
        <translation>Samarbeidsrelasjoner og dimensjoner</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="139"/>
        <source>Things to agree on together</source>
        <translation>Ting å bli enige om sammen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="148"/>
        <source>Fewer than {count} people answered about: {ties}. No figures are shown for them, so nobody&apos;s answers can be recognised.</source>
        <translation>Færre enn {count} personer svarte om: {ties}. Det vises ingen tall for dem, slik at ingens svar kan kjennes igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="157"/>
        <source>Over time</source>
        <translation>Over tid</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="161"/>
        <source>The trend shows from the second completed check-in on.</source>
        <translation>Utviklingen vises fra og med den andre fullførte samarbeidsrunden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="174"/>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="262"/>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="333"/>
        <source>Working with</source>
        <translation>Samarbeid med</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="167"/>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="174"/>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="265"/>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="197"/>
        <source>Shade:</source>
        <translation>Fargetone:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="261"/>
        <source>Check-in ended</source>
        <translation>Samarbeidsrunden avsluttet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="263"/>
        <source>Answered</source>
        <translation>Svarte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="309"/>
        <source>Answer by {date}</source>
        <translation>Svar innen {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="319"/>
        <source>Do not write your name. For each role or service you work with, write a number in each box: 1 = disagree strongly, 2 = disagree, 3 = neither, 4 = agree, 5 = agree strongly, ? = don&apos;t know. Leave a row empty for those you do not work with. The coordinator enters the form and then throws it away.</source>
        <translation>Ikke skriv navnet ditt. For hver rolle eller tjeneste du samarbeider med, skriv et tall i hver rute: 1 = helt uenig, 2 = uenig, 3 = verken eller, 4 = enig, 5 = helt enig, ? = vet ikke. La en rad stå tom for dem du ikke samarbeider med. Koordinatoren fører inn skjemaet og kaster det etterpå.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="328"/>
        <source>The statements</source>
        <translation>Påstandene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="331"/>
        <source>Your answers</source>
        <translation>Svarene dine</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="136"/>
        <source>This check-in no longer exists.</source>
        <translation>Denne samarbeidsrunden finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="158"/>
        <source>Only a leader, or the coordinator of the resident&apos;s plan, starts and closes a check-in and enters printed forms.</source>
        <translation>Bare en leder, eller koordinatoren for beboerens plan, starter og avslutter en samarbeidsrunde og fører inn utskrevne skjemaer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="241"/>
        <source>Choose a resident or a unit for the check-in.</source>
        <translation>Velg en beboer eller en avdeling for samarbeidsrunden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="249"/>
        <location filename="../../src/teamdesk/services/relations.py" line="484"/>
        <location filename="../../src/teamdesk/services/rota.py" line="371"/>
        <location filename="../../src/teamdesk/services/rota_import.py" line="188"/>
        <source>This unit no longer exists.</source>
        <translation>Denne avdelingen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="255"/>
        <source>The end date {day} has passed. Choose a later day.</source>
        <translation>Sluttdatoen {day} er passert. Velg en senere dag.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="260"/>
        <source>A check-in runs at most six weeks; choose an end date by {day}.</source>
        <translation>En samarbeidsrunde varer høyst seks uker; velg en sluttdato senest {day}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="264"/>
        <source>role or service</source>
        <translation>rolle eller tjeneste</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="266"/>
        <source>Name at least one role or service to ask about.</source>
        <translation>Oppgi minst én rolle eller tjeneste å spørre om.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="270"/>
        <source>A check-in asks about at most {limit} roles or services; it has {count}.</source>
        <translation>En samarbeidsrunde spør om høyst {limit} roller eller tjenester; denne har {count}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="278"/>
        <source>A check-in for {subject} is already open. Close it before starting a new one.</source>
        <translation>En samarbeidsrunde for {subject} er allerede åpen. Avslutt den før du starter en ny.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="308"/>
        <source>This check-in is closed; answers are no longer taken.</source>
        <translation>Denne samarbeidsrunden er avsluttet; det tas ikke imot flere svar.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="320"/>
        <source>Only the staff who work with {subject} answer this check-in for themselves. The coordinator can enter a printed form.</source>
        <translation>Bare de ansatte som jobber med {subject}, svarer selv på denne samarbeidsrunden. Koordinatoren kan føre inn et utskrevet skjema.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="328"/>
        <source>You have already answered this check-in. Thank you!</source>
        <translation>Du har allerede svart på denne samarbeidsrunden. Takk!</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="416"/>
        <source>This check-in is already closed.</source>
        <translation>Denne samarbeidsrunden er allerede avsluttet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="557"/>
        <source>Check-in ended {date}; {count} people took part.</source>
        <translation>Samarbeidsrunden ble avsluttet {date}; {count} personer deltok.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="563"/>
        <source>What works: {items}.</source>
        <translation>Det som fungerer: {items}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="575"/>
        <source>To agree on together: {tie}, {dimension} ({value}). {suggestion}</source>
        <translation>Å bli enige om sammen: {tie}, {dimension} ({value}). {suggestion}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="650"/>
        <source>Choose PDF, CSV or JSON.</source>
        <translation>Velg PDF, CSV eller JSON.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/house_keys.py" line="152"/>
        <source>A house key in the sync folder is not signed by an administrator of this house; it was ignored.</source>
        <translation>En nøkkel for huset i synkroniseringsmappen er ikke signert av en administrator i dette huset; den ble oversett.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/housekeys.py" line="65"/>
        <source>A house key in the sync folder is damaged; it was ignored.</source>
        <translation>En nøkkel for huset i synkroniseringsmappen er skadet; den ble oversett.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="176"/>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="191"/>
        <source>A snapshot in the sync folder is cut short.</source>
        <translation>Et øyeblikksbilde i synkroniseringsmappen er avkuttet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="179"/>
        <source>A file in the sync folder is not a TeamDesk snapshot.</source>
        <translation>En fil i synkroniseringsmappen er ikke et øyeblikksbilde fra TeamDesk.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="183"/>
        <source>The house in the sync folder was published by a newer TeamDesk. Update TeamDesk on this PC, then join again.</source>
        <translation>Huset i synkroniseringsmappen ble publisert av en nyere TeamDesk. Oppdater TeamDesk på denne PC-en, og koble til på nytt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="250"/>
        <source>A snapshot in the sync folder belongs to another house.</source>
        <translation>Et øyeblikksbilde i synkroniseringsmappen tilhører et annet hus.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="269"/>
        <source>A snapshot in the sync folder is damaged, cut short or was altered; nothing was taken from it.</source>
        <translation>Et øyeblikksbilde i synkroniseringsmappen er skadet, avkuttet eller endret; ingenting ble hentet fra det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="69"/>
        <source>Day</source>
        <translation>Dagvakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="70"/>
        <source>Evening</source>
        <translation>Kveldsvakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="71"/>
        <source>Night</source>
        <translation>Nattevakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="72"/>
        <source>Long day</source>
        <translation>Langvakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="136"/>
        <source>Swapped shift</source>
        <translation>Byttet vakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="137"/>
        <source>Extra shift</source>
        <translation>Ekstravakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="138"/>
        <source>Covers sick leave</source>
        <translation>Dekker sykefravær</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="139"/>
        <source>Off this day</source>
        <translation>Fri denne dagen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="76"/>
        <source>There is no shift with the code {code}. The house&apos;s shifts are: {codes}.</source>
        <translation>Det finnes ingen vakt med koden {code}. Husets vakter er: {codes}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="127"/>
        <source>The limit is 0 or more, not {value}.</source>
        <translation>Grensen er 0 eller mer, ikke {value}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="134"/>
        <source>A share is between 0 and 100 percent, not {value}.</source>
        <translation>En andel er mellom 0 og 100 prosent, ikke {value}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="257"/>
        <location filename="../../src/teamdesk/services/rota.py" line="278"/>
        <location filename="../../src/teamdesk/services/rota.py" line="480"/>
        <location filename="../../src/teamdesk/services/rota.py" line="602"/>
        <source>This shift no longer exists.</source>
        <translation>Denne vakten finnes ikke lenger.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/services/rota.py" line="286"/>
        <source>The shift {code} is used on %n day(s) in the rotas. Give those days another shift first.</source>
        <translation>
            <numerusform>Vakten {code} brukes på %n dag i turnusene. Gi den dagen en annen vakt først.</numerusform>
            <numerusform>Vakten {code} brukes på %n dager i turnusene. Gi de dagene en annen vakt først.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="301"/>
        <source>shift code</source>
        <translation>vaktkode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="305"/>
        <source>A shift code is one word of at most {max} characters, not {code}.</source>
        <translation>En vaktkode er ett ord på høyst {max} tegn, ikke {code}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="313"/>
        <source>The code {code} is already the {name} shift&apos;s. Choose another code.</source>
        <translation>Koden {code} tilhører allerede vakten {name}. Velg en annen kode.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="317"/>
        <source>shift name</source>
        <translation>vaktnavn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="323"/>
        <source>The shift {code} starts and ends at {time}. Give it an end time.</source>
        <translation>Vakten {code} begynner og slutter klokka {time}. Gi den et sluttidspunkt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="338"/>
        <source>{text} is not a time of day. Write it as 07:30 or 22.15.</source>
        <translation>{text} er ikke et klokkeslett. Skriv det som 07:30 eller 22.15.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="375"/>
        <source>This unit already has a rota. Change that one instead.</source>
        <translation>Denne avdelingen har allerede en turnus. Endre den i stedet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="383"/>
        <source>rota name</source>
        <translation>turnusens navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="411"/>
        <source>{count} shifts are planned after week {weeks} of the cycle. Clear those weeks before making the cycle shorter.</source>
        <translation>{count} vakter er satt opp etter uke {weeks} i turnusen. Tøm de ukene før du gjør turnusen kortere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="428"/>
        <source>A rota&apos;s cycle is 1 to {max} weeks long, not {weeks}.</source>
        <translation>En turnus er 1 til {max} uker lang, ikke {weeks}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="475"/>
        <location filename="../../src/teamdesk/services/rota_import.py" line="243"/>
        <source>Day {day} is outside the rota&apos;s cycle of {weeks} weeks.</source>
        <translation>Dag {day} ligger utenfor turnusen på {weeks} uker.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="546"/>
        <source>The rota has weeks 1 to {weeks}; there is no week {week}.</source>
        <translation>Turnusen har uke 1 til {weeks}; det finnes ingen uke {week}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="569"/>
        <source>This rota no longer exists.</source>
        <translation>Denne turnusen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="593"/>
        <source>A person cannot cover their own sick leave.</source>
        <translation>Ingen kan dekke sitt eget sykefravær.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="595"/>
        <source>A day off has no shift. Leave the shift empty.</source>
        <translation>En fridag har ingen vakt. La vakten stå tom.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="599"/>
        <source>Choose the shift worked on {day}.</source>
        <translation>Velg vakten som jobbes {day}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="639"/>
        <source>This change no longer exists.</source>
        <translation>Denne endringen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="54"/>
        <source>row {row}, column {column} ({heading})</source>
        <translation>rad {row}, kolonne {column} ({heading})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="63"/>
        <source>In {file}, {where}: {problem} Nothing was imported.</source>
        <translation>I {file}, {where}: {problem} Ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="77"/>
        <source>{file} cannot be read. Check the name and the folder.</source>
        <translation>{file} kan ikke leses. Sjekk navnet og mappen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="83"/>
        <source>{file} is {size} MB; a list to import is at most {max} MB. Is it the right file?</source>
        <translation>{file} er {size} MB; en liste som skal importeres, er høyst {max} MB. Er det riktig fil?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="97"/>
        <source>{file} is neither a CSV file nor an Excel workbook (.xlsx). Save it as one of those.</source>
        <translation>{file} er verken en CSV-fil eller en Excel-arbeidsbok (.xlsx). Lagre den som en av dem.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="109"/>
        <source>{file} has more than {max} rows; an import takes at most {max} at a time. Is it the right file? Split a longer one.</source>
        <translation>{file} har mer enn {max} rader; en import tar høyst {max} om gangen. Er det riktig fil? Del opp en lengre fil.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="131"/>
        <source>{file} is not a text file, so it is not a CSV file.</source>
        <translation>{file} er ikke en tekstfil, og derfor ikke en CSV-fil.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="157"/>
        <source>{file} cannot be read as CSV near row {row}: {problem}. Nothing was imported.</source>
        <translation>{file} kan ikke leses som CSV rundt rad {row}: {problem}. Ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="167"/>
        <source>{file} is not an Excel workbook, though its name ends in .xlsx (it may be another kind of file renamed). Open it in Excel and save it as .xlsx or CSV.</source>
        <translation>{file} er ikke en Excel-arbeidsbok, selv om navnet slutter på .xlsx (det kan være en annen filtype som har fått nytt navn). Åpne den i Excel og lagre den som .xlsx eller CSV.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="244"/>
        <source>{file} has no row of column headings, so there is nothing to import.</source>
        <translation>{file} har ingen rad med kolonneoverskrifter, så det er ingenting å importere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="257"/>
        <source>{text} starts like a spreadsheet formula, and TeamDesk does not import formulas. Correct the cell in the file.</source>
        <translation>{text} begynner som en regnearkformel, og TeamDesk importerer ikke formler. Rett cellen i filen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/handover.py" line="132"/>
        <source>The house has no rota yet, so there is no shift to hand over.</source>
        <translation>Huset har ingen turnus ennå, så det er ingen vakt å overlevere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rekey.py" line="41"/>
        <source>The database key was not replaced, because this PC syncs with other PCs: they read its changes with a key that comes from the database key, so after a new key they could read them no more and would have to join the house again. Nothing was changed.</source>
        <translation>Databasenøkkelen ble ikke byttet ut, fordi denne PC-en synkroniserer med andre PC-er: de leser endringene dens med en nøkkel som kommer fra databasenøkkelen, så med en ny nøkkel kunne de ikke lenger lese dem og måtte kobles til huset på nytt. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rekey.py" line="60"/>
        <location filename="../../src/teamdesk/store/rekey.py" line="114"/>
        <source>The database key was not replaced, because these accounts have not signed in since roles were signed and so cannot be given the new key: {names}. Give them a new password, or switch them off, and try again.</source>
        <translation>Databasenøkkelen ble ikke byttet ut, fordi disse kontoene ikke har logget på siden rollene ble signert, og derfor ikke kan få den nye nøkkelen: {names}. Gi dem et nytt passord, eller slå dem av, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rekey.py" line="155"/>
        <source>The database key was not replaced: {reason}. The database keeps its key; nothing was changed.</source>
        <translation>Databasenøkkelen ble ikke byttet ut: {reason}. Databasen beholder nøkkelen sin; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/rekey.py" line="87"/>
        <source>The database key was not replaced, because TeamDesk is open on another PC or in another window. Close it there and try again.</source>
        <translation>Databasenøkkelen ble ikke byttet ut, fordi TeamDesk er åpent på en annen PC eller i et annet vindu. Lukk det der, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/rekey.py" line="125"/>
        <source>The database key was not replaced, because the database was not closed cleanly. Sign in and out once, then try again.</source>
        <translation>Databasenøkkelen ble ikke byttet ut, fordi databasen ikke ble lukket ordentlig. Logg på og av én gang, og prøv så igjen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="70"/>
        <source>Norwegian individual plan (the regulation&apos;s items a) to i))</source>
        <translation>Norsk individuell plan (forskriftens punkt a) til i))</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="71"/>
        <source>Danish shared development plan (Serviceloven § 141, one coordinator)</source>
        <translation>Dansk felles utviklingsplan (Serviceloven § 141, én koordinator)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="77"/>
        <source>Shared development plan</source>
        <translation>Felles utviklingsplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="81"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="81"/>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="83"/>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="83"/>
        <source>Intervention goal</source>
        <translation>Innsatsmål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="83"/>
        <source>Intervention goals</source>
        <translation>Innsatsmål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="104"/>
        <source>The first follow-up must be between 1 and {first} months after moving in.</source>
        <translation>Første oppfølging må komme mellom 1 og {first} måneder etter innflytting.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="106"/>
        <source>Follow-up must come at least every 1 to {interval} months.</source>
        <translation>Oppfølgingen må komme minst hver 1. til {interval}. måned.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="111"/>
        <source>The principle: as few professionals as possible around the citizen.</source>
        <translation>Prinsippet: færrest mulig fagpersoner rundt borgeren.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="112"/>
        <source>Professionals around {resident}: {count}.</source>
        <translation>Fagpersoner rundt {resident}: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="59"/>
        <source>Say whose team with --resident NAME, for example --resident &quot;Per Hansen&quot;.</source>
        <translation>Oppgi hvilken beboers team med --resident NAVN, for eksempel --resident &quot;Per Hansen&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="81"/>
        <source>Check-in results about {name} written to {path}.</source>
        <translation>Resultatene fra samarbeidsrundene om {name} er skrevet til {path}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="82"/>
        <source>Check-in results about {name} written to {path} ({pages}).</source>
        <translation>Resultatene fra samarbeidsrundene om {name} er skrevet til {path} ({pages}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="99"/>
        <source>How we work together: {subject}</source>
        <translation>Hvordan vi samarbeider: {subject}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="102"/>
        <source>Open check-in until {date} (results when it closes).</source>
        <translation>Åpen samarbeidsrunde til {date} (resultater når den lukkes).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli_reports.py" line="109"/>
        <source>Latest check-in ended {date}: %n person(s) took part.</source>
        <translation>
            <numerusform>Siste samarbeidsrunde ble avsluttet {date}: %n person deltok.</numerusform>
            <numerusform>Siste samarbeidsrunde ble avsluttet {date}: %n personer deltok.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="113"/>
        <source>What works:</source>
        <translation>Det som fungerer:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="119"/>
        <source>Ties (weakest first); columns: {columns}, index</source>
        <translation>Relasjoner (svakeste først); kolonner: {columns}, indeks</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="122"/>
        <source>fewer than {minimum} answered: no figures</source>
        <translation>færre enn {minimum} svarte: ingen tall</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="134"/>
        <source>Trend: {points}</source>
        <translation>Utvikling: {points}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="147"/>
        <source>A PDF needs a file: add --out FILE, for example --out {example}.</source>
        <translation>En PDF trenger en fil: legg til --out FIL, for eksempel --out {example}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="173"/>
        <source>--out writes a PDF or a CSV file: add --format pdf or --format csv.</source>
        <translation>--out skriver en PDF- eller CSV-fil: legg til --format pdf eller --format csv.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="181"/>
        <source>Coordinator overview written to {path}.</source>
        <translation>Koordinatoroversikten er skrevet til {path}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="182"/>
        <source>Coordinator overview written to {path} ({pages}).</source>
        <translation>Koordinatoroversikten er skrevet til {path} ({pages}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli_reports.py" line="231"/>
        <source>%n coordinator(s), {gaps} with gaps (gaps first)</source>
        <translation>
            <numerusform>%n koordinator, {gaps} med mangler (mangler først)</numerusform>
            <numerusform>%n koordinatorer, {gaps} med mangler (mangler først)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="237"/>
        <source>no course</source>
        <translation>uten kurs</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="239"/>
        <source>mentor {name}</source>
        <translation>veileder {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="241"/>
        <source>no mentor</source>
        <translation>ingen veileder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="243"/>
        <source>plans {count}</source>
        <translation>planer {count}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="244"/>
        <source>conflicts {count}</source>
        <translation>konflikter {count}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="245"/>
        <source>overdue {count}</source>
        <translation>forfalt {count}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="288"/>
        <source>Meetings are listed as text, json or csv on the screen.</source>
        <translation>Møter vises som text, json eller csv på skjermen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="296"/>
        <source>Meetings about {name} (latest first)</source>
        <translation>Møter om {name} (nyeste først)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="299"/>
        <source>Upcoming meetings</source>
        <translation>Kommende møter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="330"/>
        <source>Say which meeting with --meeting ID; &apos;teamdesk report meetings&apos; lists them with their ids (export {what}).</source>
        <translation>Oppgi hvilket møte med --meeting ID; &apos;teamdesk report meetings&apos; viser dem med id-ene deres (export {what}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="359"/>
        <source>{document} ({meeting}, {name}, {date}) written to {path}.</source>
        <translation>{document} ({meeting}, {name}, {date}) er skrevet til {path}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="360"/>
        <source>{document} ({meeting}, {name}, {date}) written to {path} ({pages}).</source>
        <translation>{document} ({meeting}, {name}, {date}) er skrevet til {path} ({pages}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="372"/>
        <source>Calendar invitation</source>
        <translation>Kalenderinvitasjon</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/app.py" line="25"/>
        <source>TeamDesk: teams, individual plans and meetings for housing communities. Without a subcommand it opens the program; run &apos;teamdesk help&apos; for the subcommands.</source>
        <translation>TeamDesk: team, individuelle planer og møter for bofellesskap. Uten kommando åpner det programmet; kjør &apos;teamdesk help&apos; for kommandoene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/app.py" line="36"/>
        <source>print the version</source>
        <translation>skriv ut versjonen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/app.py" line="40"/>
        <location filename="../../src/teamdesk/cli.py" line="175"/>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/app.py" line="42"/>
        <source>folder that holds teamdesk.sqlite3 (with --demo: an empty folder, or one that holds a demo, to use instead of the usual demo folder)</source>
        <translation>mappen som inneholder teamdesk.sqlite3 (med --demo: en tom mappe, eller en som har en demo, som brukes i stedet for den vanlige demomappen)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/app.py" line="52"/>
        <source>open a separate demo database with fictional data</source>
        <translation>åpne en egen demodatabase med oppdiktede data</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/app.py" line="58"/>
        <source>language of the program and what it prints: nb (Norwegian bokmål), da (Danish) or en (English); default: TEAMDESK_LANGUAGE, else the system&apos;s language</source>
        <translation>språket i programmet og det det skriver ut: nb (norsk bokmål), da (dansk) eller en (engelsk); standard: TEAMDESK_LANGUAGE, ellers systemets språk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/app.py" line="69"/>
        <source>open the main window, wait until it shows data, print the milliseconds from process start to ready, and exit</source>
        <translation>åpne hovedvinduet, vent til det viser data, skriv ut millisekundene fra prosessen startet til alt er klart, og avslutt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="24"/>
        <source>usage: </source>
        <translation>bruk: </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="25"/>
        <source>positional arguments</source>
        <translation>posisjonsargumenter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="26"/>
        <source>options</source>
        <translation>valg</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="27"/>
        <source>show this help message and exit</source>
        <translation>vis denne hjelpeteksten og avslutt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="28"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: feil: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="29"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="30"/>
        <source>the following arguments are required: %s</source>
        <translation>disse argumentene mangler: %s</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="31"/>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumentene %s må være med</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="32"/>
        <source>not allowed with argument %s</source>
        <translation>kan ikke brukes sammen med argumentet %s</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="33"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldig valg: %(value)r (velg blant %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="34"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig verdi av typen %(type)s: %(value)r</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="35"/>
        <source>unrecognized arguments: %s</source>
        <translation>ukjente argumenter: %s</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="36"/>
        <source>expected one argument</source>
        <translation>forventet ett argument</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="37"/>
        <source>expected at most one argument</source>
        <translation>forventet høyst ett argument</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="38"/>
        <source>expected at least one argument</source>
        <translation>forventet minst ett argument</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="39"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig valg: %(option)s kan passe med %(matches)s</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="40"/>
        <source>ignored explicit argument %r</source>
        <translation>så bort fra oppgitt argument %r</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="41"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>ukjent kommando %(parser_name)r (valg: %(choices)s)</translation>
    </message>
</context>
</TS>
