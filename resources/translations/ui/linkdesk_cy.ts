<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AgreeStep</name>
    <message>
        <source>Let&apos;s read it back together</source>
        <translation>Gadewch i ni ei ddarllen yn ôl gyda&apos;n gilydd</translation>
    </message>
    <message>
        <source>Is this right? Anything to change - go back to that step (Alt+number).</source>
        <translation>Ydy hyn yn gywir? Unrhyw beth i&apos;w newid - ewch yn ôl i&apos;r cam hwnnw (Alt+rhif).</translation>
    </message>
    <message>
        <source>The plan, read back</source>
        <translation>Y cynllun, wedi&apos;i ddarllen yn ôl</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Making a demo workspace of made-up people…</source>
        <translation>Yn gwneud gweithle enghreifftiol o bobl ddychmygol…</translation>
    </message>
    <message>
        <source>This is a demo workspace: everyone in it is made up.
Its passphrase is: %1</source>
        <translation>Gweithle enghreifftiol yw hwn: mae pawb ynddo yn ddychmygol.
Ei gyfrinymadrodd yw: %1</translation>
    </message>
    <message>
        <source>This is a demo workspace: everyone in it is made up. Its passphrase is &quot;%1&quot;: try File &gt; Lock (Ctrl+L), then unlock again.</source>
        <translation>Gweithle enghreifftiol yw hwn: mae pawb ynddo yn ddychmygol. Ei gyfrinymadrodd yw &quot;%1&quot;: rhowch gynnig ar Ffeil &gt; Cloi (Ctrl+L), yna datglowch eto.</translation>
    </message>
    <message>
        <source>Locking as soon as %1 has finished…</source>
        <translation>Yn cloi cyn gynted ag y bydd %1 wedi gorffen…</translation>
    </message>
    <message>
        <source>Locked. Type your passphrase to carry on.</source>
        <translation>Wedi cloi. Teipiwch eich cyfrinymadrodd i barhau.</translation>
    </message>
</context>
<context>
    <name>AreasStep</name>
    <message>
        <source>Which parts of life matter to you right now?</source>
        <translation>Pa rannau o fywyd sy&apos;n bwysig i chi ar hyn o bryd?</translation>
    </message>
    <message>
        <source>Choose how much each one matters (press 0 to 3, or click), and note their words. Leave the rest as &apos;Not now&apos;.</source>
        <translation>Dewiswch pa mor bwysig yw pob un (pwyswch 0 i 3, neu cliciwch), a nodwch eu geiriau. Gadewch y gweddill fel &apos;Nid nawr&apos;.</translation>
    </message>
    <message>
        <source>%1: in their words</source>
        <translation>%1: yn eu geiriau nhw</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Viewed</source>
        <translation>Wedi gweld</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Wedi creu</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Wedi golygu</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Wedi dileu</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statws wedi newid</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Caniatâd wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Wedi argraffu</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Wedi allforio</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Wedi mewnforio</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copi wrth gefn wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Wedi cyfuno</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Wedi dileu am byth</translation>
    </message>
    <message>
        <source>Audit log check failed</source>
        <translation>Methodd gwiriad y log archwilio</translation>
    </message>
    <message>
        <source>Audit anchoring restarted</source>
        <translation>Ailddechreuwyd angori&apos;r log archwilio</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Could not save just now (%1).</source>
        <translation>Methu cadw ar hyn o bryd (%1).</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the workspace</source>
        <translation>Gwneud copi wrth gefn o&apos;r gweithle</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Ffolder y copi wrth gefn</translation>
    </message>
    <message>
        <source>Choose a folder on the shared drive</source>
        <translation>Dewiswch ffolder ar y gyriant a rennir</translation>
    </message>
    <message>
        <source>Back up &amp;to:</source>
        <translation>Copi wrth gefn &amp;i:</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>&amp;Dewis ffolder…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Dewis ffolder y copi wrth gefn</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Cynnydd y copi wrth gefn</translation>
    </message>
    <message>
        <source>The backup is encrypted with your workspace passphrase and checked after it is written.</source>
        <translation>Mae&apos;r copi wrth gefn wedi&apos;i amgryptio â chyfrinymadrodd eich gweithle ac yn cael ei wirio ar ôl ei ysgrifennu.</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Statws y copi wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Gwneud &amp;copi nawr</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Backing up… you can keep working.</source>
        <translation>Yn gwneud copi wrth gefn… gallwch barhau i weithio.</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>y copi wrth gefn</translation>
    </message>
    <message>
        <source>Please wait: the backup is still being written.</source>
        <translation>Arhoswch: mae&apos;r copi wrth gefn yn dal i gael ei ysgrifennu.</translation>
    </message>
    <message>
        <source>Backup saved and checked: %1</source>
        <translation>Copi wrth gefn wedi&apos;i gadw a&apos;i wirio: %1</translation>
    </message>
</context>
<context>
    <name>BankHolidayRegion</name>
    <message>
        <source>England and Wales</source>
        <translation>Cymru a Lloegr</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation>Yr Alban</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Gogledd Iwerddon</translation>
    </message>
    <message>
        <source>No bank holidays (weekends only)</source>
        <translation>Dim gwyliau banc (penwythnosau yn unig)</translation>
    </message>
