<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CaseloadPage</name>
    <message numerus="yes">
        <source>Not for %n weeks or more</source>
        <translation>
            <numerusform>Not for %n week or more</numerusform>
            <numerusform>Not for %n weeks or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln people; type to find more.</source>
        <translation>
            <numerusform>Showing the first %1 of %Ln person; type to find more.</numerusform>
            <numerusform>Showing the first %1 of %Ln people; type to find more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people on the caseload.</source>
        <translation>
            <numerusform>%Ln person on the caseload.</numerusform>
            <numerusform>%Ln people on the caseload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed or declined hidden.</source>
        <translation>
            <numerusform>%Ln closed or declined hidden.</numerusform>
            <numerusform>%Ln closed or declined hidden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people match; showing the first %1. Narrow it down to see more.</source>
        <translation>
            <numerusform>%Ln person matches; showing the first %1. Narrow it down to see more.</numerusform>
            <numerusform>%Ln people match; showing the first %1. Narrow it down to see more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln people match.</source>
        <translation>
            <numerusform>%1 of %Ln person matches.</numerusform>
            <numerusform>%1 of %Ln people match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message numerus="yes">
        <source>%n booked meeting(s) were cancelled.</source>
        <translation>
            <numerusform>%n booked meeting was cancelled.</numerusform>
            <numerusform>%n booked meetings were cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No exact match: %n close match(es)</source>
        <translation>
            <numerusform>No exact match: %n close match</numerusform>
            <numerusform>No exact match: %n close matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message numerus="yes">
        <source>LinkDesk locks in %n second(s).</source>
        <translation>
            <numerusform>LinkDesk locks in %n second.</numerusform>
            <numerusform>LinkDesk locks in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The last backup was %n day(s) ago: use File &gt; Back up… (Ctrl+Shift+B) (last folder: %1).</source>
        <translation>
            <numerusform>The last backup was %n day ago: use File &gt; Back up… (Ctrl+Shift+B) (last folder: %1).</numerusform>
            <numerusform>The last backup was %n days ago: use File &gt; Back up… (Ctrl+Shift+B) (last folder: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last backup was %n day(s) ago: use File &gt; Back up… (Ctrl+Shift+B).</source>
        <translation>
            <numerusform>The last backup was %n day ago: use File &gt; Back up… (Ctrl+Shift+B).</numerusform>
            <numerusform>The last backup was %n days ago: use File &gt; Back up… (Ctrl+Shift+B).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>Waiting more than %n weeks for first contact</source>
        <translation>
            <numerusform>Waiting more than %n week for first contact</numerusform>
            <numerusform>Waiting more than %n weeks for first contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due in the next %n days</source>
        <translation>
            <numerusform>Follow-ups due in the next day</numerusform>
            <numerusform>Follow-ups due in the next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>Erase %n people and everything about them, for good? This cannot be undone.</source>
        <translation>
            <numerusform>Erase %n person and everything about them, for good? This cannot be undone.</numerusform>
            <numerusform>Erase %n people and everything about them, for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicePicker</name>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n service found</numerusform>
            <numerusform>%n services found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message numerus="yes">
        <source>Exported %n service(s) to %1.</source>
        <translation>
            <numerusform>Exported %n service to %1.</numerusform>
            <numerusform>Exported %n services to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WellbeingStep</name>
    <message numerus="yes">
        <source>better by %n</source>
        <translation>
            <numerusform>better by %n</numerusform>
            <numerusform>better by %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worse by %n</source>
        <translation>
            <numerusform>worse by %n</numerusform>
            <numerusform>worse by %n</numerusform>
        </translation>
    </message>
</context>
</TS>
