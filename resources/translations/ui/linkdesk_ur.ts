<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AgreeStep</name>
    <message>
        <source>Let&apos;s read it back together</source>
        <translation>آئیے اسے مل کر دوبارہ پڑھیں</translation>
    </message>
    <message>
        <source>Is this right? Anything to change - go back to that step (Alt+number).</source>
        <translation>کیا یہ درست ہے؟ کچھ بدلنا ہو تو اس مرحلے پر واپس جائیں (Alt+نمبر)۔</translation>
    </message>
    <message>
        <source>The plan, read back</source>
        <translation>منصوبہ، دوبارہ پڑھا گیا</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Making a demo workspace of made-up people…</source>
        <translation>فرضی لوگوں کی ڈیمو ورک اسپیس بنائی جا رہی ہے…</translation>
    </message>
    <message>
        <source>This is a demo workspace: everyone in it is made up.
Its passphrase is: %1</source>
        <translation>یہ ایک ڈیمو ورک اسپیس ہے: اس میں سب لوگ فرضی ہیں۔
اس کا پاس فریز ہے: %1</translation>
    </message>
    <message>
        <source>This is a demo workspace: everyone in it is made up. Its passphrase is &quot;%1&quot;: try File &gt; Lock (Ctrl+L), then unlock again.</source>
        <translation>یہ ایک ڈیمو ورک اسپیس ہے: اس میں سب لوگ فرضی ہیں۔ اس کا پاس فریز &quot;%1&quot; ہے: فائل &gt; لاک (Ctrl+L) آزمائیں، پھر دوبارہ کھولیں۔</translation>
    </message>
    <message>
        <source>Locking as soon as %1 has finished…</source>
        <translation>%1 مکمل ہوتے ہی لاک کیا جائے گا…</translation>
    </message>
    <message>
        <source>Locked. Type your passphrase to carry on.</source>
        <translation>لاک ہو گیا۔ جاری رکھنے کے لیے اپنا پاس فریز ٹائپ کریں۔</translation>
    </message>
