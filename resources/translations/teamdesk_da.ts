<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AccessLogDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="135"/>
        <source>Access log — {name}</source>
        <translation>Adgangslog — {name}</translation>
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
        <translation>Hændelser</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="170"/>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Eksportér som PDF …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="220"/>
        <source>Save the access log</source>
        <translation>Gem adgangsloggen</translation>
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
        <translation>Brugerkonti og adgangskoder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="68"/>
        <source>Sections</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="85"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Brugerkonti</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="87"/>
        <source>&amp;My password and PIN</source>
        <translation>&amp;Min adgangskode og pinkode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="90"/>
        <source>&amp;Locking</source>
        <translation>&amp;Låsning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="93"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>AccountsMenu</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="154"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Brugerkonti …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_dialog.py" line="162"/>
        <source>My &amp;password and PIN…</source>
        <translation>Min &amp;adgangskode og pinkode …</translation>
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
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="80"/>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="315"/>
        <source>All units</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="81"/>
        <source>Staff record</source>
        <translation>Medarbejderoplysninger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="82"/>
        <source>Sign-in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="88"/>
        <source>Accounts</source>
        <translation>Brugerkonti</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="99"/>
        <source>How many accounts</source>
        <translation>Antal brugerkonti</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="101"/>
        <source>About the database key</source>
        <translation>Om databasenøglen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="115"/>
        <source>Account forms</source>
        <translation>Formularer til brugerkonti</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="140"/>
        <source>&amp;Replace the key now</source>
        <translation>&amp;Skift nøglen nu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="142"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ikke nu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="149"/>
        <source>Switched off</source>
        <translation>Slået fra</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="151"/>
        <source>Needs a new password</source>
        <translation>Skal have ny adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="152"/>
        <source>Can sign in</source>
        <translation>Kan logge ind</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="156"/>
        <source>Set a new password to switch the account on again.</source>
        <translation>Giv en ny adgangskode for at slå kontoen til igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="159"/>
        <source>The key file holds no key for this account (a backup from before was restored). Set a new password so the person can sign in.</source>
        <translation>Nøglefilen har ingen nøgle til denne konto (en ældre sikkerhedskopi blev genskabt). Giv en ny adgangskode, så personen kan logge ind.</translation>
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
        <translation>Rolle for den valgte konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="175"/>
        <source>Unit of the selected account</source>
        <translation>Afdeling for den valgte konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="177"/>
        <source>Staff record of the selected account</source>
        <translation>Medarbejderoplysninger for den valgte konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="179"/>
        <source>About the role, unit or record</source>
        <translation>Om rollen, afdelingen eller medarbejderoplysningerne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="186"/>
        <source>New password</source>
        <translation>Ny adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="187"/>
        <source>New password again</source>
        <translation>Ny adgangskode igen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="188"/>
        <source>About the new password</source>
        <translation>Om den nye adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="190"/>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="250"/>
        <source>About the password typed again</source>
        <translation>Om adgangskoden skrevet igen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="193"/>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="395"/>
        <source>Set &amp;new password</source>
        <translation>Giv &amp;ny adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="193"/>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="396"/>
        <source>Set new password</source>
        <translation>Giv ny adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="198"/>
        <source>S&amp;witch off…</source>
        <translation>&amp;Slå fra …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="198"/>
        <source>Switch the account off</source>
        <translation>Slå kontoen fra</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="201"/>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="257"/>
        <source>What happened</source>
        <translation>Hvad der skete</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="205"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="206"/>
        <source>&amp;Unit:</source>
        <translation>Af&amp;deling:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="208"/>
        <source>Staff recor&amp;d:</source>
        <translation>&amp;Medarbejderoplysninger:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="212"/>
        <source>New &amp;password:</source>
        <translation>Ny &amp;adgangskode:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="216"/>
        <source>Password a&amp;gain:</source>
        <translation>Adgangskode &amp;igen:</translation>
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
        <translation>Navn på den nye konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="237"/>
        <source>as shown at sign-in, e.g. Kari Nordmann</source>
        <translation>som det vises ved log ind, f.eks. Mette Hansen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="238"/>
        <source>About the name</source>
        <translation>Om navnet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="239"/>
        <source>Role of the new account</source>
        <translation>Rolle for den nye konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="241"/>
        <source>Unit of the new account</source>
        <translation>Afdeling for den nye konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="243"/>
        <source>Staff record of the new account</source>
        <translation>Medarbejderoplysninger for den nye konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="246"/>
        <source>First password</source>
        <translation>Første adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="247"/>
        <source>About the password</source>
        <translation>Om adgangskoden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="248"/>
        <source>Password again</source>
        <translation>Adgangskode igen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="253"/>
        <source>&amp;Create account</source>
        <translation>Opre&amp;t konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="253"/>
        <source>Create account</source>
        <translation>Opret konto</translation>
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
        <translation>Afdelin&amp;g:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="266"/>
        <source>Staf&amp;f record:</source>
        <translation>Medarbejderoplys&amp;ninger:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="268"/>
        <source>First pa&amp;ssword:</source>
        <translation>&amp;Første adgangskode:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="272"/>
        <source>Password again:</source>
        <translation>Adgangskode igen:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="277"/>
        <source>Give the password to the person in private; they can change it under My password and PIN.</source>
        <translation>Giv adgangskoden til personen, når I er alene; personen kan selv ændre den under Min adgangskode og pinkode.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="322"/>
        <source>No staff record</source>
        <translation>Ingen medarbejderoplysninger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="332"/>
        <source>(a record no longer offered)</source>
        <translation>(oplysninger, der ikke længere kan vælges)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="351"/>
        <source>%n account(s), {off} switched off.</source>
        <translation>
            <numerusform>%n konto, {off} slået fra.</numerusform>
            <numerusform>%n konti, {off} slået fra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="354"/>
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n konto.</numerusform>
            <numerusform>%n konti.</numerusform>
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
        <translation>Slå &amp;til med denne adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="399"/>
        <source>Switch on with this password</source>
        <translation>Slå til med denne adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="424"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="436"/>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="528"/>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>De to adgangskoder er ikke ens. Skriv adgangskoden igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="453"/>
        <source>{name} can sign in with the new password now.</source>
        <translation>{name} kan logge ind med den nye adgangskode nu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="456"/>
        <source>{name} is switched on again and can sign in with the new password.</source>
        <translation>{name} er slået til igen og kan logge ind med den nye adgangskode.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="467"/>
        <source>Switch off {name}? They can no longer sign in. Their name stays in the access log; a new password switches the account on again.</source>
        <translation>Slå {name} fra? Personen kan ikke længere logge ind. Navnet bliver stående i adgangsloggen; en ny adgangskode slår kontoen til igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="479"/>
        <source>{name} is switched off and can no longer sign in.</source>
        <translation>{name} er slået fra og kan ikke længere logge ind.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="492"/>
        <source>A copy of the key file {name} may have kept still opens the database, and any copy of the database they took, even though they can no longer sign in.</source>
        <translation>En kopi af nøglefilen, som {name} kan have gemt, åbner stadig databasen og enhver kopi af databasen, vedkommende har taget med sig, selv om vedkommende ikke længere kan logge ind.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="500"/>
        <source>{why} Replace the database key now, so that their copy opens nothing? Everyone else signs in as before. This PC does not sync with other PCs, so no other PC is affected. TeamDesk must be closed on other PCs and in other windows first; you stay signed in here.</source>
        <translation>{why} Vil du skifte databasenøglen nu, så kopien ikke åbner noget? Alle andre logger ind som før. Denne pc synkroniserer ikke med andre pc&apos;er, så ingen andre pc&apos;er berøres. TeamDesk skal først lukkes på andre pc&apos;er og i andre vinduer; du forbliver logget ind her.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/accounts_tab.py" line="557"/>
        <source>{name} can sign in now, with the password you gave.</source>
        <translation>{name} kan logge ind nu med den adgangskode, du gav.</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="39"/>
        <source>Agenda and minutes</source>
        <translation>Dagsorden og referat</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="46"/>
        <source>Drafted from the plan in the language TeamDesk spoke when the meeting was prepared; from then on the words are the meeting&apos;s own. Reorder, add, remove or reword items; write the minutes under each item during or after the meeting.</source>
        <translation>Lavet ud fra planen på det sprog, TeamDesk talte, da mødet blev forberedt; derefter er ordene mødets egne. Flyt, tilføj, fjern eller omformulér punkter; skriv referatet under hvert punkt under eller efter mødet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="55"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="56"/>
        <source>Item</source>
        <translation>Punkt</translation>
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
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="70"/>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="72"/>
        <source>Move the chosen item up</source>
        <translation>Flyt det valgte punkt op</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="76"/>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="78"/>
        <source>Move the chosen item down</source>
        <translation>Flyt det valgte punkt ned</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="82"/>
        <source>Remove item</source>
        <translation>Fjern punkt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="84"/>
        <source>Remove the chosen item from the agenda</source>
        <translation>Fjern det valgte punkt fra dagsordenen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="94"/>
        <source>a new agenda item</source>
        <translation>et nyt punkt på dagsordenen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="96"/>
        <source>New agenda item</source>
        <translation>Nyt punkt på dagsordenen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="98"/>
        <source>A new item… (Enter adds)</source>
        <translation>Et nyt punkt … (Enter tilføjer)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="101"/>
        <source>Add item</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="101"/>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="187"/>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="211"/>
        <source>Add agenda item</source>
        <translation>Tilføj punkt på dagsordenen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="104"/>
        <source>How we work together</source>
        <translation>Sådan arbejder vi sammen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="106"/>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="110"/>
        <source>Add the latest check-in on how we work together to the agenda</source>
        <translation>Føj den seneste samarbejdsrunde om, hvordan vi arbejder sammen, til dagsordenen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="116"/>
        <source>The chosen item&apos;s words</source>
        <translation>Ordlyden i det valgte punkt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="119"/>
        <source>Chosen item</source>
        <translation>Valgt punkt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="121"/>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="125"/>
        <source>Minutes for the chosen item</source>
        <translation>Referat for det valgte punkt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="128"/>
        <source>What was said and agreed under this item… (saved when you leave the field)</source>
        <translation>Hvad der blev sagt og aftalt under dette punkt … (gemmes, når du forlader feltet)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="159"/>
        <source>Minutes: choose an agenda item first</source>
        <translation>Referat: vælg først et punkt på dagsordenen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="164"/>
        <source>Minutes for item {number}</source>
        <translation>Referat for punkt {number}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="221"/>
        <source>Move agenda item</source>
        <translation>Flyt punkt på dagsordenen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="231"/>
        <source>Remove agenda item</source>
        <translation>Fjern punkt fra dagsordenen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/agenda.py" line="241"/>
        <source>Reword agenda item</source>
        <translation>Omformulér punkt på dagsordenen</translation>
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
        <translation>Sådan arbejder vi sammen — {subject}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="139"/>
        <source>Type in one printed form, box by box as it is written. It is recorded as entered by {name}; the form carries no name. Throw the paper away afterwards.</source>
        <translation>Indtast ét udskrevet skema, felt for felt som det er skrevet. Det registreres som indtastet af {name}; skemaet har intet navn på. Smid papiret ud bagefter.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="144"/>
        <source>Seven short statements about each role or service you work with for {subject}. Your answers are anonymous: they are counted when the check-in closes, and nobody can see what you answered.</source>
        <translation>Syv korte udsagn om hver rolle eller hvert tilbud, du arbejder sammen med omkring {subject}. Dine svar er anonyme: de tælles, når samarbejdsrunden afsluttes, og ingen kan se, hvad du svarede.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="148"/>
        <source>About this form</source>
        <translation>Om dette skema</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="154"/>
        <source>Type 1 to 5 in each box (1 = disagree strongly, 5 = agree strongly), 0 or ? for don&apos;t know; the cursor moves on by itself. Delete empties a box. Leave a row empty for those you do not work with.</source>
        <translation>Skriv 1 til 5 i hvert felt (1 = helt uenig, 5 = helt enig), 0 eller ? for ved ikke; markøren går selv videre. Delete tømmer et felt. Lad en række stå tom for dem, du ikke arbejder sammen med.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="160"/>
        <source>How to answer</source>
        <translation>Sådan svarer du</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="165"/>
        <source>The statement</source>
        <translation>Udsagnet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="176"/>
        <source>Answers: roles and services down, statements across</source>
        <translation>Svar: roller og tilbud nedad, udsagn henover</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="191"/>
        <source>How much is filled in</source>
        <translation>Hvor meget der er udfyldt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="194"/>
        <source>What is missing</source>
        <translation>Det, der mangler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="200"/>
        <source>Hand in</source>
        <translation>Aflever</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="202"/>
        <source>Hand in the answers</source>
        <translation>Aflever svarene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="203"/>
        <source>Ctrl+Enter hands in from anywhere in the form</source>
        <translation>Ctrl+Enter afleverer fra et hvilket som helst sted i skemaet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="269"/>
        <source>{tie} · statement {number} of {count}: {statement}</source>
        <translation>{tie} · udsagn {number} af {count}: {statement}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="280"/>
        <source>{filled} of {total} boxes filled in.</source>
        <translation>{filled} af {total} felter er udfyldt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/answer.py" line="287"/>
        <source>Answer at least one statement before handing in.</source>
        <translation>Svar på mindst ét udsagn, før du afleverer.</translation>
    </message>
</context>
<context>
    <name>ApprovalSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="42"/>
        <source>Status, approval and versions</source>
        <translation>Status, godkendelse og versioner</translation>
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
        <translation>Version, der skal vises eller udskrives</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="54"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="56"/>
        <source>What changed</source>
        <translation>Hvad der er ændret</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="61"/>
        <source>&amp;Approve this version</source>
        <translation>Godkend de&amp;nne version</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="63"/>
        <source>Approve the plan as a new version</source>
        <translation>Godkend planen som en ny version</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="68"/>
        <source>Print &quot;&amp;My plan&quot; (PDF)…</source>
        <translation>Udskriv »&amp;Min plan« (PDF) …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="70"/>
        <source>Write the resident&apos;s one-page My plan as a PDF and open it</source>
        <translation>Lav beboerens Min plan på én side som PDF og åbn den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="75"/>
        <source>Pr&amp;epare a meeting…</source>
        <translation>Forbered et m&amp;øde …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="77"/>
        <source>Prepare a meeting about this plan: invitation and agenda drafted from it</source>
        <translation>Forbered et møde om denne plan: indkaldelse og dagsorden laves ud fra den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="90"/>
        <source>Is the plan complete?</source>
        <translation>Er planen fuldstændig?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="93"/>
        <source>Completeness checklist</source>
        <translation>Tjekliste for indholdet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="131"/>
        <source>Everything the plan asks for is in place.</source>
        <translation>Alt, hvad planen kræver, er på plads.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="133"/>
        <source>Everything the regulation asks for is in place.</source>
        <translation>Alt, hvad reglerne kræver, er på plads.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="142"/>
        <source>The plan as it is now</source>
        <translation>Planen, som den er nu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="145"/>
        <source>Version {number} ({date})</source>
        <translation>Version {number} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="162"/>
        <source>Changed since the last approved version:</source>
        <translation>Ændret siden sidste godkendte version:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="166"/>
        <source>Changed in version {number}:</source>
        <translation>Ændret i version {number}:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="173"/>
        <source>… and {count} more.</source>
        <translation>… og {count} mere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="184"/>
        <source>Change status</source>
        <translation>Skift status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/approval.py" line="193"/>
        <source>Approve version</source>
        <translation>Godkend version</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="266"/>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="275"/>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="282"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="285"/>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Genskab den valgte …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="319"/>
        <source>Checking the backups…</source>
        <translation>Kontrollerer sikkerhedskopierne …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="345"/>
        <source>Taking a backup…</source>
        <translation>Tager en sikkerhedskopi …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="367"/>
        <source>This backup is not sound ({detail}); choose another.</source>
        <translation>Denne sikkerhedskopi er ikke i orden ({detail}); vælg en anden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="374"/>
        <source>Restore this backup?</source>
        <translation>Genskab denne sikkerhedskopi?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="376"/>
        <source>TeamDesk will sign you out, put the backup from {taken} in place of the database and keep the current file aside (nothing is deleted). Everyone then signs in again. Close TeamDesk on other PCs&apos; windows to this folder first.</source>
        <translation>TeamDesk logger dig ud, sætter sikkerhedskopien fra {taken} ind i stedet for databasen og lægger den nuværende fil til side (intet slettes). Derefter logger alle ind igen. Luk først TeamDesk på andre pc&apos;er, der bruger denne mappe.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="42"/>
        <source>Conflicts: edited on two PCs</source>
        <translation>Konflikter: ændret på to pc&apos;er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="48"/>
        <source>About conflicts</source>
        <translation>Om konflikter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="51"/>
        <source>What waits for a person</source>
        <translation>Det, der venter på en person</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="57"/>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="59"/>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="218"/>
        <source>Version 1</source>
        <translation>Version 1</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="58"/>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="60"/>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="61"/>
        <source>Version 2</source>
        <translation>Version 2</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="65"/>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="94"/>
        <source>Before either edit</source>
        <translation>Før nogen af ændringerne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="69"/>
        <source>Your combination of the two</source>
        <translation>Din sammenlægning af de to</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="72"/>
        <source>Keep version 1</source>
        <translation>Behold version 1</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="75"/>
        <source>Keep version 2</source>
        <translation>Behold version 2</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="78"/>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="80"/>
        <source>Save the combination</source>
        <translation>Gem sammenlægningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="97"/>
        <source>Or combine them here (start from version 1 and add from version 2):</source>
        <translation>Eller læg dem sammen her (begynd med version 1, og tilføj fra version 2):</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="109"/>
        <source>What happened</source>
        <translation>Hvad der skete</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="112"/>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="112"/>
        <source>Keep the record</source>
        <translation>Behold posten</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="115"/>
        <source>Delete it after all</source>
        <translation>Slet den alligevel</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="117"/>
        <source>Delete the record after all</source>
        <translation>Slet posten alligevel</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="129"/>
        <source>Nothing waits</source>
        <translation>Intet venter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="169"/>
        <source>These were changed on two PCs at once and need a person. Nothing was lost: every version is kept until you choose.</source>
        <translation>Disse blev ændret på to pc&apos;er på samme tid og kræver en person. Intet gik tabt: alle versioner gemmes, indtil du vælger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="177"/>
        <source>Nothing waits for a person: every PC&apos;s edits merged.</source>
        <translation>Intet venter på en person: ændringerne fra alle pc&apos;er blev lagt sammen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="178"/>
        <source>No conflicts.</source>
        <translation>Ingen konflikter.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="193"/>
        <source>{record} ({what}) was deleted on one PC while something under it (a sub-goal) was changed or added on another. It was kept so that change can be seen. Keep it, or delete it after all together with what is under it.</source>
        <translation>{record} ({what}) blev slettet på én pc, mens noget under den (et delmål) blev ændret eller tilføjet på en anden. Den blev bevaret, så ændringen kan ses. Behold den, eller slet den alligevel sammen med det, der ligger under den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="204"/>
        <source>{record} ({what}) was deleted on one PC while it was changed on another. The change was kept, and the record with it. Keep it, or delete it after all now that you have seen the change.</source>
        <translation>{record} ({what}) blev slettet på én pc, mens den blev ændret på en anden. Ændringen blev bevaret, og posten med den. Behold den, eller slet den alligevel, nu hvor du har set ændringen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="214"/>
        <source>Version 1 (shown now), by {author}, {time} UTC</source>
        <translation>Version 1 (vises nu), af {author}, {time} UTC</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="224"/>
        <source>Version {n}, by {author}, {time} UTC</source>
        <translation>Version {n}, af {author}, {time} UTC</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="246"/>
        <source>Version 2, by {author}, {time} UTC</source>
        <translation>Version 2, af {author}, {time} UTC</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="250"/>
        <source>Another version:</source>
        <translation>En anden version:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="258"/>
        <source>Choose a text edited on two PCs</source>
        <translation>Vælg en tekst, der blev ændret på to pc&apos;er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="268"/>
        <source>Keep a record edited on another PC</source>
        <translation>Behold en post, der blev ændret på en anden pc</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/conflicts_view.py" line="278"/>
        <source>Delete a record after all</source>
        <translation>Slet en post alligevel</translation>
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
        <translation>Samtykke givet den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="41"/>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="118"/>
        <source>Given on (date)</source>
        <translation>Givet den (dato)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="44"/>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="49"/>
        <source>How consent was given</source>
        <translation>Hvordan samtykket blev givet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="46"/>
        <source>How (spoken in a meeting, in writing…)</source>
        <translation>Hvordan (mundtligt på et møde, skriftligt …)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="55"/>
        <source>Record c&amp;onsent</source>
        <translation>Registrér sam&amp;tykke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="57"/>
        <source>Record consent to the plan</source>
        <translation>Registrér samtykke til planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="63"/>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="134"/>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="65"/>
        <source>Record that consent was withdrawn</source>
        <translation>Registrér, at samtykket er trukket tilbage</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="72"/>
        <source>Consent to share information is recorded on each participant (section b).</source>
        <translation>Samtykke til at dele oplysninger registreres på hver deltager (del b).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="82"/>
        <source>Joined plan (helhedsorienteret plan, Serviceloven § 141 stk. 7)</source>
        <translation>Helhedsorienteret plan (serviceloven § 141, stk. 7)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="84"/>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="234"/>
        <source>Joined plan</source>
        <translation>Helhedsorienteret plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="90"/>
        <source>This plan is a &amp;joined plan that replaces the citizen&apos;s other plans</source>
        <translation>Planen er en &amp;helhedsorienteret plan, der erstatter borgerens andre planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="93"/>
        <source>Joined plan that replaces the citizen&apos;s other plans</source>
        <translation>Helhedsorienteret plan, der erstatter borgerens andre planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="102"/>
        <source>For example: the jobcentre&apos;s plan, a treatment plan (one a line)</source>
        <translation>For eksempel: jobcentrets plan, en behandlingsplan (én pr. linje)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="111"/>
        <source>Consent to share information across areas</source>
        <translation>Samtykke til at dele oplysninger på tværs af områder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="117"/>
        <source>Consent to share information across areas given on</source>
        <translation>Samtykke til deling på tværs af områder givet den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="123"/>
        <source>Consent to share given on</source>
        <translation>Samtykke til deling givet den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="128"/>
        <source>Record consent to &amp;share</source>
        <translation>Registrér samtykke til &amp;deling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="130"/>
        <source>Record consent to share information across areas</source>
        <translation>Registrér samtykke til at dele oplysninger på tværs af områder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="136"/>
        <source>Record that consent to share information across areas was withdrawn</source>
        <translation>Registrér, at samtykket til at dele oplysninger på tværs af områder er trukket tilbage</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="148"/>
        <source>{name} consented on {date} ({how}); recorded by {who}.</source>
        <translation>{name} gav samtykke den {date} ({how}); registreret af {who}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="157"/>
        <source>{name}&apos;s consent to the plan is not recorded yet.</source>
        <translation>{name}s samtykke til planen er ikke registreret endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="181"/>
        <source>{name} consented to sharing information across areas on {date}; recorded by {who}.</source>
        <translation>{name} gav samtykke til deling af oplysninger på tværs af områder den {date}; registreret af {who}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="189"/>
        <source>{name}&apos;s consent to sharing information across areas is not recorded yet. A joined plan needs it.</source>
        <translation>{name}s samtykke til deling af oplysninger på tværs af områder er ikke registreret endnu. En helhedsorienteret plan kræver det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="194"/>
        <source>Mark the plan as a joined plan when it replaces {name}&apos;s other plans; it then needs {name}&apos;s consent to sharing information across areas.</source>
        <translation>Markér planen som helhedsorienteret plan, når den erstatter {name}s andre planer; så kræver den {name}s samtykke til deling af oplysninger på tværs af områder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="217"/>
        <source>Record consent</source>
        <translation>Registrér samtykke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="226"/>
        <source>Consent withdrawn</source>
        <translation>Samtykke trukket tilbage</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="254"/>
        <source>Record consent to share</source>
        <translation>Registrér samtykke til deling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/consent.py" line="262"/>
        <source>Consent to share withdrawn</source>
        <translation>Samtykke til deling trukket tilbage</translation>
    </message>
</context>
<context>
    <name>ContributionsSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/contributions.py" line="35"/>
        <source>What services and relatives contribute is written on each participant (section b).</source>
        <translation>Hvad tilbud og pårørende bidrager med, skrives på hver deltager (del b).</translation>
    </message>
</context>
<context>
    <name>CooperationSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/cooperation.py" line="47"/>
        <source>Housing, work, personal help, treatment and aids, and who else works with the citizen</source>
        <translation>Bolig, beskæftigelse, personlig hjælp, behandling og hjælpemidler, og hvem der ellers arbejder med borgeren</translation>
    </message>
</context>
<context>
    <name>CoordinatorSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="28"/>
        <source>Coordinator</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="32"/>
        <source>About the coordinator</source>
        <translation>Om tovholderen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="38"/>
        <source>Staff member to coordinate</source>
        <translation>Medarbejder, der skal være tovholder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="45"/>
        <source>Make &amp;coordinator</source>
        <translation>Gør til &amp;tovholder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="47"/>
        <source>Make the chosen staff member coordinator</source>
        <translation>Gør den valgte medarbejder til tovholder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="52"/>
        <source>About the chosen person</source>
        <translation>Om den valgte person</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="55"/>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="58"/>
        <source>Case roles</source>
        <translation>Roller i sagen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="62"/>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="66"/>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="63"/>
        <source>Case role</source>
        <translation>Rolle i sagen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="67"/>
        <source>Case role:</source>
        <translation>Rolle i sagen:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="73"/>
        <source>Record</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="75"/>
        <source>Record the case role</source>
        <translation>Registrér rollen i sagen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="88"/>
        <source>No coordinator chosen yet.</source>
        <translation>Ingen tovholder valgt endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="92"/>
        <source>A leader allowed this despite a role conflict: {reason}</source>
        <translation>En leder har tilladt dette trods en rollekonflikt: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="108"/>
        <source>(nobody chosen yet)</source>
        <translation>(ingen valgt endnu)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="118"/>
        <source>{staff}: {role}</source>
        <translation>{staff}: {role}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="122"/>
        <source>Case roles on this resident: {roles}</source>
        <translation>Roller i sagen om denne beboer: {roles}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="124"/>
        <source>No one has a conflicting case role on this resident.</source>
        <translation>Ingen har en rolle i sagen om denne beboer, der giver konflikt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="147"/>
        <source>Override the role conflict?</source>
        <translation>Se bort fra rollekonflikten?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="151"/>
        <source>To go ahead anyway, write why. The reason is kept on the plan and in the audit log.</source>
        <translation>Skriv hvorfor, hvis du vil fortsætte alligevel. Begrundelsen gemmes i planen og i revisionsloggen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="167"/>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="178"/>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="180"/>
        <source>Choose coordinator</source>
        <translation>Vælg tovholder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="173"/>
        <source>Choose coordinator (role conflict overridden)</source>
        <translation>Vælg tovholder (rollekonflikt tilsidesat)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/coordinator.py" line="189"/>
        <source>Record case role</source>
        <translation>Registrér rolle i sagen</translation>
    </message>
</context>
<context>
    <name>CoordinatorsView</name>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentoring_view.py" line="44"/>
        <source>Coordinators</source>
        <translation>Tovholdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentoring_view.py" line="45"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overblik</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentoring_view.py" line="46"/>
        <source>&amp;Mentorships</source>
        <translation>&amp;Mentorforløb</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentoring_view.py" line="47"/>
        <source>&amp;Networks</source>
        <translation>&amp;Netværk</translation>
    </message>