</context>
<context>
    <name>BookingOutcomeDialog</name>
    <message>
        <source>Still &amp;booked (undo what was recorded)</source>
        <translation>Yn dal wedi&apos;i &amp;drefnu (dadwneud yr hyn a gofnodwyd)</translation>
    </message>
    <message>
        <source>&amp;Attended</source>
        <translation>Wedi &amp;mynychu</translation>
    </message>
    <message>
        <source>&amp;Did not attend</source>
        <translation>Heb &amp;fynychu</translation>
    </message>
    <message>
        <source>Cancelled by the &amp;person</source>
        <translation>Wedi&apos;i ganslo gan y &amp;person</translation>
    </message>
    <message>
        <source>Cancelled by &amp;me (the link worker)</source>
        <translation>Wedi&apos;i ganslo gen i (y &amp;gweithiwr cyswllt)</translation>
    </message>
    <message>
        <source>&amp;Rebooked for another day</source>
        <translation>&amp;Wedi&apos;i aildrefnu ar gyfer diwrnod arall</translation>
    </message>
    <message>
        <source>What happened at the meeting</source>
        <translation>Beth ddigwyddodd yn y cyfarfod</translation>
    </message>
    <message>
        <source>Record what happened at the meeting</source>
        <translation>Cofnodi beth ddigwyddodd yn y cyfarfod</translation>
    </message>
    <message>
        <source>%1: %2 on %3. Now: %4.</source>
        <translation>%1: %2 ar %3. Nawr: %4.</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>Y cyfarfod</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Dyddiad newydd</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>Dyddiad &amp;newydd:</translation>
    </message>
    <message>
        <source>Note about the change (optional)</source>
        <translation>Nodyn am y newid (dewisol)</translation>
    </message>
    <message>
        <source>N&amp;ote (optional):</source>
        <translation>N&amp;odyn (dewisol):</translation>
    </message>
    <message>
        <source>About the date</source>
        <translation>Am y dyddiad</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Save what happened</source>
        <translation>Cadw beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Canslo heb gadw</translation>
    </message>
    <message>
        <source>Rebooked for %1.</source>
        <translation>Wedi&apos;i aildrefnu ar gyfer %1.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Wedi&apos;i gofnodi: %1.</translation>
    </message>
    <message>
        <source>The replacement booking for %1 was removed.</source>
        <translation>Cafodd yr apwyntiad newydd ar gyfer %1 ei ddileu.</translation>
    </message>
    <message>
        <source>This person has a meeting booked for %1. Mark it attended now?</source>
        <translation>Mae gan y person hwn gyfarfod wedi&apos;i drefnu ar gyfer %1. Ei nodi fel wedi mynychu nawr?</translation>
    </message>
    <message>
        <source>Mark the meeting attended?</source>
        <translation>Nodi bod y cyfarfod wedi&apos;i fynychu?</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>Yn hwyr ers %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heddiw, %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>Statws yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Apwyntiad dilynol nesaf</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Atgyfeiriwyd gan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Cyswllt diwethaf</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Wedi&apos;u colli</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>Dim atgyfeiriad</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Erioed</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Find a &amp;person:</source>
        <translation>Dod &amp;o hyd i berson:</translation>
    </message>
    <message>
        <source>Name, NHS number or postcode</source>
        <translation>Enw, rhif GIG neu god post</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Dod o hyd i berson</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Ychwanegu person…</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Ychwanegu person (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Open (closed hidden)</source>
        <translation>Agored (caeedig wedi&apos;u cuddio)</translation>
    </message>
    <message>
        <source>All, closed too</source>
        <translation>Pob un, caeedig hefyd</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Atgyfeiriwyd gan</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Apwyntiadau</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Cyswllt diwethaf</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Unrhyw bryd</translation>
    </message>
    <message numerus="yes">
        <source>Not for %n weeks or more</source>
        <translation>
            <numerusform>Ddim ers %n wythnos neu fwy</numerusform>
            <numerusform>Ddim ers %n wythnos neu fwy</numerusform>
            <numerusform>Ddim ers %n wythnos neu fwy</numerusform>
            <numerusform>Ddim ers %n wythnos neu fwy</numerusform>
            <numerusform>Ddim ers %n wythnos neu fwy</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trefnu yn ôl</translation>
    </message>
    <message>
        <source>&amp;Reverse order</source>
        <translation>T&amp;refn o chwith</translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation>Troi&apos;r drefn o chwith</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatws:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>Atgyfe&amp;iriwyd gan:</translation>
    </message>
    <message>
        <source>&amp;Life area:</source>
        <translation>Maes &amp;bywyd:</translation>
    </message>
    <message>
        <source>Boo&amp;kings:</source>
        <translation>&amp;Apwyntiadau:</translation>
    </message>
    <message>
        <source>Last &amp;contact:</source>
        <translation>Cyswllt &amp;diwethaf:</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>Trefnu yn ô&amp;l:</translation>
    </message>
    <message>
        <source>Number of people shown</source>
        <translation>Nifer y bobl a ddangosir</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln people; type to find more.</source>
        <translation>
            <numerusform>Yn dangos y %1 cyntaf o %Ln o bobl; teipiwch i ddod o hyd i fwy.</numerusform>
            <numerusform>Yn dangos y %1 cyntaf o %Ln o bobl; teipiwch i ddod o hyd i fwy.</numerusform>
            <numerusform>Yn dangos y %1 cyntaf o %Ln o bobl; teipiwch i ddod o hyd i fwy.</numerusform>
            <numerusform>Yn dangos y %1 cyntaf o %Ln o bobl; teipiwch i ddod o hyd i fwy.</numerusform>
            <numerusform>Yn dangos y %1 cyntaf o %Ln o bobl; teipiwch i ddod o hyd i fwy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people on the caseload.</source>
        <translation>
            <numerusform>Dim pobl ar y llwyth achosion.</numerusform>
            <numerusform>%Ln person ar y llwyth achosion.</numerusform>
            <numerusform>%Ln o bobl ar y llwyth achosion.</numerusform>
            <numerusform>%Ln o bobl ar y llwyth achosion.</numerusform>
            <numerusform>%Ln o bobl ar y llwyth achosion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed or declined hidden.</source>
        <translation>
            <numerusform>%Ln wedi cau neu wrthod wedi&apos;u cuddio.</numerusform>
            <numerusform>%Ln wedi cau neu wrthod wedi&apos;u cuddio.</numerusform>
            <numerusform>%Ln wedi cau neu wrthod wedi&apos;u cuddio.</numerusform>
            <numerusform>%Ln wedi cau neu wrthod wedi&apos;u cuddio.</numerusform>
            <numerusform>%Ln wedi cau neu wrthod wedi&apos;u cuddio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches that search.</source>
        <translation>Does neb yn cyfateb i&apos;r chwiliad hwnnw.</translation>
    </message>
    <message>
        <source>Nobody matches these filters.</source>
        <translation>Does neb yn cyfateb i&apos;r hidlwyr hyn.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people match; showing the first %1. Narrow it down to see more.</source>
        <translation>
            <numerusform>%Ln o bobl yn cyfateb; yn dangos y %1 cyntaf. Cyfyngwch i weld mwy.</numerusform>
            <numerusform>%Ln o bobl yn cyfateb; yn dangos y %1 cyntaf. Cyfyngwch i weld mwy.</numerusform>
            <numerusform>%Ln o bobl yn cyfateb; yn dangos y %1 cyntaf. Cyfyngwch i weld mwy.</numerusform>
            <numerusform>%Ln o bobl yn cyfateb; yn dangos y %1 cyntaf. Cyfyngwch i weld mwy.</numerusform>
            <numerusform>%Ln o bobl yn cyfateb; yn dangos y %1 cyntaf. Cyfyngwch i weld mwy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln people match.</source>
        <translation>
            <numerusform>%1 o %Ln o bobl yn cyfateb.</numerusform>
            <numerusform>%1 o %Ln o bobl yn cyfateb.</numerusform>
            <numerusform>%1 o %Ln o bobl yn cyfateb.</numerusform>
            <numerusform>%1 o %Ln o bobl yn cyfateb.</numerusform>
            <numerusform>%1 o %Ln o bobl yn cyfateb.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadSort</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Atgyfeiriwyd gan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Apwyntiad dilynol nesaf</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Cyswllt diwethaf</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Wedi&apos;u colli</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Cyfrinymadrodd &amp;presennol:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Cyfrinymadrodd newydd:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Teipiwch ef &amp;eto:</translation>
    </message>
    <message>
        <source>Re-encrypting the workspace with the new passphrase…</source>
        <translation>Yn ail-amgryptio&apos;r gweithle â&apos;r cyfrinymadrodd newydd…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase</source>
        <translation>&amp;Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>That is not the current passphrase.</source>
        <translation>Nid dyna&apos;r cyfrinymadrodd presennol.</translation>
    </message>
    <message>
        <source>The two new passphrases are different.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd newydd yn wahanol.</translation>
    </message>
    <message>
        <source>the new passphrase</source>
        <translation>y cyfrinymadrodd newydd</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Close the referral</source>
        <translation>Cau&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Closing the referral for %1, received %2.</source>
        <translation>Cau&apos;r atgyfeiriad ar gyfer %1, a dderbyniwyd %2.</translation>
    </message>
    <message>
        <source>The referral</source>
        <translation>Yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>How the support ended</source>
        <translation>Sut daeth y cymorth i ben</translation>
    </message>
    <message>
        <source>How did the support &amp;end?</source>
        <translation>Sut daeth y cymorth i b&amp;en?</translation>
    </message>
    <message>
        <source>Reason for closing (optional)</source>
        <translation>Rheswm dros gau (dewisol)</translation>
    </message>
    <message>
        <source>Choose one or type your own; the outcome is used if empty</source>
        <translation>Dewiswch un neu teipiwch eich un eich hun; defnyddir y canlyniad os yw&apos;n wag</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Rheswm (dewisol):</translation>
    </message>
    <message>
        <source>Date closed</source>
        <translation>Dyddiad cau</translation>
    </message>
    <message>
        <source>&amp;Date closed:</source>
        <translation>&amp;Dyddiad cau:</translation>
    </message>
    <message>
        <source>&amp;Close the referral</source>
        <translation>&amp;Cau&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel without closing</source>
        <translation>Canslo heb gau</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <source>Send a message back so the practice can code the closure?</source>
        <translation>Anfon neges yn ôl fel y gall y practis godio&apos;r cau?</translation>
    </message>
    <message>
        <source>What the letter carries</source>
        <translation>Beth mae&apos;r llythyr yn ei gynnwys</translation>
    </message>
    <message>
        <source>Message to the &amp;GP…</source>
        <translation>Neges i&apos;r &amp;meddyg teulu…</translation>
    </message>
    <message>
        <source>Preview the message to the GP</source>
        <translation>Rhagweld y neges i&apos;r meddyg teulu</translation>
    </message>
    <message>
        <source>Message to the &amp;referrer…</source>
        <translation>Neges i&apos;r &amp;atgyfeiriwr…</translation>
    </message>
    <message>
        <source>Preview the message to the referrer</source>
        <translation>Rhagweld y neges i&apos;r atgyfeiriwr</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nid nawr</translation>
    </message>
    <message>
        <source>Close without a message</source>
        <translation>Cau heb neges</translation>
    </message>
    <message>
        <source>Choose how the support ended.</source>
        <translation>Dewiswch sut daeth y cymorth i ben.</translation>
    </message>
    <message>
        <source>The referral is closed: %1.</source>
        <translation>Mae&apos;r atgyfeiriad wedi cau: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked meeting(s) were cancelled.</source>
        <translation>
            <numerusform>Cafodd %n cyfarfod wedi&apos;i drefnu ei ganslo.</numerusform>
            <numerusform>Cafodd %n cyfarfod wedi&apos;i drefnu ei ganslo.</numerusform>
            <numerusform>Cafodd %n cyfarfod wedi&apos;i drefnu ei ganslo.</numerusform>
            <numerusform>Cafodd %n cyfarfod wedi&apos;i drefnu ei ganslo.</numerusform>
            <numerusform>Cafodd %n cyfarfod wedi&apos;i drefnu ei ganslo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referral closed: a message back?</source>
        <translation>Atgyfeiriad wedi cau: neges yn ôl?</translation>
    </message>
</context>
<context>
    <name>ClosureOutcome</name>
    <message>
        <source>Goals met</source>
        <translation>Nodau wedi&apos;u cyrraedd</translation>
    </message>
    <message>
        <source>Goals partly met</source>
        <translation>Nodau wedi&apos;u cyrraedd yn rhannol</translation>
    </message>
    <message>
        <source>Goals not met</source>
        <translation>Nodau heb eu cyrraedd</translation>
    </message>
    <message>
        <source>Person withdrew</source>
        <translation>Tynnodd y person yn ôl</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Wedi symud i ffwrdd</translation>
    </message>
    <message>
        <source>Could not be contacted</source>
        <translation>Methu cysylltu â nhw</translation>
    </message>
</context>
<context>
    <name>ClosureReason</name>
    <message>
        <source>Goals met</source>
        <translation>Nodau wedi&apos;u cyrraedd</translation>
    </message>
    <message>
        <source>Person chose to stop</source>
        <translation>Dewisodd y person roi&apos;r gorau iddi</translation>
    </message>
    <message>
        <source>Could not contact</source>
        <translation>Methu cysylltu</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Wedi symud i ffwrdd</translation>
    </message>
    <message>
        <source>Referred on to another service</source>
        <translation>Wedi atgyfeirio i wasanaeth arall</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Ddim yn gymwys</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Wedi marw</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>CommunicationNeed</name>
    <message>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Cyfieithydd</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Hawdd ei ddeall</translation>
    </message>
    <message>
        <source>British Sign Language</source>
        <translation>Iaith Arwyddion Prydain</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Dolen glyw</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Suggested</source>
        <translation>Awgrymwyd</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Cytunwyd</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Wedi atgyfeirio</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Yn mynychu</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi gwrthod</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
</context>
<context>
    <name>ConnectionsStep</name>
    <message>
        <source>The directory has no services yet - that&apos;s fine. Type what you agreed in the box below (for example &apos;Tuesday walking group at the park&apos;) and press Enter.</source>
        <translation>Does dim gwasanaethau yn y cyfeiriadur eto - mae hynny&apos;n iawn. Teipiwch yr hyn a gytunwyd yn y blwch isod (er enghraifft &apos;grŵp cerdded dydd Mawrth yn y parc&apos;) a phwyswch Enter.</translation>
    </message>
    <message>
        <source>Who and what could help?</source>
        <translation>Pwy a beth allai helpu?</translation>
    </message>
    <message>
        <source>&amp;Find a service</source>
        <translation>Dod o hyd i &amp;wasanaeth</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>Dod o hyd i wasanaeth</translation>
    </message>
    <message>
        <source>walking, debt advice, choir…</source>
        <translation>cerdded, cyngor ar ddyled, côr…</translation>
    </message>
    <message>
        <source>Suggested for what matters to them</source>
        <translation>Wedi&apos;u hawgrymu ar gyfer yr hyn sy&apos;n bwysig iddyn nhw</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Gwasanaethau a gafwyd</translation>
    </message>
    <message>
        <source>The directory is empty</source>
        <translation>Mae&apos;r cyfeiriadur yn wag</translation>
    </message>
    <message>
        <source>A&amp;dd this service</source>
        <translation>Ychwanegu&apos;r &amp;gwasanaeth hwn</translation>
    </message>
    <message>
        <source>Add this service</source>
        <translation>Ychwanegu&apos;r gwasanaeth hwn</translation>
    </message>
    <message>
        <source>Something not in the director&amp;y</source>
        <translation>R&amp;hywbeth nad yw yn y cyfeiriadur</translation>
    </message>
    <message>
        <source>Connection not in the directory</source>
        <translation>Cysylltiad nad yw yn y cyfeiriadur</translation>
    </message>
    <message>
        <source>type it and press Enter</source>
        <translation>teipiwch ef a phwyso Enter</translation>
    </message>
    <message>
        <source>Connection guidance</source>
        <translation>Arweiniad am y cysylltiad</translation>
    </message>
    <message>
        <source>Connections agreed</source>
        <translation>Cysylltiadau a gytunwyd</translation>
    </message>
    <message>
        <source>Connections agr&amp;eed</source>
        <translation>Cysylltiadau &amp;a gytunwyd</translation>
    </message>
    <message>
        <source>The connection this form edits</source>
        <translation>Y cysylltiad y mae&apos;r ffurflen hon yn ei olygu</translation>
    </message>
    <message>
        <source>Ne&amp;w connection</source>
        <translation>&amp;Cysylltiad newydd</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Cysylltiad newydd</translation>
    </message>
    <message>
        <source>Which goal it helps with</source>
        <translation>Pa nod y mae&apos;n helpu ag ef</translation>
    </message>
    <message>
        <source>Helps with &amp;goal</source>
        <translation>Yn helpu gyda&apos;r &amp;nod</translation>
    </message>
    <message>
        <source>&amp;I will…</source>
        <translation>&amp;Byddaf yn…</translation>
    </message>
    <message>
        <source>I will</source>
        <translation>Byddaf yn</translation>
    </message>
    <message>
        <source>e.g. go along on Tuesday</source>
        <translation>e.e. mynd yno ddydd Mawrth</translation>
    </message>
    <message>
        <source>&amp;My link worker will…</source>
        <translation>Bydd &amp;fy ngweithiwr cyswllt yn…</translation>
    </message>
    <message>
        <source>My link worker will</source>
        <translation>Bydd fy ngweithiwr cyswllt yn</translation>
    </message>
    <message>
        <source>e.g. ring them</source>
        <translation>e.e. eu ffonio</translation>
    </message>
    <message>
        <source>&amp;By when</source>
        <translation>Erbyn &amp;pryd</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Statws y cysylltiad</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatws</translation>
    </message>
    <message>
        <source>Services matching &apos;%1&apos;</source>
        <translation>Gwasanaethau sy&apos;n cyfateb i &apos;%1&apos;</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Pob gwasanaeth</translation>
    </message>
    <message>
        <source>Type what the connection is, then press Enter.</source>
        <translation>Teipiwch beth yw&apos;r cysylltiad, yna pwyswch Enter.</translation>
    </message>
    <message>
        <source>Not linked to a goal</source>
        <translation>Heb ei gysylltu â nod</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>No connection chosen: pick one in the list, or add one</source>
        <translation>Dim cysylltiad wedi&apos;i ddewis: dewiswch un o&apos;r rhestr, neu ychwanegwch un</translation>
    </message>
    <message>
        <source>Editing connection: %1</source>
        <translation>Golygu cysylltiad: %1</translation>
    </message>
</context>
<context>
    <name>ConsentMethod</name>
    <message>
        <source>Said out loud (verbal)</source>
        <translation>Wedi&apos;i ddweud yn uchel (llafar)</translation>
    </message>
    <message>
        <source>Signed a form (written)</source>
        <translation>Wedi llofnodi ffurflen (ysgrifenedig)</translation>
    </message>
    <message>
        <source>On the phone</source>
        <translation>Ar y ffôn</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
</context>
<context>
    <name>ConsentScope</name>
    <message>
        <source>Keep notes about me in LinkDesk</source>
        <translation>Cadw nodiadau amdana i yn LinkDesk</translation>
    </message>
    <message>
        <source>Share updates with my GP</source>
        <translation>Rhannu newyddion gyda fy meddyg teulu</translation>
    </message>
    <message>
        <source>Share updates with the person who referred me</source>
        <translation>Rhannu newyddion gyda&apos;r person a&apos;m hatgyfeiriodd</translation>
    </message>
    <message>
        <source>Share my details with services I am connected to</source>
        <translation>Rhannu fy manylion gyda gwasanaethau rwy&apos;n gysylltiedig â nhw</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>I will keep notes of what we talk about today: what matters to you, your goals, the groups and services we agree, and how you are feeling. They are kept locked on this laptop. You can see them, ask me to correct them, or ask me to delete them at any time.</source>
        <translation>Byddaf yn cadw nodiadau o&apos;r hyn rydym yn siarad amdano heddiw: beth sy&apos;n bwysig i chi, eich nodau, y grwpiau a&apos;r gwasanaethau rydym yn cytuno arnynt, a sut rydych chi&apos;n teimlo. Maen nhw&apos;n cael eu cadw dan glo ar y gliniadur hwn. Gallwch eu gweld, gofyn i mi eu cywiro, neu ofyn i mi eu dileu unrhyw bryd.</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Croeso, %1</translation>
    </message>
    <message>
        <source>Where we are &amp;meeting</source>
        <translation>Ble rydym yn &amp;cyfarfod</translation>
    </message>
    <message>
        <source>Where we are meeting</source>
        <translation>Ble rydym yn cyfarfod</translation>
    </message>
    <message>
        <source>e.g. the library</source>
        <translation>e.e. y llyfrgell</translation>
    </message>
    <message>
        <source>Is it all right to…</source>
        <translation>Ydy hi&apos;n iawn i…</translation>
    </message>
    <message>
        <source>&amp;Keep notes about me in LinkDesk</source>
        <translation>Cadw &amp;nodiadau amdana i yn LinkDesk</translation>
    </message>
    <message>
        <source>Share updates with my &amp;GP</source>
        <translation>Rhannu newyddion gyda fy &amp;meddyg teulu</translation>
    </message>
    <message>
        <source>Share updates with the person who &amp;referred me</source>
        <translation>Rhannu newyddion gyda&apos;r person a&apos;m h&amp;atgyfeiriodd</translation>
    </message>
    <message>
        <source>Share my details with &amp;services I am connected to</source>
        <translation>Rhannu fy manylion gyda &amp;gwasanaethau rwy&apos;n gysylltiedig â nhw</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Sut y rhoddwyd caniatâd</translation>
    </message>
    <message>
        <source>&amp;How they agreed</source>
        <translation>&amp;Sut y cytunon nhw</translation>
    </message>
    <message>
        <source>&amp;Date agreed</source>
        <translation>&amp;Dyddiad cytuno</translation>
    </message>
    <message>
        <source>Date consent was given</source>
        <translation>Dyddiad rhoi caniatâd</translation>
    </message>
    <message>
        <source>Consent not recorded</source>
        <translation>Caniatâd heb ei gofnodi</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Caniatâd wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Nothing about consent is recorded yet. Please ask first: tick what they agree to. To carry on without it, go to the next step again.</source>
        <translation>Does dim byd am ganiatâd wedi&apos;i gofnodi eto. Gofynnwch yn gyntaf: ticiwch yr hyn maen nhw&apos;n cytuno iddo. I barhau hebddo, ewch i&apos;r cam nesaf eto.</translation>
    </message>
    <message>
        <source>%1 Until it can be read, new decisions are dated today.</source>
        <translation>%1 Hyd nes y gellir ei ddarllen, mae penderfyniadau newydd yn cael dyddiad heddiw.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>do</translation>
    </message>
    <message>
        <source>no</source>
        <translation>naddo</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Wedi&apos;i gofnodi: %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Dim wedi&apos;i gofnodi eto.</translation>
    </message>
</context>
<context>
    <name>ConversationKind</name>
    <message>
        <source>First conversation</source>
        <translation>Sgwrs gyntaf</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Apwyntiad dilynol</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Closing conversation</source>
        <translation>Sgwrs olaf</translation>
    </message>
</context>
<context>
    <name>ConversationWindow</name>
    <message>
        <source>Conversation - LinkDesk</source>
        <translation>Sgwrs - LinkDesk</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Sgwrs gyda %1</translation>
    </message>
    <message>
        <source>%1 - %2, %3</source>
        <translation>%1 - %2, %3</translation>
    </message>
    <message>
        <source>Show the person (F11)</source>
        <translation>Dangos i&apos;r person (F11)</translation>
    </message>
    <message>
        <source>Show the person</source>
        <translation>Dangos i&apos;r person</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Problem cadw</translation>
    </message>
    <message>
        <source>&lt; Back  (Ctrl+PgUp)</source>
        <translation>&lt; Yn ôl  (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Cam blaenorol</translation>
    </message>
    <message>
        <source>Next  (Ctrl+PgDn) &gt;</source>
        <translation>Nesaf  (Ctrl+PgDn) &gt;</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Cam nesaf</translation>
    </message>
    <message>
        <source>The person&apos;s language</source>
        <translation>Iaith y person</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <translation>Cyfieithiad: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Cam %1 o %2: %3</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 12/03/1971</source>
        <translation>e.e. 12/03/1971</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>%1 not known</source>
        <translation>%1 ddim yn hysbys</translation>
    </message>
    <message>
        <source>%1, as understood</source>
        <translation>%1, fel y&apos;i deallwyd</translation>
    </message>
    <message>
        <source>Type the date, or tick Not known.</source>
        <translation>Teipiwch y dyddiad, neu ticiwch Ddim yn hysbys.</translation>
    </message>
    <message>
        <source>Type the date, for example 12/03/1971.</source>
        <translation>Teipiwch y dyddiad, er enghraifft 12/03/1971.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Type a need, a service or a place, e.g. walking</source>
        <translation>Teipiwch angen, gwasanaeth neu le, e.e. cerdded</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Unrhyw ddiwrnod</translation>
    </message>
    <message>
        <source>F&amp;ree only</source>
        <translation>&amp;Am ddim yn unig</translation>
    </message>
    <message>
        <source>Free services only</source>
        <translation>Gwasanaethau am ddim yn unig</translation>
    </message>
    <message>
        <source>Step-free / accessib&amp;le</source>
        <translation>He&amp;b risiau / hygyrch</translation>
    </message>
    <message>
        <source>Step-free or accessible services only</source>
        <translation>Gwasanaethau heb risiau neu hygyrch yn unig</translation>
    </message>
    <message>
        <source>Sho&amp;w retired</source>
        <translation>Dangos rhai wedi&apos;&amp;u hymddeol</translation>
    </message>
    <message>
        <source>Show retired services too</source>
        <translation>Dangos gwasanaethau wedi&apos;u hymddeol hefyd</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>C&amp;hwilio</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Chwilio&apos;r cyfeiriadur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>Ca&amp;tegori</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Diwrnod</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Diwrnod o&apos;r wythnos</translation>
    </message>
    <message>
        <source>Number of services found</source>
        <translation>Nifer y gwasanaethau a gafwyd</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <source>Edit this service</source>
        <translation>Golygu&apos;r gwasanaeth hwn</translation>
    </message>
    <message>
        <source>&amp;Mark as checked today</source>
        <translation>&amp;Nodi wedi&apos;i wirio heddiw</translation>
    </message>
    <message>
        <source>Mark as checked today</source>
        <translation>Nodi wedi&apos;i wirio heddiw</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Ymddeol</translation>
    </message>
    <message>
        <source>Retire this service</source>
        <translation>Ymddeol y gwasanaeth hwn</translation>
    </message>
    <message>
        <source>Your own notes about this service (kept on re-import)</source>
        <translation>Eich nodiadau eich hun am y gwasanaeth hwn (yn cael eu cadw wrth ail-fewnforio)</translation>
    </message>
    <message>
        <source>Your &amp;notes</source>
        <translation>&amp;Eich nodiadau</translation>
    </message>
    <message>
        <source>Your notes about this service</source>
        <translation>Eich nodiadau am y gwasanaeth hwn</translation>
    </message>
    <message>
        <source>Save n&amp;otes</source>
        <translation>Cadw&apos;r n&amp;odiadau</translation>
    </message>
    <message>
        <source>Save your notes</source>
        <translation>Cadw eich nodiadau</translation>
    </message>
    <message>
        <source>&amp;Add a service…</source>
        <translation>Ych&amp;wanegu gwasanaeth…</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Ychwanegu gwasanaeth</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>Mewnfo&amp;rio ffeil…</translation>
    </message>
    <message>
        <source>Import services from a file</source>
        <translation>Mewnforio gwasanaethau o ffeil</translation>
    </message>
    <message>
        <source>Import an Open Referral CSV package folder</source>
        <translation>Mewnforio ffolder pecyn CSV Open Referral</translation>
    </message>
    <message>
        <source>Im&amp;port folder…</source>
        <translation>Mewnfor&amp;io ffolder…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>A&amp;llforio CSV…</translation>
    </message>
    <message>
        <source>Export the directory as CSV</source>
        <translation>Allforio&apos;r cyfeiriadur fel CSV</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Unrhyw gategori</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>Dim gwasanaethau</numerusform>
            <numerusform>%n gwasanaeth</numerusform>
            <numerusform>%n wasanaeth</numerusform>
            <numerusform>%n gwasanaeth</numerusform>
            <numerusform>%n gwasanaeth</numerusform>
        </translation>
    </message>
    <message>
        <source>No services found</source>
        <translation>Ni chafwyd gwasanaethau</translation>
    </message>
    <message numerus="yes">
        <source>No exact match: %n close match(es)</source>
        <translation>
            <numerusform>Dim union gyfatebiaeth: %n cyfatebiaeth agos</numerusform>
            <numerusform>Dim union gyfatebiaeth: %n cyfatebiaeth agos</numerusform>
            <numerusform>Dim union gyfatebiaeth: %n cyfatebiaeth agos</numerusform>
            <numerusform>Dim union gyfatebiaeth: %n cyfatebiaeth agos</numerusform>
            <numerusform>Dim union gyfatebiaeth: %n cyfatebiaeth agos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Dod â &amp;nôl</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Cyfeiriadur</translation>
    </message>
</context>
<context>
    <name>DueFilter</name>
    <message>
        <source>Any</source>
        <translation>Unrhyw</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>I fod yr wythnos hon</translation>
    </message>
    <message>
        <source>Overdue or due this week</source>
        <translation>Yn hwyr neu i fod yr wythnos hon</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a person&apos;s record</source>
        <translation>Dileu cofnod person</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This erases %1 and everything about them, for good.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It cannot be undone. Backups made earlier still hold the record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mae hyn yn dileu %1 a phopeth amdanyn nhw, am byth.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ni ellir ei ddadwneud. Mae copïau wrth gefn a wnaed yn gynharach yn dal i gynnwys y cofnod.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the person&apos;s name to confirm</source>
        <translation>Teipiwch enw&apos;r person i gadarnhau</translation>
    </message>
    <message>
        <source>Type their name (&lt;i&gt;%1&lt;/i&gt;) to &amp;confirm:</source>
        <translation>Teipiwch eu henw (&lt;i&gt;%1&lt;/i&gt;) i &amp;gadarnhau:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Dileu am byth</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Dileu am byth</translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <source>no date that can be read yet</source>
        <translation>dim dyddiad y gellir ei ddarllen eto</translation>
    </message>
    <message>
        <source>When shall we meet next?</source>
        <translation>Pryd fyddwn ni&apos;n cyfarfod nesaf?</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Dyddiad yr apwyntiad dilynol</translation>
    </message>
    <message>
        <source>Kind of follow-up</source>
        <translation>Math o apwyntiad dilynol</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Ble</translation>
    </message>
    <message>
        <source>Follow-up venue</source>
        <translation>Lleoliad yr apwyntiad dilynol</translation>
    </message>
    <message>
        <source>e.g. the library</source>
        <translation>e.e. y llyfrgell</translation>
    </message>
    <message>
        <source>&amp;Book the follow-up (Enter)</source>
        <translation>&amp;Trefnu&apos;r apwyntiad dilynol (Enter)</translation>
    </message>
    <message>
        <source>Book the follow-up</source>
        <translation>Trefnu&apos;r apwyntiad dilynol</translation>
    </message>
    <message>
        <source>Follow-ups booked</source>
        <translation>Apwyntiadau dilynol wedi&apos;u trefnu</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Y cynllun</translation>
    </message>
    <message>
        <source>&amp;Print plan</source>
        <translation>&amp;Argraffu&apos;r cynllun</translation>
    </message>
    <message>
        <source>Print plan</source>
        <translation>Argraffu&apos;r cynllun</translation>
    </message>
    <message>
        <source>&amp;Finish the conversation</source>
        <translation>&amp;Gorffen y sgwrs</translation>
    </message>
    <message>
        <source>Finish the conversation</source>
        <translation>Gorffen y sgwrs</translation>
    </message>
    <message>
        <source>What finishing does</source>
        <translation>Beth mae gorffen yn ei wneud</translation>
    </message>
    <message>
        <source>Draft - not booked yet: %1. Press Book to book it.</source>
        <translation>Drafft - heb ei drefnu eto: %1. Pwyswch Trefnu i&apos;w drefnu.</translation>
    </message>
    <message>
        <source>Booked: %1.</source>
        <translation>Wedi trefnu: %1.</translation>
    </message>
    <message>
        <source>Finishing books the draft meeting and marks this conversation as done.</source>
        <translation>Mae gorffen yn trefnu&apos;r cyfarfod drafft ac yn nodi bod y sgwrs hon wedi&apos;i gwneud.</translation>
    </message>
    <message>
        <source>Finishing marks this conversation as done.</source>
        <translation>Mae gorffen yn nodi bod y sgwrs hon wedi&apos;i gwneud.</translation>
    </message>
    <message>
        <source>Everything typed is saved; you can close the window at any time and carry on later.</source>
        <translation>Mae popeth a deipiwyd wedi&apos;i gadw; gallwch gau&apos;r ffenestr unrhyw bryd a pharhau yn nes ymlaen.</translation>
    </message>
    <message>
        <source>The next meeting stays a draft until it is booked.</source>
        <translation>Mae&apos;r cyfarfod nesaf yn aros yn ddrafft nes iddo gael ei drefnu.</translation>
    </message>
    <message>
        <source>What was just typed is being saved.</source>
        <translation>Mae&apos;r hyn a deipiwyd newydd yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Something typed is not saved yet: see the note beside it.</source>
        <translation>Nid yw rhywbeth a deipiwyd wedi&apos;i gadw eto: gweler y nodyn wrth ei ymyl.</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1, %2 yn %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No follow-up booked yet.</source>
        <translation>Dim apwyntiad dilynol wedi&apos;i drefnu eto.</translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <source>In person</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Fideo</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Ymweliad cartref</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Booked</source>
        <translation>Wedi trefnu</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Wedi mynychu</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Heb fynychu</translation>
    </message>
    <message>
        <source>Cancelled by the person</source>
        <translation>Canslwyd gan y person</translation>
    </message>
    <message>
        <source>Cancelled by the link worker</source>
        <translation>Canslwyd gan y gweithiwr cyswllt</translation>
    </message>
    <message>
        <source>Rebooked</source>
        <translation>Wedi aildrefnu</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Wedi newid</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Wedi stopio</translation>
    </message>
</context>
<context>
    <name>GoalsStep</name>
    <message>
        <source>Write the goal in the person&apos;s own words first. What else you type is kept.</source>
        <translation>Ysgrifennwch y nod yng ngeiriau&apos;r person ei hun yn gyntaf. Mae popeth arall a deipiwch yn cael ei gadw.</translation>
    </message>
    <message>
        <source>A goal needs its words: it keeps the ones it had until new ones are typed.</source>
        <translation>Mae angen geiriau ar nod: mae&apos;n cadw&apos;r rhai oedd ganddo nes i rai newydd gael eu teipio.</translation>
    </message>
    <message>
        <source>What would you like to work towards?</source>
        <translation>Beth hoffech chi weithio tuag ato?</translation>
    </message>
    <message>
        <source>Goals so far</source>
        <translation>Nodau hyd yma</translation>
    </message>
    <message>
        <source>Goals &amp;so far</source>
        <translation>&amp;Nodau hyd yma</translation>
    </message>
    <message>
        <source>The goal this form edits</source>
        <translation>Y nod y mae&apos;r ffurflen hon yn ei olygu</translation>
    </message>
    <message>
        <source>New go&amp;al (Enter)</source>
        <translation>N&amp;od newydd (Enter)</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nod newydd</translation>
    </message>
    <message>
        <source>&amp;Goal, in their words</source>
        <translation>Nod, yn eu &amp;geiriau nhw</translation>
    </message>
    <message>
        <source>Goal, in their words</source>
        <translation>Nod, yn eu geiriau nhw</translation>
    </message>
    <message>
        <source>I want to…</source>
        <translation>Rwyf eisiau…</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>Pam &amp;mae&apos;n bwysig</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pam mae&apos;n bwysig</translation>
    </message>
    <message>
        <source>&amp;First small step</source>
        <translation>Cam bach &amp;cyntaf</translation>
    </message>
    <message>
        <source>First small step</source>
        <translation>Cam bach cyntaf</translation>
    </message>
    <message>
        <source>&amp;Target date</source>
        <translation>Dyddiad &amp;targed</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Goal guidance</source>
        <translation>Arweiniad am y nod</translation>
    </message>
    <message>
        <source>How is it going?</source>
        <translation>Sut mae&apos;n mynd?</translation>
    </message>
    <message>
        <source>Progress not&amp;e</source>
        <translation>Nodyn &amp;cynnydd</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Nodyn cynnydd</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>dewisol</translation>
    </message>
    <message>
        <source>In &amp;progress</source>
        <translation>Ar y &amp;gweill</translation>
    </message>
    <message>
        <source>Achie&amp;ved</source>
        <translation>Wedi&apos;i gy&amp;flawni</translation>
    </message>
    <message>
        <source>C&amp;hanged</source>
        <translation>Wedi &amp;newid</translation>
    </message>
    <message>
        <source>St&amp;opped</source>
        <translation>Wedi &amp;stopio</translation>
    </message>
    <message>
        <source>Mark goal: %1</source>
        <translation>Nodi&apos;r nod: %1</translation>
    </message>
    <message>
        <source>Goal history</source>
        <translation>Hanes y nod</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Editing goal: %1</source>
        <translation>Golygu nod: %1</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Nawr: %1.</translation>
    </message>
    <message>
        <source>%1: %2 - %3</source>
        <translation>%1: %2 - %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Importance</name>
    <message>
        <source>A little</source>
        <translation>Ychydig</translation>
    </message>
    <message>
        <source>Quite a lot</source>
        <translation>Eithaf tipyn</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>Llawer</translation>
    </message>
</context>
<context>
    <name>ImportancePicker</name>
    <message>
        <source>Not now</source>
        <translation>Nid nawr</translation>
    </message>
    <message>
        <source>%1: how much it matters</source>
        <translation>%1: pa mor bwysig ydyw</translation>
    </message>
    <message>
        <source>Press 0 to 3, or the arrow keys</source>
        <translation>Pwyswch 0 i 3, neu&apos;r bysellau saeth</translation>
    </message>
    <message>
        <source>%1: how much it matters (press 0 to 3)</source>
        <translation>%1: pa mor bwysig ydyw (pwyswch 0 i 3)</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>the GP</source>
        <translation>y meddyg teulu</translation>
    </message>
    <message>
        <source>the referrer</source>
        <translation>yr atgyfeiriwr</translation>
    </message>
    <message>
        <source>The person agreed to share with %1: the letter tells the story of the support.</source>
        <translation>Cytunodd y person i rannu â %1: mae&apos;r llythyr yn adrodd hanes y cymorth.</translation>
    </message>
    <message>
        <source>No consent to share with %1: the letter carries only identifiers, dates and codes, and says why.</source>
        <translation>Dim caniatâd i rannu â %1: dim ond dynodwyr, dyddiadau a chodau sydd yn y llythyr, ac mae&apos;n dweud pam.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Cadw&apos;r llythyr fel PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter cannot be shown</source>
        <translation>Ni ellir dangos y llythyr</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>Message back to %1</source>
        <translation>Neges yn ôl i %1</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Rhagolwg y llythyr</translation>
    </message>
    <message>
        <source>What the letter carries</source>
        <translation>Beth mae&apos;r llythyr yn ei gynnwys</translation>
    </message>
    <message>
        <source>Preparing the letter…</source>
        <translation>Yn paratoi&apos;r llythyr…</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Statws y rhagolwg</translation>
    </message>
    <message>
        <source>Letter preview pages</source>
        <translation>Tudalennau rhagolwg y llythyr</translation>
    </message>
    <message>
        <source>The letter exactly as it will be printed</source>
        <translation>Y llythyr yn union fel y caiff ei argraffu</translation>
    </message>
    <message>
        <source>&amp;Preview: this is exactly what will be printed or saved.</source>
        <translation>Rhagolwg: &amp;dyma&apos;n union beth fydd yn cael ei argraffu neu ei gadw.</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Argraffu&apos;r llythyr</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save the letter as a PDF file</source>
        <translation>Cadw&apos;r llythyr fel ffeil PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Cau&apos;r rhagolwg</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not show the letter.</source>
        <translation>Ni allai&apos;r rhagolwg ddangos y llythyr.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Methodd yr argraffu</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wedi&apos;i anfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>The letter was not saved</source>
        <translation>Ni chadwyd y llythyr</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Wedi&apos;i gadw yn %1</translation>
    </message>
</context>
<context>
    <name>LetterRecipient</name>
    <message>
        <source>GP</source>
        <translation>Meddyg teulu</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Atgyfeiriwr</translation>
    </message>
</context>
<context>
    <name>LifeArea</name>
    <message>
        <source>Feeling lonely or isolated</source>
        <translation>Teimlo&apos;n unig neu&apos;n ynysig</translation>
    </message>
    <message>
        <source>Who do you see in a usual week?</source>
        <translation>Pwy ydych chi&apos;n eu gweld mewn wythnos arferol?</translation>
    </message>
    <message>
        <source>Mood and mental wellbeing</source>
        <translation>Hwyliau a llesiant meddyliol</translation>
    </message>
    <message>
        <source>How have you been feeling lately?</source>
        <translation>Sut ydych chi wedi bod yn teimlo&apos;n ddiweddar?</translation>
    </message>
    <message>
        <source>Being more active</source>
        <translation>Bod yn fwy egnïol</translation>
    </message>
    <message>
        <source>What would you like to be able to do?</source>
        <translation>Beth hoffech chi allu ei wneud?</translation>
    </message>
    <message>
        <source>Money and debt</source>
        <translation>Arian a dyled</translation>
    </message>
    <message>
        <source>Is money a worry at the moment?</source>
        <translation>Ydy arian yn bryder ar hyn o bryd?</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>How are things where you live?</source>
        <translation>Sut mae pethau lle rydych chi&apos;n byw?</translation>
    </message>
    <message>
        <source>Work, learning and volunteering</source>
        <translation>Gwaith, dysgu a gwirfoddoli</translation>
    </message>
    <message>
        <source>Is there something you would like to learn or do?</source>
        <translation>Oes rhywbeth yr hoffech ei ddysgu neu ei wneud?</translation>
    </message>
    <message>
        <source>Caring for someone</source>
        <translation>Gofalu am rywun</translation>
    </message>
    <message>
        <source>Do you look after anyone?</source>
        <translation>Ydych chi&apos;n gofalu am unrhyw un?</translation>
    </message>
    <message>
        <source>Living with a health condition</source>
        <translation>Byw gyda chyflwr iechyd</translation>
    </message>
    <message>
        <source>How does your health affect your days?</source>
        <translation>Sut mae eich iechyd yn effeithio ar eich dyddiau?</translation>
    </message>
    <message>
        <source>Food and cooking</source>
        <translation>Bwyd a choginio</translation>
    </message>
    <message>
        <source>Are you able to eat well?</source>
        <translation>Ydych chi&apos;n gallu bwyta&apos;n dda?</translation>
    </message>
    <message>
        <source>Getting out and about</source>
        <translation>Mynd allan a chrwydro</translation>
    </message>
    <message>
        <source>How do you get around?</source>
        <translation>Sut ydych chi&apos;n teithio o gwmpas?</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Hyder</translation>
    </message>
    <message>
        <source>What would help you feel more confident?</source>
        <translation>Beth fyddai&apos;n eich helpu i deimlo&apos;n fwy hyderus?</translation>
    </message>
    <message>
        <source>Phones, computers and the internet</source>
        <translation>Ffonau, cyfrifiaduron a&apos;r rhyngrwyd</translation>
    </message>
    <message>
        <source>Would help with technology be useful?</source>
        <translation>A fyddai help gyda thechnoleg yn ddefnyddiol?</translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message>
        <source>Press any key or move the mouse to carry on.</source>
        <translation>Pwyswch unrhyw fysell neu symudwch y llygoden i barhau.</translation>
    </message>
    <message numerus="yes">
        <source>LinkDesk locks in %n second(s).</source>
        <translation>
            <numerusform>Bydd LinkDesk yn cloi mewn %n eiliad.</numerusform>
            <numerusform>Bydd LinkDesk yn cloi mewn %n eiliad.</numerusform>
            <numerusform>Bydd LinkDesk yn cloi mewn %n eiliad.</numerusform>
            <numerusform>Bydd LinkDesk yn cloi mewn %n eiliad.</numerusform>
            <numerusform>Bydd LinkDesk yn cloi mewn %n eiliad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LinkDesk</source>
        <translation>LinkDesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Cyfeiriadur</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Ychwanegu person…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Gwneud &amp;copi wrth gefn…</translation>
    </message>
    <message>
        <source>&amp;Merge a backup…</source>
        <translation>C&amp;yfuno copi wrth gefn…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heddiw</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Llwyth achosion</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>C&amp;yfeiriadur</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Adroddiadau</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>G&amp;osodiadau</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>Dod o hyd i &amp;berson</translation>
    </message>
    <message>
        <source>Start or resume &amp;conversation</source>
        <translation>Dechrau neu ailddechrau &amp;sgwrs</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic details</source>
        <translation>Copïo manylion &amp;diagnostig</translation>
    </message>
    <message>
        <source>&amp;About LinkDesk</source>
        <translation>&amp;Ynghylch LinkDesk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Prif</translation>
    </message>
    <message>
        <source>← To&amp;day</source>
        <translation>← He&amp;ddiw</translation>
    </message>
    <message>
        <source>Back to Today</source>
        <translation>Yn ôl i Heddiw</translation>
    </message>
    <message>
        <source>Back to Today (Esc)</source>
        <translation>Yn ôl i Heddiw (Esc)</translation>
    </message>
    <message>
        <source>← &amp;Caseload</source>
        <translation>← Ll&amp;wyth achosion</translation>
    </message>
    <message>
        <source>Back to the caseload</source>
        <translation>Yn ôl i&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Back to the caseload (Esc)</source>
        <translation>Yn ôl i&apos;r llwyth achosion (Esc)</translation>
    </message>
    <message>
        <source>The meeting was marked attended.</source>
        <translation>Nodwyd bod y cyfarfod wedi&apos;i fynychu.</translation>
    </message>
    <message>
        <source>About LinkDesk</source>
        <translation>Ynghylch LinkDesk</translation>
    </message>
    <message>
        <source>LinkDesk %1
An offline, encrypted caseload for social prescribing link workers.</source>
        <translation>LinkDesk %1
Llwyth achosion all-lein, wedi&apos;i amgryptio, ar gyfer gweithwyr cyswllt presgripsiynu cymdeithasol.</translation>
    </message>
    <message>
        <source>This workspace has not been backed up yet: use File &gt; Back up… (Ctrl+Shift+B).</source>
        <translation>Nid oes copi wrth gefn o&apos;r gweithle hwn eto: defnyddiwch Ffeil &gt; Gwneud copi wrth gefn… (Ctrl+Shift+B).</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was %n day(s) ago: use File &gt; Back up… (Ctrl+Shift+B) (last folder: %1).</source>
        <translation>
            <numerusform>Gwnaed y copi wrth gefn diwethaf %n diwrnod yn ôl: defnyddiwch Ffeil &gt; Gwneud copi wrth gefn… (Ctrl+Shift+B) (ffolder diwethaf: %1).</numerusform>
            <numerusform>Gwnaed y copi wrth gefn diwethaf %n diwrnod yn ôl: defnyddiwch Ffeil &gt; Gwneud copi wrth gefn… (Ctrl+Shift+B) (ffolder diwethaf: %1).</numerusform>
            <numerusform>Gwnaed y copi wrth gefn diwethaf %n diwrnod yn ôl: defnyddiwch Ffeil &gt; Gwneud copi wrth gefn… (Ctrl+Shift+B) (ffolder diwethaf: %1).</numerusform>
            <numerusform>Gwnaed y copi wrth gefn diwethaf %n diwrnod yn ôl: defnyddiwch Ffeil &gt; Gwneud copi wrth gefn… (Ctrl+Shift+B) (ffolder diwethaf: %1).</numerusform>
            <numerusform>Gwnaed y copi wrth gefn diwethaf %n diwrnod yn ôl: defnyddiwch Ffeil &gt; Gwneud copi wrth gefn… (Ctrl+Shift+B) (ffolder diwethaf: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last backup was %n day(s) ago: use File &gt; Back up… (Ctrl+Shift+B).</source>
        <translation>
            <numerusform>Gwnaed y copi wrth gefn diwethaf %n diwrnod yn ôl: defnyddiwch Ffeil &gt; Gwneud copi wrth gefn… (Ctrl+Shift+B).</numerusform>
            <numerusform>Gwnaed y copi wrth gefn diwethaf %n diwrnod yn ôl: defnyddiwch Ffeil &gt; Gwneud copi wrth gefn… (Ctrl+Shift+B).</numerusform>
            <numerusform>Gwnaed y copi wrth gefn diwethaf %n diwrnod yn ôl: defnyddiwch Ffeil &gt; Gwneud copi wrth gefn… (Ctrl+Shift+B).</numerusform>
            <numerusform>Gwnaed y copi wrth gefn diwethaf %n diwrnod yn ôl: defnyddiwch Ffeil &gt; Gwneud copi wrth gefn… (Ctrl+Shift+B).</numerusform>
            <numerusform>Gwnaed y copi wrth gefn diwethaf %n diwrnod yn ôl: defnyddiwch Ffeil &gt; Gwneud copi wrth gefn… (Ctrl+Shift+B).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup is dated %1, %2 in the future: this laptop&apos;s clock was wrong when it was made. Check the date and time, then make a new backup: use File &gt; Back up… (Ctrl+Shift+B) (last folder: %3).</source>
        <translation>Mae&apos;r copi wrth gefn diwethaf wedi&apos;i ddyddio %1, %2 yn y dyfodol: roedd cloc y gliniadur hwn yn anghywir pan gafodd ei wneud. Gwiriwch y dyddiad a&apos;r amser, yna gwnewch gopi wrth gefn newydd: defnyddiwch Ffeil &gt; Gwneud copi wrth gefn… (Ctrl+Shift+B) (ffolder diwethaf: %3).</translation>
    </message>
    <message>
        <source>The last backup is dated %1, %2 in the future: this laptop&apos;s clock was wrong when it was made. Check the date and time, then make a new backup: use File &gt; Back up… (Ctrl+Shift+B).</source>
        <translation>Mae&apos;r copi wrth gefn diwethaf wedi&apos;i ddyddio %1, %2 yn y dyfodol: roedd cloc y gliniadur hwn yn anghywir pan gafodd ei wneud. Gwiriwch y dyddiad a&apos;r amser, yna gwnewch gopi wrth gefn newydd: defnyddiwch Ffeil &gt; Gwneud copi wrth gefn… (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <source>LinkDesk is still writing %1: it will not close until that has finished. Quit again then.</source>
        <translation>Mae LinkDesk yn dal i ysgrifennu %1: ni fydd yn cau nes bod hynny wedi gorffen. Gadewch eto bryd hynny.</translation>
    </message>
</context>
<context>
    <name>MattersStep</name>
    <message>
        <source>What would a good day look like for you?</source>
        <translation>Sut fyddai diwrnod da yn edrych i chi?</translation>
    </message>
    <message>
        <source>What matters most to you at the moment?</source>
        <translation>Beth sydd bwysicaf i chi ar hyn o bryd?</translation>
    </message>
    <message>
        <source>What gets in the way?</source>
        <translation>Beth sy&apos;n eich rhwystro?</translation>
    </message>
    <message>
        <source>Who or what helps you?</source>
        <translation>Pwy neu beth sy&apos;n eich helpu?</translation>
    </message>
    <message>
        <source>What did you used to enjoy doing?</source>
        <translation>Beth oeddech chi&apos;n arfer mwynhau ei wneud?</translation>
    </message>
    <message>
        <source>If things were a bit better in three months, what would be different?</source>
        <translation>Pe bai pethau ychydig yn well ymhen tri mis, beth fyddai&apos;n wahanol?</translation>
    </message>
    <message>
        <source>What matters to you?</source>
        <translation>Beth sy&apos;n bwysig i chi?</translation>
    </message>
    <message>
        <source>In their own &amp;words</source>
        <translation>Yn eu &amp;geiriau eu hunain</translation>
    </message>
    <message>
        <source>What matters to the person, in their own words</source>
        <translation>Beth sy&apos;n bwysig i&apos;r person, yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <source>Write down what they say, in their words…</source>
        <translation>Ysgrifennwch yr hyn maen nhw&apos;n ei ddweud, yn eu geiriau nhw…</translation>
    </message>
    <message>
        <source>Last time they said: %1</source>
        <translation>Y tro diwethaf dywedon nhw: %1</translation>
    </message>
    <message>
        <source>What they said last time</source>
        <translation>Beth ddywedon nhw y tro diwethaf</translation>
    </message>
    <message>
        <source>Prompts, if you need them</source>
        <translation>Awgrymiadau, os oes eu hangen arnoch</translation>
    </message>
</context>
<context>
    <name>NameOrder</name>
    <message>
        <source>Given names first (Anna Kowalska)</source>
        <translation>Enwau cyntaf yn gyntaf (Anna Kowalska)</translation>
    </message>
    <message>
        <source>Family name first (Nguyễn Thị Hương)</source>
        <translation>Cyfenw yn gyntaf (Nguyễn Thị Hương)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Worker only</source>
        <translation>Gweithiwr yn unig</translation>
    </message>
    <message>
        <source>Worker only notes</source>
        <translation>Nodiadau i&apos;r gweithiwr yn unig</translation>
    </message>
    <message>
        <source>&amp;Notes (not shown or printed)</source>
        <translation>Nodiadau (nid ydynt yn cael &amp;eu dangos na&apos;u hargraffu)</translation>
    </message>
    <message>
        <source>Worker notes</source>
        <translation>Nodiadau&apos;r gweithiwr</translation>
    </message>
    <message>
        <source>Safeguarding &amp;concern</source>
        <translation>P&amp;ryder diogelu</translation>
    </message>
    <message>
        <source>Safeguarding concern</source>
        <translation>Pryder diogelu</translation>
    </message>
    <message>
        <source>Concern detai&amp;ls</source>
        <translation>Manylion &amp;y pryder</translation>
    </message>
    <message>
        <source>Safeguarding note</source>
        <translation>Nodyn diogelu</translation>
    </message>
</context>
<context>
    <name>OutcomesChart</name>
    <message>
        <source>Wellbeing scores over time, chart</source>
        <translation>Sgoriau llesiant dros amser, siart</translation>
    </message>
    <message>
        <source>The same numbers are in the table below</source>
        <translation>Mae&apos;r un rhifau yn y tabl isod</translation>
    </message>
    <message>
        <source>No wellbeing scores yet.</source>
        <translation>Dim sgoriau llesiant eto.</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <source>Wellbeing scores over time</source>
        <translation>Sgoriau llesiant dros amser</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>First to latest</source>
        <translation>O&apos;r cyntaf i&apos;r diweddaraf</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Wellbeing sc&amp;ores:</source>
        <translation>Sg&amp;oriau llesiant:</translation>
    </message>
    <message>
        <source>%1 (lower is better)</source>
        <translation>%1 (is yn well)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No follow-up yet</source>
        <translation>Dim apwyntiad dilynol eto</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Dim newid</translation>
    </message>
    <message>
        <source>%1, better</source>
        <translation>%1, yn well</translation>
    </message>
    <message>
        <source>%1, worse</source>
        <translation>%1, yn waeth</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit details</source>
        <translation>Golygu&apos;r manylion</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>&amp;Likes to be called:</source>
        <translation>Hoffi cae&amp;l ei alw:</translation>
    </message>
    <message>
        <source>The name they would like you to use, if different</source>
        <translation>Yr enw yr hoffen nhw i chi ei ddefnyddio, os yw&apos;n wahanol</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Dyddiad geni:</translation>
    </message>
    <message>
        <source>Optional: 10 digits, like 943 476 5919</source>
        <translation>Dewisol: 10 digid, fel 943 476 5919</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>Cod p&amp;ost:</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <translation>Cyfieithiad: %1</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>E&amp;nwau cyntaf:</translation>
    </message>
    <message>
        <source>First name and any middle names</source>
        <translation>Enw cyntaf ac unrhyw enwau canol</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>C&amp;yfenw:</translation>
    </message>
    <message>
        <source>Name &amp;order:</source>
        <translation>&amp;Trefn yr enw:</translation>
    </message>
    <message>
        <source>How they write their name: shown and printed in this order</source>
        <translation>Sut maen nhw&apos;n ysgrifennu eu henw: yn cael ei ddangos a&apos;i argraffu yn y drefn hon</translation>
    </message>
    <message>
        <source>Pro&amp;nouns:</source>
        <translation>R&amp;hagenwau:</translation>
    </message>
    <message>
        <source>N&amp;HS number:</source>
        <translation>Rhif &amp;GIG:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Cyf&amp;eiriad:</translation>
    </message>
    <message>
        <source>Preferred lang&amp;uage:</source>
        <translation>Iaith dde&amp;wisol:</translation>
    </message>
    <message>
        <source>Language of &amp;their plan:</source>
        <translation>Iaith e&amp;u cynllun:</translation>
    </message>
    <message>
        <source>The language of their printed plan, the show-the-person screen and the wellbeing questions. Their own words are never translated.</source>
        <translation>Iaith eu cynllun wedi&apos;i argraffu, y sgrin dangos-i&apos;r-person a&apos;r cwestiynau llesiant. Nid yw eu geiriau eu hunain byth yn cael eu cyfieithu.</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>Anghenion cyfathrebu</translation>
    </message>
    <message>
        <source>Record their referral now</source>
        <translation>Cofnodi eu hatgyfeiriad nawr</translation>
    </message>
    <message>
        <source>%1 It will be saved as typed.</source>
        <translation>%1 Caiff ei gadw fel y&apos;i teipiwyd.</translation>
    </message>
    <message>
        <source>As their preferred language: %1</source>
        <translation>Fel eu hiaith ddewisol: %1</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>← &amp;Caseload</source>
        <translation>← Ll&amp;wyth achosion</translation>
    </message>
    <message>
        <source>Back to the caseload</source>
        <translation>Yn ôl i&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Back to the caseload (Esc)</source>
        <translation>Yn ôl i&apos;r llwyth achosion (Esc)</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Enw&apos;r person</translation>
    </message>
    <message>
        <source>&amp;Start conversation</source>
        <translation>&amp;Dechrau sgwrs</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Dechrau sgwrs</translation>
    </message>
    <message>
        <source>Start or carry on a conversation (%1)</source>
        <translation>Dechrau neu barhau â sgwrs (%1)</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>&amp;Argraffu&apos;r cynllun…</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>Argraffu&apos;r cynllun</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Golygu&apos;r manylion…</translation>
    </message>
    <message>
        <source>Edit the person&apos;s details</source>
        <translation>Golygu manylion y person</translation>
    </message>
    <message>
        <source>E&amp;xport record…</source>
        <translation>Allforio&apos;&amp;r cofnod…</translation>
    </message>
    <message>
        <source>Export the person&apos;s record</source>
        <translation>Allforio cofnod y person</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Dileu…</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Dileu&apos;r person hwn</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Likes to be called</source>
        <translation>Hoffi cael ei alw</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Rhagenwau</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>Anghenion cyfathrebu</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Penderfyniad: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Record yes: %1</source>
        <translation>Cofnodi do: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Naddo</translation>
    </message>
    <message>
        <source>Record no: %1</source>
        <translation>Cofnodi naddo: %1</translation>
    </message>
    <message>
        <source>Conversations, goals and follow-ups</source>
        <translation>Sgyrsiau, nodau ac apwyntiadau dilynol</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Sgyrsiau</translation>
    </message>
    <message>
        <source>Con&amp;versations:</source>
        <translation>&amp;Sgyrsiau:</translation>
    </message>
    <message>
        <source>Goals and connections</source>
        <translation>Nodau a chysylltiadau</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Apwyntiadau dilynol</translation>
    </message>
    <message>
        <source>Follow-&amp;ups:</source>
        <translation>A&amp;pwyntiadau dilynol:</translation>
    </message>
    <message>
        <source>Record &amp;what happened…</source>
        <translation>Cofnodi &amp;beth ddigwyddodd…</translation>
    </message>
    <message>
        <source>Record what happened at the chosen meeting</source>
        <translation>Cofnodi beth ddigwyddodd yn y cyfarfod a ddewiswyd</translation>
    </message>
    <message>
        <source>Attended, did not attend, cancelled or rebooked</source>
        <translation>Wedi mynychu, heb fynychu, wedi&apos;i ganslo neu wedi&apos;i aildrefnu</translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation>Llinell amser, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Time&amp;line:</source>
        <translation>&amp;Llinell amser:</translation>
    </message>
    <message>
        <source>Wellbeing over time</source>
        <translation>Llesiant dros amser</translation>
    </message>
    <message>
        <source>Consent not recorded: ask first whether notes may be kept (step 1 of the conversation, or Yes and No under Consent).</source>
        <translation>Caniatâd heb ei gofnodi: gofynnwch yn gyntaf a ellir cadw nodiadau (cam 1 y sgwrs, neu Ie a Na o dan Caniatâd).</translation>
    </message>
    <message>
        <source>[automatic]</source>
        <translation>[awtomatig]</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Dim wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Safeguarding concern recorded: read the conversation notes first.</source>
        <translation>Pryder diogelu wedi&apos;i gofnodi: darllenwch nodiadau&apos;r sgwrs yn gyntaf.</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (oed %2)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Dim wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>wedi gorffen</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>heb orffen</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Dim sgyrsiau eto.</translation>
    </message>
    <message>
        <source>Goals: %1 (%2 achieved). Connections: %3.</source>
        <translation>Nodau: %1 (%2 wedi&apos;u cyflawni). Cysylltiadau: %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No follow-ups booked.</source>
        <translation>Dim apwyntiadau dilynol wedi&apos;u trefnu.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Cadw&apos;r cynllun fel PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>Argraffu&apos;r cynllun</translation>
    </message>
    <message>
        <source>The printer could not be started. Check it is switched on.</source>
        <translation>Methu cychwyn yr argraffydd. Gwiriwch ei fod ymlaen.</translation>
    </message>
    <message>
        <source>Plan for %1 %2.pdf</source>
        <translation>Cynllun ar gyfer %1 %2.pdf</translation>
    </message>
    <message>
        <source>The plan cannot be shown</source>
        <translation>Ni ellir dangos y cynllun</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>The plan to take home</source>
        <translation>Y cynllun i fynd adref</translation>
    </message>
    <message>
        <source>Plan preview</source>
        <translation>Rhagolwg o&apos;r cynllun</translation>
    </message>
    <message>
        <source>Lar&amp;ge print</source>
        <translation>Print &amp;bras</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <source>Body text of 16 point or more</source>
        <translation>Testun o 16 pwynt neu fwy</translation>
    </message>
    <message>
        <source>&amp;Easy read</source>
        <translation>&amp;Hawdd ei ddeall</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Hawdd ei ddeall</translation>
    </message>
    <message>
        <source>One idea per line, larger text, simpler headings</source>
        <translation>Un syniad i bob llinell, testun mwy, penawdau symlach</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Iaith y cynllun</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <translation>Cyfieithiad: %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Preparing the plan…</source>
        <translation>Yn paratoi&apos;r cynllun…</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Statws y rhagolwg</translation>
    </message>
    <message>
        <source>Plan preview pages</source>
        <translation>Tudalennau rhagolwg y cynllun</translation>
    </message>
    <message>
        <source>The plan exactly as it will be printed</source>
        <translation>Y cynllun yn union fel y caiff ei argraffu</translation>
    </message>
    <message>
        <source>&amp;Preview: this is exactly what will be printed. Check it with the person.</source>
        <translation>&amp;Rhagolwg: dyma&apos;n union beth fydd yn cael ei argraffu. Gwiriwch ef gyda&apos;r person.</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Ar&amp;graffu…</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>Argraffu&apos;r cynllun</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save the plan as a PDF file</source>
        <translation>Cadw&apos;r cynllun fel ffeil PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Cau&apos;r rhagolwg</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not show the plan.</source>
        <translation>Methodd y rhagolwg â dangos y cynllun.</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Fy nghynllun</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Methodd yr argraffu</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wedi&apos;i anfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>Ni chafodd y cynllun ei gadw</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Wedi&apos;i gadw yn %1</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r &amp;cyfan</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;a i&apos;r cyfan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw&apos;r cyfan</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Peidio â chadw</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo lleoliad y &amp;ddolen</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Edit referral</source>
        <translation>Golygu&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Add a referral</source>
        <translation>Ychwanegu atgyfeiriad</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Referral received</source>
        <translation>Atgyfeiriad wedi&apos;i dderbyn</translation>
    </message>
    <message>
        <source>Referral recei&amp;ved:</source>
        <translation>&amp;Atgyfeiriad wedi&apos;i dderbyn:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>Atgyfe&amp;iriwyd gan:</translation>
    </message>
    <message>
        <source>Referrer&apos;s na&amp;me:</source>
        <translation>Enw&apos;&amp;r atgyfeiriwr:</translation>
    </message>
    <message>
        <source>Referrer&apos;s organ&amp;isation:</source>
        <translation>&amp;Sefydliad yr atgyfeiriwr:</translation>
    </message>
    <message>
        <source>&amp;Reason for referral:</source>
        <translation>Rhesw&amp;m dros atgyfeirio:</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Current referral</source>
        <translation>Atgyfeiriad presennol</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Statws newydd</translation>
    </message>
    <message>
        <source>Change status &amp;to:</source>
        <translation>Newid statws &amp;i:</translation>
    </message>
    <message>
        <source>Change the referral status</source>
        <translation>Newid statws yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Change st&amp;atus</source>
        <translation>Newid &amp;y statws</translation>
    </message>
    <message>
        <source>Edit referral…</source>
        <translation>Golygu&apos;r atgyfeiriad…</translation>
    </message>
    <message>
        <source>Edit the referral</source>
        <translation>Golygu&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Message &amp;back…</source>
        <translation>&amp;Neges yn ôl…</translation>
    </message>
    <message>
        <source>Message back to the GP or referrer</source>
        <translation>Neges yn ôl i&apos;r meddyg teulu neu&apos;r atgyfeiriwr</translation>
    </message>
    <message>
        <source>To the &amp;GP…</source>
        <translation>I&apos;r &amp;meddyg teulu…</translation>
    </message>
    <message>
        <source>To the &amp;referrer…</source>
        <translation>I&apos;r &amp;atgyfeiriwr…</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>A&amp;tgyfeiriad newydd…</translation>
    </message>
    <message>
        <source>Add a new referral</source>
        <translation>Ychwanegu atgyfeiriad newydd</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Hanes y statws</translation>
    </message>
    <message>
        <source>No referral recorded yet.</source>
        <translation>Dim atgyfeiriad wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statws: %1</translation>
    </message>
    <message>
        <source>Received %1 from %2</source>
        <translation>Derbyniwyd %1 gan %2</translation>
    </message>
    <message>
        <source>Referrer: %1</source>
        <translation>Atgyfeiriwr: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Rheswm: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Canlyniad: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Wedi cau: %1</translation>
    </message>
    <message>
        <source>Earlier referrals: %1</source>
        <translation>Atgyfeiriadau cynharach: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Choose the new status first.</source>
        <translation>Dewiswch y statws newydd yn gyntaf.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Hanes:</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(yn awtomatig)</translation>
    </message>
</context>
<context>
    <name>ReferralSource</name>
    <message>
        <source>GP</source>
        <translation>Meddyg teulu</translation>
    </message>
    <message>
        <source>Practice nurse</source>
        <translation>Nyrs practis</translation>
    </message>
    <message>
        <source>Social care</source>
        <translation>Gofal cymdeithasol</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Hunanatgyfeirio</translation>
    </message>
    <message>
        <source>Voluntary or community group</source>
        <translation>Grŵp gwirfoddol neu gymunedol</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <source>Received</source>
        <translation>Wedi&apos;i dderbyn</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Wedi cysylltu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi gwrthod</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>To protect privacy, counts from 1 to 4 are shown as &lt;5. Where a small number could still be worked out by subtraction from a total, another count is hidden too (*). Averages and percentages based on fewer than 5 are not shown (n&lt;5).</source>
        <translation>I ddiogelu preifatrwydd, dangosir cyfrifon o 1 i 4 fel &lt;5. Lle gellid dal i gyfrifo rhif bach drwy dynnu o gyfanswm, mae cyfrif arall wedi&apos;i guddio hefyd (*). Ni ddangosir cyfartaleddau a chanrannau sy&apos;n seiliedig ar lai na 5 (n&lt;5).</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Adroddiad:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>ReportTableView</name>
    <message>
        <source>SNOMED CT code</source>
        <translation>Cod SNOMED CT</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Last 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>This financial year</source>
        <translation>Y flwyddyn ariannol hon</translation>
    </message>
    <message>
        <source>Last financial year</source>
        <translation>Y flwyddyn ariannol ddiwethaf</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Drwy&apos;r amser</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Dewis dyddiadau</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Caseload today</source>
        <translation>Llwyth achosion heddiw</translation>
    </message>
    <message numerus="yes">
        <source>Waiting more than %n weeks for first contact</source>
        <translation>
            <numerusform>Yn aros mwy na %n wythnos am y cyswllt cyntaf</numerusform>
            <numerusform>Yn aros mwy na %n wythnos am y cyswllt cyntaf</numerusform>
            <numerusform>Yn aros mwy na %n wythnos am y cyswllt cyntaf</numerusform>
            <numerusform>Yn aros mwy na %n wythnos am y cyswllt cyntaf</numerusform>
            <numerusform>Yn aros mwy na %n wythnos am y cyswllt cyntaf</numerusform>
        </translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Atgyfeiriadau agored</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Apwyntiadau dilynol yn hwyr</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due in the next %n days</source>
        <translation>
            <numerusform>Apwyntiadau dilynol yn ystod y %n diwrnod nesaf</numerusform>
            <numerusform>Apwyntiadau dilynol yn ystod y %n diwrnod nesaf</numerusform>
            <numerusform>Apwyntiadau dilynol yn ystod y %n diwrnod nesaf</numerusform>
            <numerusform>Apwyntiadau dilynol yn ystod y %n diwrnod nesaf</numerusform>
            <numerusform>Apwyntiadau dilynol yn ystod y %n diwrnod nesaf</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes for commissioners (anonymised)</source>
        <translation>Canlyniadau i gomisiynwyr (dienw)</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Cyfnod yr adroddiad</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>C&amp;yfnod:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Diwrnod cyntaf y cyfnod</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Diwrnod olaf y cyfnod</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Allforio&apos;r adroddiad…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Allforio&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Save the report as CSV and PDF in a folder (Ctrl+E)</source>
        <translation>Cadw&apos;r adroddiad fel CSV a PDF mewn ffolder (Ctrl+E)</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Statws yr adroddiad</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Yn cyfrifo&apos;r ffigurau…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Figures for %1.</source>
        <translation>Ffigurau ar gyfer %1.</translation>
    </message>
    <message>
        <source>Could not work out the figures</source>
        <translation>Methu cyfrifo&apos;r ffigurau</translation>
    </message>
    <message>
        <source>Choose the folder to save the report in</source>
        <translation>Dewiswch y ffolder i gadw&apos;r adroddiad ynddo</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Yn cadw&apos;r adroddiad…</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>yr adroddiad</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>Wedi cadw %1 yn %2.</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>Methu cadw&apos;r adroddiad</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Records past their retention period</source>
        <translation>Cofnodion y tu hwnt i&apos;w cyfnod cadw</translation>
    </message>
    <message>
        <source>These people&apos;s referrals all ended more than %1 months ago. Tick the records to erase.</source>
        <translation>Daeth atgyfeiriadau&apos;r bobl hyn i gyd i ben fwy na %1 mis yn ôl. Ticiwch y cofnodion i&apos;w dileu.</translation>
    </message>
    <message>
        <source>Records past retention</source>
        <translation>Cofnodion y tu hwnt i&apos;r cyfnod cadw</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Cofnodion:</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Dewis &amp;y cyfan</translation>
    </message>
    <message>
        <source>Select all records</source>
        <translation>Dewis pob cofnod</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Dewis &amp;dim</translation>
    </message>
    <message>
        <source>Select no records</source>
        <translation>Peidio â dewis unrhyw gofnod</translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation>Dileu&apos;&amp;r rhai a ddewiswyd…</translation>
    </message>
    <message>
        <source>Erase the selected records</source>
        <translation>Dileu&apos;r cofnodion a ddewiswyd</translation>
    </message>
    <message>
        <source>%1 (last referral ended %2)</source>
        <translation>%1 (daeth yr atgyfeiriad olaf i ben %2)</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n people and everything about them, for good? This cannot be undone.</source>
        <translation>
            <numerusform>Dileu %n o bobl a phopeth amdanyn nhw, am byth? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu %n o bobl a phopeth amdanyn nhw, am byth? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu %n o bobl a phopeth amdanyn nhw, am byth? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu %n o bobl a phopeth amdanyn nhw, am byth? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu %n o bobl a phopeth amdanyn nhw, am byth? Ni ellir dadwneud hyn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase records</source>
        <translation>Dileu cofnodion</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Erase not done</source>
        <translation>Heb ddileu</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Saved</source>
        <translation>Wedi cadw</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <source>Not saved yet - see the note</source>
        <translation>Heb gadw eto - gweler y nodyn</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Not checked yet</source>
        <translation>Heb ei wirio eto</translation>
    </message>
    <message>
        <source>Checked today</source>
        <translation>Wedi&apos;i wirio heddiw</translation>
    </message>
    <message>
        <source>Last checked %1: over a year ago, please check it still runs</source>
        <translation>Gwiriwyd ddiwethaf %1: dros flwyddyn yn ôl, gwiriwch ei fod yn dal i redeg</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Gwiriwyd ddiwethaf %1</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Dros y ffôn</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Beth ydyw</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>Math o gymorth</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Ar gyfer pwy</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>How to attend</source>
        <translation>Sut i fynychu</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>How to get there</source>
        <translation>Sut i gyrraedd yno</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Am ddim</translation>
    </message>
    <message>
        <source>Free: %1</source>
        <translation>Am ddim: %1</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ieithoedd</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Hygyrchedd</translation>
    </message>
    <message>
        <source>Retired: no longer offered.</source>
        <translation>Wedi ymddeol: nid yw&apos;n cael ei gynnig mwyach.</translation>
    </message>
    <message>
        <source>Alert:</source>
        <translation>Rhybudd:</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Manylion y gwasanaeth</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Sef&amp;ydliad</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>Cod &amp;post</translation>
    </message>
    <message>
        <source>Area / &amp;town</source>
        <translation>Ardal / &amp;tref</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;bost</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>C&amp;ost</translation>
    </message>
    <message>
        <source>What it is (&amp;description)</source>
        <translation>Beth ydy&amp;w (disgrifiad)</translation>
    </message>
    <message>
        <source>&amp;Address (one line per line)</source>
        <translation>Cyfeiriad (&amp;un llinell i bob llinell)</translation>
    </message>
    <message>
        <source>A&amp;lert (shown first on the card)</source>
        <translation>Rhybudd (y&amp;n cael ei ddangos gyntaf ar y cerdyn)</translation>
    </message>
    <message>
        <source>Who it is &amp;for</source>
        <translation>A&amp;r gyfer pwy</translation>
    </message>
    <message>
        <source>Accessi&amp;bility</source>
        <translation>&amp;Hygyrchedd</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Gwefan</translation>
    </message>
    <message>
        <source>When it r&amp;uns</source>
        <translation>Pryd &amp;mae&apos;n rhedeg</translation>
    </message>
    <message>
        <source>How to get the&amp;re</source>
        <translation>Sut &amp;i gyrraedd yno</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Ychwanegu gwasanaeth</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Golygu&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>Categories, separated by semicolons</source>
        <translation>Categorïau, wedi&apos;u gwahanu gan hanner colon</translation>
    </message>
    <message>
        <source>for example: walking groups; befriending</source>
        <translation>er enghraifft: grwpiau cerdded; cyfeillio</translation>
    </message>
    <message>
        <source>Cate&amp;gories</source>
        <translation>C&amp;ategorïau</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Diwrnodau</translation>
    </message>
    <message>
        <source>&amp;It is free</source>
        <translation>Mae am &amp;ddim</translation>
    </message>
    <message>
        <source>It is free</source>
        <translation>Mae am ddim</translation>
    </message>
    <message>
        <source>Languages spoken, separated by semicolons</source>
        <translation>Ieithoedd a siaredir, wedi&apos;u gwahanu gan hanner colon</translation>
    </message>
    <message>
        <source>Languages spo&amp;ken</source>
        <translation>Ieithoedd a &amp;siaredir</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ServiceList</name>
    <message>
        <source>free</source>
        <translation>am ddim</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Gwasanaethau a gafwyd</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(wedi ymddeol)</translation>
    </message>
</context>
<context>
    <name>ServicePicker</name>
    <message>
        <source>Type what the person is looking for</source>
        <translation>Teipiwch yr hyn mae&apos;r person yn chwilio amdano</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Chwilio&apos;r cyfeiriadur</translation>
    </message>
    <message>
        <source>&amp;Find a service</source>
        <translation>Dod o hyd i &amp;wasanaeth</translation>
    </message>
    <message>
        <source>What the list shows</source>
        <translation>Beth mae&apos;r rhestr yn ei ddangos</translation>
    </message>
    <message>
        <source>&amp;Choose this service</source>
        <translation>&amp;Dewis y gwasanaeth hwn</translation>
    </message>
    <message>
        <source>Choose this service</source>
        <translation>Dewis y gwasanaeth hwn</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>Ni chafwyd gwasanaethau</numerusform>
            <numerusform>%n gwasanaeth wedi&apos;i gael</numerusform>
            <numerusform>%n wasanaeth wedi&apos;u cael</numerusform>
            <numerusform>%n gwasanaeth wedi&apos;u cael</numerusform>
            <numerusform>%n gwasanaeth wedi&apos;u cael</numerusform>
        </translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Pob gwasanaeth</translation>
    </message>
    <message>
        <source>Suggested for the life areas chosen</source>
        <translation>Wedi&apos;u hawgrymu ar gyfer y meysydd bywyd a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>ServiceSource</name>
    <message>
        <source>Open Referral UK</source>
        <translation>Open Referral UK</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Ffeil CSV</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Wedi&apos;i ychwanegu â llaw</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data enghreifftiol</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>You (printed on the plan)</source>
        <translation>Chi (wedi&apos;ch argraffu ar y cynllun)</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>E&amp;ich enw:</translation>
    </message>
    <message>
        <source>Your &amp;phone:</source>
        <translation>&amp;Eich ffôn:</translation>
    </message>
    <message>
        <source>Your &amp;email:</source>
        <translation>Eich e-&amp;bost:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Gweithle</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation>Cloi ar ôl &amp;peidio â&apos;i ddefnyddio am:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pwynt</translation>
    </message>
    <message>
        <source>Plan &amp;text size:</source>
        <translation>Maint &amp;testun y cynllun:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <source>Remind me to &amp;back up every:</source>
        <translation>Atg&amp;offa fi i wneud copi wrth gefn bob:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mis</translation>
    </message>
    <message>
        <source>&amp;Keep closed records for:</source>
        <translation>Cadw cofnodion caeedig &amp;am:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>LinkDesk&apos;s lang&amp;uage:</source>
        <translation>Iaith &amp;LinkDesk:</translation>
    </message>
    <message>
        <source>Add a l&amp;ine</source>
        <translation>&amp;Ychwanegu llinell</translation>
    </message>
    <message>
        <source>The language of LinkDesk&apos;s screens for you. Each person&apos;s plan and what they see on screen are in their own language (set in their details).</source>
        <translation>Iaith sgriniau LinkDesk i chi. Mae cynllun pob person a&apos;r hyn maen nhw&apos;n ei weld ar y sgrin yn eu hiaith eu hunain (wedi&apos;i gosod yn eu manylion).</translation>
    </message>
    <message>
        <source>Your day (the Today screen and bookings)</source>
        <translation>Eich diwrnod (sgrin Heddiw ac apwyntiadau)</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> wythnos</translation>
    </message>
    <message>
        <source>List people not contacted &amp;after:</source>
        <translation>Rhestru pobl &amp;heb gysylltiad ar ôl:</translation>
    </message>
    <message>
        <source>Today lists people with nothing booked and no contact for this long</source>
        <translation>Mae Heddiw yn rhestru pobl heb ddim wedi&apos;i drefnu a heb gysylltiad cyhyd â hyn</translation>
    </message>
    <message>
        <source>Suggest the ne&amp;xt meeting after:</source>
        <translation>A&amp;wgrymu&apos;r cyfarfod nesaf ar ôl:</translation>
    </message>
    <message>
        <source>Bank holida&amp;ys:</source>
        <translation>&amp;Gwyliau banc:</translation>
    </message>
    <message>
        <source>Suggested meeting dates avoid weekends and these bank holidays</source>
        <translation>Mae dyddiadau cyfarfod a awgrymir yn osgoi penwythnosau a&apos;r gwyliau banc hyn</translation>
    </message>
    <message>
        <source>Where to get urgent help (printed on every plan)</source>
        <translation>Ble i gael help brys (wedi&apos;i argraffu ar bob cynllun)</translation>
    </message>
    <message>
        <source>Urgent help lines</source>
        <translation>Llinellau help brys</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit a line</source>
        <translation>Cliciwch ddwywaith neu pwyswch F2 i olygu llinell</translation>
    </message>
    <message>
        <source>&amp;Remove the selected line</source>
        <translation>Tynnu&apos;&amp;r llinell a ddewiswyd</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Name: number, when to call</source>
        <translation>Enw: rhif, pryd i ffonio</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Gosodiadau wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one next time you unlock.</source>
        <translation>Cyfrinymadrodd wedi newid. Defnyddiwch yr un newydd y tro nesaf y byddwch yn datgloi.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <source>Everything in LinkDesk can be done from the keyboard. Press Tab to move, Enter to press a button, and Alt with an underlined letter to jump to a field.</source>
        <translation>Gellir gwneud popeth yn LinkDesk o&apos;r bysellfwrdd. Pwyswch Tab i symud, Enter i bwyso botwm, ac Alt gyda llythyren wedi&apos;i thanlinellu i neidio i faes.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Beth maen nhw&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>&amp;Shortcuts:</source>
        <translation>&amp;Llwybrau byr:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
</context>
<context>
    <name>ShowPersonView</name>
    <message>
        <source>Your plan, shown to the person</source>
        <translation>Eich cynllun, wedi&apos;i ddangos i&apos;r person</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Eich cynllun</translation>
    </message>
    <message>
        <source>Back to the conversation (F11)</source>
        <translation>Yn ôl i&apos;r sgwrs (F11)</translation>
    </message>
</context>
<context>
    <name>StepRail</name>
    <message>
        <source>Steps of the conversation</source>
        <translation>Camau&apos;r sgwrs</translation>
    </message>
    <message>
        <source>Alt and a number jumps to a step; Control Page Up and Page Down move.</source>
        <translation>Mae Alt a rhif yn neidio i gam; mae Control Page Up a Page Down yn symud.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Cam %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Agree the plan</source>
        <translation>Cytuno ar y cynllun</translation>
    </message>
    <message>
        <source>Life areas</source>
        <translation>Meysydd bywyd</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <source>Welcome and consent</source>
        <translation>Croeso a chaniatâd</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation>Beth sy&apos;n bwysig i chi</translation>
    </message>
    <message>
        <source>Wellbeing check</source>
        <translation>Gwiriad llesiant</translation>
    </message>
</context>
<context>
    <name>Timepoint</name>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Apwyntiad dilynol</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Diwedd</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Due today</source>
        <translation>I fod heddiw</translation>
    </message>
    <message>
        <source>Nobody is booked for today.</source>
        <translation>Does neb wedi&apos;i drefnu ar gyfer heddiw.</translation>
    </message>
    <message>
        <source>Overdue: record what happened</source>
        <translation>Yn hwyr: cofnodwch beth ddigwyddodd</translation>
    </message>
    <message>
        <source>No overdue meetings. Well done.</source>
        <translation>Dim cyfarfodydd hwyr. Da iawn.</translation>
    </message>
    <message>
        <source>Waiting for first contact</source>
        <translation>Yn aros am y cyswllt cyntaf</translation>
    </message>
    <message>
        <source>No new referrals are waiting.</source>
        <translation>Does dim atgyfeiriadau newydd yn aros.</translation>
    </message>
    <message>
        <source>Unfinished conversations</source>
        <translation>Sgyrsiau heb eu gorffen</translation>
    </message>
    <message>
        <source>No conversations left unfinished.</source>
        <translation>Dim sgyrsiau heb eu gorffen.</translation>
    </message>
    <message>
        <source>Not contacted for %n weeks or more</source>
        <translation>Dim cyswllt ers %n wythnos neu fwy</translation>
    </message>
    <message>
        <source>Everyone has been in touch recently or has a booking.</source>
        <translation>Mae pawb wedi bod mewn cysylltiad yn ddiweddar neu mae ganddyn nhw apwyntiad.</translation>
    </message>
    <message>
        <source>The rest of this week</source>
        <translation>Gweddill yr wythnos hon</translation>
    </message>
    <message>
        <source>Nothing else booked this week.</source>
        <translation>Dim byd arall wedi&apos;i drefnu&apos;r wythnos hon.</translation>
    </message>
    <message>
        <source>welcome and consent</source>
        <translation>croeso a chaniatâd</translation>
    </message>
    <message>
        <source>what matters</source>
        <translation>beth sy&apos;n bwysig</translation>
    </message>
    <message>
        <source>life areas</source>
        <translation>meysydd bywyd</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>nodau</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>cysylltiadau</translation>
    </message>
    <message>
        <source>wellbeing check</source>
        <translation>gwiriad llesiant</translation>
    </message>
    <message>
        <source>agree the plan</source>
        <translation>cytuno ar y cynllun</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>gorffen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 overdue, was %2</source>
        <translation>%1 yn hwyr, roedd %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>%1, received %2</source>
        <translation>%1, derbyniwyd %2</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>Atgyfeiriwyd gan %1</translation>
    </message>
    <message>
        <source>Resume at %1</source>
        <translation>Ailddechrau yn %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Ailddechrau</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Dim cyswllt erioed</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 ers %2</translation>
    </message>
    <message>
        <source>Referral: %1</source>
        <translation>Atgyfeiriad: %1</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Dyddiad heddiw</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Ad&amp;newyddu</translation>
    </message>
    <message>
        <source>Refresh today&apos;s lists</source>
        <translation>Adnewyddu rhestrau heddiw</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Adnewyddu (F5)</translation>
    </message>
    <message>
        <source>Summary of today</source>
        <translation>Crynodeb o heddiw</translation>
    </message>
    <message>
        <source>Today&apos;s lists</source>
        <translation>Rhestrau heddiw</translation>
    </message>
    <message>
        <source>Enter opens the person, or resumes an unfinished conversation</source>
        <translation>Mae Enter yn agor y person, neu&apos;n ailddechrau sgwrs heb ei gorffen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Open the chosen row</source>
        <translation>Agor y rhes a ddewiswyd</translation>
    </message>
    <message>
        <source>Open the person, or resume the conversation (Enter)</source>
        <translation>Agor y person, neu ailddechrau&apos;r sgwrs (Enter)</translation>
    </message>
    <message>
        <source>Show the &amp;person</source>
        <translation>Dangos y &amp;person</translation>
    </message>
    <message>
        <source>Show the person&apos;s record</source>
        <translation>Dangos cofnod y person</translation>
    </message>
    <message>
        <source>Record &amp;what happened…</source>
        <translation>Cofnodi &amp;beth ddigwyddodd…</translation>
    </message>
    <message>
        <source>Record what happened at the meeting</source>
        <translation>Cofnodi beth ddigwyddodd yn y cyfarfod</translation>
    </message>
    <message>
        <source>Attended, did not attend, cancelled or rebooked (Ctrl+R)</source>
        <translation>Wedi mynychu, heb fynychu, wedi&apos;i ganslo neu wedi&apos;i aildrefnu (Ctrl+R)</translation>
    </message>
    <message>
        <source>Looking at today…</source>
        <translation>Yn edrych ar heddiw…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heddiw, %1</translation>
    </message>
    <message>
        <source>Today&apos;s lists could not be worked out: %1</source>
        <translation>Nid oedd modd cyfrifo rhestrau heddiw: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing needs you today: nobody is due, overdue or waiting.</source>
        <translation>Does dim angen chi heddiw: does neb i fod, yn hwyr nac yn aros.</translation>
    </message>
    <message>
        <source>%1 due today, %2 overdue, %3 waiting for first contact, %4 unfinished conversations.</source>
        <translation>%1 i fod heddiw, %2 yn hwyr, %3 yn aros am y cyswllt cyntaf, %4 sgwrs heb eu gorffen.</translation>
    </message>
    <message>
        <source>Res&amp;ume conversation</source>
        <translation>Ail&amp;ddechrau&apos;r sgwrs</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>Directory data (*.json *.csv *.tsv *.txt);;Open Referral JSON (*.json);;Spreadsheet saved as CSV or Unicode Text (*.csv *.tsv *.txt)</source>
        <translation>Data cyfeiriadur (*.json *.csv *.tsv *.txt);;JSON Open Referral (*.json);;Taenlen wedi&apos;i chadw fel CSV neu Destun Unicode (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Import services</source>
        <translation>Mewnforio gwasanaethau</translation>
    </message>
    <message>
        <source>Import an Open Referral CSV folder</source>
        <translation>Mewnforio ffolder CSV Open Referral</translation>
    </message>
    <message>
        <source>Importing services…</source>
        <translation>Yn mewnforio gwasanaethau…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>y mewnforio</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Wedi mewnforio: %1.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Wedi&apos;u gadael allan:</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… a %1 arall</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Mewnforio wedi&apos;i ddiddymu: ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>Allforio&apos;r cyfeiriadur</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n service(s) to %1.</source>
        <translation>
            <numerusform>Wedi allforio %n gwasanaeth i %1.</numerusform>
            <numerusform>Wedi allforio %n gwasanaeth i %1.</numerusform>
            <numerusform>Wedi allforio %n gwasanaeth i %1.</numerusform>
            <numerusform>Wedi allforio %n gwasanaeth i %1.</numerusform>
            <numerusform>Wedi allforio %n gwasanaeth i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the export</source>
        <translation>yr allforio</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Cyfeiriadur</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>LinkDesk: unlock</source>
        <translation>LinkDesk: datgloi</translation>
    </message>
    <message>
        <source>LinkDesk</source>
        <translation>LinkDesk</translation>
    </message>
    <message>
        <source>Your caseload is kept encrypted on this computer.</source>
        <translation>Mae eich llwyth achosion yn cael ei gadw wedi&apos;i amgryptio ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Open or create a workspace</source>
        <translation>Agor neu greu gweithle</translation>
    </message>
    <message>
        <source>&amp;Open a workspace</source>
        <translation>&amp;Agor gweithle</translation>
    </message>
    <message>
        <source>&amp;Create a new workspace</source>
        <translation>Creu gweithle &amp;newydd</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Mae&apos;n ymddangos bod Caps Lock ymlaen.</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Ffeil y gweithle</translation>
    </message>
    <message>
        <source>&amp;Workspace file:</source>
        <translation>Ffeil y &amp;gweithle:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock the workspace</source>
        <translation>Datgloi&apos;r gweithle</translation>
    </message>
    <message>
        <source>LinkDesk locks itself after a few minutes without use. Everything you type is saved as you go, so locking never loses work.</source>
        <translation>Mae LinkDesk yn cloi ei hun ar ôl ychydig funudau heb ei ddefnyddio. Mae popeth a deipiwch yn cael ei gadw wrth i chi fynd, felly nid yw cloi byth yn colli gwaith.</translation>
    </message>
    <message>
        <source>New workspace file</source>
        <translation>Ffeil gweithle newydd</translation>
    </message>
    <message>
        <source>New workspace &amp;file:</source>
        <translation>&amp;Ffeil gweithle newydd:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>&amp;Cyfrinymadrodd newydd:</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Teipiwch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Teipiwch ef &amp;eto:</translation>
    </message>
    <message>
        <source>Write the passphrase down somewhere safe. Nobody can recover the workspace without it.</source>
        <translation>Ysgrifennwch y cyfrinymadrodd mewn lle diogel. Ni all neb adfer y gweithle hebddo.</translation>
    </message>
    <message>
        <source>C&amp;reate workspace</source>
        <translation>C&amp;reu gweithle</translation>
    </message>
    <message>
        <source>Create the workspace</source>
        <translation>Creu&apos;r gweithle</translation>
    </message>
    <message>
        <source>Choose the workspace file first.</source>
        <translation>Dewiswch ffeil y gweithle yn gyntaf.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Teipiwch y cyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Yn datgloi…</translation>
    </message>
    <message>
        <source>Choose where to keep the new workspace.</source>
        <translation>Dewiswch ble i gadw&apos;r gweithle newydd.</translation>
    </message>
    <message>
        <source>The two passphrases are different; please type them again.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol; teipiwch nhw eto.</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>Yn creu&apos;r gweithle…</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <source>Personal wellbeing (ONS4)</source>
        <translation>Llesiant personol (ONS4)</translation>
    </message>
    <message>
        <source>Life satisfaction</source>
        <translation>Boddhad â bywyd</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>heb ei ateb</translation>
    </message>
    <message>
        <source>Feeling things are worthwhile</source>
        <translation>Teimlo bod pethau&apos;n werth chweil</translation>
    </message>
    <message>
        <source>Happiness yesterday</source>
        <translation>Hapusrwydd ddoe</translation>
    </message>
    <message>
        <source>Anxiety yesterday</source>
        <translation>Gorbryder ddoe</translation>
    </message>
    <message>
        <source>very low anxiety</source>
        <translation>gorbryder isel iawn</translation>
    </message>
    <message>
        <source>low anxiety</source>
        <translation>gorbryder isel</translation>
    </message>
    <message>
        <source>medium anxiety</source>
        <translation>gorbryder canolig</translation>
    </message>
    <message>
        <source>high anxiety</source>
        <translation>gorbryder uchel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>isel</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>canolig</translation>
    </message>
    <message>
        <source>high</source>
        <translation>uchel</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>uchel iawn</translation>
    </message>
    <message>
        <source>Loneliness (UCLA 3-item)</source>
        <translation>Unigrwydd (UCLA 3 eitem)</translation>
    </message>
    <message>
        <source>Loneliness score (3 to 9)</source>
        <translation>Sgôr unigrwydd (3 i 9)</translation>
    </message>
    <message>
        <source>not all questions answered</source>
        <translation>heb ateb pob cwestiwn</translation>
    </message>
    <message>
        <source>not often lonely</source>
        <translation>ddim yn unig yn aml</translation>
    </message>
    <message>
        <source>lonely some of the time</source>
        <translation>yn unig rywfaint o&apos;r amser</translation>
    </message>
    <message>
        <source>often lonely</source>
        <translation>yn unig yn aml</translation>
    </message>
    <message>
        <source>Loneliness (direct question)</source>
        <translation>Unigrwydd (cwestiwn uniongyrchol)</translation>
    </message>
    <message>
        <source>How often lonely</source>
        <translation>Pa mor aml yn unig</translation>
    </message>
    <message>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <source>hardly ever</source>
        <translation>prin byth</translation>
    </message>
    <message>
        <source>occasionally</source>
        <translation>yn achlysurol</translation>
    </message>
    <message>
        <source>some of the time</source>
        <translation>weithiau</translation>
    </message>
    <message>
        <source>often/always</source>
        <translation>yn aml/bob amser</translation>
    </message>
</context>
<context>
    <name>WellbeingStep</name>
    <message>
        <source>How have you been feeling?</source>
        <translation>Sut ydych chi wedi bod yn teimlo?</translation>
    </message>
    <message>
        <source>A few short questions about how you have been feeling. They are optional: skip any question, or the whole check.</source>
        <translation>Ychydig o gwestiynau byr am sut rydych chi wedi bod yn teimlo. Maen nhw&apos;n ddewisol: hepgorwch unrhyw gwestiwn, neu&apos;r gwiriad cyfan.</translation>
    </message>
    <message>
        <source>&amp;Start the questions</source>
        <translation>&amp;Dechrau&apos;r cwestiynau</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>Dechrau&apos;r cwestiynau</translation>
    </message>
    <message>
        <source>S&amp;kip the wellbeing check</source>
        <translation>&amp;Hepgor y gwiriad llesiant</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>The question in your language</source>
        <translation>Y cwestiwn yn eich iaith chi</translation>
    </message>
    <message>
        <source>Answer guidance</source>
        <translation>Arweiniad am yr ateb</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>Cwestiwn &amp;blaenorol</translation>
    </message>
    <message>
        <source>Skip this &amp;question</source>
        <translation>Hepgor y &amp;cwestiwn hwn</translation>
    </message>
    <message>
        <source>&amp;End the check</source>
        <translation>&amp;Gorffen y gwiriad</translation>
    </message>
    <message>
        <source>Wellbeing scores</source>
        <translation>Sgorau llesiant</translation>
    </message>
    <message>
        <source>&amp;Go through the questions</source>
        <translation>Mynd &amp;drwy&apos;r cwestiynau</translation>
    </message>
    <message>
        <source>Question %1 of %2 - %3</source>
        <translation>Cwestiwn %1 o %2 - %3</translation>
    </message>
    <message>
        <source>Press a number: %1.</source>
        <translation>Pwyswch rif: %1.</translation>
    </message>
    <message>
        <source>Press a number key 0 to 9, or T for 10.</source>
        <translation>Pwyswch fysell rhif 0 i 9, neu T am 10.</translation>
    </message>
    <message>
        <source>Choose an answer from %1 to %2.</source>
        <translation>Dewiswch ateb o %1 i %2.</translation>
    </message>
    <message>
        <source>cannot compare: not answered both times</source>
        <translation>methu cymharu: heb ei ateb y ddwy waith</translation>
    </message>
    <message numerus="yes">
        <source>better by %n</source>
        <translation>
            <numerusform>yn well o %n</numerusform>
            <numerusform>yn well o %n</numerusform>
            <numerusform>yn well o %n</numerusform>
            <numerusform>yn well o %n</numerusform>
            <numerusform>yn well o %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worse by %n</source>
        <translation>
            <numerusform>yn waeth o %n</numerusform>
            <numerusform>yn waeth o %n</numerusform>
            <numerusform>yn waeth o %n</numerusform>
            <numerusform>yn waeth o %n</numerusform>
            <numerusform>yn waeth o %n</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>dim newid</translation>
    </message>
    <message>
        <source>Since the first time</source>
        <translation>Ers y tro cyntaf</translation>
    </message>
    <message>
        <source>%1: %2 - %3</source>
        <translation>%1: %2 - %3</translation>
    </message>
    <message>
        <source>%1: %2 then %3, %4</source>
        <translation>%1: %2 yna %3, %4</translation>
    </message>
    <message>
        <source>was %1:</source>
        <translation>roedd yn %1:</translation>
    </message>
    <message>
        <source>The wellbeing check was skipped this time.</source>
        <translation>Hepgorwyd y gwiriad llesiant y tro hwn.</translation>
    </message>
</context>
<context>
    <name>_PathRow</name>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation>Dewis ffeil y gweithle</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Erasing… this can take a little while.</source>
        <translation>Yn dileu… gall hyn gymryd ychydig o amser.</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Yn dileu</translation>
    </message>
    <message>
        <source>the erasure</source>
        <translation>y dileu</translation>
    </message>
    <message>
        <source>LinkDesk backups (*.ldbackup)</source>
        <translation>Copïau wrth gefn LinkDesk (*.ldbackup)</translation>
    </message>
    <message>
        <source>Merging the backup…</source>
        <translation>Yn cyfuno&apos;r copi wrth gefn…</translation>
    </message>
    <message>
        <source>Merge progress</source>
        <translation>Cynnydd y cyfuno</translation>
    </message>
    <message>
        <source>the merge</source>
        <translation>y cyfuno</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>Adroddiad y cyfuno</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Cyfrinymadrodd y copi wrth gefn</translation>
    </message>
    <message>
        <source>This backup has its own passphrase. Type it to merge:</source>
        <translation>Mae gan y copi wrth gefn hwn ei gyfrinymadrodd ei hun. Teipiwch ef i gyfuno:</translation>
    </message>
    <message>
        <source>Merge not done</source>
        <translation>Heb gyfuno</translation>
    </message>
    <message>
        <source>Choose a backup to merge</source>
        <translation>Dewiswch gopi wrth gefn i&apos;w gyfuno</translation>
    </message>
    <message>
        <source>The person&apos;s record will be saved as JSON and PDF files that are NOT encrypted. Anyone who can open the folder can read them. Save them only where the person or your organisation expects, and delete them when no longer needed.</source>
        <translation>Bydd cofnod y person yn cael ei gadw fel ffeiliau JSON a PDF NAD ydynt wedi&apos;u hamgryptio. Gall unrhyw un sy&apos;n gallu agor y ffolder eu darllen. Cadwch nhw dim ond lle mae&apos;r person neu eich sefydliad yn ei ddisgwyl, a dilëwch nhw pan nad oes eu hangen mwyach.</translation>
    </message>
    <message>
        <source>These files will not be encrypted</source>
        <translation>Ni fydd y ffeiliau hyn wedi&apos;u hamgryptio</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Allforio beth bynnag</translation>
    </message>
    <message>
        <source>Choose where to save the record</source>
        <translation>Dewiswch ble i gadw&apos;r cofnod</translation>
    </message>
    <message>
        <source>Saved in %1:
%2</source>
        <translation>Wedi&apos;u cadw yn %1:
%2</translation>
    </message>
    <message>
        <source>Record exported (not encrypted)</source>
        <translation>Cofnod wedi&apos;i allforio (heb ei amgryptio)</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>Yn cadw&apos;r cofnod…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>yr allforio</translation>
    </message>
    <message>
        <source>Export not done</source>
        <translation>Heb allforio</translation>
    </message>
    <message>
        <source>Erase not done</source>
        <translation>Heb ddileu</translation>
    </message>
    <message>
        <source>That person is not in this workspace (already erased?).</source>
        <translation>Nid yw&apos;r person hwnnw yn y gweithle hwn (wedi&apos;i ddileu eisoes?).</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>LinkDesk workspace (*.linkdesk);;All files (*)</source>
        <translation>Gweithle LinkDesk (*.linkdesk);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Agor gweithle</translation>
    </message>
    <message>
        <source>Create a workspace</source>
        <translation>Creu gweithle</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>the work in progress</source>
        <translation>y gwaith sydd ar y gweill</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Use three or four unrelated words: long is strong, and easy to type.</source>
        <translation>Defnyddiwch dri neu bedwar gair digyswllt: mae hir yn gryf, ac yn hawdd ei deipio.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters (three or four words is better).</source>
        <translation>Rhy fyr: defnyddiwch o leiaf 8 nod (mae tri neu bedwar gair yn well).</translation>
    </message>
    <message>
        <source>Very weak: easy to guess.</source>
        <translation>Gwan iawn: hawdd ei ddyfalu.</translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>Gwan: ychwanegwch air neu ddau arall.</translation>
    </message>
    <message>
        <source>Fair: one more word would make it strong.</source>
        <translation>Gweddol: byddai un gair arall yn ei wneud yn gryf.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Cryf.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Cryf iawn.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Every window</source>
        <translation>Pob ffenestr</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Y brif ffenestr</translation>
    </message>
    <message>
        <source>Caseload and person</source>
        <translation>Llwyth achosion a pherson</translation>
    </message>
    <message>
        <source>Forms and lists</source>
        <translation>Ffurflenni a rhestrau</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (this list)</source>
        <translation>Llwybrau byr bysellfwrdd (y rhestr hon)</translation>
    </message>
    <message>
        <source>Lock LinkDesk now (unlocking returns you to where you were)</source>
        <translation>Cloi LinkDesk nawr (mae datgloi yn mynd â chi&apos;n ôl i ble&apos;r oeddech chi)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Symud i&apos;r rheolydd nesaf neu flaenorol</translation>
    </message>
    <message>
        <source>Press the focused button</source>
        <translation>Pwyso&apos;r botwm sydd â&apos;r ffocws</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+llythyren wedi&apos;i thanlinellu</translation>
    </message>
    <message>
        <source>Go to that field or press that button</source>
        <translation>Mynd i&apos;r maes hwnnw neu bwyso&apos;r botwm hwnnw</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Dod o hyd i berson</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+4</source>
        <translation>Ctrl+1 i Ctrl+4</translation>
    </message>
    <message>
        <source>Caseload, Directory, Reports, Settings</source>
        <translation>Llwyth achosion, Cyfeiriadur, Adroddiadau, Gosodiadau</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Gwneud copi wrth gefn o&apos;r gweithle</translation>
    </message>
    <message>
        <source>From the search box into the list of people</source>
        <translation>O&apos;r blwch chwilio i&apos;r rhestr o bobl</translation>
    </message>
    <message>
        <source>Open the person chosen in the list</source>
        <translation>Agor y person a ddewiswyd yn y rhestr</translation>
    </message>
    <message>
        <source>Start a conversation with the person shown or chosen, or carry on the unfinished one where it stopped</source>
        <translation>Dechrau sgwrs gyda&apos;r person a ddangosir neu a ddewiswyd, neu barhau â&apos;r un anorffenedig o&apos;r man lle stopiodd</translation>
    </message>
    <message>
        <source>From a person back to the caseload</source>
        <translation>O berson yn ôl i&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Alt+1 to Alt+8</source>
        <translation>Alt+1 i Alt+8</translation>
    </message>
    <message>
        <source>Go to that step</source>
        <translation>Mynd i&apos;r cam hwnnw</translation>
    </message>
    <message>
        <source>Ctrl+Page Down, Ctrl+Page Up</source>
        <translation>Ctrl+Page Down, Ctrl+Page Up</translation>
    </message>
    <message>
        <source>Next step, previous step</source>
        <translation>Y cam nesaf, y cam blaenorol</translation>
    </message>
    <message>
        <source>F11 or Ctrl+Shift+P</source>
        <translation>F11 neu Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show the person their plan (and back)</source>
        <translation>Dangos ei gynllun i&apos;r person (ac yn ôl)</translation>
    </message>
    <message>
        <source>Show or hide the worker-only notes</source>
        <translation>Dangos neu guddio&apos;r nodiadau i&apos;r gweithiwr yn unig</translation>
    </message>
    <message>
        <source>0 to 3</source>
        <translation>0 i 3</translation>
    </message>
    <message>
        <source>How much a life area matters (or Left and Right)</source>
        <translation>Pa mor bwysig yw maes o fywyd (neu Chwith a De)</translation>
    </message>
    <message>
        <source>0 to 9, T</source>
        <translation>0 i 9, T</translation>
    </message>
    <message>
        <source>Answer a wellbeing question (T for 10)</source>
        <translation>Ateb cwestiwn llesiant (T am 10)</translation>
    </message>
    <message>
        <source>Save now (everything is saved as you type anyway)</source>
        <translation>Cadw nawr (mae popeth yn cael ei gadw wrth i chi deipio beth bynnag)</translation>
    </message>
    <message>
        <source>Print the plan (in the plan preview)</source>
        <translation>Argraffu&apos;r cynllun (yn rhagolwg y cynllun)</translation>
    </message>
    <message>
        <source>Edit the chosen line (urgent help lines in Settings)</source>
        <translation>Golygu&apos;r llinell a ddewiswyd (llinellau help brys yn y Gosodiadau)</translation>
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <source>Diagnostic details copied</source>
        <translation>Manylion diagnostig wedi&apos;u copïo</translation>
    </message>
    <message>
        <source>The diagnostic details are on the clipboard: paste them into your message to IT support. They hold versions, folders and error types, nothing about people.</source>
        <translation>Mae&apos;r manylion diagnostig ar y clipfwrdd: gludwch nhw i&apos;ch neges at gymorth TG. Maen nhw&apos;n cynnwys fersiynau, ffolderi a mathau o wallau, dim byd am bobl.</translation>
    </message>
</context>
</TS>