</context>
<context>
    <name>AreasStep</name>
    <message>
        <source>Which parts of life matter to you right now?</source>
        <translation>اس وقت زندگی کے کون سے پہلو آپ کے لیے اہم ہیں؟</translation>
    </message>
    <message>
        <source>Choose how much each one matters (press 0 to 3, or click), and note their words. Leave the rest as &apos;Not now&apos;.</source>
        <translation>ہر ایک کتنا اہم ہے منتخب کریں (0 سے 3 دبائیں، یا کلک کریں)، اور ان کے الفاظ لکھیں۔ باقی کو &apos;ابھی نہیں&apos; رہنے دیں۔</translation>
    </message>
    <message>
        <source>%1: in their words</source>
        <translation>%1: ان کے اپنے الفاظ میں</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Viewed</source>
        <translation>دیکھا گیا</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>بنایا گیا</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>ترمیم کی گئی</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف کیا گیا</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>حیثیت بدلی گئی</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>رضامندی درج ہو گئی</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>پرنٹ کیا گیا</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>برآمد کیا گیا</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>درآمد کیا گیا</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>بیک اپ لیا گیا</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>ضم کیا گیا</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>مٹا دیا گیا</translation>
    </message>
    <message>
        <source>Audit log check failed</source>
        <translation>آڈٹ لاگ کی جانچ ناکام ہوئی</translation>
    </message>
    <message>
        <source>Audit anchoring restarted</source>
        <translation>آڈٹ لاگ کی اینکرنگ دوبارہ شروع ہوئی</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Could not save just now (%1).</source>
        <translation>ابھی محفوظ نہیں ہو سکا (%1)۔</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the workspace</source>
        <translation>ورک اسپیس کا بیک اپ لیں</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>بیک اپ فولڈر</translation>
    </message>
    <message>
        <source>Choose a folder on the shared drive</source>
        <translation>مشترکہ ڈرائیو پر فولڈر منتخب کریں</translation>
    </message>
    <message>
        <source>Back up &amp;to:</source>
        <translation>بیک اپ کی جگہ: (&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>فولڈر منتخب کریں… (&amp;H)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>بیک اپ فولڈر منتخب کریں</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>بیک اپ کی پیش رفت</translation>
    </message>
    <message>
        <source>The backup is encrypted with your workspace passphrase and checked after it is written.</source>
        <translation>بیک اپ آپ کی ورک اسپیس کے پاس فریز سے خفیہ کیا جاتا ہے اور لکھنے کے بعد جانچا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>بیک اپ کی حیثیت</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>ابھی بیک اپ لیں (&amp;B)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>ابھی بیک اپ لیں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Backing up… you can keep working.</source>
        <translation>بیک اپ لیا جا رہا ہے… آپ کام جاری رکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <source>Please wait: the backup is still being written.</source>
        <translation>براہ کرم انتظار کریں: بیک اپ ابھی لکھا جا رہا ہے۔</translation>
    </message>
    <message>
        <source>Backup saved and checked: %1</source>
        <translation>بیک اپ محفوظ اور جانچ لیا گیا: %1</translation>
    </message>
</context>
<context>
    <name>BankHolidayRegion</name>
    <message>
        <source>England and Wales</source>
        <translation>انگلینڈ اور ویلز</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation>اسکاٹ لینڈ</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>شمالی آئرلینڈ</translation>
    </message>
    <message>
        <source>No bank holidays (weekends only)</source>
        <translation>کوئی بینک تعطیل نہیں (صرف ہفتہ وار چھٹیاں)</translation>
    </message>
</context>
<context>
    <name>BookingOutcomeDialog</name>
    <message>
        <source>Still &amp;booked (undo what was recorded)</source>
        <translation>ابھی بھی بک ہے (جو درج ہوا اسے واپس لیں) (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Attended</source>
        <translation>حاضر ہوئے (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Did not attend</source>
        <translation>حاضر نہیں ہوئے (&amp;D)</translation>
    </message>
    <message>
        <source>Cancelled by the &amp;person</source>
        <translation>فرد نے منسوخ کیا (&amp;P)</translation>
    </message>
    <message>
        <source>Cancelled by &amp;me (the link worker)</source>
        <translation>میں نے منسوخ کیا (لنک ورکر) (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Rebooked for another day</source>
        <translation>کسی اور دن کے لیے دوبارہ بک کیا (&amp;R)</translation>
    </message>
    <message>
        <source>What happened at the meeting</source>
        <translation>ملاقات میں کیا ہوا</translation>
    </message>
    <message>
        <source>Record what happened at the meeting</source>
        <translation>درج کریں کہ ملاقات میں کیا ہوا</translation>
    </message>
    <message>
        <source>%1: %2 on %3. Now: %4.</source>
        <translation>%1: %3 کو %2۔ اب: %4۔</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>ملاقات</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>نئی تاریخ</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>نئی تاریخ: (&amp;N)</translation>
    </message>
    <message>
        <source>Note about the change (optional)</source>
        <translation>تبدیلی کے بارے میں نوٹ (اختیاری)</translation>
    </message>
    <message>
        <source>N&amp;ote (optional):</source>
        <translation>نوٹ (اختیاری): (&amp;O)</translation>
    </message>
    <message>
        <source>About the date</source>
        <translation>تاریخ کے بارے میں</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Save what happened</source>
        <translation>جو ہوا اسے محفوظ کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>محفوظ کیے بغیر منسوخ کریں</translation>
    </message>
    <message>
        <source>Rebooked for %1.</source>
        <translation>%1 کے لیے دوبارہ بک کیا گیا۔</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>درج ہوا: %1۔</translation>
    </message>
    <message>
        <source>The replacement booking for %1 was removed.</source>
        <translation>%1 کی متبادل بکنگ ہٹا دی گئی۔</translation>
    </message>
    <message>
        <source>This person has a meeting booked for %1. Mark it attended now?</source>
        <translation>اس فرد کی %1 کی ملاقات بک ہے۔ کیا اسے ابھی حاضر نشان زد کریں؟</translation>
    </message>
    <message>
        <source>Mark the meeting attended?</source>
        <translation>ملاقات کو حاضر نشان زد کریں؟</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>%1 سے تاخیر</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>آج، %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>پسندیدہ نام</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>ریفرل کی حیثیت</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>اگلا فالو اپ</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>ریفر کرنے والا</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>موصول ہوا</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخری رابطہ</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>چھوٹ گئیں</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>کوئی ریفرل نہیں</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>کبھی نہیں</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Find a &amp;person:</source>
        <translation>کسی فرد کو تلاش کریں: (&amp;P)</translation>
    </message>
    <message>
        <source>Name, NHS number or postcode</source>
        <translation>نام، NHS نمبر یا پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>فرد تلاش کریں</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>فرد شامل کریں… (&amp;A)</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>فرد شامل کریں (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>فرد شامل کریں</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Open (closed hidden)</source>
        <translation>کھلے (بند چھپے ہوئے)</translation>
    </message>
    <message>
        <source>All, closed too</source>
        <translation>سب، بند بھی</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>ریفر کرنے والا</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>زندگی کا شعبہ</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>بکنگز</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخری رابطہ</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>کسی بھی وقت</translation>
    </message>
    <message numerus="yes">
        <source>Not for %n weeks or more</source>
        <translation>
            <numerusform>%n ہفتے یا زیادہ سے نہیں</numerusform>
            <numerusform>%n ہفتے یا زیادہ سے نہیں</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>ترتیب بلحاظ</translation>
    </message>
    <message>
        <source>&amp;Reverse order</source>
        <translation>الٹی ترتیب (&amp;R)</translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation>ترتیب الٹ دیں</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>حیثیت: (&amp;T)</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>ریفر کرنے والا: (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Life area:</source>
        <translation>زندگی کا شعبہ: (&amp;L)</translation>
    </message>
    <message>
        <source>Boo&amp;kings:</source>
        <translation>بکنگز: (&amp;K)</translation>
    </message>
    <message>
        <source>Last &amp;contact:</source>
        <translation>آخری رابطہ: (&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>ترتیب بلحاظ: (&amp;O)</translation>
    </message>
    <message>
        <source>Number of people shown</source>
        <translation>دکھائے گئے لوگوں کی تعداد</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>کیس لوڈ</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln people; type to find more.</source>
        <translation>
            <numerusform>%Ln فرد میں سے پہلے %1 دکھائے جا رہے ہیں؛ مزید کے لیے ٹائپ کریں۔</numerusform>
            <numerusform>%Ln لوگوں میں سے پہلے %1 دکھائے جا رہے ہیں؛ مزید کے لیے ٹائپ کریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people on the caseload.</source>
        <translation>
            <numerusform>کیس لوڈ پر %Ln فرد۔</numerusform>
            <numerusform>کیس لوڈ پر %Ln لوگ۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed or declined hidden.</source>
        <translation>
            <numerusform>%Ln بند یا مسترد چھپے ہوئے۔</numerusform>
            <numerusform>%Ln بند یا مسترد چھپے ہوئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches that search.</source>
        <translation>اس تلاش سے کوئی نہیں ملتا۔</translation>
    </message>
    <message>
        <source>Nobody matches these filters.</source>
        <translation>ان فلٹرز سے کوئی مطابقت نہیں رکھتا۔</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people match; showing the first %1. Narrow it down to see more.</source>
        <translation>
            <numerusform>%Ln افراد مطابقت رکھتے ہیں؛ پہلے %1 دکھائے جا رہے ہیں۔ مزید دیکھنے کے لیے تلاش محدود کریں۔</numerusform>
            <numerusform>%Ln افراد مطابقت رکھتے ہیں؛ پہلے %1 دکھائے جا رہے ہیں۔ مزید دیکھنے کے لیے تلاش محدود کریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln people match.</source>
        <translation>
            <numerusform>%Ln فرد میں سے %1 ملتے ہیں۔</numerusform>
            <numerusform>%Ln لوگوں میں سے %1 ملتے ہیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadSort</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>ریفر کرنے والا</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>موصول ہوا</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>اگلا فالو اپ</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخری رابطہ</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>چھوٹ گئیں</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>پاس فریز بدلیں</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>موجودہ پاس فریز: (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>نیا پاس فریز: (&amp;N)</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>دوبارہ ٹائپ کریں: (&amp;A)</translation>
    </message>
    <message>
        <source>Re-encrypting the workspace with the new passphrase…</source>
        <translation>ورک اسپیس کو نئے پاس فریز سے دوبارہ خفیہ کیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase</source>
        <translation>پاس فریز بدلیں (&amp;P)</translation>
    </message>
    <message>
        <source>That is not the current passphrase.</source>
        <translation>یہ موجودہ پاس فریز نہیں ہے۔</translation>
    </message>
    <message>
        <source>The two new passphrases are different.</source>
        <translation>دونوں نئے پاس فریز مختلف ہیں۔</translation>
    </message>
    <message>
        <source>the new passphrase</source>
        <translation>نیا پاس فریز</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Close the referral</source>
        <translation>ریفرل بند کریں</translation>
    </message>
    <message>
        <source>Closing the referral for %1, received %2.</source>
        <translation>%1 کا ریفرل بند کیا جا رہا ہے، موصول %2۔</translation>
    </message>
    <message>
        <source>The referral</source>
        <translation>ریفرل</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <source>How the support ended</source>
        <translation>معاونت کیسے ختم ہوئی</translation>
    </message>
    <message>
        <source>How did the support &amp;end?</source>
        <translation>معاونت کیسے ختم ہوئی؟ (&amp;E)</translation>
    </message>
    <message>
        <source>Reason for closing (optional)</source>
        <translation>بند کرنے کی وجہ (اختیاری)</translation>
    </message>
    <message>
        <source>Choose one or type your own; the outcome is used if empty</source>
        <translation>ایک منتخب کریں یا اپنی لکھیں؛ خالی ہو تو نتیجہ استعمال ہوتا ہے</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>وجہ (اختیاری): (&amp;R)</translation>
    </message>
    <message>
        <source>Date closed</source>
        <translation>بند ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>&amp;Date closed:</source>
        <translation>بند ہونے کی تاریخ: (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close the referral</source>
        <translation>ریفرل بند کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Cancel without closing</source>
        <translation>بند کیے بغیر منسوخ کریں</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>کیا کیا گیا</translation>
    </message>
    <message>
        <source>Send a message back so the practice can code the closure?</source>
        <translation>جواب میں پیغام بھیجیں تاکہ پریکٹس بندش کو کوڈ کر سکے؟</translation>
    </message>
    <message>
        <source>What the letter carries</source>
        <translation>خط میں کیا شامل ہے</translation>
    </message>
    <message>
        <source>Message to the &amp;GP…</source>
        <translation>جی پی کو پیغام… (&amp;G)</translation>
    </message>
    <message>
        <source>Preview the message to the GP</source>
        <translation>جی پی کو پیغام کا پیش منظر</translation>
    </message>
    <message>
        <source>Message to the &amp;referrer…</source>
        <translation>ریفر کرنے والے کو پیغام… (&amp;R)</translation>
    </message>
    <message>
        <source>Preview the message to the referrer</source>
        <translation>ریفر کرنے والے کو پیغام کا پیش منظر</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>ابھی نہیں (&amp;N)</translation>
    </message>
    <message>
        <source>Close without a message</source>
        <translation>پیغام کے بغیر بند کریں</translation>
    </message>
    <message>
        <source>Choose how the support ended.</source>
        <translation>منتخب کریں کہ معاونت کیسے ختم ہوئی۔</translation>
    </message>
    <message>
        <source>The referral is closed: %1.</source>
        <translation>ریفرل بند ہو گیا: %1۔</translation>
    </message>
    <message numerus="yes">
        <source>%n booked meeting(s) were cancelled.</source>
        <translation>
            <numerusform>%n بک شدہ ملاقاتیں منسوخ کر دی گئیں۔</numerusform>
            <numerusform>%n بک شدہ ملاقاتیں منسوخ کر دی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Referral closed: a message back?</source>
        <translation>ریفرل بند: جواب میں پیغام؟</translation>
    </message>
</context>
<context>
    <name>ClosureOutcome</name>
    <message>
        <source>Goals met</source>
        <translation>مقاصد پورے ہو گئے</translation>
    </message>
    <message>
        <source>Goals partly met</source>
        <translation>مقاصد جزوی طور پر پورے ہوئے</translation>
    </message>
    <message>
        <source>Goals not met</source>
        <translation>مقاصد پورے نہیں ہوئے</translation>
    </message>
    <message>
        <source>Person withdrew</source>
        <translation>فرد نے دستبرداری اختیار کی</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>کہیں اور منتقل ہو گئے</translation>
    </message>
    <message>
        <source>Could not be contacted</source>
        <translation>رابطہ نہیں ہو سکا</translation>
    </message>
</context>
<context>
    <name>ClosureReason</name>
    <message>
        <source>Goals met</source>
        <translation>مقاصد پورے ہو گئے</translation>
    </message>
    <message>
        <source>Person chose to stop</source>
        <translation>فرد نے رکنے کا انتخاب کیا</translation>
    </message>
    <message>
        <source>Could not contact</source>
        <translation>رابطہ نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>کہیں اور منتقل ہو گئے</translation>
    </message>
    <message>
        <source>Referred on to another service</source>
        <translation>کسی اور سروس کو ریفر کر دیا</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>اہل نہیں</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>وفات پا گئے</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>CommunicationNeed</name>
    <message>
        <source>Large print</source>
        <translation>بڑا پرنٹ</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>ترجمان</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>آسان زبان</translation>
    </message>
    <message>
        <source>British Sign Language</source>
        <translation>برٹش سائن لینگویج</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>ہیئرنگ لوپ</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Suggested</source>
        <translation>تجویز کردہ</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>طے شدہ</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>ریفر کر دیا گیا</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>شرکت کر رہے ہیں</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>انکار کر دیا</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مکمل</translation>
    </message>
</context>
<context>
    <name>ConnectionsStep</name>
    <message>
        <source>The directory has no services yet - that&apos;s fine. Type what you agreed in the box below (for example &apos;Tuesday walking group at the park&apos;) and press Enter.</source>
        <translation>ڈائریکٹری میں ابھی کوئی سروس نہیں ہے - کوئی بات نہیں۔ جو طے ہوا وہ نیچے والے خانے میں ٹائپ کریں (مثلاً &apos;پارک میں منگل کا واکنگ گروپ&apos;) اور Enter دبائیں۔</translation>
    </message>
    <message>
        <source>Who and what could help?</source>
        <translation>کون اور کیا مدد کر سکتا ہے؟</translation>
    </message>
    <message>
        <source>&amp;Find a service</source>
        <translation>سروس تلاش کریں (&amp;F)</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>سروس تلاش کریں</translation>
    </message>
    <message>
        <source>walking, debt advice, choir…</source>
        <translation>پیدل چلنا، قرض کا مشورہ، کوائر…</translation>
    </message>
    <message>
        <source>Suggested for what matters to them</source>
        <translation>ان کے لیے اہم باتوں کے مطابق تجاویز</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>ملنے والی سروسز</translation>
    </message>
    <message>
        <source>The directory is empty</source>
        <translation>ڈائریکٹری خالی ہے</translation>
    </message>
    <message>
        <source>A&amp;dd this service</source>
        <translation>یہ سروس شامل کریں (&amp;D)</translation>
    </message>
    <message>
        <source>Add this service</source>
        <translation>یہ سروس شامل کریں</translation>
    </message>
    <message>
        <source>Something not in the director&amp;y</source>
        <translation>کوئی چیز جو ڈائریکٹری میں نہیں (&amp;Y)</translation>
    </message>
    <message>
        <source>Connection not in the directory</source>
        <translation>ایسا رابطہ جو ڈائریکٹری میں نہیں</translation>
    </message>
    <message>
        <source>type it and press Enter</source>
        <translation>ٹائپ کریں اور Enter دبائیں</translation>
    </message>
    <message>
        <source>Connection guidance</source>
        <translation>رابطے کے بارے میں رہنمائی</translation>
    </message>
    <message>
        <source>Connections agreed</source>
        <translation>طے شدہ رابطے</translation>
    </message>
    <message>
        <source>Connections agr&amp;eed</source>
        <translation>طے شدہ رابطے (&amp;E)</translation>
    </message>
    <message>
        <source>The connection this form edits</source>
        <translation>وہ رابطہ جس میں یہ فارم ترمیم کر رہا ہے</translation>
    </message>
    <message>
        <source>Ne&amp;w connection</source>
        <translation>نیا رابطہ (&amp;W)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>نیا رابطہ</translation>
    </message>
    <message>
        <source>Which goal it helps with</source>
        <translation>یہ کس مقصد میں مدد کرتا ہے</translation>
    </message>
    <message>
        <source>Helps with &amp;goal</source>
        <translation>مقصد میں مدد (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;I will…</source>
        <translation>میں… (&amp;I)</translation>
    </message>
    <message>
        <source>I will</source>
        <translation>میں</translation>
    </message>
    <message>
        <source>e.g. go along on Tuesday</source>
        <translation>مثلاً منگل کو جاؤں گا</translation>
    </message>
    <message>
        <source>&amp;My link worker will…</source>
        <translation>میرا لنک ورکر… (&amp;M)</translation>
    </message>
    <message>
        <source>My link worker will</source>
        <translation>میرا لنک ورکر</translation>
    </message>
    <message>
        <source>e.g. ring them</source>
        <translation>مثلاً انہیں فون کرے گا</translation>
    </message>
    <message>
        <source>&amp;By when</source>
        <translation>کب تک (&amp;B)</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>کب تک</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>رابطے کی حیثیت</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>حیثیت (&amp;T)</translation>
    </message>
    <message>
        <source>Services matching &apos;%1&apos;</source>
        <translation>&apos;%1&apos; سے ملتی سروسز</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>تمام سروسز</translation>
    </message>
    <message>
        <source>Type what the connection is, then press Enter.</source>
        <translation>رابطہ کیا ہے ٹائپ کریں، پھر Enter دبائیں۔</translation>
    </message>
    <message>
        <source>Not linked to a goal</source>
        <translation>کسی مقصد سے منسلک نہیں</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>No connection chosen: pick one in the list, or add one</source>
        <translation>کوئی رابطہ منتخب نہیں: فہرست میں سے ایک چنیں، یا ایک شامل کریں</translation>
    </message>
    <message>
        <source>Editing connection: %1</source>
        <translation>رابطے میں ترمیم: %1</translation>
    </message>
</context>
<context>
    <name>ConsentMethod</name>
    <message>
        <source>Said out loud (verbal)</source>
        <translation>زبانی کہا (زبانی)</translation>
    </message>
    <message>
        <source>Signed a form (written)</source>
        <translation>فارم پر دستخط کیے (تحریری)</translation>
    </message>
    <message>
        <source>On the phone</source>
        <translation>فون پر</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>آن لائن</translation>
    </message>
</context>
<context>
    <name>ConsentScope</name>
    <message>
        <source>Keep notes about me in LinkDesk</source>
        <translation>LinkDesk میں میرے بارے میں نوٹس رکھیں</translation>
    </message>
    <message>
        <source>Share updates with my GP</source>
        <translation>میرے جی پی کو تازہ معلومات دیں</translation>
    </message>
    <message>
        <source>Share updates with the person who referred me</source>
        <translation>مجھے ریفر کرنے والے کو تازہ معلومات دیں</translation>
    </message>
    <message>
        <source>Share my details with services I am connected to</source>
        <translation>میری تفصیلات ان سروسز کو دیں جن سے میرا رابطہ ہے</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>I will keep notes of what we talk about today: what matters to you, your goals, the groups and services we agree, and how you are feeling. They are kept locked on this laptop. You can see them, ask me to correct them, or ask me to delete them at any time.</source>
        <translation>آج ہم جو بات کریں گے میں اس کے نوٹس رکھوں گا: آپ کے لیے کیا اہم ہے، آپ کے مقاصد، جن گروپس اور سروسز پر ہم متفق ہوں، اور آپ کیسا محسوس کر رہے ہیں۔ یہ اس لیپ ٹاپ پر محفوظ طریقے سے بند رکھے جاتے ہیں۔ آپ کسی بھی وقت انہیں دیکھ سکتے ہیں، درست کروا سکتے ہیں، یا حذف کروا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>خوش آمدید، %1</translation>
    </message>
    <message>
        <source>Where we are &amp;meeting</source>
        <translation>ہم کہاں مل رہے ہیں (&amp;M)</translation>
    </message>
    <message>
        <source>Where we are meeting</source>
        <translation>ہم کہاں مل رہے ہیں</translation>
    </message>
    <message>
        <source>e.g. the library</source>
        <translation>مثلاً لائبریری</translation>
    </message>
    <message>
        <source>Is it all right to…</source>
        <translation>کیا یہ ٹھیک ہے کہ…</translation>
    </message>
    <message>
        <source>&amp;Keep notes about me in LinkDesk</source>
        <translation>LinkDesk میں میرے بارے میں نوٹس رکھیں (&amp;K)</translation>
    </message>
    <message>
        <source>Share updates with my &amp;GP</source>
        <translation>میرے جی پی کو تازہ معلومات دیں (&amp;G)</translation>
    </message>
    <message>
        <source>Share updates with the person who &amp;referred me</source>
        <translation>مجھے ریفر کرنے والے کو تازہ معلومات دیں (&amp;R)</translation>
    </message>
    <message>
        <source>Share my details with &amp;services I am connected to</source>
        <translation>میری تفصیلات ان سروسز کو دیں جن سے میرا رابطہ ہے (&amp;S)</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>رضامندی کیسے دی گئی</translation>
    </message>
    <message>
        <source>&amp;How they agreed</source>
        <translation>انہوں نے کیسے رضامندی دی (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Date agreed</source>
        <translation>رضامندی کی تاریخ (&amp;D)</translation>
    </message>
    <message>
        <source>Date consent was given</source>
        <translation>رضامندی دینے کی تاریخ</translation>
    </message>
    <message>
        <source>Consent not recorded</source>
        <translation>رضامندی درج نہیں</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>رضامندی درج ہو گئی</translation>
    </message>
    <message>
        <source>Nothing about consent is recorded yet. Please ask first: tick what they agree to. To carry on without it, go to the next step again.</source>
        <translation>رضامندی کے بارے میں ابھی کچھ درج نہیں ہوا۔ براہ کرم پہلے پوچھیں: جس پر وہ راضی ہوں اس پر نشان لگائیں۔ اس کے بغیر جاری رکھنے کے لیے، دوبارہ اگلے مرحلے پر جائیں۔</translation>
    </message>
    <message>
        <source>%1 Until it can be read, new decisions are dated today.</source>
        <translation>%1 جب تک اسے پڑھا نہ جا سکے، نئے فیصلوں پر آج کی تاریخ لگتی ہے۔</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3، %4)</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>درج شدہ: %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>ابھی کچھ درج نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>ConversationKind</name>
    <message>
        <source>First conversation</source>
        <translation>پہلی بات چیت</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <source>Closing conversation</source>
        <translation>آخری بات چیت</translation>
    </message>
</context>
<context>
    <name>ConversationWindow</name>
    <message>
        <source>Conversation - LinkDesk</source>
        <translation>بات چیت - LinkDesk</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>%1 کے ساتھ بات چیت</translation>
    </message>
    <message>
        <source>%1 - %2, %3</source>
        <translation>%1 - %2، %3</translation>
    </message>
    <message>
        <source>Show the person (F11)</source>
        <translation>فرد کو دکھائیں (F11)</translation>
    </message>
    <message>
        <source>Show the person</source>
        <translation>فرد کو دکھائیں</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>محفوظ کرنے میں مسئلہ</translation>
    </message>
    <message>
        <source>&lt; Back  (Ctrl+PgUp)</source>
        <translation>پچھلا  (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>پچھلا مرحلہ</translation>
    </message>
    <message>
        <source>Next  (Ctrl+PgDn) &gt;</source>
        <translation>اگلا  (Ctrl+PgDn)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>اگلا مرحلہ</translation>
    </message>
    <message>
        <source>The person&apos;s language</source>
        <translation>فرد کی زبان</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <translation>ترجمہ: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>مرحلہ %1 از %2: %3</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 12/03/1971</source>
        <translation>مثلاً 12/03/1971</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>معلوم نہیں</translation>
    </message>
    <message>
        <source>%1 not known</source>
        <translation>%1 معلوم نہیں</translation>
    </message>
    <message>
        <source>%1, as understood</source>
        <translation>%1، جیسا سمجھا گیا</translation>
    </message>
    <message>
        <source>Type the date, or tick Not known.</source>
        <translation>تاریخ ٹائپ کریں، یا معلوم نہیں پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>Type the date, for example 12/03/1971.</source>
        <translation>تاریخ ٹائپ کریں، مثال کے طور پر 12/03/1971۔</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Type a need, a service or a place, e.g. walking</source>
        <translation>کوئی ضرورت، سروس یا جگہ ٹائپ کریں، مثلاً پیدل چلنا</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>کوئی بھی دن</translation>
    </message>
    <message>
        <source>F&amp;ree only</source>
        <translation>صرف مفت (&amp;R)</translation>
    </message>
    <message>
        <source>Free services only</source>
        <translation>صرف مفت سروسز</translation>
    </message>
    <message>
        <source>Step-free / accessib&amp;le</source>
        <translation>بغیر سیڑھیوں کے / قابل رسائی (&amp;L)</translation>
    </message>
    <message>
        <source>Step-free or accessible services only</source>
        <translation>صرف بغیر سیڑھیوں والی یا قابل رسائی سروسز</translation>
    </message>
    <message>
        <source>Sho&amp;w retired</source>
        <translation>ختم شدہ بھی دکھائیں (&amp;W)</translation>
    </message>
    <message>
        <source>Show retired services too</source>
        <translation>ختم شدہ سروسز بھی دکھائیں</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>تلاش کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>ڈائریکٹری میں تلاش کریں</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>زمرہ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>دن (&amp;D)</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>ہفتے کا دن</translation>
    </message>
    <message>
        <source>Number of services found</source>
        <translation>ملنے والی سروسز کی تعداد</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ترمیم کریں… (&amp;E)</translation>
    </message>
    <message>
        <source>Edit this service</source>
        <translation>اس سروس میں ترمیم کریں</translation>
    </message>
    <message>
        <source>&amp;Mark as checked today</source>
        <translation>آج جانچا ہوا نشان لگائیں (&amp;M)</translation>
    </message>
    <message>
        <source>Mark as checked today</source>
        <translation>آج جانچا ہوا نشان لگائیں</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>ختم کریں (&amp;T)</translation>
    </message>
    <message>
        <source>Retire this service</source>
        <translation>یہ سروس ختم کریں</translation>
    </message>
    <message>
        <source>Your own notes about this service (kept on re-import)</source>
        <translation>اس سروس کے بارے میں آپ کے اپنے نوٹس (دوبارہ درآمد پر محفوظ رہتے ہیں)</translation>
    </message>
    <message>
        <source>Your &amp;notes</source>
        <translation>آپ کے نوٹس (&amp;N)</translation>
    </message>
    <message>
        <source>Your notes about this service</source>
        <translation>اس سروس کے بارے میں آپ کے نوٹس</translation>
    </message>
    <message>
        <source>Save n&amp;otes</source>
        <translation>نوٹس محفوظ کریں (&amp;O)</translation>
    </message>
    <message>
        <source>Save your notes</source>
        <translation>اپنے نوٹس محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Add a service…</source>
        <translation>سروس شامل کریں… (&amp;A)</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>سروس شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>فائل درآمد کریں… (&amp;I)</translation>
    </message>
    <message>
        <source>Import services from a file</source>
        <translation>فائل سے سروسز درآمد کریں</translation>
    </message>
    <message>
        <source>Import an Open Referral CSV package folder</source>
        <translation>Open Referral CSV پیکیج فولڈر درآمد کریں</translation>
    </message>
    <message>
        <source>Im&amp;port folder…</source>
        <translation>فولڈر درآمد کریں… (&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV برآمد کریں… (&amp;X)</translation>
    </message>
    <message>
        <source>Export the directory as CSV</source>
        <translation>ڈائریکٹری کو CSV کے طور پر برآمد کریں</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>کوئی بھی زمرہ</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n سروس</numerusform>
            <numerusform>%n سروسز</numerusform>
        </translation>
    </message>
    <message>
        <source>No services found</source>
        <translation>کوئی سروس نہیں ملی</translation>
    </message>
    <message numerus="yes">
        <source>No exact match: %n close match(es)</source>
        <translation>
            <numerusform>بالکل درست نتیجہ نہیں: %n قریبی نتیجہ</numerusform>
            <numerusform>بالکل درست نتیجہ نہیں: %n قریبی نتائج</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>واپس لائیں (&amp;B)</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>ڈائریکٹری</translation>
    </message>
</context>
<context>
    <name>DueFilter</name>
    <message>
        <source>Any</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>اس ہفتے واجب</translation>
    </message>
    <message>
        <source>Overdue or due this week</source>
        <translation>تاخیر شدہ یا اس ہفتے واجب</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a person&apos;s record</source>
        <translation>کسی فرد کا ریکارڈ مٹائیں</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This erases %1 and everything about them, for good.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It cannot be undone. Backups made earlier still hold the record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;یہ %1 اور ان کے بارے میں سب کچھ ہمیشہ کے لیے مٹا دیتا ہے۔&lt;/b&gt;&lt;/p&gt;&lt;p&gt;اسے واپس نہیں کیا جا سکتا۔ پہلے لیے گئے بیک اپ میں ریکارڈ اب بھی موجود ہے۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the person&apos;s name to confirm</source>
        <translation>تصدیق کے لیے فرد کا نام ٹائپ کریں</translation>
    </message>
    <message>
        <source>Type their name (&lt;i&gt;%1&lt;/i&gt;) to &amp;confirm:</source>
        <translation>تصدیق کے لیے ان کا نام (&lt;i&gt;%1&lt;/i&gt;) ٹائپ کریں: (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>ہمیشہ کے لیے مٹائیں (&amp;E)</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>ہمیشہ کے لیے مٹائیں</translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <source>no date that can be read yet</source>
        <translation>ابھی کوئی ایسی تاریخ نہیں جو پڑھی جا سکے</translation>
    </message>
    <message>
        <source>When shall we meet next?</source>
        <translation>ہم اگلی بار کب ملیں؟</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>تاریخ (&amp;D)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>فالو اپ کی تاریخ</translation>
    </message>
    <message>
        <source>Kind of follow-up</source>
        <translation>فالو اپ کی قسم</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>قسم (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>کہاں (&amp;W)</translation>
    </message>
    <message>
        <source>Follow-up venue</source>
        <translation>فالو اپ کی جگہ</translation>
    </message>
    <message>
        <source>e.g. the library</source>
        <translation>مثلاً لائبریری</translation>
    </message>
    <message>
        <source>&amp;Book the follow-up (Enter)</source>
        <translation>فالو اپ بک کریں (Enter) (&amp;B)</translation>
    </message>
    <message>
        <source>Book the follow-up</source>
        <translation>فالو اپ بک کریں</translation>
    </message>
    <message>
        <source>Follow-ups booked</source>
        <translation>بک شدہ فالو اپ</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>منصوبہ</translation>
    </message>
    <message>
        <source>&amp;Print plan</source>
        <translation>منصوبہ پرنٹ کریں (&amp;P)</translation>
    </message>
    <message>
        <source>Print plan</source>
        <translation>منصوبہ پرنٹ کریں</translation>
    </message>
    <message>
        <source>&amp;Finish the conversation</source>
        <translation>بات چیت ختم کریں (&amp;F)</translation>
    </message>
    <message>
        <source>Finish the conversation</source>
        <translation>بات چیت ختم کریں</translation>
    </message>
    <message>
        <source>What finishing does</source>
        <translation>ختم کرنے سے کیا ہوتا ہے</translation>
    </message>
    <message>
        <source>Draft - not booked yet: %1. Press Book to book it.</source>
        <translation>مسودہ - ابھی بک نہیں ہوا: %1۔ بک کرنے کے لیے بک کریں دبائیں۔</translation>
    </message>
    <message>
        <source>Booked: %1.</source>
        <translation>بک شدہ: %1۔</translation>
    </message>
    <message>
        <source>Finishing books the draft meeting and marks this conversation as done.</source>
        <translation>ختم کرنے سے مسودہ ملاقات بک ہو جاتی ہے اور یہ بات چیت مکمل نشان زد ہو جاتی ہے۔</translation>
    </message>
    <message>
        <source>Finishing marks this conversation as done.</source>
        <translation>ختم کرنے سے یہ بات چیت مکمل نشان زد ہو جاتی ہے۔</translation>
    </message>
    <message>
        <source>Everything typed is saved; you can close the window at any time and carry on later.</source>
        <translation>جو کچھ ٹائپ کیا گیا محفوظ ہے؛ آپ کسی بھی وقت ونڈو بند کر کے بعد میں جاری رکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>The next meeting stays a draft until it is booked.</source>
        <translation>اگلی ملاقات بک ہونے تک مسودہ رہتی ہے۔</translation>
    </message>
    <message>
        <source>What was just typed is being saved.</source>
        <translation>جو ابھی ٹائپ کیا گیا وہ محفوظ ہو رہا ہے۔</translation>
    </message>
    <message>
        <source>Something typed is not saved yet: see the note beside it.</source>
        <translation>ٹائپ کی گئی کوئی چیز ابھی محفوظ نہیں ہوئی: اس کے ساتھ والا نوٹ دیکھیں۔</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1، %2، %3 میں</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>No follow-up booked yet.</source>
        <translation>ابھی کوئی فالو اپ بک نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <source>In person</source>
        <translation>آمنے سامنے</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ویڈیو</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>گھر کا دورہ</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Booked</source>
        <translation>بک شدہ</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>حاضر ہوئے</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>حاضر نہیں ہوئے</translation>
    </message>
    <message>
        <source>Cancelled by the person</source>
        <translation>فرد نے منسوخ کیا</translation>
    </message>
    <message>
        <source>Cancelled by the link worker</source>
        <translation>لنک ورکر نے منسوخ کیا</translation>
    </message>
    <message>
        <source>Rebooked</source>
        <translation>دوبارہ بک کیا گیا</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Not started</source>
        <translation>شروع نہیں ہوا</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>جاری ہے</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>حاصل ہو گیا</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>بدل گیا</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>روک دیا گیا</translation>
    </message>
</context>
<context>
    <name>GoalsStep</name>
    <message>
        <source>Write the goal in the person&apos;s own words first. What else you type is kept.</source>
        <translation>پہلے مقصد فرد کے اپنے الفاظ میں لکھیں۔ آپ جو کچھ اور ٹائپ کریں وہ محفوظ رہتا ہے۔</translation>
    </message>
    <message>
        <source>A goal needs its words: it keeps the ones it had until new ones are typed.</source>
        <translation>مقصد کے لیے الفاظ ضروری ہیں: نئے الفاظ ٹائپ ہونے تک اس کے پرانے الفاظ برقرار رہتے ہیں۔</translation>
    </message>
    <message>
        <source>What would you like to work towards?</source>
        <translation>آپ کس چیز کے لیے کوشش کرنا چاہیں گے؟</translation>
    </message>
    <message>
        <source>Goals so far</source>
        <translation>اب تک کے مقاصد</translation>
    </message>
    <message>
        <source>Goals &amp;so far</source>
        <translation>اب تک کے مقاصد (&amp;S)</translation>
    </message>
    <message>
        <source>The goal this form edits</source>
        <translation>وہ مقصد جس میں یہ فارم ترمیم کر رہا ہے</translation>
    </message>
    <message>
        <source>New go&amp;al (Enter)</source>
        <translation>نیا مقصد (Enter) (&amp;A)</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>نیا مقصد</translation>
    </message>
    <message>
        <source>&amp;Goal, in their words</source>
        <translation>مقصد، ان کے الفاظ میں (&amp;G)</translation>
    </message>
    <message>
        <source>Goal, in their words</source>
        <translation>مقصد، ان کے الفاظ میں</translation>
    </message>
    <message>
        <source>I want to…</source>
        <translation>میں چاہتا ہوں کہ…</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>یہ کیوں اہم ہے (&amp;W)</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>یہ کیوں اہم ہے</translation>
    </message>
    <message>
        <source>&amp;First small step</source>
        <translation>پہلا چھوٹا قدم (&amp;F)</translation>
    </message>
    <message>
        <source>First small step</source>
        <translation>پہلا چھوٹا قدم</translation>
    </message>
    <message>
        <source>&amp;Target date</source>
        <translation>ہدف کی تاریخ (&amp;T)</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>ہدف کی تاریخ</translation>
    </message>
    <message>
        <source>Goal guidance</source>
        <translation>مقصد کے بارے میں رہنمائی</translation>
    </message>
    <message>
        <source>How is it going?</source>
        <translation>کیسا جا رہا ہے؟</translation>
    </message>
    <message>
        <source>Progress not&amp;e</source>
        <translation>پیش رفت کا نوٹ (&amp;E)</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>پیش رفت کا نوٹ</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>In &amp;progress</source>
        <translation>جاری ہے (&amp;P)</translation>
    </message>
    <message>
        <source>Achie&amp;ved</source>
        <translation>حاصل ہو گیا (&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;hanged</source>
        <translation>بدل گیا (&amp;H)</translation>
    </message>
    <message>
        <source>St&amp;opped</source>
        <translation>روک دیا (&amp;O)</translation>
    </message>
    <message>
        <source>Mark goal: %1</source>
        <translation>مقصد نشان زد کریں: %1</translation>
    </message>
    <message>
        <source>Goal history</source>
        <translation>مقصد کی تاریخ</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Editing goal: %1</source>
        <translation>مقصد میں ترمیم: %1</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>اب: %1۔</translation>
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
        <translation>تھوڑا</translation>
    </message>
    <message>
        <source>Quite a lot</source>
        <translation>کافی زیادہ</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>بہت زیادہ</translation>
    </message>
</context>
<context>
    <name>ImportancePicker</name>
    <message>
        <source>Not now</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <source>%1: how much it matters</source>
        <translation>%1: یہ کتنا اہم ہے</translation>
    </message>
    <message>
        <source>Press 0 to 3, or the arrow keys</source>
        <translation>0 سے 3 دبائیں، یا تیر والی کلیدیں</translation>
    </message>
    <message>
        <source>%1: how much it matters (press 0 to 3)</source>
        <translation>%1: یہ کتنا اہم ہے (0 سے 3 دبائیں)</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>the GP</source>
        <translation>جی پی</translation>
    </message>
    <message>
        <source>the referrer</source>
        <translation>ریفر کرنے والا</translation>
    </message>
    <message>
        <source>The person agreed to share with %1: the letter tells the story of the support.</source>
        <translation>فرد نے %1 کے ساتھ شیئر کرنے پر رضامندی دی: خط معاونت کی کہانی بتاتا ہے۔</translation>
    </message>
    <message>
        <source>No consent to share with %1: the letter carries only identifiers, dates and codes, and says why.</source>
        <translation>%1 کے ساتھ شیئر کرنے کی رضامندی نہیں: خط میں صرف شناخت کنندے، تاریخیں اور کوڈ ہیں، اور وجہ بتائی گئی ہے۔</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>خط کو PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>The letter cannot be shown</source>
        <translation>خط نہیں دکھایا جا سکتا</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>Message back to %1</source>
        <translation>%1 کو جوابی پیغام</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>خط کا پیش منظر</translation>
    </message>
    <message>
        <source>What the letter carries</source>
        <translation>خط میں کیا شامل ہے</translation>
    </message>
    <message>
        <source>Preparing the letter…</source>
        <translation>خط تیار ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>پیش منظر کی حیثیت</translation>
    </message>
    <message>
        <source>Letter preview pages</source>
        <translation>خط کے پیش منظر کے صفحات</translation>
    </message>
    <message>
        <source>The letter exactly as it will be printed</source>
        <translation>خط بالکل ویسا جیسا پرنٹ ہو گا</translation>
    </message>
    <message>
        <source>&amp;Preview: this is exactly what will be printed or saved.</source>
        <translation>پیش منظر: یہ بالکل وہی ہے جو پرنٹ یا محفوظ ہو گا۔ (&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>پرنٹ کریں… (&amp;R)</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>خط پرنٹ کریں</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں… (&amp;S)</translation>
    </message>
    <message>
        <source>Save the letter as a PDF file</source>
        <translation>خط کو PDF فائل کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>پیش منظر بند کریں</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحہ</numerusform>
            <numerusform>%n صفحات</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not show the letter.</source>
        <translation>پیش منظر خط نہیں دکھا سکا۔</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>پرنٹنگ ناکام ہو گئی</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>پرنٹر کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <source>The letter was not saved</source>
        <translation>خط محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 میں محفوظ ہوا</translation>
    </message>
</context>
<context>
    <name>LetterRecipient</name>
    <message>
        <source>GP</source>
        <translation>جی پی</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>ریفر کرنے والا</translation>
    </message>
</context>
<context>
    <name>LifeArea</name>
    <message>
        <source>Feeling lonely or isolated</source>
        <translation>تنہائی یا الگ تھلگ محسوس کرنا</translation>
    </message>
    <message>
        <source>Who do you see in a usual week?</source>
        <translation>عام ہفتے میں آپ کس سے ملتے ہیں؟</translation>
    </message>
    <message>
        <source>Mood and mental wellbeing</source>
        <translation>مزاج اور ذہنی بہبود</translation>
    </message>
    <message>
        <source>How have you been feeling lately?</source>
        <translation>حال ہی میں آپ کیسا محسوس کر رہے ہیں؟</translation>
    </message>
    <message>
        <source>Being more active</source>
        <translation>زیادہ متحرک رہنا</translation>
    </message>
    <message>
        <source>What would you like to be able to do?</source>
        <translation>آپ کیا کر پانا چاہیں گے؟</translation>
    </message>
    <message>
        <source>Money and debt</source>
        <translation>پیسہ اور قرض</translation>
    </message>
    <message>
        <source>Is money a worry at the moment?</source>
        <translation>کیا اس وقت پیسے کی فکر ہے؟</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>رہائش</translation>
    </message>
    <message>
        <source>How are things where you live?</source>
        <translation>جہاں آپ رہتے ہیں وہاں حالات کیسے ہیں؟</translation>
    </message>
    <message>
        <source>Work, learning and volunteering</source>
        <translation>کام، سیکھنا اور رضاکارانہ کام</translation>
    </message>
    <message>
        <source>Is there something you would like to learn or do?</source>
        <translation>کیا کوئی چیز ہے جو آپ سیکھنا یا کرنا چاہیں گے؟</translation>
    </message>
    <message>
        <source>Caring for someone</source>
        <translation>کسی کی دیکھ بھال</translation>
    </message>
    <message>
        <source>Do you look after anyone?</source>
        <translation>کیا آپ کسی کی دیکھ بھال کرتے ہیں؟</translation>
    </message>
    <message>
        <source>Living with a health condition</source>
        <translation>کسی بیماری کے ساتھ زندگی</translation>
    </message>
    <message>
        <source>How does your health affect your days?</source>
        <translation>آپ کی صحت آپ کے دنوں پر کیسے اثر ڈالتی ہے؟</translation>
    </message>
    <message>
        <source>Food and cooking</source>
        <translation>کھانا اور پکانا</translation>
    </message>
    <message>
        <source>Are you able to eat well?</source>
        <translation>کیا آپ اچھی طرح کھا پاتے ہیں؟</translation>
    </message>
    <message>
        <source>Getting out and about</source>
        <translation>باہر آنا جانا</translation>
    </message>
    <message>
        <source>How do you get around?</source>
        <translation>آپ کیسے آتے جاتے ہیں؟</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>What would help you feel more confident?</source>
        <translation>کس چیز سے آپ زیادہ پراعتماد محسوس کریں گے؟</translation>
    </message>
    <message>
        <source>Phones, computers and the internet</source>
        <translation>فون، کمپیوٹر اور انٹرنیٹ</translation>
    </message>
    <message>
        <source>Would help with technology be useful?</source>
        <translation>کیا ٹیکنالوجی میں مدد مفید ہو گی؟</translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message>
        <source>Press any key or move the mouse to carry on.</source>
        <translation>جاری رکھنے کے لیے کوئی بھی کلید دبائیں یا ماؤس ہلائیں۔</translation>
    </message>
    <message numerus="yes">
        <source>LinkDesk locks in %n second(s).</source>
        <translation>
            <numerusform>LinkDesk %n سیکنڈ میں لاک ہو جائے گا۔</numerusform>
            <numerusform>LinkDesk %n سیکنڈ میں لاک ہو جائے گا۔</numerusform>
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
        <translation>حصے</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>کیس لوڈ</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>ڈائریکٹری</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>رپورٹیں</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فائل (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>فرد شامل کریں… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>بیک اپ لیں… (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Merge a backup…</source>
        <translation>بیک اپ ضم کریں… (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>لاک کریں (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>جائیں (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>آج (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>کیس لوڈ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>ڈائریکٹری (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>رپورٹیں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>ترتیبات (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>فرد تلاش کریں (&amp;F)</translation>
    </message>
    <message>
        <source>Start or resume &amp;conversation</source>
        <translation>بات چیت شروع کریں یا جاری رکھیں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس (&amp;K)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic details</source>
        <translation>تشخیصی تفصیلات نقل کریں (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About LinkDesk</source>
        <translation>LinkDesk کے بارے میں (&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>مرکزی</translation>
    </message>
    <message>
        <source>← To&amp;day</source>
        <translation>← آج (&amp;D)</translation>
    </message>
    <message>
        <source>Back to Today</source>
        <translation>واپس آج پر</translation>
    </message>
    <message>
        <source>Back to Today (Esc)</source>
        <translation>واپس آج پر (Esc)</translation>
    </message>
    <message>
        <source>← &amp;Caseload</source>
        <translation>← کیس لوڈ (&amp;C)</translation>
    </message>
    <message>
        <source>Back to the caseload</source>
        <translation>واپس کیس لوڈ پر</translation>
    </message>
    <message>
        <source>Back to the caseload (Esc)</source>
        <translation>واپس کیس لوڈ پر (Esc)</translation>
    </message>
    <message>
        <source>The meeting was marked attended.</source>
        <translation>ملاقات کو حاضر نشان زد کر دیا گیا۔</translation>
    </message>
    <message>
        <source>About LinkDesk</source>
        <translation>LinkDesk کے بارے میں</translation>
    </message>
    <message>
        <source>LinkDesk %1
An offline, encrypted caseload for social prescribing link workers.</source>
        <translation>LinkDesk %1
سوشل پریسکرائبنگ لنک ورکرز کے لیے آف لائن، خفیہ کیس لوڈ۔</translation>
    </message>
    <message>
        <source>This workspace has not been backed up yet: use File &gt; Back up… (Ctrl+Shift+B).</source>
        <translation>اس ورک اسپیس کا ابھی بیک اپ نہیں لیا گیا: فائل &gt; بیک اپ لیں… (Ctrl+Shift+B) استعمال کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was %n day(s) ago: use File &gt; Back up… (Ctrl+Shift+B) (last folder: %1).</source>
        <translation>
            <numerusform>آخری بیک اپ %n دن پہلے لیا گیا: فائل &gt; بیک اپ لیں… (Ctrl+Shift+B) استعمال کریں (آخری فولڈر: %1)۔</numerusform>
            <numerusform>آخری بیک اپ %n دن پہلے لیا گیا: فائل &gt; بیک اپ لیں… (Ctrl+Shift+B) استعمال کریں (آخری فولڈر: %1)۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last backup was %n day(s) ago: use File &gt; Back up… (Ctrl+Shift+B).</source>
        <translation>
            <numerusform>آخری بیک اپ %n دن پہلے لیا گیا: فائل &gt; بیک اپ لیں… (Ctrl+Shift+B) استعمال کریں۔</numerusform>
            <numerusform>آخری بیک اپ %n دن پہلے لیا گیا: فائل &gt; بیک اپ لیں… (Ctrl+Shift+B) استعمال کریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n منٹ</numerusform>
            <numerusform>%n منٹ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n گھنٹہ</numerusform>
            <numerusform>%n گھنٹے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n دن</numerusform>
            <numerusform>%n دن</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup is dated %1, %2 in the future: this laptop&apos;s clock was wrong when it was made. Check the date and time, then make a new backup: use File &gt; Back up… (Ctrl+Shift+B) (last folder: %3).</source>
        <translation>آخری بیک اپ پر %1 کی تاریخ ہے، جو %2 آگے مستقبل میں ہے: جب یہ بنایا گیا تو اس لیپ ٹاپ کی گھڑی غلط تھی۔ تاریخ اور وقت چیک کریں، پھر نیا بیک اپ لیں: فائل &gt; بیک اپ لیں… (Ctrl+Shift+B) استعمال کریں (آخری فولڈر: %3)۔</translation>
    </message>
    <message>
        <source>The last backup is dated %1, %2 in the future: this laptop&apos;s clock was wrong when it was made. Check the date and time, then make a new backup: use File &gt; Back up… (Ctrl+Shift+B).</source>
        <translation>آخری بیک اپ پر %1 کی تاریخ ہے، جو %2 آگے مستقبل میں ہے: جب یہ بنایا گیا تو اس لیپ ٹاپ کی گھڑی غلط تھی۔ تاریخ اور وقت چیک کریں، پھر نیا بیک اپ لیں: فائل &gt; بیک اپ لیں… (Ctrl+Shift+B) استعمال کریں۔</translation>
    </message>
    <message>
        <source>LinkDesk is still writing %1: it will not close until that has finished. Quit again then.</source>
        <translation>LinkDesk ابھی %1 لکھ رہا ہے: یہ مکمل ہونے تک بند نہیں ہو گا۔ پھر دوبارہ بند کریں۔</translation>
    </message>
</context>
<context>
    <name>MattersStep</name>
    <message>
        <source>What would a good day look like for you?</source>
        <translation>آپ کے لیے ایک اچھا دن کیسا ہو گا؟</translation>
    </message>
    <message>
        <source>What matters most to you at the moment?</source>
        <translation>اس وقت آپ کے لیے سب سے اہم کیا ہے؟</translation>
    </message>
    <message>
        <source>What gets in the way?</source>
        <translation>کیا چیز رکاوٹ بنتی ہے؟</translation>
    </message>
    <message>
        <source>Who or what helps you?</source>
        <translation>کون یا کیا آپ کی مدد کرتا ہے؟</translation>
    </message>
    <message>
        <source>What did you used to enjoy doing?</source>
        <translation>آپ پہلے کیا کرنا پسند کرتے تھے؟</translation>
    </message>
    <message>
        <source>If things were a bit better in three months, what would be different?</source>
        <translation>اگر تین مہینے میں حالات کچھ بہتر ہوں تو کیا مختلف ہو گا؟</translation>
    </message>
    <message>
        <source>What matters to you?</source>
        <translation>آپ کے لیے کیا اہم ہے؟</translation>
    </message>
    <message>
        <source>In their own &amp;words</source>
        <translation>ان کے اپنے الفاظ میں (&amp;W)</translation>
    </message>
    <message>
        <source>What matters to the person, in their own words</source>
        <translation>فرد کے لیے کیا اہم ہے، ان کے اپنے الفاظ میں</translation>
    </message>
    <message>
        <source>Write down what they say, in their words…</source>
        <translation>جو وہ کہیں، ان کے الفاظ میں لکھیں…</translation>
    </message>
    <message>
        <source>Last time they said: %1</source>
        <translation>پچھلی بار انہوں نے کہا: %1</translation>
    </message>
    <message>
        <source>What they said last time</source>
        <translation>انہوں نے پچھلی بار کیا کہا</translation>
    </message>
    <message>
        <source>Prompts, if you need them</source>
        <translation>اشارے، اگر آپ کو ضرورت ہو</translation>
    </message>
</context>
<context>
    <name>NameOrder</name>
    <message>
        <source>Given names first (Anna Kowalska)</source>
        <translation>پہلے نام پہلے (Anna Kowalska)</translation>
    </message>
    <message>
        <source>Family name first (Nguyễn Thị Hương)</source>
        <translation>خاندانی نام پہلے (Nguyễn Thị Hương)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Worker only</source>
        <translation>صرف ورکر کے لیے</translation>
    </message>
    <message>
        <source>Worker only notes</source>
        <translation>صرف ورکر کے نوٹس</translation>
    </message>
    <message>
        <source>&amp;Notes (not shown or printed)</source>
        <translation>نوٹس (نہ دکھائے جاتے ہیں نہ پرنٹ ہوتے ہیں) (&amp;N)</translation>
    </message>
    <message>
        <source>Worker notes</source>
        <translation>ورکر کے نوٹس</translation>
    </message>
    <message>
        <source>Safeguarding &amp;concern</source>
        <translation>تحفظ کی تشویش (&amp;C)</translation>
    </message>
    <message>
        <source>Safeguarding concern</source>
        <translation>تحفظ کی تشویش</translation>
    </message>
    <message>
        <source>Concern detai&amp;ls</source>
        <translation>تشویش کی تفصیل (&amp;L)</translation>
    </message>
    <message>
        <source>Safeguarding note</source>
        <translation>تحفظ کا نوٹ</translation>
    </message>
</context>
<context>
    <name>OutcomesChart</name>
    <message>
        <source>Wellbeing scores over time, chart</source>
        <translation>وقت کے ساتھ فلاح و بہبود کے اسکور، چارٹ</translation>
    </message>
    <message>
        <source>The same numbers are in the table below</source>
        <translation>یہی اعداد نیچے جدول میں ہیں</translation>
    </message>
    <message>
        <source>No wellbeing scores yet.</source>
        <translation>ابھی فلاح و بہبود کے کوئی اسکور نہیں۔</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <source>Wellbeing scores over time</source>
        <translation>وقت کے ساتھ فلاح و بہبود کے اسکور</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>اسکور</translation>
    </message>
    <message>
        <source>First to latest</source>
        <translation>پہلے سے تازہ ترین تک</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تبدیلی</translation>
    </message>
    <message>
        <source>Wellbeing sc&amp;ores:</source>
        <translation>فلاح و بہبود کے اسکور: (&amp;O)</translation>
    </message>
    <message>
        <source>%1 (lower is better)</source>
        <translation>%1 (کم بہتر ہے)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No follow-up yet</source>
        <translation>ابھی کوئی فالو اپ نہیں</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>کوئی تبدیلی نہیں</translation>
    </message>
    <message>
        <source>%1, better</source>
        <translation>%1، بہتر</translation>
    </message>
    <message>
        <source>%1, worse</source>
        <translation>%1، بدتر</translation>
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
        <translation>تفصیلات میں ترمیم</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>فرد شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Likes to be called:</source>
        <translation>کس نام سے پکارا جانا پسند ہے: (&amp;L)</translation>
    </message>
    <message>
        <source>The name they would like you to use, if different</source>
        <translation>وہ نام جو وہ چاہتے ہیں کہ آپ استعمال کریں، اگر مختلف ہو</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>تاریخ پیدائش: (&amp;D)</translation>
    </message>
    <message>
        <source>Optional: 10 digits, like 943 476 5919</source>
        <translation>اختیاری: 10 ہندسے، جیسے 943 476 5919</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>ای میل: (&amp;E)</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>پوسٹ کوڈ: (&amp;C)</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <translation>ترجمہ: %1</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>پہلے نام: (&amp;G)</translation>
    </message>
    <message>
        <source>First name and any middle names</source>
        <translation>پہلا نام اور کوئی درمیانی نام</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>خاندانی نام: (&amp;F)</translation>
    </message>
    <message>
        <source>Name &amp;order:</source>
        <translation>نام کی ترتیب: (&amp;O)</translation>
    </message>
    <message>
        <source>How they write their name: shown and printed in this order</source>
        <translation>وہ اپنا نام کیسے لکھتے ہیں: اسی ترتیب سے دکھایا اور پرنٹ کیا جاتا ہے</translation>
    </message>
    <message>
        <source>Pro&amp;nouns:</source>
        <translation>ضمائر: (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;HS number:</source>
        <translation>NHS نمبر: (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>فون: (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>پتہ: (&amp;A)</translation>
    </message>
    <message>
        <source>Preferred lang&amp;uage:</source>
        <translation>پسندیدہ زبان: (&amp;U)</translation>
    </message>
    <message>
        <source>Language of &amp;their plan:</source>
        <translation>ان کے منصوبے کی زبان: (&amp;T)</translation>
    </message>
    <message>
        <source>The language of their printed plan, the show-the-person screen and the wellbeing questions. Their own words are never translated.</source>
        <translation>ان کے پرنٹ شدہ منصوبے، فرد کو دکھانے والی اسکرین اور بہبود کے سوالات کی زبان۔ ان کے اپنے الفاظ کا کبھی ترجمہ نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>بات چیت کی ضروریات</translation>
    </message>
    <message>
        <source>Record their referral now</source>
        <translation>ان کا ریفرل ابھی درج کریں</translation>
    </message>
    <message>
        <source>%1 It will be saved as typed.</source>
        <translation>%1 یہ ویسے ہی محفوظ ہوگا جیسے ٹائپ کیا گیا۔</translation>
    </message>
    <message>
        <source>As their preferred language: %1</source>
        <translation>ان کی پسندیدہ زبان کے مطابق: %1</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>← &amp;Caseload</source>
        <translation>کیس لوڈ → (&amp;C)</translation>
    </message>
    <message>
        <source>Back to the caseload</source>
        <translation>کیس لوڈ پر واپس</translation>
    </message>
    <message>
        <source>Back to the caseload (Esc)</source>
        <translation>کیس لوڈ پر واپس (Esc)</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>فرد کا نام</translation>
    </message>
    <message>
        <source>&amp;Start conversation</source>
        <translation>بات چیت شروع کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>بات چیت شروع کریں</translation>
    </message>
    <message>
        <source>Start or carry on a conversation (%1)</source>
        <translation>بات چیت شروع کریں یا جاری رکھیں (%1)</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>منصوبہ پرنٹ کریں… (&amp;P)</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>منصوبہ پرنٹ کریں</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>تفصیلات میں ترمیم… (&amp;E)</translation>
    </message>
    <message>
        <source>Edit the person&apos;s details</source>
        <translation>فرد کی تفصیلات میں ترمیم کریں</translation>
    </message>
    <message>
        <source>E&amp;xport record…</source>
        <translation>ریکارڈ برآمد کریں… (&amp;X)</translation>
    </message>
    <message>
        <source>Export the person&apos;s record</source>
        <translation>فرد کا ریکارڈ برآمد کریں</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>مٹائیں…</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>اس فرد کو مٹائیں</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <source>Likes to be called</source>
        <translation>کس نام سے پکارا جانا پسند ہے</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>ضمائر</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>NHS نمبر</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>بات چیت کی ضروریات</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>ابھی نہیں پوچھا</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>فیصلہ: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>Record yes: %1</source>
        <translation>ہاں درج کریں: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Record no: %1</source>
        <translation>نہیں درج کریں: %1</translation>
    </message>
    <message>
        <source>Conversations, goals and follow-ups</source>
        <translation>بات چیت، مقاصد اور فالو اپ</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>بات چیت</translation>
    </message>
    <message>
        <source>Con&amp;versations:</source>
        <translation>بات چیت: (&amp;V)</translation>
    </message>
    <message>
        <source>Goals and connections</source>
        <translation>مقاصد اور رابطے</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>Follow-&amp;ups:</source>
        <translation>فالو اپ: (&amp;U)</translation>
    </message>
    <message>
        <source>Record &amp;what happened…</source>
        <translation>درج کریں کیا ہوا… (&amp;W)</translation>
    </message>
    <message>
        <source>Record what happened at the chosen meeting</source>
        <translation>منتخب ملاقات میں جو ہوا وہ درج کریں</translation>
    </message>
    <message>
        <source>Attended, did not attend, cancelled or rebooked</source>
        <translation>حاضر ہوئے، حاضر نہیں ہوئے، منسوخ یا دوبارہ بک</translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation>ٹائم لائن، نیا پہلے</translation>
    </message>
    <message>
        <source>Time&amp;line:</source>
        <translation>ٹائم لائن: (&amp;L)</translation>
    </message>
    <message>
        <source>Wellbeing over time</source>
        <translation>وقت کے ساتھ فلاح و بہبود</translation>
    </message>
    <message>
        <source>Consent not recorded: ask first whether notes may be kept (step 1 of the conversation, or Yes and No under Consent).</source>
        <translation>رضامندی درج نہیں: پہلے پوچھیں کہ کیا نوٹس رکھے جا سکتے ہیں (بات چیت کا مرحلہ 1، یا رضامندی کے تحت ہاں اور نہیں)۔</translation>
    </message>
    <message>
        <source>[automatic]</source>
        <translation>[خودکار]</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>ابھی کچھ درج نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Safeguarding concern recorded: read the conversation notes first.</source>
        <translation>تحفظ کی تشویش درج ہے: پہلے بات چیت کے نوٹس پڑھیں۔</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (عمر %2)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>معلوم نہیں</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>کچھ درج نہیں</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>نامکمل</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>ابھی کوئی بات چیت نہیں۔</translation>
    </message>
    <message>
        <source>Goals: %1 (%2 achieved). Connections: %3.</source>
        <translation>مقاصد: %1 (%2 حاصل ہوئے)۔ رابطے: %3۔</translation>
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
        <translation>کوئی فالو اپ بک نہیں۔</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Save the plan as PDF</source>
        <translation>منصوبہ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>منصوبہ پرنٹ کریں</translation>
    </message>
    <message>
        <source>The printer could not be started. Check it is switched on.</source>
        <translation>پرنٹر شروع نہیں ہو سکا۔ دیکھیں کہ یہ آن ہے۔</translation>
    </message>
    <message>
        <source>Plan for %1 %2.pdf</source>
        <translation>%1 کا منصوبہ %2.pdf</translation>
    </message>
    <message>
        <source>The plan cannot be shown</source>
        <translation>منصوبہ نہیں دکھایا جا سکتا</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>The plan to take home</source>
        <translation>گھر لے جانے کا منصوبہ</translation>
    </message>
    <message>
        <source>Plan preview</source>
        <translation>منصوبے کا پیش منظر</translation>
    </message>
    <message>
        <source>Lar&amp;ge print</source>
        <translation>بڑا پرنٹ (&amp;G)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>بڑا پرنٹ</translation>
    </message>
    <message>
        <source>Body text of 16 point or more</source>
        <translation>16 پوائنٹ یا اس سے بڑا متن</translation>
    </message>
    <message>
        <source>&amp;Easy read</source>
        <translation>آسان زبان (&amp;E)</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>آسان زبان</translation>
    </message>
    <message>
        <source>One idea per line, larger text, simpler headings</source>
        <translation>ہر سطر میں ایک خیال، بڑا متن، آسان سرخیاں</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>منصوبے کی زبان</translation>
    </message>
    <message>
        <source>Translation: %1</source>
        <translation>ترجمہ: %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان: (&amp;L)</translation>
    </message>
    <message>
        <source>Preparing the plan…</source>
        <translation>منصوبہ تیار ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>پیش منظر کی حیثیت</translation>
    </message>
    <message>
        <source>Plan preview pages</source>
        <translation>منصوبے کے پیش منظر کے صفحات</translation>
    </message>
    <message>
        <source>The plan exactly as it will be printed</source>
        <translation>منصوبہ بالکل ویسا جیسا پرنٹ ہو گا</translation>
    </message>
    <message>
        <source>&amp;Preview: this is exactly what will be printed. Check it with the person.</source>
        <translation>پیش منظر: بالکل یہی پرنٹ ہو گا۔ اسے فرد کے ساتھ جانچیں۔ (&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>پرنٹ کریں… (&amp;R)</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>منصوبہ پرنٹ کریں</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں… (&amp;S)</translation>
    </message>
    <message>
        <source>Save the plan as a PDF file</source>
        <translation>منصوبہ PDF فائل کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>پیش منظر بند کریں</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحہ</numerusform>
            <numerusform>%n صفحات</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not show the plan.</source>
        <translation>پیش منظر منصوبہ نہیں دکھا سکا۔</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>میرا منصوبہ</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>پرنٹ نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>پرنٹر کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>منصوبہ محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 میں محفوظ ہو گیا</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>کاٹیں (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نقل کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ری سیٹ کریں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>رد کریں</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ہاں (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>نہیں (&amp;N)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>سب کے لیے ہاں (&amp;A)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>سب کے لیے نہیں (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نظر انداز کریں</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>پہلے سے طے شدہ بحال کریں</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>سب محفوظ کریں</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>محفوظ نہ کریں</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>کاٹیں (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نقل کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>لنک کا پتہ نقل کریں (&amp;L)</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Edit referral</source>
        <translation>ریفرل میں ترمیم</translation>
    </message>
    <message>
        <source>Add a referral</source>
        <translation>ریفرل شامل کریں</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Referral received</source>
        <translation>ریفرل موصول ہوا</translation>
    </message>
    <message>
        <source>Referral recei&amp;ved:</source>
        <translation>ریفرل موصول ہوا: (&amp;V)</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>ریفر کرنے والا: (&amp;B)</translation>
    </message>
    <message>
        <source>Referrer&apos;s na&amp;me:</source>
        <translation>ریفر کرنے والے کا نام: (&amp;M)</translation>
    </message>
    <message>
        <source>Referrer&apos;s organ&amp;isation:</source>
        <translation>ریفر کرنے والے کا ادارہ: (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Reason for referral:</source>
        <translation>ریفرل کی وجہ: (&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Referral</source>
        <translation>ریفرل</translation>
    </message>
    <message>
        <source>Current referral</source>
        <translation>موجودہ ریفرل</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>نئی حیثیت</translation>
    </message>
    <message>
        <source>Change status &amp;to:</source>
        <translation>حیثیت بدل کر: (&amp;T)</translation>
    </message>
    <message>
        <source>Change the referral status</source>
        <translation>ریفرل کی حیثیت بدلیں</translation>
    </message>
    <message>
        <source>Change st&amp;atus</source>
        <translation>حیثیت بدلیں (&amp;A)</translation>
    </message>
    <message>
        <source>Edit referral…</source>
        <translation>ریفرل میں ترمیم…</translation>
    </message>
    <message>
        <source>Edit the referral</source>
        <translation>ریفرل میں ترمیم کریں</translation>
    </message>
    <message>
        <source>Message &amp;back…</source>
        <translation>جوابی پیغام… (&amp;B)</translation>
    </message>
    <message>
        <source>Message back to the GP or referrer</source>
        <translation>جی پی یا ریفر کرنے والے کو جوابی پیغام</translation>
    </message>
    <message>
        <source>To the &amp;GP…</source>
        <translation>جی پی کو… (&amp;G)</translation>
    </message>
    <message>
        <source>To the &amp;referrer…</source>
        <translation>ریفر کرنے والے کو… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>نیا ریفرل… (&amp;N)</translation>
    </message>
    <message>
        <source>Add a new referral</source>
        <translation>نیا ریفرل شامل کریں</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>حیثیت کی تاریخ</translation>
    </message>
    <message>
        <source>No referral recorded yet.</source>
        <translation>ابھی کوئی ریفرل درج نہیں۔</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>حیثیت: %1</translation>
    </message>
    <message>
        <source>Received %1 from %2</source>
        <translation>%1 کو %2 سے موصول ہوا</translation>
    </message>
    <message>
        <source>Referrer: %1</source>
        <translation>ریفر کرنے والا: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>وجہ: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>نتیجہ: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>بند: %1</translation>
    </message>
    <message>
        <source>Earlier referrals: %1</source>
        <translation>پچھلے ریفرل: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <source>Choose the new status first.</source>
        <translation>پہلے نئی حیثیت منتخب کریں۔</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>تاریخچہ:</translation>
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
        <translation>(خودکار)</translation>
    </message>
</context>
<context>
    <name>ReferralSource</name>
    <message>
        <source>GP</source>
        <translation>جی پی</translation>
    </message>
    <message>
        <source>Practice nurse</source>
        <translation>پریکٹس نرس</translation>
    </message>
    <message>
        <source>Social care</source>
        <translation>سماجی دیکھ بھال</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>خود ریفرل</translation>
    </message>
    <message>
        <source>Voluntary or community group</source>
        <translation>رضاکار یا کمیونٹی گروپ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <source>Received</source>
        <translation>موصول</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>رابطہ ہو گیا</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>انکار کر دیا</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>To protect privacy, counts from 1 to 4 are shown as &lt;5. Where a small number could still be worked out by subtraction from a total, another count is hidden too (*). Averages and percentages based on fewer than 5 are not shown (n&lt;5).</source>
        <translation>رازداری کے تحفظ کے لیے 1 سے 4 تک کی گنتی &lt;5 کے طور پر دکھائی جاتی ہے۔ جہاں کسی کل تعداد سے تفریق کر کے چھوٹی تعداد معلوم کی جا سکتی ہو، وہاں ایک اور گنتی بھی چھپائی جاتی ہے (*)۔ 5 سے کم پر مبنی اوسط اور فیصد نہیں دکھائے جاتے (n&lt;5)۔</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Report:</source>
        <translation>رپورٹ: (&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>ReportTableView</name>
    <message>
        <source>SNOMED CT code</source>
        <translation>SNOMED CT کوڈ</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Last 12 months</source>
        <translation>پچھلے 12 مہینے</translation>
    </message>
    <message>
        <source>This financial year</source>
        <translation>یہ مالی سال</translation>
    </message>
    <message>
        <source>Last financial year</source>
        <translation>پچھلا مالی سال</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>تمام وقت</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>تاریخیں منتخب کریں</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>رپورٹیں</translation>
    </message>
    <message>
        <source>Caseload today</source>
        <translation>آج کا کیس لوڈ</translation>
    </message>
    <message numerus="yes">
        <source>Waiting more than %n weeks for first contact</source>
        <translation>
            <numerusform>پہلے رابطے کے لیے %n ہفتے سے زیادہ انتظار</numerusform>
            <numerusform>پہلے رابطے کے لیے %n ہفتوں سے زیادہ انتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>کھلے ریفرل</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>تاخیر والے فالو اپ</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due in the next %n days</source>
        <translation>
            <numerusform>اگلے %n دن میں ہونے والے فالو اپ</numerusform>
            <numerusform>اگلے %n دنوں میں ہونے والے فالو اپ</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes for commissioners (anonymised)</source>
        <translation>کمشنرز کے لیے نتائج (گمنام)</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>رپورٹ کی مدت</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>مدت: (&amp;P)</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>مدت کا پہلا دن</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>مدت کا آخری دن</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>سے: (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>تک: (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>رپورٹ برآمد کریں… (&amp;E)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>رپورٹ برآمد کریں</translation>
    </message>
    <message>
        <source>Save the report as CSV and PDF in a folder (Ctrl+E)</source>
        <translation>رپورٹ کو CSV اور PDF کے طور پر فولڈر میں محفوظ کریں (Ctrl+E)</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>رپورٹ کی حیثیت</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>اعداد و شمار نکالے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Figures for %1.</source>
        <translation>%1 کے اعداد و شمار۔</translation>
    </message>
    <message>
        <source>Could not work out the figures</source>
        <translation>اعداد و شمار نہیں نکل سکے</translation>
    </message>
    <message>
        <source>Choose the folder to save the report in</source>
        <translation>رپورٹ محفوظ کرنے کے لیے فولڈر منتخب کریں</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>رپورٹ محفوظ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>رپورٹ</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1، %2 میں محفوظ ہو گئیں۔</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>رپورٹ محفوظ نہیں ہو سکی</translation>
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
        <translation>وہ ریکارڈ جن کی محفوظ رکھنے کی مدت گزر گئی</translation>
    </message>
    <message>
        <source>These people&apos;s referrals all ended more than %1 months ago. Tick the records to erase.</source>
        <translation>ان لوگوں کے تمام ریفرل %1 مہینے سے زیادہ پہلے ختم ہو گئے۔ مٹانے کے لیے ریکارڈ پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>Records past retention</source>
        <translation>مدت سے پرانے ریکارڈ</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>ریکارڈ: (&amp;R)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>سب منتخب کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Select all records</source>
        <translation>تمام ریکارڈ منتخب کریں</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>کچھ منتخب نہ کریں (&amp;N)</translation>
    </message>
    <message>
        <source>Select no records</source>
        <translation>کوئی ریکارڈ منتخب نہ کریں</translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation>منتخب شدہ مٹائیں… (&amp;E)</translation>
    </message>
    <message>
        <source>Erase the selected records</source>
        <translation>منتخب ریکارڈ مٹائیں</translation>
    </message>
    <message>
        <source>%1 (last referral ended %2)</source>
        <translation>%1 (آخری ریفرل %2 کو ختم ہوا)</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n people and everything about them, for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n فرد اور ان کے بارے میں سب کچھ ہمیشہ کے لیے مٹا دیں؟ اسے واپس نہیں کیا جا سکتا۔</numerusform>
            <numerusform>%n لوگوں اور ان کے بارے میں سب کچھ ہمیشہ کے لیے مٹا دیں؟ اسے واپس نہیں کیا جا سکتا۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase records</source>
        <translation>ریکارڈ مٹائیں</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>مٹائیں (&amp;E)</translation>
    </message>
    <message>
        <source>Erase not done</source>
        <translation>مٹایا نہیں گیا</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>محفوظ کرنے کی حیثیت</translation>
    </message>
    <message>
        <source>Not saved yet - see the note</source>
        <translation>ابھی محفوظ نہیں - نوٹ دیکھیں</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>محفوظ ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Not checked yet</source>
        <translation>ابھی جانچا نہیں گیا</translation>
    </message>
    <message>
        <source>Checked today</source>
        <translation>آج جانچا گیا</translation>
    </message>
    <message>
        <source>Last checked %1: over a year ago, please check it still runs</source>
        <translation>آخری بار %1 کو جانچا گیا: ایک سال سے زیادہ پہلے، براہ کرم دیکھیں کہ یہ اب بھی چلتی ہے</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>آخری بار %1 کو جانچا گیا</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>آمنے سامنے</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>آن لائن</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>فون کے ذریعے</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>یہ کیا ہے</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>مدد کی قسم</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>یہ کس کے لیے ہے</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>How to attend</source>
        <translation>کیسے شرکت کریں</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>How to get there</source>
        <translation>وہاں کیسے پہنچیں</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>مفت</translation>
    </message>
    <message>
        <source>Free: %1</source>
        <translation>مفت: %1</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبانیں</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>رسائی</translation>
    </message>
    <message>
        <source>Retired: no longer offered.</source>
        <translation>ختم: اب پیش نہیں کی جاتی۔</translation>
    </message>
    <message>
        <source>Alert:</source>
        <translation>انتباہ:</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>سروس کی تفصیلات</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>ادارہ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>پوسٹ کوڈ (&amp;P)</translation>
    </message>
    <message>
        <source>Area / &amp;town</source>
        <translation>علاقہ / شہر (&amp;T)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>فون (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>ای میل (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>قیمت (&amp;C)</translation>
    </message>
    <message>
        <source>What it is (&amp;description)</source>
        <translation>یہ کیا ہے (تفصیل) (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Address (one line per line)</source>
        <translation>پتہ (ہر سطر الگ) (&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;lert (shown first on the card)</source>
        <translation>انتباہ (کارڈ پر سب سے پہلے دکھایا جاتا ہے) (&amp;L)</translation>
    </message>
    <message>
        <source>Who it is &amp;for</source>
        <translation>یہ کس کے لیے ہے (&amp;F)</translation>
    </message>
    <message>
        <source>Accessi&amp;bility</source>
        <translation>رسائی (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>ویب سائٹ (&amp;W)</translation>
    </message>
    <message>
        <source>When it r&amp;uns</source>
        <translation>یہ کب چلتی ہے (&amp;U)</translation>
    </message>
    <message>
        <source>How to get the&amp;re</source>
        <translation>وہاں کیسے پہنچیں (&amp;R)</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>سروس شامل کریں</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>سروس میں ترمیم</translation>
    </message>
    <message>
        <source>Categories, separated by semicolons</source>
        <translation>زمرے، سیمی کولن سے الگ</translation>
    </message>
    <message>
        <source>for example: walking groups; befriending</source>
        <translation>مثال کے طور پر: واکنگ گروپس; دوستی</translation>
    </message>
    <message>
        <source>Cate&amp;gories</source>
        <translation>زمرے (&amp;G)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>&amp;It is free</source>
        <translation>یہ مفت ہے (&amp;I)</translation>
    </message>
    <message>
        <source>It is free</source>
        <translation>یہ مفت ہے</translation>
    </message>
    <message>
        <source>Languages spoken, separated by semicolons</source>
        <translation>بولی جانے والی زبانیں، سیمی کولن سے الگ</translation>
    </message>
    <message>
        <source>Languages spo&amp;ken</source>
        <translation>بولی جانے والی زبانیں (&amp;K)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
</context>
<context>
    <name>ServiceList</name>
    <message>
        <source>free</source>
        <translation>مفت</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>ملنے والی سروسز</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(ختم شدہ)</translation>
    </message>
</context>
<context>
    <name>ServicePicker</name>
    <message>
        <source>Type what the person is looking for</source>
        <translation>فرد جو تلاش کر رہا ہے وہ ٹائپ کریں</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>ڈائریکٹری میں تلاش کریں</translation>
    </message>
    <message>
        <source>&amp;Find a service</source>
        <translation>سروس تلاش کریں (&amp;F)</translation>
    </message>
    <message>
        <source>What the list shows</source>
        <translation>فہرست کیا دکھاتی ہے</translation>
    </message>
    <message>
        <source>&amp;Choose this service</source>
        <translation>یہ سروس منتخب کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Choose this service</source>
        <translation>یہ سروس منتخب کریں</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n سروس ملی</numerusform>
            <numerusform>%n سروسز ملیں</numerusform>
        </translation>
    </message>
    <message>
        <source>All services</source>
        <translation>تمام سروسز</translation>
    </message>
    <message>
        <source>Suggested for the life areas chosen</source>
        <translation>منتخب کردہ زندگی کے پہلوؤں کے لیے تجاویز</translation>
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
        <translation>CSV فائل</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>ہاتھ سے شامل کی گئی</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>ڈیمو ڈیٹا</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>You (printed on the plan)</source>
        <translation>آپ (منصوبے پر پرنٹ ہوتا ہے)</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>آپ کا نام: (&amp;N)</translation>
    </message>
    <message>
        <source>Your &amp;phone:</source>
        <translation>آپ کا فون: (&amp;P)</translation>
    </message>
    <message>
        <source>Your &amp;email:</source>
        <translation>آپ کی ای میل: (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>ادارہ: (&amp;O)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>ورک اسپیس</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation>استعمال نہ ہونے پر لاک کریں بعد از: (&amp;L)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> پوائنٹ</translation>
    </message>
    <message>
        <source>Plan &amp;text size:</source>
        <translation>منصوبے کے متن کا سائز: (&amp;T)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> دن</translation>
    </message>
    <message>
        <source>Remind me to &amp;back up every:</source>
        <translation>بیک اپ کی یاد دہانی ہر: (&amp;B)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> مہینے</translation>
    </message>
    <message>
        <source>&amp;Keep closed records for:</source>
        <translation>بند ریکارڈ اتنی مدت رکھیں: (&amp;K)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>LinkDesk&apos;s lang&amp;uage:</source>
        <translation>LinkDesk کی زبان: (&amp;U)</translation>
    </message>
    <message>
        <source>Add a l&amp;ine</source>
        <translation>سطر شامل کریں (&amp;I)</translation>
    </message>
    <message>
        <source>The language of LinkDesk&apos;s screens for you. Each person&apos;s plan and what they see on screen are in their own language (set in their details).</source>
        <translation>آپ کے لیے LinkDesk کی اسکرینوں کی زبان۔ ہر فرد کا منصوبہ اور جو وہ اسکرین پر دیکھتے ہیں ان کی اپنی زبان میں ہوتا ہے (ان کی تفصیلات میں طے کی جاتی ہے)۔</translation>
    </message>
    <message>
        <source>Your day (the Today screen and bookings)</source>
        <translation>آپ کا دن (آج کی اسکرین اور بکنگز)</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> ہفتے</translation>
    </message>
    <message>
        <source>List people not contacted &amp;after:</source>
        <translation>اتنے عرصے بعد رابطہ نہ ہونے والوں کی فہرست: (&amp;A)</translation>
    </message>
    <message>
        <source>Today lists people with nothing booked and no contact for this long</source>
        <translation>آج کی اسکرین ان لوگوں کی فہرست دیتی ہے جن کی کوئی بکنگ نہیں اور اتنی مدت سے رابطہ نہیں</translation>
    </message>
    <message>
        <source>Suggest the ne&amp;xt meeting after:</source>
        <translation>اگلی ملاقات تجویز کریں اتنے بعد: (&amp;X)</translation>
    </message>
    <message>
        <source>Bank holida&amp;ys:</source>
        <translation>بینک تعطیلات: (&amp;Y)</translation>
    </message>
    <message>
        <source>Suggested meeting dates avoid weekends and these bank holidays</source>
        <translation>تجویز کردہ ملاقات کی تاریخیں ہفتہ وار چھٹیوں اور ان بینک تعطیلات سے بچتی ہیں</translation>
    </message>
    <message>
        <source>Where to get urgent help (printed on every plan)</source>
        <translation>فوری مدد کہاں سے ملے (ہر منصوبے پر پرنٹ ہوتا ہے)</translation>
    </message>
    <message>
        <source>Urgent help lines</source>
        <translation>فوری مدد کی لائنیں</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit a line</source>
        <translation>سطر میں ترمیم کے لیے ڈبل کلک کریں یا F2 دبائیں</translation>
    </message>
    <message>
        <source>&amp;Remove the selected line</source>
        <translation>منتخب سطر ہٹائیں (&amp;R)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>حفاظت</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>پاس فریز بدلیں… (&amp;C)</translation>
    </message>
    <message>
        <source>Name: number, when to call</source>
        <translation>نام: نمبر، کب فون کریں</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>ترتیبات محفوظ ہو گئیں۔</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one next time you unlock.</source>
        <translation>پاس فریز بدل گیا۔ اگلی بار کھولتے وقت نیا استعمال کریں۔</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <source>Everything in LinkDesk can be done from the keyboard. Press Tab to move, Enter to press a button, and Alt with an underlined letter to jump to a field.</source>
        <translation>LinkDesk میں سب کچھ کی بورڈ سے کیا جا سکتا ہے۔ آگے بڑھنے کے لیے Tab دبائیں، بٹن دبانے کے لیے Enter، اور کسی خانے پر جانے کے لیے Alt کے ساتھ خط کشیدہ حرف۔</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدیں</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>یہ کیا کرتی ہیں</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>&amp;Shortcuts:</source>
        <translation>شارٹ کٹس: (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
</context>
<context>
    <name>ShowPersonView</name>
    <message>
        <source>Your plan, shown to the person</source>
        <translation>آپ کا منصوبہ، فرد کو دکھایا گیا</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>آپ کا منصوبہ</translation>
    </message>
    <message>
        <source>Back to the conversation (F11)</source>
        <translation>بات چیت پر واپس (F11)</translation>
    </message>
</context>
<context>
    <name>StepRail</name>
    <message>
        <source>Steps of the conversation</source>
        <translation>بات چیت کے مراحل</translation>
    </message>
    <message>
        <source>Alt and a number jumps to a step; Control Page Up and Page Down move.</source>
        <translation>Alt اور نمبر سے کسی مرحلے پر جائیں؛ Control کے ساتھ Page Up اور Page Down سے آگے پیچھے ہوں۔</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>مرحلہ %1: %2</translation>
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
        <translation>منصوبے پر اتفاق</translation>
    </message>
    <message>
        <source>Life areas</source>
        <translation>زندگی کے پہلو</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>رابطے</translation>
    </message>
    <message>
        <source>Welcome and consent</source>
        <translation>خوش آمدید اور رضامندی</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>مقاصد</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation>آپ کے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <source>Wellbeing check</source>
        <translation>بہبود کا جائزہ</translation>
    </message>
</context>
<context>
    <name>Timepoint</name>
    <message>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>End</source>
        <translation>اختتام</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Due today</source>
        <translation>آج واجب</translation>
    </message>
    <message>
        <source>Nobody is booked for today.</source>
        <translation>آج کے لیے کوئی بک نہیں۔</translation>
    </message>
    <message>
        <source>Overdue: record what happened</source>
        <translation>تاخیر شدہ: درج کریں کیا ہوا</translation>
    </message>
    <message>
        <source>No overdue meetings. Well done.</source>
        <translation>کوئی تاخیر شدہ ملاقات نہیں۔ شاباش۔</translation>
    </message>
    <message>
        <source>Waiting for first contact</source>
        <translation>پہلے رابطے کے منتظر</translation>
    </message>
    <message>
        <source>No new referrals are waiting.</source>
        <translation>کوئی نیا ریفرل منتظر نہیں۔</translation>
    </message>
    <message>
        <source>Unfinished conversations</source>
        <translation>نامکمل بات چیت</translation>
    </message>
    <message>
        <source>No conversations left unfinished.</source>
        <translation>کوئی بات چیت نامکمل نہیں۔</translation>
    </message>
    <message>
        <source>Not contacted for %n weeks or more</source>
        <translation>%n ہفتے یا زیادہ سے رابطہ نہیں</translation>
    </message>
    <message>
        <source>Everyone has been in touch recently or has a booking.</source>
        <translation>سب سے حال ہی میں رابطہ ہوا ہے یا ان کی بکنگ ہے۔</translation>
    </message>
    <message>
        <source>The rest of this week</source>
        <translation>اس ہفتے کا باقی حصہ</translation>
    </message>
    <message>
        <source>Nothing else booked this week.</source>
        <translation>اس ہفتے اور کچھ بک نہیں۔</translation>
    </message>
    <message>
        <source>welcome and consent</source>
        <translation>خوش آمدید اور رضامندی</translation>
    </message>
    <message>
        <source>what matters</source>
        <translation>کیا اہم ہے</translation>
    </message>
    <message>
        <source>life areas</source>
        <translation>زندگی کے شعبے</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>مقاصد</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>رابطے</translation>
    </message>
    <message>
        <source>wellbeing check</source>
        <translation>فلاح و بہبود کی جانچ</translation>
    </message>
    <message>
        <source>agree the plan</source>
        <translation>منصوبے پر اتفاق</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 overdue, was %2</source>
        <translation>%1 تاخیر، تھی %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <source>%1, received %2</source>
        <translation>%1، موصول %2</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>ریفر کرنے والا: %1</translation>
    </message>
    <message>
        <source>Resume at %1</source>
        <translation>%1 سے دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>کبھی رابطہ نہیں ہوا</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%2 سے %1</translation>
    </message>
    <message>
        <source>Referral: %1</source>
        <translation>ریفرل: %1</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>آج کی تاریخ</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>تازہ کریں (&amp;E)</translation>
    </message>
    <message>
        <source>Refresh today&apos;s lists</source>
        <translation>آج کی فہرستیں تازہ کریں</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>تازہ کریں (F5)</translation>
    </message>
    <message>
        <source>Summary of today</source>
        <translation>آج کا خلاصہ</translation>
    </message>
    <message>
        <source>Today&apos;s lists</source>
        <translation>آج کی فہرستیں</translation>
    </message>
    <message>
        <source>Enter opens the person, or resumes an unfinished conversation</source>
        <translation>Enter فرد کو کھولتا ہے، یا نامکمل بات چیت دوبارہ شروع کرتا ہے</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>کھولیں (&amp;O)</translation>
    </message>
    <message>
        <source>Open the chosen row</source>
        <translation>منتخب قطار کھولیں</translation>
    </message>
    <message>
        <source>Open the person, or resume the conversation (Enter)</source>
        <translation>فرد کو کھولیں، یا بات چیت دوبارہ شروع کریں (Enter)</translation>
    </message>
    <message>
        <source>Show the &amp;person</source>
        <translation>فرد کو دکھائیں (&amp;P)</translation>
    </message>
    <message>
        <source>Show the person&apos;s record</source>
        <translation>فرد کا ریکارڈ دکھائیں</translation>
    </message>
    <message>
        <source>Record &amp;what happened…</source>
        <translation>درج کریں کیا ہوا… (&amp;W)</translation>
    </message>
    <message>
        <source>Record what happened at the meeting</source>
        <translation>درج کریں کہ ملاقات میں کیا ہوا</translation>
    </message>
    <message>
        <source>Attended, did not attend, cancelled or rebooked (Ctrl+R)</source>
        <translation>حاضر ہوئے، حاضر نہیں ہوئے، منسوخ یا دوبارہ بک (Ctrl+R)</translation>
    </message>
    <message>
        <source>Looking at today…</source>
        <translation>آج کو دیکھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>آج، %1</translation>
    </message>
    <message>
        <source>Today&apos;s lists could not be worked out: %1</source>
        <translation>آج کی فہرستیں تیار نہیں ہو سکیں: %1</translation>
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
        <translation>آج آپ کی ضرورت نہیں: کوئی واجب، تاخیر شدہ یا منتظر نہیں۔</translation>
    </message>
    <message>
        <source>%1 due today, %2 overdue, %3 waiting for first contact, %4 unfinished conversations.</source>
        <translation>%1 آج واجب، %2 تاخیر شدہ، %3 پہلے رابطے کے منتظر، %4 نامکمل بات چیت۔</translation>
    </message>
    <message>
        <source>Res&amp;ume conversation</source>
        <translation>بات چیت دوبارہ شروع کریں (&amp;U)</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>Directory data (*.json *.csv *.tsv *.txt);;Open Referral JSON (*.json);;Spreadsheet saved as CSV or Unicode Text (*.csv *.tsv *.txt)</source>
        <translation>ڈائریکٹری ڈیٹا (*.json *.csv *.tsv *.txt);;Open Referral JSON (*.json);;CSV یا یونیکوڈ متن کے طور پر محفوظ اسپریڈشیٹ (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Import services</source>
        <translation>سروسز درآمد کریں</translation>
    </message>
    <message>
        <source>Import an Open Referral CSV folder</source>
        <translation>Open Referral CSV فولڈر درآمد کریں</translation>
    </message>
    <message>
        <source>Importing services…</source>
        <translation>سروسز درآمد ہو رہی ہیں…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>درآمد شدہ: %1۔</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>چھوڑ دی گئیں:</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… اور %1 مزید</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>درآمد منسوخ: کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>ڈائریکٹری برآمد کریں</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n service(s) to %1.</source>
        <translation>
            <numerusform>%n سروس %1 میں برآمد ہو گئی۔</numerusform>
            <numerusform>%n سروسز %1 میں برآمد ہو گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>the export</source>
        <translation>برآمد</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>ڈائریکٹری</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>LinkDesk: unlock</source>
        <translation>LinkDesk: کھولیں</translation>
    </message>
    <message>
        <source>LinkDesk</source>
        <translation>LinkDesk</translation>
    </message>
    <message>
        <source>Your caseload is kept encrypted on this computer.</source>
        <translation>آپ کا کیس لوڈ اس کمپیوٹر پر خفیہ حالت میں رکھا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Open or create a workspace</source>
        <translation>ورک اسپیس کھولیں یا بنائیں</translation>
    </message>
    <message>
        <source>&amp;Open a workspace</source>
        <translation>ورک اسپیس کھولیں (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Create a new workspace</source>
        <translation>نئی ورک اسپیس بنائیں (&amp;C)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیش رفت</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>لگتا ہے Caps Lock آن ہے۔</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>ورک اسپیس فائل</translation>
    </message>
    <message>
        <source>&amp;Workspace file:</source>
        <translation>ورک اسپیس فائل: (&amp;W)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>پاس فریز: (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>کھولیں (&amp;U)</translation>
    </message>
    <message>
        <source>Unlock the workspace</source>
        <translation>ورک اسپیس کھولیں</translation>
    </message>
    <message>
        <source>LinkDesk locks itself after a few minutes without use. Everything you type is saved as you go, so locking never loses work.</source>
        <translation>LinkDesk چند منٹ استعمال نہ ہونے پر خود لاک ہو جاتا ہے۔ آپ جو کچھ ٹائپ کرتے ہیں ساتھ ساتھ محفوظ ہوتا ہے، اس لیے لاک ہونے سے کبھی کام ضائع نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>New workspace file</source>
        <translation>نئی ورک اسپیس فائل</translation>
    </message>
    <message>
        <source>New workspace &amp;file:</source>
        <translation>نئی ورک اسپیس فائل: (&amp;F)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>نیا پاس فریز: (&amp;P)</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>پاس فریز دوبارہ ٹائپ کریں</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>دوبارہ ٹائپ کریں: (&amp;A)</translation>
    </message>
    <message>
        <source>Write the passphrase down somewhere safe. Nobody can recover the workspace without it.</source>
        <translation>پاس فریز کسی محفوظ جگہ لکھ لیں۔ اس کے بغیر کوئی بھی ورک اسپیس بحال نہیں کر سکتا۔</translation>
    </message>
    <message>
        <source>C&amp;reate workspace</source>
        <translation>ورک اسپیس بنائیں (&amp;R)</translation>
    </message>
    <message>
        <source>Create the workspace</source>
        <translation>ورک اسپیس بنائیں</translation>
    </message>
    <message>
        <source>Choose the workspace file first.</source>
        <translation>پہلے ورک اسپیس فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>پہلے پاس فریز ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>کھولا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Choose where to keep the new workspace.</source>
        <translation>منتخب کریں کہ نئی ورک اسپیس کہاں رکھی جائے۔</translation>
    </message>
    <message>
        <source>The two passphrases are different; please type them again.</source>
        <translation>دونوں پاس فریز مختلف ہیں؛ براہ کرم دوبارہ ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>ورک اسپیس بنائی جا رہی ہے…</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <source>Personal wellbeing (ONS4)</source>
        <translation>ذاتی بہبود (ONS4)</translation>
    </message>
    <message>
        <source>Life satisfaction</source>
        <translation>زندگی سے اطمینان</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>جواب نہیں دیا</translation>
    </message>
    <message>
        <source>Feeling things are worthwhile</source>
        <translation>یہ محسوس کرنا کہ کام قابل قدر ہیں</translation>
    </message>
    <message>
        <source>Happiness yesterday</source>
        <translation>کل کی خوشی</translation>
    </message>
    <message>
        <source>Anxiety yesterday</source>
        <translation>کل کی بے چینی</translation>
    </message>
    <message>
        <source>very low anxiety</source>
        <translation>بہت کم بے چینی</translation>
    </message>
    <message>
        <source>low anxiety</source>
        <translation>کم بے چینی</translation>
    </message>
    <message>
        <source>medium anxiety</source>
        <translation>درمیانی بے چینی</translation>
    </message>
    <message>
        <source>high anxiety</source>
        <translation>زیادہ بے چینی</translation>
    </message>
    <message>
        <source>low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>درمیانی</translation>
    </message>
    <message>
        <source>high</source>
        <translation>زیادہ</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>بہت زیادہ</translation>
    </message>
    <message>
        <source>Loneliness (UCLA 3-item)</source>
        <translation>تنہائی (UCLA 3 سوالات)</translation>
    </message>
    <message>
        <source>Loneliness score (3 to 9)</source>
        <translation>تنہائی کا اسکور (3 سے 9)</translation>
    </message>
    <message>
        <source>not all questions answered</source>
        <translation>تمام سوالات کے جواب نہیں دیے</translation>
    </message>
    <message>
        <source>not often lonely</source>
        <translation>اکثر تنہا نہیں</translation>
    </message>
    <message>
        <source>lonely some of the time</source>
        <translation>کبھی کبھی تنہا</translation>
    </message>
    <message>
        <source>often lonely</source>
        <translation>اکثر تنہا</translation>
    </message>
    <message>
        <source>Loneliness (direct question)</source>
        <translation>تنہائی (براہ راست سوال)</translation>
    </message>
    <message>
        <source>How often lonely</source>
        <translation>کتنی بار تنہا</translation>
    </message>
    <message>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <source>hardly ever</source>
        <translation>شاذ و نادر ہی</translation>
    </message>
    <message>
        <source>occasionally</source>
        <translation>کبھی کبھار</translation>
    </message>
    <message>
        <source>some of the time</source>
        <translation>کبھی کبھی</translation>
    </message>
    <message>
        <source>often/always</source>
        <translation>اکثر/ہمیشہ</translation>
    </message>
</context>
<context>
    <name>WellbeingStep</name>
    <message>
        <source>How have you been feeling?</source>
        <translation>آپ کیسا محسوس کر رہے ہیں؟</translation>
    </message>
    <message>
        <source>A few short questions about how you have been feeling. They are optional: skip any question, or the whole check.</source>
        <translation>آپ کیسا محسوس کر رہے ہیں اس کے بارے میں چند مختصر سوالات۔ یہ اختیاری ہیں: کوئی بھی سوال، یا پورا جائزہ چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>&amp;Start the questions</source>
        <translation>سوالات شروع کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Start the questions</source>
        <translation>سوالات شروع کریں</translation>
    </message>
    <message>
        <source>S&amp;kip the wellbeing check</source>
        <translation>بہبود کا جائزہ چھوڑ دیں (&amp;K)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سوال</translation>
    </message>
    <message>
        <source>The question in your language</source>
        <translation>سوال آپ کی زبان میں</translation>
    </message>
    <message>
        <source>Answer guidance</source>
        <translation>جواب کے بارے میں رہنمائی</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>پچھلا سوال (&amp;P)</translation>
    </message>
    <message>
        <source>Skip this &amp;question</source>
        <translation>یہ سوال چھوڑ دیں (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;End the check</source>
        <translation>جائزہ ختم کریں (&amp;E)</translation>
    </message>
    <message>
        <source>Wellbeing scores</source>
        <translation>بہبود کے اسکور</translation>
    </message>
    <message>
        <source>&amp;Go through the questions</source>
        <translation>سوالات سے گزریں (&amp;G)</translation>
    </message>
    <message>
        <source>Question %1 of %2 - %3</source>
        <translation>سوال %1 از %2 - %3</translation>
    </message>
    <message>
        <source>Press a number: %1.</source>
        <translation>نمبر دبائیں: %1۔</translation>
    </message>
    <message>
        <source>Press a number key 0 to 9, or T for 10.</source>
        <translation>0 سے 9 تک نمبر والی کلید دبائیں، یا 10 کے لیے T۔</translation>
    </message>
    <message>
        <source>Choose an answer from %1 to %2.</source>
        <translation>%1 سے %2 تک جواب منتخب کریں۔</translation>
    </message>
    <message>
        <source>cannot compare: not answered both times</source>
        <translation>موازنہ نہیں ہو سکتا: دونوں بار جواب نہیں دیا</translation>
    </message>
    <message numerus="yes">
        <source>better by %n</source>
        <translation>
            <numerusform>%n بہتر</numerusform>
            <numerusform>%n بہتر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worse by %n</source>
        <translation>
            <numerusform>%n بدتر</numerusform>
            <numerusform>%n بدتر</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>کوئی تبدیلی نہیں</translation>
    </message>
    <message>
        <source>Since the first time</source>
        <translation>پہلی بار سے</translation>
    </message>
    <message>
        <source>%1: %2 - %3</source>
        <translation>%1: %2 - %3</translation>
    </message>
    <message>
        <source>%1: %2 then %3, %4</source>
        <translation>%1: %2 پھر %3، %4</translation>
    </message>
    <message>
        <source>was %1:</source>
        <translation>پہلے %1 تھا:</translation>
    </message>
    <message>
        <source>The wellbeing check was skipped this time.</source>
        <translation>اس بار بہبود کا جائزہ چھوڑ دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>_PathRow</name>
    <message>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation>ورک اسپیس فائل منتخب کریں</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Erasing… this can take a little while.</source>
        <translation>مٹایا جا رہا ہے… اس میں تھوڑا وقت لگ سکتا ہے۔</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>مٹایا جا رہا ہے</translation>
    </message>
    <message>
        <source>the erasure</source>
        <translation>مٹانا</translation>
    </message>
    <message>
        <source>LinkDesk backups (*.ldbackup)</source>
        <translation>LinkDesk بیک اپ (*.ldbackup)</translation>
    </message>
    <message>
        <source>Merging the backup…</source>
        <translation>بیک اپ ضم ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Merge progress</source>
        <translation>ضم کرنے کی پیش رفت</translation>
    </message>
    <message>
        <source>the merge</source>
        <translation>ضم کرنا</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>ضم کرنے کی رپورٹ</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>بیک اپ کا پاس فریز</translation>
    </message>
    <message>
        <source>This backup has its own passphrase. Type it to merge:</source>
        <translation>اس بیک اپ کا اپنا پاس فریز ہے۔ ضم کرنے کے لیے ٹائپ کریں:</translation>
    </message>
    <message>
        <source>Merge not done</source>
        <translation>ضم نہیں ہوا</translation>
    </message>
    <message>
        <source>Choose a backup to merge</source>
        <translation>ضم کرنے کے لیے بیک اپ منتخب کریں</translation>
    </message>
    <message>
        <source>The person&apos;s record will be saved as JSON and PDF files that are NOT encrypted. Anyone who can open the folder can read them. Save them only where the person or your organisation expects, and delete them when no longer needed.</source>
        <translation>فرد کا ریکارڈ JSON اور PDF فائلوں کے طور پر محفوظ ہو گا جو خفیہ نہیں ہیں۔ جو بھی فولڈر کھول سکتا ہے انہیں پڑھ سکتا ہے۔ انہیں صرف وہیں محفوظ کریں جہاں فرد یا آپ کا ادارہ توقع کرتا ہے، اور ضرورت نہ رہنے پر حذف کر دیں۔</translation>
    </message>
    <message>
        <source>These files will not be encrypted</source>
        <translation>یہ فائلیں خفیہ نہیں ہوں گی</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>پھر بھی برآمد کریں (&amp;E)</translation>
    </message>
    <message>
        <source>Choose where to save the record</source>
        <translation>ریکارڈ محفوظ کرنے کی جگہ منتخب کریں</translation>
    </message>
    <message>
        <source>Saved in %1:
%2</source>
        <translation>%1 میں محفوظ:
%2</translation>
    </message>
    <message>
        <source>Record exported (not encrypted)</source>
        <translation>ریکارڈ برآمد ہو گیا (خفیہ نہیں)</translation>
    </message>
    <message>
        <source>Saving the record…</source>
        <translation>ریکارڈ محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>برآمد</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>برآمد</translation>
    </message>
    <message>
        <source>Export not done</source>
        <translation>برآمد نہیں ہوا</translation>
    </message>
    <message>
        <source>Erase not done</source>
        <translation>مٹایا نہیں گیا</translation>
    </message>
    <message>
        <source>That person is not in this workspace (already erased?).</source>
        <translation>وہ فرد اس ورک اسپیس میں نہیں ہے (پہلے ہی مٹا دیا گیا؟)۔</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>LinkDesk workspace (*.linkdesk);;All files (*)</source>
        <translation>LinkDesk ورک اسپیس (*.linkdesk);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>ورک اسپیس کھولیں</translation>
    </message>
    <message>
        <source>Create a workspace</source>
        <translation>ورک اسپیس بنائیں</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>the work in progress</source>
        <translation>جاری کام</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Use three or four unrelated words: long is strong, and easy to type.</source>
        <translation>تین یا چار غیر متعلق الفاظ استعمال کریں: لمبا مضبوط ہوتا ہے، اور ٹائپ کرنا آسان۔</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters (three or four words is better).</source>
        <translation>بہت چھوٹا: کم از کم 8 حروف استعمال کریں (تین یا چار الفاظ بہتر ہیں)۔</translation>
    </message>
    <message>
        <source>Very weak: easy to guess.</source>
        <translation>بہت کمزور: اندازہ لگانا آسان۔</translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>کمزور: ایک دو الفاظ اور شامل کریں۔</translation>
    </message>
    <message>
        <source>Fair: one more word would make it strong.</source>
        <translation>ٹھیک: ایک اور لفظ اسے مضبوط بنا دے گا۔</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>مضبوط۔</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>بہت مضبوط۔</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Every window</source>
        <translation>ہر ونڈو</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>مرکزی ونڈو</translation>
    </message>
    <message>
        <source>Caseload and person</source>
        <translation>کیس لوڈ اور فرد</translation>
    </message>
    <message>
        <source>Forms and lists</source>
        <translation>فارم اور فہرستیں</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (this list)</source>
        <translation>کی بورڈ شارٹ کٹس (یہ فہرست)</translation>
    </message>
    <message>
        <source>Lock LinkDesk now (unlocking returns you to where you were)</source>
        <translation>LinkDesk ابھی لاک کریں (ان لاک کرنے پر آپ وہیں واپس پہنچیں گے جہاں تھے)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab، Shift+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>اگلے یا پچھلے کنٹرول پر جائیں</translation>
    </message>
    <message>
        <source>Press the focused button</source>
        <translation>فوکس والا بٹن دبائیں</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+خط کشیدہ حرف</translation>
    </message>
    <message>
        <source>Go to that field or press that button</source>
        <translation>اس خانے پر جائیں یا وہ بٹن دبائیں</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>فرد شامل کریں</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>کسی فرد کو تلاش کریں</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+4</source>
        <translation>Ctrl+1 سے Ctrl+4</translation>
    </message>
    <message>
        <source>Caseload, Directory, Reports, Settings</source>
        <translation>کیس لوڈ، ڈائریکٹری، رپورٹیں، ترتیبات</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>ورک اسپیس کا بیک اپ لیں</translation>
    </message>
    <message>
        <source>From the search box into the list of people</source>
        <translation>تلاش کے خانے سے لوگوں کی فہرست میں</translation>
    </message>
    <message>
        <source>Open the person chosen in the list</source>
        <translation>فہرست میں منتخب فرد کو کھولیں</translation>
    </message>
    <message>
        <source>Start a conversation with the person shown or chosen, or carry on the unfinished one where it stopped</source>
        <translation>دکھائے گئے یا منتخب فرد سے بات چیت شروع کریں، یا نامکمل بات چیت وہیں سے جاری رکھیں جہاں رکی تھی</translation>
    </message>
    <message>
        <source>From a person back to the caseload</source>
        <translation>فرد سے واپس کیس لوڈ پر</translation>
    </message>
    <message>
        <source>Alt+1 to Alt+8</source>
        <translation>Alt+1 سے Alt+8</translation>
    </message>
    <message>
        <source>Go to that step</source>
        <translation>اس مرحلے پر جائیں</translation>
    </message>
    <message>
        <source>Ctrl+Page Down, Ctrl+Page Up</source>
        <translation>Ctrl+Page Down، Ctrl+Page Up</translation>
    </message>
    <message>
        <source>Next step, previous step</source>
        <translation>اگلا مرحلہ، پچھلا مرحلہ</translation>
    </message>
    <message>
        <source>F11 or Ctrl+Shift+P</source>
        <translation>F11 یا Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show the person their plan (and back)</source>
        <translation>فرد کو ان کا منصوبہ دکھائیں (اور واپس)</translation>
    </message>
    <message>
        <source>Show or hide the worker-only notes</source>
        <translation>صرف ورکر کے نوٹس دکھائیں یا چھپائیں</translation>
    </message>
    <message>
        <source>0 to 3</source>
        <translation>0 سے 3</translation>
    </message>
    <message>
        <source>How much a life area matters (or Left and Right)</source>
        <translation>زندگی کا کوئی شعبہ کتنا اہم ہے (یا بائیں اور دائیں)</translation>
    </message>
    <message>
        <source>0 to 9, T</source>
        <translation>0 سے 9، T</translation>
    </message>
    <message>
        <source>Answer a wellbeing question (T for 10)</source>
        <translation>فلاح و بہبود کے سوال کا جواب دیں (10 کے لیے T)</translation>
    </message>
    <message>
        <source>Save now (everything is saved as you type anyway)</source>
        <translation>ابھی محفوظ کریں (ویسے بھی سب کچھ ٹائپ کرتے ہی محفوظ ہو جاتا ہے)</translation>
    </message>
    <message>
        <source>Print the plan (in the plan preview)</source>
        <translation>منصوبہ پرنٹ کریں (منصوبے کے پیش منظر میں)</translation>
    </message>
    <message>
        <source>Edit the chosen line (urgent help lines in Settings)</source>
        <translation>منتخب سطر میں ترمیم کریں (ترتیبات میں فوری مدد کی لائنیں)</translation>
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <source>Diagnostic details copied</source>
        <translation>تشخیصی تفصیلات نقل ہو گئیں</translation>
    </message>
    <message>
        <source>The diagnostic details are on the clipboard: paste them into your message to IT support. They hold versions, folders and error types, nothing about people.</source>
        <translation>تشخیصی تفصیلات کلپ بورڈ پر ہیں: انہیں آئی ٹی سپورٹ کو اپنے پیغام میں چسپاں کریں۔ ان میں ورژن، فولڈر اور غلطیوں کی اقسام ہیں، لوگوں کے بارے میں کچھ نہیں۔</translation>
    </message>
</context>
</TS>