</context>
<context>
    <name>DayOneImports</name>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="77"/>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="108"/>
        <source>Import the staff list</source>
        <translation>Importér medarbejderlisten</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="79"/>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="131"/>
        <source>Import the residents and their contacts</source>
        <translation>Importér beboerne og deres kontaktpersoner</translation>
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
        <translation>Medarbejdernummer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="99"/>
        <source>Education</source>
        <translation>Uddannelse</translation>
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
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="102"/>
        <source>Peer worker (yes/no)</source>
        <translation>Peer-medarbejder (ja/nej)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="110"/>
        <source>From {file}. Check which column holds what; TeamDesk remembers it for the next list. Staff already registered are left as they are. Nothing is written until you press Import.</source>
        <translation>Fra {file}. Tjek, hvilken kolonne der indeholder hvad; TeamDesk husker det til næste liste. Medarbejdere, der allerede er registreret, forbliver uændrede. Intet gemmes, før du trykker Importér.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="114"/>
        <source>Import staff from {file}</source>
        <translation>Importér medarbejdere fra {file}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="120"/>
        <source>Room</source>
        <translation>Værelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="122"/>
        <source>Moved in</source>
        <translation>Flyttet ind</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="123"/>
        <source>Primary contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="124"/>
        <source>Secondary contact</source>
        <translation>Sekundær kontaktperson</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="125"/>
        <source>Team members</source>
        <translation>Teammedlemmer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="133"/>
        <source>From {file}. Check which column holds what; TeamDesk remembers it for the next list. Contacts are found among the staff by name or employee number, so import the staff list first. Nothing is written until you press Import.</source>
        <translation>Fra {file}. Tjek, hvilken kolonne der indeholder hvad; TeamDesk husker det til næste liste. Kontaktpersonerne findes blandt medarbejderne ud fra navn eller medarbejdernummer, så importér medarbejderlisten først. Intet gemmes, før du trykker Importér.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/day_one.py" line="137"/>
        <source>Import residents from {file}</source>
        <translation>Importér beboere fra {file}</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="39"/>
        <source>Decisions: who does what, by when</source>
        <translation>Beslutninger: hvem gør hvad, og hvornår</translation>
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
        <translation>Markér som udført</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="64"/>
        <source>Mark the chosen decision done</source>
        <translation>Markér den valgte beslutning som udført</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="68"/>
        <source>Make it a plan &amp;measure</source>
        <translation>Gør til en &amp;indsats i planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="70"/>
        <source>Turn the chosen decision into a measure of the plan</source>
        <translation>Gør den valgte beslutning til en indsats i planen</translation>
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
        <translation>Fjern den valgte beslutning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="87"/>
        <source>a decision</source>
        <translation>en beslutning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="89"/>
        <source>What was decided</source>
        <translation>Hvad der blev besluttet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="91"/>
        <source>What was decided…</source>
        <translation>Hvad blev besluttet …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="95"/>
        <source>Who is responsible</source>
        <translation>Hvem der er ansvarlig</translation>
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
        <translation>Registrér &amp;beslutning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="106"/>
        <source>Record the decision under the chosen agenda item</source>
        <translation>Registrér beslutningen under det valgte punkt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="118"/>
        <source>Done {date}</source>
        <translation>Udført {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="120"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="122"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="124"/>
        <source>plan measure</source>
        <translation>indsats i planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="147"/>
        <source>Due, e.g. {date}</source>
        <translation>Frist, f.eks. {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="169"/>
        <source>Open again</source>
        <translation>Åbn igen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="201"/>
        <source>Record decision</source>
        <translation>Registrér beslutning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="226"/>
        <source>Mark decision done</source>
        <translation>Markér beslutning som udført</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="226"/>
        <source>Open decision again</source>
        <translation>Åbn beslutning igen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="241"/>
        <source>Decided at the meeting on {date}.</source>
        <translation>Besluttet på mødet den {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/decisions.py" line="245"/>
        <source>Make «{what}» a plan measure</source>
        <translation>Gør »{what}« til en indsats i planen</translation>
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
        <translation>Skal evalueres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="61"/>
        <source>Summary of evaluations due</source>
        <translation>Oversigt over evalueringer, der skal laves</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="66"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="67"/>
        <source>What</source>
        <translation>Hvad</translation>
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
        <translation>Tovholder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="79"/>
        <source>Plans and goals due for evaluation</source>
        <translation>Planer og mål, der skal evalueres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="80"/>
        <source>Press Enter to open the resident&apos;s individual plan.</source>
        <translation>Tryk Enter for at åbne beboerens handleplan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="98"/>
        <source>No evaluations are due: no plan or goal has an evaluation date that has passed or falls within the next {days} days.</source>
        <translation>Ingen evalueringer venter: ingen plan eller mål har en evalueringsdato, der er overskredet eller falder inden for de næste {days} dage.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="103"/>
        <source>Nothing is due for evaluation</source>
        <translation>Intet skal evalueres nu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="122"/>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="124"/>
        <source>Goal {number}: «{text}»</source>
        <translation>Mål {number}: »{text}«</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="127"/>
        <source>Goal: «{text}»</source>
        <translation>Mål: »{text}«</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="132"/>
        <source>overdue by {days} days</source>
        <translation>overskredet med {days} dage</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="134"/>
        <source>overdue by 1 day</source>
        <translation>overskredet med 1 dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="136"/>
        <source>due today</source>
        <translation>frist i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="138"/>
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="139"/>
        <source>in {days} days</source>
        <translation>om {days} dage</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="142"/>
        <source>No coordinator</source>
        <translation>Ingen tovholder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/evaluations_view.py" line="173"/>
        <source>{overdue} overdue, {soon} due within the next {days} days. Double-click a row or press Enter to open the resident&apos;s individual plan.</source>
        <translation>{overdue} overskredet, {soon} med frist inden for de næste {days} dage. Dobbeltklik på en række eller tryk Enter for at åbne beboerens handleplan.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../src/teamdesk/ui/common/export_flow.py" line="86"/>
        <source>File written</source>
        <translation>Filen er gemt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/export_flow.py" line="88"/>
        <source>TeamDesk wrote {file} in {folder}, but no program on this PC opened it.</source>
        <translation>TeamDesk gemte {file} i {folder}, men intet program på denne pc åbnede den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/export_flow.py" line="93"/>
        <source>Open the folder to find the file, or print it from there.</source>
        <translation>Åbn mappen for at finde filen, eller udskriv den derfra.</translation>
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
        <translation>Kunne ikke gemme {file}: {reason}. Vælg en anden mappe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/export_flow.py" line="149"/>
        <source>Wrote {file}</source>
        <translation>Gemte {file}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="77"/>
        <source>Set up TeamDesk</source>
        <translation>Opsæt TeamDesk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="82"/>
        <source>Welcome. This data folder is empty:
{folder}

Create the first administrator. They can then add accounts for everyone else. The data is encrypted; it opens only with a password.</source>
        <translation>Velkommen. Denne datamappe er tom:
{folder}

Opret den første administrator. Administratoren kan derefter oprette brugerkonti til alle andre. Data er krypteret og kan kun åbnes med en adgangskode.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="90"/>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="91"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="92"/>
        <source>Password again</source>
        <translation>Adgangskode igen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="94"/>
        <source>Your &amp;name:</source>
        <translation>Dit &amp;navn:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="95"/>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="96"/>
        <source>Password &amp;again:</source>
        <translation>Adgangskode &amp;igen:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="102"/>
        <source>Create administrator and open</source>
        <translation>Opret administrator og åbn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="108"/>
        <source>&amp;Join a house from a shared folder…</source>
        <translation>&amp;Tilknyt et sted fra en delt mappe …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="127"/>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>De to adgangskoder er ikke ens. Skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="138"/>
        <source>Setting up…</source>
        <translation>Gør klar …</translation>
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
        <translation>Mål med beboerens egne ord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="55"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="126"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="170"/>
        <source>Evaluate by</source>
        <translation>Evalueres senest</translation>
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
        <translation>et nyt mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="86"/>
        <source>New goal</source>
        <translation>Nyt mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="90"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="168"/>
        <source>A new goal, as the resident says it… (Enter adds)</source>
        <translation>Et nyt mål, som beboeren siger det … (Enter tilføjer)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="97"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="167"/>
        <source>Add &amp;goal</source>
        <translation>Tilføj &amp;mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="99"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="167"/>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="207"/>
        <source>Add goal</source>
        <translation>Tilføj mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="105"/>
        <source>Add as sub-goal</source>
        <translation>Tilføj som delmål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="107"/>
        <source>Add as a sub-goal of the chosen goal</source>
        <translation>Tilføj som delmål under det valgte mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="115"/>
        <source>Chosen goal&apos;s words</source>
        <translation>Ordlyden i det valgte mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="119"/>
        <source>Chosen goal&apos;s evaluation date</source>
        <translation>Evalueringsdato for det valgte mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="120"/>
        <source>Evaluate by (date)</source>
        <translation>Evalueres senest (dato)</translation>
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
        <translation>Fjern det valgte mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="145"/>
        <source>Intervention goals in {name}&apos;s own words, each split into sub-goals that are evaluated along the way.</source>
        <translation>Indsatsmål med {name}s egne ord, hvert delt op i delmål, der evalueres undervejs.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="149"/>
        <source>Goals in {name}&apos;s own words: write them as {name} says them.</source>
        <translation>Mål med {name}s egne ord: skriv dem, som {name} siger dem.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="159"/>
        <source>Intervention goal or sub-goal, in the citizen&apos;s own words</source>
        <translation>Indsatsmål eller delmål med borgerens egne ord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="161"/>
        <source>Add intervention &amp;goal</source>
        <translation>Tilføj &amp;indsatsmål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="161"/>
        <source>Add intervention goal</source>
        <translation>Tilføj indsatsmål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="162"/>
        <source>A new intervention goal, as the citizen says it… (Enter adds)</source>
        <translation>Et nyt indsatsmål, som borgeren siger det … (Enter tilføjer)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="163"/>
        <source>Chosen intervention goal or sub-goal</source>
        <translation>Valgt indsatsmål eller delmål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="230"/>
        <source>Change goal</source>
        <translation>Ændr mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/goals.py" line="238"/>
        <source>Move goal</source>
        <translation>Flyt mål</translation>
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
        <translation>Færre end {count} personer svarede om {tie}: ingen tal, så ingens svar kan genkendes.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="126"/>
        <source>The index: the average of the seven dimensions.</source>
        <translation>Indekset: gennemsnittet af de syv dimensioner.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="138"/>
        <source>Fewer than {count} people answered: no figures.</source>
        <translation>Færre end {count} personer svarede: ingen tal.</translation>
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
        <translation>TeamDesk – sådan gør du</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="58"/>
        <source>Guide pages</source>
        <translation>Siderne i vejledningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="64"/>
        <source>Guide</source>
        <translation>Sådan gør du</translation>
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
        <translation>Handleplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="106"/>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="107"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="108"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="109"/>
        <source>Coordinators</source>
        <translation>Tovholdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="110"/>
        <source>Evaluations</source>
        <translation>Evalueringer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="111"/>
        <source>Teamwork</source>
        <translation>Samarbejde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="112"/>
        <source>Rota</source>
        <translation>Vagtplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="119"/>
        <source>Lock and switch user</source>
        <translation>Lås og skift bruger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="122"/>
        <source>Leaving the PC for a moment? Press Ctrl+L. The screen locks and your work stays as it is.</source>
        <translation>Skal du gå fra pc&apos;en et øjeblik? Tryk Ctrl+L. Skærmen låses, og dit arbejde bliver liggende, som det er.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="126"/>
        <source>Someone else&apos;s turn? Press “Switch user” at the bottom right, beside your name.</source>
        <translation>Skal en anden bruge pc&apos;en? Tryk på »Skift bruger« nederst til højre ved siden af dit navn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="132"/>
        <source>Undo a mistake</source>
        <translation>Fortryd en fejl</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="135"/>
        <source>Press Ctrl+Z. Everything is saved as you go; there is no Save button.</source>
        <translation>Tryk Ctrl+Z. Alt gemmes, mens du arbejder; der er ingen Gem-knap.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="146"/>
        <source>Who covers a resident today</source>
        <translation>Hvem har ansvaret for en beboer i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="148"/>
        <source>Today is the first page you see (Ctrl+1 brings you back).</source>
        <translation>»I dag« er den første side, du ser (Ctrl+1 bringer dig tilbage hertil).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="150"/>
        <source>Find the resident&apos;s line. “Turn to” names who to go to; “Why” says why, for instance that the primary contact is away.</source>
        <translation>Find beboerens linje. »Har ansvaret i dag« viser, hvem du skal gå til, og »Hvorfor« siger hvorfor, for eksempel at kontaktpersonen er væk.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="154"/>
        <source>Red lines at the top have nobody known on duty. Tell the leader on shift.</source>
        <translation>Røde linjer øverst betyder, at ingen kendt kontakt er på vagt. Sig det til lederen på vagt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="160"/>
        <source>Open a resident</source>
        <translation>Åbn en beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="161"/>
        <source>Double-click the line, or choose it and press Enter.</source>
        <translation>Dobbeltklik på linjen, eller vælg den og tryk Enter.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="164"/>
        <source>My plans (for coordinators)</source>
        <translation>Mine planer (for tovholdere)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="167"/>
        <source>At the top: evaluations due, consents running out, your next meetings and decisions you are responsible for. Red is overdue.</source>
        <translation>Øverst: evalueringer med frist, samtykker, der er ved at udløbe, dine næste møder og beslutninger, du er ansvarlig for. Rødt er overskredet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="170"/>
        <source>Click a line to open the plan or the meeting.</source>
        <translation>Klik på en linje for at åbne planen eller mødet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="177"/>
        <source>Find a resident</source>
        <translation>Find en beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="179"/>
        <source>Press Ctrl+F and type part of the name, the room or the unit.</source>
        <translation>Tryk Ctrl+F, og skriv en del af navnet, værelset eller afdelingen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="180"/>
        <source>Press Enter to go to the list, and Enter again to open.</source>
        <translation>Tryk Enter for at gå til listen og Enter igen for at åbne.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="184"/>
        <source>Only my residents</source>
        <translation>Kun mine beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="187"/>
        <source>Tick “Only mine” above the list: residents whose plan you coordinate, and those you are primary contact, secondary contact or team member for.</source>
        <translation>Sæt flueben ved »Kun mine« over listen: beboere, hvis plan du er tovholder for, og dem, du er kontaktperson, sekundær kontaktperson eller teammedlem for.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="194"/>
        <source>Give someone a role</source>
        <translation>Giv nogen en rolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="196"/>
        <source>Open the resident. Under Team, type part of the person&apos;s name.</source>
        <translation>Åbn beboeren. Under Team skriver du en del af personens navn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="198"/>
        <source>Choose the role and press “Give role”. Whoever had the role before stays in the history.</source>
        <translation>Vælg rollen, og tryk »Giv rolle«. Den, der havde rollen før, bliver stående i historikken.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="204"/>
        <source>What matters to the resident</source>
        <translation>Det, der er vigtigt for beboeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="207"/>
        <source>Write it under “What matters to me”, in the resident&apos;s own words. It is saved when you leave the field.</source>
        <translation>Skriv det under »Det, der er vigtigt for mig«, med beboerens egne ord. Det gemmes, når du forlader feltet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="216"/>
        <source>Find your way in the plan</source>
        <translation>Find rundt i planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="219"/>
        <source>Open the resident and choose “Individual plan”. The list of residents steps aside, so the plan has the whole width.</source>
        <translation>Åbn beboeren, og vælg »Handleplan«. Listen over beboere træder til side, så planen får hele bredden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="223"/>
        <source>The parts a) to i) are listed on the left, each marked complete or missing something. Choose a part: one part is shown at a time.</source>
        <translation>Delene a) til i) står til venstre, hver markeret fuldstændig eller mangler noget. Vælg en del: der vises én del ad gangen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="226"/>
        <source>“← Back to the resident” at the top takes you back.</source>
        <translation>»← Tilbage til beboeren« øverst fører dig tilbage.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="230"/>
        <source>Add a goal</source>
        <translation>Tilføj et mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="232"/>
        <source>Choose “a) Goals, resources and needs” on the left.</source>
        <translation>Vælg »a) Mål, ressourcer og behov« til venstre.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="234"/>
        <source>Write the goal as the resident says it in the empty line, and press Enter.</source>
        <translation>Skriv målet, som beboeren siger det, på den tomme linje, og tryk Enter.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="238"/>
        <source>Choose the goal in the list and write the date under “Evaluate by”.</source>
        <translation>Vælg målet på listen, og skriv datoen under »Evalueres senest«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="243"/>
        <source>Add a measure and who is responsible</source>
        <translation>Tilføj en indsats og hvem der er ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="246"/>
        <source>Choose “e) and f) Measures: extent, who is responsible, how” on the left. Write what is to be done and press “Add measure”.</source>
        <translation>Vælg »e) og f) Indsatser: omfang, hvem der er ansvarlig, hvordan« til venstre. Skriv, hvad der skal gøres, og tryk »Tilføj indsats«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="249"/>
        <source>Choose the measure and pick the person under “Responsible”.</source>
        <translation>Vælg indsatsen, og vælg personen under »Ansvarlig«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="253"/>
        <source>Change the order</source>
        <translation>Skift rækkefølgen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="256"/>
        <source>Choose a goal or a measure and press “Move up” or “Move down”, or Alt+Up and Alt+Down.</source>
        <translation>Vælg et mål eller en indsats, og tryk »Flyt op« eller »Flyt ned«, eller Alt+Pil op og Alt+Pil ned.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="264"/>
        <source>Press “Print plan (PDF)…” at the top of the plan.</source>
        <translation>Tryk »Udskriv planen (PDF) …« øverst i planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="269"/>
        <source>The short, readable copy for the resident is “Print &quot;My plan&quot; (PDF)…” under “Status, approval and versions”.</source>
        <translation>Den korte, letlæste kopi til beboeren er »Udskriv »Min plan« (PDF) …« under »Status, godkendelse og versioner«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="278"/>
        <source>Choose “Status, approval and versions” on the left and press “Prepare a meeting…”. Who takes part and the agenda are drafted from the plan.</source>
        <translation>Vælg »Status, godkendelse og versioner« til venstre, og tryk »Forbered et møde …«. Deltagere og dagsorden laves ud fra planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="262"/>
        <source>Print the plan</source>
        <translation>Udskriv planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="266"/>
        <source>Choose where to save it. The PDF opens by itself; print it from there.</source>
        <translation>Vælg, hvor den skal gemmes. PDF&apos;en åbner af sig selv; udskriv den derfra.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="275"/>
        <location filename="../../src/teamdesk/ui/guide.py" line="320"/>
        <source>Prepare a meeting</source>
        <translation>Forbered et møde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="288"/>
        <source>Record an absence</source>
        <translation>Registrér fravær</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="291"/>
        <source>Choose the person. Under Absences, write the first and the last day and the reason, and press “Record absence”.</source>
        <translation>Vælg personen. Under Fravær skriver du første og sidste dag og årsagen og trykker »Registrér fravær«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="294"/>
        <source>Today then names someone else for that person&apos;s residents.</source>
        <translation>Så viser »I dag« en anden som ansvarlig for personens beboere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="298"/>
        <source>See someone&apos;s roles</source>
        <translation>Se en medarbejders roller</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="301"/>
        <source>Choose the person: their roles for residents are listed. Double-click one to open the resident.</source>
        <translation>Vælg personen: personens roller hos beboere står på listen. Dobbeltklik på en for at åbne beboeren.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="310"/>
        <source>Add someone to a team</source>
        <translation>Tilføj en medarbejder til et team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="312"/>
        <source>Choose the team in the list.</source>
        <translation>Vælg teamet på listen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="313"/>
        <source>Type part of the person&apos;s name and press “Add to team”.</source>
        <translation>Skriv en del af personens navn, og tryk »Tilføj til teamet«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="322"/>
        <source>Choose the resident and press “Prepare a meeting”.</source>
        <translation>Vælg beboeren, og tryk »Forbered et møde«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="323"/>
        <source>Change the day, the time and the place straight away.</source>
        <translation>Ret dag, tidspunkt og sted med det samme.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="327"/>
        <source>Record a decision</source>
        <translation>Registrér en beslutning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="330"/>
        <source>Open the meeting. Under Decisions, write what is to be done, who is responsible and by when, and press “Record decision”.</source>
        <translation>Åbn mødet. Under Beslutninger skriver du, hvad der skal gøres, hvem der er ansvarlig og hvornår, og trykker »Registrér beslutning«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="336"/>
        <source>Print the agenda</source>
        <translation>Udskriv dagsordenen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="337"/>
        <source>Open the meeting and press “Print invitation and agenda (PDF)…”.</source>
        <translation>Åbn mødet, og tryk »Udskriv indkaldelse og dagsorden (PDF) …«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="343"/>
        <source>Find a mentor</source>
        <translation>Find en mentor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="345"/>
        <source>Choose the coordinator and press “Suggest a mentor”.</source>
        <translation>Vælg tovholderen, og tryk »Foreslå en mentor«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="347"/>
        <source>The first line fits best, and says why. Someone with a role conflict or overdue evaluations is further down.</source>
        <translation>Den første linje passer bedst og siger hvorfor. Den, der har en rollekonflikt eller overskredne evalueringer, står længere nede.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="350"/>
        <source>Write what the guidance is about, and press “Pair”.</source>
        <translation>Skriv, hvad vejledningen skal handle om, og tryk »Sæt sammen«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="357"/>
        <source>See what is due</source>
        <translation>Se, hvad der har frist</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="360"/>
        <source>The list holds the plans and goals to evaluate within {days} days, the overdue ones first.</source>
        <translation>Listen viser planer og mål, der skal evalueres inden for {days} dage, de overskredne først.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="363"/>
        <source>Choose a line and press Enter to open the plan.</source>
        <translation>Vælg en linje, og tryk Enter for at åbne planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="370"/>
        <source>Answer a check-in</source>
        <translation>Svar på en samarbejdsrunde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="372"/>
        <source>Press “Answer now” at the top of Teamwork.</source>
        <translation>Tryk på »Svar nu« øverst på Samarbejde.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="374"/>
        <source>Type a number from 1 to 5 in each box, or 0 for don&apos;t know; the cursor moves on by itself. Leave a row empty for those you do not work with.</source>
        <translation>Skriv et tal fra 1 til 5 i hvert felt eller 0 for ved ikke; markøren går selv videre. Lad en række stå tom for dem, du ikke arbejder sammen med.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="378"/>
        <source>Press Ctrl+Enter or “Hand in”. Nobody can see what you answered.</source>
        <translation>Tryk Ctrl+Enter eller »Aflever«. Ingen kan se, hvad du svarede.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="382"/>
        <source>Run a check-in for a resident&apos;s team</source>
        <translation>Gennemfør en samarbejdsrunde for teamet omkring en beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="384"/>
        <source>Choose the resident and press “Start a check-in…”.</source>
        <translation>Vælg beboeren, og tryk på »Start en samarbejdsrunde …«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="386"/>
        <source>Print the form for those without an account, and type in the forms that come back with “Type in a form…”.</source>
        <translation>Udskriv skemaet til dem uden konto, og indtast de skemaer, der kommer tilbage, med »Indtast et skema …«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="390"/>
        <source>Results show when the check-in closes, what works first. Talk about the weak ties together: they are things to agree on, not anyone&apos;s fault.</source>
        <translation>Resultaterne vises, når samarbejdsrunden afsluttes, det, der virker, først. Tal sammen om de svage relationer: de er ting at blive enige om, ikke nogens skyld.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="400"/>
        <source>Bring in the rota from Excel</source>
        <translation>Hent vagtplanen fra Excel</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="402"/>
        <source>Choose the unit, then press “Import from Excel or CSV…”.</source>
        <translation>Vælg afdelingen, og tryk så på »Importér fra Excel eller CSV …«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="404"/>
        <source>Check the column that names the person. The preview lists the people and shift codes TeamDesk does not know; press Import, or Cancel to write nothing.</source>
        <translation>Tjek kolonnen, der navngiver personen. Forhåndsvisningen viser de personer og vagtkoder, TeamDesk ikke kender; tryk Importér, eller Annuller for ikke at gemme noget.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="411"/>
        <source>Change a day</source>
        <translation>Ret en dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="414"/>
        <source>Choose the day in the grid, type the shift code (D, A, N, L) and press Enter. Delete gives the chosen days off.</source>
        <translation>Vælg dagen i gitteret, skriv vagtkoden (D, A, N, L), og tryk Enter. Delete giver fri på de valgte dage.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="417"/>
        <source>“Copy week” makes one week of the cycle like another.</source>
        <translation>»Kopiér uge« gør én uge i vagtplanen lig en anden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="421"/>
        <source>Hand over at the end of a shift</source>
        <translation>Overlever, når vagten slutter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/guide.py" line="424"/>
        <source>Press Ctrl+H: the residents with none of their people on this shift or the next. “Print…” makes the sheet for the shift&apos;s start.</source>
        <translation>Tryk Ctrl+H: de beboere, der ikke har nogen af deres folk på denne eller næste vagt. »Udskriv …« laver listen til vagtens start.</translation>
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
        <translation>Denne vagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="52"/>
        <source>Next shift</source>
        <translation>Næste vagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="54"/>
        <source>The next shift: who to hand over to</source>
        <translation>Næste vagt: hvem du skal overlevere til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="62"/>
        <source>Summary</source>
        <translation>Sammenfatning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="67"/>
        <source>Residents with none of their people on the shift, by unit</source>
        <translation>Beboere, der ikke har nogen af deres folk på vagten, efter afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="70"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="70"/>
        <source>Room</source>
        <translation>Værelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="70"/>
        <source>Primary contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="70"/>
        <source>Away</source>
        <translation>Væk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="77"/>
        <source>Print…</source>
        <translation>Udskriv …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="79"/>
        <source>Save the hand-over sheet as a PDF to print</source>
        <translation>Gem overleveringslisten som PDF til udskrift</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="94"/>
        <source>{label}: {shift}, {day} {hours}</source>
        <translation>{label}: {shift}, {day} {hours}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="111"/>
        <source>The house has no rota yet, so there is no shift to hand over.</source>
        <translation>Stedet har ingen vagtplan endnu, så der er ingen vagt at overlevere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="117"/>
        <source>Residents with none of their people on this shift: {uncovered} of {total}. Choose someone who covers each of them at the start of the shift.</source>
        <translation>Beboere, der ikke har nogen af deres folk på denne vagt: {uncovered} af {total}. Vælg nogen, der dækker hver af dem, når vagten begynder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="122"/>
        <source>No unit</source>
        <translation>Ingen afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="144"/>
        <source>hand-over</source>
        <translation>overlevering</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/handover_dialog.py" line="153"/>
        <source>Save as</source>
        <translation>Gem som</translation>
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
        <translation>&amp;Udgiv stedet til en mappe …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="64"/>
        <source>&amp;Retire a PC…</source>
        <translation>&amp;Tag en pc ud af brug …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="76"/>
        <source>Choose the shared folder to publish the house to</source>
        <translation>Vælg den delte mappe, stedet skal udgives til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="88"/>
        <source>The house is published to {folder}. On a new PC, choose &quot;Join a house from a shared folder&quot; when TeamDesk first starts there, and sign in as an administrator.</source>
        <translation>Stedet er udgivet til {folder}. På en ny pc vælger du »Tilknyt et sted fra en delt mappe«, første gang TeamDesk starter dér, og logger ind som administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="100"/>
        <source>Publishing the house…</source>
        <translation>Udgiver stedet …</translation>
    </message>
</context>
<context>
    <name>HouseSettingsDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="67"/>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="68"/>
        <source>House settings</source>
        <translation>Stedets indstillinger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="90"/>
        <source>Each change is saved as soon as you leave the field or press Enter. Ctrl+Z undoes it.</source>
        <translation>Hver ændring gemmes, så snart du forlader feltet eller trykker Enter. Ctrl+Z fortryder den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="96"/>
        <source>Role names</source>
        <translation>Navne på rollerne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="102"/>
        <source>The house&apos;s own names for the roles on a resident&apos;s team. Leave a field empty to use the standard name.</source>
        <translation>Stedets egne navne på rollerne i teamet omkring en beboer. Lad et felt stå tomt for at bruge standardnavnet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="115"/>
        <source>&amp;Primary contact:</source>
        <translation>&amp;Kontaktperson:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="116"/>
        <source>The house&apos;s name for the primary contact</source>
        <translation>Stedets navn for kontaktpersonen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="120"/>
        <source>&amp;Secondary contact:</source>
        <translation>&amp;Sekundær kontaktperson:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="121"/>
        <source>The house&apos;s name for the secondary contact</source>
        <translation>Stedets navn for den sekundære kontaktperson</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="125"/>
        <source>Team &amp;member:</source>
        <translation>Team&amp;medlem:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="126"/>
        <source>The house&apos;s name for a team member</source>
        <translation>Stedets navn for et teammedlem</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="137"/>
        <source>Workload limits</source>
        <translation>Grænser for arbejdsbyrde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="141"/>
        <source>A warning appears when someone has more than this.</source>
        <translation>Der vises en advarsel, når nogen har flere end dette.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="144"/>
        <source>Most residents one person is primary contact for</source>
        <translation>Højeste antal beboere, én person er kontaktperson for</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="147"/>
        <source>Most individual plans one coordinator holds</source>
        <translation>Højeste antal handleplaner, én tovholder har</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="150"/>
        <source>Most coordinators one mentor guides</source>
        <translation>Højeste antal tovholdere, én mentor vejleder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="152"/>
        <source>Residents per p&amp;rimary contact:</source>
        <translation>Beboere pr. k&amp;ontaktperson:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="153"/>
        <source>Plans per &amp;coordinator:</source>
        <translation>Planer pr. &amp;tovholder:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="154"/>
        <source>Mentees per m&amp;entor:</source>
        <translation>Tovholdere pr. m&amp;entor:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="161"/>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="175"/>
        <source>The plan the house writes for its residents</source>
        <translation>Den plan, stedet skriver for sine beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="189"/>
        <source>&amp;Kind of plan:</source>
        <translation>Plan&amp;type:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="167"/>
        <source>Decides the plan&apos;s parts, their order, what must be in place before it is approved, and the printed headings. The plans keep what is written in them.</source>
        <translation>Bestemmer planens dele, deres rækkefølge, hvad der skal være på plads, før den godkendes, og overskrifterne på udskriften. Det, der står i planerne, bliver stående.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="200"/>
        <source>Months after moving in by which a plan is first followed up</source>
        <translation>Antal måneder efter indflytning, inden planen følges op første gang</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="204"/>
        <source>Months at most between follow-ups of a plan</source>
        <translation>Højst antal måneder mellem opfølgningerne af en plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="208"/>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="210"/>
        <source>First &amp;follow-up after moving in:</source>
        <translation>Første &amp;opfølgning efter indflytning:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="212"/>
        <source>Then at least e&amp;very:</source>
        <translation>Derefter mindst h&amp;ver:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="216"/>
        <source>Used by the Danish plan: the law sets no interval for adults, so the house chooses (often 3 months after moving in, then every 12).</source>
        <translation>Bruges af den danske plan: loven fastsætter ingen frist for voksne, så stedet vælger selv (ofte 3 måneder efter indflytning, derefter hver 12.).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="223"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="229"/>
        <source>Time zone meetings are held in</source>
        <translation>Tidszonen, møderne holdes i</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="237"/>
        <source>&amp;Time zone:</source>
        <translation>T&amp;idszone:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="239"/>
        <source>Used for meeting invitations sent to calendars (.ics).</source>
        <translation>Bruges i mødeindkaldelser, der sendes til kalendere (.ics).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="243"/>
        <source>Sync between PCs</source>
        <translation>Synkronisering mellem pc&apos;er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="248"/>
        <source>Minutes between syncs, on every PC of the house</source>
        <translation>Minutter mellem hver synkronisering, på alle stedets pc&apos;er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="252"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="255"/>
        <source>Sync &amp;every:</source>
        <translation>Synkroniser &amp;hvert:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="256"/>
        <source>This PC&apos;s sync folder</source>
        <translation>Denne pc&apos;s synkroniseringsmappe</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="260"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="262"/>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="578"/>
        <source>Choose the folder this PC syncs through</source>
        <translation>Vælg den mappe, som denne pc synkroniserer igennem</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="266"/>
        <source>This PC&apos;s sync folder:</source>
        <translation>Denne pc&apos;s synkroniseringsmappe:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="274"/>
        <source>How often is the house&apos;s setting; the folder is this PC&apos;s own (a shared folder, a OneDrive folder or a USB stick that every PC of the house reaches).</source>
        <translation>Hvor ofte er stedets indstilling; mappen vælges for hver pc (en fælles mappe, en OneDrive-mappe eller en USB-nøgle, som alle stedets pc&apos;er kan nå).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="290"/>
        <source>Close the house settings</source>
        <translation>Luk stedets indstillinger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="191"/>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="357"/>
        <source>Why the change was not saved</source>
        <translation>Hvorfor ændringen ikke blev gemt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="309"/>
        <source>Rota warnings</source>
        <translation>Advarsler om vagtplanen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="315"/>
        <source>A warning appears when a resident has nobody of their people on more of the cycle&apos;s shifts than this, and when a primary contact works a smaller share of the cycle&apos;s days.</source>
        <translation>Der vises en advarsel, når en beboer ikke har nogen af sine folk på flere af periodens vagter end dette, og når en kontaktperson arbejder en mindre andel af periodens dage.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="327"/>
        <source>Most shifts of the cycle with nobody of a resident&apos;s people on them</source>
        <translation>Højst så mange vagter i perioden uden nogen af beboerens folk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="332"/>
        <source>Least share of the cycle&apos;s days a primary contact works</source>
        <translation>Mindste andel af periodens dage, en kontaktperson arbejder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="336"/>
        <source>Shifts &amp;without a resident&apos;s people:</source>
        <translation>Vagter &amp;uden beboerens folk:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="337"/>
        <source>Primary contact&apos;s &amp;least share:</source>
        <translation>Kontaktpersonens &amp;mindste andel:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="411"/>
        <source>None chosen yet</source>
        <translation>Ingen valgt endnu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="464"/>
        <source>Rename the role {role}</source>
        <translation>Giv rollen {role} et nyt navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="476"/>
        <source>Change the residents per primary contact to {limit}</source>
        <translation>Skift beboere pr. kontaktperson til {limit}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="486"/>
        <source>Change the plans per coordinator to {limit}</source>
        <translation>Skift planer pr. tovholder til {limit}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="497"/>
        <source>Write plans as: {profile}</source>
        <translation>Skriv planer som: {profile}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="511"/>
        <source>Follow plans up {first} months after moving in, then every {every}</source>
        <translation>Følg op på planer {first} måneder efter indflytning, derefter hver {every}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="525"/>
        <source>Change the mentees per mentor to {limit}</source>
        <translation>Skift tovholdere pr. mentor til {limit}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="533"/>
        <source>Warn of more than {limit} shifts without a resident&apos;s people</source>
        <translation>Advar ved mere end {limit} vagter uden beboerens folk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="535"/>
        <source>Warn of a primary contact working under {limit} % of the days</source>
        <translation>Advar, når en kontaktperson arbejder under {limit} % af dagene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="551"/>
        <source>Change the meetings&apos; time zone</source>
        <translation>Skift tidszonen for møderne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/settings_dialog.py" line="562"/>
        <source>Sync every {minutes} minutes</source>
        <translation>Synkroniser hvert {minutes}. minut</translation>
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
        <translation>Det gør importen:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/import_dialog.py" line="113"/>
        <source>Preview of the import</source>
        <translation>Forhåndsvisning af importen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/import_dialog.py" line="114"/>
        <source>What is not found is listed first; nothing is written before Import.</source>
        <translation>Det, der ikke findes, står først; intet gemmes, før du trykker Importér.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/import_dialog.py" line="121"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
</context>
<context>
    <name>JoinHouseDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="245"/>
        <source>Join a house</source>
        <translation>Tilknyt et sted</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="250"/>
        <source>Make this PC one of a house&apos;s PCs. An administrator published the house to a shared folder; choose that folder and sign in as an administrator of the house. Everyone can then sign in here with their own password.</source>
        <translation>Gør denne pc til en af stedets pc&apos;er. En administrator har udgivet stedet til en delt mappe; vælg den mappe, og log ind som administrator på stedet. Derefter kan alle logge ind her med deres egen adgangskode.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="258"/>
        <source>Shared folder</source>
        <translation>Delt mappe</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="259"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="267"/>
        <source>Administrator&apos;s name</source>
        <translation>Administratorens navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="270"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
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
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="285"/>
        <source>Join this PC and sign in</source>
        <translation>Tilknyt denne pc, og log ind</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="301"/>
        <source>Choose the shared folder the house was published to</source>
        <translation>Vælg den delte mappe, stedet blev udgivet til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="320"/>
        <source>Joining the house…</source>
        <translation>Tilknytter stedet …</translation>
    </message>
</context>
<context>
    <name>KeyReplacement</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/key_replacement.py" line="66"/>
        <source>The database key was not replaced, because TeamDesk is still reading in the background. Try again in a moment.</source>
        <translation>Databasenøglen blev ikke skiftet ud, fordi TeamDesk stadig læser i baggrunden. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/key_replacement.py" line="87"/>
        <source>Replacing the database key…</source>
        <translation>Skifter databasenøglen …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/key_replacement.py" line="105"/>
        <source>The database key is replaced: a key file or database copy kept from before opens nothing now. The others get the new key at their next sign-in, without noticing. Backups taken before now still open with the old key: delete those a switched-off person could reach.</source>
        <translation>Databasenøglen er skiftet ud: en nøglefil eller databasekopi gemt fra før åbner intet nu. De andre får den nye nøgle, næste gang de logger ind, uden at mærke noget. Sikkerhedskopier taget før nu åbnes stadig med den gamle nøgle: slet dem, som en person, hvis konto er slået fra, kunne få adgang til.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/key_replacement.py" line="118"/>
        <source>TeamDesk could not open the database again while replacing its key: {problem} Sign in again.</source>
        <translation>TeamDesk kunne ikke åbne databasen igen, mens nøglen blev skiftet: {problem} Log ind igen.</translation>
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
        <translation>&amp;Skift bruger …</translation>
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
        <translation>TeamDesk er låst. {name} er logget ind.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="71"/>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;op</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="74"/>
        <source>&amp;Switch user…</source>
        <translation>&amp;Skift bruger …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="101"/>
        <source>Type your &amp;PIN to continue:</source>
        <translation>Skriv din &amp;pinkode for at fortsætte:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="102"/>
        <source>PIN</source>
        <translation>Pinkode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="104"/>
        <source>Type your &amp;password to continue:</source>
        <translation>Skriv din &amp;adgangskode for at fortsætte:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="105"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/lock.py" line="118"/>
        <source>Checking the password…</source>
        <translation>Kontrollerer adgangskoden …</translation>
    </message>
</context>
<context>
    <name>LockingTab</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/locking_tab.py" line="34"/>
        <source>Minutes without use before the window locks</source>
        <translation>Minutter uden brug, før vinduet låses</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/locking_tab.py" line="38"/>
        <source> minutes</source>
        <translation> minutter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/locking_tab.py" line="44"/>
        <source>About the auto-lock time</source>
        <translation>Om tiden for automatisk låsning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/locking_tab.py" line="47"/>
        <source>On a shared PC the window locks itself after this many minutes without a key press or mouse movement, for everyone who signs in here. Ctrl+L locks at once.</source>
        <translation>På en fælles pc låser vinduet sig selv efter så mange minutter uden tastetryk eller musebevægelse, for alle der logger ind her. Ctrl+L låser med det samme.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/locking_tab.py" line="57"/>
        <source>Lock the window a&amp;fter:</source>
        <translation>Lås vinduet &amp;efter:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/security/locking_tab.py" line="73"/>
        <source>Saved: the window locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Gemt: vinduet låses efter %n minut uden brug.</numerusform>
            <numerusform>Gemt: vinduet låses efter %n minutter uden brug.</numerusform>
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
        <translation>TeamDesk — DEMO (opdigtede personer)</translation>
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
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="171"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="172"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="173"/>
        <source>Coordinators</source>
        <translation>Tovholdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="174"/>
        <source>Evaluations</source>
        <translation>Evalueringer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="175"/>
        <source>Teamwork</source>
        <translation>Samarbejde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="176"/>
        <source>Rota</source>
        <translation>Vagtplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="188"/>
        <source>What was refused</source>
        <translation>Hvad der blev afvist</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="216"/>
        <source>Last message</source>
        <translation>Seneste besked</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="218"/>
        <source>Where the data is</source>
        <translation>Hvor data ligger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="221"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="224"/>
        <source>Demo data in {folder}; nothing here is about real people.</source>
        <translation>Demodata i {folder}; intet her handler om virkelige personer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="232"/>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="234"/>
        <source>Signed in</source>
        <translation>Logget ind</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="238"/>
        <location filename="../../src/teamdesk/ui/main_window.py" line="240"/>
        <source>Switch user</source>
        <translation>Skift bruger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="241"/>
        <location filename="../../src/teamdesk/ui/main_window.py" line="243"/>
        <source>Sign out, so that someone else can sign in</source>
        <translation>Log ud, så en anden kan logge ind</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="268"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="270"/>
        <source>&amp;New resident…</source>
        <translation>&amp;Ny beboer …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="275"/>
        <source>&amp;House settings…</source>
        <translation>&amp;Stedets indstillinger …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="284"/>
        <source>Import &amp;staff from Excel or CSV…</source>
        <translation>Importér &amp;medarbejdere fra Excel eller CSV …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="288"/>
        <source>Import &amp;residents from Excel or CSV…</source>
        <translation>Importér &amp;beboere fra Excel eller CSV …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="301"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
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
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="314"/>
        <location filename="../../src/teamdesk/ui/main_window.py" line="746"/>
        <source>&amp;Redo</source>
        <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="326"/>
        <source>&amp;Find…</source>
        <translation>&amp;Søg …</translation>
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
        <translation>&amp;Medarbejdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="338"/>
        <source>T&amp;eams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="339"/>
        <source>&amp;Meetings</source>
        <translation>Mø&amp;der</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="340"/>
        <source>&amp;Coordinators</source>
        <translation>T&amp;ovholdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="341"/>
        <source>Due for e&amp;valuation</source>
        <translation>Skal &amp;evalueres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="342"/>
        <source>Teamwor&amp;k</source>
        <translation>&amp;Samarbejde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="343"/>
        <source>R&amp;ota</source>
        <translation>&amp;Vagtplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="354"/>
        <source>&amp;Hand-over sheet…</source>
        <translation>&amp;Overleveringsliste …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="358"/>
        <source>Residents with none of their people on this shift or the next</source>
        <translation>Beboere, der ikke har nogen af deres folk på denne eller næste vagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="362"/>
        <location filename="../../src/teamdesk/ui/main_window.py" line="609"/>
        <source>&amp;Warnings</source>
        <translation>&amp;Advarsler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="367"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="370"/>
        <source>What was changed on two PCs at once and waits for a person to choose</source>
        <translation>Det, der blev ændret på to pc&apos;er på samme tid og venter på, at en person vælger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="375"/>
        <location filename="../../src/teamdesk/ui/main_window.py" line="604"/>
        <source>Show warnings &amp;panel</source>
        <translation>Vis &amp;advarselspanelet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="385"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="387"/>
        <source>&amp;Guide</source>
        <translation>&amp;Sådan gør du</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="390"/>
        <source>Short help for the page you are on</source>
        <translation>Kort hjælp til den side, du er på</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="394"/>
        <source>&amp;About TeamDesk</source>
        <translation>&amp;Om TeamDesk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="402"/>
        <source>Saved: {what}.</source>
        <translation>Gemt: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="607"/>
        <source>&amp;Warnings ({count})</source>
        <translation>&amp;Advarsler ({count})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="634"/>
        <source>This resident no longer exists.</source>
        <translation>Denne beboer findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="653"/>
        <source>This staff member no longer exists.</source>
        <translation>Denne medarbejder findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="711"/>
        <source>Only leaders and administrators may change the house settings.</source>
        <translation>Kun ledere og administratorer kan ændre stedets indstillinger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="730"/>
        <source>Undone: {what}.</source>
        <translation>Fortrudt: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="737"/>
        <source>Redone: {what}.</source>
        <translation>Gentaget: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="741"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Fortryd {what}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="746"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Gentag {what}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="803"/>
        <source>TeamDesk {version}: teams, individual plans and meetings for housing communities.

Data folder: {location}
Database schema version: {schema}</source>
        <translation>TeamDesk {version}: teams, handleplaner og møder for bosteder.

Datamappe: {location}
Databasens skemaversion: {schema}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="812"/>
        <source>About TeamDesk</source>
        <translation>Om TeamDesk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="834"/>
        <source>Typed text not saved yet</source>
        <translation>Skrevet tekst er ikke gemt endnu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/main_window.py" line="835"/>
        <source>{name} typed text that is not saved yet: {what}. Save it?</source>
        <translation>{name} har skrevet tekst, der ikke er gemt endnu: {what}. Vil du gemme den?</translation>
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
        <translation>Indsats</translation>
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
        <translation>Indsatser</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="64"/>
        <source>a new measure</source>
        <translation>en ny indsats</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="66"/>
        <source>New measure</source>
        <translation>Ny indsats</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="70"/>
        <source>A new measure, for the chosen goal… (Enter adds)</source>
        <translation>En ny indsats til det valgte mål … (Enter tilføjer)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="75"/>
        <source>Goal a new measure serves</source>
        <translation>Målet en ny indsats skal tjene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="82"/>
        <source>Add &amp;measure</source>
        <translation>Tilføj &amp;indsats</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="84"/>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="198"/>
        <source>Add measure</source>
        <translation>Tilføj indsats</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="91"/>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="103"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="94"/>
        <source>How much or how often</source>
        <translation>Hvor meget eller hvor tit</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="97"/>
        <source>How it is carried out</source>
        <translation>Hvordan den udføres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="99"/>
        <source>Goal it serves</source>
        <translation>Målet, indsatsen hører til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="107"/>
        <source>How (f)</source>
        <translation>Hvordan (f)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="49"/>
        <source>measure</source>
        <translation>indsats</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="55"/>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="262"/>
        <source>Remove measure</source>
        <translation>Fjern indsats</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="57"/>
        <source>Remove the chosen measure</source>
        <translation>Fjern den valgte indsats</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="124"/>
        <source>Nobody yet</source>
        <translation>Ingen endnu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="138"/>
        <source>(no goal)</source>
        <translation>(intet mål)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="141"/>
        <source>For no goal</source>
        <translation>Ikke knyttet til et mål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="150"/>
        <source>(nobody yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="228"/>
        <source>Change measure</source>
        <translation>Ændr indsats</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="245"/>
        <source>Choose responsible</source>
        <translation>Vælg ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/measures.py" line="254"/>
        <source>Move measure</source>
        <translation>Flyt indsats</translation>
    </message>
</context>
<context>
    <name>MeetingDetails</name>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="38"/>
        <source>When and where</source>
        <translation>Hvornår og hvor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="43"/>
        <source>Kind of meeting</source>
        <translation>Mødetype</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="48"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="50"/>
        <source>Date of the meeting</source>
        <translation>Dato for mødet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="52"/>
        <source>Start time</source>
        <translation>Starttidspunkt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="55"/>
        <source>Length in minutes</source>
        <translation>Varighed i minutter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="58"/>
        <source> min</source>
        <translation> min.</translation>
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
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="69"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="69"/>
        <source>Where we meet</source>
        <translation>Hvor vi mødes</translation>
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
        <translation>Dato for næste møde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="81"/>
        <source>Use the proposed date</source>
        <translation>Brug den foreslåede dato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="83"/>
        <source>Set the next meeting to the proposed date</source>
        <translation>Sæt næste møde til den foreslåede dato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="88"/>
        <source>Next meeting</source>
        <translation>Næste møde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="105"/>
        <source>Proposed {date}; at most {latest}</source>
        <translation>Foreslået {date}; senest {latest}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="136"/>
        <source>Change kind of meeting</source>
        <translation>Skift mødetype</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="148"/>
        <source>Write the date as {example}.</source>
        <translation>Skriv datoen som {example}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="154"/>
        <source>Move the meeting</source>
        <translation>Flyt mødet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="159"/>
        <source>Change start time</source>
        <translation>Skift starttidspunkt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="165"/>
        <source>Change length</source>
        <translation>Skift varighed</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="171"/>
        <source>Change place</source>
        <translation>Skift sted</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="179"/>
        <source>Change status</source>
        <translation>Skift status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/details.py" line="202"/>
        <source>Set the next meeting</source>
        <translation>Sæt næste møde</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="79"/>
        <source>Choose a meeting in the list, or prepare one from a resident&apos;s individual plan (Prepare a meeting).</source>
        <translation>Vælg et møde på listen, eller forbered et ud fra en beboers handleplan (Forbered et møde).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="84"/>
        <source>No meeting chosen</source>
        <translation>Intet møde valgt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="96"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="99"/>
        <source>About the meeting</source>
        <translation>Om mødet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="103"/>
        <source>Professionals around the resident</source>
        <translation>Fagpersoner omkring beboeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="107"/>
        <source>What to look at</source>
        <translation>Hvad der skal ses på</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="127"/>
        <source>Print invitation and &amp;agenda (PDF)…</source>
        <translation>Udskriv indkaldelse og &amp;dagsorden (PDF) …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="129"/>
        <source>Write the invitation with the agenda as a PDF and open it</source>
        <translation>Lav indkaldelsen med dagsordenen som PDF og åbn den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="133"/>
        <source>Print mi&amp;nutes (PDF)…</source>
        <translation>Udskriv re&amp;ferat (PDF) …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="135"/>
        <source>Write the minutes as a PDF and open it</source>
        <translation>Lav referatet som PDF og åbn det</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="139"/>
        <source>Calendar &amp;invitation (.ics)…</source>
        <translation>Kalender&amp;invitation (.ics) …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="141"/>
        <source>Write a calendar invitation Outlook opens</source>
        <translation>Lav en kalenderinvitation, som Outlook kan åbne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="188"/>
        <source>{kind} – {resident}</source>
        <translation>{kind} – {resident}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="194"/>
        <source>coordinator {name}</source>
        <translation>tovholder {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="197"/>
        <source>only the plan&apos;s coordinator or a leader changes this meeting</source>
        <translation>kun planens tovholder eller en leder kan ændre dette møde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="202"/>
        <source>%n professional(s) around {resident}. As few professionals as possible: does everyone need to come?</source>
        <translation>
            <numerusform>%n fagperson omkring {resident}. Så få fagpersoner som muligt: skal alle være med?</numerusform>
            <numerusform>%n fagpersoner omkring {resident}. Så få fagpersoner som muligt: skal alle være med?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="225"/>
        <source>Save as</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meeting_editor.py" line="256"/>
        <source>agenda</source>
        <translation>dagsorden</translation>
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
        <translation>indkaldelse</translation>
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
        <translation>Hvad der skal vises</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="73"/>
        <source>Upcoming meetings</source>
        <translation>Kommende møder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="74"/>
        <source>A resident&apos;s meetings</source>
        <translation>En beboers møder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="75"/>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="149"/>
        <source>Open decisions by responsible person</source>
        <translation>Åbne beslutninger pr. ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="88"/>
        <source>Resident whose meetings to list</source>
        <translation>Beboeren, hvis møder skal vises</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="89"/>
        <source>Type part of a name.</source>
        <translation>Skriv en del af et navn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="100"/>
        <source>&amp;Prepare a meeting</source>
        <translation>Forbered et m&amp;øde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="102"/>
        <source>Prepare a meeting about the chosen resident&apos;s plan</source>
        <translation>Forbered et møde om den valgte beboers plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="114"/>
        <source>When</source>
        <translation>Hvornår</translation>
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
        <translation>Møder</translation>
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
        <translation>Hvor mange der vises</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="247"/>
        <source>%n open decision(s), {people} responsible.</source>
        <translation>
            <numerusform>%n åben beslutning, {people} ansvarlige.</numerusform>
            <numerusform>%n åbne beslutninger, {people} ansvarlige.</numerusform>
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
            <numerusform>%n møde, det seneste først.</numerusform>
            <numerusform>%n møder, det seneste først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="270"/>
        <source>%n upcoming meeting(s).</source>
        <translation>
            <numerusform>%n kommende møde.</numerusform>
            <numerusform>%n kommende møder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="250"/>
        <source>No open decisions.</source>
        <translation>Ingen åbne beslutninger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="265"/>
        <source>Choose a resident to see their meetings.</source>
        <translation>Vælg en beboer for at se beboerens møder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="273"/>
        <source>No meetings are planned. Prepare one from a resident&apos;s individual plan.</source>
        <translation>Der er ingen planlagte møder. Forbered et ud fra en beboers handleplan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="349"/>
        <source>Choose a resident first.</source>
        <translation>Vælg først en beboer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="355"/>
        <source>This resident has no individual plan yet. A meeting is prepared from the plan: start one on the resident&apos;s Individual plan tab.</source>
        <translation>Denne beboer har ingen handleplan endnu. Et møde forberedes ud fra planen: start en plan på beboerens fane Handleplan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="382"/>
        <source>A meeting about this plan is already planned ({date}); it is open here. To prepare another, use Prepare a meeting.</source>
        <translation>Et møde om denne plan er allerede planlagt ({date}); det er åbnet her. Brug Forbered et møde for at forberede endnu et.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/meetings_view.py" line="388"/>
        <source>Prepare a meeting</source>
        <translation>Forbered et møde</translation>
    </message>
</context>
<context>
    <name>MentorshipsTab</name>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="73"/>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="75"/>
        <source>Show ended mentorships</source>
        <translation>Vis afsluttede mentorforløb</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="81"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="82"/>
        <source>Mentee</source>
        <translation>Får vejledning</translation>
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
        <translation>Fokus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="93"/>
        <source>Mentorships</source>
        <translation>Mentorforløb</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="99"/>
        <source>A new mentorship</source>
        <translation>Et nyt mentorforløb</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="102"/>
        <source>Who needs a mentor:</source>
        <translation>Hvem har brug for en mentor:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="103"/>
        <source>Who needs a mentor</source>
        <translation>Hvem har brug for en mentor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="104"/>
        <source>Choose a staff member</source>
        <translation>Vælg en medarbejder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="117"/>
        <source>Choose a mentorship to see and log its guidance sessions.</source>
        <translation>Vælg et mentorforløb for at se og registrere vejledningssamtalerne.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="119"/>
        <source>No mentorship chosen</source>
        <translation>Intet mentorforløb valgt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="126"/>
        <source>Mentorship</source>
        <translation>Mentorforløb</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="130"/>
        <source>About the mentorship</source>
        <translation>Om mentorforløbet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="139"/>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="150"/>
        <source>Ends on</source>
        <translation>Slutter den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="140"/>
        <source>Open-ended</source>
        <translation>Uden slutdato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="143"/>
        <source>&amp;End the mentorship</source>
        <translation>&amp;Afslut mentorforløbet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="145"/>
        <source>End the mentorship from today</source>
        <translation>Afslut mentorforløbet fra i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="157"/>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="171"/>
        <source>Guidance sessions</source>
        <translation>Vejledningssamtaler</translation>
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
        <translation>Emner</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="165"/>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="189"/>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="190"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="178"/>
        <source>Date of the session</source>
        <translation>Dato for samtalen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="181"/>
        <source>Length in minutes</source>
        <translation>Varighed i minutter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="185"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="193"/>
        <source>&amp;Log session</source>
        <translation>Registrér &amp;samtale</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="195"/>
        <source>Log the guidance session</source>
        <translation>Registrér vejledningssamtalen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="207"/>
        <source>Remove the chosen session</source>
        <translation>Fjern den valgte samtale</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="209"/>
        <source>Remove the chosen guidance session</source>
        <translation>Fjern den valgte vejledningssamtale</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="263"/>
        <source>{mentor} guides {mentee}</source>
        <translation>{mentor} er mentor for {mentee}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="268"/>
        <source>Since {start}; %n session(s), {minutes} minutes in all.</source>
        <translation>
            <numerusform>Siden {start}; %n samtale, {minutes} minutter i alt.</numerusform>
            <numerusform>Siden {start}; %n samtaler, {minutes} minutter i alt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="272"/>
        <source>Approved by {who} as mentor: {reason}</source>
        <translation>Godkendt som mentor af {who}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="319"/>
        <source>Change focus</source>
        <translation>Skift fokus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="338"/>
        <source>Change end of mentorship</source>
        <translation>Skift slutdato for mentorforløbet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="349"/>
        <source>End mentorship</source>
        <translation>Afslut mentorforløb</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="364"/>
        <source>Log guidance session</source>
        <translation>Registrér vejledningssamtale</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/mentorships_tab.py" line="376"/>
        <source>Remove guidance session</source>
        <translation>Fjern vejledningssamtale</translation>
    </message>
</context>
<context>
    <name>NetworksTab</name>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="75"/>
        <source>Coordinators meet in networks for guidance and to share experience.</source>
        <translation>Tovholdere mødes i netværk for at få vejledning og dele erfaringer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="78"/>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="110"/>
        <source>Network</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="80"/>
        <source>Networks</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="86"/>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="87"/>
        <source>Name of a new network</source>
        <translation>Navn på et nyt netværk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="90"/>
        <source>Add network</source>
        <translation>Tilføj netværk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="101"/>
        <source>Choose a network, or add one.</source>
        <translation>Vælg et netværk, eller tilføj et.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="103"/>
        <source>No network chosen</source>
        <translation>Intet netværk valgt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="114"/>
        <source>About the network</source>
        <translation>Om netværket</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="116"/>
        <source>How often it meets, and what for</source>
        <translation>Hvor tit det mødes, og hvad det skal</translation>
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
        <translation>Medarbejder, der skal tilføjes</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="143"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="145"/>
        <source>Add to the network</source>
        <translation>Tilføj til netværket</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="149"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="151"/>
        <source>Take the chosen member off the network</source>
        <translation>Tag det valgte medlem ud af netværket</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="162"/>
        <source>Meetings and attendance</source>
        <translation>Møder og fremmøde</translation>
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
        <translation>Emne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="169"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="176"/>
        <source>Network meetings</source>
        <translation>Netværksmøder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="190"/>
        <source>Add meeting</source>
        <translation>Tilføj møde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="192"/>
        <source>Add a meeting date</source>
        <translation>Tilføj en mødedato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="199"/>
        <source>Who came (tick)</source>
        <translation>Hvem kom (sæt flueben)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="202"/>
        <source>Who came</source>
        <translation>Hvem kom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="238"/>
        <source>{came} of {held}</source>
        <translation>{came} af {held}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="291"/>
        <source>Choose a meeting to record who came.</source>
        <translation>Vælg et møde for at registrere, hvem der kom.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="294"/>
        <source>The meeting on {date} has not happened yet.</source>
        <translation>Mødet den {date} har ikke fundet sted endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="300"/>
        <source>Who came on {date} (tick)</source>
        <translation>Hvem kom den {date} (sæt flueben)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="322"/>
        <source>Add network {name}</source>
        <translation>Tilføj netværket {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="344"/>
        <source>Describe network</source>
        <translation>Beskriv netværk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="353"/>
        <source>Add {name} to the network</source>
        <translation>Tilføj {name} til netværket</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="361"/>
        <source>Take {name} off the network</source>
        <translation>Tag {name} ud af netværket</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/networks_tab.py" line="375"/>
        <source>Add network meeting</source>
        <translation>Tilføj netværksmøde</translation>
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
        <translation>Fremdrift</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="75"/>
        <source>Every coordinator with their plans, training, mentor, role conflicts and overdue evaluations; those with gaps first. Choose one to record a course or find a mentor.</source>
        <translation>Alle tovholdere med deres planer, kurser, mentor, rollekonflikter og overskredne evalueringer; dem med mangler først. Vælg en for at registrere et kursus eller finde en mentor.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="81"/>
        <source>About the overview</source>
        <translation>Om overblikket</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="86"/>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="160"/>
        <source>Coordinator</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="87"/>
        <source>Unit</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="88"/>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="90"/>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="91"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="93"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="95"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="99"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
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
        <translation>Overblik over tovholdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="126"/>
        <source>How many coordinators</source>
        <translation>Antal tovholdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="131"/>
        <source>Teams without a check-in for six months</source>
        <translation>Teams uden samarbejdsrunde i seks måneder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="139"/>
        <source>Export as P&amp;DF…</source>
        <translation>Eksportér som P&amp;DF …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="141"/>
        <source>Write the overview as a PDF and open it</source>
        <translation>Lav overblikket som PDF og åbn det</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="145"/>
        <source>Export as &amp;CSV…</source>
        <translation>Eksportér som &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="147"/>
        <source>Write the overview as a CSV file for a spreadsheet</source>
        <translation>Lav overblikket som CSV-fil til et regneark</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="180"/>
        <source>Choose a coordinator in the list.</source>
        <translation>Vælg en tovholder på listen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="182"/>
        <source>No coordinator chosen</source>
        <translation>Ingen tovholder valgt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="202"/>
        <source>The coordinator overview is for leaders. Mentorships and networks are on the other tabs.</source>
        <translation>Overblikket over tovholdere er for ledere. Mentorforløb og netværk finder du på de andre faner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="214"/>
        <source>%n coordinator(s), {gaps} with gaps to close.</source>
        <translation>
            <numerusform>%n tovholder, {gaps} med mangler, der skal lukkes.</numerusform>
            <numerusform>%n tovholdere, {gaps} med mangler, der skal lukkes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="236"/>
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} og %n mere</numerusform>
            <numerusform>{names} og %n mere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="240"/>
        <source>%n team(s) without a check-in on working together for {months} months: {names}. Start one on Teamwork.</source>
        <translation>
            <numerusform>%n team uden samarbejdsrunde i {months} måneder: {names}. Start en på Samarbejde.</numerusform>
            <numerusform>%n teams uden samarbejdsrunde i {months} måneder: {names}. Start en på Samarbejde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/overview_tab.py" line="274"/>
        <source>Save as</source>
        <translation>Gem som</translation>
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
        <translation>tovholderoverblik</translation>
    </message>
</context>
<context>
    <name>OwnAccountTab</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="39"/>
        <source>You are signed in as {name}.</source>
        <translation>Du er logget ind som {name}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="42"/>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="43"/>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="55"/>
        <source>Change my password</source>
        <translation>Skift min adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="44"/>
        <source>Current password</source>
        <translation>Nuværende adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="46"/>
        <source>About the current password</source>
        <translation>Om den nuværende adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="48"/>
        <source>New password</source>
        <translation>Ny adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="49"/>
        <source>About the new password</source>
        <translation>Om den nye adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="50"/>
        <source>New password again</source>
        <translation>Ny adgangskode igen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="52"/>
        <source>About the password typed again</source>
        <translation>Om adgangskoden skrevet igen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="55"/>
        <source>C&amp;hange my password</source>
        <translation>S&amp;kift min adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="59"/>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="117"/>
        <source>What happened</source>
        <translation>Hvad der skete</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="67"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Nuværende adgangskode:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="71"/>
        <source>&amp;New password:</source>
        <translation>N&amp;y adgangskode:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="75"/>
        <source>New password a&amp;gain:</source>
        <translation>Ny adgangskode &amp;igen:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="88"/>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="89"/>
        <source>PIN for unlocking</source>
        <translation>Pinkode til at låse op</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="92"/>
        <source>A PIN of 4 to 8 digits opens your locked window again while TeamDesk stays open. It is kept in memory only, never saved, so set it again after each sign-in. After 5 wrong PINs the password is needed. To sign in, the password is always needed.</source>
        <translation>En pinkode på 4 til 8 cifre åbner dit låste vindue igen, så længe TeamDesk er åbent. Den findes kun i hukommelsen og gemmes aldrig, så vælg den igen, hver gang du har logget ind. Efter 5 forkerte pinkoder skal adgangskoden bruges. For at logge ind skal du altid bruge adgangskoden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="101"/>
        <source>Whether you have a PIN</source>
        <translation>Om du har en pinkode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="102"/>
        <source>PIN</source>
        <translation>Pinkode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="104"/>
        <source>About the PIN</source>
        <translation>Om pinkoden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="105"/>
        <source>PIN again</source>
        <translation>Pinkode igen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="108"/>
        <source>About the PIN typed again</source>
        <translation>Om pinkoden skrevet igen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="110"/>
        <source>&amp;Set my PIN</source>
        <translation>&amp;Vælg pinkode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="110"/>
        <source>Set my PIN</source>
        <translation>Vælg pinkode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="114"/>
        <source>&amp;Remove my PIN</source>
        <translation>&amp;Fjern min pinkode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="114"/>
        <source>Remove my PIN</source>
        <translation>Fjern min pinkode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="121"/>
        <source>&amp;PIN:</source>
        <translation>&amp;Pinkode:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="124"/>
        <source>P&amp;IN again:</source>
        <translation>Pinkode i&amp;gen:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="168"/>
        <source>You have a PIN.</source>
        <translation>Du har en pinkode.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="168"/>
        <source>You have no PIN yet.</source>
        <translation>Du har ingen pinkode endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="177"/>
        <source>The two new passwords are not the same. Type the new password again.</source>
        <translation>De to nye adgangskoder er ikke ens. Skriv den nye adgangskode igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="212"/>
        <source>Your password is changed. Use the new one from now on.</source>
        <translation>Din adgangskode er skiftet. Brug den nye fra nu af.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="222"/>
        <source>Changing your password…</source>
        <translation>Ændrer din adgangskode …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="237"/>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation>De to pinkoder er ikke ens. Skriv pinkoden igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="252"/>
        <source>Your PIN is set. It opens your window after it locks.</source>
        <translation>Din pinkode er valgt. Den åbner dit vindue, når det er låst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/own_account_tab.py" line="264"/>
        <source>Your PIN is removed. A locked window now asks for your password.</source>
        <translation>Din pinkode er fjernet. Et låst vindue beder nu om din adgangskode.</translation>
    </message>
</context>
<context>
    <name>PairingPanel</name>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="44"/>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="62"/>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="87"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="50"/>
        <source>Current mentor</source>
        <translation>Nuværende mentor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="54"/>
        <source>&amp;Suggest a mentor</source>
        <translation>&amp;Foreslå en mentor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="56"/>
        <source>Suggest eligible mentors, with the reason for each</source>
        <translation>Foreslå mulige mentorer med begrundelsen for hver</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="63"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="68"/>
        <source>Suggested mentors</source>
        <translation>Foreslåede mentorer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="71"/>
        <source>Nobody eligible has a free place.</source>
        <translation>Ingen mulige mentorer har en ledig plads.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="77"/>
        <source>Mentor to pair with</source>
        <translation>Mentor, der skal sættes sammen med</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="79"/>
        <source>Focus of the guidance</source>
        <translation>Fokus for vejledningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="80"/>
        <source>e.g. consent and the first meeting</source>
        <translation>f.eks. samtykke og det første møde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="82"/>
        <source>&amp;Pair</source>
        <translation>&amp;Sæt sammen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="84"/>
        <source>Start the mentorship with the chosen mentor</source>
        <translation>Start mentorforløbet med den valgte mentor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="88"/>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="102"/>
        <source>Choose someone to find a mentor for.</source>
        <translation>Vælg en, der skal have en mentor.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="105"/>
        <source>{mentee} is guided by {mentor}.</source>
        <translation>{mentee} får vejledning af {mentor}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="110"/>
        <source>{mentee} has no mentor.</source>
        <translation>{mentee} har ingen mentor.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="169"/>
        <source>Approve this mentor?</source>
        <translation>Godkend denne mentor?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="173"/>
        <source>To pair them anyway, write why. The reason is kept on the mentorship and in the audit log.</source>
        <translation>Skriv hvorfor, hvis de skal sættes sammen alligevel. Begrundelsen gemmes på mentorforløbet og i revisionsloggen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/pairing.py" line="185"/>
        <source>Pair {mentee} with {mentor}</source>
        <translation>Sæt {mentee} sammen med {mentor}</translation>
    </message>
</context>
<context>
    <name>ParticipantsSection</name>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="22"/>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="42"/>
        <source>Who is invited</source>
        <translation>Hvem der er inviteret</translation>
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
        <translation>Den valgte person kom</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="56"/>
        <source>Did not come</source>
        <translation>Kom ikke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="58"/>
        <source>The chosen person did not come</source>
        <translation>Den valgte person kom ikke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="62"/>
        <source>Remove from the list</source>
        <translation>Fjern fra listen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="64"/>
        <source>Take the chosen person off the list</source>
        <translation>Tag den valgte person af listen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="76"/>
        <source>Staff member to invite</source>
        <translation>Medarbejder, der skal inviteres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="80"/>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="98"/>
        <source>Invite</source>
        <translation>Invitér</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="82"/>
        <source>Invite the chosen staff member</source>
        <translation>Invitér den valgte medarbejder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="90"/>
        <source>Name of someone else to invite</source>
        <translation>Navn på en anden, der skal inviteres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="92"/>
        <source>Someone else: name (e.g. the GP)</source>
        <translation>En anden: navn (f.eks. egen læge)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="94"/>
        <source>Who the person is</source>
        <translation>Hvem personen er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="100"/>
        <source>Invite the person named</source>
        <translation>Invitér personen med dette navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="120"/>
        <source>no</source>
        <translation>nej</translation>
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
        <translation>Tag {name} af listen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="181"/>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="191"/>
        <source>Invite {name}</source>
        <translation>Invitér {name}</translation>
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
        <translation>Må dele oplysninger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="56"/>
        <source>Who takes part</source>
        <translation>Hvem deltager</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="63"/>
        <source>Who they are</source>
        <translation>Hvem de er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="73"/>
        <source>a new participant</source>
        <translation>en ny deltager</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/meetings/participants.py" line="30"/>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="80"/>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="107"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="41"/>
        <source>Professionals around the resident</source>
        <translation>Fagpersoner omkring beboeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="82"/>
        <source>Organisation (NAV, GP…)</source>
        <translation>Organisation (kommune, egen læge …)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="94"/>
        <source>Add &amp;participant</source>
        <translation>Tilføj &amp;deltager</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="96"/>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="200"/>
        <source>Add participant</source>
        <translation>Tilføj deltager</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="109"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="110"/>
        <source>Contributes</source>
        <translation>Bidrager med</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="111"/>
        <source>May share</source>
        <translation>Må dele</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="112"/>
        <source>Consent to share given</source>
        <translation>Samtykke til deling givet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="113"/>
        <source>Consent expires</source>
        <translation>Samtykket udløber</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="128"/>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="237"/>
        <source>Remove participant</source>
        <translation>Fjern deltager</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="130"/>
        <source>Remove the chosen participant</source>
        <translation>Fjern den valgte deltager</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="161"/>
        <source>No consent recorded</source>
        <translation>Intet samtykke registreret</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="164"/>
        <source>Expired {date}</source>
        <translation>Udløb {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="166"/>
        <source>Until {date}</source>
        <translation>Indtil {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="167"/>
        <source>Yes, since {date}</source>
        <translation>Ja, siden {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/participants.py" line="226"/>
        <source>Change participant</source>
        <translation>Ændr deltager</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="93"/>
        <source>No individual plan</source>
        <translation>Ingen handleplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="96"/>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="312"/>
        <source>&amp;Start an individual plan</source>
        <translation>&amp;Start en handleplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="98"/>
        <source>Start an individual plan</source>
        <translation>Start en handleplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="153"/>
        <source>Parts of the plan</source>
        <translation>Planens dele</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="208"/>
        <source>← &amp;Back to the resident</source>
        <translation>← &amp;Tilbage til beboeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="210"/>
        <source>Back to the resident and the list of residents</source>
        <translation>Tilbage til beboeren og listen over beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="216"/>
        <source>Individual plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="219"/>
        <source>Version and status</source>
        <translation>Version og status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="257"/>
        <source>Status, approval and versions</source>
        <translation>Status, godkendelse og versioner</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="264"/>
        <source>missing something</source>
        <translation>mangler noget</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="266"/>
        <source>complete, with a note</source>
        <translation>fuldstændig, med en bemærkning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="268"/>
        <source>complete</source>
        <translation>fuldstændig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="308"/>
        <source>{name} has no shared development plan yet.</source>
        <translation>{name} har ingen fælles udviklingsplan endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="309"/>
        <source>&amp;Start a shared development plan</source>
        <translation>&amp;Start en fælles udviklingsplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="372"/>
        <source>{plan} of {name}</source>
        <translation>{plan} for {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="226"/>
        <source>&amp;Print plan (PDF)…</source>
        <translation>&amp;Udskriv planen (PDF) …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="228"/>
        <source>Write the plan as a PDF and open it</source>
        <translation>Lav planen som PDF og åbn den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="298"/>
        <source>Choose a resident to see their individual plan.</source>
        <translation>Vælg en beboer for at se beboerens handleplan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="311"/>
        <source>{name} has no individual plan yet.</source>
        <translation>{name} har ingen handleplan endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="392"/>
        <source>Draft: not approved yet.</source>
        <translation>Kladde: ikke godkendt endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="393"/>
        <source>Version {number}, approved {date} by {who}.</source>
        <translation>Version {number}, godkendt {date} af {who}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="399"/>
        <source>%n change(s) since, not approved yet.</source>
        <translation>
            <numerusform>%n ændring siden, ikke godkendt endnu.</numerusform>
            <numerusform>%n ændringer siden, ikke godkendt endnu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="417"/>
        <source>Start shared development plan</source>
        <translation>Start fælles udviklingsplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="419"/>
        <source>Start individual plan</source>
        <translation>Start handleplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/editor.py" line="430"/>
        <source>Save the plan as PDF</source>
        <translation>Gem planen som PDF</translation>
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
        <translation>handleplan</translation>
    </message>
</context>
<context>
    <name>PlanSectionWidget</name>
    <message>
        <location filename="../../src/teamdesk/ui/plan/section.py" line="99"/>
        <source>What the checklist says about this part</source>
        <translation>Hvad tjeklisten siger om denne del</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/section.py" line="194"/>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/section.py" line="196"/>
        <source>Move the chosen {what} up (Alt+Up)</source>
        <translation>Flyt valgt {what} op (Alt+Pil op)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/section.py" line="200"/>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/section.py" line="202"/>
        <source>Move the chosen {what} down (Alt+Down)</source>
        <translation>Flyt valgt {what} ned (Alt+Pil ned)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/plan/section.py" line="232"/>
        <source>Change {field}</source>
        <translation>Ændr »{field}«</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <location filename="Qt" line="26"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="Qt" line="27"/>
        <source>Closes the dock widget</source>
        <translation>Lukker panelet</translation>
    </message>
    <message>
        <location filename="Qt" line="28"/>
        <source>Float</source>
        <translation>Løsn</translation>
    </message>
    <message>
        <location filename="Qt" line="29"/>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Løsner panelet fra vinduet og sætter det fast igen</translation>
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
Mappen blev ikke fundet.
Kontrollér, at mappenavnet er rigtigt.</translation>
    </message>
    <message>
        <location filename="Qt" line="31"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Filen blev ikke fundet.
Kontrollér, at filnavnet er rigtigt.</translation>
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
        <translation>%1 findes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="Qt" line="34"/>
        <source>&amp;Choose</source>
        <translation>&amp;Vælg</translation>
    </message>
    <message>
        <location filename="Qt" line="35"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location filename="Qt" line="36"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <location filename="Qt" line="37"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location filename="Qt" line="38"/>
        <source>&amp;Rename</source>
        <translation>&amp;Omdøb</translation>
    </message>
    <message>
        <location filename="Qt" line="39"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="Qt" line="40"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>»%1« er skrivebeskyttet.
Vil du slette den alligevel?</translation>
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
        <translation>Er du sikker på, at du vil slette »%1«?</translation>
    </message>
    <message>
        <location filename="Qt" line="44"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location filename="Qt" line="45"/>
        <source>Change to detail view mode</source>
        <translation>Skift til detaljevisning</translation>
    </message>
    <message>
        <location filename="Qt" line="46"/>
        <source>Change to list view mode</source>
        <translation>Skift til listevisning</translation>
    </message>
    <message>
        <location filename="Qt" line="47"/>
        <source>Could not delete directory.</source>
        <translation>Kunne ikke slette mappen.</translation>
    </message>
    <message>
        <location filename="Qt" line="48"/>
        <source>Create New Folder</source>
        <translation>Opret ny mappe</translation>
    </message>
    <message>
        <location filename="Qt" line="49"/>
        <source>Create a New Folder</source>
        <translation>Opret en ny mappe</translation>
    </message>
    <message>
        <location filename="Qt" line="50"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="Qt" line="51"/>
        <source>Detail View</source>
        <translation>Detaljevisning</translation>
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
        <translation>Drev</translation>
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
        <translation>Find mappe</translation>
    </message>
    <message>
        <location filename="Qt" line="61"/>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="Qt" line="62"/>
        <source>Forward</source>
        <translation>Frem</translation>
    </message>
    <message>
        <location filename="Qt" line="63"/>
        <source>Go back</source>
        <translation>Gå tilbage</translation>
    </message>
    <message>
        <location filename="Qt" line="64"/>
        <source>Go forward</source>
        <translation>Gå frem</translation>
    </message>
    <message>
        <location filename="Qt" line="65"/>
        <source>Go to the parent directory</source>
        <translation>Gå til mappen ovenover</translation>
    </message>
    <message>
        <location filename="Qt" line="66"/>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <location filename="Qt" line="67"/>
        <source>List of places and bookmarks</source>
        <translation>Liste over steder og bogmærker</translation>
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
        <translation>Denne computer</translation>
    </message>
    <message>
        <location filename="Qt" line="72"/>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <location filename="Qt" line="73"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="Qt" line="74"/>
        <source>Parent Directory</source>
        <translation>Mappen ovenover</translation>
    </message>
    <message>
        <location filename="Qt" line="75"/>
        <source>Recent Places</source>
        <translation>Seneste steder</translation>
    </message>
    <message>
        <location filename="Qt" line="76"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="Qt" line="77"/>
        <source>Save As</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <location filename="Qt" line="78"/>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <location filename="Qt" line="79"/>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
    <message>
        <location filename="Qt" line="80"/>
        <source>Unknown</source>
        <translation>Ukendt</translation>
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
        <translation>Ændret</translation>
    </message>
    <message>
        <location filename="Qt" line="86"/>
        <source>My Computer</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <location filename="Qt" line="87"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="Qt" line="88"/>
        <source>Invalid filename</source>
        <translation>Ugyldigt filnavn</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="Qt" line="19"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="Qt" line="20"/>
        <source>&amp;Redo</source>
        <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
        <location filename="Qt" line="21"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <location filename="Qt" line="22"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opiér</translation>
    </message>
    <message>
        <location filename="Qt" line="23"/>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <location filename="Qt" line="24"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="Qt" line="25"/>
        <source>Select All</source>
        <translation>Markér alt</translation>
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
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="Qt" line="3"/>
        <source>Save All</source>
        <translation>Gem alle</translation>
    </message>
    <message>
        <location filename="Qt" line="4"/>
        <source>Open</source>
        <translation>Åbn</translation>
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
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <location filename="Qt" line="8"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej til alle</translation>
    </message>
    <message>
        <location filename="Qt" line="9"/>
        <source>Abort</source>
        <translation>Afbryd</translation>
    </message>
    <message>
        <location filename="Qt" line="10"/>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="Qt" line="11"/>
        <source>Ignore</source>
        <translation>Ignorér</translation>
    </message>
    <message>
        <location filename="Qt" line="12"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="Qt" line="13"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="Qt" line="14"/>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <location filename="Qt" line="15"/>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location filename="Qt" line="16"/>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <location filename="Qt" line="17"/>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <location filename="Qt" line="18"/>
        <source>Restore Defaults</source>
        <translation>Gendan standardindstillinger</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="Qt" line="89"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="Qt" line="90"/>
        <source>&amp;Redo</source>
        <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
        <location filename="Qt" line="91"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <location filename="Qt" line="92"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opiér</translation>
    </message>
    <message>
        <location filename="Qt" line="93"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiér &amp;linkadresse</translation>
    </message>
    <message>
        <location filename="Qt" line="94"/>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <location filename="Qt" line="95"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="Qt" line="96"/>
        <source>Select All</source>
        <translation>Markér alt</translation>
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
        <translation>Sådan arbejder vi sammen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="157"/>
        <source>A check-in waits for you</source>
        <translation>En samarbejdsrunde venter på dig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="161"/>
        <source>&amp;Answer now</source>
        <translation>&amp;Svar nu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="163"/>
        <source>Answer the check-in that waits for you; it takes under two minutes</source>
        <translation>Svar på den samarbejdsrunde, der venter på dig; det tager under to minutter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="208"/>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="187"/>
        <source>Check-in</source>
        <translation>Samarbejdsrunde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="179"/>
        <source>Whole units first, then residents: those with an open check-in, then those whose team has had none for six months.</source>
        <translation>Hele afdelinger først, derefter beboere: dem med en åben samarbejdsrunde, så dem, hvis team ikke har haft nogen i seks måneder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="186"/>
        <source>Resident or unit</source>
        <translation>Beboer eller afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="193"/>
        <source>Residents and their check-ins</source>
        <translation>Beboere og deres samarbejdsrunder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="211"/>
        <source>The check-in&apos;s state</source>
        <translation>Samarbejdsrundens status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="216"/>
        <source>&amp;Start a check-in…</source>
        <translation>S&amp;tart en samarbejdsrunde …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="218"/>
        <source>Start a check-in about this resident&apos;s team</source>
        <translation>Start en samarbejdsrunde om teamet omkring denne beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="222"/>
        <source>A&amp;nswer…</source>
        <translation>S&amp;var …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="224"/>
        <source>Answer the open check-in for yourself</source>
        <translation>Svar selv på den åbne samarbejdsrunde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="228"/>
        <source>&amp;Type in a form…</source>
        <translation>&amp;Indtast et skema …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="230"/>
        <source>Type in a printed form filled in by someone without an account</source>
        <translation>Indtast et udskrevet skema, som en uden konto har udfyldt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="234"/>
        <source>Print the &amp;form…</source>
        <translation>Udskriv ske&amp;maet …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="236"/>
        <source>Print the one-page form for people without an account</source>
        <translation>Udskriv skemaet på én side til dem, der ikke har en konto</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="240"/>
        <source>&amp;Close now</source>
        <translation>&amp;Afslut nu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="242"/>
        <source>Close the check-in now and count the answers</source>
        <translation>Afslut samarbejdsrunden nu, og tæl svarene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="246"/>
        <source>&amp;Print results…</source>
        <translation>Udskriv &amp;resultaterne …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="248"/>
        <source>Write the results as a PDF and open it</source>
        <translation>Gem resultaterne som PDF, og åbn den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="297"/>
        <source>No check-in yet</source>
        <translation>Ingen samarbejdsrunde endnu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="299"/>
        <source>Open until {date}: {count} answered</source>
        <translation>Åben til {date}: {count} har svaret</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="304"/>
        <source>Last ended {date}; due for a new one</source>
        <translation>Senest afsluttet {date}; tid til en ny</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="305"/>
        <source>Ended {date}</source>
        <translation>Afsluttet {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="330"/>
        <source>Whole unit: {name}</source>
        <translation>Hele afdelingen: {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="354"/>
        <source>A check-in about how we work with {subject} waits for your answer, until {date}. It takes under two minutes.</source>
        <translation>En samarbejdsrunde om, hvordan vi arbejder sammen omkring {subject}, venter på dit svar, til {date}. Det tager under to minutter.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="439"/>
        <source>Choose a resident in the list.</source>
        <translation>Vælg en beboer på listen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="443"/>
        <source>No check-in is open. Start one to hear how the team works together.</source>
        <translation>Ingen samarbejdsrunde er åben. Start en for at høre, hvordan teamet arbejder sammen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="445"/>
        <source>No check-in is open. A leader or the plan&apos;s coordinator starts one.</source>
        <translation>Ingen samarbejdsrunde er åben. En leder eller planens tovholder starter en.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="447"/>
        <source>Open until {date}: {count} have answered. Results show when it closes.</source>
        <translation>Åben til {date}: {count} har svaret. Resultaterne vises, når den afsluttes.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="450"/>
        <source>You have answered. Thank you!</source>
        <translation>Du har svaret. Tak!</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="479"/>
        <source>Started a check-in about {subject}</source>
        <translation>Startede en samarbejdsrunde om {subject}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="501"/>
        <source>Typed in a printed form</source>
        <translation>Indtastede et udskrevet skema</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="506"/>
        <source>Your answers were handed in anonymously</source>
        <translation>Dine svar blev afleveret anonymt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="540"/>
        <source>Close the check-in about {subject} now? The answers are counted and can no longer be changed, and nobody else can answer.</source>
        <translation>Afslut samarbejdsrunden om {subject} nu? Svarene tælles og kan ikke længere ændres, og ingen andre kan svare.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="546"/>
        <source>Closed the check-in about {subject}</source>
        <translation>Afsluttede samarbejdsrunden om {subject}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="554"/>
        <source>Save as</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="554"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="569"/>
        <source>how-we-work-together</source>
        <translation>sådan-arbejder-vi-sammen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="586"/>
        <source>check-in-form</source>
        <translation>samarbejdsskema</translation>
    </message>
</context>
<context>
    <name>ResidentPage</name>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="99"/>
        <source>Choose a resident in the list, or add a new one below the list.</source>
        <translation>Vælg en beboer på listen, eller tilføj en ny under listen.</translation>
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
        <translation>&amp;Handleplan</translation>
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
        <translation>Hvem der har ansvaret i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="140"/>
        <source>Warnings for this resident</source>
        <translation>Advarsler om denne beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="154"/>
        <source>Details</source>
        <translation>Oplysninger</translation>
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
        <translation>Hvad beboeren gerne vil kaldes</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="181"/>
        <source>&amp;Preferred name</source>
        <translation>F&amp;oretrukket navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="182"/>
        <source>Unit</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="184"/>
        <source>&amp;Unit</source>
        <translation>&amp;Afdeling</translation>
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
        <translation>&amp;Værelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="188"/>
        <source>Room</source>
        <translation>Værelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="189"/>
        <source>Moved &amp;in</source>
        <translation>Flyttet &amp;ind</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="189"/>
        <source>Moved in</source>
        <translation>Flyttet ind</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="190"/>
        <source>Moved out</source>
        <translation>Flyttet ud</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="191"/>
        <source>Moved &amp;out</source>
        <translation>Flyttet &amp;ud</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="200"/>
        <source>What matters to me</source>
        <translation>Det, der er vigtigt for mig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="204"/>
        <source>Whose words these are</source>
        <translation>Hvis ord det er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="211"/>
        <source>What matters to me, in the resident&apos;s own words</source>
        <translation>Det, der er vigtigt for mig, med beboerens egne ord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="215"/>
        <source>Write down what the resident says matters to them, in their own words.</source>
        <translation>Skriv ned, hvad beboeren siger er vigtigt, med beboerens egne ord.</translation>
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
        <translation>Uddannelse</translation>
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
        <translation>Ingen har en rolle hos denne beboer endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="251"/>
        <source>&amp;End this role</source>
        <translation>Afslut &amp;denne rolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="253"/>
        <source>End the chosen role</source>
        <translation>Afslut den valgte rolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="254"/>
        <source>The chosen person keeps the role until yesterday; the history keeps it.</source>
        <translation>Den valgte person har rollen til og med i går; historikken gemmer den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="262"/>
        <source>Give someone a role</source>
        <translation>Giv nogen en rolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="272"/>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="291"/>
        <source>Staff member to give a role</source>
        <translation>Medarbejder, der skal have en rolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="273"/>
        <source>Type part of a name; only active staff are listed.</source>
        <translation>Skriv en del af et navn; kun aktive medarbejdere vises.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="289"/>
        <source>Type a name…</source>
        <translation>Skriv et navn …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="294"/>
        <source>Role to give</source>
        <translation>Rolle, der skal gives</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="298"/>
        <source>&amp;Give role</source>
        <translation>Giv ro&amp;lle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="298"/>
        <source>Give the role</source>
        <translation>Giv rollen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="308"/>
        <source>History of roles</source>
        <translation>Historik over roller</translation>
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
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="326"/>
        <source>History of the resident&apos;s roles</source>
        <translation>Historik over beboerens roller</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="398"/>
        <source>(no unit)</source>
        <translation>(ingen afdeling)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="407"/>
        <source>(no team)</source>
        <translation>(intet team)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="457"/>
        <source>No unit</source>
        <translation>Ingen afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="458"/>
        <source>room {room}</source>
        <translation>værelse {room}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="462"/>
        <source>moved out {date}</source>
        <translation>flyttet ud {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="471"/>
        <source>e.g. {example}</source>
        <translation>f.eks. {example}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="479"/>
        <source>In {name}&apos;s own words. Write what {name} says, as {name} says it.</source>
        <translation>Med {name}s egne ord. Skriv, hvad {name} siger, sådan som {name} siger det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="527"/>
        <source>Does not live here today, so nobody covers today.</source>
        <translation>Bor her ikke i dag, så ingen har ansvaret i dag.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="530"/>
        <source>Today: {why}</source>
        <translation>I dag: {why}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="532"/>
        <source>Away today: {names}.</source>
        <translation>Væk i dag: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="545"/>
        <source>Alert for this resident&apos;s team:</source>
        <translation>Advarsel til teamet omkring denne beboer:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="547"/>
        <source>Warnings for this resident&apos;s team:</source>
        <translation>Advarsler til teamet omkring denne beboer:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="567"/>
        <source>{staff} no longer works here. End this role and choose someone else.</source>
        <translation>{staff} arbejder her ikke længere. Afslut denne rolle, og vælg en anden.</translation>
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
        <translation>værelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="611"/>
        <source>move-in date</source>
        <translation>indflytningsdato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="612"/>
        <source>move-out date</source>
        <translation>udflytningsdato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="625"/>
        <source>what matters</source>
        <translation>det, der er vigtigt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="635"/>
        <source>unit</source>
        <translation>afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="635"/>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="661"/>
        <source>Change {what} of {resident}</source>
        <translation>Ændr {what} for {resident}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="713"/>
        <source>Choose a staff member from the list first.</source>
        <translation>Vælg først en medarbejder på listen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="716"/>
        <source>No single active staff member matches “{text}”. Type more of the name and choose from the list.</source>
        <translation>Ingen enkelt aktiv medarbejder passer til »{text}«. Skriv mere af navnet, og vælg på listen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="728"/>
        <source>Make {staff} {role} for {resident}</source>
        <translation>Gør {staff} til {role} for {resident}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="747"/>
        <source>End {staff} as {role} for {resident}</source>
        <translation>Afslut {staff} som {role} for {resident}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/resident_page.py" line="766"/>
        <source>Shared development &amp;plan</source>
        <translation>Fælles udviklings&amp;plan</translation>
    </message>
</context>
<context>
    <name>ResidentsModel</name>
    <message>
        <location filename="../../src/teamdesk/ui/common/models.py" line="446"/>
        <source>(this resident was removed)</source>
        <translation>(denne beboer er fjernet)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/models.py" line="455"/>
        <source>Moved out on {date}</source>
        <translation>Flyttet ud den {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/models.py" line="474"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/models.py" line="475"/>
        <source>Room</source>
        <translation>Værelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/models.py" line="476"/>
        <source>Unit</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/models.py" line="477"/>
        <source>Primary contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/models.py" line="478"/>
        <source>Moved in</source>
        <translation>Flyttet ind</translation>
    </message>
</context>
<context>
    <name>ResidentsView</name>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="68"/>
        <source>Search residents</source>
        <translation>Søg efter beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="69"/>
        <source>Filters the list as you type: name, room or unit.</source>
        <translation>Filtrerer listen, mens du skriver: navn, værelse eller afdeling.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="71"/>
        <source>Search by name, room or unit (Ctrl+F)</source>
        <translation>Søg på navn, værelse eller afdeling (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="75"/>
        <source>Show residents who have &amp;moved out</source>
        <translation>Vis beboere, der er flyttet &amp;ud</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="77"/>
        <source>Show residents who have moved out</source>
        <translation>Vis beboere, der er flyttet ud</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="84"/>
        <source>Residents whose plan you coordinate, and those you are primary contact, secondary contact or team member for today.</source>
        <translation>Beboere, hvis plan du er tovholder for, og dem, du i dag er kontaktperson, sekundær kontaktperson eller teammedlem for.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="88"/>
        <source>Only &amp;mine</source>
        <translation>Kun &amp;mine</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="88"/>
        <source>Only my residents</source>
        <translation>Kun mine beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="96"/>
        <source>Residents</source>
        <translation>Beboere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="126"/>
        <source>How many residents are listed</source>
        <translation>Hvor mange beboere der vises</translation>
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
        <translation>Navn på en ny beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="138"/>
        <source>&amp;Add resident</source>
        <translation>&amp;Tilføj beboer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="138"/>
        <source>Add resident</source>
        <translation>Tilføj beboer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/people/residents_view.py" line="228"/>
        <source>Your residents: %n. You coordinate their plan or have a role for them.</source>
        <translation>
            <numerusform>Dine beboere: %n. Du er tovholder for beboerens handleplan eller har en rolle for beboeren.</numerusform>
            <numerusform>Dine beboere: %n. Du er tovholder for deres handleplan eller har en rolle for dem.</numerusform>
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
        <translation>Ingen beboere endnu. Tilføj den første nedenfor.</translation>
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
        <translation>Tilføj beboeren {name}</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="196"/>
        <source>About these results</source>
        <translation>Om disse resultater</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="198"/>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="201"/>
        <source>What works</source>
        <translation>Det, der virker</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="204"/>
        <source>Ties and dimensions</source>
        <translation>Samarbejdsrelationer og dimensioner</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="211"/>
        <source>Results: roles and services down, dimensions across, the index last</source>
        <translation>Resultater: roller og tilbud nedad, dimensioner henover, indekset sidst</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="232"/>
        <source>How to read the grid</source>
        <translation>Sådan læser du skemaet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="235"/>
        <source>1 = disagree strongly, 5 = agree strongly; the darker the cell, the better it works. Weakest ties first.</source>
        <translation>1 = helt uenig, 5 = helt enig; jo mørkere feltet er, desto bedre virker det. De svageste relationer først.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="240"/>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="243"/>
        <source>Things to agree on together</source>
        <translation>Ting at blive enige om sammen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="246"/>
        <source>Ties with too few answers</source>
        <translation>Relationer med for få svar</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="248"/>
        <source>Over time</source>
        <translation>Over tid</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="251"/>
        <source>About the trend</source>
        <translation>Om udviklingen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="253"/>
        <source>Trend of the index</source>
        <translation>Udviklingen i indekset</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="275"/>
        <source>No check-in has been completed yet.</source>
        <translation>Ingen samarbejdsrunde er gennemført endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="285"/>
        <source>Check-in ended {date}: {count} people took part. Answers are about how roles and services work together, never about one person.</source>
        <translation>Samarbejdsrunden sluttede {date}: {count} personer deltog. Svarene handler om, hvordan roller og tilbud arbejder sammen, aldrig om én person.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="292"/>
        <source>{tie}: {dimension} ({value})</source>
        <translation>{tie}: {dimension} ({value})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="302"/>
        <source>No tie stands out yet; the grid shows where you are closest.</source>
        <translation>Ingen samarbejdsrelation skiller sig ud endnu; skemaet viser, hvor I er tættest på.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="325"/>
        <source>Nothing below 3.5: keep doing what works.</source>
        <translation>Intet under 3,5: fortsæt med det, der virker.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="330"/>
        <source>Fewer than {count} people answered about: {ties}. No figures are shown for them, so nobody&apos;s answers can be recognised.</source>
        <translation>Færre end {count} personer svarede om: {ties}. Der vises ingen tal for dem, så ingens svar kan genkendes.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="340"/>
        <source>The trend shows from the second completed check-in on.</source>
        <translation>Udviklingen vises fra og med den anden gennemførte samarbejdsrunde.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/results.py" line="347"/>
        <source>The index of each check-in: all ties, and the weakest and strongest tie.</source>
        <translation>Indekset for hver samarbejdsrunde: alle relationer samt den svageste og den stærkeste relation.</translation>
    </message>
</context>
<context>
    <name>RetirePcDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="117"/>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="182"/>
        <source>Retire a PC</source>
        <translation>Tag en pc ud af brug</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="122"/>
        <source>Retire a PC that was lost, stolen or given away. What it synced so far stays. The house gets a new key that PC does not have, so it cannot read what is written afterwards, and what it sends later is refused. It keeps what it already had: if an administrator signed in on it, have their password reset and retire it again. Also remove its access to the shared folder.</source>
        <translation>Tag en pc ud af brug, som er mistet, stjålet eller givet væk. Det, den har synkroniseret indtil nu, bliver. Stedet får en ny nøgle, som den pc ikke har, så den kan ikke læse det, der skrives bagefter, og det, den sender senere, afvises. Den beholder det, den allerede havde: hvis en administrator har logget ind på den, skal vedkommendes adgangskode nulstilles, og pc&apos;en tages ud af brug igen. Fjern også dens adgang til den delte mappe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="132"/>
        <source>The house&apos;s other PCs</source>
        <translation>Stedets andre pc&apos;er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="140"/>
        <source>Retire this PC</source>
        <translation>Tag denne pc ud af brug</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="166"/>
        <source>(has not sent changes yet)</source>
        <translation>(har ikke sendt ændringer endnu)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="169"/>
        <source>(retired)</source>
        <translation>(taget ud af brug)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="175"/>
        <source>No other PC has synced with this one yet. Sync first (File &gt; Sync now).</source>
        <translation>Ingen anden pc har synkroniseret med denne endnu. Synkroniser først (Filer &gt; Synkroniser nu).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="183"/>
        <source>Retire {pc}? This cannot be undone; the PC can join again later.</source>
        <translation>Tag {pc} ud af brug? Det kan ikke fortrydes; pc&apos;en kan tilknyttes igen senere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="204"/>
        <source>Retiring the PC and giving the house a new key…</source>
        <translation>Tager pc&apos;en ud af brug og giver stedet en ny nøgle …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="214"/>
        <source>{pc} is retired. The house has a new key, given to %n other PC(s) and the administrators.</source>
        <translation>
            <numerusform>{pc} er taget ud af brug. Stedet har en ny nøgle, givet til %n anden pc og administratorerne.</numerusform>
            <numerusform>{pc} er taget ud af brug. Stedet har en ny nøgle, givet til %n andre pc&apos;er og administratorerne.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/house_dialogs.py" line="223"/>
        <source>These PCs get it when an administrator signs in there and syncs: {pcs}.</source>
        <translation>Disse pc&apos;er får den, når en administrator logger ind dér og synkroniserer: {pcs}.</translation>
    </message>
</context>
<context>
    <name>RotaGridModel</name>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="137"/>
        <source>week {week}, {weekday}</source>
        <translation>uge {week}, {weekday}</translation>
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
        <translation>Vagtplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="290"/>
        <source>Unit</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="293"/>
        <source>Unit:</source>
        <translation>Afdeling:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="296"/>
        <source>Import from Excel or CSV…</source>
        <translation>Importér fra Excel eller CSV …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="298"/>
        <source>Import the rota from Excel or CSV</source>
        <translation>Importér vagtplanen fra Excel eller CSV</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="303"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="303"/>
        <source>Undo the last change</source>
        <translation>Fortryd den sidste ændring</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="310"/>
        <source>Shifts…</source>
        <translation>Vagter …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="312"/>
        <source>The house&apos;s shifts: codes, names and times</source>
        <translation>Husets vagter: koder, navne og tider</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="319"/>
        <source>About this rota</source>
        <translation>Om denne vagtplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="327"/>
        <source>First day of the cycle</source>
        <translation>Vagtplanens første dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="329"/>
        <source>Weeks in the cycle</source>
        <translation>Uger i vagtplanen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="334"/>
        <source>Make an empty rota</source>
        <translation>Lav en tom vagtplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="334"/>
        <source>Make a rota</source>
        <translation>Lav en vagtplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="337"/>
        <source>First day:</source>
        <translation>Første dag:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="339"/>
        <source>Weeks:</source>
        <translation>Uger:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="350"/>
        <source>Staff to add</source>
        <translation>Medarbejder, der skal tilføjes</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="353"/>
        <source>Add to the rota</source>
        <translation>Tilføj til vagtplanen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="357"/>
        <source>Take off the rota</source>
        <translation>Tag ud af vagtplanen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="359"/>
        <source>Take the selected person off the rota</source>
        <translation>Tag den valgte person ud af vagtplanen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="368"/>
        <source>Show week</source>
        <translation>Vis uge</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="372"/>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="384"/>
        <source>Copy week</source>
        <translation>Kopiér uge</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="373"/>
        <source>Onto week</source>
        <translation>Til uge</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="378"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="378"/>
        <source>Copy the week</source>
        <translation>Kopiér ugen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="381"/>
        <source>Show week:</source>
        <translation>Vis uge:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="386"/>
        <source>onto week</source>
        <translation>til uge</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="398"/>
        <source>The rota: staff by days of the cycle</source>
        <translation>Vagtplanen: medarbejdere og vagtplanens dage</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="399"/>
        <source>Type a shift code and press Enter; Delete makes the selected days days off.</source>
        <translation>Skriv en vagtkode, og tryk Enter; Delete giver fri på de valgte dage.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="404"/>
        <source>The house&apos;s shifts</source>
        <translation>Stedets vagter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="406"/>
        <source>Warnings about the rota</source>
        <translation>Advarsler om vagtplanen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="452"/>
        <source>The house</source>
        <translation>Stedet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="480"/>
        <source>This unit has no rota yet. Import it from the house&apos;s Excel or CSV file, or make an empty one and type it in.</source>
        <translation>Denne afdeling har ingen vagtplan endnu. Importér den fra stedets Excel- eller CSV-fil, eller lav en tom vagtplan, og skriv den ind.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="490"/>
        <source>A cycle of %n week(s), repeating from {day}. Type a shift code into a day and press Enter; Delete makes the selected days days off.</source>
        <translation>
            <numerusform>En vagtplan på %n uge, der gentages fra {day}. Skriv en vagtkode i en dag, og tryk Enter; Delete giver fri på de valgte dage.</numerusform>
            <numerusform>En vagtplan på %n uger, der gentages fra {day}. Skriv en vagtkode i en dag, og tryk Enter; Delete giver fri på de valgte dage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="525"/>
        <source>%n warnings about the rota. The first: {first}</source>
        <translation>
            <numerusform>%n advarsel om vagtplanen. Den første: {first}</numerusform>
            <numerusform>%n advarsler om vagtplanen. Den første: {first}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="540"/>
        <source>Everyone of the unit is on the rota</source>
        <translation>Alle i afdelingen står på vagtplanen</translation>
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
            <numerusform>%n dag i vagtplanen</numerusform>
            <numerusform>%n dage i vagtplanen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="599"/>
        <source>Copy week {source} onto week {target}</source>
        <translation>Kopiér uge {source} til uge {target}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="609"/>
        <source>Add {name} to the rota</source>
        <translation>Tilføj {name} til vagtplanen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="616"/>
        <source>Choose a person in the rota first.</source>
        <translation>Vælg først en person i vagtplanen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="620"/>
        <source>Take {name} off the rota</source>
        <translation>Tag {name} ud af vagtplanen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="636"/>
        <source>Make a rota for {unit}</source>
        <translation>Lav en vagtplan for {unit}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="655"/>
        <source>Import a rota</source>
        <translation>Importér en vagtplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="657"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Regneark (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="684"/>
        <source>Column that names the person</source>
        <translation>Kolonnen, der navngiver personen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="687"/>
        <source>It holds</source>
        <translation>Den indeholder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="689"/>
        <source>names</source>
        <translation>navne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="690"/>
        <source>employee numbers</source>
        <translation>medarbejdernumre</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="696"/>
        <source>First day of the cycle (day 1)</source>
        <translation>Vagtplanens første dag (dag 1)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="699"/>
        <source>Import the rota of {unit}</source>
        <translation>Importér vagtplanen for {unit}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="701"/>
        <source>From {file}. Choose the column that names the person; TeamDesk remembers it for this unit. Nothing is written until you press Import.</source>
        <translation>Fra {file}. Vælg kolonnen, der navngiver personen; TeamDesk husker den for denne afdeling. Intet gemmes, før du trykker Importér.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/rota_page.py" line="721"/>
        <source>Import the rota from {file}</source>
        <translation>Importér vagtplanen fra {file}</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../src/teamdesk/ui/common/widgets.py" line="438"/>
        <source>Clear the search</source>
        <translation>Ryd søgningen</translation>
    </message>
</context>
<context>
    <name>SecurityMenu</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="77"/>
        <source>When</source>
        <translation>Hvornår</translation>
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
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="388"/>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="389"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="390"/>
        <source>Check</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="391"/>
        <source>Key file</source>
        <translation>Nøglefil</translation>
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
        <translation>ligger ved siden af</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="415"/>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="449"/>
        <source>&amp;Access log of this resident…</source>
        <translation>&amp;Adgangslog for denne beboer …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="455"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sikkerhedskopier …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="472"/>
        <source>Access log</source>
        <translation>Adgangslog</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="473"/>
        <source>Open a resident first, then choose this again.</source>
        <translation>Åbn først en beboer, og vælg så dette igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="498"/>
        <source>Restore</source>
        <translation>Genskab</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="504"/>
        <source>Restoring the backup…</source>
        <translation>Genskaber sikkerhedskopien …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="524"/>
        <source>The backup is now the database. The previous file was kept as {aside}.</source>
        <translation>Sikkerhedskopien er nu databasen. Den tidligere fil er gemt som {aside}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="528"/>
        <source>These accounts need a new password from an administrator before they can sign in: {names}.</source>
        <translation>Disse brugerkonti skal have en ny adgangskode af en administrator, før de kan logge ind: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/security_dialogs.py" line="534"/>
        <source>Backup restored</source>
        <translation>Sikkerhedskopien er genskabt</translation>
    </message>
</context>
<context>
    <name>ShiftKindsDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="54"/>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="55"/>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="89"/>
        <source>The house&apos;s shifts</source>
        <translation>Husets vagter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="66"/>
        <source>A shift that ends at or before it starts ends the next morning (a night shift). The codes are what the rota grid and imported files use.</source>
        <translation>En vagt, der slutter før eller samtidig med, at den begynder, slutter næste morgen (en nattevagt). Koderne er dem, vagtplanen og importerede filer bruger.</translation>
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
        <translation>næste dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="79"/>
        <source>same day</source>
        <translation>samme dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="90"/>
        <source>Choose a shift to change or remove it in the form below.</source>
        <translation>Vælg en vagt for at ændre eller fjerne den i formularen nedenfor.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="99"/>
        <source>Shift code</source>
        <translation>Vagtkode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="101"/>
        <source>Shift name</source>
        <translation>Vagtnavn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="102"/>
        <source>Starts at</source>
        <translation>Begynder</translation>
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
        <translation>&amp;Begynder:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="111"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Slutter:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="119"/>
        <source>Why the shift was not saved</source>
        <translation>Hvorfor vagten ikke blev gemt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="126"/>
        <source>&amp;Add as a new shift</source>
        <translation>&amp;Tilføj som ny vagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="126"/>
        <source>Add a shift</source>
        <translation>Tilføj en vagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="129"/>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Gem ændringer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="131"/>
        <source>Save the changes to the chosen shift</source>
        <translation>Gem ændringerne i den valgte vagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="134"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="134"/>
        <source>Remove the chosen shift</source>
        <translation>Fjern den valgte vagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="157"/>
        <source>the same day</source>
        <translation>samme dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="213"/>
        <source>Add the shift {code}</source>
        <translation>Tilføj vagten {code}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="227"/>
        <source>Change the shift {code}</source>
        <translation>Ændr vagten {code}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/rota/shift_kinds_dialog.py" line="240"/>
        <source>Remove the shift {code}</source>
        <translation>Fjern vagten {code}</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="56"/>
        <source>What went wrong</source>
        <translation>Hvad der gik galt</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="204"/>
        <source>Sign in to TeamDesk — DEMO</source>
        <translation>Log ind i TeamDesk — DEMO</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="204"/>
        <source>Sign in to TeamDesk</source>
        <translation>Log ind i TeamDesk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="211"/>
        <source>Who are you?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="212"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="217"/>
        <source>&amp;Who are you?</source>
        <translation>&amp;Hvem er du?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="226"/>
        <source>This is the demo, with fictional people. Every demo account has the password &lt;b&gt;{password}&lt;/b&gt;. Roles: {roles}.</source>
        <translation>Dette er demoen med opdigtede personer. Alle demokonti har adgangskoden &lt;b&gt;{password}&lt;/b&gt;. Roller: {roles}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="242"/>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="252"/>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="253"/>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="434"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="266"/>
        <source>Finding the accounts…</source>
        <translation>Finder kontiene …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="351"/>
        <source>Choose your name in the list first.</source>
        <translation>Vælg først dit navn på listen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="369"/>
        <source>Signing in…</source>
        <translation>Logger ind …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="404"/>
        <source>Your role could not be confirmed</source>
        <translation>Din rolle kunne ikke bekræftes</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="428"/>
        <source>The database is damaged</source>
        <translation>Databasen er beskadiget</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="431"/>
        <source>Restore the newest sound backup</source>
        <translation>Genskab den nyeste sikkerhedskopi, der er i orden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="462"/>
        <source>Restoring the newest sound backup…</source>
        <translation>Genskaber den nyeste sikkerhedskopi, der er i orden …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="472"/>
        <source>There is no sound backup in {folder}. The damaged file was left as it was; ask your IT contact for help.</source>
        <translation>Der er ingen sikkerhedskopi i orden i {folder}. Den beskadigede fil er ikke rørt; bed din it-kontakt om hjælp.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="482"/>
        <source>Backup restored</source>
        <translation>Sikkerhedskopien er genskabt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="483"/>
        <source>The backup from {taken} is now the database. The damaged file was kept as {aside}.</source>
        <translation>Sikkerhedskopien fra {taken} er nu databasen. Den beskadigede fil er gemt som {aside}.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="88"/>
        <source>Choose a staff member in the list, or add a new one below the list.</source>
        <translation>Vælg en medarbejder på listen, eller tilføj en ny under listen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="90"/>
        <source>No staff member chosen</source>
        <translation>Ingen medarbejder valgt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="103"/>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="105"/>
        <source>About the staff member</source>
        <translation>Om medarbejderen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="112"/>
        <source>Details</source>
        <translation>Oplysninger</translation>
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
        <translation>Uddannelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="128"/>
        <source>education</source>
        <translation>uddannelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="132"/>
        <source>&amp;Peer worker (employed for lived experience)</source>
        <translation>&amp;Peer-medarbejder (ansat for sin egen erfaring)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="134"/>
        <source>Peer worker</source>
        <translation>Peer-medarbejder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="137"/>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="328"/>
        <source>peer worker</source>
        <translation>peer-medarbejder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="139"/>
        <source>Position in percent</source>
        <translation>Stilling i procent</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="147"/>
        <source>position</source>
        <translation>stilling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="149"/>
        <source>Unit</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="151"/>
        <source>unit</source>
        <translation>afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="154"/>
        <source>&amp;Active (works here now)</source>
        <translation>A&amp;ktiv (arbejder her nu)</translation>
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
        <translation>&amp;Uddannelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="169"/>
        <source>Pos&amp;ition</source>
        <translation>S&amp;tilling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="170"/>
        <source>&amp;Unit</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="174"/>
        <source>Roles for residents</source>
        <translation>Roller hos beboere</translation>
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
        <translation>Medarbejderens roller</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="190"/>
        <source>Press Enter to open the resident.</source>
        <translation>Tryk Enter for at åbne beboeren.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="197"/>
        <source>No roles for any resident.</source>
        <translation>Ingen roller hos nogen beboer.</translation>
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
        <translation>Årsag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="216"/>
        <source>The staff member&apos;s absences</source>
        <translation>Medarbejderens fravær</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="222"/>
        <source>No absences recorded.</source>
        <translation>Intet fravær registreret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="224"/>
        <source>&amp;Cancel this absence</source>
        <translation>Fjern &amp;dette fravær</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="226"/>
        <source>Cancel the chosen absence</source>
        <translation>Fjern det valgte fravær</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="233"/>
        <source>Record an absence</source>
        <translation>Registrér fravær</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="236"/>
        <source>First day away</source>
        <translation>Første fraværsdag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="237"/>
        <source>Last day away</source>
        <translation>Sidste fraværsdag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="238"/>
        <source>Reason for absence</source>
        <translation>Årsag til fraværet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="239"/>
        <source>Holiday, sick leave, course… (optional)</source>
        <translation>Ferie, sygdom, kursus … (frivilligt)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="242"/>
        <source>&amp;Record absence</source>
        <translation>Regi&amp;strér fravær</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="244"/>
        <source>Record the absence</source>
        <translation>Registrér fraværet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="249"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="252"/>
        <source>&amp;Away from</source>
        <translation>&amp;Væk fra</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="255"/>
        <source>Rea&amp;son</source>
        <translation>&amp;Årsag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="312"/>
        <source>(no unit)</source>
        <translation>(ingen afdeling)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="326"/>
        <source>{fte} % position</source>
        <translation>{fte} % stilling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="329"/>
        <source>no longer active</source>
        <translation>ikke længere aktiv</translation>
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
        <translation>Ændr {what} for {staff}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="417"/>
        <source>Record absence for {staff}</source>
        <translation>Registrér fravær for {staff}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="433"/>
        <source>Cancel absence of {staff} from {day}</source>
        <translation>Fjern fraværet for {staff} fra {day}</translation>
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
        <translation>Uddannelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="461"/>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="465"/>
        <source>Unit</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="479"/>
        <source>Search staff</source>
        <translation>Søg efter medarbejdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="480"/>
        <source>Search by name, initials or unit (Ctrl+F)</source>
        <translation>Søg på navn, initialer eller afdeling (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="483"/>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="499"/>
        <source>How many staff are listed</source>
        <translation>Hvor mange medarbejdere der vises</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="502"/>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="503"/>
        <source>Name of a new staff member</source>
        <translation>Navn på en ny medarbejder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="506"/>
        <source>&amp;Add staff member</source>
        <translation>&amp;Tilføj medarbejder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="508"/>
        <source>Add staff member</source>
        <translation>Tilføj medarbejder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="561"/>
        <source>No staff yet. Add the first one below.</source>
        <translation>Ingen medarbejdere endnu. Tilføj den første nedenfor.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="563"/>
        <source>{shown} of {total} staff</source>
        <translation>{shown} af {total} medarbejdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="565"/>
        <source>{total} staff</source>
        <translation>{total} medarbejdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/staff_view.py" line="607"/>
        <source>Add staff member {name}</source>
        <translation>Tilføj medarbejderen {name}</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="80"/>
        <source>Start a check-in about {subject}</source>
        <translation>Start en samarbejdsrunde om {subject}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="85"/>
        <source>Everyone who works with {subject} answers seven short statements about each role or service below, anonymously. Results show when the check-in closes, and only where at least three people answered.</source>
        <translation>Alle, der arbejder omkring {subject}, svarer anonymt på syv korte udsagn om hver rolle eller hvert tilbud nedenfor. Resultaterne vises, når samarbejdsrunden afsluttes, og kun hvor mindst tre personer har svaret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="92"/>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="97"/>
        <source>Open until</source>
        <translation>Åben til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="99"/>
        <source>Roles and services to ask about</source>
        <translation>Roller og tilbud at spørge om</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/relations/page.py" line="103"/>
        <source>Ask about (one a line)</source>
        <translation>Spørg om (én pr. linje)</translation>
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
        <translation>S&amp;ynkroniser nu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="121"/>
        <source>Sync &amp;folder…</source>
        <translation>Synkroniserings&amp;mappe …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="124"/>
        <source>Apply changes held for a wrong cloc&amp;k…</source>
        <translation>Indlæs ændringer, der venter på grund af et forkert &amp;ur …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="160"/>
        <source>Not synced: no sync folder chosen (File &gt; Sync folder).</source>
        <translation>Ikke synkroniseret: der er ikke valgt en synkroniseringsmappe (Filer &gt; Synkroniseringsmappe).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="163"/>
        <source>Sync folder chosen; not synced yet in this session.</source>
        <translation>Synkroniseringsmappen er valgt; ikke synkroniseret endnu i denne session.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="173"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="190"/>
        <source>Last synced: {when}. Waiting to be sent: {waiting}. Conflicts to resolve: {conflicts}.</source>
        <translation>Sidst synkroniseret: {when}. Venter på at blive sendt: {waiting}. Konflikter at løse: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="201"/>
        <source>Sync failed: {reason} Trying again in a minute.</source>
        <translation>Synkroniseringen mislykkedes: {reason} Prøver igen om et minut.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="253"/>
        <source>Syncing…</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="292"/>
        <source>Choose the folder this PC syncs through</source>
        <translation>Vælg den mappe, som denne pc synkroniserer igennem</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="301"/>
        <source>This PC now syncs through {folder}.</source>
        <translation>Denne pc synkroniserer nu igennem {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="309"/>
        <source>Apply changes held for a wrong clock</source>
        <translation>Indlæs ændringer, der venter på grund af et forkert ur</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/sync/sync_status.py" line="311"/>
        <source>{held}

Applied now, these changes keep winning over later edits of the same fields until that time has passed. Put the wrong clock right first if you can. Apply them anyway?</source>
        <translation>{held}

Indlæses de nu, vinder disse ændringer over senere rettelser i de samme felter, indtil det tidspunkt er passeret. Ret det forkerte ur først, hvis du kan. Vil du indlæse dem alligevel?</translation>
    </message>
</context>
<context>
    <name>TeamDesk</name>
    <message>
        <location filename="../../src/teamdesk/ui/common/labels.py" line="18"/>
        <source>Bachelor level</source>
        <translation>Professionsbachelor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/labels.py" line="19"/>
        <source>Health worker</source>
        <translation>SOSU-assistent</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/labels.py" line="20"/>
        <source>Other education</source>
        <translation>Anden uddannelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/labels.py" line="36"/>
        <source>no longer active</source>
        <translation>ikke længere aktiv</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/labels.py" line="37"/>
        <source>role conflict</source>
        <translation>rollekonflikt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/labels.py" line="38"/>
        <source>no coordinator course</source>
        <translation>mangler tovholderkursus</translation>
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
        <translation>TeamDesk kan ikke åbne sine data</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/launch.py" line="145"/>
        <source>TeamDesk could not open its data folder: {error}. Check that the folder exists and that you may write to it, or choose another with --data-dir.</source>
        <translation>TeamDesk kunne ikke åbne sin datamappe: {error}. Kontrollér, at mappen findes, og at du må skrive i den, eller vælg en anden med --data-dir.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/launch.py" line="234"/>
        <source>Sign in again</source>
        <translation>Log ind igen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/launch.py" line="256"/>
        <source>No backup today</source>
        <translation>Ingen sikkerhedskopi i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/text.py" line="35"/>
        <source>Something went wrong, and the last step was not done. Nothing that was saved before was lost. The details are in the log in {folder}.</source>
        <translation>Noget gik galt, og det sidste trin blev ikke udført. Intet af det, der var gemt i forvejen, er gået tabt. Detaljerne står i loggen i {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/common/text.py" line="91"/>
        <source>“{text}” is not a date. Write it like {example}; the year may be left out.</source>
        <translation>»{text}« er ikke en dato. Skriv den som {example}; året kan udelades.</translation>
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
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="78"/>
        <source>Search teams</source>
        <translation>Søg efter teams</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="79"/>
        <source>Search by team or unit (Ctrl+F)</source>
        <translation>Søg på team eller afdeling (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="82"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="95"/>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="96"/>
        <source>Name of a new team</source>
        <translation>Navn på et nyt team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="99"/>
        <source>&amp;Add team</source>
        <translation>&amp;Tilføj team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="99"/>
        <source>Add team</source>
        <translation>Tilføj team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="104"/>
        <source>How many teams are listed</source>
        <translation>Hvor mange teams der vises</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="115"/>
        <source>Choose a team in the list, or add a new one below the list.</source>
        <translation>Vælg et team på listen, eller tilføj et nyt under listen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="117"/>
        <source>No team chosen</source>
        <translation>Intet team valgt</translation>
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
        <translation>Medarbejdere i dette team</translation>
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
        <translation>Uddannelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="160"/>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="170"/>
        <source>Press Enter to open the staff member.</source>
        <translation>Tryk Enter for at åbne medarbejderen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="178"/>
        <source>Nobody is on this team yet.</source>
        <translation>Ingen er med i dette team endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="180"/>
        <source>&amp;Remove from team</source>
        <translation>F&amp;jern fra teamet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="182"/>
        <source>Remove the chosen staff member from the team</source>
        <translation>Fjern den valgte medarbejder fra teamet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="196"/>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="209"/>
        <source>Staff member to add to the team</source>
        <translation>Medarbejder, der skal med i teamet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="197"/>
        <source>Type part of a name; only active staff are listed.</source>
        <translation>Skriv en del af et navn; kun aktive medarbejdere vises.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="210"/>
        <source>Type a name…</source>
        <translation>Skriv et navn …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="213"/>
        <source>Add to &amp;team</source>
        <translation>Tilføj til &amp;teamet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="213"/>
        <source>Add to team</source>
        <translation>Tilføj til teamet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="225"/>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="240"/>
        <source>Residents of this team</source>
        <translation>Beboere i dette team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="231"/>
        <source>Room</source>
        <translation>Værelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="241"/>
        <source>Press Enter to open the resident.</source>
        <translation>Tryk Enter for at åbne beboeren.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="249"/>
        <source>No residents belong to this team. Choose the team on a resident&apos;s page.</source>
        <translation>Ingen beboere hører til dette team. Vælg teamet på beboerens side.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="289"/>
        <source>No teams yet. Add the first one below.</source>
        <translation>Ingen teams endnu. Tilføj det første nedenfor.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="291"/>
        <source>{total} teams</source>
        <translation>{total} teams</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="347"/>
        <source>%n staff</source>
        <translation>
            <numerusform>%n medarbejder</numerusform>
            <numerusform>%n medarbejdere</numerusform>
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
        <translation>Vælg én aktiv medarbejder på listen; skriv mere af navnet, hvis flere passer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="421"/>
        <source>Add {staff} to {team}</source>
        <translation>Tilføj {staff} til {team}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="436"/>
        <source>Remove {staff} from {team}</source>
        <translation>Fjern {staff} fra {team}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/people/teams_view.py" line="445"/>
        <source>Add team {name}</source>
        <translation>Tilføj teamet {name}</translation>
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
        <translation>Oversigt over i dag</translation>
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
        <translation>Har ansvaret i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="96"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="97"/>
        <source>Away today</source>
        <translation>Væk i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="106"/>
        <source>Who covers each resident today</source>
        <translation>Hvem der har ansvaret for hver beboer i dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="107"/>
        <source>Press Enter to open the resident.</source>
        <translation>Tryk Enter for at åbne beboeren.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="134"/>
        <source>Reading today&apos;s coverage…</source>
        <translation>Henter dagens dækning …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="145"/>
        <source>Which shift</source>
        <translation>Hvilken vagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="146"/>
        <source>Who covers each resident now, or on the next shift: whom to hand over to.</source>
        <translation>Hvem der dækker hver beboer nu eller på næste vagt: hvem du skal overlevere til.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="148"/>
        <source>This shift</source>
        <translation>Denne vagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="149"/>
        <source>The next shift: whom to hand over to</source>
        <translation>Næste vagt: hvem du overleverer til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="150"/>
        <source>Sh&amp;ift:</source>
        <translation>&amp;Vagt:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="166"/>
        <source>Reading the next shift&apos;s coverage…</source>
        <translation>Læser dækningen for næste vagt …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="177"/>
        <source>Import the staff list…</source>
        <translation>Importér medarbejderlisten …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="179"/>
        <source>Import the staff list from Excel or CSV</source>
        <translation>Importér medarbejderlisten fra Excel eller CSV</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="182"/>
        <source>Import the residents and their contacts…</source>
        <translation>Importér beboerne og deres kontaktpersoner …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="184"/>
        <source>Import the residents and their contacts from Excel or CSV</source>
        <translation>Importér beboerne og deres kontaktpersoner fra Excel eller CSV</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="238"/>
        <source>My plans</source>
        <translation>Mine planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="241"/>
        <source>Summary of my plans</source>
        <translation>Oversigt over mine planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="245"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="248"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="260"/>
        <source>My plans: what is due</source>
        <translation>Mine planer: hvad der har frist</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="261"/>
        <source>One click or Enter opens the plan or the meeting.</source>
        <translation>Et klik eller Enter åbner planen eller mødet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="276"/>
        <source>Click to open the meeting.</source>
        <translation>Klik for at åbne mødet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="277"/>
        <source>Click to open the plan.</source>
        <translation>Klik for at åbne planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="307"/>
        <source>Your account is not tied to a staff record, so TeamDesk cannot tell which plans are yours. An administrator can tie it under Accounts.</source>
        <translation>Din konto er ikke knyttet til en medarbejder, så TeamDesk kan ikke se, hvilke planer der er dine. En administrator kan knytte den under Brugerkonti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/today_view.py" line="312"/>
        <source>You coordinate %n plan(s). Nothing is due in them now.</source>
        <translation>
            <numerusform>Du er tovholder for %n plan. Intet har frist i den nu.</numerusform>
            <numerusform>Du er tovholder for %n planer. Intet har frist i dem nu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/today_view.py" line="317"/>
        <source>You coordinate %n plan(s).</source>
        <translation>
            <numerusform>Du er tovholder for %n plan.</numerusform>
            <numerusform>Du er tovholder for %n planer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/today_view.py" line="318"/>
        <source>%n thing(s) to see to.</source>
        <translation>
            <numerusform>%n ting at tage sig af.</numerusform>
            <numerusform>%n ting at tage sig af.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/today_view.py" line="321"/>
        <source>%n overdue, at the top.</source>
        <translation>
            <numerusform>%n overskredet, øverst.</numerusform>
            <numerusform>%n overskredne, øverst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="322"/>
        <source>Click a line to open it.</source>
        <translation>Klik på en linje for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="344"/>
        <source>Nobody known on duty</source>
        <translation>Ingen kendt kontakt på vagt</translation>
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
            <numerusform>%n beboer har ingen kendt kontakt på vagt: se den øverste række.</numerusform>
            <numerusform>%n beboere har ingen kendt kontakt på vagt: se de øverste rækker.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/ui/today_view.py" line="422"/>
        <source>%n covered by someone other than their primary contact.</source>
        <translation>
            <numerusform>%n har en anden end sin kontaktperson som ansvarlig.</numerusform>
            <numerusform>%n har en anden end deres kontaktperson som ansvarlig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="432"/>
        <source>Next: the {shift} shift, {day} {hours}.</source>
        <translation>Næste: {shift}, {day} {hours}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="442"/>
        <source>Now: the {shift} shift ({hours}).</source>
        <translation>Nu: {shift} ({hours}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="412"/>
        <source>1 resident has nobody known on duty: see the top row.</source>
        <translation>1 beboer har ingen kendt kontakt på vagt: se den øverste række.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="404"/>
        <source>Nobody lives here yet. Import the house&apos;s staff list and residents from Excel or CSV, or add residents on the Residents page and give each a team; today&apos;s coverage shows here.</source>
        <translation>Der bor ingen her endnu. Importér stedets medarbejderliste og beboere fra Excel eller CSV, eller tilføj beboere på siden Beboere, og giv hver af dem et team; dagens dækning vises her.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/today_view.py" line="418"/>
        <source>Everyone has someone known on duty.</source>
        <translation>Alle har en kendt kontakt på vagt.</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="37"/>
        <source>Training</source>
        <translation>Kurser og oplæring</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="44"/>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="59"/>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="73"/>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="45"/>
        <source>Completed</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="46"/>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="65"/>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="75"/>
        <source>Given by</source>
        <translation>Holdt af</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="51"/>
        <source>Courses</source>
        <translation>Kurser</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="56"/>
        <source>No course recorded.</source>
        <translation>Intet kursus registreret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="63"/>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="64"/>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="74"/>
        <source>Completed on</source>
        <translation>Gennemført den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="66"/>
        <source>Given by (optional)</source>
        <translation>Holdt af (frivilligt)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="68"/>
        <source>&amp;Record course</source>
        <translation>Registrér &amp;kursus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="70"/>
        <source>Record the completed course</source>
        <translation>Registrér det gennemførte kursus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="81"/>
        <source>Remove the chosen course</source>
        <translation>Fjern det valgte kursus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="83"/>
        <source>Remove the chosen course record</source>
        <translation>Fjern den valgte kursusregistrering</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="111"/>
        <source>Completed on, e.g. {date}</source>
        <translation>Gennemført den, f.eks. {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="144"/>
        <source>Record course</source>
        <translation>Registrér kursus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/coordinators/training.py" line="156"/>
        <source>Remove course record</source>
        <translation>Fjern kursusregistrering</translation>
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
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="78"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="88"/>
        <source>About the warnings</source>
        <translation>Om advarslerne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="95"/>
        <source>Press Enter to open the resident or staff member a warning is about.</source>
        <translation>Tryk Enter for at åbne den beboer eller medarbejder, som en advarsel handler om.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="106"/>
        <source>Checking the teams…</source>
        <translation>Tjekker teamene …</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="111"/>
        <source>Ways to settle this warning</source>
        <translation>Måder at løse denne advarsel på</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="150"/>
        <source>Warnings ({count})</source>
        <translation>Advarsler ({count})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="153"/>
        <source>Rules the teams do not meet today. Double-click a warning or press Enter to open the resident or staff member it is about.</source>
        <translation>Regler, som teamene ikke opfylder i dag. Dobbeltklik på en advarsel eller tryk Enter for at åbne den beboer eller medarbejder, den handler om.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="160"/>
        <source>No warnings: every team meets the house&apos;s rules today.</source>
        <translation>Ingen advarsler: alle teams opfylder stedets regler i dag.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/warnings_panel.py" line="189"/>
        <source>Keeps this one; the others are ended or withdrawn. Edit &gt; Undo takes it back.</source>
        <translation>Beholder denne; de andre afsluttes eller trækkes tilbage. Rediger &gt; Fortryd tager det tilbage.</translation>
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
        <translation>Tovholder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="54"/>
        <location filename="../../src/teamdesk/domain/plan.py" line="59"/>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="55"/>
        <source>Read only</source>
        <translation>Kun læseadgang</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="114"/>
        <source>A password is at least {n} characters, or {words} words or more with spaces between them, and not one of the most common passwords.</source>
        <translation>En adgangskode har mindst {n} tegn, eller {words} ord eller flere med mellemrum imellem, og er ikke en af de mest almindelige adgangskoder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="148"/>
        <source>A password cannot begin or end with a space.</source>
        <translation>En adgangskode kan ikke begynde eller slutte med et mellemrum.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="152"/>
        <source>A password needs at least {n} characters, or {words} words with spaces between them.</source>
        <translation>En adgangskode skal have mindst {n} tegn eller {words} ord med mellemrum imellem.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="160"/>
        <source>That password is one of the most common ones and is guessed first. Choose another.</source>
        <translation>Den adgangskode er en af de mest almindelige og bliver gættet først. Vælg en anden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="169"/>
        <source>A PIN is {least} to {most} digits.</source>
        <translation>En pinkode har {least} til {most} cifre.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/accounts.py" line="173"/>
        <source>A PIN of one digit repeated is too easy to guess.</source>
        <translation>En pinkode med det samme ciffer gentaget er for let at gætte.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="44"/>
        <source>Individual plan meeting</source>
        <translation>Handleplansmøde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="45"/>
        <source>Responsibility-group meeting</source>
        <translation>Netværksmøde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="46"/>
        <source>Evaluation meeting</source>
        <translation>Opfølgningsmøde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="47"/>
        <source>REHAB / interdisciplinary meeting</source>
        <translation>REHAB-/tværfagligt møde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="62"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="63"/>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="64"/>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="180"/>
        <source>Write what was decided.</source>
        <translation>Skriv, hvad der blev besluttet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="182"/>
        <source>A decision has exactly one responsible person; choose one, not two.</source>
        <translation>En beslutning har præcis én ansvarlig; vælg én, ikke to.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="185"/>
        <source>Choose who is responsible for «{what}»: every decision has one responsible person.</source>
        <translation>Vælg, hvem der er ansvarlig for »{what}«: hver beslutning har én ansvarlig.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="192"/>
        <source>Give a date by which «{what}» is done: every decision has a due date.</source>
        <translation>Sæt en frist for, hvornår »{what}« skal være gjort: hver beslutning har en frist.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="234"/>
        <source>The next meeting must come after this one ({date}).</source>
        <translation>Næste møde skal ligge efter dette ({date}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="240"/>
        <source>The next meeting is set at most six months ahead, by {latest}, so the plan is followed up in time.</source>
        <translation>Næste møde sættes højst seks måneder frem, senest {latest}, så der følges op på planen i tide.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="344"/>
        <source>Welcome: how are things for {resident}?</source>
        <translation>Velkommen: hvordan går det for {resident}?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="345"/>
        <source>{resident} starts, in their own words.</source>
        <translation>{resident} begynder med sine egne ord.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="352"/>
        <source>Evaluation of the plan as a whole</source>
        <translation>Evaluering af planen som helhed</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="354"/>
        <source>Due {date}. Does the plan still say what {resident} wants?</source>
        <translation>Frist {date}. Siger planen stadig det, {resident} ønsker?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="371"/>
        <source>Due {date}. Measures: {measures}.</source>
        <translation>Frist {date}. Indsatser: {measures}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="375"/>
        <source>Due {date}. No measure serves this goal yet.</source>
        <translation>Frist {date}. Ingen indsats hører til dette mål endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="380"/>
        <source>Evaluate goal {number}: «{goal}»</source>
        <translation>Evaluér mål {number}: »{goal}«</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="395"/>
        <source>Follow up: {what}</source>
        <translation>Følg op: {what}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="397"/>
        <source>{who}, due {date} (overdue).</source>
        <translation>{who}, frist {date} (overskredet).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="397"/>
        <source>{who}, due {date}.</source>
        <translation>{who}, frist {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="412"/>
        <source>Renew the consent to share information with {participant}</source>
        <translation>Forny samtykket til at dele oplysninger med {participant}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="416"/>
        <source>Expired {date}.</source>
        <translation>Udløb {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="416"/>
        <source>Expires {date}.</source>
        <translation>Udløber {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="426"/>
        <location filename="../../src/teamdesk/domain/plan.py" line="199"/>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="205"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="121"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="257"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="475"/>
        <source>Next meeting</source>
        <translation>Næste møde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="427"/>
        <source>Proposed {date} (at most six months ahead).</source>
        <translation>Foreslået {date} (højst seks måneder frem).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="462"/>
        <source>{resident} is not invited. The plan is {resident}&apos;s own: invite {resident}.</source>
        <translation>{resident} er ikke inviteret. Planen er {resident}s egen: invitér {resident}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="468"/>
        <source>No next meeting is set. Set one, at most six months ahead.</source>
        <translation>Der er ikke sat noget næste møde. Sæt et, højst seks måneder frem.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/meetings.py" line="477"/>
        <source>The decision «{what}» was due {date} and is not done.</source>
        <translation>Beslutningen »{what}« havde frist {date} og er ikke udført.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="28"/>
        <source>Coordinator course (the individual plan and the coordinator role)</source>
        <translation>Tovholderkursus (handleplanen og tovholderrollen)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="29"/>
        <source>Individual plan (IP) introduction</source>
        <translation>Introduktion til handleplanen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="30"/>
        <source>Guidance and mentoring course</source>
        <translation>Kursus i vejledning og mentorskab</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="168"/>
        <source>{mentor} cannot be their own mentor. Guidance comes from another, more experienced coordinator: choose someone else.</source>
        <translation>{mentor} kan ikke være sin egen mentor. Vejledning kommer fra en anden, mere erfaren tovholder: vælg en anden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="178"/>
        <source>{mentor} is no longer active and cannot be a mentor. Choose someone else.</source>
        <translation>{mentor} er ikke længere aktiv og kan ikke være mentor. Vælg en anden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="184"/>
        <source>{mentee} is no longer active and needs no mentor.</source>
        <translation>{mentee} er ikke længere aktiv og har ikke brug for en mentor.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="188"/>
        <source>has not completed the coordinator course</source>
        <translation>har ikke gennemført tovholderkurset</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="190"/>
        <source>has not coordinated a plan yet</source>
        <translation>har ikke været tovholder for en plan endnu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="193"/>
        <source>has neither completed the coordinator course nor coordinated a plan</source>
        <translation>har hverken gennemført tovholderkurset eller været tovholder for en plan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="198"/>
        <source>{mentor} {lacks}, but a leader approved {mentor} as mentor: {reason}</source>
        <translation>{mentor} {lacks}, men en leder har godkendt {mentor} som mentor: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="206"/>
        <source>{mentor} {lacks}. A mentor is a trained coordinator who has coordinated at least one plan. Choose a suggested mentor, or let a leader approve {mentor} with a written reason.</source>
        <translation>{mentor} {lacks}. En mentor er en tovholder med kurset, som har været tovholder for mindst én plan. Vælg en foreslået mentor, eller lad en leder godkende {mentor} med en skriftlig begrundelse.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="217"/>
        <source>{mentor} already guides {count} coordinators; the house has set at most {limit} per mentor, so each gets real time. Choose another mentor, or end one of {mentor}&apos;s mentorships first.</source>
        <translation>{mentor} vejleder allerede {count} tovholdere; stedet har sat grænsen ved {limit} pr. mentor, så hver får tid nok. Vælg en anden mentor, eller afslut først et af {mentor}s mentorforløb.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="229"/>
        <source>{mentee} already has a mentor. One mentor at a time keeps the guidance clear: end the current mentorship first.</source>
        <translation>{mentee} har allerede en mentor. Én mentor ad gangen gør vejledningen klar: afslut først det nuværende mentorforløb.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="260"/>
        <source>a role conflict in %n plan(s) they coordinate</source>
        <translation>
            <numerusform>en rollekonflikt i %n plan, vedkommende er tovholder for</numerusform>
            <numerusform>en rollekonflikt i %n planer, vedkommende er tovholder for</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="268"/>
        <source>%n evaluation(s) overdue in their plans</source>
        <translation>
            <numerusform>%n overskredet evaluering i vedkommendes planer</numerusform>
            <numerusform>%n overskredne evalueringer i vedkommendes planer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="302"/>
        <source>{free} of {limit} places free; same unit; has coordinated %n plan(s); coordinator course {date}.</source>
        <translation>
            <numerusform>{free} af {limit} pladser ledige; samme afdeling; har været tovholder for %n plan; tovholderkursus {date}.</numerusform>
            <numerusform>{free} af {limit} pladser ledige; samme afdeling; har været tovholder for %n planer; tovholderkursus {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="307"/>
        <source>{free} of {limit} places free; works in {unit}; has coordinated %n plan(s); coordinator course {date}.</source>
        <translation>
            <numerusform>{free} af {limit} pladser ledige; arbejder i {unit}; har været tovholder for %n plan; tovholderkursus {date}.</numerusform>
            <numerusform>{free} af {limit} pladser ledige; arbejder i {unit}; har været tovholder for %n planer; tovholderkursus {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="312"/>
        <source>{free} of {limit} places free; has coordinated %n plan(s); coordinator course {date}.</source>
        <translation>
            <numerusform>{free} af {limit} pladser ledige; har været tovholder for %n plan; tovholderkursus {date}.</numerusform>
            <numerusform>{free} af {limit} pladser ledige; har været tovholder for %n planer; tovholderkursus {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="467"/>
        <source>{staff} is no longer active but still coordinates %n plan(s). Choose another coordinator for each.</source>
        <translation>
            <numerusform>{staff} er ikke længere aktiv, men er stadig tovholder for %n plan. Vælg en anden tovholder for den.</numerusform>
            <numerusform>{staff} er ikke længere aktiv, men er stadig tovholder for %n planer. Vælg en anden tovholder for hver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="488"/>
        <source>{staff} coordinates %n plan(s) without the coordinator course and without a mentor. Pair {staff} with an experienced coordinator (Suggest a mentor) and sign {staff} up for the course.</source>
        <translation>
            <numerusform>{staff} er tovholder for %n plan uden tovholderkurset og uden mentor. Sæt {staff} sammen med en erfaren tovholder (Foreslå en mentor), og meld {staff} til kurset.</numerusform>
            <numerusform>{staff} er tovholder for %n planer uden tovholderkurset og uden mentor. Sæt {staff} sammen med en erfaren tovholder (Foreslå en mentor), og meld {staff} til kurset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/domain/mentoring.py" line="523"/>
        <source>{staff} has %n overdue evaluation(s) in the plans they coordinate. Plan an evaluation meeting.</source>
        <translation>
            <numerusform>{staff} har %n overskredet evaluering i de planer, vedkommende er tovholder for. Planlæg et opfølgningsmøde.</numerusform>
            <numerusform>{staff} har %n overskredne evalueringer i de planer, vedkommende er tovholder for. Planlæg et opfølgningsmøde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="320"/>
        <source>Ranked lower: {concerns}. {reason}</source>
        <translation>Længere nede på listen: {concerns}. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="478"/>
        <source>{staff} has not completed the coordinator course yet and is guided by {mentor}.</source>
        <translation>{staff} har ikke gennemført tovholderkurset endnu og får vejledning af {mentor}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="500"/>
        <source>{staff} {role} for {resident} and also coordinates the plan; a leader allowed it: {reason} Review whether the roles can be split now.</source>
        <translation>{staff} {role} for {resident} og er også tovholder for planen; en leder har tilladt det: {reason} Overvej, om rollerne kan deles nu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="512"/>
        <source>Role conflict: {staff} {role} for {resident} and also coordinates the plan. Let another staff member coordinate, or split the roles.</source>
        <translation>Rollekonflikt: {staff} {role} for {resident} og er også tovholder for planen. Lad en anden medarbejder være tovholder, eller del rollerne.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/mentoring.py" line="533"/>
        <source>{staff} coordinates {count} plans; the house has set at most {limit}. Consider giving one of them another coordinator.</source>
        <translation>{staff} er tovholder for {count} planer; stedet har sat grænsen ved {limit}. Overvej at give en af dem en anden tovholder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="36"/>
        <source>Draft</source>
        <translation>Kladde</translation>
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
        <translation>Under revision</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="39"/>
        <source>Ended</source>
        <translation>Afsluttet</translation>
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
        <translation>Andet tilbud</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="82"/>
        <source>Supervisory or inspection role</source>
        <translation>Tilsyns- eller kontrolrolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="83"/>
        <source>Decides or allocates services</source>
        <translation>Træffer afgørelse om eller bevilger indsatser</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="84"/>
        <source>Decides or allocates the budget</source>
        <translation>Træffer afgørelse om eller fordeler budgettet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="87"/>
        <source>has a supervisory or inspection role</source>
        <translation>har en tilsyns- eller kontrolrolle</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="88"/>
        <source>decides or allocates services</source>
        <translation>træffer afgørelse om eller bevilger indsatser</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="89"/>
        <source>decides or allocates the budget</source>
        <translation>træffer afgørelse om eller fordeler budgettet</translation>
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
        <translation>Ressourcer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="191"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="152"/>
        <source>Needs for services</source>
        <translation>Behov for støtte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="193"/>
        <source>Reason for overriding a role conflict</source>
        <translation>Begrundelse for at se bort fra en rollekonflikt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="194"/>
        <source>What the resident contributes</source>
        <translation>Hvad beboeren selv bidrager med</translation>
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
        <translation>Evaluering af planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="198"/>
        <source>How the plan is evaluated</source>
        <translation>Hvordan planen evalueres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="200"/>
        <source>Consent given on</source>
        <translation>Samtykke givet den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="201"/>
        <source>How consent was given</source>
        <translation>Hvordan samtykket blev givet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="202"/>
        <source>Consent recorded by</source>
        <translation>Samtykke registreret af</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="203"/>
        <source>Cooperation with other services</source>
        <translation>Samarbejde med andre tilbud</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="204"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="351"/>
        <source>Language and cultural background</source>
        <translation>Sprog og kulturel baggrund</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="205"/>
        <source>How the resident and relatives take part</source>
        <translation>Hvordan beboeren og de pårørende er med</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="206"/>
        <source>Joined plan (§ 141 stk. 7)</source>
        <translation>Helhedsorienteret plan (§ 141, stk. 7)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="207"/>
        <source>Plans the joined plan replaces</source>
        <translation>Planer, som den helhedsorienterede plan erstatter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="208"/>
        <source>Consent to share information across areas given on</source>
        <translation>Samtykke til deling på tværs af områder givet den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan.py" line="209"/>
        <source>Consent to share information across areas recorded by</source>
        <translation>Samtykke til deling på tværs af områder registreret af</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="68"/>
        <source>a) Goals, resources and needs</source>
        <translation>a) Mål, ressourcer og behov</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="69"/>
        <source>b) Who takes part</source>
        <translation>b) Hvem deltager</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="70"/>
        <source>c) Coordinator</source>
        <translation>c) Tovholder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="71"/>
        <source>d) What each contributes</source>
        <translation>d) Hvad hver især bidrager med</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="72"/>
        <source>e) Measures, extent and who is responsible</source>
        <translation>e) Indsatser, omfang og hvem der er ansvarlig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="73"/>
        <source>f) How the measures are carried out</source>
        <translation>f) Hvordan indsatserne udføres</translation>
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
        <translation>i) Samarbejde med andre tilbud</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="77"/>
        <source>Background and taking part</source>
        <translation>Baggrund og medinddragelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="86"/>
        <source>The citizen&apos;s own perspective: goals, resources and needs</source>
        <translation>Borgerens eget perspektiv: mål, ressourcer og behov</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="87"/>
        <source>Network and professionals around the citizen</source>
        <translation>Netværk og fagpersoner omkring borgeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="88"/>
        <source>One coordinator for the whole effort</source>
        <translation>Én tovholder for helhedsindsatsen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="89"/>
        <source>What the citizen and the network contribute</source>
        <translation>Hvad borgeren og netværket bidrager med</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="90"/>
        <source>Measures needed to reach the goals: extent and who is responsible</source>
        <translation>Indsatser, der skal til for at nå målene: omfang og hvem der har ansvaret</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="91"/>
        <source>How the measures are carried out</source>
        <translation>Hvordan indsatserne udføres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="92"/>
        <source>Expected duration and follow-up</source>
        <translation>Forventet varighed og opfølgning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="93"/>
        <source>Consent: the plan is an offer the citizen may decline</source>
        <translation>Samtykke: planen er et tilbud, som borgeren kan sige nej til</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="94"/>
        <source>Housing, work, personal help, treatment and aids</source>
        <translation>Boform, beskæftigelse, personlig hjælp, behandling og hjælpemidler</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="95"/>
        <source>Language, culture and how the citizen takes part</source>
        <translation>Sprog, kultur og hvordan borgeren deltager</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="158"/>
        <source>e) and f) Measures: extent, who is responsible, how</source>
        <translation>e) og f) Indsatser: omfang, hvem der er ansvarlig, hvordan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="161"/>
        <source>i) Cooperation, background and taking part</source>
        <translation>i) Samarbejde, baggrund og medinddragelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="169"/>
        <source>Measures: extent, who is responsible, how</source>
        <translation>Indsatser: omfang, hvem der har ansvaret, hvordan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="174"/>
        <source>Housing, work, help and treatment; how the citizen takes part</source>
        <translation>Boform, beskæftigelse, hjælp og behandling; hvordan borgeren deltager</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="268"/>
        <source>No intervention goal is written yet. Ask {resident} what matters most, write it in {resident}&apos;s own words and split it into sub-goals.</source>
        <translation>Der er ikke skrevet noget indsatsmål endnu. Spørg {resident}, hvad der betyder mest, skriv det med {resident}s egne ord, og del det op i delmål.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="273"/>
        <source>No goal is written yet. Ask {resident} what matters most and write it in {resident}&apos;s own words.</source>
        <translation>Der er ikke skrevet noget mål endnu. Spørg {resident}, hvad der betyder mest, og skriv det med {resident}s egne ord.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="284"/>
        <source>The intervention goal «{goal}» is not split into sub-goals: steps that can be evaluated along the way.</source>
        <translation>Indsatsmålet »{goal}« er ikke delt op i delmål: trin, der kan evalueres undervejs.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="296"/>
        <source>{resident}&apos;s resources (strengths, what works well) are not written.</source>
        <translation>{resident}s ressourcer (styrker, det der fungerer godt) er ikke beskrevet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="303"/>
        <source>{resident}&apos;s needs for services are not written.</source>
        <translation>{resident}s behov for støtte er ikke beskrevet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="308"/>
        <source>Nobody is listed as taking part in the planning work.</source>
        <translation>Ingen er skrevet på som deltager i arbejdet med planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="313"/>
        <source>{resident} is not listed as taking part. The plan is {resident}&apos;s own; add {resident} as a participant.</source>
        <translation>{resident} er ikke skrevet på som deltager. Planen er {resident}s egen; tilføj {resident} som deltager.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="327"/>
        <source>Nobody from {resident}&apos;s own network (relatives, friends, others who matter) is listed. Ask {resident} who should take part.</source>
        <translation>Ingen fra {resident}s eget netværk (pårørende, venner, andre der betyder noget) er skrevet på. Spørg {resident}, hvem der skal være med.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="338"/>
        <source>No contact details for {participant}.</source>
        <translation>Ingen kontaktoplysninger for {participant}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="345"/>
        <source>No coordinator is chosen.</source>
        <translation>Der er ikke valgt en tovholder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="350"/>
        <source>The coordinator {staff} is no longer active. Choose another coordinator.</source>
        <translation>Tovholderen {staff} er ikke længere aktiv. Vælg en anden tovholder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="358"/>
        <source>What {resident} contributes is not written.</source>
        <translation>Hvad {resident} selv bidrager med, er ikke beskrevet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="366"/>
        <source>What {participant} contributes is not written.</source>
        <translation>Hvad {participant} bidrager med, er ikke beskrevet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="374"/>
        <source>No measure is written yet.</source>
        <translation>Der er ikke skrevet nogen indsats endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="379"/>
        <source>No measure has a responsible person. Choose who is responsible for each.</source>
        <translation>Ingen indsats har en ansvarlig. Vælg, hvem der er ansvarlig for hver.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="387"/>
        <source>The measure «{measure}» has no responsible person.</source>
        <translation>Indsatsen »{measure}« har ingen ansvarlig.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="396"/>
        <source>The measure «{measure}» does not say how much or how often.</source>
        <translation>Indsatsen »{measure}« siger ikke, hvor meget eller hvor tit.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="405"/>
        <source>The measure «{measure}» is not linked to an intervention goal or sub-goal.</source>
        <translation>Indsatsen »{measure}« er ikke knyttet til et indsatsmål eller delmål.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="407"/>
        <source>The measure «{measure}» is not linked to a goal.</source>
        <translation>Indsatsen »{measure}« er ikke knyttet til et mål.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="416"/>
        <source>The measure «{measure}» does not say how it is carried out.</source>
        <translation>Indsatsen »{measure}« siger ikke, hvordan den udføres.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="428"/>
        <source>No measure serves the intervention goal «{goal}» or its sub-goals.</source>
        <translation>Ingen indsats hører til indsatsmålet »{goal}« eller dets delmål.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="430"/>
        <source>No measure serves the goal «{goal}».</source>
        <translation>Ingen indsats hører til målet »{goal}«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="437"/>
        <source>The plan period has no start date.</source>
        <translation>Planperioden har ingen startdato.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="442"/>
        <source>The plan period ends ({end}) before it starts ({start}).</source>
        <translation>Planperioden slutter ({end}), før den begynder ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="453"/>
        <source>The plan period ended {end}. Evaluate the plan and set a new period, or end the plan.</source>
        <translation>Planperioden sluttede {end}. Evaluér planen og sæt en ny periode, eller afslut planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="463"/>
        <source>It is not written how long the measures are expected to last: set an end date for the plan period.</source>
        <translation>Der står ikke, hvor længe indsatserne forventes at vare: sæt en slutdato for planperioden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="471"/>
        <source>No date is set for evaluating the plan.</source>
        <translation>Der er ikke sat en dato for evaluering af planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="476"/>
        <source>The evaluation of the plan was due {date}.</source>
        <translation>Evalueringen af planen havde frist {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="483"/>
        <source>It is not written how the plan will be evaluated.</source>
        <translation>Der står ikke, hvordan planen skal evalueres.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="490"/>
        <source>The intervention goal «{goal}» has no evaluation date.</source>
        <translation>Indsatsmålet »{goal}« har ingen evalueringsdato.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="492"/>
        <source>The goal «{goal}» has no evaluation date.</source>
        <translation>Målet »{goal}« har ingen evalueringsdato.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="501"/>
        <source>The evaluation of the intervention goal «{goal}» was due {date}.</source>
        <translation>Evalueringen af indsatsmålet »{goal}« havde frist {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="503"/>
        <source>The evaluation of the goal «{goal}» was due {date}.</source>
        <translation>Evalueringen af målet »{goal}« havde frist {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="513"/>
        <source>{resident}&apos;s answer to the offer of the plan is not recorded (date and how). The plan is an offer: if {resident} declines it, write that.</source>
        <translation>{resident}s svar på tilbuddet om en plan er ikke registreret (dato og hvordan). Planen er et tilbud: siger {resident} nej, så skriv det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="523"/>
        <source>{resident}&apos;s consent to the plan is not recorded (date and how it was given).</source>
        <translation>{resident}s samtykke til planen er ikke registreret (dato, og hvordan det blev givet).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="536"/>
        <source>No consent to share information with {participant} is recorded. Record it, or note that nothing confidential is shared.</source>
        <translation>Der er ikke registreret samtykke til at dele oplysninger med {participant}. Registrér det, eller notér, at der ikke deles fortrolige oplysninger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="548"/>
        <location filename="../../src/teamdesk/services/my_plans.py" line="188"/>
        <source>Consent to share information with {participant} expired {date}. Ask {resident} to renew it, or stop sharing.</source>
        <translation>Samtykket til at dele oplysninger med {participant} udløb {date}. Bed {resident} om at forny det, eller stop delingen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="562"/>
        <location filename="../../src/teamdesk/services/my_plans.py" line="196"/>
        <source>Consent to share information with {participant} expires {date}.</source>
        <translation>Samtykket til at dele oplysninger med {participant} udløber {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="571"/>
        <source>The consent to share information with {participant} does not say what may be shared.</source>
        <translation>Samtykket til at dele oplysninger med {participant} siger ikke, hvad der må deles.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="584"/>
        <source>Housing, work, personal help, treatment and aids are not described. If none of them matter now, write that.</source>
        <translation>Boform, beskæftigelse, personlig hjælp, behandling og hjælpemidler er ikke beskrevet. Hvis ingen af dem har betydning nu, så skriv det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="593"/>
        <source>Needed cooperation with other services is not described. If none is needed, write that.</source>
        <translation>Det nødvendige samarbejde med andre tilbud er ikke beskrevet. Skriv det, hvis der ikke er brug for noget.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="603"/>
        <source>Nothing is written about {resident}&apos;s language and cultural background.</source>
        <translation>Der er ikke skrevet noget om {resident}s sprog og kulturelle baggrund.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="610"/>
        <source>It is not written how {resident} and relatives take part in the planning.</source>
        <translation>Der står ikke, hvordan {resident} og de pårørende er med i arbejdet med planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="627"/>
        <source>The plan is a joined plan, but {resident}&apos;s consent to sharing information across areas is not recorded. Record the date {resident} consented, or make it an ordinary plan.</source>
        <translation>Planen er en helhedsorienteret plan, men {resident}s samtykke til deling af oplysninger på tværs af områder er ikke registreret. Registrér datoen for {resident}s samtykke, eller gør den til en almindelig plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="638"/>
        <source>It is not written which plans the joined plan replaces (for example the jobcentre&apos;s plan or a treatment plan).</source>
        <translation>Det er ikke skrevet, hvilke planer den helhedsorienterede plan erstatter (for eksempel jobcentrets plan eller en behandlingsplan).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="662"/>
        <source>The first follow-up should come within {months} months of moving in, by {date}.</source>
        <translation>Den første opfølgning bør ske inden for {months} måneder efter indflytning, senest {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="674"/>
        <source>The plan is to be followed up at least every {months} months; the follow-up date {date} is later than that.</source>
        <translation>Planen skal følges op mindst hver {months}. måned; opfølgningsdatoen {date} ligger senere end det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="722"/>
        <source>{staff} is no longer active and cannot coordinate a plan. Choose another staff member.</source>
        <translation>{staff} er ikke længere aktiv og kan ikke være tovholder for en plan. Vælg en anden medarbejder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="741"/>
        <source>Role conflict: {staff} {role} for {resident}. Whoever decides or inspects should not also coordinate the same person&apos;s plan. Let another staff member coordinate, or split the roles so {staff} keeps only one of them.</source>
        <translation>Rollekonflikt: {staff} {role} for {resident}. Den, der træffer afgørelser eller fører tilsyn, bør ikke også være tovholder for den samme persons plan. Lad en anden medarbejder være tovholder, eller del rollerne, så {staff} kun har den ene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="759"/>
        <source>{staff} has not completed coordinator training. {staff} may coordinate, but should take the course and get guidance from an experienced coordinator.</source>
        <translation>{staff} har ikke gennemført tovholderkurset. {staff} må godt være tovholder, men bør tage kurset og få vejledning af en erfaren tovholder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="776"/>
        <source>{staff} would coordinate {count} plans; the house has set at most {limit}. Consider letting another staff member coordinate this plan.</source>
        <translation>{staff} ville blive tovholder for {count} planer; stedet har sat grænsen ved {limit}. Overvej at lade en anden medarbejder være tovholder for denne plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="828"/>
        <source>The plan was made a joined plan.</source>
        <translation>Planen blev gjort til en helhedsorienteret plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="830"/>
        <source>The plan is no longer a joined plan.</source>
        <translation>Planen er ikke længere en helhedsorienteret plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="836"/>
        <source>Status changed from {old} to {new}.</source>
        <translation>Status ændret fra {old} til {new}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="843"/>
        <source>{field} changed from {old} to {new}.</source>
        <translation>{field} ændret fra {old} til {new}.</translation>
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
        <translation>Tovholder skiftet fra {old} til {new}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="864"/>
        <source>Goal added: «{name}».</source>
        <translation>Mål tilføjet: »{name}«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="865"/>
        <source>Goal removed: «{name}».</source>
        <translation>Mål fjernet: »{name}«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="869"/>
        <source>Goals put in a new order.</source>
        <translation>Rækkefølgen af målene er ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="874"/>
        <source>Participant added: {name}.</source>
        <translation>Deltager tilføjet: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="875"/>
        <source>Participant removed: {name}.</source>
        <translation>Deltager fjernet: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="882"/>
        <source>Measure added: «{name}».</source>
        <translation>Indsats tilføjet: »{name}«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="883"/>
        <source>Measure removed: «{name}».</source>
        <translation>Indsats fjernet: »{name}«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="888"/>
        <source>Measures put in a new order.</source>
        <translation>Rækkefølgen af indsatserne er ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="920"/>
        <source>Goal reworded: «{old}» is now «{new}».</source>
        <translation>Mål omformuleret: »{old}« er nu »{new}«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="927"/>
        <source>Evaluation of the goal «{goal}» moved from {old} to {new}.</source>
        <translation>Evaluering af målet »{goal}« flyttet fra {old} til {new}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="46"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="49"/>
        <source>There is no unit called {name}. The units are: {units}.</source>
        <translation>Der er ingen afdeling, der hedder {name}. Afdelingerne er: {units}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="74"/>
        <source>Name the file to import, for example: teamdesk rota import turnus.xlsx</source>
        <translation>Angiv filen, der skal importeres, for eksempel: teamdesk rota import vagtplan.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="87"/>
        <source>Rota import for {unit} from {file}</source>
        <translation>Import af vagtplan for {unit} fra {file}</translation>
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
        <translation>Intet blev skrevet. Tilføj --yes for at importere.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli_rota.py" line="103"/>
        <location filename="../../src/teamdesk/cli_rota.py" line="173"/>
        <source>Imported: %n change(s) written in one step.</source>
        <translation>
            <numerusform>Importeret: %n ændring skrevet i ét trin.</numerusform>
            <numerusform>Importeret: %n ændringer skrevet i ét trin.</numerusform>
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
        <translation>Vil du gemme det? [j/N] </translation>
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
        <translation>Import af {what} fra {file}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="161"/>
        <source>columns: {columns}</source>
        <translation>kolonner: {columns}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="191"/>
        <source>{unit} has no rota yet. Import one with teamdesk rota import.</source>
        <translation>{unit} har ingen vagtplan endnu. Importér en med teamdesk rota import.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="204"/>
        <source>The rota has weeks 1 to {last}; there is no week {week}.</source>
        <translation>Vagtplanen har uge 1 til {last}; der er ingen uge {week}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli_rota.py" line="210"/>
        <source>Rota of {unit}: %n week(s) from {date}</source>
        <translation>
            <numerusform>Vagtplan for {unit}: %n uge fra {date}</numerusform>
            <numerusform>Vagtplan for {unit}: %n uger fra {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="213"/>
        <source>Shifts: {kinds}</source>
        <translation>Vagter: {kinds}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="223"/>
        <source>Week {week} (first cycle from {date})</source>
        <translation>Uge {week} (første periode fra {date})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="234"/>
        <source>Warnings about the rota:</source>
        <translation>Advarsler om vagtplanen:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="942"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="609"/>
        <location filename="../../src/teamdesk/services/plan.py" line="238"/>
        <source>organisation</source>
        <translation>organisation</translation>
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
        <translation>kontaktoplysninger</translation>
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
        <translation>{participant}: {field} ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="961"/>
        <source>Consent to share information with {participant} changed.</source>
        <translation>Samtykke til at dele oplysninger med {participant} ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="974"/>
        <source>Measure reworded: «{old}» is now «{new}».</source>
        <translation>Indsats omformuleret: »{old}« er nu »{new}«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="981"/>
        <source>Extent of «{measure}» changed from «{old}» to «{new}».</source>
        <translation>Omfanget af »{measure}« ændret fra »{old}« til »{new}«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="988"/>
        <source>Responsible for «{measure}» changed from {old} to {new}.</source>
        <translation>Ansvarlig for »{measure}« skiftet fra {old} til {new}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="997"/>
        <source>How «{measure}» is carried out was rewritten.</source>
        <translation>Hvordan »{measure}« udføres, er skrevet om.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="1001"/>
        <source>«{measure}» now serves goal {goal}.</source>
        <translation>»{measure}« hører nu til mål {goal}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_rules.py" line="1034"/>
        <source>Evaluation of the goal «{goal}»</source>
        <translation>Evaluering af målet »{goal}«</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="99"/>
        <source>{resident} has no {role}. Choose one on the resident&apos;s team card.</source>
        <translation>{resident} har ingen {role}. Vælg en på beboerens teamkort.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="112"/>
        <source>{resident} has {count} people as {role} at once. End all but one of these assignments.</source>
        <translation>{resident} har {count} personer som {role} på samme tid. Afslut alle disse tildelinger undtagen én.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="128"/>
        <source>Keep {staff} as {role}</source>
        <translation>Behold {staff} som {role}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="151"/>
        <source>{staff} is both {primary} and {secondary} for {resident}. The two roles need two people, so someone can take over when one is away.</source>
        <translation>{staff} er både {primary} og {secondary} for {resident}. De to roller kræver to personer, så en anden kan tage over, når den ene er væk.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="176"/>
        <source>{staff} is {role} for {resident} but has no bachelor-level education. This is allowed, but the {role} is normally a nurse, social educator or welfare worker.</source>
        <translation>{staff} er {role} for {resident}, men har ikke en professionsbachelor. Det er tilladt, men {role} er normalt pædagog, sygeplejerske eller socialrådgiver.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="199"/>
        <source>{staff} is {role} for {resident} but is neither a certified health worker nor bachelor-level. This is allowed, but the {role} is normally a certified health worker.</source>
        <translation>{staff} er {role} for {resident}, men er hverken social- og sundhedsassistent eller professionsbachelor. Det er tilladt, men {role} er normalt social- og sundhedsassistent.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="222"/>
        <source>{staff} is {role} for {count} residents ({residents}); the house has set at most {limit}. Consider giving one of them another {role}.</source>
        <translation>{staff} er {role} for {count} beboere ({residents}); stedet har sat grænsen ved {limit}. Overvej at give en af dem en anden {role}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="247"/>
        <source>{staff} is no longer active but is still {role} for {resident}. End the assignment and choose someone else.</source>
        <translation>{staff} er ikke længere aktiv, men er stadig {role} for {resident}. Afslut tildelingen, og vælg en anden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="316"/>
        <source>{staff} is the primary contact, on the {shift} shift until {end}.</source>
        <translation>{staff} er kontaktperson, har {shift} til {end}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="320"/>
        <source>{staff} is the primary contact and is not away (no rota).</source>
        <translation>{staff} er kontaktperson og er ikke væk (ingen vagtplan).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="325"/>
        <source>{staff} covers: the primary contact is away.</source>
        <translation>{staff} dækker: kontaktpersonen er væk.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="330"/>
        <source>{staff} covers: the primary contact is off until the {shift} shift.</source>
        <translation>{staff} dækker: kontaktpersonen har fri, til {shift} begynder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="334"/>
        <source>{staff} covers: the primary contact is off until the {shift} shift on {day}.</source>
        <translation>{staff} dækker: kontaktpersonen har fri, til {shift} begynder {day}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="342"/>
        <source>{staff} covers: no primary contact works this day.</source>
        <translation>{staff} dækker: ingen kontaktperson arbejder denne dag.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="345"/>
        <source>{staff} covers: no primary contact is on this shift.</source>
        <translation>{staff} dækker: ingen kontaktperson er på denne vagt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="350"/>
        <source>{staff} covers: the primary and secondary contacts are away.</source>
        <translation>{staff} dækker: både kontaktpersonen og den sekundære kontaktperson er væk.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="354"/>
        <source>{staff} covers: neither the primary nor the secondary contact is on this shift.</source>
        <translation>{staff} dækker: hverken kontaktpersonen eller den sekundære kontaktperson er på denne vagt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="362"/>
        <source>Nobody of {resident}&apos;s people is on the {shift} shift ({hours}). Ask the leader on shift to choose someone who covers.</source>
        <translation>Ingen af {resident}s folk har {shift} ({hours}). Bed lederen på vagt om at vælge en, der dækker.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rules.py" line="373"/>
        <source>No known contact on duty for {resident}. Ask the leader on shift to choose someone who covers today.</source>
        <translation>Ingen kendt kontakt på vagt for {resident}. Bed lederen på vagt om at vælge en, der dækker i dag.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/team.py" line="24"/>
        <source>Bachelor level (nurse, social educator, welfare worker)</source>
        <translation>Professionsbachelor (pædagog, sygeplejerske, socialrådgiver)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/team.py" line="25"/>
        <source>Certified health worker</source>
        <translation>Social- og sundhedsassistent</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/team.py" line="26"/>
        <source>Other education</source>
        <translation>Anden uddannelse</translation>
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
        <translation>Korrekt</translation>
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
        <translation>Kender hinandens arbejde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="74"/>
        <source>Respect</source>
        <translation>Respekt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="79"/>
        <source>We are in touch often enough for what this work needs.</source>
        <translation>Vi har kontakt så ofte, som dette arbejde kræver.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="80"/>
        <source>When something changes, the news reaches us while we can still act.</source>
        <translation>Når noget ændrer sig, får vi besked, mens vi stadig kan handle.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="81"/>
        <source>What we hear from them is right, and we can act on it.</source>
        <translation>Det, vi hører fra dem, er rigtigt, og vi kan handle ud fra det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="82"/>
        <source>When something goes wrong, we look for a way forward together, not for someone to blame.</source>
        <translation>Når noget går galt, leder vi sammen efter en vej frem, ikke efter nogen at give skylden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="85"/>
        <source>We pull towards the same goals for this person.</source>
        <translation>Vi trækker i retning af de samme mål for denne person.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="86"/>
        <source>They understand how our part of the work fits with theirs.</source>
        <translation>De forstår, hvordan vores del af arbejdet hænger sammen med deres.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="87"/>
        <source>They take what we contribute seriously.</source>
        <translation>De tager det, vi bidrager med, alvorligt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="92"/>
        <source>Agree on a short, fixed time to talk with {tie}, for example ten minutes every week.</source>
        <translation>Aftal et kort, fast tidspunkt til at tale med {tie}, for eksempel ti minutter hver uge.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="95"/>
        <source>Agree when news reaches {tie} and back, for example when the night shift reports to the primary contact.</source>
        <translation>Aftal, hvornår besked når {tie} og tilbage, for eksempel hvornår nattevagten melder til kontaktpersonen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="99"/>
        <source>Agree on what a handover with {tie} must hold, and write it in the same place every time.</source>
        <translation>Aftal, hvad en overlevering med {tie} skal indeholde, og skriv den samme sted hver gang.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="102"/>
        <source>Next time something goes wrong with {tie}, start by asking what you can do differently together, before going through what happened.</source>
        <translation>Næste gang noget går galt med {tie}, så start med at spørge, hvad I kan gøre anderledes sammen, før I gennemgår, hvad der skete.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="106"/>
        <source>Go through the resident&apos;s goals together with {tie} at the next plan meeting.</source>
        <translation>Gennemgå beboerens mål sammen med {tie} på næste planmøde.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="109"/>
        <source>Invite {tie} to tell in five minutes at a meeting what their part of the work involves.</source>
        <translation>Inviter {tie} til på et møde at fortælle på fem minutter, hvad deres del af arbejdet går ud på.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="112"/>
        <source>Tell {tie} one thing they do that makes your work easier.</source>
        <translation>Fortæl {tie} om én ting, de gør, som gør dit arbejde lettere.</translation>
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
        <translation>Hverken eller</translation>
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
        <translation>Ved ikke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="128"/>
        <location filename="../../src/teamdesk/domain/team.py" line="43"/>
        <location filename="../../src/teamdesk/reports/handover_pdf.py" line="59"/>
        <source>Primary contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="129"/>
        <location filename="../../src/teamdesk/domain/team.py" line="44"/>
        <source>Secondary contact</source>
        <translation>Sekundær kontaktperson</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="130"/>
        <source>Team members</source>
        <translation>Teammedlemmer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="131"/>
        <source>Night staff</source>
        <translation>Nattevagter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="133"/>
        <source>Relatives</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="134"/>
        <source>GP</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="207"/>
        <source>Answer at least one statement before handing in.</source>
        <translation>Svar på mindst ét udsagn, før du afleverer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="210"/>
        <location filename="../../src/teamdesk/domain/relations.py" line="213"/>
        <source>This check-in does not ask about {tie}.</source>
        <translation>Denne samarbejdsrunde spørger ikke om {tie}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/relations.py" line="215"/>
        <source>Answers go from 1 to 5, or &apos;don&apos;t know&apos;.</source>
        <translation>Svarene går fra 1 til 5 eller »ved ikke«.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/team.py" line="45"/>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="44"/>
        <source>Access log</source>
        <translation>Adgangslog</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="45"/>
        <source>{n} events</source>
        <translation>{n} hændelser</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="53"/>
        <source>Who opened or changed the record of {name}</source>
        <translation>Hvem der har åbnet eller ændret oplysningerne om {name}</translation>
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
        <translation>Hvornår</translation>
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
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/access_pdf.py" line="65"/>
        <source>Nobody opened or changed the record in this period.</source>
        <translation>Ingen har åbnet eller ændret oplysningerne i denne periode.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="39"/>
        <source>Coordinators</source>
        <translation>Tovholdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="40"/>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="48"/>
        <source>Coordinator overview</source>
        <translation>Overblik over tovholdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="41"/>
        <source>As of {date}</source>
        <translation>Pr. {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="51"/>
        <source>{count} coordinators, {gaps} with gaps to close. Those with gaps come first. As of {date}.</source>
        <translation>{count} tovholdere, {gaps} med mangler, der skal lukkes. Dem med mangler står først. Pr. {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="60"/>
        <source>Nobody coordinates a plan yet.</source>
        <translation>Ingen er tovholder for en plan endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="68"/>
        <source>(no longer active)</source>
        <translation>(ikke længere aktiv)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="71"/>
        <source>Guides: {names}</source>
        <translation>Mentor for: {names}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="76"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="93"/>
        <source>Plans (ever)</source>
        <translation>Planer (i alt)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="94"/>
        <source>Course done</source>
        <translation>Kursus gennemført</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="95"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="883"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
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
        <translation>Overskredne evalueringer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/coordinator_overview.py" line="106"/>
        <source>Gaps and notes, coordinator by coordinator</source>
        <translation>Mangler og bemærkninger, tovholder for tovholder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/text.py" line="76"/>
        <source>en</source>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/document.py" line="305"/>
        <source>Printed {at} by {who}</source>
        <translation>Udskrevet {at} af {who}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/document.py" line="321"/>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/document.py" line="193"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="208"/>
        <source>Not written yet.</source>
        <translation>Ikke skrevet endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="58"/>
        <source>CANCELLED</source>
        <translation>AFLYST</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="60"/>
        <source>DRAFT – the meeting is not marked as held</source>
        <translation>KLADDE – mødet er ikke markeret som afholdt</translation>
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
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="86"/>
        <source>Invitation and agenda</source>
        <translation>Indkaldelse og dagsorden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="88"/>
        <source>Invitation: {kind}</source>
        <translation>Indkaldelse: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="89"/>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="142"/>
        <source>About the individual plan of {resident}</source>
        <translation>Om {resident}s handleplan</translation>
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
        <translation>Indkaldt af</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="99"/>
        <source>This meeting is cancelled.</source>
        <translation>Dette møde er aflyst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="100"/>
        <source>Who is invited</source>
        <translation>Hvem der er inviteret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="106"/>
        <source>%n professional(s) around {resident}. We keep the group as small as we can.</source>
        <translation>
            <numerusform>%n fagperson omkring {resident}. Vi holder gruppen så lille, som vi kan.</numerusform>
            <numerusform>%n fagpersoner omkring {resident}. Vi holder gruppen så lille, som vi kan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="116"/>
        <source>Nobody is invited yet.</source>
        <translation>Ingen er inviteret endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="372"/>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="117"/>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="120"/>
        <source>The agenda is empty.</source>
        <translation>Dagsordenen er tom.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="125"/>
        <source>The goals in the plan, in {resident}&apos;s own words</source>
        <translation>Målene i planen med {resident}s egne ord</translation>
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
        <translation>Mødeleder</translation>
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
        <translation>Fremmøde er ikke registreret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="162"/>
        <source>Sent apologies / did not come</source>
        <translation>Meldt afbud / kom ikke</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="165"/>
        <source>Invited, attendance not recorded</source>
        <translation>Inviteret, fremmøde ikke registreret</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="173"/>
        <source>What we talked about</source>
        <translation>Hvad vi talte om</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="176"/>
        <source>No minutes written.</source>
        <translation>Der er ikke skrevet referat.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="182"/>
        <source>Other decisions</source>
        <translation>Andre beslutninger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="186"/>
        <source>Decisions: who does what, by when</source>
        <translation>Beslutninger: hvem gør hvad, og hvornår</translation>
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
        <translation>Der blev ikke registreret nogen beslutninger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="209"/>
        <source>Not set yet.</source>
        <translation>Ikke sat endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="214"/>
        <source>Decision: {what} — {who}, by {date}</source>
        <translation>Beslutning: {what} — {who}, senest {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="221"/>
        <source>Done {date}</source>
        <translation>Udført {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="223"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/meeting_pdf.py" line="225"/>
        <source>now a plan measure</source>
        <translation>nu en indsats i planen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="52"/>
        <source>Version {number}, approved {date} by {who}</source>
        <translation>Version {number}, godkendt {date} af {who}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="56"/>
        <source>DRAFT – changes to version {number}, not approved</source>
        <translation>KLADDE – ændringer til version {number}, ikke godkendt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="59"/>
        <source>DRAFT – not approved</source>
        <translation>KLADDE – ikke godkendt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="90"/>
        <source>Evaluate by {date}</source>
        <translation>Evalueres senest {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="70"/>
        <source>alert</source>
        <translation>alarm</translation>
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
        <translation>{path} er en mappe; angiv et filnavn, for eksempel {example}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="122"/>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation>Kunne ikke skrive {path}: {reason}. Vælg en anden mappe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="157"/>
        <source>language of the sentences and headings: nb (Norwegian bokmål), da (Danish) or en (English); default: TEAMDESK_LANGUAGE, else the system&apos;s locale (machine formats such as --format json stay as they are)</source>
        <translation>sproget i sætninger og overskrifter: nb (norsk bokmål), da (dansk) eller en (engelsk); standard: TEAMDESK_LANGUAGE, ellers systemets sprog (maskinformater som --format json forbliver, som de er)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="169"/>
        <source>TeamDesk administration and scripting verbs.</source>
        <translation>TeamDesks kommandoer til administration og scripts.</translation>
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
        <translation>mappen, der indeholder teamdesk.sqlite3</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="188"/>
        <source>nb, da or en (as before the verb)</source>
        <translation>nb, da eller en (som før kommandoen)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="194"/>
        <source>the account to act as (password from {variable} or a prompt)</source>
        <translation>kontoen, du handler som (adgangskoden tages fra {variable}, ellers bliver du spurgt)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="202"/>
        <source>Create a fictional demo municipality, with one demo account per role, in an empty data folder.</source>
        <translation>Lav en opdigtet demokommune med én demokonto pr. rolle i en tom datamappe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="213"/>
        <source>multiply the size: 1 is 25 residents, 100 about 2,500</source>
        <translation>gang størrelsen op: 1 er 25 beboere, 100 omkring 2.500</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="219"/>
        <source>also give every unit a realistic 12-week rota (day, evening, night and long weekend shifts, part-time staff), as the program&apos;s --demo does</source>
        <translation>giv også hver afdeling en realistisk vagtplan på 12 uger (dag-, aften-, nat- og lange weekendvagter, deltidsmedarbejdere), som programmets --demo gør</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="225"/>
        <source>Who covers each resident on a day, at a moment or on a shift.</source>
        <translation>Hvem der dækker hver beboer på en dag, på et tidspunkt eller på en vagt.</translation>
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
        <translation>hvem af hver beboers folk der er på vagt på det tidspunkt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="235"/>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="236"/>
        <source>a shift code (D, A, N...): who is on that shift of --date</source>
        <translation>en vagtkode (D, A, N …): hvem der er på den vagt på --date</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="239"/>
        <source>A unit&apos;s rota: import one from a CSV or Excel file, or show it.</source>
        <translation>En afdelings vagtplan: importér den fra en CSV- eller Excel-fil, eller vis den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="242"/>
        <source>for import: the .csv or .xlsx file</source>
        <translation>ved import: .csv- eller .xlsx-filen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="247"/>
        <source>Import a list a house keeps in Excel or CSV: a unit&apos;s rota, the staff list, or the residents with their primary and secondary contacts and team members.</source>
        <translation>Importér en liste, stedet har i Excel eller CSV: en afdelings vagtplan, medarbejderlisten eller beboerne med deres kontaktperson, sekundære kontaktperson og teammedlemmer.</translation>
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
        <translation>for medarbejdere og beboere: hvilken kolonne der indeholder et felt (medarbejdere: name, employee_number, education, fte_percent, unit, peer_worker; beboere: name, room, unit, moved_in, primary, secondary, members); standard: de kolonner, der blev brugt sidst, ellers gættet ud fra overskrifterne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="269"/>
        <source>Check the database (integrity, audit chain) and list all rule warnings.</source>
        <translation>Kontrollér databasen (integritet, revisionskæde), og vis alle regeladvarsler.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="275"/>
        <source>administrators: after looking into an audit-anchor problem, record the audit log&apos;s head anew (the acceptance is itself written to the audit log)</source>
        <translation>administratorer: når et problem med revisionsankeret er undersøgt, registrér revisionslogens seneste led på ny (accepten skrives selv i revisionsloggen)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="283"/>
        <source>Administrators: replace the database key after switching an account off, so a key kept from before opens the database no more (TeamDesk must be closed everywhere else; the other accounts get the new key at their next sign-in).</source>
        <translation>Administratorer: udskift databasens nøgle, når en konto er slået fra, så en nøgle gemt fra før ikke længere åbner databasen (TeamDesk skal være lukket alle andre steder; de andre konti får den nye nøgle, næste gang de logger ind).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="291"/>
        <source>Write a document as a file: the individual plan of a resident as PDF, or a meeting&apos;s agenda or minutes as PDF, or its calendar invitation (.ics).</source>
        <translation>Skriv et dokument til en fil: en beboers handleplan som PDF, et mødes dagsorden eller referat som PDF eller mødets kalenderinvitation (.ics).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="297"/>
        <source>what to export</source>
        <translation>hvad der skal eksporteres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="302"/>
        <source>for a plan: the resident&apos;s name or id, e.g. &quot;Per Hansen&quot;</source>
        <translation>for en plan: beboerens navn eller id, f.eks. »Per Hansen«</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="307"/>
        <source>for agenda, minutes or ics: the meeting&apos;s id (teamdesk report meetings)</source>
        <translation>for dagsorden, referat eller ics: mødets id (teamdesk report meetings)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="309"/>
        <source>the file to write</source>
        <translation>filen, der skal skrives</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="314"/>
        <source>an approved version (default: the plan as it is now)</source>
        <translation>en godkendt version (standard: planen, som den er nu)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="319"/>
        <source>the one-page &quot;My plan&quot; for the resident instead</source>
        <translation>i stedet den ene side »Min plan« til beboeren</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="323"/>
        <source>Print a report: the coordinator overview (leaders), upcoming meetings with their ids, or how the team around a resident works together (check-in results).</source>
        <translation>Vis en rapport: overblikket over tovholdere (ledere), kommende møder med deres id&apos;er eller hvordan teamet omkring en beboer arbejder sammen (resultater af samarbejdsrunder).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="329"/>
        <source>which report</source>
        <translation>hvilken rapport</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="335"/>
        <source>write the coordinator overview or the relations report to this file</source>
        <translation>skriv overblikket over tovholdere eller samarbejdsrapporten til denne fil</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="340"/>
        <source>meetings: every meeting about this resident instead; relations: whose team</source>
        <translation>meetings: i stedet alle møder om denne beboer; relations: hvis team</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="342"/>
        <source>List the accounts and their roles (administrators).</source>
        <translation>Vis konti og deres roller (administratorer).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="345"/>
        <source>Create an account (administrators); its password comes from TEAMDESK_NEW_PASSWORD or a prompt.</source>
        <translation>Opret en konto (administratorer); adgangskoden tages fra TEAMDESK_NEW_PASSWORD, ellers bliver du spurgt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="353"/>
        <source>the person&apos;s name as shown at sign-in, e.g. &quot;Kari Nordmann&quot;</source>
        <translation>personens navn, som det vises ved log ind, f.eks. »Mette Hansen«</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="359"/>
        <source>what the account may do</source>
        <translation>hvad kontoen må</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="363"/>
        <source>Give an account a new password and lift a lock (administrators); the new password comes from TEAMDESK_NEW_PASSWORD or a prompt.</source>
        <translation>Giv en konto en ny adgangskode, og ophæv en spærring (administratorer); den nye adgangskode tages fra TEAMDESK_NEW_PASSWORD, ellers bliver du spurgt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="368"/>
        <source>the account&apos;s name</source>
        <translation>kontoens navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="369"/>
        <source>Take a checked backup of the database now.</source>
        <translation>Tag en kontrolleret sikkerhedskopi af databasen nu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="370"/>
        <source>List the backups with the result of checking each one.</source>
        <translation>Vis sikkerhedskopierne med resultatet af kontrollen af hver enkelt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="373"/>
        <source>Put a backup in place of the database; the current file is kept aside, never overwritten.</source>
        <translation>Sæt en sikkerhedskopi ind i stedet for databasen; den nuværende fil lægges til side og bliver aldrig overskrevet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="379"/>
        <source>the backup file to restore</source>
        <translation>sikkerhedskopien, der skal genskabes</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="381"/>
        <source>the newest backup that is sound</source>
        <translation>den nyeste sikkerhedskopi, der er i orden</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="387"/>
        <source>put back only a lost or damaged key file, from the newest backup&apos;s copy that your password opens; the database is left as it is</source>
        <translation>hent kun en mistet eller beskadiget nøglefil tilbage fra den nyeste sikkerhedskopis kopi, som din adgangskode åbner; databasen forbliver, som den er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="397"/>
        <source>with --backup: confirm, as an administrator of this data folder, a backup of another TeamDesk installation (opened with your account in its key file; the password from {variable} when it differs)</source>
        <translation>med --backup: bekræft som administrator af denne datamappe en sikkerhedskopi fra en anden TeamDesk-installation (åbnet med din konto i dens nøglefil; adgangskoden fra {variable}, hvis den er en anden)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="406"/>
        <source>Exchange changes with the house&apos;s other PCs through a shared folder (a file share, a OneDrive folder, a USB stick); &apos;sync status&apos; says what waits.</source>
        <translation>Udveksl ændringer med stedets andre pc&apos;er gennem en delt mappe (et fildrev, en OneDrive-mappe, en USB-nøgle); &apos;sync status&apos; viser, hvad der venter.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="416"/>
        <source>now (default) or status</source>
        <translation>now (standard) eller status</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="421"/>
        <source>the shared folder (remembered on this PC; default: the one used last)</source>
        <translation>den delte mappe (huskes på denne pc; standard: den, der blev brugt sidst)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="425"/>
        <source>Publish this house to a shared folder so other PCs can join from it (administrators): this PC&apos;s changes and a snapshot with the key file; the folder becomes this PC&apos;s sync folder.</source>
        <translation>Udgiv stedet til en delt mappe, så andre pc&apos;er kan tilknyttes derfra (administratorer): denne pc&apos;s ændringer og et øjebliksbillede med nøglefilen; mappen bliver denne pc&apos;s synkroniseringsmappe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="431"/>
        <location filename="../../src/teamdesk/cli.py" line="439"/>
        <source>the shared folder</source>
        <translation>den delte mappe</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="434"/>
        <source>Make this PC one of a house&apos;s PCs, from the shared folder the house was published to (an administrator of the house signs in; the data folder must be empty).</source>
        <translation>Gør denne pc til en af stedets pc&apos;er fra den delte mappe, stedet blev udgivet til (en administrator på stedet logger ind; datamappen skal være tom).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="442"/>
        <source>Retire a lost or given-away PC (administrators): what it synced stays, the house gets a new key it cannot open, and what it publishes afterwards is refused.</source>
        <translation>Tag en pc ud af brug, der er mistet eller givet væk (administratorer): det, den har synkroniseret, bliver stående, stedet får en ny nøgle, den ikke kan åbne, og det, den udgiver bagefter, bliver afvist.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="448"/>
        <source>the PC&apos;s name or id, as &apos;teamdesk pcs&apos; lists it</source>
        <translation>pc&apos;ens navn eller id, som &apos;teamdesk pcs&apos; viser det</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="450"/>
        <source>List the house&apos;s other PCs this one knows, with their ids (administrators).</source>
        <translation>Vis stedets andre pc&apos;er, som denne kender, med deres id&apos;er (administratorer).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="451"/>
        <source>Show this help.</source>
        <translation>Vis denne hjælp.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="461"/>
        <source>text for people (default); the others for programs and files</source>
        <translation>text til mennesker (standard); de andre til programmer og filer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="470"/>
        <source>the unit&apos;s name (for a rota: required)</source>
        <translation>afdelingens navn (for en vagtplan: påkrævet)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="476"/>
        <source>for show: one week of the cycle (1 is the first)</source>
        <translation>for show: én uge i perioden (1 er den første)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="480"/>
        <source>HEADING</source>
        <translation>OVERSKRIFT</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="482"/>
        <source>for import: the heading of the column that names the person (default: the one used last for this unit, else guessed from the headings)</source>
        <translation>for import: overskriften på den kolonne, der navngiver personen (standard: den, der blev brugt sidst for denne afdeling, ellers gættet ud fra overskrifterne)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="492"/>
        <source>whether that column holds employee numbers or names</source>
        <translation>om den kolonne indeholder medarbejdernumre eller navne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="499"/>
        <source>for a unit with no rota yet: the date of the cycle&apos;s day 1 (default: the file&apos;s first date)</source>
        <translation>for en afdeling uden vagtplan endnu: datoen for periodens dag 1 (standard: filens første dato)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="505"/>
        <source>write without asking</source>
        <translation>skriv uden at spørge</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="514"/>
        <source>&apos;{value}&apos; is not a moment; write it as &quot;YYYY-MM-DD HH:MM&quot;, for example &quot;2026-11-25 15:00&quot;</source>
        <translation>&apos;{value}&apos; er ikke et tidspunkt; skriv det som »ÅÅÅÅ-MM-DD TT:MM«, for eksempel »2026-11-25 15:00«</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="529"/>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD, for example 2026-11-25</source>
        <translation>&apos;{value}&apos; er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, for eksempel 2026-11-25</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="649"/>
        <source>&apos;{word}&apos; on the command line is not UTF-8 text (the \x.. part). Type it again, or set the terminal to UTF-8.</source>
        <translation>&apos;{word}&apos; på kommandolinjen er ikke UTF-8-tekst (delen med \x..). Skriv det igen, eller sæt terminalen til UTF-8.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="660"/>
        <source>{variable} is not UTF-8 text. Set it again from a UTF-8 terminal, or unset it to be asked for the password.</source>
        <translation>{variable} er ikke UTF-8-tekst. Sæt den igen fra en UTF-8-terminal, eller fjern den for at blive spurgt om adgangskoden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="678"/>
        <source>There is no TeamDesk database in {folder} (looked for {file}, chosen by {source}). Check the folder, set it up by starting TeamDesk, or create demo data with &apos;teamdesk demo-data --data-dir DIR&apos;.</source>
        <translation>Der er ingen TeamDesk-database i {folder} (søgte efter {file}, valgt af {source}). Tjek mappen, opret den ved at starte TeamDesk, eller lav demodata med &apos;teamdesk demo-data --data-dir MAPPE&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="693"/>
        <source>{database} has no key file beside it ({key_file}), so it cannot be opened; it may not be a TeamDesk database at all. It was left as it was.</source>
        <translation>{database} har ingen nøglefil ved siden af sig ({key_file}), så den kan ikke åbnes; det er måske slet ikke en TeamDesk-database. Den blev ladt, som den var.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="701"/>
        <source>Put the key file back from a backup&apos;s copy with &apos;teamdesk restore --key-file&apos;.</source>
        <translation>Hent nøglefilen tilbage fra en sikkerhedskopis kopi med &apos;teamdesk restore --key-file&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="703"/>
        <source>Put the key file back from the data folder&apos;s copy, or ask your IT contact.</source>
        <translation>Læg nøglefilen tilbage fra datamappens kopi, eller spørg din it-kontakt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="716"/>
        <source>What was typed is not text in the terminal&apos;s encoding; set the terminal to UTF-8 and try again.</source>
        <translation>Det, der blev skrevet, er ikke tekst i terminalens tegnkodning; sæt terminalen til UTF-8, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="729"/>
        <source>Say which account to act as with --user NAME (the password comes from {variable} or a prompt). &apos;teamdesk demo-data&apos; prints the demo accounts.</source>
        <translation>Angiv hvilken konto du handler som med --user NAVN (adgangskoden tages fra {variable}, eller du bliver spurgt). &apos;teamdesk demo-data&apos; viser demokontiene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="741"/>
        <source>No password for {user}: set {variable}, or run the command in a terminal to be asked for it.</source>
        <translation>Ingen adgangskode til {user}: sæt {variable}, eller kør kommandoen i en terminal for at blive spurgt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="749"/>
        <source>Password for {user}: </source>
        <translation>Adgangskode til {user}: </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="778"/>
        <source>--scale must be 1 or more.</source>
        <translation>--scale skal være 1 eller mere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="783"/>
        <source>{folder} already holds a TeamDesk database ({database}); it was left as it was. Demo data goes only into an empty data folder, so real data is never mixed with fiction.</source>
        <translation>{folder} indeholder allerede en TeamDesk-database ({database}); den blev ladt, som den var. Demodata lægges kun i en tom datamappe, så rigtige data aldrig blandes med opdigtede.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="798"/>
        <source>Demo data created in {folder}: {units} units, {residents} residents, {staff} staff, {teams} teams, {assignments} assignments, {absences} absences.</source>
        <translation>Demodata oprettet i {folder}: {units} afdelinger, {residents} beboere, {staff} medarbejdere, {teams} teams, {assignments} tildelinger, {absences} fravær.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="811"/>
        <source>Demo accounts (password for all: {password}):</source>
        <translation>Demokonti (adgangskode til alle: {password}):</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="815"/>
        <source>Example:</source>
        <translation>Eksempel:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="828"/>
        <source>Coverage on {date}</source>
        <translation>Dækning {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="832"/>
        <source>Coverage at {date} {time}</source>
        <translation>Dækning {date} kl. {time}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="842"/>
        <source>Coverage on {date}, {shift} shift {hours}</source>
        <translation>Dækning {date}, vagt: {shift} {hours}</translation>
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
        <translation>Database {path}: {state} (kontrollerede revisionshændelser: {count}).</translation>
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
            <numerusform>%n regeladvarsel.</numerusform>
            <numerusform>%n regeladvarsler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="948"/>
        <source>The audit log&apos;s head agrees with the key file; nothing to record.</source>
        <translation>Revisionslogens seneste led stemmer med nøglefilen; intet at registrere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="953"/>
        <source>The audit log&apos;s head was recorded anew; what was accepted is in the audit log. Run &apos;teamdesk check&apos; again.</source>
        <translation>Revisionslogens seneste led er registreret på ny; det, der blev accepteret, står i revisionsloggen. Kør &apos;teamdesk check&apos; igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="969"/>
        <source>Say whose plan with --resident NAME, e.g. --resident &quot;Per Hansen&quot;.</source>
        <translation>Angiv hvilken beboers plan det er, med --resident NAVN, fx --resident &quot;Per Hansen&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="979"/>
        <source>{name} has no individual plan yet. Start one on the resident&apos;s Plan page.</source>
        <translation>{name} har ingen handleplan endnu. Opret en på beboerens side Plan.</translation>
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
        <translation>Ingen ny adgangskode til {user}: sæt {variable}, eller kør kommandoen i en terminal for at blive spurgt om den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1037"/>
        <source>New password for {user}: </source>
        <translation>Ny adgangskode til {user}: </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1038"/>
        <source>The same again: </source>
        <translation>Det samme en gang til: </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1039"/>
        <source>The two passwords are not the same; nothing was changed.</source>
        <translation>De to adgangskoder er ikke ens; intet blev ændret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1121"/>
        <source>%n backup(s) in {folder}</source>
        <translation>
            <numerusform>%n sikkerhedskopi i {folder}</numerusform>
            <numerusform>%n sikkerhedskopier i {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1124"/>
        <source>with key file</source>
        <translation>med nøglefil</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1124"/>
        <source>NO KEY FILE</source>
        <translation>INGEN NØGLEFIL</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1134"/>
        <source>No copy of the key file beside %n backup(s): such a backup opens only while the data folder&apos;s key file is there.</source>
        <translation>
            <numerusform>Ingen kopi af nøglefilen ved siden af %n sikkerhedskopi: sådan en sikkerhedskopi kan kun åbnes, så længe datamappens nøglefil er der.</numerusform>
            <numerusform>Ingen kopi af nøglefilen ved siden af %n sikkerhedskopier: sådan en sikkerhedskopi kan kun åbnes, så længe datamappens nøglefil er der.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1157"/>
        <source>The key file was put back from {backup}&apos;s copy.</source>
        <translation>Nøglefilen blev hentet tilbage fra kopien i {backup}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1161"/>
        <source>The damaged key file was kept as {path}.</source>
        <translation>Den beskadigede nøglefil blev gemt som {path}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1167"/>
        <source>There is no backup file {path}. &apos;teamdesk backups&apos; lists them.</source>
        <translation>Der er ingen sikkerhedskopi {path}. &apos;teamdesk backups&apos; viser dem.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1175"/>
        <source>Say which backup with --backup FILE when confirming another one.</source>
        <translation>Angiv hvilken sikkerhedskopi med --backup FIL, når du bekræfter en anden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1191"/>
        <source>There is no sound backup in {folder}. Nothing was changed.</source>
        <translation>Der er ingen sikkerhedskopi i orden i {folder}. Intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1198"/>
        <source>Restored {backup} as {path}.</source>
        <translation>Gendannede {backup} som {path}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1201"/>
        <source>The previous database was kept as {path}.</source>
        <translation>Den tidligere database blev gemt som {path}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1205"/>
        <source>The key file was taken from the backup&apos;s copy: passwords are as they were then.</source>
        <translation>Nøglefilen blev taget fra kopien i sikkerhedskopien: adgangskoderne er, som de var dengang.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1212"/>
        <source>The previous key file was kept as {path}.</source>
        <translation>Den tidligere nøglefil blev gemt som {path}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1221"/>
        <source>These accounts have no key to sign in with and need a new password from an administrator (&apos;teamdesk reset-password NAME&apos;): {names}.</source>
        <translation>Disse konti har ingen nøgle at logge ind med og skal have en ny adgangskode af en administrator (&apos;teamdesk reset-password NAVN&apos;): {names}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1238"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1239"/>
        <source>Sync folder: {folder}</source>
        <translation>Synkroniseringsmappe: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1239"/>
        <source>(none yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1240"/>
        <source>This PC&apos;s replica id: {id}</source>
        <translation>Replika-id for denne pc: {id}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1241"/>
        <source>Last synced: {when}</source>
        <translation>Sidst synkroniseret: {when}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1242"/>
        <source>Changes waiting to be sent: {count}</source>
        <translation>Ændringer, der venter på at blive sendt: {count}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1243"/>
        <source>Texts edited on two PCs, to look at: {count}</source>
        <translation>Tekster redigeret på to pc&apos;er, som skal ses på: {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1245"/>
        <source>From {pc}: %n change set(s) applied, last {when}</source>
        <translation>
            <numerusform>Fra {pc}: %n ændringssæt indlæst, sidst {when}</numerusform>
            <numerusform>Fra {pc}: %n ændringssæt indlæst, sidst {when}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1248"/>
        <source>Held: {what}</source>
        <translation>Holdt tilbage: {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1253"/>
        <source>Synced: %n change set(s) sent.</source>
        <translation>
            <numerusform>Synkroniseret: %n ændringssæt sendt.</numerusform>
            <numerusform>Synkroniseret: %n ændringssæt sendt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1255"/>
        <source>%n change set(s) received (changes in them: {changes}).</source>
        <translation>
            <numerusform>%n ændringssæt modtaget (ændringer i det: {changes}).</numerusform>
            <numerusform>%n ændringssæt modtaget (ændringer i dem: {changes}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1258"/>
        <source>%n text(s) edited on two PCs, to look at.</source>
        <translation>
            <numerusform>%n tekst redigeret på to pc&apos;er, som skal ses på.</numerusform>
            <numerusform>%n tekster redigeret på to pc&apos;er, som skal ses på.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1272"/>
        <source>Published to {target}: %n change set(s) sent.</source>
        <translation>
            <numerusform>Udgivet til {target}: %n ændringssæt sendt.</numerusform>
            <numerusform>Udgivet til {target}: %n ændringssæt sendt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1274"/>
        <source>The snapshot holds %n account(s).</source>
        <translation>
            <numerusform>Øjebliksbilledet har %n konto.</numerusform>
            <numerusform>Øjebliksbilledet har %n konti.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1277"/>
        <source>Another PC joins with &apos;teamdesk join --target {target} --user NAME&apos; as an administrator.</source>
        <translation>En anden pc tilknyttes med &apos;teamdesk join --target {target} --user NAVN&apos; af en administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1298"/>
        <source>This PC joined the house from {folder} (snapshot made on {pc}).</source>
        <translation>Denne pc er tilknyttet stedet fra {folder} (øjebliksbillede lavet på {pc}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1309"/>
        <source>Synced: %n change set(s) received since the snapshot (changes in them: {changes}).</source>
        <translation>
            <numerusform>Synkroniseret: %n ændringssæt modtaget siden øjebliksbilledet (ændringer i det: {changes}).</numerusform>
            <numerusform>Synkroniseret: %n ændringssæt modtaget siden øjebliksbilledet (ændringer i dem: {changes}).</numerusform>
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
        <translation>{pc} ({id}) er taget ud af brug: ændringerne til og med ændringssæt {last} bliver stående; senere bliver afvist.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1333"/>
        <source>the PC</source>
        <translation>pc&apos;en</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli.py" line="1340"/>
        <source>The house has a new key, given to %n other PC(s) and the administrators.</source>
        <translation>
            <numerusform>Stedet har en ny nøgle, givet til %n anden pc og administratorerne.</numerusform>
            <numerusform>Stedet har en ny nøgle, givet til %n andre pc&apos;er og administratorerne.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1347"/>
        <source>These PCs get the new key when an administrator signs in there and syncs: {pcs}</source>
        <translation>Disse pc&apos;er får den nye nøgle, når en administrator logger ind der og synkroniserer: {pcs}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1356"/>
        <source>Remove that PC&apos;s access to the shared folder. If an administrator signed in on it, have another administrator reset their password, then retire the PC again: the new key is then sealed to that administrator&apos;s new keys only.</source>
        <translation>Fjern den pc&apos;s adgang til den delte mappe. Hvis en administrator har logget ind på den, så lad en anden administrator give vedkommende en ny adgangskode, og tag derefter pc&apos;en ud af brug igen: så forsegles den nye nøgle kun til administratorens nye nøgler.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1377"/>
        <source>The database key is replaced: a key or key file kept from before opens the database no more. The other accounts get the new key at their next sign-in. This PC does not sync with other PCs, so no other PC is affected. Backups taken before now still open with the old key: delete those that a switched-off person could reach.</source>
        <translation>Databasenøglen er skiftet ud: en nøgle eller nøglefil gemt fra før åbner ikke længere databasen. De andre konti får den nye nøgle, næste gang de logger ind. Denne pc synkroniserer ikke med andre pc&apos;er, så ingen andre pc&apos;er berøres. Sikkerhedskopier taget før nu åbnes stadig med den gamle nøgle: slet dem, som en person, hvis konto er slået fra, kunne få adgang til.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1398"/>
        <source>This PC: {id}</source>
        <translation>Denne pc: {id}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1399"/>
        <source>(retired)</source>
        <translation>(taget ud af brug)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1402"/>
        <source>(has not sent changes yet)</source>
        <translation>(har ikke sendt ændringer endnu)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1417"/>
        <source>Name the unit whose rota this is: --unit NAME.</source>
        <translation>Angiv den afdeling, vagtplanen hører til: --unit NAVN.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="76"/>
        <source>Individual plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1000"/>
        <source>version {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1000"/>
        <source>draft</source>
        <translation>udkast</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1052"/>
        <source>switched off</source>
        <translation>slået fra</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1071"/>
        <source>Account {name} ({role}) created; they can sign in now.</source>
        <translation>Kontoen {name} ({role}) er oprettet; vedkommende kan logge ind nu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1090"/>
        <source>There is no account named {name}. &apos;teamdesk accounts&apos; lists them.</source>
        <translation>Der er ingen konto ved navn {name}. &apos;teamdesk accounts&apos; viser dem.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1097"/>
        <source>{name} has a new password and can sign in now.</source>
        <translation>{name} har fået ny adgangskode og kan logge ind nu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli.py" line="1109"/>
        <source>Backup written and checked: {path}</source>
        <translation>Sikkerhedskopi skrevet og kontrolleret: {path}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="117"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="118"/>
        <source>Plan period</source>
        <translation>Planperiode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="131"/>
        <source>… and {count} more.</source>
        <translation>… og {count} mere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="132"/>
        <source>This draft is not ready for approval. Missing:</source>
        <translation>Denne kladde er ikke klar til godkendelse. Mangler:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="138"/>
        <source>Intervention goals and their sub-goals, in {resident}&apos;s own words</source>
        <translation>Indsatsmål og deres delmål med {resident}s egne ord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="140"/>
        <source>Goals, in {resident}&apos;s own words</source>
        <translation>Mål med {resident}s egne ord</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="178"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="187"/>
        <source>No coordinator is chosen yet.</source>
        <translation>Der er ikke valgt en tovholder endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="191"/>
        <source>Responsible for coordinating the services and for the progress of the plan.</source>
        <translation>Ansvarlig for at koordinere indsatserne og for, at planen bliver ført ud i livet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="211"/>
        <source>Contributes</source>
        <translation>Bidrager med</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="225"/>
        <source>Nobody yet</source>
        <translation>Ingen endnu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="232"/>
        <location filename="../../src/teamdesk/services/conflicts.py" line="58"/>
        <source>Measure</source>
        <translation>Indsats</translation>
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
        <translation>Evaluering af indsatsmål {number}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="262"/>
        <source>Evaluation of goal {number}</source>
        <translation>Evaluering af mål {number}</translation>
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
        <translation>Givet den</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="277"/>
        <source>How it was given</source>
        <translation>Hvordan det blev givet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="278"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="338"/>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="282"/>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="342"/>
        <source>Not recorded yet.</source>
        <translation>Ikke registreret endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="287"/>
        <source>Consent to share information with the participants</source>
        <translation>Samtykke til at dele oplysninger med deltagerne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="292"/>
        <source>{date} (expired)</source>
        <translation>{date} (udløbet)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="297"/>
        <source>No consent recorded</source>
        <translation>Intet samtykke registreret</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="304"/>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="305"/>
        <source>What may be shared</source>
        <translation>Hvad der må deles</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="306"/>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="307"/>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="314"/>
        <source>Coordinator: {name}</source>
        <translation>Tovholder: {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="315"/>
        <source>Guardian or representative (if any)</source>
        <translation>Værge eller repræsentant (hvis der er en)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="318"/>
        <source>We have taken part in making this plan and agree to it.</source>
        <translation>Vi har været med til at lave denne plan og er enige i den.</translation>
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
        <translation>Helhedsorienteret plan (serviceloven § 141, stk. 7)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="329"/>
        <source>This plan replaces {resident}&apos;s other plans:</source>
        <translation>Planen erstatter {resident}s andre planer:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="333"/>
        <source>Consent to share information across areas</source>
        <translation>Samtykke til at dele oplysninger på tværs af områder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="353"/>
        <source>How {resident} and relatives take part</source>
        <translation>Hvordan {resident} og de pårørende er med</translation>
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
        <translation>Vi har ikke skrevet mine mål endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="426"/>
        <source>… and {count} more goals in my full plan.</source>
        <translation>… og {count} mål mere i hele min plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="433"/>
        <source>Who helps me with what</source>
        <translation>Hvem hjælper mig med hvad</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="436"/>
        <source>We have not decided this yet.</source>
        <translation>Det har vi ikke besluttet endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="439"/>
        <source>We will find out who</source>
        <translation>Vi finder ud af hvem</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="448"/>
        <source>{name} helps me with:</source>
        <translation>{name} hjælper mig med:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="455"/>
        <source>… and {count} more in my full plan.</source>
        <translation>… og {count} mere i hele min plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="460"/>
        <source>My coordinator</source>
        <translation>Min tovholder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="465"/>
        <source>My coordinator helps me and everyone else to work together on my plan, and calls the meetings.</source>
        <translation>Min tovholder hjælper mig og alle andre med at arbejde sammen om min plan og indkalder til møderne.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="473"/>
        <source>Not chosen yet.</source>
        <translation>Ikke valgt endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="480"/>
        <source>Not set yet. Ask my coordinator.</source>
        <translation>Ikke sat endnu. Spørg min tovholder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="483"/>
        <source>We look at the whole plan together again by {date}.</source>
        <translation>Vi ser på hele planen sammen igen senest {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/plan_pdf.py" line="488"/>
        <source>More in the full plan.</source>
        <translation>Mere i hele planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="22"/>
        <source>opened</source>
        <translation>åbnede</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="23"/>
        <source>created</source>
        <translation>oprettede</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="24"/>
        <source>changed</source>
        <translation>ændrede</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="25"/>
        <source>deleted</source>
        <translation>slettede</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="26"/>
        <source>restored</source>
        <translation>genskabte</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="27"/>
        <source>undid a change</source>
        <translation>fortrød en ændring</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="28"/>
        <source>redid a change</source>
        <translation>gentog en ændring</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="29"/>
        <source>exported</source>
        <translation>eksporterede</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="30"/>
        <source>printed</source>
        <translation>udskrev</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="31"/>
        <source>overrode a rule</source>
        <translation>tilsidesatte en regel</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/access_log.py" line="32"/>
        <location filename="../../src/teamdesk/services/context.py" line="70"/>
        <source>read the access log</source>
        <translation>læste adgangsloggen</translation>
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
        <translation>Denne beboer findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="166"/>
        <source>This account no longer exists.</source>
        <translation>Denne konto findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="343"/>
        <source>Your entry in the key file is damaged, so the password cannot be changed here; it is unchanged. An administrator puts the key file back from a backup (teamdesk restore --key-file).</source>
        <translation>Din post i nøglefilen er beskadiget, så adgangskoden kan ikke ændres her; den er uændret. En administrator lægger nøglefilen tilbage fra en sikkerhedskopi (teamdesk restore --key-file).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="353"/>
        <source>The current password is not right; the password is unchanged.</source>
        <translation>Den nuværende adgangskode er forkert; adgangskoden er ikke ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="371"/>
        <source>Sign in first.</source>
        <translation>Log først ind.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="422"/>
        <source>Roles and units are signed with the key that signs roles, and this session does not hold it (an administrator who holds it gives it to you at their next sign-in). Nothing was changed.</source>
        <translation>Roller og afdelinger signeres med den nøgle, der signerer roller, og denne session har den ikke (en administrator, der har den, giver dig den, næste gang vedkommende logger ind). Intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="471"/>
        <source>There is already an account named {name}. Choose another name.</source>
        <translation>Der findes allerede en konto med navnet {name}. Vælg et andet navn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="482"/>
        <source>{name} is the only active administrator. Make another account an administrator first, so someone can still manage accounts.</source>
        <translation>{name} er den eneste aktive administrator. Gør først en anden konto til administrator, så der stadig er nogen, der kan styre brugerkontiene.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/accounts.py" line="494"/>
        <source>The account&apos;s name cannot be empty.</source>
        <translation>Kontoens navn må ikke være tomt.</translation>
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
        <translation>Automatisk låsning er mellem 1 og 60 minutter.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="58"/>
        <source>read residents&apos; records</source>
        <translation>læse oplysninger om beboerne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="59"/>
        <source>change teams and who works with whom</source>
        <translation>ændre teams og hvem der arbejder sammen med hvem</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="60"/>
        <source>write notes about the teams</source>
        <translation>skrive noter om teamene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="61"/>
        <source>change residents&apos; details</source>
        <translation>ændre oplysninger om beboerne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="62"/>
        <source>change staff records</source>
        <translation>ændre oplysninger om medarbejdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="63"/>
        <source>change the house settings</source>
        <translation>ændre stedets indstillinger</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="64"/>
        <source>change individual plans</source>
        <translation>ændre handleplaner</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="65"/>
        <source>start individual plans and change those of others</source>
        <translation>starte handleplaner og ændre andres</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="66"/>
        <source>approve individual plans</source>
        <translation>godkende handleplaner</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="67"/>
        <source>override the team rules</source>
        <translation>tilsidesætte teamreglerne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="68"/>
        <source>manage accounts</source>
        <translation>administrere brugerkonti</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="69"/>
        <source>print and export</source>
        <translation>udskrive og eksportere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="71"/>
        <source>make backups</source>
        <translation>tage sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="72"/>
        <source>restore backups</source>
        <translation>genskabe sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="73"/>
        <source>train, pair and guide coordinators</source>
        <translation>uddanne, sætte sammen og vejlede tovholdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="74"/>
        <source>prepare meetings</source>
        <translation>forberede møder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="75"/>
        <source>prepare meetings about every plan</source>
        <translation>forberede møder om alle planer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="76"/>
        <source>sync with the house&apos;s other PCs</source>
        <translation>synkronisere med stedets andre pc&apos;er</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="77"/>
        <source>change rotas and shift kinds</source>
        <translation>ændre vagtplaner og vagttyper</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="82"/>
        <source>leaders</source>
        <translation>ledere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="83"/>
        <source>coordinators</source>
        <translation>tovholdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="158"/>
        <location filename="../../src/teamdesk/services/context.py" line="84"/>
        <source>staff</source>
        <translation>medarbejdere</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="85"/>
        <source>read-only accounts</source>
        <translation>konti med kun læseadgang</translation>
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
        <translation>Ingen af {resident}s folk er på {count} af vagtplanens vagter (grænsen er {limit}); de første: {shifts}. Overvej nogen på de vagter i teamet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota_rules.py" line="169"/>
        <source>{staff} is primary contact for {resident} but is on shift on {days} of the rota&apos;s {cycle} days ({share} %, under {limit} %): too few to follow {resident} up.</source>
        <translation>{staff} er kontaktperson for {resident}, men er på vagt {days} af vagtplanens {cycle} dage ({share} %, under {limit} %): for lidt til at følge op på {resident}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota_rules.py" line="194"/>
        <source>week {week} {weekday} {code}</source>
        <translation>uge {week} {weekday} {code}</translation>
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
        <translation>{name} ({role}) må ikke gøre dette: {action}. {ask}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="240"/>
        <source>{name} works for one unit, and may not {action}: that is for the whole house. Ask an administrator, or a leader who is not tied to one unit.</source>
        <translation>{name} arbejder for én afdeling og må ikke {action}: det gælder hele stedet. Spørg en administrator eller en leder, der ikke er knyttet til én afdeling.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="259"/>
        <source>Ask a leader or an administrator.</source>
        <translation>Spørg en leder eller en administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="274"/>
        <source>Only {roles} may {action}.</source>
        <translation>Kun {roles} må {action}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="282"/>
        <source>This change cannot be undone or redone.</source>
        <translation>Denne ændring kan ikke fortrydes eller gentages.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/context.py" line="306"/>
        <source>{name} works in another unit and may not open this record. Ask a leader of that unit.</source>
        <translation>{name} arbejder i en anden afdeling og må ikke åbne disse oplysninger. Spørg en leder i den afdeling.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/inputs.py" line="58"/>
        <source>The {what} contains a character that cannot be shown or printed ({character}, character {position}). Remove it and try again.</source>
        <translation>Feltet »{what}« indeholder et tegn, der ikke kan vises eller udskrives ({character}, tegn nummer {position}). Fjern det, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/inputs.py" line="74"/>
        <source>The {what} is {length} characters long; it can be at most {limit}. Shorten it.</source>
        <translation>Feltet »{what}« er {length} tegn langt; det må højst være {limit}. Gør det kortere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/inputs.py" line="81"/>
        <source>The {what} cannot be empty.</source>
        <translation>Feltet »{what}« må ikke være tomt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/inputs.py" line="93"/>
        <source>The {what} must fit on one line.</source>
        <translation>Feltet »{what}« skal stå på én linje.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/inputs.py" line="168"/>
        <source>The {what} is not a date.</source>
        <translation>Feltet »{what}« er ikke en dato.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="173"/>
        <source>«{value}» is not a time of day; write it as 13:30.</source>
        <translation>»{value}« er ikke et klokkeslæt; skriv det som 13.30.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="180"/>
        <source>A meeting lasts between 5 and 600 minutes, not {value}.</source>
        <translation>Et møde varer mellem 5 og 600 minutter, ikke {value}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="197"/>
        <location filename="../../src/teamdesk/services/plan.py" line="321"/>
        <source>This plan no longer exists.</source>
        <translation>Denne plan findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="222"/>
        <source>Only the plan&apos;s coordinator ({coordinator}) or a leader prepares the meetings of this plan.</source>
        <translation>Kun planens tovholder ({coordinator}) eller en leder forbereder møderne om denne plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="237"/>
        <source>This meeting no longer exists.</source>
        <translation>Dette møde findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="113"/>
        <source>This meeting is cancelled. Set it back to planned to change it.</source>
        <translation>Dette møde er aflyst. Sæt det tilbage til planlagt for at ændre det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="254"/>
        <location filename="../../src/teamdesk/services/plan.py" line="953"/>
        <source>This {what} no longer exists.</source>
        <translation>Det valgte ({what}) findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="424"/>
        <source>This plan has ended; meetings are prepared for living plans.</source>
        <translation>Denne plan er afsluttet; der forberedes møder til planer, der er i brug.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="427"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="516"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="798"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="821"/>
        <source>meeting date</source>
        <translation>mødedato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="437"/>
        <source>A meeting about this plan is already set for {date} at {time}. Open it on the Meetings page, or choose another day or time.</source>
        <translation>Der er allerede sat et møde om denne plan den {date} kl. {time}. Åbn det på siden Møder, eller vælg en anden dag eller et andet tidspunkt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="548"/>
        <source>The meeting is on {date}; it can be marked as held from that day.</source>
        <translation>Mødet er den {date}; det kan markeres som afholdt fra og med den dag.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="571"/>
        <source>date of the next meeting</source>
        <translation>dato for næste møde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="619"/>
        <source>Only a participant in this plan can be invited this way.</source>
        <translation>Kun en deltager i denne plan kan inviteres på denne måde.</translation>
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
        <translation>Denne medarbejder findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="608"/>
        <location filename="../../src/teamdesk/services/meetings.py" line="639"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1051"/>
        <source>participant&apos;s name</source>
        <translation>deltagerens navn</translation>
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
        <translation>deltager</translation>
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
        <translation>punkt på dagsordenen</translation>
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
        <translation>Den ansvarlige skal være deltager i denne plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="770"/>
        <source>A decision belongs under an item of the same meeting.</source>
        <translation>En beslutning hører til et punkt på det samme møde.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="776"/>
        <source>The due date {due} is before the meeting ({date}).</source>
        <translation>Fristen {due} ligger før mødet ({date}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="822"/>
        <source>This decision no longer exists.</source>
        <translation>Denne beslutning findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="858"/>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="860"/>
        <source>A decision is marked done once it is done.</source>
        <translation>En beslutning markeres som udført, når den er gjort.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="895"/>
        <source>«{what}» is already a measure in the plan.</source>
        <translation>»{what}« er allerede en indsats i planen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="986"/>
        <source>time zone</source>
        <translation>tidszone</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="990"/>
        <source>“{zone}” is not a time zone TeamDesk knows. Write it as region and city, for example Europe/Oslo.</source>
        <translation>»{zone}« er ikke en tidszone, TeamDesk kender. Skriv den som region og by, for eksempel Europe/Copenhagen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="1024"/>
        <source>About the individual plan of {resident}.</source>
        <translation>Om {resident}s handleplan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="1025"/>
        <source>Called by {coordinator}.</source>
        <translation>Indkaldt af {coordinator}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="1029"/>
        <source>Agenda:</source>
        <translation>Dagsorden:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/meetings.py" line="1032"/>
        <source>Invited:</source>
        <translation>Inviteret:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="199"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="565"/>
        <source>This mentorship no longer exists.</source>
        <translation>Dette mentorforløb findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="299"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="732"/>
        <source>This network no longer exists.</source>
        <translation>Dette netværk findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="463"/>
        <source>completion date</source>
        <translation>dato for gennemført kursus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="465"/>
        <source>A course is recorded once it is completed.</source>
        <translation>Et kursus registreres, når det er gennemført.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="471"/>
        <source>course</source>
        <translation>kursus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="473"/>
        <source>course provider</source>
        <translation>kursusudbyder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="485"/>
        <source>This training record no longer exists.</source>
        <translation>Denne kursusregistrering findes ikke længere.</translation>
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
        <translation>slutdato</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="517"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="583"/>
        <source>The mentorship cannot end ({end}) before it starts ({start}).</source>
        <translation>Mentorforløbet kan ikke slutte ({end}), før det begynder ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="521"/>
        <source>reason for the approval</source>
        <translation>begrundelse for godkendelsen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="543"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="577"/>
        <source>focus of the mentorship</source>
        <translation>fokus for mentorforløbet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="627"/>
        <source>date of the session</source>
        <translation>dato for samtalen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="630"/>
        <source>A guidance session is recorded once it has taken place.</source>
        <translation>En vejledningssamtale registreres, når den har fundet sted.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="638"/>
        <source>A session lasts between 1 and 600 minutes, not {minutes}.</source>
        <translation>En samtale varer mellem 1 og 600 minutter, ikke {minutes}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="643"/>
        <source>topics</source>
        <translation>emner</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="643"/>
        <source>notes</source>
        <translation>noter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="667"/>
        <source>The mentorship started {start}; a session cannot be before that.</source>
        <translation>Mentorforløbet begyndte {start}; en samtale kan ikke ligge før det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="682"/>
        <source>This guidance session no longer exists.</source>
        <translation>Denne vejledningssamtale findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="703"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1332"/>
        <location filename="../../src/teamdesk/services/team.py" line="631"/>
        <source>The limit must be at least 1.</source>
        <translation>Grænsen skal være mindst 1.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="720"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="743"/>
        <source>network&apos;s name</source>
        <translation>netværkets navn</translation>
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
        <translation>{staff} er ikke længere aktiv.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="783"/>
        <source>This member is no longer in the network.</source>
        <translation>Dette medlem er ikke længere med i netværket.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="799"/>
        <location filename="../../src/teamdesk/services/mentoring.py" line="822"/>
        <source>topic</source>
        <translation>emne</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="810"/>
        <source>This network meeting no longer exists.</source>
        <translation>Dette netværksmøde findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="843"/>
        <source>Attendance is recorded on or after the day of the meeting.</source>
        <translation>Fremmøde registreres på mødedagen eller senere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="877"/>
        <source>Unit</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="879"/>
        <source>Plans now</source>
        <translation>Planer nu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="880"/>
        <source>Plans ever</source>
        <translation>Planer i alt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="881"/>
        <source>Coordinator course</source>
        <translation>Tovholderkursus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="882"/>
        <source>Other courses</source>
        <translation>Andre kurser</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="884"/>
        <source>Mentees</source>
        <translation>Mentor for</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/mentoring.py" line="887"/>
        <source>Networks</source>
        <translation>Netværk</translation>
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
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="468"/>
        <source>This plan has no approved version {number}.</source>
        <translation>Denne plan har ingen godkendt version {number}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="556"/>
        <source>Give a resident&apos;s name or id.</source>
        <translation>Skriv en beboers navn eller id.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="578"/>
        <source>No resident is called «{name}». Check the spelling, or use the id.</source>
        <translation>Ingen beboer hedder »{name}«. Kontrollér stavemåden, eller brug id&apos;et.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="587"/>
        <source>{count} residents match «{name}»: {listed}. Use the full name or the id.</source>
        <translation>{count} beboere passer til »{name}«: {listed}. Brug hele navnet eller id&apos;et.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="616"/>
        <source>{resident} already has an individual plan. Revise that plan instead of starting a new one.</source>
        <translation>{resident} har allerede en handleplan. Revidér den plan i stedet for at starte en ny.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="640"/>
        <source>The plan&apos;s owner</source>
        <translation>Planens ejer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="291"/>
        <source>This plan has ended and is kept as it was. To change it, set its status back to «under revision».</source>
        <translation>Denne plan er afsluttet og gemmes, som den var. Sæt status tilbage til »under revision« for at ændre den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="244"/>
        <source>what may be shared</source>
        <translation>hvad der må deles</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="277"/>
        <source>Only the plan&apos;s coordinator ({coordinator}) or a leader may change this plan; you can read it.</source>
        <translation>Kun planens tovholder ({coordinator}) eller en leder må ændre denne plan; du kan læse den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="385"/>
        <source>{profile} is not a plan profile TeamDesk knows.</source>
        <translation>{profile} er ikke en plantype, TeamDesk kender.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="706"/>
        <source>The plan period cannot end ({end}) before it starts ({start}).</source>
        <translation>Planperioden kan ikke slutte ({end}), før den begynder ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="723"/>
        <source>A plan becomes active when a version is approved. Approve it instead.</source>
        <translation>En plan bliver aktiv, når en version godkendes. Godkend den i stedet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="733"/>
        <source>The resident has another living plan; this one stays ended.</source>
        <translation>Beboeren har en anden plan i brug; denne forbliver afsluttet.</translation>
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
        <translation>Skriv datoen, hvor samtykket blev givet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="821"/>
        <location filename="../../src/teamdesk/services/plan.py" line="889"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1077"/>
        <source>A consent cannot be dated in the future.</source>
        <translation>Et samtykke kan ikke dateres ud i fremtiden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="824"/>
        <source>description of how consent was given</source>
        <translation>beskrivelse af, hvordan samtykket blev givet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="858"/>
        <source>A joined plan (Serviceloven § 141 stk. 7) belongs to the Danish shared development plan; this house writes another plan.</source>
        <translation>En helhedsorienteret plan (serviceloven § 141, stk. 7) hører til den danske fælles udviklingsplan; dette sted skriver en anden plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="883"/>
        <source>Only a joined plan needs this consent. Mark the plan as one first.</source>
        <translation>Kun en helhedsorienteret plan kræver dette samtykke. Markér først planen som en helhedsorienteret plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="975"/>
        <source>A sub-goal belongs under a main goal of this plan.</source>
        <translation>Et delmål hører under et hovedmål i denne plan.</translation>
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
        <translation>Dette mål står allerede øverst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1020"/>
        <source>This goal is already at the bottom.</source>
        <translation>Dette mål står allerede nederst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1069"/>
        <source>The consent to share information cannot expire ({expires}) before it was given ({given}).</source>
        <translation>Samtykket til at dele oplysninger kan ikke udløbe ({expires}), før det blev givet ({given}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1133"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1135"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1174"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1183"/>
        <location filename="../../src/teamdesk/services/plan.py" line="1201"/>
        <source>measure</source>
        <translation>indsats</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1142"/>
        <source>A measure can only serve a goal of the same plan.</source>
        <translation>En indsats kan kun høre til et mål i den samme plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1148"/>
        <source>The responsible person must take part in the same plan.</source>
        <translation>Den ansvarlige skal være deltager i den samme plan.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1193"/>
        <source>This measure is already at the top.</source>
        <translation>Denne indsats står allerede øverst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1194"/>
        <source>This measure is already at the bottom.</source>
        <translation>Denne indsats står allerede nederst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1226"/>
        <source>The plan cannot be approved yet. Missing: {missing}</source>
        <translation>Planen kan ikke godkendes endnu. Mangler: {missing}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1237"/>
        <source>Nothing has changed since version {number} was approved.</source>
        <translation>Intet er ændret, siden version {number} blev godkendt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1293"/>
        <location filename="../../src/teamdesk/services/rota.py" line="612"/>
        <source>note</source>
        <translation>bemærkning</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/plan.py" line="1306"/>
        <source>This case role no longer exists.</source>
        <translation>Denne rolle i sagen findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="248"/>
        <source>The password is not right for {name} in the backup&apos;s copy of the key file {path}. Nothing was changed.</source>
        <translation>Adgangskoden passer ikke til {name} i sikkerhedskopiens kopi af nøglefilen {path}. Intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="269"/>
        <source>The backup {path} belongs to another TeamDesk installation, not to this data folder. Nothing was changed. Only an administrator of this data folder can put it in place, by confirming it (teamdesk restore --backup FILE --other-installation).</source>
        <translation>Sikkerhedskopien {path} hører til en anden TeamDesk-installation, ikke til denne datamappe. Intet blev ændret. Kun en administrator af denne datamappe kan tage den i brug ved at bekræfte det (teamdesk restore --backup FIL --other-installation).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="285"/>
        <source>The account {name} is not active in this database or its backups.</source>
        <translation>Kontoen {name} er ikke aktiv i denne database eller dens sikkerhedskopier.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="291"/>
        <source>Ask an administrator.</source>
        <translation>Spørg en administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="528"/>
        <source>Only an administrator may restore a backup.</source>
        <translation>Kun en administrator må genskabe en sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="664"/>
        <source>The key file {path} is there and readable; sign in as usual.</source>
        <translation>Nøglefilen {path} er der og kan læses; log ind som normalt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="671"/>
        <source>There is no database in {folder}; restore the newest backup instead (it brings its own copy of the key file).</source>
        <translation>Der er ingen database i {folder}; genskab i stedet den nyeste sikkerhedskopi (den har sin egen kopi af nøglefilen med).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="697"/>
        <source>The account {name} is not active in this database. Ask an administrator.</source>
        <translation>Kontoen {name} er ikke aktiv i denne database. Spørg en administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="728"/>
        <source>No backup in {folder} has a copy of the key file with the account {name}. Ask your IT contact for a copy of the data folder.</source>
        <translation>Ingen sikkerhedskopi i {folder} har en kopi af nøglefilen med kontoen {name}. Bed din it-kontakt om en kopi af datamappen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="777"/>
        <source>The newest backup of this data folder is from {date}, {days} days ago. A backup is taken at the day&apos;s first sign-in, so they are failing: check the free space on the disk and that {folder} can be written, or ask your IT contact.</source>
        <translation>Den nyeste sikkerhedskopi af denne datamappe er fra {date}, for {days} dage siden. Der tages en sikkerhedskopi ved dagens første log ind, så noget går galt: kontrollér, at der er ledig plads på disken, og at der kan skrives i {folder}, eller spørg din it-kontakt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/recovery.py" line="795"/>
        <source>This data folder has no backup. A backup is taken at the day&apos;s first sign-in, so they are failing: check the free space on the disk and that {folder} can be written, or ask your IT contact.</source>
        <translation>Denne datamappe har ingen sikkerhedskopi. Der tages en sikkerhedskopi ved dagens første log ind, så noget går galt: kontrollér, at der er ledig plads på disken, og at der kan skrives i {folder}, eller spørg din it-kontakt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="280"/>
        <source>That PIN is not right. {left} more tries, then the password is needed.</source>
        <translation>Pinkoden er forkert. {left} forsøg mere, så skal adgangskoden bruges.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="302"/>
        <source>That password does not open this TeamDesk.</source>
        <translation>Den adgangskode åbner ikke denne TeamDesk.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="329"/>
        <source>The account {name} can no longer sign in. Ask an administrator.</source>
        <translation>Kontoen {name} kan ikke længere logge ind. Spørg en administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="344"/>
        <source>Type your password to continue.</source>
        <translation>Skriv din adgangskode for at fortsætte.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="346"/>
        <source>The PIN was wrong {n} times. Type your password to continue.</source>
        <translation>Pinkoden var forkert {n} gange. Skriv din adgangskode for at fortsætte.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/bootstrap.py" line="112"/>
        <location filename="../../src/teamdesk/services/signin.py" line="371"/>
        <source>{folder} is already set up. Sign in instead.</source>
        <translation>{folder} er allerede sat op. Log ind i stedet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/bootstrap.py" line="230"/>
        <source>{folder} holds data that is not TeamDesk&apos;s demo, so the demo will not use it. Start without --demo to open that data, or give --demo an empty folder.</source>
        <translation>{folder} indeholder data, der ikke er TeamDesks demo, så demoen bruger den ikke. Start uden --demo for at åbne de data, eller giv --demo en tom mappe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="445"/>
        <source>The account {name} is not active in this database (it was switched off, or the database was restored from an older backup). Ask an administrator.</source>
        <translation>Kontoen {name} er ikke aktiv i denne database (den er slået fra, eller databasen er genskabt fra en ældre sikkerhedskopi). Spørg en administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="514"/>
        <source>More than one account is named {name} here, so nothing was tried. Sign in with your account id ({ids}), and ask an administrator to rename one so people can tell them apart.</source>
        <translation>Mere end én konto hedder {name} her, så intet blev prøvet. Log ind med dit konto-id ({ids}), og bed en administrator omdøbe en af dem, så man kan kende dem fra hinanden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="526"/>
        <source>There is no account named {name} here. Check the spelling, or ask an administrator.</source>
        <translation>Der er ingen konto med navnet {name} her. Kontrollér stavemåden, eller spørg en administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="565"/>
        <source>This account can no longer sign in here.</source>
        <translation>Denne konto kan ikke længere logge ind her.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="580"/>
        <source>The key file&apos;s entry for {name} is damaged, so no password can open it (this is not a wrong password, and nothing was counted). Other accounts can still sign in. An administrator puts the key file back from a backup: teamdesk restore --key-file.</source>
        <translation>Nøglefilens post for {name} er beskadiget, så ingen adgangskode kan åbne den (det er ikke en forkert adgangskode, og intet blev talt med). Andre konti kan stadig logge ind. En administrator lægger nøglefilen tilbage fra en sikkerhedskopi: teamdesk restore --key-file.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="606"/>
        <source>The password is not right for {name}, and TeamDesk could not count the wrong try in the key file ({error}). Ask your IT contact to make the data folder writable.</source>
        <translation>Adgangskoden til {name} er forkert, og TeamDesk kunne ikke tælle det forkerte forsøg i nøglefilen ({error}). Bed din it-kontakt om at gøre datamappen skrivbar.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="619"/>
        <source>The password is not right for {name}. {left} more tries before the account is locked for a while.</source>
        <translation>Adgangskoden til {name} er forkert. {left} forsøg mere, før kontoen låses et stykke tid.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/signin.py" line="673"/>
        <source>{name} is locked after too many wrong passwords, until {until} (UTC). Try again then, or ask an administrator to set a new password.</source>
        <translation>{name} er låst efter for mange forkerte adgangskoder indtil {until} (UTC). Prøv igen til den tid, eller bed en administrator om at give en ny adgangskode.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="375"/>
        <source>unit name</source>
        <translation>afdelingens navn</translation>
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
        <translation>Dette medlemskab af teamet findes ikke længere.</translation>
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
        <translation>Række {row} er udeladt: {heading} »{text}« er ukendt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/resident_import.py" line="92"/>
        <source>Row {row}: {name} is not found among the staff, so left out as a contact.</source>
        <translation>Række {row}: {name} findes ikke blandt medarbejderne og er derfor udeladt som kontaktperson.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/resident_import.py" line="99"/>
        <location filename="../../src/teamdesk/services/staff_import.py" line="121"/>
        <source>Already registered, so left as they are: {names}.</source>
        <translation>Allerede registreret og derfor uændret: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/resident_import.py" line="105"/>
        <source>New residents to register: {count}. Contacts and team members to give: {contacts}.</source>
        <translation>Nye beboere, der registreres: {count}. Kontaktpersoner og teammedlemmer, der tildeles: {contacts}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/resident_import.py" line="145"/>
        <location filename="../../src/teamdesk/services/staff_import.py" line="242"/>
        <source>{file} has no column of names. Its columns are: {columns}.</source>
        <translation>{file} har ingen kolonne med navne. Kolonnerne er: {columns}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/resident_import.py" line="171"/>
        <location filename="../../src/teamdesk/services/team.py" line="457"/>
        <source>room</source>
        <translation>værelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/resident_import.py" line="259"/>
        <location filename="../../src/teamdesk/services/staff_import.py" line="337"/>
        <source>{name} was registered since the preview. Import the file again to see what is new.</source>
        <translation>{name} er registreret efter forhåndsvisningen. Importér filen igen for at se, hvad der er nyt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="459"/>
        <source>what matters</source>
        <translation>det, der er vigtigt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="465"/>
        <source>The move-out date {out} is before the move-in date {into}.</source>
        <translation>Udflytningsdatoen {out} ligger før indflytningsdatoen {into}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="110"/>
        <source>Not found among the staff, so left out: {names}.</source>
        <translation>Ikke fundet blandt medarbejderne, så de er udeladt: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="121"/>
        <source>Unknown shift codes, so those days are left as they are: {codes}.</source>
        <translation>Ukendte vagtkoder, så de dage bliver som de er: {codes}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="132"/>
        <source>A new rota of {weeks} weeks starting {day} will be made for the unit.</source>
        <translation>Der laves en ny vagtplan på {weeks} uger fra {day} for afdelingen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="138"/>
        <source>{people} staff: {shifts} shifts and {off} days off will be written.</source>
        <translation>{people} medarbejdere: {shifts} vagter og {off} fridage bliver skrevet ind.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="194"/>
        <source>{file} has no column {column}. Its columns are: {columns}.</source>
        <translation>{file} har ingen kolonne {column}. Kolonnerne er: {columns}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="211"/>
        <source>The unit has no rota yet and the file&apos;s days are cycle days, so say when the rota starts (the date of its day 1).</source>
        <translation>Afdelingen har ingen vagtplan endnu, og filens dage er dage i vagtplanen, så angiv, hvornår vagtplanen begynder (datoen for dag 1).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="231"/>
        <source>{day} is before the rota starts ({start}).</source>
        <translation>{day} er før vagtplanen begynder ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="265"/>
        <location filename="../../src/teamdesk/services/staff_import.py" line="263"/>
        <location filename="../../src/teamdesk/services/team.py" line="496"/>
        <source>staff member&apos;s name</source>
        <translation>medarbejderens navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="278"/>
        <source>{name} is also in row {other}; a person has one line in the rota.</source>
        <translation>{name} står også i række {other}; hver person har én linje i vagtplanen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="304"/>
        <source>this date is the same day of the rota&apos;s cycle as column {other}, which says otherwise. Import one cycle at a time.</source>
        <translation>denne dato er samme dag i vagtplanen som kolonne {other}, der siger noget andet. Importér én periode ad gangen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="336"/>
        <source>The unit&apos;s rota changed since the preview. Import the file again.</source>
        <translation>Afdelingens vagtplan er ændret siden forhåndsvisningen. Importér filen igen.</translation>
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
        <translation>filen blander kolonner med datoer og kolonner med dage i vagtplanen. Brug det ene eller det andet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota_import.py" line="415"/>
        <source>{file} has no columns of days: the headings after the person&apos;s column should be dates (08.02.2025) or days of the cycle (1, 2, 3...).</source>
        <translation>{file} har ingen kolonner med dage: overskrifterne efter personens kolonne skal være datoer (08.02.2025) eller dage i vagtplanen (1, 2, 3 …).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="498"/>
        <source>initials</source>
        <translation>initialer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/staff_import.py" line="111"/>
        <source>Row {row}: the education “{text}” is not recognised, so it is registered as other education.</source>
        <translation>Række {row}: uddannelsen »{text}« genkendes ikke og registreres derfor som anden uddannelse.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/staff_import.py" line="125"/>
        <source>New staff to register: {count}.</source>
        <translation>Nye medarbejdere, der registreres: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_rota.py" line="90"/>
        <location filename="../../src/teamdesk/services/staff_import.py" line="268"/>
        <location filename="../../src/teamdesk/services/team.py" line="500"/>
        <source>employee number</source>
        <translation>medarbejdernummer</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="507"/>
        <source>A position is between 0 and 100 percent, not {fte}.</source>
        <translation>En stilling er mellem 0 og 100 procent, ikke {fte}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="527"/>
        <source>{staff} is no longer active and cannot be given a role. Choose someone else, or mark {staff} as active on the Staff page.</source>
        <translation>{staff} er ikke længere aktiv og kan ikke få en rolle. Vælg en anden, eller markér {staff} som aktiv på siden Medarbejdere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/merge_choices.py" line="48"/>
        <location filename="../../src/teamdesk/services/team.py" line="580"/>
        <source>This assignment no longer exists.</source>
        <translation>Denne tildeling findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="599"/>
        <source>The absence ends ({to}) before it begins ({start}).</source>
        <translation>Fraværet slutter ({to}), før det begynder ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="610"/>
        <source>reason for the absence</source>
        <translation>årsag til fraværet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="621"/>
        <source>This absence no longer exists.</source>
        <translation>Dette fravær findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/team.py" line="638"/>
        <source>role name</source>
        <translation>rollens navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/backup.py" line="69"/>
        <source>The backup {path} failed its check ({detail}) and was removed. The database itself was not changed. Check the disk, then try again.</source>
        <translation>Sikkerhedskopien {path} bestod ikke kontrollen ({detail}) og blev fjernet. Selve databasen er ikke ændret. Kontrollér disken, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/backup.py" line="85"/>
        <source>No backup could be taken: the disk holding {folder} is full. Your work is saved as usual, but it is not backed up until there is room. Free some space, or ask your IT contact.</source>
        <translation>Der kunne ikke tages en sikkerhedskopi: disken med {folder} er fuld. Dit arbejde gemmes som normalt, men der tages ikke sikkerhedskopi, før der er plads. Frigør noget plads, eller spørg din it-kontakt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/backup.py" line="102"/>
        <source>No backup could be taken: the folder {folder} is read-only for this account. Your work is saved as usual, but it is not backed up. Ask your IT contact to give the TeamDesk users write access to it.</source>
        <translation>Der kunne ikke tages en sikkerhedskopi: mappen {folder} er skrivebeskyttet for denne konto. Dit arbejde gemmes som normalt, men der tages ikke sikkerhedskopi. Bed din it-kontakt om at give TeamDesk-brugerne skriveadgang til mappen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/backup.py" line="632"/>
        <source>The backup {path} cannot be restored: {detail}. Nothing was changed. Choose another backup.</source>
        <translation>Sikkerhedskopien {path} kan ikke genskabes: {detail}. Intet blev ændret. Vælg en anden sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="23"/>
        <source>The file {path} is not a TeamDesk database{detail}. It was left as it was. Choose another data folder, or restore a backup.</source>
        <translation>Filen {path} er ikke en TeamDesk-database{detail}. Den er ikke rørt. Vælg en anden datamappe, eller genskab en sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="39"/>
        <source>The database {path} is damaged{detail}. TeamDesk did not change it. Restore the newest backup, or ask your IT contact for help.</source>
        <translation>Databasen {path} er beskadiget{detail}. TeamDesk har ikke ændret den. Genskab den nyeste sikkerhedskopi, eller bed din it-kontakt om hjælp.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="55"/>
        <source>The database {path} was made by a newer version of TeamDesk (schema {found}; this version reads up to {supported}). It was left as it was. Install the newest TeamDesk on this PC.</source>
        <translation>Databasen {path} er lavet af en nyere version af TeamDesk (skema {found}; denne version læser til og med {supported}). Den er ikke rørt. Installér den nyeste TeamDesk på denne pc.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="72"/>
        <source>The database is in use by another TeamDesk window or program. Nothing was lost; try again in a moment.</source>
        <translation>Databasen bruges af et andet TeamDesk-vindue eller program. Intet gik tabt; prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="87"/>
        <source>TeamDesk has closed the database for a moment while its key is replaced. Nothing was lost; try again in a moment.</source>
        <translation>TeamDesk har lukket databasen et øjeblik, mens nøglen skiftes. Intet gik tabt; prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="101"/>
        <source>The disk is full, so TeamDesk could not save. Free some space (or ask your IT contact) and try again; everything saved before is safe.</source>
        <translation>Disken er fuld, så TeamDesk kunne ikke gemme. Frigør noget plads (eller spørg din it-kontakt), og prøv igen; alt, hvad der er gemt før, er i sikkerhed.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="152"/>
        <source>Beside the database {path} lies a file of unsaved changes ({wal}) that does not belong to it: it is older than the database, perhaps copied back from an older copy of the folder. Applying it would overwrite newer work, so TeamDesk did not apply it and changed nothing. Move {wal} out of the folder (keep it for your IT contact) and start TeamDesk again.</source>
        <translation>Ved siden af databasen {path} ligger en fil med ikke-gemte ændringer ({wal}), som ikke hører til den: den er ældre end databasen og er måske kopieret tilbage fra en ældre kopi af mappen. Hvis den blev brugt, ville den overskrive nyere arbejde, så TeamDesk har ikke brugt den og intet ændret. Flyt {wal} ud af mappen (gem den til din it-kontakt), og start TeamDesk igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="172"/>
        <source>TeamDesk cannot write to {path}{detail}: the folder or the file is read-only for this account. Nothing was changed. Ask your IT contact to give the TeamDesk users write access to the folder {folder}.</source>
        <translation>TeamDesk kan ikke skrive til {path}{detail}: mappen eller filen er skrivebeskyttet for denne konto. Intet blev ændret. Bed din it-kontakt om at give TeamDesk-brugerne skriveadgang til mappen {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="116"/>
        <source>The file {path} is an unencrypted SQLite database, perhaps another program&apos;s; TeamDesk keeps its data encrypted and opens only its own encrypted databases. It was left as it was. Choose another data folder, or restore a backup.</source>
        <translation>Filen {path} er en ukrypteret SQLite-database, måske fra et andet program; TeamDesk holder sine data krypteret og åbner kun sine egne krypterede databaser. Den er ikke rørt. Vælg en anden datamappe, eller genskab en sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/errors.py" line="134"/>
        <source>TeamDesk cannot use the key file {path} ({detail}). Without it the encrypted database cannot be opened. Nothing was changed. Every backup keeps a copy of it: put it back with &apos;teamdesk restore --key-file&apos;, or ask your IT contact for help.</source>
        <translation>TeamDesk kan ikke bruge nøglefilen {path} ({detail}). Uden den kan den krypterede database ikke åbnes. Intet blev ændret. Hver sikkerhedskopi har en kopi af den: læg den tilbage med &apos;teamdesk restore --key-file&apos;, eller bed din it-kontakt om hjælp.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="590"/>
        <source>The smoke test cannot sign in: there is no account named {name} here.</source>
        <translation>Røgtesten kan ikke logge ind: der er ingen konto, der hedder {name}, her.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="613"/>
        <source>The smoke test could not sign in: {reason}</source>
        <translation>Røgtesten kunne ikke logge ind: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/ui/security/signin_screen.py" line="622"/>
        <source>The smoke test signs in without a person: set TEAMDESK_USER and TEAMDESK_PASSWORD, or use --demo.</source>
        <translation>Røgtesten logger ind uden en person: sæt TEAMDESK_USER og TEAMDESK_PASSWORD, eller brug --demo.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/undo.py" line="190"/>
        <source>This step does not match what was saved, so it was not undone or redone. Nothing was changed.</source>
        <translation>Dette trin passer ikke med det, der blev gemt, så det blev hverken fortrudt eller gentaget. Intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/undo.py" line="212"/>
        <source>This record no longer exists, so nothing was changed.</source>
        <translation>Disse oplysninger findes ikke længere, så intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/undo.py" line="309"/>
        <source>An approved plan version cannot be changed. Only the newest approval can be undone or redone, by the person who approved it.</source>
        <translation>En godkendt version af planen kan ikke ændres. Kun den nyeste godkendelse kan fortrydes eller gentages, og kun af den, der godkendte den.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/undo.py" line="371"/>
        <source>{name} has changed this since, so undoing would overwrite that change. Nothing was changed.</source>
        <translation>{name} har ændret dette siden, så en fortrydelse ville overskrive den ændring. Intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/undo.py" line="376"/>
        <source>{name} has changed this since, so redoing would overwrite that change. Nothing was changed.</source>
        <translation>{name} har ændret dette siden, så en gentagelse ville overskrive den ændring. Intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/exports.py" line="39"/>
        <source>{path} is not an ordinary file (it is a folder, a device or a pipe), so TeamDesk does not write the export there. Choose another file name.</source>
        <translation>{path} er ikke en almindelig fil (det er en mappe, en enhed eller en pipe), så TeamDesk gemmer ikke eksporten der. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/trust.py" line="161"/>
        <source>The key that signs roles in the key file is not the one your account trusts: someone replaced it. Roles are read-only until an administrator has looked into it; run &apos;teamdesk check&apos;.</source>
        <translation>Nøglen, der signerer roller i nøglefilen, er ikke den, din konto stoler på: nogen har skiftet den ud. Rollerne kan kun læses, indtil en administrator har set på det; kør &apos;teamdesk check&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/trust.py" line="175"/>
        <source>The key that signs roles is gone from the key file and the database, though your account trusts one: someone removed it. Roles are read-only until an administrator has looked into it; run &apos;teamdesk check&apos;.</source>
        <translation>Nøglen, der signerer roller, er væk fra nøglefilen og databasen, selv om din konto stoler på en: nogen har fjernet den. Rollerne kan kun læses, indtil en administrator har set på det; kør &apos;teamdesk check&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/trust.py" line="312"/>
        <source>Your account&apos;s grant does not match the database ({problem}). You hold the key that signs roles, so you stay administrator: check the accounts.</source>
        <translation>Din kontos tildeling passer ikke med databasen ({problem}). Du har nøglen, der signerer roller, så du er stadig administrator: se brugerkontiene igennem.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/trust.py" line="328"/>
        <source>The role of {name} in the database is not the one an administrator signed ({problem}), so this session is read-only. Ask an administrator.</source>
        <translation>Rollen for {name} i databasen er ikke den, en administrator har signeret ({problem}), så denne session har kun læseadgang. Spørg en administrator.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/trust.py" line="440"/>
        <source>TeamDesk found a sign of tampering or an unfinished change: {problem}. Run &apos;teamdesk check&apos; and tell your IT contact.</source>
        <translation>TeamDesk fandt tegn på manipulation eller en ufærdig ændring: {problem}. Kør &apos;teamdesk check&apos;, og sig det til din it-kontakt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/text.py" line="86"/>
        <source>«{text}»</source>
        <translation>»{text}«</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/text.py" line="100"/>
        <source>{year}-{month}-{day}</source>
        <translation>{day}.{month}.{year}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/text.py" line="116"/>
        <source>{hour}:{minute}</source>
        <translation>{hour}.{minute}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="214"/>
        <source>This PC has no sync folder yet. Choose the shared folder the house&apos;s PCs sync through.</source>
        <translation>Denne pc har ingen synkroniseringsmappe endnu. Vælg den fælles mappe, som stedets pc&apos;er synkroniserer igennem.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/joining.py" line="68"/>
        <source>This PC already holds a TeamDesk database in {folder}. A PC joins a house only with an empty data folder; nothing was changed.</source>
        <translation>Denne pc har allerede en TeamDesk-database i {folder}. En pc tilknyttes et sted kun med en tom datamappe; intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="187"/>
        <location filename="../../src/teamdesk/sync/transport.py" line="122"/>
        <source>The sync folder {folder} cannot be reached. Check that the share or USB stick is connected; nothing was changed.</source>
        <translation>Synkroniseringsmappen {folder} kan ikke nås. Kontrollér, at netværksdrevet eller USB-nøglen er tilsluttet; intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/joining.py" line="80"/>
        <source>The folder {folder} holds no published TeamDesk house. Choose the folder an administrator published the house to, or ask them to publish it.</source>
        <translation>Mappen {folder} indeholder intet udgivet TeamDesk-sted. Vælg den mappe, en administrator udgav stedet til, eller bed en administrator om at udgive det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/joining.py" line="102"/>
        <source>No house published in {folder} has an account named {name}. Check the spelling; joining a PC needs an administrator of the house.</source>
        <translation>Intet sted udgivet i {folder} har en konto ved navn {name}. Tjek stavningen; det skal være en administrator på stedet, der tilknytter en pc.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/joining.py" line="124"/>
        <source>The password for {name} is not right. Nothing was changed.</source>
        <translation>Adgangskoden til {name} passer ikke. Intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/joining.py" line="158"/>
        <source>The house was given a new key after a PC was retired, and {name} was not an administrator then, so it cannot open it. An administrator of that time joins this PC, or publishes the house again first.</source>
        <translation>Stedet fik en ny nøgle, da en pc blev taget ud af brug, og {name} var ikke administrator dengang, så kontoen kan ikke åbne den. Lad en, der var administrator dengang, tilknytte denne pc, eller udgiv stedet igen først.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/joining.py" line="185"/>
        <location filename="../../src/teamdesk/services/joining.py" line="188"/>
        <location filename="../../src/teamdesk/services/joining.py" line="193"/>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="219"/>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="229"/>
        <source>A snapshot in the sync folder is damaged.</source>
        <translation>Et øjebliksbillede i synkroniseringsmappen er beskadiget.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/joining.py" line="214"/>
        <source>Only an administrator of the house can join a PC to it, and {name} is not one. Nothing was changed.</source>
        <translation>Kun en administrator på stedet kan tilknytte en pc, og {name} er ikke administrator. Intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="222"/>
        <source>This database has no key to seal change sets with.</source>
        <translation>Denne database har ingen nøgle til at forsegle ændringssæt med.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="232"/>
        <source>The sync folder {folder} holds another house&apos;s TeamDesk, not this house&apos;s. Choose this house&apos;s folder, or have an administrator publish this house there first.</source>
        <translation>Synkroniseringsmappen {folder} indeholder TeamDesk for et andet sted, ikke dette. Vælg dette steds mappe, eller lad en administrator udgive stedet dér først.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="249"/>
        <source>An administrator retired this PC from the house: it no longer syncs, and what was made here since stays on this PC only. To use it again, join it anew with an empty data folder.</source>
        <translation>En administrator har taget denne pc ud af brug på stedet: den synkroniserer ikke længere, og det, der er lavet her siden, bliver kun på denne pc. For at bruge den igen skal den tilknyttes på ny med en tom datamappe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="446"/>
        <source>Your account&apos;s own keys are not open in this session, so the new house key cannot be signed. Sign out and in again, then retry.</source>
        <translation>Kontoens egne nøgler er ikke åbne i denne session, så stedets nye nøgle kan ikke signeres. Log ud og ind igen, og prøv så igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="458"/>
        <source>This is the PC you are working on; retire it from another PC.</source>
        <translation>Det er den pc, du arbejder på; tag den ud af brug fra en anden pc.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="463"/>
        <source>No PC named {pc} has synced with this one. Sync first, then check the name in the list of PCs.</source>
        <translation>Ingen pc ved navn {pc} har synkroniseret med denne. Synkroniser først, og tjek så navnet i listen over pc&apos;er.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="473"/>
        <source>Several PCs are named {pc}; name the one to retire by its id: {ids}.</source>
        <translation>Flere pc&apos;er hedder {pc}; angiv den, der skal tages ud af brug, med dens id: {ids}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/sync.py" line="618"/>
        <source>Sync every 1 to {most} minutes.</source>
        <translation>Vælg mellem 1 og {most} minutter mellem hver synkronisering.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/changeset.py" line="120"/>
        <location filename="../../src/teamdesk/sync/changeset.py" line="135"/>
        <source>A change set in the sync folder is cut short.</source>
        <translation>Et ændringssæt i synkroniseringsmappen er afkortet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/changeset.py" line="123"/>
        <source>A file in the sync folder is not a TeamDesk change set.</source>
        <translation>En fil i synkroniseringsmappen er ikke et ændringssæt fra TeamDesk.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/changeset.py" line="127"/>
        <source>A change set in the sync folder was written by a newer TeamDesk; it is kept until this PC&apos;s TeamDesk is updated.</source>
        <translation>Et ændringssæt i synkroniseringsmappen er skrevet af en nyere TeamDesk; det gemmes, indtil TeamDesk på denne pc er opdateret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/changeset.py" line="150"/>
        <source>A change set in the sync folder is damaged; it was not applied.</source>
        <translation>Et ændringssæt i synkroniseringsmappen er beskadiget; det blev ikke indlæst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/changeset.py" line="160"/>
        <source>A change set in the sync folder belongs to another house; it was not applied. Check that this PC syncs with the right folder.</source>
        <translation>Et ændringssæt i synkroniseringsmappen hører til et andet sted; det blev ikke indlæst. Kontrollér, at denne pc synkroniserer med den rigtige mappe.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/changeset.py" line="176"/>
        <source>A change set in the sync folder is damaged, cut short or was altered; it was not applied.</source>
        <translation>Et ændringssæt i synkroniseringsmappen er beskadiget, afkortet eller ændret; det blev ikke indlæst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="159"/>
        <source>A change set in the sync folder is in the wrong place; it was not applied.</source>
        <translation>Et ændringssæt i synkroniseringsmappen ligger det forkerte sted; det blev ikke indlæst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="171"/>
        <source>Changes from another PC are sealed with a new house key this PC has not been given yet; they wait. An administrator signing in and syncing here brings the key.</source>
        <translation>Ændringer fra en anden pc er forseglet med en ny nøgle til stedet, som denne pc ikke har fået endnu; de venter. Når en administrator logger ind og synkroniserer her, følger nøglen med.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="189"/>
        <source>The PC {pc} was retired from the house; what it published afterwards is not applied.</source>
        <translation>Pc&apos;en {pc} er taget ud af brug på stedet; det, den har udgivet bagefter, bliver ikke indlæst.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="226"/>
        <source>The audit log the PC {pc} sent does not go on from the one it sent before: its history was changed on that PC. Its changes are not applied; tell your IT contact.</source>
        <translation>Revisionsloggen, som pc&apos;en {pc} sendte, hænger ikke sammen med den, den sendte før: historikken er ændret på den pc. Ændringerne derfra bliver ikke indlæst; giv besked til din it-kontakt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="242"/>
        <source>Changes from the PC {pc} could not be applied here ({problem}); they wait in the sync folder and nothing is lost. Tell your IT contact.</source>
        <translation>Ændringer fra pc&apos;en {pc} kunne ikke indlæses her ({problem}); de venter i synkroniseringsmappen, og intet er tabt. Giv besked til din it-kontakt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="265"/>
        <source>Changes from {count} other PCs are stamped well ahead of this PC&apos;s clock: this PC&apos;s clock is probably behind. Check its date and time.</source>
        <translation>Ændringer fra {count} andre pc&apos;er er stemplet et godt stykke foran uret på denne pc: uret på denne pc går sandsynligvis bagud. Kontrollér dato og klokkeslæt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="278"/>
        <source>Changes from the PC {pc} wait for an earlier change set (number {number}) that is not in the sync folder yet.</source>
        <translation>Ændringer fra pc&apos;en {pc} venter på et tidligere ændringssæt (nummer {number}), som ikke er i synkroniseringsmappen endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="286"/>
        <source>Changes from the PC {pc} wait for changes from another PC first.</source>
        <translation>Ændringer fra pc&apos;en {pc} venter først på ændringer fra en anden pc.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="384"/>
        <source>Changes from the PC {pc} were made by a newer TeamDesk; they are kept until this PC&apos;s TeamDesk is updated.</source>
        <translation>Ændringer fra pc&apos;en {pc} er lavet med en nyere TeamDesk; de gemmes, indtil TeamDesk på denne pc er opdateret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/engine.py" line="397"/>
        <source>The clock of the PC {pc} is wrong: its changes are stamped {time} (UTC), more than 10 minutes ahead of this PC. They wait until that PC&apos;s clock is put right or someone here applies them anyway; nothing was applied yet.</source>
        <translation>Uret på pc&apos;en {pc} går forkert: ændringerne derfra er stemplet {time} (UTC), mere end 10 minutter foran denne pc. De venter, indtil uret på den pc er rettet, eller nogen her indlæser dem alligevel; intet er indlæst endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/transport.py" line="284"/>
        <source>TeamDesk could not write to the sync folder {folder} ({problem}). Nothing was lost; the next sync tries again.</source>
        <translation>TeamDesk kunne ikke skrive til synkroniseringsmappen {folder} ({problem}). Intet gik tabt; næste synkronisering prøver igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/transport.py" line="329"/>
        <source>TeamDesk could not read the sync folder {folder} ({problem}).</source>
        <translation>TeamDesk kunne ikke læse synkroniseringsmappen {folder} ({problem}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/transport.py" line="415"/>
        <source>{place} is a server address; this version of TeamDesk syncs through a shared folder only. Choose the folder the house&apos;s PCs share.</source>
        <translation>{place} er en serveradresse; denne version af TeamDesk synkroniserer kun gennem en delt mappe. Vælg den mappe, som stedets pc&apos;er deler.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/my_plans.py" line="138"/>
        <source>No consent to the plan recorded yet. Ask {resident} and record it.</source>
        <translation>Der er endnu ikke registreret samtykke til planen. Spørg {resident}, og registrér det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/my_plans.py" line="219"/>
        <source>Next meeting: {kind}, {date} at {time}.</source>
        <translation>Næste møde: {kind}, {date} kl. {time}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/my_plans.py" line="249"/>
        <source>Decision you are responsible for: «{what}», due {date}.</source>
        <translation>Beslutning, du er ansvarlig for: »{what}«, frist {date}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="26"/>
        <source>What matters to me</source>
        <translation>Det, der er vigtigt for mig</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="28"/>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="29"/>
        <source>The resident&apos;s own contribution</source>
        <translation>Beboerens egen indsats</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="30"/>
        <source>Cooperation</source>
        <translation>Samarbejde</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="31"/>
        <source>Language and culture</source>
        <translation>Sprog og kultur</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="32"/>
        <source>Participation</source>
        <translation>Medvirken</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="34"/>
        <source>Reason for the coordinator despite a conflict</source>
        <translation>Begrundelse for tovholderen trods en konflikt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="36"/>
        <source>Measure: what</source>
        <translation>Indsats: hvad</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="37"/>
        <source>Measure: extent</source>
        <translation>Indsats: omfang</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="38"/>
        <source>Measure: how</source>
        <translation>Indsats: hvordan</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="39"/>
        <source>Participant&apos;s contribution</source>
        <translation>Deltagerens bidrag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="40"/>
        <source>Case role note</source>
        <translation>Note til sagsrollen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="41"/>
        <source>Reason for absence</source>
        <translation>Årsag til fraværet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="42"/>
        <source>Mentoring focus</source>
        <translation>Fokus for mentorforløbet</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="43"/>
        <source>Reason for approval</source>
        <translation>Begrundelse for godkendelsen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="44"/>
        <source>Guidance topics</source>
        <translation>Emner i vejledningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="45"/>
        <source>Guidance notes</source>
        <translation>Noter fra vejledningen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="46"/>
        <source>Network description</source>
        <translation>Beskrivelse af netværket</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="47"/>
        <location filename="../../src/teamdesk/services/conflicts.py" line="60"/>
        <source>Agenda item</source>
        <translation>Punkt på dagsordenen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="49"/>
        <location filename="../../src/teamdesk/services/conflicts.py" line="61"/>
        <source>Action</source>
        <translation>Opfølgningspunkt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="402"/>
        <source>Keep the plan {name} started on {date}</source>
        <translation>Behold planen, som {name} startede {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="425"/>
        <source>Keep the approval by {name} on {date}</source>
        <translation>Behold godkendelsen fra {name} {date}</translation>
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
        <translation>Beboere, der ikke har nogen af deres folk på denne vagt: {uncovered} af {total}. Vælg nogen, der dækker hver af dem, når vagten begynder.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/handover_pdf.py" line="54"/>
        <source>Every resident has one of their people on this shift.</source>
        <translation>Alle beboere har nogen af deres folk på denne vagt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/handover_pdf.py" line="57"/>
        <source>No unit</source>
        <translation>Ingen afdeling</translation>
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
        <translation>Værelse</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/handover_pdf.py" line="59"/>
        <source>Away</source>
        <translation>Væk</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="54"/>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
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
        <translation>Møde</translation>
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
        <translation>Vælg, om posten skal beholdes eller slettes.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="84"/>
        <location filename="../../src/teamdesk/services/merge_choices.py" line="21"/>
        <source>This was settled already, here or on another PC; nothing was changed.</source>
        <translation>Dette er allerede afgjort, her eller på en anden pc; intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="252"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="257"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="301"/>
        <source>A change made on two PCs at once waits for a person to choose. Open it to see both versions side by side.</source>
        <translation>En ændring, der blev foretaget på to pc&apos;er på samme tid, venter på, at en person vælger. Åbn den for at se begge versioner side om side.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="308"/>
        <source>{count} changes made on two PCs at once wait for a person to choose. Open them to see both versions side by side.</source>
        <translation>{count} ændringer, der blev foretaget på to pc&apos;er på samme tid, venter på, at en person vælger. Åbn dem for at se begge versioner side om side.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="342"/>
        <source>{resident} has {count} individual plans in use at once: they were started on different PCs. Keep one and end the others on the resident&apos;s plan page.</source>
        <translation>{resident} har {count} handleplaner i brug på samme tid: de blev startet på forskellige pc&apos;er. Behold én, og afslut de andre på beboerens planside.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/conflicts.py" line="368"/>
        <source>The individual plan of {resident} was approved as version {number} on two PCs at once ({names}). Both approvals are kept; check on the plan page which one is the plan agreed with the resident.</source>
        <translation>Handleplanen for {resident} blev godkendt som version {number} på to pc&apos;er på samme tid ({names}). Begge godkendelser er gemt; se på plansiden, hvilken der er den plan, der er aftalt med beboeren.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/store.py" line="1997"/>
        <source>The file of recent changes beside the database ({wal}) was damaged, so changes saved just before TeamDesk last stopped may be missing. A copy of it was kept as {kept} for your IT contact. Look over the last things you and your colleagues did, and enter again what is missing.</source>
        <translation>Filen med de seneste ændringer ved siden af databasen ({wal}) var beskadiget, så ændringer, der blev gemt lige før TeamDesk sidst stoppede, kan mangle. En kopi af den er gemt som {kept} til jeres IT-kontakt. Se de seneste ting, du og dine kolleger har lavet, igennem, og indtast det, der mangler, igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relation_chart.py" line="56"/>
        <source>All ties</source>
        <translation>Alle samarbejdsrelationer</translation>
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
        <translation>Sådan arbejder vi sammen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="96"/>
        <source>Check-in ended {date}</source>
        <translation>Samarbejdsrunden sluttede {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="100"/>
        <source>No results yet</source>
        <translation>Ingen resultater endnu</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="111"/>
        <source>Answers are about how roles and services work together, never about one person. Figures are shown only where at least {count} people answered.</source>
        <translation>Svarene handler om, hvordan roller og tilbud arbejder sammen, aldrig om én person. Tal vises kun, hvor mindst {count} personer har svaret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="105"/>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="120"/>
        <location filename="../../src/teamdesk/services/relations.py" line="554"/>
        <source>No check-in has been completed yet.</source>
        <translation>Ingen samarbejdsrunde er gennemført endnu.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="124"/>
        <source>{count} people took part. Scale: 1 (disagree strongly) to 5 (agree strongly).</source>
        <translation>{count} personer deltog. Skala: 1 (helt uenig) til 5 (helt enig).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="128"/>
        <source>What works</source>
        <translation>Det, der virker</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="134"/>
        <source>No tie stands out yet; the grid shows where you are closest.</source>
        <translation>Ingen samarbejdsrelation skiller sig ud endnu; skemaet viser, hvor I er tættest på.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="135"/>
        <source>Ties and dimensions</source>
        <translation>Samarbejdsrelationer og dimensioner</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="139"/>
        <source>Things to agree on together</source>
        <translation>Ting at blive enige om sammen</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="148"/>
        <source>Fewer than {count} people answered about: {ties}. No figures are shown for them, so nobody&apos;s answers can be recognised.</source>
        <translation>Færre end {count} personer svarede om: {ties}. Der vises ingen tal for dem, så ingens svar kan genkendes.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="157"/>
        <source>Over time</source>
        <translation>Over tid</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="161"/>
        <source>The trend shows from the second completed check-in on.</source>
        <translation>Udviklingen vises fra og med den anden gennemførte samarbejdsrunde.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="174"/>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="262"/>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="333"/>
        <source>Working with</source>
        <translation>Samarbejde med</translation>
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
        <translation>Farvetone:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="261"/>
        <source>Check-in ended</source>
        <translation>Samarbejdsrunden sluttede</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="263"/>
        <source>Answered</source>
        <translation>Svarede</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="309"/>
        <source>Answer by {date}</source>
        <translation>Svar senest {date}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="319"/>
        <source>Do not write your name. For each role or service you work with, write a number in each box: 1 = disagree strongly, 2 = disagree, 3 = neither, 4 = agree, 5 = agree strongly, ? = don&apos;t know. Leave a row empty for those you do not work with. The coordinator enters the form and then throws it away.</source>
        <translation>Skriv ikke dit navn. For hver rolle eller hvert tilbud, du arbejder sammen med, skriver du et tal i hvert felt: 1 = helt uenig, 2 = uenig, 3 = hverken eller, 4 = enig, 5 = helt enig, ? = ved ikke. Lad en række stå tom for dem, du ikke arbejder sammen med. Tovholderen indtaster skemaet og smider det derefter ud.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="328"/>
        <source>The statements</source>
        <translation>Udsagnene</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/reports/relations_report.py" line="331"/>
        <source>Your answers</source>
        <translation>Dine svar</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="136"/>
        <source>This check-in no longer exists.</source>
        <translation>Denne samarbejdsrunde findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="158"/>
        <source>Only a leader, or the coordinator of the resident&apos;s plan, starts and closes a check-in and enters printed forms.</source>
        <translation>Kun en leder eller tovholderen for beboerens plan starter og afslutter en samarbejdsrunde og indtaster udskrevne skemaer.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="241"/>
        <source>Choose a resident or a unit for the check-in.</source>
        <translation>Vælg en beboer eller en afdeling til samarbejdsrunden.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="249"/>
        <location filename="../../src/teamdesk/services/relations.py" line="484"/>
        <location filename="../../src/teamdesk/services/rota.py" line="371"/>
        <location filename="../../src/teamdesk/services/rota_import.py" line="188"/>
        <source>This unit no longer exists.</source>
        <translation>Denne afdeling findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="255"/>
        <source>The end date {day} has passed. Choose a later day.</source>
        <translation>Slutdatoen {day} er overskredet. Vælg en senere dag.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="260"/>
        <source>A check-in runs at most six weeks; choose an end date by {day}.</source>
        <translation>En samarbejdsrunde varer højst seks uger; vælg en slutdato senest {day}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="264"/>
        <source>role or service</source>
        <translation>rolle eller tilbud</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="266"/>
        <source>Name at least one role or service to ask about.</source>
        <translation>Angiv mindst én rolle eller ét tilbud at spørge om.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="270"/>
        <source>A check-in asks about at most {limit} roles or services; it has {count}.</source>
        <translation>En samarbejdsrunde spørger om højst {limit} roller eller tilbud; denne har {count}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="278"/>
        <source>A check-in for {subject} is already open. Close it before starting a new one.</source>
        <translation>En samarbejdsrunde for {subject} er allerede åben. Afslut den, før du starter en ny.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="308"/>
        <source>This check-in is closed; answers are no longer taken.</source>
        <translation>Denne samarbejdsrunde er afsluttet; der modtages ikke flere svar.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="320"/>
        <source>Only the staff who work with {subject} answer this check-in for themselves. The coordinator can enter a printed form.</source>
        <translation>Kun de medarbejdere, der arbejder med {subject}, svarer selv på denne samarbejdsrunde. Tovholderen kan indtaste et udskrevet skema.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="328"/>
        <source>You have already answered this check-in. Thank you!</source>
        <translation>Du har allerede svaret på denne samarbejdsrunde. Tak!</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="416"/>
        <source>This check-in is already closed.</source>
        <translation>Denne samarbejdsrunde er allerede afsluttet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="557"/>
        <source>Check-in ended {date}; {count} people took part.</source>
        <translation>Samarbejdsrunden sluttede {date}; {count} personer deltog.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="563"/>
        <source>What works: {items}.</source>
        <translation>Det, der virker: {items}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="575"/>
        <source>To agree on together: {tie}, {dimension} ({value}). {suggestion}</source>
        <translation>At blive enige om sammen: {tie}, {dimension} ({value}). {suggestion}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/relations.py" line="650"/>
        <source>Choose PDF, CSV or JSON.</source>
        <translation>Vælg PDF, CSV eller JSON.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/house_keys.py" line="152"/>
        <source>A house key in the sync folder is not signed by an administrator of this house; it was ignored.</source>
        <translation>En nøgle til stedet i synkroniseringsmappen er ikke signeret af en administrator på dette sted; den blev ignoreret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/housekeys.py" line="65"/>
        <source>A house key in the sync folder is damaged; it was ignored.</source>
        <translation>En nøgle til stedet i synkroniseringsmappen er beskadiget; den blev ignoreret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="176"/>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="191"/>
        <source>A snapshot in the sync folder is cut short.</source>
        <translation>Et øjebliksbillede i synkroniseringsmappen er afkortet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="179"/>
        <source>A file in the sync folder is not a TeamDesk snapshot.</source>
        <translation>En fil i synkroniseringsmappen er ikke et øjebliksbillede fra TeamDesk.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="183"/>
        <source>The house in the sync folder was published by a newer TeamDesk. Update TeamDesk on this PC, then join again.</source>
        <translation>Stedet i synkroniseringsmappen blev udgivet af en nyere TeamDesk. Opdater TeamDesk på denne pc, og tilknyt den så igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="250"/>
        <source>A snapshot in the sync folder belongs to another house.</source>
        <translation>Et øjebliksbillede i synkroniseringsmappen hører til et andet sted.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/sync/snapshot.py" line="269"/>
        <source>A snapshot in the sync folder is damaged, cut short or was altered; nothing was taken from it.</source>
        <translation>Et øjebliksbillede i synkroniseringsmappen er beskadiget, afkortet eller ændret; intet blev hentet fra det.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="69"/>
        <source>Day</source>
        <translation>Dagvagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="70"/>
        <source>Evening</source>
        <translation>Aftenvagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="71"/>
        <source>Night</source>
        <translation>Nattevagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="72"/>
        <source>Long day</source>
        <translation>Langvagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="136"/>
        <source>Swapped shift</source>
        <translation>Byttet vagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="137"/>
        <source>Extra shift</source>
        <translation>Ekstravagt</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="138"/>
        <source>Covers sick leave</source>
        <translation>Dækker sygefravær</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/rota.py" line="139"/>
        <source>Off this day</source>
        <translation>Fri denne dag</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="76"/>
        <source>There is no shift with the code {code}. The house&apos;s shifts are: {codes}.</source>
        <translation>Der findes ingen vagt med koden {code}. Stedets vagter er: {codes}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="127"/>
        <source>The limit is 0 or more, not {value}.</source>
        <translation>Grænsen er 0 eller mere, ikke {value}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="134"/>
        <source>A share is between 0 and 100 percent, not {value}.</source>
        <translation>En andel er mellem 0 og 100 procent, ikke {value}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="257"/>
        <location filename="../../src/teamdesk/services/rota.py" line="278"/>
        <location filename="../../src/teamdesk/services/rota.py" line="480"/>
        <location filename="../../src/teamdesk/services/rota.py" line="602"/>
        <source>This shift no longer exists.</source>
        <translation>Denne vagt findes ikke længere.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/services/rota.py" line="286"/>
        <source>The shift {code} is used on %n day(s) in the rotas. Give those days another shift first.</source>
        <translation>
            <numerusform>Vagten {code} bruges på %n dag i vagtplanerne. Giv den dag en anden vagt først.</numerusform>
            <numerusform>Vagten {code} bruges på %n dage i vagtplanerne. Giv de dage en anden vagt først.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="301"/>
        <source>shift code</source>
        <translation>vagtkode</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="305"/>
        <source>A shift code is one word of at most {max} characters, not {code}.</source>
        <translation>En vagtkode er ét ord på højst {max} tegn, ikke {code}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="313"/>
        <source>The code {code} is already the {name} shift&apos;s. Choose another code.</source>
        <translation>Koden {code} hører allerede til vagten {name}. Vælg en anden kode.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="317"/>
        <source>shift name</source>
        <translation>vagtens navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="323"/>
        <source>The shift {code} starts and ends at {time}. Give it an end time.</source>
        <translation>Vagten {code} begynder og slutter kl. {time}. Giv den et sluttidspunkt.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="338"/>
        <source>{text} is not a time of day. Write it as 07:30 or 22.15.</source>
        <translation>{text} er ikke et klokkeslæt. Skriv det som 07.30 eller 22.15.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="375"/>
        <source>This unit already has a rota. Change that one instead.</source>
        <translation>Denne afdeling har allerede en vagtplan. Ret i den i stedet.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="383"/>
        <source>rota name</source>
        <translation>vagtplanens navn</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="411"/>
        <source>{count} shifts are planned after week {weeks} of the cycle. Clear those weeks before making the cycle shorter.</source>
        <translation>{count} vagter ligger efter uge {weeks} i vagtplanen. Tøm de uger, før vagtplanen gøres kortere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="428"/>
        <source>A rota&apos;s cycle is 1 to {max} weeks long, not {weeks}.</source>
        <translation>En vagtplan er 1 til {max} uger lang, ikke {weeks}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="475"/>
        <location filename="../../src/teamdesk/services/rota_import.py" line="243"/>
        <source>Day {day} is outside the rota&apos;s cycle of {weeks} weeks.</source>
        <translation>Dag {day} ligger uden for vagtplanen på {weeks} uger.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="546"/>
        <source>The rota has weeks 1 to {weeks}; there is no week {week}.</source>
        <translation>Vagtplanen har uge 1 til {weeks}; der er ingen uge {week}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="569"/>
        <source>This rota no longer exists.</source>
        <translation>Denne vagtplan findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="593"/>
        <source>A person cannot cover their own sick leave.</source>
        <translation>Man kan ikke dække sit eget sygefravær.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="595"/>
        <source>A day off has no shift. Leave the shift empty.</source>
        <translation>En fridag har ingen vagt. Lad vagten stå tom.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="599"/>
        <source>Choose the shift worked on {day}.</source>
        <translation>Vælg den vagt, der arbejdes {day}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rota.py" line="639"/>
        <source>This change no longer exists.</source>
        <translation>Denne ændring findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="54"/>
        <source>row {row}, column {column} ({heading})</source>
        <translation>række {row}, kolonne {column} ({heading})</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="63"/>
        <source>In {file}, {where}: {problem} Nothing was imported.</source>
        <translation>I {file}, {where}: {problem} Intet blev importeret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="77"/>
        <source>{file} cannot be read. Check the name and the folder.</source>
        <translation>{file} kan ikke læses. Kontrollér navnet og mappen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="83"/>
        <source>{file} is {size} MB; a list to import is at most {max} MB. Is it the right file?</source>
        <translation>{file} fylder {size} MB; en liste til import er højst {max} MB. Er det den rigtige fil?</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="97"/>
        <source>{file} is neither a CSV file nor an Excel workbook (.xlsx). Save it as one of those.</source>
        <translation>{file} er hverken en CSV-fil eller en Excel-projektmappe (.xlsx). Gem den som en af dem.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="109"/>
        <source>{file} has more than {max} rows; an import takes at most {max} at a time. Is it the right file? Split a longer one.</source>
        <translation>{file} har mere end {max} rækker; en import tager højst {max} ad gangen. Er det den rigtige fil? Del en længere fil op.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="131"/>
        <source>{file} is not a text file, so it is not a CSV file.</source>
        <translation>{file} er ikke en tekstfil og derfor ikke en CSV-fil.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="157"/>
        <source>{file} cannot be read as CSV near row {row}: {problem}. Nothing was imported.</source>
        <translation>{file} kan ikke læses som CSV omkring række {row}: {problem}. Intet blev importeret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="167"/>
        <source>{file} is not an Excel workbook, though its name ends in .xlsx (it may be another kind of file renamed). Open it in Excel and save it as .xlsx or CSV.</source>
        <translation>{file} er ikke en Excel-projektmappe, selv om navnet ender på .xlsx (det kan være en anden filtype, der har fået nyt navn). Åbn den i Excel, og gem den som .xlsx eller CSV.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="244"/>
        <source>{file} has no row of column headings, so there is nothing to import.</source>
        <translation>{file} har ingen række med kolonneoverskrifter, så der er intet at importere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/table_files.py" line="257"/>
        <source>{text} starts like a spreadsheet formula, and TeamDesk does not import formulas. Correct the cell in the file.</source>
        <translation>{text} begynder som en regnearksformel, og TeamDesk importerer ikke formler. Ret cellen i filen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/handover.py" line="132"/>
        <source>The house has no rota yet, so there is no shift to hand over.</source>
        <translation>Stedet har ingen vagtplan endnu, så der er ingen vagt at overlevere.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rekey.py" line="41"/>
        <source>The database key was not replaced, because this PC syncs with other PCs: they read its changes with a key that comes from the database key, so after a new key they could read them no more and would have to join the house again. Nothing was changed.</source>
        <translation>Databasenøglen blev ikke skiftet ud, fordi denne pc synkroniserer med andre pc&apos;er: de læser dens ændringer med en nøgle, der kommer fra databasenøglen, så med en ny nøgle kunne de ikke længere læse dem og skulle tilknyttes stedet igen. Intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rekey.py" line="60"/>
        <location filename="../../src/teamdesk/store/rekey.py" line="114"/>
        <source>The database key was not replaced, because these accounts have not signed in since roles were signed and so cannot be given the new key: {names}. Give them a new password, or switch them off, and try again.</source>
        <translation>Databasenøglen blev ikke skiftet ud, fordi disse konti ikke har logget på, siden rollerne blev signeret, og derfor ikke kan få den nye nøgle: {names}. Giv dem en ny adgangskode, eller slå dem fra, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/services/rekey.py" line="155"/>
        <source>The database key was not replaced: {reason}. The database keeps its key; nothing was changed.</source>
        <translation>Databasenøglen blev ikke skiftet ud: {reason}. Databasen beholder sin nøgle; intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/rekey.py" line="87"/>
        <source>The database key was not replaced, because TeamDesk is open on another PC or in another window. Close it there and try again.</source>
        <translation>Databasenøglen blev ikke skiftet ud, fordi TeamDesk er åben på en anden pc eller i et andet vindue. Luk den dér, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/store/rekey.py" line="125"/>
        <source>The database key was not replaced, because the database was not closed cleanly. Sign in and out once, then try again.</source>
        <translation>Databasenøglen blev ikke skiftet ud, fordi databasen ikke blev lukket korrekt. Log på og af én gang, og prøv så igen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="70"/>
        <source>Norwegian individual plan (the regulation&apos;s items a) to i))</source>
        <translation>Norsk individuel plan, svarende til en handleplan (forskriftens punkt a) til i))</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="71"/>
        <source>Danish shared development plan (Serviceloven § 141, one coordinator)</source>
        <translation>Dansk fælles udviklingsplan (serviceloven § 141, én tovholder)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="77"/>
        <source>Shared development plan</source>
        <translation>Fælles udviklingsplan</translation>
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
        <translation>Indsatsmål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="83"/>
        <source>Intervention goals</source>
        <translation>Indsatsmål</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="104"/>
        <source>The first follow-up must be between 1 and {first} months after moving in.</source>
        <translation>Den første opfølgning skal ligge mellem 1 og {first} måneder efter indflytning.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="106"/>
        <source>Follow-up must come at least every 1 to {interval} months.</source>
        <translation>Opfølgningen skal ske mindst hver 1. til {interval}. måned.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="111"/>
        <source>The principle: as few professionals as possible around the citizen.</source>
        <translation>Princippet: så få fagpersoner som muligt omkring borgeren.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/domain/plan_profile.py" line="112"/>
        <source>Professionals around {resident}: {count}.</source>
        <translation>Fagpersoner omkring {resident}: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="59"/>
        <source>Say whose team with --resident NAME, for example --resident &quot;Per Hansen&quot;.</source>
        <translation>Angiv hvilken beboers team med --resident NAVN, for eksempel --resident &quot;Per Hansen&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="81"/>
        <source>Check-in results about {name} written to {path}.</source>
        <translation>Resultaterne af samarbejdsrunderne om {name} er gemt i {path}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="82"/>
        <source>Check-in results about {name} written to {path} ({pages}).</source>
        <translation>Resultaterne af samarbejdsrunderne om {name} er gemt i {path} ({pages}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="99"/>
        <source>How we work together: {subject}</source>
        <translation>Sådan arbejder vi sammen: {subject}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="102"/>
        <source>Open check-in until {date} (results when it closes).</source>
        <translation>Åben samarbejdsrunde til {date} (resultater, når den lukkes).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli_reports.py" line="109"/>
        <source>Latest check-in ended {date}: %n person(s) took part.</source>
        <translation>
            <numerusform>Seneste samarbejdsrunde sluttede {date}: %n person deltog.</numerusform>
            <numerusform>Seneste samarbejdsrunde sluttede {date}: %n personer deltog.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="113"/>
        <source>What works:</source>
        <translation>Det, der virker:</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="119"/>
        <source>Ties (weakest first); columns: {columns}, index</source>
        <translation>Relationer (svageste først); kolonner: {columns}, indeks</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="122"/>
        <source>fewer than {minimum} answered: no figures</source>
        <translation>færre end {minimum} svarede: ingen tal</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="134"/>
        <source>Trend: {points}</source>
        <translation>Udvikling: {points}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="147"/>
        <source>A PDF needs a file: add --out FILE, for example --out {example}.</source>
        <translation>En PDF skal have en fil: tilføj --out FIL, for eksempel --out {example}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="173"/>
        <source>--out writes a PDF or a CSV file: add --format pdf or --format csv.</source>
        <translation>--out skriver en PDF- eller CSV-fil: tilføj --format pdf eller --format csv.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="181"/>
        <source>Coordinator overview written to {path}.</source>
        <translation>Overblikket over tovholdere er gemt i {path}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="182"/>
        <source>Coordinator overview written to {path} ({pages}).</source>
        <translation>Overblikket over tovholdere er gemt i {path} ({pages}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/teamdesk/cli_reports.py" line="231"/>
        <source>%n coordinator(s), {gaps} with gaps (gaps first)</source>
        <translation>
            <numerusform>%n tovholder, {gaps} med mangler (mangler først)</numerusform>
            <numerusform>%n tovholdere, {gaps} med mangler (mangler først)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="237"/>
        <source>no course</source>
        <translation>uden kursus</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="239"/>
        <source>mentor {name}</source>
        <translation>mentor {name}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="241"/>
        <source>no mentor</source>
        <translation>ingen mentor</translation>
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
        <translation>overskredet {count}</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="288"/>
        <source>Meetings are listed as text, json or csv on the screen.</source>
        <translation>Møder vises som text, json eller csv på skærmen.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="296"/>
        <source>Meetings about {name} (latest first)</source>
        <translation>Møder om {name} (nyeste først)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="299"/>
        <source>Upcoming meetings</source>
        <translation>Kommende møder</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="330"/>
        <source>Say which meeting with --meeting ID; &apos;teamdesk report meetings&apos; lists them with their ids (export {what}).</source>
        <translation>Angiv hvilket møde med --meeting ID; &apos;teamdesk report meetings&apos; viser dem med deres id&apos;er (export {what}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="359"/>
        <source>{document} ({meeting}, {name}, {date}) written to {path}.</source>
        <translation>{document} ({meeting}, {name}, {date}) er gemt i {path}.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="360"/>
        <source>{document} ({meeting}, {name}, {date}) written to {path} ({pages}).</source>
        <translation>{document} ({meeting}, {name}, {date}) er gemt i {path} ({pages}).</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_reports.py" line="372"/>
        <source>Calendar invitation</source>
        <translation>Kalenderinvitation</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/app.py" line="25"/>
        <source>TeamDesk: teams, individual plans and meetings for housing communities. Without a subcommand it opens the program; run &apos;teamdesk help&apos; for the subcommands.</source>
        <translation>TeamDesk: teams, handleplaner og møder for bosteder. Uden kommando åbner det programmet; kør &apos;teamdesk help&apos; for kommandoerne.</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/app.py" line="36"/>
        <source>print the version</source>
        <translation>vis versionen</translation>
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
        <translation>mappen, der indeholder teamdesk.sqlite3 (med --demo: en tom mappe eller en med en demo, der bruges i stedet for den sædvanlige demomappe)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/app.py" line="52"/>
        <source>open a separate demo database with fictional data</source>
        <translation>åbn en separat demodatabase med opdigtede data</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/app.py" line="58"/>
        <source>language of the program and what it prints: nb (Norwegian bokmål), da (Danish) or en (English); default: TEAMDESK_LANGUAGE, else the system&apos;s language</source>
        <translation>sproget i programmet og det, det udskriver: nb (norsk bokmål), da (dansk) eller en (engelsk); standard: TEAMDESK_LANGUAGE, ellers systemets sprog</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/app.py" line="69"/>
        <source>open the main window, wait until it shows data, print the milliseconds from process start to ready, and exit</source>
        <translation>åbn hovedvinduet, vent, til det viser data, udskriv antal millisekunder fra processens start, til alt er klart, og afslut</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="24"/>
        <source>usage: </source>
        <translation>brug: </translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="25"/>
        <source>positional arguments</source>
        <translation>positionelle argumenter</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="26"/>
        <source>options</source>
        <translation>tilvalg</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="27"/>
        <source>show this help message and exit</source>
        <translation>vis denne hjælpetekst og afslut</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="28"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fejl: %(message)s
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
        <translation>følgende argumenter mangler: %s</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="31"/>
        <source>one of the arguments %s is required</source>
        <translation>et af argumenterne %s skal angives</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="32"/>
        <source>not allowed with argument %s</source>
        <translation>kan ikke bruges sammen med argumentet %s</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="33"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldigt valg: %(value)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="34"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig værdi af typen %(type)s: %(value)r</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="35"/>
        <source>unrecognized arguments: %s</source>
        <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="36"/>
        <source>expected one argument</source>
        <translation>forventede ét argument</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="37"/>
        <source>expected at most one argument</source>
        <translation>forventede højst ét argument</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="38"/>
        <source>expected at least one argument</source>
        <translation>forventede mindst ét argument</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="39"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydigt tilvalg: %(option)s kan passe til %(matches)s</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="40"/>
        <source>ignored explicit argument %r</source>
        <translation>så bort fra angivet argument %r</translation>
    </message>
    <message>
        <location filename="../../src/teamdesk/cli_parsing.py" line="41"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>ukendt kommando %(parser_name)r (valg: %(choices)s)</translation>
    </message>
</context>
</TS>
