<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="9" />
        <source>About</source>
        <translation>حول التطبيق</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="17" />
        <source>Loopwise</source>
        <extracomment>The app's name</extracomment>
        <translation>Loopwise</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="25" />
        <source>Version %1</source>
        <extracomment>%1 is the app's version number, e.g. 0.1.0</extracomment>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="30" />
        <source>Loopwise teaches how models learn: read the module, then try every idea with your own hands in the labs. It works offline, keeps your progress on this device and speaks your language.</source>
        <translation>يعلّمك Loopwise كيف تتعلّم النماذج: اقرأ الوحدة، ثم جرّب كل فكرة بيديك في المختبرات. يعمل دون اتصال بالإنترنت، ويحفظ تقدّمك على هذا الجهاز، ويتحدّث لغتك.</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="42" />
        <source>Keyboard shortcuts</source>
        <extracomment>Heading of the list of keyboard shortcuts</extracomment>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../qml/pages/AboutPage.qml" line="56" />
        <source>Built with Qt and Eigen. Course: %1.</source>
        <extracomment>Qt and Eigen are software libraries (keep the names); %1 is the course's title</extracomment>
        <translation>بُني باستخدام Qt وEigen. المقرر: %1.</translation>
    </message>
</context>
<context>
    <name>AppDialog</name>
    <message>
        <location filename="../qml/components/AppDialog.qml" line="11" />
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../qml/components/AppDialog.qml" line="50" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ArtefactBlock</name>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="24" />
        <source>Artefact</source>
        <extracomment>Small label above a note the module asks the learner to write (a decision note, a model note)</extracomment>
        <translation>مُنتَج</translation>
    </message>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="70" />
        <source>model-note</source>
        <extracomment>Suggested file names for exporting a note: short, no spaces</extracomment>
        <translation>ملاحظة-النموذج</translation>
    </message>
    <message>
        <location filename="../qml/blocks/ArtefactBlock.qml" line="70" />
        <source>decision-note</source>
        <translation>ملاحظة-القرار</translation>
    </message>
</context>
<context>
    <name>AssumptionsAfterRun</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="15" />
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="31" />
        <source>Check yourself</source>
        <translation>اختبر نفسك</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="85" />
        <source>Name of this run (optional)</source>
        <translation>اسم هذه التجربة (اختياري)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="86" />
        <source>Name of this run</source>
        <translation>اسم هذه التجربة</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="90" />
        <source>Save run</source>
        <translation>حفظ التجربة</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/assumptions/AssumptionsAfterRun.qml" line="104" />
        <source>%n saved run(s) of this lab: %1</source>
        <extracomment>%n saved runs of this lab</extracomment>
        <translation>
            <numerusform>لا توجد تجارب محفوظة لهذا المختبر: %1</numerusform>
            <numerusform>تجربة واحدة محفوظة لهذا المختبر: %1</numerusform>
            <numerusform>تجربتان محفوظتان لهذا المختبر: %1</numerusform>
            <numerusform>%n تجارب محفوظة لهذا المختبر: %1</numerusform>
            <numerusform>%n تجربة محفوظة لهذا المختبر: %1</numerusform>
            <numerusform>%n تجربة محفوظة لهذا المختبر: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssumptionsBlock</name>
    <message>
        <location filename="../qml/blocks/AssumptionsBlock.qml" line="40" />
        <source>What changes if it is false</source>
        <extracomment>Column heading beside an assumption the module makes</extracomment>
        <translation>ما الذي يتغيّر إن لم يصحّ</translation>
    </message>
</context>
<context>
    <name>AssumptionsConfusion</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsConfusion.qml" line="36" />
        <source>Flagged urgent</source>
        <translation>وُسِمت عاجلة</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsConfusion.qml" line="37" />
        <source>Left as normal</source>
        <translation>تُركت عادية</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsConfusion.qml" line="39" />
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsConfusion.qml" line="42" />
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
</context>
<context>
    <name>AssumptionsLabPage</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsLabPage.qml" line="21" />
        <source>Check the assumptions</source>
        <translation>افحص الافتراضات</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsLabPage.qml" line="84" />
        <source>Urgent tickets</source>
        <translation>التذاكر العاجلة</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsLabPage.qml" line="88" />
        <source>Validation is separate</source>
        <translation>التحقق منفصل</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsLabPage.qml" line="92" />
        <source>Loss and decision</source>
        <translation>الخسارة والقرار</translation>
    </message>
</context>
<context>
    <name>AssumptionsPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsPanel.qml" line="59" />
        <source>Reset to make a prediction before the next run.</source>
        <translation>أعِد الضبط لتتوقّع قبل التجربة التالية.</translation>
    </message>
</context>
<context>
    <name>AssumptionsRunBar</name>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsRunBar.qml" line="18" />
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsRunBar.qml" line="18" />
        <source>Train and check</source>
        <translation>درِّب وافحص</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/AssumptionsRunBar.qml" line="26" />
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
</context>
<context>
    <name>AttachEvidenceButton</name>
    <message>
        <location filename="../qml/labs/common/AttachEvidenceButton.qml" line="30" />
        <source>Attach to my decision note</source>
        <extracomment>Button in a lab: adds the current run (settings, figures, chart) to the decision note's evidence</extracomment>
        <translation>أرفِق بملاحظة قراري</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <location filename="../qml/labs/common/ColourLegend.qml" line="64" />
        <source>class %1</source>
        <translation>الفئة %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/ColourLegend.qml" line="75" />
        <source>Colour: the predicted value, from −1 (orange) to 1 (blue).</source>
        <translation>اللون: القيمة المتوقَّعة، من −1 (برتقالي) إلى 1 (أزرق).</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/ColourLegend.qml" line="76" />
        <source>Orange: class 0, blue: class 1; fainter where the network is less sure.</source>
        <translation>البرتقالي: الفئة 0، والأزرق: الفئة 1؛ ويبهت اللون حيث تكون الشبكة أقل يقينًا.</translation>
    </message>
</context>
<context>
    <name>CompleteBlock</name>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="26" />
        <source>Mark as not complete</source>
        <translation>وضع علامة «غير مكتملة»</translation>
    </message>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="26" />
        <source>Mark this module complete</source>
        <translation>وضع علامة «مكتملة» على هذه الوحدة</translation>
    </message>
    <message>
        <location filename="../qml/blocks/CompleteBlock.qml" line="36" />
        <source>✓ Completed</source>
        <translation>✓ مكتملة</translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="19" />
        <source>Before you train: what will this model cost per ticket, compared with calling every ticket normal?</source>
        <translation>قبل أن تدرّب: كم سيكلّف هذا النموذج لكل تذكرة، مقارنةً بعدّ كل تذكرة عادية؟</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="27" />
        <source>What mistakes cost</source>
        <translation>كم تكلّف الأخطاء</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="34" />
        <source>Cost of a missed urgent ticket</source>
        <translation>تكلفة تذكرة عاجلة فائتة</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="43" />
        <source>Cost of a false alarm</source>
        <translation>تكلفة إنذار كاذب</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="55" />
        <source>Repair</source>
        <translation>الإصلاح</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="62" />
        <source>How the decision is repaired</source>
        <translation>كيف يُصلَح القرار</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="77" />
        <source>Threshold (flag a ticket when p(urgent) is at least this)</source>
        <translation>العتبة (تُوسَم التذكرة حين يبلغ p(عاجلة) هذا الحدّ على الأقل)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="90" />
        <source>Held-out tickets: accuracy %1, cost per ticket %2</source>
        <extracomment>%1 accuracy, %2 cost per ticket, on the held-out tickets</extracomment>
        <translation>التذاكر المحجوزة للتقييم: الدقة %1، والتكلفة لكل تذكرة %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="99" />
        <source>At this threshold, held-out tickets</source>
        <translation>عند هذه العتبة، التذاكر المحجوزة للتقييم</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="110" />
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="121" />
        <source>Cost per ticket against the threshold</source>
        <translation>التكلفة لكل تذكرة مقابل العتبة</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="163" />
        <source>Threshold from 0 (left) to 1 (right). The vertical line marks this run's threshold, the dot the threshold shown above.</source>
        <translation>العتبة من 0 (يسارًا) إلى 1 (يمينًا). يحدّد الخط العمودي عتبة هذه التجربة، والنقطة العتبة المعروضة أعلاه.</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="171" />
        <source>Test tickets</source>
        <translation>تذاكر الاختبار</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/CostPanel.qml" line="182" />
        <source>%1: accuracy %2, cost per ticket %3</source>
        <extracomment>%1 the model or the baseline, %2 accuracy, %3 cost per ticket</extracomment>
        <translation>%1: الدقة %2، والتكلفة لكل تذكرة %3</translation>
    </message>
</context>
<context>
    <name>DefinitionBlock</name>
    <message>
        <location filename="../qml/blocks/DefinitionBlock.qml" line="25" />
        <source>Key term</source>
        <extracomment>Small label above a definition in the module text</extracomment>
        <translation>مصطلح أساسي</translation>
    </message>
</context>
<context>
    <name>EvidenceCharts</name>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="20" />
        <source>Charts of the runs you attached</source>
        <extracomment>Above the thumbnails of the lab runs attached to the decision note</extracomment>
        <translation>رسوم التجارب التي أرفقتها</translation>
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="35" />
        <source>%1, %2</source>
        <extracomment>A chart attached to the decision note: %1 the lab's title, %2 when it was attached</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="68" />
        <location filename="../qml/blocks/EvidenceCharts.qml" line="91" />
        <source>Remove</source>
        <extracomment>Takes an attached chart off the decision note
----------
Confirms taking the chart off the decision note</extracomment>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="71" />
        <source>Remove the chart “%1”</source>
        <extracomment>%1 describes the chart, e.g. "Build a neural network, 07/12/2026 18:30"</extracomment>
        <translation>إزالة الرسم «%1»</translation>
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="89" />
        <source>Remove this chart?</source>
        <extracomment>Title of the dialog that asks before an attached chart is taken off the decision note</extracomment>
        <translation>أتزيل هذا الرسم؟</translation>
    </message>
    <message>
        <location filename="../qml/blocks/EvidenceCharts.qml" line="96" />
        <source>“%1” will no longer be shown with your decision note or its exports. The lines the run added to your evidence stay; edit them as you like.</source>
        <extracomment>%1 describes the chart, e.g. "Build a neural network, 07/12/2026 18:30"</extracomment>
        <translation>لن يظهر «%1» بعد الآن مع ملاحظة قرارك ولا في ما تصدّره منها. أما الأسطر التي أضافتها التجربة إلى أدلتك فتبقى؛ عدّلها كما تشاء.</translation>
    </message>
</context>
<context>
    <name>ExampleBlock</name>
    <message>
        <location filename="../qml/blocks/ExampleBlock.qml" line="15" />
        <source>Example</source>
        <extracomment>Small label above a worked example in the module text</extracomment>
        <translation>مثال</translation>
    </message>
</context>
<context>
    <name>ExpertsCanvasCard</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="18" />
        <source>Where the gate sends the inputs</source>
        <translation>أين ترسل البوابة المُدخلات</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="32" />
        <source>The gate's regions over the decision boundary</source>
        <translation>مناطق البوابة فوق حدّ القرار</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="38" />
        <source>Each expert's own boundary</source>
        <translation>حدّ القرار الخاص بكل خبير</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="60" />
        <source>Expert %1's own boundary</source>
        <translation>حدّ القرار الخاص بالخبير %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="65" />
        <source>Expert %1</source>
        <translation>الخبير %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsCanvasCard.qml" line="75" />
        <source>Training inputs each expert takes first</source>
        <translation>مُدخلات التدريب التي يأخذها كل خبير أولًا</translation>
    </message>
</context>
<context>
    <name>ExpertsLabPage</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="20" />
        <source>Mixture of experts</source>
        <translation>مزيج الخبراء</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="64" />
        <source>A gate scores the experts for each input and sends it to the best k of them, so only part of the parameters work on each input. Train a mixture and watch where the gate sends the inputs, whether one expert takes over, and what it costs against two dense networks.</source>
        <translation>تعطي البوابة لكل مُدخل درجةً لكل خبير، وترسله إلى أفضل k منهم، فلا يعمل على كل مُدخل إلا جزء من المُعامِلات. درّب مزيجًا وراقب أين ترسل البوابة المُدخلات، وهل يستحوذ خبير واحد عليها، وكم يكلّف ذلك مقارنةً بشبكتين كثيفتين.</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="100" />
        <source>Before you train: will one expert end up taking most of the inputs?</source>
        <translation>قبل أن تدرّب: هل سينتهي الأمر بخبير واحد يأخذ معظم المُدخلات؟</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="101" />
        <source>Reset to make a prediction before the next run.</source>
        <translation>أعِد الضبط لتتوقّع قبل التجربة التالية.</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsLabPage.qml" line="113" />
        <source>Loss of the mixture</source>
        <translation>خسارة المزيج</translation>
    </message>
</context>
<context>
    <name>ExpertsResultsCard</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="15" />
        <source>Mixture against dense networks (same data, trained beside it)</source>
        <translation>المزيج مقابل الشبكات الكثيفة (البيانات نفسها، ودُرِّبت إلى جانبه)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="27" />
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="27" />
        <source>Test accuracy</source>
        <translation>دقة الاختبار</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="27" />
        <source>Test loss</source>
        <translation>خسارة الاختبار</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="28" />
        <source>Multiply-adds per input</source>
        <translation>عمليات الضرب والجمع لكل مُدخل</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="28" />
        <source>Parameters (active of all)</source>
        <translation>المُعامِلات (النشطة من المجموع)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="64" />
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="128" />
        <source>Name of the run</source>
        <translation>اسم التجربة</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsResultsCard.qml" line="133" />
        <source>Save run</source>
        <translation>حفظ التجربة</translation>
    </message>
</context>
<context>
    <name>ExpertsRunBar</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="18" />
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="18" />
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="23" />
        <source>Play or pause (Ctrl+Space)</source>
        <translation>تشغيل أو إيقاف مؤقت (Ctrl+Space)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="27" />
        <source>Step one epoch</source>
        <translation>حقبة واحدة</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="34" />
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="38" />
        <source>Fresh parameters, same data (Ctrl+R)</source>
        <translation>مُعامِلات جديدة، والبيانات نفسها (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="55" />
        <source>Preset</source>
        <translation>إعداد جاهز</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsRunBar.qml" line="63" />
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
</context>
<context>
    <name>ExpertsSettingsCard</name>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="15" />
        <source>The mixture</source>
        <translation>المزيج</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="22" />
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="30" />
        <source>Experts</source>
        <translation>الخبراء</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="40" />
        <source>Experts per input (k)</source>
        <extracomment>k of top-k routing: how many experts work on each input</extracomment>
        <translation>الخبراء لكل مُدخل (k)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="49" />
        <source>Hidden layers per expert</source>
        <translation>الطبقات المخفية لكل خبير</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="58" />
        <source>Units per hidden layer</source>
        <translation>الوحدات في كل طبقة مخفية</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="67" />
        <source>Activation</source>
        <translation>دالة التنشيط</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="77" />
        <source>Balance term</source>
        <extracomment>the load-balancing term of the mixture's loss</extracomment>
        <translation>حدّ الموازنة</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="86" />
        <source>Balance weight</source>
        <translation>وزن الموازنة</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="98" />
        <source>Capacity per expert (0: no limit)</source>
        <extracomment>how many inputs an expert may take, as a multiple of an even share; 0 is no limit</extracomment>
        <translation>السعة لكل خبير (0: بلا حدّ)</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="99" />
        <source>no limit</source>
        <translation>بلا حدّ</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="109" />
        <source>Learning rate</source>
        <translation>معدل التعلم</translation>
    </message>
    <message>
        <location filename="../qml/labs/experts/ExpertsSettingsCard.qml" line="120" />
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="12" />
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="32" />
        <source>Search terms and definitions</source>
        <translation>ابحث في المصطلحات وتعريفاتها</translation>
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="33" />
        <source>Search the glossary</source>
        <translation>البحث في المسرد</translation>
    </message>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="42" />
        <source>No term matches "%1".</source>
        <extracomment>%1 is what the learner typed into the glossary search</extracomment>
        <translation>لا يوجد مصطلح يطابق "%1".</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/GlossaryPage.qml" line="44" />
        <source>%n term(s)</source>
        <extracomment>How many glossary terms match the search</extracomment>
        <translation>
            <numerusform>لا مصطلحات</numerusform>
            <numerusform>مصطلح واحد</numerusform>
            <numerusform>مصطلحان</numerusform>
            <numerusform>%n مصطلحات</numerusform>
            <numerusform>%n مصطلحًا</numerusform>
            <numerusform>%n مصطلح</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="11" />
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="21" />
        <source>Course</source>
        <extracomment>Small label above the course's title on the home page</extracomment>
        <translation>المقرر</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HomePage.qml" line="65" />
        <source>%n line(s) of your school's settings could not be used; they are left out and the rest applies.</source>
        <extracomment>Notice on the home page when lines of the school's policy file cannot be used</extracomment>
        <translation>
            <numerusform>لا توجد أسطر في إعدادات مدرستك تعذّر استخدامها.</numerusform>
            <numerusform>تعذّر استخدام سطر واحد من إعدادات مدرستك؛ تُرك جانبًا ويُطبَّق الباقي.</numerusform>
            <numerusform>تعذّر استخدام سطرين من إعدادات مدرستك؛ تُركا جانبًا ويُطبَّق الباقي.</numerusform>
            <numerusform>تعذّر استخدام %n أسطر من إعدادات مدرستك؛ تُركت جانبًا ويُطبَّق الباقي.</numerusform>
            <numerusform>تعذّر استخدام %n سطرًا من إعدادات مدرستك؛ تُركت جانبًا ويُطبَّق الباقي.</numerusform>
            <numerusform>تعذّر استخدام %n سطر من إعدادات مدرستك؛ تُركت جانبًا ويُطبَّق الباقي.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="76" />
        <source>Outline</source>
        <extracomment>Heading of the list of the course's modules</extracomment>
        <translation>المخطط العام</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="106" />
        <source>Labs</source>
        <extracomment>Heading of the list of the interactive labs</extracomment>
        <translation>المختبرات</translation>
    </message>
</context>
<context>
    <name>KeyTermsBlock</name>
    <message>
        <location filename="../qml/blocks/KeyTermsBlock.qml" line="29" />
        <source>Open the glossary</source>
        <translation>فتح المسرد</translation>
    </message>
</context>
<context>
    <name>LabCanvas</name>
    <message>
        <location filename="../qml/labs/common/LabCanvas.qml" line="31" />
        <source>Output of the network over the data</source>
        <translation>مخرجات الشبكة فوق البيانات</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabCanvas.qml" line="79" />
        <source>Showing one neuron's output</source>
        <translation>عرض مخرجات عصبون واحد</translation>
    </message>
</context>
<context>
    <name>LabLinkCard</name>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="19" />
        <source>Open the lab: %1</source>
        <extracomment>Screen-reader name of a card; %1 is the lab's title</extracomment>
        <translation>فتح المختبر: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="34" />
        <source>Interactive lab</source>
        <extracomment>Small label above a lab's title</extracomment>
        <translation>مختبر تفاعلي</translation>
    </message>
    <message>
        <location filename="../qml/components/LabLinkCard.qml" line="63" />
        <source>Open lab →</source>
        <extracomment>Link-like button on a lab's card; the arrow points to the reading direction's end</extracomment>
        <translation>افتح المختبر ←</translation>
    </message>
</context>
<context>
    <name>LabMessage</name>
    <message>
        <location filename="../qml/labs/common/LabMessage.qml" line="36" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>LabPredictionCard</name>
    <message>
        <location filename="../qml/labs/common/LabPredictionCard.qml" line="19" />
        <source>Predict, then run</source>
        <translation>توقّع، ثم شغّل</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabPredictionCard.qml" line="27" />
        <source>Your prediction:</source>
        <translation>توقّعك:</translation>
    </message>
</context>
<context>
    <name>LabShareCard</name>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="17" />
        <source>Lab link</source>
        <translation>رابط المختبر</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="35" />
        <source>Link to this lab's settings</source>
        <translation>رابط إلى إعدادات هذا المختبر</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="39" />
        <source>Copy link</source>
        <translation>نسخ الرابط</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="45" />
        <source>Paste a link to load its settings:</source>
        <translation>الصق رابطًا لتحميل إعداداته:</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="57" />
        <source>Link to load</source>
        <translation>الرابط المراد تحميله</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LabShareCard.qml" line="62" />
        <source>Load</source>
        <translation>تحميل</translation>
    </message>
</context>
<context>
    <name>LearningLabPage</name>
    <message>
        <location filename="../qml/labs/learning/LearningLabPage.qml" line="23" />
        <source>See how models learn</source>
        <translation>شاهد كيف تتعلّم النماذج</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLabPage.qml" line="140" />
        <source>Before you press play: what will happen?</source>
        <translation>قبل أن تضغط «تشغيل»: ماذا سيحدث؟</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLabPage.qml" line="141" />
        <source>Reset to make a prediction before the next run.</source>
        <translation>أعِد الضبط لتتوقّع قبل التجربة التالية.</translation>
    </message>
</context>
<context>
    <name>LearningLoopCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="24" />
        <source>The training loop, live</source>
        <translation>حلقة التدريب مباشرةً</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="33" />
        <source>Press Step one batch and follow the batch round the loop: each press of Next stage shows the next stage, with the numbers the model really uses.</source>
        <extracomment>"Step one batch" and "Next stage" are the labels of the two buttons below: keep them identical</extracomment>
        <translation>اضغط «نفّذ دفعة واحدة» وتابع الدفعة وهي تدور في الحلقة: كل ضغطة على «المرحلة التالية» تعرض المرحلة التالية، بالأرقام التي يستخدمها النموذج فعلًا.</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="56" />
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="119" />
        <source>Stage %1: %2</source>
        <translation>المرحلة %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="91" />
        <source>Previous stage</source>
        <translation>المرحلة السابقة</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="97" />
        <source>Step one batch</source>
        <translation>نفّذ دفعة واحدة</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="97" />
        <source>Next stage</source>
        <translation>المرحلة التالية</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="106" />
        <source>Epoch %1, batch %2 of %3</source>
        <translation>الحقبة %1، الدفعة %2 من %3</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="128" />
        <source>No batch yet: press Step one batch.</source>
        <translation>لا دفعة بعد: اضغط «نفّذ دفعة واحدة».</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="140" />
        <source>Input</source>
        <translation>المُدخل</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="141" />
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="144" />
        <source>Prediction</source>
        <translation>التوقّع</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="196" />
        <source>… and %n more rows</source>
        <translation>
            <numerusform>… ولا صفوف أخرى</numerusform>
            <numerusform>… وصف واحد آخر</numerusform>
            <numerusform>… وصفّان آخران</numerusform>
            <numerusform>… و%n صفوف أخرى</numerusform>
            <numerusform>… و%n صفًّا آخر</numerusform>
            <numerusform>… و%n صف آخر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="206" />
        <source>Loss of this batch:</source>
        <translation>خسارة هذه الدفعة:</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="225" />
        <source>Update = − learning rate (%1) × gradient. A bar's length is the gradient's size; the arrow shows which way the parameter moves.</source>
        <translation>التحديث = − معدل التعلم (%1) × التدرّج. طول الشريط هو حجم التدرّج؛ ويُظهر السهم الاتجاه الذي يتحرّك فيه المُعامِل.</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="236" />
        <source>Each parameter multiplies one term of the model: 1 is the constant (the bias); P1, P2, … are polynomials of rising degree (P1(x) = x, P2(x) = (3x² − 1)/2, …) of the input, and P1(x1)·P1(x2) is a product of two of them.</source>
        <translation>كل مُعامِل يضرب حدًّا واحدًا من حدود النموذج: 1 هو الثابت (الانحياز)؛ وP1 وP2 و… كثيرات حدود في المُدخل درجتها تتصاعد (P1(x) = x، P2(x) = (3x² − 1)/2، …)، وP1(x1)·P1(x2) حاصل ضرب اثنتين منها.</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="246" />
        <source>Parameter</source>
        <translation>المُعامِل</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="249" />
        <source>Gradient</source>
        <translation>التدرّج</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="249" />
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="256" />
        <source>Size and direction</source>
        <translation>الحجم والاتجاه</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="263" />
        <source>Update</source>
        <translation>التحديث</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="263" />
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/learning/LearningLoopCard.qml" line="351" />
        <source>… and %n more parameters</source>
        <translation>
            <numerusform>… ولا مُعامِلات أخرى</numerusform>
            <numerusform>… ومُعامِل واحد آخر</numerusform>
            <numerusform>… ومُعامِلان آخران</numerusform>
            <numerusform>… و%n مُعامِلات أخرى</numerusform>
            <numerusform>… و%n مُعامِلًا آخر</numerusform>
            <numerusform>… و%n مُعامِل آخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningLossCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="18" />
        <source>Loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="25" />
        <source>Log scale</source>
        <translation>مقياس لوغاريتمي</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="36" />
        <source>Validation loss</source>
        <translation>خسارة التحقق</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningLossCard.qml" line="40" />
        <source>Baseline (validation)</source>
        <translation>خط الأساس (التحقق)</translation>
    </message>
</context>
<context>
    <name>LearningPlotCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="68" />
        <source>The model's class probabilities over the points</source>
        <translation>احتمالات الفئات لدى النموذج فوق النقاط</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="69" />
        <source>The model's curve over the points</source>
        <translation>منحنى النموذج فوق النقاط</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="90" />
        <source>training points</source>
        <translation>نقاط التدريب</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="95" />
        <source>validation points</source>
        <translation>نقاط التحقق</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="101" />
        <source>the model's curve</source>
        <translation>منحنى النموذج</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="107" />
        <source>Background: orange for class 0, blue for class 1, pale where the model is unsure</source>
        <translation>الخلفية: برتقالية للفئة 0، وزرقاء للفئة 1، وباهتة حيث لا يكون النموذج متأكدًا</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="121" />
        <source>Baseline: %1</source>
        <translation>خط الأساس: %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="128" />
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPlotCard.qml" line="135" />
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
</context>
<context>
    <name>LearningPresetsCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningPresetsCard.qml" line="14" />
        <source>Presets</source>
        <translation>إعدادات جاهزة</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningPresetsCard.qml" line="30" />
        <source>Preset %1: %2</source>
        <translation>الإعداد الجاهز %1: %2</translation>
    </message>
</context>
<context>
    <name>LearningQuestionsCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningQuestionsCard.qml" line="14" />
        <source>Check yourself</source>
        <translation>اختبر نفسك</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningQuestionsCard.qml" line="31" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>LearningRunBar</name>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="24" />
        <source>Step one epoch</source>
        <translation>حقبة واحدة</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="28" />
        <source>Train one epoch (Ctrl+Right)</source>
        <translation>درّب حقبة واحدة (Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="32" />
        <source>Step one batch</source>
        <translation>دفعة واحدة</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="36" />
        <source>Send one batch round the training loop, stage by stage (Ctrl+Down)</source>
        <translation>أرسل دفعة واحدة حول حلقة التدريب، مرحلة بعد مرحلة (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="40" />
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="43" />
        <source>Fresh parameters, same data (Ctrl+R)</source>
        <translation>مُعامِلات جديدة، والبيانات نفسها (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="47" />
        <source>New data</source>
        <translation>بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningRunBar.qml" line="54" />
        <source>Speed</source>
        <extracomment>how many epochs the lab trains between two pictures on the screen</extracomment>
        <translation>السرعة</translation>
    </message>
</context>
<context>
    <name>LearningSettingsCard</name>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="14" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="27" />
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="35" />
        <source>Batch size</source>
        <translation>حجم الدفعة</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="43" />
        <source>Learning rate</source>
        <translation>معدل التعلم</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="54" />
        <source>Model capacity (degree)</source>
        <translation>سعة النموذج (الدرجة)</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="64" />
        <source>Data size (points)</source>
        <translation>حجم البيانات (نقاط)</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="75" />
        <source>Noise</source>
        <translation>الضوضاء</translation>
    </message>
    <message>
        <location filename="../qml/labs/learning/LearningSettingsCard.qml" line="76" />
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
</context>
<context>
    <name>LoopDiagramBlock</name>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="46" />
        <source>Training loop diagram, stage %1 of %2: %3</source>
        <extracomment>Screen-reader name of the diagram; %1 is the stage's number, %2 how many stages there are, %3 the stage's title</extracomment>
        <translation>مخطط حلقة التدريب، المرحلة %1 من %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="163" />
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="260" />
        <source>Stage %1: %2</source>
        <extracomment>A stage of the training loop; %1 is its number, %2 its title</extracomment>
        <translation>المرحلة %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="196" />
        <source>Round %1</source>
        <extracomment>How many times the walkthrough has gone round the training loop; %1 is a number</extracomment>
        <translation>الدورة %1</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="213" />
        <source>Previous</source>
        <extracomment>Button: the previous stage of the training loop</extracomment>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="222" />
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="234" />
        <source>Pause</source>
        <extracomment>Button: stop or start stepping through the stages on its own</extracomment>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="222" />
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="229" />
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="236" />
        <source>Pause the walkthrough</source>
        <translation>إيقاف الجولة مؤقتًا</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="236" />
        <source>Play the walkthrough</source>
        <translation>تشغيل الجولة</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="242" />
        <source>Next</source>
        <extracomment>Button: the next stage of the training loop</extracomment>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="251" />
        <source>%1 of %2</source>
        <extracomment>Which stage is shown; %1 is its number, %2 how many stages there are</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../qml/blocks/LoopDiagramBlock.qml" line="276" />
        <source>See this loop live in the lab</source>
        <translation>شاهد هذه الحلقة مباشرةً في المختبر</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="16" />
        <source>Training loss</source>
        <translation>خسارة التدريب</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="17" />
        <source>Test loss</source>
        <translation>خسارة الاختبار</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="23" />
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/LossChart.qml" line="40" />
        <source>Loss chart</source>
        <translation>رسم الخسارة</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="23" />
        <source>%1 – Loopwise</source>
        <extracomment>Window title; %1 is the page's title</extracomment>
        <translation>%1 – Loopwise</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="24" />
        <source>Loopwise</source>
        <translation>Loopwise</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="66" />
        <source>This part of the course is not in the installed content.</source>
        <translation>هذا الجزء من المقرر غير موجود في المحتوى المثبَّت.</translation>
    </message>
</context>
<context>
    <name>ModuleHeader</name>
    <message>
        <location filename="../qml/components/ModuleHeader.qml" line="56" />
        <source>%1 min</source>
        <extracomment>How long the module takes; %1 is a number of minutes</extracomment>
        <translation>%1 دقيقة</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModuleHeader.qml" line="61" />
        <source>%n outcome(s)</source>
        <extracomment>How many learning outcomes the module has</extracomment>
        <translation>
            <numerusform>لا نواتج تعلّم</numerusform>
            <numerusform>ناتج تعلّم واحد</numerusform>
            <numerusform>ناتجا تعلّم</numerusform>
            <numerusform>%n نواتج تعلّم</numerusform>
            <numerusform>%n ناتجًا للتعلّم</numerusform>
            <numerusform>%n ناتج تعلّم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeighbourCard</name>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="20" />
        <source>Next: %1</source>
        <extracomment>Screen-reader name of the card that opens the next module; %1 is the module's title</extracomment>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="22" />
        <source>Previously: %1</source>
        <extracomment>Screen-reader name of the card that opens the previous module; %1 is the module's title</extracomment>
        <translation>السابق: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="40" />
        <source>Next</source>
        <extracomment>Label on the card of the following module</extracomment>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="42" />
        <source>Previously</source>
        <extracomment>Label on the card of the module before this one</extracomment>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../qml/components/NeighbourCard.qml" line="67" />
        <source>Not in this content pack yet</source>
        <extracomment>On the card of a module whose text is not installed</extracomment>
        <translation>ليس في حزمة المحتوى هذه بعد</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="57" />
        <source>Add a hidden layer</source>
        <translation>أضِف طبقة مخفية</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="65" />
        <source>Remove the last hidden layer</source>
        <translation>أزِل آخر طبقة مخفية</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="72" />
        <source>%n hidden layer(s)</source>
        <translation>
            <numerusform>لا طبقات مخفية</numerusform>
            <numerusform>طبقة مخفية واحدة</numerusform>
            <numerusform>طبقتان مخفيتان</numerusform>
            <numerusform>%n طبقات مخفية</numerusform>
            <numerusform>%n طبقة مخفية</numerusform>
            <numerusform>%n طبقة مخفية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="101" />
        <source>Add a neuron to layer %1</source>
        <translation>أضِف عصبونًا إلى الطبقة %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="110" />
        <source>%n neuron(s)</source>
        <translation>
            <numerusform>لا عصبونات</numerusform>
            <numerusform>عصبون واحد</numerusform>
            <numerusform>عصبونان</numerusform>
            <numerusform>%n عصبونات</numerusform>
            <numerusform>%n عصبونًا</numerusform>
            <numerusform>%n عصبون</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="119" />
        <source>Remove a neuron from layer %1</source>
        <translation>أزِل عصبونًا من الطبقة %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="131" />
        <source>Activation of layer %1: %2</source>
        <translation>دالة تنشيط الطبقة %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="167" />
        <source>Weights of the network; use the arrow keys to pick one and Enter to change it</source>
        <translation>أوزان الشبكة؛ استخدم مفاتيح الأسهم لاختيار وزن وEnter لتغييره</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="207" />
        <source>Input %1</source>
        <translation>المُدخل %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="208" />
        <source>Neuron %1 of layer %2</source>
        <translation>العصبون %1 من الطبقة %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="248" />
        <source>Line width shows a weight's size, colour its sign (blue positive, orange negative). Tap a line to read or change its weight; tap or hover a neuron to see its output on the canvas.</source>
        <translation>يُظهر عرض الخط حجم الوزن، ولونه إشارته (الأزرق موجب، والبرتقالي سالب). انقر خطًّا لقراءة وزنه أو تغييره؛ وانقر عصبونًا أو مرّر المؤشر فوقه لترى مخرجاته على اللوحة.</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="273" />
        <source>Weight from %1 to neuron %2 of layer %3</source>
        <translation>الوزن من %1 إلى العصبون %2 في الطبقة %3</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="275" />
        <source>neuron %1</source>
        <translation>العصبون %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="290" />
        <source>Weight value</source>
        <translation>قيمة الوزن</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkDiagram.qml" line="295" />
        <source>Set</source>
        <translation>تعيين</translation>
    </message>
</context>
<context>
    <name>NetworkLabPage</name>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="45" />
        <source>Build a neural network</source>
        <translation>ابنِ شبكة عصبية</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="264" />
        <source>Step</source>
        <translation>خطوة</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="268" />
        <source>Train one epoch (Ctrl+Right)</source>
        <translation>درّب حقبة واحدة (Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="272" />
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="275" />
        <source>Fresh weights (Ctrl+R)</source>
        <translation>أوزان جديدة (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="281" />
        <source>Epoch</source>
        <translation>الحقبة</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="298" />
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="305" />
        <source>Learning rate</source>
        <translation>معدل التعلم</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="312" />
        <source>Activation (all layers)</source>
        <translation>دالة التنشيط (كل الطبقات)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="320" />
        <source>Regularization</source>
        <translation>التنظيم</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="321" />
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="327" />
        <source>Regularization rate</source>
        <translation>معدل التنظيم</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="396" />
        <source>Problem type</source>
        <translation>نوع المسألة</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="397" />
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="397" />
        <source>Regression</source>
        <translation>الانحدار</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="363" />
        <source>Optimizer</source>
        <translation>المُحسِّن</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="370" />
        <source>Loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="372" />
        <source>Squared error</source>
        <translation>الخطأ التربيعي</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="372" />
        <source>Cross-entropy</source>
        <translation>الإنتروبيا المتقاطعة</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="89" />
        <source>Output</source>
        <translation>المخرجات</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="123" />
        <source>Test loss</source>
        <translation>خسارة الاختبار</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="123" />
        <source>Training loss</source>
        <translation>خسارة التدريب</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="123" />
        <source>Test accuracy</source>
        <translation>دقة الاختبار</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="163" />
        <source>Show test data</source>
        <translation>إظهار بيانات الاختبار</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="168" />
        <source>Discretize output</source>
        <translation>تقطيع المخرجات</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="389" />
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="404" />
        <source>Dataset</source>
        <translation>مجموعة البيانات</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="411" />
        <source>Training data</source>
        <translation>بيانات التدريب</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="421" />
        <source>Noise</source>
        <translation>الضوضاء</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="431" />
        <source>Batch size</source>
        <translation>حجم الدفعة</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="439" />
        <source>New data</source>
        <translation>بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="445" />
        <source>Inputs</source>
        <translation>المُدخلات</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="464" />
        <source>Input %1</source>
        <translation>المُدخل %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="494" />
        <source>Before you press play: what will this network do?</source>
        <translation>قبل أن تضغط «تشغيل»: ماذا ستفعل هذه الشبكة؟</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkLabPage.qml" line="495" />
        <source>Reset the network to make a prediction before the next run.</source>
        <translation>أعِد ضبط الشبكة لتتوقّع قبل التجربة التالية.</translation>
    </message>
</context>
<context>
    <name>NetworkPointsCard</name>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="17" />
        <source>Your own points</source>
        <translation>نقاطك الخاصة</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="24" />
        <source>Choose what a tap on the canvas does. Your first change turns the points shown into your own set.</source>
        <translation>اختر ما تفعله النقرة على اللوحة. أول تغيير تُجريه يحوّل النقاط المعروضة إلى مجموعتك الخاصة.</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="32" />
        <source>Just look</source>
        <translation>مجرد مشاهدة</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="32" />
        <source>Add points</source>
        <translation>إضافة نقاط</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="33" />
        <source>Erase points</source>
        <translation>محو نقاط</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="54" />
        <source>Class:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="62" />
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="80" />
        <source>Class %1</source>
        <translation>الفئة %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="91" />
        <source>Import CSV…</source>
        <translation>استيراد CSV…</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="95" />
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="110" />
        <source>Import points</source>
        <translation>استيراد النقاط</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="111" />
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="119" />
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="111" />
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkPointsCard.qml" line="116" />
        <source>Export points</source>
        <translation>تصدير النقاط</translation>
    </message>
</context>
<context>
    <name>NetworkResultsCard</name>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="14" />
        <source>Results and stop conditions</source>
        <translation>النتائج وشروط التوقف</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="22" />
        <source>Accuracy: %1 % on training data, %2 % on test data.</source>
        <translation>الدقة: %1٪ على بيانات التدريب، و%2٪ على بيانات الاختبار.</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="30" />
        <source>Confusion matrix of the test data (rows: true class, columns: predicted class)</source>
        <translation>مصفوفة الالتباس لبيانات الاختبار (الصفوف: الفئة الحقيقية، الأعمدة: الفئة المتوقَّعة)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="56" />
        <source>→ %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="57" />
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="72" />
        <source>Stop at epoch (0: never)</source>
        <translation>التوقف عند الحقبة (0: أبدًا)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="84" />
        <source>Stop at epoch</source>
        <translation>التوقف عند الحقبة</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="91" />
        <source>Stop at test loss (0: never)</source>
        <translation>التوقف عند خسارة اختبار (0: أبدًا)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="102" />
        <source>Stop at test loss</source>
        <translation>التوقف عند خسارة اختبار</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkResultsCard.qml" line="110" />
        <source>Speed: %1 epochs per second.</source>
        <translation>السرعة: %1 حقبة في الثانية.</translation>
    </message>
</context>
<context>
    <name>NetworkRunsCard</name>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="18" />
        <source>Saved runs</source>
        <translation>التجارب المحفوظة</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="28" />
        <source>Name of this run (optional)</source>
        <translation>اسم هذه التجربة (اختياري)</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="29" />
        <source>Name of this run</source>
        <translation>اسم هذه التجربة</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="33" />
        <source>Save run</source>
        <translation>حفظ التجربة</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="49" />
        <source>No saved runs yet. Save one, change something, train again and save that too: then compare them here.</source>
        <translation>لا تجارب محفوظة بعد. احفظ تجربة، وغيّر شيئًا، ودرّب من جديد واحفظ تلك أيضًا: ثم قارن بينهما هنا.</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="59" />
        <source>Run A</source>
        <translation>التجربة أ</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="59" />
        <source>Run B</source>
        <translation>التجربة ب</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="83" />
        <source>%1 epochs · test loss %2 · training loss %3</source>
        <translation>%1 حقبة · خسارة الاختبار %2 · خسارة التدريب %3</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="85" />
        <source>%1 epochs · test loss %2 · training loss %3 · test accuracy %4 %</source>
        <translation>%1 حقبة · خسارة الاختبار %2 · خسارة التدريب %3 · دقة الاختبار %4٪</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="113" />
        <source>Loss curves of the two runs</source>
        <translation>منحنيات الخسارة للتجربتين</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="131" />
        <source>A training</source>
        <translation>أ تدريب</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="132" />
        <source>A test</source>
        <translation>أ اختبار</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="133" />
        <source>B training</source>
        <translation>ب تدريب</translation>
    </message>
    <message>
        <location filename="../qml/labs/network/NetworkRunsCard.qml" line="134" />
        <source>B test</source>
        <translation>ب اختبار</translation>
    </message>
</context>
<context>
    <name>NoteStatus</name>
    <message>
        <location filename="../qml/components/NoteStatus.qml" line="14" />
        <source>✓ Saved</source>
        <extracomment>State of a note the learner writes: every change is saved</extracomment>
        <translation>✓ حُفظت</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteStatus.qml" line="18" />
        <source>Saving…</source>
        <extracomment>State of a note the learner writes: a change is being written</extracomment>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteStatus.qml" line="21" />
        <source>Not saved yet: kept here and retried</source>
        <extracomment>State of a note: the last change could not be written yet; the app keeps it and tries again</extracomment>
        <translation>لم تُحفظ بعد: محفوظة هنا وستُعاد المحاولة</translation>
    </message>
</context>
<context>
    <name>NoteTools</name>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="24" />
        <source>History (%1)</source>
        <extracomment>Button that shows a note's earlier versions; %1 is how many there are</extracomment>
        <translation>السجلّ (%1)</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="32" />
        <source>Export Markdown</source>
        <translation>تصدير Markdown</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="43" />
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="79" />
        <source>Markdown (*.md)</source>
        <extracomment>File-dialog filter; keep the pattern in brackets as it is</extracomment>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/components/NoteTools.qml" line="79" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OutlineCard</name>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="85" />
        <source>%1 min</source>
        <extracomment>How long the module takes; %1 is a number of minutes</extracomment>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="92" />
        <source>Not in this content pack yet</source>
        <extracomment>A module's status on the home page: its text is not installed</extracomment>
        <translation>ليس في حزمة المحتوى هذه بعد</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="93" />
        <source>✓ Completed</source>
        <translation>✓ مكتملة</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="95" />
        <source>In progress</source>
        <extracomment>A module's status on the home page</extracomment>
        <translation>قيد التقدّم</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="96" />
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <location filename="../qml/components/OutlineCard.qml" line="102" />
        <source>Section %1 of %2</source>
        <extracomment>Where the learner left the module; %1 and %2 are numbers</extracomment>
        <translation>القسم %1 من %2</translation>
    </message>
</context>
<context>
    <name>PlayPauseButton</name>
    <message>
        <location filename="../qml/labs/common/PlayPauseButton.qml" line="12" />
        <source>Play</source>
        <extracomment>the button that starts training</extracomment>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/PlayPauseButton.qml" line="14" />
        <source>Pause</source>
        <extracomment>the same button while training runs: it stops training</extracomment>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../qml/labs/common/PlayPauseButton.qml" line="21" />
        <source>Play or pause (Ctrl+Space)</source>
        <translation>تشغيل أو إيقاف مؤقت (Ctrl+Space)</translation>
    </message>
</context>
<context>
    <name>PracticeBlock</name>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="26" />
        <source>Good practice</source>
        <extracomment>Labels of three examples: acceptable, to avoid, and the best way to do something</extracomment>
        <translation>ممارسة جيدة</translation>
    </message>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="27" />
        <source>Bad practice</source>
        <translation>ممارسة سيئة</translation>
    </message>
    <message>
        <location filename="../qml/blocks/PracticeBlock.qml" line="28" />
        <source>Best practice</source>
        <translation>أفضل ممارسة</translation>
    </message>
</context>
<context>
    <name>ProblemsNotice</name>
    <message numerus="yes">
        <location filename="../qml/components/ProblemsNotice.qml" line="14" />
        <source>Some course content could not be loaded (%n problem(s)). Everything else works.</source>
        <extracomment>Notice on the home page when parts of a content pack are broken</extracomment>
        <translation>
            <numerusform>تعذّر تحميل بعض محتوى المقرر (لا مشكلات). كل ما عدا ذلك يعمل.</numerusform>
            <numerusform>تعذّر تحميل بعض محتوى المقرر (مشكلة واحدة). كل ما عدا ذلك يعمل.</numerusform>
            <numerusform>تعذّر تحميل بعض محتوى المقرر (مشكلتان). كل ما عدا ذلك يعمل.</numerusform>
            <numerusform>تعذّر تحميل بعض محتوى المقرر (%n مشكلات). كل ما عدا ذلك يعمل.</numerusform>
            <numerusform>تعذّر تحميل بعض محتوى المقرر (%n مشكلة). كل ما عدا ذلك يعمل.</numerusform>
            <numerusform>تعذّر تحميل بعض محتوى المقرر (%n مشكلة). كل ما عدا ذلك يعمل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ProblemsNotice.qml" line="54" />
        <source>Show fewer</source>
        <extracomment>Button that folds the list of problems (of content, or of the school's policy) back to three</extracomment>
        <translation>عرض أقل</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ProblemsNotice.qml" line="54" />
        <source>Show all %n problem(s)</source>
        <translation>
            <numerusform>لا توجد مشكلات</numerusform>
            <numerusform>عرض المشكلة</numerusform>
            <numerusform>عرض المشكلتين</numerusform>
            <numerusform>عرض المشكلات الـ%n كلها</numerusform>
            <numerusform>عرض المشكلات الـ%n كلها</numerusform>
            <numerusform>عرض المشكلات الـ%n كلها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileNameDialog</name>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="19" />
        <source>Rename learner</source>
        <translation>إعادة تسمية المتعلّم</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="19" />
        <source>New learner</source>
        <translation>متعلّم جديد</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="20" />
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="20" />
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="34" />
        <source>Name</source>
        <extracomment>Placeholder of the field for a learner's name</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileNameDialog.qml" line="38" />
        <source>Learner name</source>
        <translation>اسم المتعلّم</translation>
    </message>
</context>
<context>
    <name>ProfileRemoveDialog</name>
    <message>
        <location filename="../qml/components/ProfileRemoveDialog.qml" line="11" />
        <source>Remove %1?</source>
        <extracomment>Title of the dialog that removes a learner; %1 is the learner's name</extracomment>
        <translation>أتزيل %1؟</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileRemoveDialog.qml" line="13" />
        <source>Remove</source>
        <extracomment>Button: remove the learner</extracomment>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileRemoveDialog.qml" line="18" />
        <source>Their progress and notes leave this list. A backup of everything is kept first, and its place is shown afterwards.</source>
        <translation>يغادر تقدّمه وملاحظاته هذه القائمة. تُحفظ أولًا نسخة احتياطية من كل شيء، ويُعرض مكانها بعد ذلك.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="15" />
        <source>Learner</source>
        <extracomment>Label before the chooser of the learner profile on this device</extracomment>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="42" />
        <source>Learner profile</source>
        <translation>ملف المتعلّم</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="47" />
        <source>New learner</source>
        <translation>متعلّم جديد</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="56" />
        <source>Rename</source>
        <extracomment>Button: rename the current learner</extracomment>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <location filename="../qml/components/ProfileSwitcher.qml" line="66" />
        <source>Remove</source>
        <extracomment>Button: remove the current learner from this device</extracomment>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../qml/components/ProgressStrip.qml" line="31" />
        <source>✓ Module complete · section %1 of %2: %3</source>
        <extracomment>A completed module's reader; %1 the section's number, %2 how many there are, %3 its title</extracomment>
        <translation>✓ اكتملت الوحدة · القسم %1 من %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/components/ProgressStrip.qml" line="33" />
        <source>Section %1 of %2: %3</source>
        <extracomment>The section being read; %1 its number, %2 how many there are, %3 its title</extracomment>
        <translation>القسم %1 من %2: %3</translation>
    </message>
</context>
<context>
    <name>PromptCasesEditor</name>
    <message numerus="yes">
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="20" />
        <source>Test cases (%n)</source>
        <extracomment>%n test cases of the task</extracomment>
        <translation>
            <numerusform>حالات الاختبار (لا شيء)</numerusform>
            <numerusform>حالة اختبار واحدة</numerusform>
            <numerusform>حالتا اختبار</numerusform>
            <numerusform>حالات الاختبار (%n)</numerusform>
            <numerusform>حالات الاختبار (%n)</numerusform>
            <numerusform>حالات الاختبار (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="46" />
        <source>%1. %2 → %3</source>
        <extracomment>one test case: %1 its number, %2 its input, %3 the expected answer</extracomment>
        <translation>%1. %2 ← %3</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="54" />
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="63" />
        <source>Edit case %1</source>
        <extracomment>%1 the case's number</extracomment>
        <translation>تعديل الحالة %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="66" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="70" />
        <source>Remove case %1</source>
        <extracomment>%1 the case's number</extracomment>
        <translation>إزالة الحالة %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="81" />
        <source>Input (what goes into {{input}})</source>
        <translation>المُدخل (ما يحلّ محلّ {{input}})</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="82" />
        <source>Input of the test case</source>
        <translation>مُدخل حالة الاختبار</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="87" />
        <source>Expected answer</source>
        <translation>الإجابة المتوقَّعة</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="94" />
        <source>Must contain (words; separated; by semicolons)</source>
        <extracomment>words separated by semicolons</extracomment>
        <translation>يجب أن تحتوي على (كلمات; تفصل بينها; فواصل منقوطة)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="95" />
        <source>Words the answer must contain</source>
        <translation>الكلمات التي يجب أن تحتوي عليها الإجابة</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="103" />
        <source>Save the case</source>
        <translation>حفظ الحالة</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="103" />
        <source>Add the case</source>
        <translation>إضافة الحالة</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="116" />
        <source>Import from CSV…</source>
        <translation>استيراد من CSV…</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="122" />
        <source>Back to the task's own cases</source>
        <translation>العودة إلى حالات المهمة الأصلية</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="132" />
        <source>A CSV file's first line names its columns: input,expected and, if wanted, contains (words separated by semicolons).</source>
        <extracomment>input, expected and contains are CSV column names, not to be translated</extracomment>
        <translation>يسمّي السطر الأول من ملف CSV أعمدته: input,expected، ويمكن إضافة contains (كلمات تفصل بينها فواصل منقوطة ;).</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="149" />
        <source>Import test cases</source>
        <translation>استيراد حالات الاختبار</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="150" />
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptCasesEditor.qml" line="150" />
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>PromptComparisonExport</name>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="36" />
        <source># The structure of prompt A and prompt B: %1</source>
        <extracomment>the heading of an exported structure comparison; %1 the task's title</extracomment>
        <translation># بنية الموجِّه A والموجِّه B: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="38" />
        <source>## Prompt A</source>
        <extracomment>a heading of the exported structure comparison, above prompt A's text</extracomment>
        <translation>## الموجِّه A</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="40" />
        <source>## Prompt B</source>
        <extracomment>a heading of the exported structure comparison, above prompt B's text</extracomment>
        <translation>## الموجِّه B</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="42" />
        <source>## What B does that A does not</source>
        <extracomment>a heading of the exported structure comparison, above its summary</extracomment>
        <translation>## ما يفعله B ولا يفعله A</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="47" />
        <source>## Criterion by criterion</source>
        <extracomment>a heading of the exported structure comparison, above its table</extracomment>
        <translation>## معيارًا معيارًا</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="49" />
        <source>| Criterion | A | B | Why the guides recommend it | Guides |</source>
        <extracomment>the columns of the exported comparison table, separated by |</extracomment>
        <translation>| المعيار | A | B | لماذا توصي به الأدلّة | الأدلّة |</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="52" />
        <source>yes</source>
        <extracomment>in the exported comparison table: the prompt has this part</extracomment>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="54" />
        <source>no</source>
        <extracomment>in the exported comparison table: the prompt does not have this part</extracomment>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptComparisonExport.cpp" line="64" />
        <source>Structure cannot tell whether a prompt works: run both prompts on the same test cases, several times, to find out.</source>
        <translation>البنية لا تخبرك هل ينجح الموجِّه: لتعرف، شغّل الموجِّهين على حالات الاختبار نفسها عدة مرات.</translation>
    </message>
</context>
<context>
    <name>PromptComparisonTable</name>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="18" />
        <source>Comparison of prompts A and B</source>
        <extracomment>Accessible name of the prompts lab's comparison table</extracomment>
        <translation>مقارنة الموجِّهين A وB</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="24" />
        <source>What the guides agree on: A has %1 of %3 parts, B has %2 of %3.</source>
        <extracomment>Heading of the prompts lab's comparison table; %1 and %2 how many of the %3 parts prompts A and B have</extracomment>
        <translation>ما تتفق عليه الأدلّة: لدى A %1 من %3 أجزاء، ولدى B %2 من %3.</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="37" />
        <source>Mark</source>
        <extracomment>Column of the comparison table: how the editors mark the part</extracomment>
        <translation>العلامة</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="46" />
        <source>Part</source>
        <extracomment>Column of the comparison table: the part of a prompt</extracomment>
        <translation>الجزء</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="71" />
        <source>Why, and which guides</source>
        <extracomment>Column of the comparison table: why the guides recommend the part, and which guides</extracomment>
        <translation>لماذا، وأيّ الأدلّة</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="113" />
        <source>A has %1</source>
        <extracomment>Accessible name of a cell of the comparison table; %1 the part of a prompt</extracomment>
        <translation>يحتوي A على %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="113" />
        <source>A lacks %1</source>
        <translation>لا يحتوي A على %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="121" />
        <source>B has %1</source>
        <extracomment>Accessible name of a cell of the comparison table; %1 the part of a prompt</extracomment>
        <translation>يحتوي B على %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="121" />
        <source>B lacks %1</source>
        <translation>لا يحتوي B على %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptComparisonTable.qml" line="129" />
        <source>%1 (%2)</source>
        <extracomment>A cell of the comparison table: %1 why the guides recommend a part, %2 the guides' publishers</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="25" />
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="40" />
        <source>Prompt %1</source>
        <extracomment>Heading of one of the two prompt editors; %1 is A or B
----------
Accessible name of a prompt editor; %1 is A or B</extracomment>
        <translation>الموجِّه %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="62" />
        <source>Add a role</source>
        <extracomment>Pattern button of the prompts lab: adds "You are &lt;role&gt;." at the top of the prompt</extracomment>
        <translation>أضِف دورًا</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="68" />
        <source>Examples from the cases</source>
        <extracomment>Pattern button of the prompts lab: adds few-shot examples taken from the task's test cases</extracomment>
        <translation>أمثلة من الحالات</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="74" />
        <source>Your examples</source>
        <extracomment>Pattern button of the prompts lab: adds the learner's own few-shot examples</extracomment>
        <translation>أمثلتك</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="80" />
        <source>Step by step</source>
        <extracomment>Pattern button of the prompts lab: adds an instruction to think step by step</extracomment>
        <translation>خطوة بخطوة</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="86" />
        <source>Output format</source>
        <extracomment>Pattern button of the prompts lab: adds the answer format</extracomment>
        <translation>صيغة المخرجات</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="92" />
        <source>Delimiters</source>
        <extracomment>Pattern button of the prompts lab: puts the input between tags</extracomment>
        <translation>المحدِّدات</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="98" />
        <source>Undo pattern</source>
        <extracomment>Button of the prompts lab: takes back the last pattern added to this prompt</extracomment>
        <translation>تراجع عن النمط</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="111" />
        <source>The pattern's change: what it inserted is bold and underlined.</source>
        <extracomment>Above the prompt as the last pattern changed it</extracomment>
        <translation>تغيير النمط: ما أدرجه مكتوب بخط عريض وتحته خط.</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="132" />
        <source>No clarity signals.</source>
        <extracomment>Under a prompt editor: the analyser found no sign of an unclear prompt</extracomment>
        <translation>لا مؤشرات على عدم الوضوح.</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="134" />
        <source>Clarity signals (wavy orange underline):</source>
        <extracomment>Heading above the list of signs that a prompt is unclear (vague words, conflicts, ...)</extracomment>
        <translation>مؤشرات على عدم الوضوح (خط سفلي برتقالي متموّج):</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptEditor.qml" line="146" />
        <source>Line %1, %2: "%3"</source>
        <extracomment>One sign that a prompt is unclear: %1 its line number, %2 what it is (e.g. Vague word), %3 the words</extracomment>
        <translation>السطر %1، %2: «%3»</translation>
    </message>
</context>
<context>
    <name>PromptExportButtons</name>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="20" />
        <source>Export as Markdown…</source>
        <translation>تصدير بصيغة Markdown…</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="27" />
        <source>Export as CSV…</source>
        <translation>تصدير بصيغة CSV…</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="36" />
        <source>Export the comparison</source>
        <translation>تصدير المقارنة</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="39" />
        <source>Markdown files (*.md)</source>
        <translation>ملفات Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptExportButtons.qml" line="39" />
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PromptPatternSettings</name>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="22" />
        <source>Patterns to try</source>
        <extracomment>Heading of the prompts lab's card for the pattern helpers (add a role, examples, ...)</extracomment>
        <translation>أنماط للتجربة</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="36" />
        <source>Role, e.g. a support lead</source>
        <extracomment>Field of the prompts lab: the role the "Role" pattern writes ("You are ...")</extracomment>
        <translation>الدور، مثلًا: مسؤول فريق الدعم</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="37" />
        <source>a support lead</source>
        <translation>مسؤول فريق الدعم</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="38" />
        <source>Role to add</source>
        <translation>الدور المراد إضافته</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="46" />
        <source>Answer format, e.g. urgent / normal</source>
        <extracomment>Field of the prompts lab: the answer format the "Format" pattern writes</extracomment>
        <translation>صيغة الإجابة، مثلًا: عاجلة / عادية</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="48" />
        <source>Answer format to add</source>
        <translation>صيغة الإجابة المراد إضافتها</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="57" />
        <source>Your own examples, one a line: input | answer</source>
        <extracomment>Field of the prompts lab: the learner's own few-shot examples</extracomment>
        <translation>أمثلتك الخاصة، مثال في كل سطر: المُدخل | الإجابة</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="58" />
        <source>Your own examples</source>
        <translation>أمثلتك الخاصة</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="66" />
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="77" />
        <source>Examples drawn from the test cases</source>
        <extracomment>Label of a number box: how many few-shot examples to take from the task's test cases</extracomment>
        <translation>الأمثلة المأخوذة من حالات الاختبار</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptPatternSettings.qml" line="85" />
        <source>Some patterns need a large model to show their effect. Asking for steps (chain of thought) helps only large models on reasoning tasks, and a persona changes the style of an answer, not whether it is right. The built-in demonstration model does not reason: try those patterns on a local model too.</source>
        <translation>بعض الأنماط تحتاج إلى نموذج كبير ليظهر أثرها. طلب الخطوات (سلسلة التفكير) لا يفيد إلا النماذج الكبيرة في مهام الاستدلال، وتقمّص شخصية يغيّر أسلوب الإجابة لا صحّتها. نموذج العرض المدمج لا يستدل: جرّب هذه الأنماط على نموذج محلي أيضًا.</translation>
    </message>
</context>
<context>
    <name>PromptRunResultsView</name>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="19" />
        <source>Pass rate over the test cases</source>
        <extracomment>Title of the chart of both prompts' pass rates</extracomment>
        <translation>نسبة النجاح في حالات الاختبار</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="23" />
        <source>Prompt %1</source>
        <extracomment>a bar of the pass-rate chart; %1 A or B</extracomment>
        <translation>الموجِّه %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="34" />
        <source>Prompt %1: %2</source>
        <extracomment>%1 A or B, %2 its pass rate with the spread over seeds</extracomment>
        <translation>الموجِّه %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="74" />
        <source>Answers from: %1</source>
        <extracomment>%1 the answers' provenance: model, version, seeds, temperature, time</extracomment>
        <translation>الإجابات من: %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="82" />
        <source>Only the cases where A and B differ</source>
        <translation>الحالات التي يختلف فيها A وB فقط</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="118" />
        <source>Case %1: %2 (expected: %3)</source>
        <extracomment>a row of the case table: %1 the case's number, %2 its input, %3 the expected answer</extracomment>
        <translation>الحالة %1: %2 (المتوقَّع: %3)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="127" />
        <source>A passed %1 of %2: %3</source>
        <extracomment>%1 seeds in which A passed, %2 seeds in all, %3 A's answers grouped</extracomment>
        <translation>نجح A في %1 من %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunResultsView.qml" line="135" />
        <source>B passed %1 of %2: %3</source>
        <extracomment>%1 seeds in which B passed, %2 seeds in all, %3 B's answers grouped</extracomment>
        <translation>نجح B في %1 من %2: %3</translation>
    </message>
</context>
<context>
    <name>PromptRunSettings</name>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="18" />
        <source>Model and settings</source>
        <translation>النموذج والإعدادات</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="28" />
        <source>Built-in demonstration model</source>
        <extracomment>the built-in model, chosen as the model a test runs on</extracomment>
        <translation>نموذج العرض المدمج</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="39" />
        <source>My local model server</source>
        <translation>خادم النماذج المحلي الخاص بي</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="53" />
        <source>A small demonstration model made by the Loopwise project: it is trained on this computer from text the project ships, in a few seconds the first time, and gives the same answers for the same seed. It shows real effects of few-shot examples and their order, but it is not a large language model.</source>
        <translation>نموذج عرض صغير صنعه مشروع Loopwise: يُدرَّب على هذا الحاسوب من نصوص يأتي بها المشروع، في بضع ثوانٍ في المرة الأولى، ويعطي الإجابات نفسها للبذرة نفسها. يُظهر آثارًا حقيقية للأمثلة القليلة (few-shot) ولترتيبها، لكنه ليس نموذجًا لغويًا كبيرًا.</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="64" />
        <source>Send prompts to the local model server</source>
        <translation>أرسل الموجِّهات إلى خادم النماذج المحلي</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="81" />
        <source>Kind of server</source>
        <extracomment>the kind of model server: ollama, llamacpp or openai</extracomment>
        <translation>نوع الخادم</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="89" />
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="92" />
        <source>Find local models</source>
        <translation>ابحث عن النماذج المحلية</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="98" />
        <source>List models</source>
        <translation>اعرض النماذج</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="119" />
        <source>Use %1 at %2</source>
        <extracomment>a model server found on this computer: %1 its kind, %2 its address</extracomment>
        <translation>استخدم %1 على %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="130" />
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="136" />
        <source>Check that the server follows the seed</source>
        <translation>تحقّق من أن الخادم يلتزم بالبذرة</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="169" />
        <source>Runs per case (seeds)</source>
        <extracomment>how many times each prompt is run on each test case, each with its own seed</extracomment>
        <translation>مرات التشغيل لكل حالة (البذور)</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="178" />
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptRunSettings.qml" line="190" />
        <source>Calibrate (correct the model's bias towards some labels with a content-free input)</source>
        <extracomment>contextual calibration: the model's label probabilities are corrected by those for a content-free input</extracomment>
        <translation>المعايرة (صحّح انحياز النموذج نحو بعض التسميات بمُدخل خالٍ من المحتوى)</translation>
    </message>
</context>
<context>
    <name>PromptSavePair</name>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="17" />
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="33" />
        <source>Save this pair</source>
        <extracomment>Heading of the prompts lab's card to keep the two prompts with a note</extracomment>
        <translation>احفظ هذا الزوج</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="28" />
        <source>Your note: what do you expect B to change, and why?</source>
        <extracomment>Placeholder of the note saved with a pair of prompts</extracomment>
        <translation>ملاحظتك: ما الذي تتوقع أن يغيّره B، ولماذا؟</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="29" />
        <source>Note for this pair</source>
        <translation>ملاحظة عن هذا الزوج</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="49" />
        <source>%1: %2</source>
        <extracomment>A saved pair of prompts: %1 its task, %2 the learner's note</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="55" />
        <source>Open</source>
        <extracomment>Button beside a saved pair of prompts: loads it into the editors again</extracomment>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptSavePair.qml" line="56" />
        <source>Open the pair %1</source>
        <translation>فتح الزوج %1</translation>
    </message>
</context>
<context>
    <name>PromptsLabPage</name>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="44" />
        <source>Interactive lab</source>
        <extracomment>Small label above a lab's title</extracomment>
        <translation>مختبر تفاعلي</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="72" />
        <source>Task</source>
        <extracomment>Chooser of the prompts lab: which starter task (and its prompt pair) to work on</extracomment>
        <translation>المهمة</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="100" />
        <source>Compare structure</source>
        <extracomment>Tab of the prompts lab: A and B side by side, their parts and clarity</extracomment>
        <translation>قارن البنية</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsLabPage.qml" line="107" />
        <source>Measure on test cases</source>
        <extracomment>Tab of the prompts lab: both prompts run on the task's test cases, several times</extracomment>
        <translation>قِس على حالات الاختبار</translation>
    </message>
</context>
<context>
    <name>PromptsRunPanel</name>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="36" />
        <source>Measure on test cases</source>
        <extracomment>Heading of the part of the prompts lab that runs both prompts on test cases</extracomment>
        <translation>قِس على حالات الاختبار</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="45" />
        <source>How a prompt is written is a guess about how the model will behave. Run both prompts on the same test cases, several times, and see whether the difference is larger than the model's own run-to-run variation.</source>
        <translation>طريقة كتابة الموجِّه تخمينٌ لكيفية تصرّف النموذج. شغّل الموجِّهين على حالات الاختبار نفسها عدة مرات، وانظر هل الفرق أكبر من تفاوت النموذج نفسه من تشغيل إلى آخر.</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="68" />
        <source>Run A and B on the test cases</source>
        <extracomment>Button: runs prompt A and prompt B on every test case with every seed</extracomment>
        <translation>شغّل A وB على حالات الاختبار</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="76" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="101" />
        <source>Model: %1</source>
        <extracomment>%1 the model's name</extracomment>
        <translation>النموذج: %1</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsRunPanel.qml" line="133" />
        <source>Run the same test on my local model server</source>
        <extracomment>Button after a run on the built-in model: switches the test to the learner's local model server</extracomment>
        <translation>شغّل الاختبار نفسه على خادم النماذج المحلي الخاص بي</translation>
    </message>
</context>
<context>
    <name>PromptsStructurePanel</name>
    <message>
        <location filename="../qml/labs/prompts/PromptsStructurePanel.qml" line="66" />
        <source>What B does that A does not</source>
        <extracomment>Heading of the prompts lab's summary of the differences between prompts A and B</extracomment>
        <translation>ما يفعله B ولا يفعله A</translation>
    </message>
    <message>
        <location filename="../qml/labs/prompts/PromptsStructurePanel.qml" line="87" />
        <source>Structure cannot tell you whether a prompt works. How a prompt is written is a guess about how a model will behave: to find out, run both prompts on the same test cases, several times, under "Measure on test cases".</source>
        <translation>البنية لا تخبرك هل ينجح الموجِّه. طريقة كتابة الموجِّه تخمينٌ لكيفية تصرّف النموذج: لتعرف، شغّل الموجِّهين على حالات الاختبار نفسها عدة مرات، في «قِس على حالات الاختبار».</translation>
    </message>
</context>
<context>
    <name>QuizBlock</name>
    <message>
        <location filename="../qml/blocks/QuizBlock.qml" line="45" />
        <source>%1 of %2 opened</source>
        <extracomment>How many of the check-yourself cards the learner has opened; %1 and %2 are numbers</extracomment>
        <translation>فُتحت %1 من %2</translation>
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="22" />
        <source>%1 Answer: %2</source>
        <extracomment>Screen-reader name of an opened question card; %1 is the question, %2 its answer</extracomment>
        <translation>%1 الإجابة: %2</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="23" />
        <source>Shows the answer. Activate to hide it.</source>
        <translation>تعرض الإجابة. فعّلها لإخفائها.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="24" />
        <source>Activate to show the answer.</source>
        <translation>فعّلها لعرض الإجابة.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="71" />
        <source>Show answer</source>
        <extracomment>Button on a check-yourself question card</extracomment>
        <translation>اعرض الإجابة</translation>
    </message>
</context>
<context>
    <name>ReadingBar</name>
    <message>
        <location filename="../qml/components/ReadingBar.qml" line="42" />
        <source>Contents</source>
        <extracomment>Button that opens the list of the module's sections</extracomment>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location filename="../qml/components/ReadingBar.qml" line="43" />
        <source>Contents: jump to a section</source>
        <translation>المحتويات: انتقل إلى قسم</translation>
    </message>
</context>
<context>
    <name>ReflectionBlock</name>
    <message>
        <location filename="../qml/blocks/ReflectionBlock.qml" line="20" />
        <source>Reflection</source>
        <extracomment>Heading of the box where the learner writes a reflection</extracomment>
        <translation>تأمّل</translation>
    </message>
    <message>
        <location filename="../qml/blocks/ReflectionBlock.qml" line="28" />
        <source>Write a few sentences in your own words.</source>
        <translation>اكتب بضع جمل بكلماتك الخاصة.</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="33" />
        <source>Saved versions</source>
        <extracomment>Heading of the list of a note's earlier versions</extracomment>
        <translation>النسخ المحفوظة</translation>
    </message>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="64" />
        <source>%1 (current)</source>
        <extracomment>%1 is the date and time a note's version was saved; this one is the version shown now</extracomment>
        <translation>%1 (الحالية)</translation>
    </message>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="82" />
        <source>Restore</source>
        <extracomment>Button: make this earlier version of the note the current one</extracomment>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../qml/components/RevisionHistory.qml" line="92" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <location filename="../models/Routes.cpp" line="46" />
        <source>"%1" is not a place in the app; use home, glossary, settings, about, module/&lt;id&gt;[#section] or lab/&lt;id&gt;</source>
        <extracomment>%1 is what was given after --open; home, glossary, ... are the app's places as written on the command line</extracomment>
        <translation>"%1" ليس مكانًا في التطبيق؛ استخدم home أو glossary أو settings أو about أو module/&lt;id&gt;[#section] أو lab/&lt;id&gt;</translation>
    </message>
    <message>
        <location filename="../models/Routes.cpp" line="65" />
        <source>there is no lab "%1"; the labs are %2</source>
        <extracomment>%1 is the lab id the route names, %2 the list of lab ids (network, learning, ...)</extracomment>
        <translation>لا يوجد مختبر "%1"؛ المختبرات هي %2</translation>
    </message>
    <message>
        <location filename="../models/Routes.cpp" line="70" />
        <source>Your school has turned off the lab "%1".</source>
        <extracomment>%1 the title of a lab that the school's policy turned off</extracomment>
        <translation>أوقفت مدرستك المختبر «%1».</translation>
    </message>
</context>
<context>
    <name>SchoolLock</name>
    <message>
        <location filename="../qml/components/SchoolLock.qml" line="14" />
        <source>Set by your school</source>
        <extracomment>Under a setting that the school's policy file fixes; the learner cannot change it</extracomment>
        <translation>تحدده مدرستك</translation>
    </message>
</context>
<context>
    <name>SectionsPopup</name>
    <message>
        <location filename="../qml/components/SectionsPopup.qml" line="48" />
        <source>%1. %2</source>
        <extracomment>An entry of the contents list; %1 is the section's number, %2 its title</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="11" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="18" />
        <location filename="../qml/pages/SettingsPage.qml" line="29" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="45" />
        <source>The course text and the app switch language right away.</source>
        <translation>يتغيّر نص المقرر والتطبيق إلى اللغة الجديدة فورًا.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="56" />
        <source>Dark theme</source>
        <translation>السمة الداكنة</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="73" />
        <source>Text size: %1 %</source>
        <extracomment>Label of the text-size slider; %1 is the size in percent of the normal size</extracomment>
        <translation>حجم النص: %1٪</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="86" />
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="95" />
        <source>This is how text in the course will look.</source>
        <translation>هكذا سيبدو النص في المقرر.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="107" />
        <source>For teachers</source>
        <extracomment>Heading of the settings for exporting and importing learners' progress</extracomment>
        <translation>للمعلّمين</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="113" />
        <source>Collect the progress of every learner on this device, or move one learner to another device. Nothing leaves the device unless you save it somewhere.</source>
        <translation>اجمع تقدّم كل متعلّم على هذا الجهاز، أو انقل متعلّمًا واحدًا إلى جهاز آخر. لا يغادر شيء الجهاز ما لم تحفظه في مكان ما.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="127" />
        <source>Progress as CSV</source>
        <extracomment>Button: export every learner's progress as a CSV table</extracomment>
        <translation>التقدّم بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="132" />
        <source>xAPI statements</source>
        <extracomment>Button: export every learner's progress as xAPI statements (a learning-records standard; keep "xAPI")</extracomment>
        <translation>عبارات xAPI</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="137" />
        <source>Export this learner</source>
        <extracomment>Button: save the current learner's profile to a file for another device</extracomment>
        <translation>تصدير هذا المتعلّم</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="142" />
        <source>Import a learner</source>
        <extracomment>Button: read a learner's profile from a file exported on another device</extracomment>
        <translation>استيراد متعلّم</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="161" />
        <source>Progress is kept in %1</source>
        <extracomment>%1 is the path of the progress database file</extracomment>
        <translation>يُحفظ التقدّم في %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="179" />
        <source>CSV files (*.csv)</source>
        <extracomment>File-dialog filter; keep the pattern in brackets as it is</extracomment>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="180" />
        <source>xAPI statements (*.jsonl)</source>
        <translation>عبارات xAPI (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="181" />
        <source>Loopwise learner files (*.json)</source>
        <translation>ملفات متعلّمي Loopwise (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="201" />
        <source>Saved to %1</source>
        <extracomment>%1 is the path of the file that was written</extracomment>
        <translation>حُفظ في %1</translation>
    </message>
</context>
<context>
    <name>ShortcutPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="17" />
        <source>Before you train: how will the model do on the tickets after the staffing change?</source>
        <translation>قبل أن تدرّب: كيف سيؤدّي النموذج على التذاكر بعد تغيير المناوبات؟</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="25" />
        <source>How you check the model</source>
        <translation>كيف تفحص النموذج</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="32" />
        <source>Validation tickets, taken from the history</source>
        <translation>تذاكر التحقق، مأخوذة من السجلّ</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="40" />
        <source>Let the model see the writing style (greetings, sign-offs, names, formatting)</source>
        <translation>اسمح للنموذج برؤية أسلوب الكتابة (التحيات، والخواتيم، والأسماء، والتنسيق)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="58" />
        <source>Add fields known only afterwards (escalated, resolved within a day)</source>
        <translation>أضِف حقولًا لا تُعرف إلا لاحقًا (صُعِّدت، حُلّت خلال يوم)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="84" />
        <source>Accuracy: training, validation, production</source>
        <translation>الدقة: التدريب، والتحقق، والإنتاج</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="91" />
        <source>Production, after the staffing change</source>
        <translation>الإنتاج، بعد تغيير المناوبات</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="102" />
        <source>Accuracy lost when a feature group is shuffled</source>
        <translation>الدقة المفقودة حين تُخلط مجموعة خصائص عشوائيًا</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="110" />
        <source>The largest weights (positive: towards urgent)</source>
        <translation>أكبر الأوزان (الموجبة: نحو العاجلة)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="121" />
        <source>Read the tickets</source>
        <translation>اقرأ التذاكر</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="149" />
        <source>Night desk, before the staffing change</source>
        <translation>المناوبة الليلية، قبل تغيير المناوبات</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ShortcutPanel.qml" line="150" />
        <source>After the staffing change</source>
        <translation>بعد تغيير المناوبات</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../models/Shortcuts.cpp" line="29" />
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="30" />
        <source>Module reader</source>
        <translation>قارئ الوحدة</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="31" />
        <source>Lab: Build a neural network</source>
        <translation>المختبر: ابنِ شبكة عصبية</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="32" />
        <source>Lab: See how models learn</source>
        <translation>المختبر: شاهد كيف تتعلّم النماذج</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="33" />
        <source>Lab: Check the assumptions</source>
        <translation>المختبر: افحص الافتراضات</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="34" />
        <source>Lab: Mixture of experts</source>
        <translation>المختبر: مزيج الخبراء</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="42" />
        <source>Go back (or close a glossary tip)</source>
        <translation>رجوع (أو إغلاق تلميح المسرد)</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="44" />
        <source>Course home</source>
        <translation>صفحة المقرر الرئيسية</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="45" />
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="46" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="47" />
        <source>This list of keyboard shortcuts</source>
        <translation>قائمة اختصارات لوحة المفاتيح هذه</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="49" />
        <source>Next or previous control or glossary term</source>
        <translation>عنصر التحكم أو مصطلح المسرد التالي أو السابق</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="51" />
        <source>Open the focused card, term or link</source>
        <translation>فتح البطاقة أو المصطلح أو الرابط المحدَّد</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="53" />
        <source>Loop diagram focused: previous or next stage</source>
        <translation>عند تحديد مخطط الحلقة: المرحلة السابقة أو التالية</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="55" />
        <source>Loop diagram focused: play or pause the walkthrough</source>
        <translation>عند تحديد مخطط الحلقة: تشغيل الجولة أو إيقافها مؤقتًا</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="57" />
        <location filename="../models/Shortcuts.cpp" line="64" />
        <location filename="../models/Shortcuts.cpp" line="76" />
        <source>Play or pause training</source>
        <translation>تشغيل التدريب أو إيقافه مؤقتًا</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="59" />
        <location filename="../models/Shortcuts.cpp" line="66" />
        <source>Train one epoch</source>
        <translation>درّب حقبة واحدة</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="60" />
        <location filename="../models/Shortcuts.cpp" line="78" />
        <source>Fresh weights</source>
        <translation>أوزان جديدة</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="62" />
        <source>Weights focused: pick a weight, then change it</source>
        <translation>عند تحديد الأوزان: اختر وزنًا ثم غيّره</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="68" />
        <source>Send one batch round the training loop</source>
        <translation>أرسل دفعة واحدة في حلقة التدريب</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="70" />
        <source>Fresh parameters, same data</source>
        <translation>مُعامِلات جديدة، والبيانات نفسها</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="72" />
        <source>Train and check, or pause</source>
        <translation>درِّب وافحص، أو أوقف مؤقتًا</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="74" />
        <source>Reset the experiment</source>
        <translation>إعادة ضبط التجربة</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="106" />
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="106" />
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="107" />
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="107" />
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="108" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="108" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="109" />
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="109" />
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="110" />
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../models/Shortcuts.cpp" line="128" />
        <source>, </source>
        <extracomment>Separates the keys that do the same thing in the shortcuts table, e.g. "Esc, Alt+←"</extracomment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../qml/components/ShortcutsSheet.qml" line="31" />
        <source>Keyboard shortcuts</source>
        <extracomment>Heading of the list of keyboard shortcuts</extracomment>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../qml/components/ShortcutsSheet.qml" line="49" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="52" />
        <source>Hide details</source>
        <extracomment>Button that hides the technical side of a save problem.</extracomment>
        <translation>إخفاء التفاصيل</translation>
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="54" />
        <source>Details</source>
        <extracomment>Button that shows the technical side of a save problem.</extracomment>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="57" />
        <source>Hide the technical details of the save problem</source>
        <extracomment>Screen-reader name of the button that hides a save problem's technical details.</extracomment>
        <translation>إخفاء التفاصيل التقنية لمشكلة الحفظ</translation>
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="59" />
        <source>Show the technical details of the save problem</source>
        <extracomment>Screen-reader name of the button that shows a save problem's technical details.</extracomment>
        <translation>عرض التفاصيل التقنية لمشكلة الحفظ</translation>
    </message>
    <message>
        <location filename="../qml/components/StoreBanner.qml" line="95" />
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>TaskBlock</name>
    <message>
        <location filename="../qml/blocks/TaskBlock.qml" line="25" />
        <source>Open the lab: %1</source>
        <translation>فتح المختبر: %1</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="64" />
        <location filename="../qml/components/TopBar.qml" line="65" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="71" />
        <source>Loopwise</source>
        <extracomment>The app's name</extracomment>
        <translation>Loopwise</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="93" />
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="98" />
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="102" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="106" />
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="109" />
        <source>About Loopwise</source>
        <extracomment>Screen-reader name of the button that opens the About page</extracomment>
        <translation>حول Loopwise</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="17" />
        <source>Before you train: how will the validation score compare with the model on fresh cases?</source>
        <translation>قبل أن تدرّب: كيف ستقارَن درجة التحقق بأداء النموذج على حالات جديدة؟</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="25" />
        <source>How validation is made</source>
        <translation>كيف يُجرى التحقق</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="32" />
        <source>Validation method</source>
        <translation>طريقة التحقق</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="40" />
        <source>Features kept (0: all)</source>
        <translation>الخصائص المُبقاة (0: كلها)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="52" />
        <source>The data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="59" />
        <source>Signal (0: the labels are pure noise)</source>
        <translation>الإشارة (0: التسميات ضوضاء محضة)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="70" />
        <source>Pure-noise features</source>
        <translation>خصائص من ضوضاء محضة</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="80" />
        <source>Rows per case (near-copies)</source>
        <translation>الصفوف لكل حالة (نُسخ شبه متطابقة)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="89" />
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="109" />
        <source>Validation beside production</source>
        <translation>التحقق بجانب الإنتاج</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="115" />
        <source>Validation beside production (the line marks chance)</source>
        <translation>التحقق بجانب الإنتاج (يحدّد الخط مستوى الصدفة)</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="127" />
        <source>Validation</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../qml/labs/assumptions/ValidationPanel.qml" line="128" />
        <source>Production</source>
        <translation>الإنتاج</translation>
    </message>
</context>
<context>
    <name>loopwise::AssumptionsController</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="49" />
        <source>Model %1 of %2 trained</source>
        <extracomment>%1 validation models trained so far, %2 in all</extracomment>
        <translation>دُرِّب النموذج %1 من %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="52" />
        <source>Step %1 of %2</source>
        <extracomment>%1 gradient steps done so far, %2 in all</extracomment>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="84" />
        <source>That change cannot be trained: %1</source>
        <extracomment>%1 the engine's reason, e.g. a value out of its range</extracomment>
        <translation>لا يمكن التدريب بهذا التغيير: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="98" />
        <source>That link opens another experiment: %1.</source>
        <extracomment>%1 the title of the experiment the link opens</extracomment>
        <translation>هذا الرابط يفتح تجربة أخرى: %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="193" />
        <source>Your prediction matched what happened.</source>
        <translation>تطابق توقّعك مع ما حدث.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="194" />
        <source>What happened was different from your prediction: the figures below show why.</source>
        <translation>ما حدث اختلف عن توقّعك: الأرقام أدناه تبيّن السبب.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="196" />
        <source>You predicted: %1
What happened: %2
%3</source>
        <extracomment>%1 the learner's prediction, %2 what happened (a statement of the same list), %3 whether they match</extracomment>
        <translation>توقّعت: %1
ما حدث: %2
%3</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="226" />
        <source>Run the experiment to the end first: then it can be saved.</source>
        <translation>شغّل التجربة حتى نهايتها أولًا: بعدها يمكن حفظها.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="236" />
        <source>The run could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation>تعذّر حفظ التجربة: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="239" />
        <source>Saved "%1".</source>
        <extracomment>%1 the name of the saved run</extracomment>
        <translation>حُفظت "%1".</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsController.cpp" line="248" />
        <source>Check the assumptions: %1</source>
        <extracomment>the title of a lab run attached to a decision note; %1 the experiment's title</extracomment>
        <translation>افحص الافتراضات: %1</translation>
    </message>
</context>
<context>
    <name>loopwise::AssumptionsExplanations</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="47" />
        <source>Urgent tickets: shortcuts and leakage</source>
        <translation>التذاكر العاجلة: الطرق المختصرة والتسرّب</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="49" />
        <source>Validation is separate</source>
        <translation>التحقق منفصل</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="51" />
        <source>Loss matches the decision</source>
        <translation>الخسارة توافق القرار</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="60" />
        <source>A help desk wants a model that flags urgent tickets. For the first three months nearly every urgent ticket was logged by the three agents of the night desk, each with a way of writing you could spot at a glance. Then the rota changed. Train a model on that history, check it the way most people would, and find out what it really learned; then try to catch the problem before production does.</source>
        <translation>يريد مكتب دعم نموذجًا يَسِم التذاكر العاجلة. في الأشهر الثلاثة الأولى سجّل كلَّ تذكرة عاجلة تقريبًا الموظفون الثلاثة في المناوبة الليلية، ولكلٍّ منهم أسلوب كتابة يُعرف من النظرة الأولى. ثم تغيّر جدول المناوبات. درّب نموذجًا على ذلك السجلّ، وافحصه كما يفعل معظم الناس، واكتشف ما تعلّمه حقًّا؛ ثم حاول أن تلتقط المشكلة قبل أن يلتقطها الإنتاج.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="66" />
        <source>A validation score is worth something only if the validation data played no part in training. Here a small, noisy set is validated in five ways, and each score stands beside the same model on fresh cases. Turn the signal down to zero and see which validations still claim that the model has learned something.</source>
        <translation>لا قيمة لدرجة التحقق إلا إذا لم يكن لبيانات التحقق أي دور في التدريب. هنا تُتحقَّق مجموعة صغيرة كثيرة الضوضاء بخمس طرق، وتقف كل درجة بجانب أداء النموذج نفسه على حالات جديدة. اخفض الإشارة إلى الصفر وانظر أيّ طرق التحقق ما زالت تزعم أن النموذج تعلّم شيئًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="72" />
        <source>Few tickets are urgent, and missing one costs far more than a needless alarm. A model trained with the usual loss and the usual threshold can look accurate and still be expensive. Set the costs yourself, train, then repair the decision: weigh the classes in the loss, or keep the probabilities and choose the threshold by cost.</source>
        <translation>التذاكر العاجلة قليلة، وتفويت واحدة منها يكلّف أكثر بكثير من إنذار لا داعي له. قد يبدو نموذج دُرّب بالخسارة المعتادة والعتبة المعتادة دقيقًا ومع ذلك يكون مكلفًا. حدّد التكاليف بنفسك، ودرّب، ثم أصلِح القرار: وازِن الفئات في الخسارة، أو احتفظ بالاحتمالات واختر العتبة بحسب التكلفة.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="84" />
        <source>%1 %</source>
        <extracomment>a share in percent, e.g. "93 %"</extracomment>
        <translation>%1٪</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="97" />
        <source>at random</source>
        <extracomment>how the ticket history is split for validation</extracomment>
        <translation>عشوائيًا</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="99" />
        <source>by time (the newest tickets)</source>
        <translation>بحسب الوقت (أحدث التذاكر)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="101" />
        <source>by writer (agents the model never saw)</source>
        <translation>بحسب الكاتب (موظفون لم يرهم النموذج قط)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="110" />
        <source>On the training data</source>
        <translation>على بيانات التدريب</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="112" />
        <source>Held-out cases</source>
        <translation>حالات محجوزة للتقييم</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="114" />
        <source>Held-out rows, near-copies on both sides</source>
        <translation>صفوف محجوزة، ونُسخ شبه متطابقة في الجانبين</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="116" />
        <source>Features chosen on all data, then cross-validated</source>
        <translation>خصائص اختيرت من كل البيانات، ثم تحقق متقاطع</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="118" />
        <source>Cross-validated, features chosen inside each fold</source>
        <translation>تحقق متقاطع، والخصائص تُختار داخل كل طيّة</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="127" />
        <source>None (plain loss, threshold 0.5)</source>
        <translation>بلا (خسارة عادية، عتبة 0.5)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="129" />
        <source>Class weights in the loss</source>
        <translation>أوزان الفئات في الخسارة</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="131" />
        <source>Threshold chosen by cost</source>
        <translation>عتبة تُختار بحسب التكلفة</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="141" />
        <source>content</source>
        <extracomment>a group of the model's features: the words of the problem</extracomment>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="144" />
        <source>style</source>
        <extracomment>a group of the model's features: greetings, sign-offs, names, formatting</extracomment>
        <translation>الأسلوب</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="147" />
        <source>metadata</source>
        <extracomment>a group of the model's features: area, plan, channel</extracomment>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="150" />
        <source>after the fact</source>
        <extracomment>a group of the model's features: known only after the ticket was handled</extracomment>
        <translation>بعد الواقعة</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="165" />
        <source>With the fields known only after the fact, validation reached %1. In production those fields are still empty when a ticket arrives: accuracy fell to %2 and the model caught %3 of %4 urgent tickets. The outcome leaked into training through a field nobody knows at decision time.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 urgent tickets caught, %4 urgent tickets in all</extracomment>
        <translation>مع الحقول التي لا تُعرف إلا بعد الواقعة بلغ التحقق %1. في الإنتاج تكون هذه الحقول فارغة حين تصل التذكرة: فهبطت الدقة إلى %2 والتقط النموذج %3 من %4 تذكرة عاجلة. لقد تسرّبت النتيجة إلى التدريب عبر حقل لا يعرفه أحد وقت اتخاذ القرار.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="173" />
        <source>Validation said %1, production gave %2: a fall of %3 points after the staffing change. %4 of the %5 largest weights are style (the agents' names, sign-offs, formatting): the model learned who wrote a ticket, not what it says. Validation tickets drawn from the same months share that shortcut, so they could not show it.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the fall in percentage points, %4 style features among the largest weights, %5 the largest weights shown</extracomment>
        <translation>قال التحقق %1، وأعطى الإنتاج %2: هبوط بمقدار %3 نقطة بعد تغيير المناوبات. %4 من أكبر %5 أوزان تخصّ الأسلوب (أسماء الموظفين، والخواتيم، والتنسيق): تعلّم النموذج مَن كتب التذكرة، لا ما تقوله. وتذاكر التحقق المأخوذة من الأشهر نفسها تشترك في هذا الطريق المختصر، فلم تستطع كشفه.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="181" />
        <source>Split %1, validation gave %2, within %3 points of production (%4). Tickets the model could not have seen in training stand in for production, so the validation shows the problem before production does. It looks worse than a random split, and that is the point: it is honest.</source>
        <extracomment>%1 how the history was split, %2 validation accuracy, %3 the difference in points, %4 production accuracy</extracomment>
        <translation>التقسيم %1، وأعطى التحقق %2، في حدود %3 نقطة من الإنتاج (%4). تذاكر لم يكن بوسع النموذج رؤيتها في التدريب تقوم مقام الإنتاج، فيكشف التحقق المشكلة قبل أن يكشفها الإنتاج. يبدو أسوأ من التقسيم العشوائي، وهذا هو المقصود: إنه صادق.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="188" />
        <source>Without the style features the model has to read what a ticket says: validation %1 and production %2 are within %3 points. Less brilliant on paper, and just as good after the change.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the difference in points</extracomment>
        <translation>من دون خصائص الأسلوب يضطر النموذج إلى قراءة ما تقوله التذكرة: التحقق %1 والإنتاج %2 في حدود %3 نقطة. أقل لمعانًا على الورق، وبالجودة نفسها بعد التغيير.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="194" />
        <source>Validation said %1 and production gave %2, %3 points less: this validation promised more than the model delivers after the change.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the difference in points</extracomment>
        <translation>قال التحقق %1 وأعطى الإنتاج %2، أي أقل بـ%3 نقطة: وعد هذا التحقق بأكثر مما يقدّمه النموذج بعد التغيير.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="199" />
        <source>Validation gave %1 and production %2: here the validation was a fair guide.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation>أعطى التحقق %1 والإنتاج %2: كان التحقق هنا دليلًا منصفًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="210" />
        <source>Validation gave %1 and fresh cases %2, both close to chance (%3): this validation admits that the model has found nothing to learn.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 chance</extracomment>
        <translation>أعطى التحقق %1 والحالات الجديدة %2، وكلاهما قريب من الصدفة (%3): يعترف هذا التحقق بأن النموذج لم يجد شيئًا يتعلّمه.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="215" />
        <source>Validation gave %1, within %2 points of the %3 on fresh cases: kept apart from training, it is an honest estimate.</source>
        <extracomment>%1 validation accuracy, %2 the difference in points, %3 production accuracy</extracomment>
        <translation>أعطى التحقق %1، في حدود %2 نقطة من %3 على الحالات الجديدة: لأنه بقي بمعزل عن التدريب، فهو تقدير صادق.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="223" />
        <source>Scored on the rows it learned from, the model reports %1; on fresh cases it gets %2. Training data cannot tell memorising from learning.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation>حين قُيِّم على الصفوف التي تعلّم منها، أبلغ النموذج عن %1؛ وعلى الحالات الجديدة حصل على %2. بيانات التدريب لا تميّز الحفظ من التعلّم.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="229" />
        <source>Near-copies of the same cases sit on both sides of the split: validation reports %1, fresh cases give %2. The model recognises copies it has already seen.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation>نُسخ شبه متطابقة من الحالات نفسها تقع في جانبي التقسيم: يُبلغ التحقق عن %1، وتعطي الحالات الجديدة %2. النموذج يتعرّف نُسخًا رآها من قبل.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="235" />
        <source>The features were chosen on all the rows before cross-validation, so the validation rows helped choose them: validation reports %1, fresh cases give %2, and chance is %3. Choose features inside each fold, as the correct pipeline does.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 chance</extracomment>
        <translation>اختيرت الخصائص من كل الصفوف قبل التحقق المتقاطع، فساعدت صفوف التحقق في اختيارها: يُبلغ التحقق عن %1، وتعطي الحالات الجديدة %2، ومستوى الصدفة %3. اختر الخصائص داخل كل طيّة، كما يفعل المسار الصحيح.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="245" />
        <source>Validation gave %1 against %2 on fresh cases, %3 points more. This validation is separate, but with few cases its score varies from sample to sample: try more cases or another seed.</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 the difference in points</extracomment>
        <translation>أعطى التحقق %1 مقابل %2 على الحالات الجديدة، أي أكثر بـ%3 نقطة. هذا التحقق منفصل، لكن مع قلّة الحالات تتفاوت درجته من عيّنة إلى أخرى: جرّب حالات أكثر أو بذرة أخرى.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="259" />
        <source>All five validations stayed within 5 points of production this time: the data leaves little to memorise. Add near-copies or noise features, or turn the signal down, and compare again.</source>
        <translation>بقيت طرق التحقق الخمس كلها هذه المرة في حدود 5 نقاط من الإنتاج: البيانات لا تترك الكثير لحفظه. أضِف نُسخًا شبه متطابقة أو خصائص من الضوضاء، أو اخفض الإشارة، ثم قارن من جديد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="263" />
        <source>%n of the five validations scored more than 5 points above production: %1. They were not kept apart from training. The others stayed close to production.</source>
        <extracomment>%n how many validations flattered, %1 their names as a list</extracomment>
        <translation>
            <numerusform>لم تتجاوز أيٌّ من طرق التحقق الخمس الإنتاجَ بأكثر من 5 نقاط: %1. لم تُبقَ بمعزل عن التدريب. وبقيت الأخرى قريبة من الإنتاج.</numerusform>
            <numerusform>تجاوزت طريقة واحدة من طرق التحقق الخمس الإنتاجَ بأكثر من 5 نقاط: %1. لم تُبقَ بمعزل عن التدريب. وبقيت الأخرى قريبة من الإنتاج.</numerusform>
            <numerusform>تجاوزت طريقتان من طرق التحقق الخمس الإنتاجَ بأكثر من 5 نقاط: %1. لم تُبقيا بمعزل عن التدريب. وبقيت الأخرى قريبة من الإنتاج.</numerusform>
            <numerusform>تجاوزت %n من طرق التحقق الخمس الإنتاجَ بأكثر من 5 نقاط: %1. لم تُبقَ بمعزل عن التدريب. وبقيت الأخرى قريبة من الإنتاج.</numerusform>
            <numerusform>تجاوزت %n من طرق التحقق الخمس الإنتاجَ بأكثر من 5 نقاط: %1. لم تُبقَ بمعزل عن التدريب. وبقيت الأخرى قريبة من الإنتاج.</numerusform>
            <numerusform>تجاوزت %n من طرق التحقق الخمس الإنتاجَ بأكثر من 5 نقاط: %1. لم تُبقَ بمعزل عن التدريب. وبقيت الأخرى قريبة من الإنتاج.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="278" />
        <source>At the usual threshold of 0.5 the model is %1 accurate, only %2 points above calling every ticket normal, yet it misses %3 of %4 urgent tickets. With a miss costing %5 and a false alarm %6, that is %7 per ticket, against %8 for calling every ticket normal.</source>
        <extracomment>%1 accuracy, %2 points above the all-normal baseline, %3 urgent tickets missed, %4 urgent tickets in all, %5 cost of a miss, %6 cost of a false alarm, %7 cost per ticket, %8 the all-normal cost per ticket</extracomment>
        <translation>عند العتبة المعتادة 0.5 تبلغ دقة النموذج %1، أي أعلى بـ%2 نقطة فقط من عدّ كل تذكرة عادية، ومع ذلك يفوّت %3 من %4 تذكرة عاجلة. حين يكلّف التفويت %5 والإنذار الكاذب %6، تصبح التكلفة %7 لكل تذكرة، مقابل %8 عند عدّ كل تذكرة عادية.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="290" />
        <source>Counting each urgent ticket %1 times in the loss pushed its probabilities up: at 0.5 the model misses %2 of %3 urgent tickets and costs %4 per ticket, against %5 for calling every ticket normal. Accuracy is %6: more false alarms, and far fewer expensive misses.</source>
        <extracomment>%1 the weight of an urgent ticket, %2 urgent tickets missed, %3 urgent tickets in all, %4 cost per ticket, %5 the all-normal cost per ticket, %6 accuracy</extracomment>
        <translation>عدُّ كل تذكرة عاجلة %1 مرات في الخسارة رفع احتمالاتها: عند 0.5 يفوّت النموذج %2 من %3 تذكرة عاجلة ويكلّف %4 لكل تذكرة، مقابل %5 عند عدّ كل تذكرة عادية. الدقة %6: إنذارات كاذبة أكثر، وتفويتات مكلفة أقل بكثير.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="300" />
        <source>The threshold of least cost on the held-out tickets is %1 (for well-calibrated probabilities the costs imply %2). On the test tickets the model then misses %3 of %4 urgent tickets and costs %5 per ticket, against %6 for calling every ticket normal; accuracy is %7. The loss stayed a proper loss for probabilities, and the costs decided only the threshold.</source>
        <extracomment>%1 the chosen threshold, %2 the threshold the costs imply, %3 urgent tickets missed, %4 urgent tickets in all, %5 cost per ticket, %6 the all-normal cost per ticket, %7 accuracy</extracomment>
        <translation>عتبة أقل تكلفة على التذاكر المحجوزة هي %1 (وللاحتمالات المعايَرة جيدًا تقتضي التكاليف %2). على تذاكر الاختبار يفوّت النموذج حينئذٍ %3 من %4 تذكرة عاجلة ويكلّف %5 لكل تذكرة، مقابل %6 عند عدّ كل تذكرة عادية؛ والدقة %7. بقيت الخسارة خسارةً سليمة للاحتمالات، ولم تحدّد التكاليف إلا العتبة.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="316" />
        <source>Bar chart of accuracy: training %1, validation %2, production after the staffing change %3.</source>
        <extracomment>%1 training, %2 validation, %3 production accuracy</extracomment>
        <translation>مخطط أعمدة للدقة: التدريب %1، والتحقق %2، والإنتاج بعد تغيير المناوبات %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="326" />
        <source>%1 (%2, %3)</source>
        <extracomment>one weight in a list: %1 the feature, %2 its group, %3 the weight</extracomment>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="329" />
        <source>The largest weights, largest first (positive means urgent): %1.</source>
        <extracomment>%1 the weights as a list; a positive weight pushes towards urgent</extracomment>
        <translation>أكبر الأوزان، من الأكبر إلى الأصغر (الموجب يعني عاجلة): %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="339" />
        <source>%1 %2 points</source>
        <extracomment>one group in a list: %1 the group, %2 percentage points of accuracy lost</extracomment>
        <translation>%1 %2 نقطة</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="341" />
        <source>Bar chart of the accuracy lost when each feature group is shuffled: %1.</source>
        <extracomment>%1 the groups as a list</extracomment>
        <translation>مخطط أعمدة للدقة المفقودة حين تُخلط كل مجموعة خصائص عشوائيًا: %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="348" />
        <source>Confusion matrix: %1 urgent tickets flagged, %2 urgent tickets missed, %3 false alarms, %4 normal tickets left alone.</source>
        <extracomment>%1 urgent flagged, %2 urgent missed, %3 false alarms, %4 normal left alone</extracomment>
        <translation>مصفوفة الالتباس: %1 تذكرة عاجلة وُسِمت، و%2 تذكرة عاجلة فاتت، و%3 إنذارات كاذبة، و%4 تذكرة عادية تُركت وشأنها.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="360" />
        <source>%1: validation %2, production %3</source>
        <extracomment>one method in a list: %1 the method, %2 validation accuracy, %3 production accuracy</extracomment>
        <translation>%1: التحقق %2، والإنتاج %3</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="364" />
        <source>Bar chart of validation beside production accuracy: %1. Chance is %2.</source>
        <extracomment>%1 the methods as a list, %2 chance</extracomment>
        <translation>مخطط أعمدة للتحقق بجانب دقة الإنتاج: %1. مستوى الصدفة %2.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsExplanations.cpp" line="380" />
        <source>Line chart of the cost per ticket against the threshold on the held-out tickets: %1 at threshold %2, %3 at %4; the least, %5, at %6. The point shown: threshold %7, cost %8.</source>
        <extracomment>%1 cost at the lowest threshold %2, %3 cost at the highest threshold %4, %5 the least cost at threshold %6, %7 the threshold shown, %8 its cost</extracomment>
        <translation>مخطط خطي للتكلفة لكل تذكرة مقابل العتبة على التذاكر المحجوزة: %1 عند العتبة %2، و%3 عند %4؛ وأقلها %5 عند %6. النقطة المعروضة: العتبة %7، والتكلفة %8.</translation>
    </message>
</context>
<context>
    <name>loopwise::AssumptionsLabSettings</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsLabSettings.cpp" line="279" />
        <source>"%1" is not a setting of the %2 experiment.</source>
        <extracomment>%1 a key of the link, %2 the experiment's name in the link (shortcut, validation, cost)</extracomment>
        <translation>"%1" ليس إعدادًا لتجربة %2.</translation>
    </message>
</context>
<context>
    <name>loopwise::AssumptionsQuestions</name>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="30" />
        <source>Production will be about as good as validation (within 5 points).</source>
        <translation>سيكون الإنتاج بجودة التحقق تقريبًا (في حدود 5 نقاط).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="32" />
        <source>Production will be well below validation.</source>
        <translation>سيكون الإنتاج أدنى من التحقق بكثير.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="33" />
        <source>Production will be well above validation.</source>
        <translation>سيكون الإنتاج أعلى من التحقق بكثير.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="37" />
        <source>Validation will be within 5 points of production.</source>
        <translation>سيكون التحقق في حدود 5 نقاط من الإنتاج.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="39" />
        <source>Validation will be well above production: it flatters the model.</source>
        <translation>سيكون التحقق أعلى من الإنتاج بكثير: إنه يجامل النموذج.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="41" />
        <source>Validation will be well below production.</source>
        <translation>سيكون التحقق أدنى من الإنتاج بكثير.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="45" />
        <source>The cost per ticket will be at most half of what calling every ticket normal costs.</source>
        <translation>ستكون التكلفة لكل تذكرة نصف تكلفة عدّ كل تذكرة عادية على الأكثر.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="48" />
        <source>The cost per ticket will stay above half of what calling every ticket normal costs.</source>
        <translation>ستبقى التكلفة لكل تذكرة فوق نصف تكلفة عدّ كل تذكرة عادية.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="131" />
        <source>Validation (%1) and production (%2) agreed in your run. Why?</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation>اتفق التحقق (%1) والإنتاج (%2) في تجربتك. لماذا؟</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="132" />
        <source>The validation tickets were like production ones: newer, or from agents the model never saw.</source>
        <translation>كانت تذاكر التحقق مثل تذاكر الإنتاج: أحدث، أو من موظفين لم يرهم النموذج قط.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="133" />
        <source>The model could no longer see who wrote a ticket, only what it says.</source>
        <translation>لم يعد النموذج يرى مَن كتب التذكرة، بل ما تقوله فقط.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="134" />
        <source>The model trained for more steps.</source>
        <translation>تدرّب النموذج خطوات أكثر.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="136" />
        <source>Right: a split that keeps the newest tickets or unseen writers apart asks the question production will ask.</source>
        <translation>صحيح: التقسيم الذي يُبقي أحدث التذاكر أو الكتّاب غير المرئيين جانبًا يطرح السؤال نفسه الذي سيطرحه الإنتاج.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="138" />
        <source>Not in this run: the split was random. Look at what the model was allowed to see.</source>
        <translation>ليس في هذه التجربة: كان التقسيم عشوائيًا. انظر إلى ما سُمح للنموذج برؤيته.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="139" />
        <source>Not in this run: the style features were there. Look at how validation was chosen.</source>
        <translation>ليس في هذه التجربة: كانت خصائص الأسلوب موجودة. انظر إلى طريقة اختيار التحقق.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="140" />
        <source>Right: without the style features the shortcut is gone, so what holds in validation holds after the change too.</source>
        <translation>صحيح: من دون خصائص الأسلوب يختفي الطريق المختصر، فما يصحّ في التحقق يصحّ بعد التغيير أيضًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="142" />
        <source>No: every run trains the same number of steps. The difference lies in the data the model and its check were given.</source>
        <translation>لا: كل تجربة تتدرّب العدد نفسه من الخطوات. الفرق يكمن في البيانات التي أُعطيت للنموذج ولفحصه.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="147" />
        <source>Your model scored %1 in validation and %2 in production. Which check would have warned you before production?</source>
        <extracomment>%1 validation accuracy, %2 production accuracy</extracomment>
        <translation>حصل نموذجك على %1 في التحقق و%2 في الإنتاج. أيّ فحص كان سيحذّرك قبل الإنتاج؟</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="150" />
        <source>Validate on the newest tickets (a split by time).</source>
        <translation>التحقق على أحدث التذاكر (تقسيم بحسب الوقت).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="151" />
        <source>Validate on a larger random share of the history.</source>
        <translation>التحقق على حصة عشوائية أكبر من السجلّ.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="152" />
        <source>Look at the training accuracy as well.</source>
        <translation>النظر إلى دقة التدريب أيضًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="154" />
        <source>Right: the newest tickets come from after the staffing change, like production, so the shortcut stops working in validation too.</source>
        <translation>صحيح: أحدث التذاكر جاءت بعد تغيير المناوبات، مثل الإنتاج، فيتوقف الطريق المختصر عن العمل في التحقق أيضًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="156" />
        <source>No: a larger random share is drawn from the same months, with the same shortcut, so it flatters the model just as much.</source>
        <translation>لا: الحصة العشوائية الأكبر مأخوذة من الأشهر نفسها، وفيها الطريق المختصر نفسه، فهي تجامل النموذج بالقدر نفسه.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="158" />
        <source>No: training accuracy is measured on the very tickets the shortcut was learned from.</source>
        <translation>لا: دقة التدريب تُقاس على التذاكر نفسها التي تعلّم منها النموذج الطريق المختصر.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="166" />
        <source>In your run validation said %1, fresh cases gave %2 and chance is %3. What does that tell you about this validation?</source>
        <extracomment>%1 validation accuracy, %2 production accuracy, %3 chance</extracomment>
        <translation>في تجربتك قال التحقق %1، وأعطت الحالات الجديدة %2، ومستوى الصدفة %3. ماذا يخبرك ذلك عن هذا التحقق؟</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="169" />
        <source>It was kept apart from training: it estimates production fairly.</source>
        <translation>بقي بمعزل عن التدريب: إنه يقدّر الإنتاج بإنصاف.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="170" />
        <source>It was not separate from training: it flatters the model.</source>
        <translation>لم يكن منفصلًا عن التدريب: إنه يجامل النموذج.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="171" />
        <source>Nothing: validation and production measure different things.</source>
        <translation>لا شيء: التحقق والإنتاج يقيسان أشياء مختلفة.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="173" />
        <source>Look again: validation is well above what the model does on fresh cases.</source>
        <translation>انظر مجددًا: التحقق أعلى بكثير مما يحقّقه النموذج على الحالات الجديدة.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="174" />
        <source>Right: validation and fresh cases agree within 5 points.</source>
        <translation>صحيح: التحقق والحالات الجديدة متفقان في حدود 5 نقاط.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="175" />
        <source>Right: the model had seen the validation rows, their copies or their influence on the chosen features before it was scored.</source>
        <translation>صحيح: كان النموذج قد رأى صفوف التحقق، أو نُسخها، أو أثرها في الخصائص المختارة، قبل تقييمه.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="177" />
        <source>Look again: validation and fresh cases agree within 5 points.</source>
        <translation>انظر مجددًا: التحقق والحالات الجديدة متفقان في حدود 5 نقاط.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="178" />
        <source>No: both measure accuracy on cases; validation is meant to predict production.</source>
        <translation>لا: كلاهما يقيس الدقة على حالات؛ والتحقق غرضه التنبؤ بالإنتاج.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="185" />
        <source>On the test tickets your model is %1 accurate and costs %2 per ticket; calling every ticket normal is %3 accurate and costs %4. Which figure should decide what you deploy?</source>
        <extracomment>%1 accuracy, %2 cost per ticket, %3 the all-normal accuracy, %4 its cost per ticket</extracomment>
        <translation>على تذاكر الاختبار تبلغ دقة نموذجك %1 ويكلّف %2 لكل تذكرة؛ أما عدّ كل تذكرة عادية فدقته %3 وتكلفته %4. أيّ رقم ينبغي أن يحسم ما تنشره؟</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="189" />
        <source>The cost per ticket.</source>
        <translation>التكلفة لكل تذكرة.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="189" />
        <source>The accuracy.</source>
        <translation>الدقة.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="189" />
        <source>The training loss.</source>
        <translation>خسارة التدريب.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="191" />
        <source>Right: a miss costs %1 times a false alarm here, and only the cost weighs them that way.</source>
        <extracomment>%1 how many false alarms one miss is worth</extracomment>
        <translation>صحيح: التفويت هنا يكلّف %1 أضعاف الإنذار الكاذب، ولا شيء غير التكلفة يزنهما على هذا النحو.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="193" />
        <source>No: accuracy counts a missed urgent ticket the same as a needless alarm, so calling everything normal already scores well.</source>
        <translation>لا: الدقة تعدّ التذكرة العاجلة الفائتة مثل الإنذار الذي لا داعي له، فعدُّ كل شيء عاديًا يحصل أصلًا على درجة جيدة.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/AssumptionsQuestions.cpp" line="195" />
        <source>No: the loss is how the model learns probabilities; the decision is judged by what its mistakes cost.</source>
        <translation>لا: الخسارة هي الطريقة التي يتعلّم بها النموذج الاحتمالات؛ أما القرار فيُحكم عليه بما تكلّفه أخطاؤه.</translation>
    </message>
</context>
<context>
    <name>loopwise::CostLab</name>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="103" />
        <source>There is no repair "%1": choose none, class-weights or cost-threshold.</source>
        <extracomment>%1 what the learner asked for</extracomment>
        <translation>لا يوجد إصلاح "%1": اختر none أو class-weights أو cost-threshold.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="181" />
        <source>This model (threshold %1)</source>
        <extracomment>the trained model on the test tickets; %1 its threshold</extracomment>
        <translation>هذا النموذج (العتبة %1)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="182" />
        <source>Calling every ticket normal</source>
        <translation>عدّ كل تذكرة عادية</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="229" />
        <source>Costs: a missed urgent ticket %1, a false alarm %2</source>
        <extracomment>%1 the cost of a missed urgent ticket, %2 of a false alarm</extracomment>
        <translation>التكاليف: تذكرة عاجلة فائتة %1، وإنذار كاذب %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="232" />
        <source>Repair: %1</source>
        <extracomment>%1 the repair chosen (none, class weights, threshold chosen by cost)</extracomment>
        <translation>الإصلاح: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="240" />
        <source>Threshold: %1</source>
        <translation>العتبة: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="241" />
        <source>Test accuracy: %1</source>
        <translation>دقة الاختبار: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="242" />
        <source>Test cost per ticket: %1</source>
        <translation>تكلفة الاختبار لكل تذكرة: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="244" />
        <source>Urgent tickets missed: %1 of %2</source>
        <extracomment>%1 urgent tickets missed on the test set, %2 urgent tickets in all</extracomment>
        <translation>التذاكر العاجلة الفائتة: %1 من %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/CostLab.cpp" line="248" />
        <source>Calling every ticket normal: accuracy %1, cost per ticket %2</source>
        <extracomment>%1 accuracy, %2 cost per ticket when every ticket is called normal</extracomment>
        <translation>عدّ كل تذكرة عادية: الدقة %1، والتكلفة لكل تذكرة %2</translation>
    </message>
</context>
<context>
    <name>loopwise::EngineErrorText</name>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="29" />
        <source>Learning rate</source>
        <extracomment>The name of a training setting, quoted in a sentence such as: "Learning rate" must be between 0.0001 and 10, not 20.</extracomment>
        <translation>معدل التعلم</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="32" />
        <source>Momentum</source>
        <extracomment>The name of a training setting (the momentum optimizer's factor), quoted in a sentence.</extracomment>
        <translation>الزخم</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="35" />
        <source>Adam's betas</source>
        <extracomment>The name of a training setting (the Adam optimizer's decay rates beta1 and beta2), quoted in a sentence.</extracomment>
        <translation>معاملا بيتا في Adam</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="38" />
        <source>Adam's epsilon</source>
        <extracomment>The name of a training setting (the Adam optimizer's small constant), quoted in a sentence.</extracomment>
        <translation>إبسيلون في Adam</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="41" />
        <source>Regularization rate</source>
        <extracomment>The name of a training setting, quoted in a sentence.</extracomment>
        <translation>معدل التنظيم</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="44" />
        <source>Batch size</source>
        <extracomment>The name of a training setting (examples per training step), quoted in a sentence.</extracomment>
        <translation>حجم الدفعة</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="47" />
        <source>Divergence factor</source>
        <extracomment>The name of a training setting (how many times the first loss counts as diverged), quoted in a sentence.</extracomment>
        <translation>معامل التباعد</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="50" />
        <source>Number of points</source>
        <extracomment>The name of a training setting (how many points the data has), quoted in a sentence.</extracomment>
        <translation>عدد النقاط</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="53" />
        <source>Noise</source>
        <extracomment>The name of a training setting (how noisy the data is), quoted in a sentence.</extracomment>
        <translation>الضوضاء</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="56" />
        <source>Training share</source>
        <extracomment>The name of a training setting (the share of the points used for training), quoted in a sentence.</extracomment>
        <translation>حصة التدريب</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="59" />
        <source>Validation share</source>
        <extracomment>The name of a training setting (the share of the points held out for validation), quoted in a sentence.</extracomment>
        <translation>حصة التحقق</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="62" />
        <source>Degree</source>
        <extracomment>The name of a training setting (the degree of a polynomial model), quoted in a sentence.</extracomment>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="65" />
        <source>Inputs</source>
        <extracomment>The name of a training setting (the input features x1, x2, ...), quoted in a sentence.</extracomment>
        <translation>المُدخلات</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="68" />
        <source>Number of inputs</source>
        <extracomment>The name of a training setting (how many inputs a network has), quoted in a sentence.</extracomment>
        <translation>عدد المُدخلات</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="71" />
        <source>Number of layers</source>
        <extracomment>The name of a training setting (how many layers a network has, hidden and output), quoted in a sentence.</extracomment>
        <translation>عدد الطبقات</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="74" />
        <source>Units</source>
        <extracomment>The name of a training setting (how many units a layer has), quoted in a sentence.</extracomment>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="77" />
        <source>Activation</source>
        <extracomment>The name of a training setting (a layer's activation function), quoted in a sentence.</extracomment>
        <translation>دالة التنشيط</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="80" />
        <source>Loss</source>
        <extracomment>The name of a training setting (the loss function), quoted in a sentence.</extracomment>
        <translation>الخسارة</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="83" />
        <source>Output units</source>
        <extracomment>The name of a training setting (how many units the output layer has), quoted in a sentence.</extracomment>
        <translation>وحدات المخرجات</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="86" />
        <source>Class weights</source>
        <extracomment>The name of a training setting (a weight per class in the loss), quoted in a sentence.</extracomment>
        <translation>أوزان الفئات</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="89" />
        <source>Classes</source>
        <extracomment>The name of a training setting (how many classes the data has), quoted in a sentence.</extracomment>
        <translation>الفئات</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="92" />
        <source>Training set</source>
        <extracomment>The name of a training setting (the points used for training), quoted in a sentence.</extracomment>
        <translation>مجموعة التدريب</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="95" />
        <source>Points</source>
        <extracomment>The name of a training setting (the learner's own points), quoted in a sentence.</extracomment>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="98" />
        <source>Playground protocol</source>
        <extracomment>The name of a training setting (train exactly as TensorFlow Playground does), quoted in a sentence.</extracomment>
        <translation>بروتوكول Playground</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="101" />
        <source>Temperature</source>
        <extracomment>The name of a language model's setting (how random its word choice is), quoted in a sentence.</extracomment>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="104" />
        <source>Maximum tokens</source>
        <extracomment>The name of a language model's setting (the longest answer it may generate, in tokens), quoted in a sentence.</extracomment>
        <translation>الحد الأقصى للرموز</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="107" />
        <source>Experts</source>
        <extracomment>The name of a mixture-of-experts setting (how many expert networks it has), quoted in a sentence.</extracomment>
        <translation>الخبراء</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="110" />
        <source>Experts per input</source>
        <extracomment>The name of a mixture-of-experts setting (how many experts work on each input, "top k"), quoted in a sentence.</extracomment>
        <translation>الخبراء لكل مُدخل</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="114" />
        <source>Balance weight</source>
        <extracomment>The name of a mixture-of-experts setting (the weight of the term that spreads inputs evenly over the experts), quoted in a sentence.</extracomment>
        <translation>وزن الموازنة</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="118" />
        <source>Capacity</source>
        <extracomment>The name of a mixture-of-experts setting (how many inputs an expert may take, as a multiple of an even share), quoted in a sentence.</extracomment>
        <translation>السعة</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="130" />
        <source>Layer %1 must have between %2 and %3 units, not %4.</source>
        <extracomment>%1 is the layer's number (hidden layers first, the output layer last), %2 and %3 the allowed counts, %4 the given one</extracomment>
        <translation>يجب أن تحوي الطبقة %1 بين %2 و%3 وحدة، لا %4.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="137" />
        <source>"%1" must be at least %2, not %3.</source>
        <translation>يجب أن يكون "%1" على الأقل %2، لا %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="139" />
        <source>"%1" must be above %2, not %3.</source>
        <extracomment>%1 is a setting's name, %2 the value it must exceed, %3 the value given</extracomment>
        <translation>يجب أن يكون "%1" أكبر من %2، لا %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="142" />
        <source>"%1" must be between %2 and %3, not %4.</source>
        <extracomment>%1 is a setting's name, %2 and %3 its smallest and largest allowed values, %4 the value given</extracomment>
        <translation>يجب أن يكون "%1" بين %2 و%3، لا %4.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="146" />
        <source>"%1" must be at least %2 and below %3, not %4.</source>
        <extracomment>%1 is a setting's name, %2 its smallest allowed value, %3 the value it must stay below, %4 the value given</extracomment>
        <translation>يجب أن يكون "%1" على الأقل %2 وأقل من %3، لا %4.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="149" />
        <source>"%1" must be above %2 and at most %3, not %4.</source>
        <extracomment>%1 is a setting's name, %2 the value it must exceed, %3 its largest allowed value, %4 the value given</extracomment>
        <translation>يجب أن يكون "%1" أكبر من %2 وعلى الأكثر %3، لا %4.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="157" />
        <source>Choose at least one input.</source>
        <translation>اختر مُدخلًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="159" />
        <source>There are no points.</source>
        <translation>لا توجد نقاط.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="162" />
        <source>No point is left for training: add points or raise the training share.</source>
        <extracomment>The training share of the learner's points rounds down to no point at all</extracomment>
        <translation>لم تبقَ أي نقطة للتدريب: أضِف نقاطًا أو ارفع حصة التدريب.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="165" />
        <source>"%1" is empty.</source>
        <extracomment>%1 is a setting's name</extracomment>
        <translation>"%1" فارغ.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="176" />
        <source>With %1 classes there must be %2 class weights, not %3.</source>
        <extracomment>%1 is the number of classes in the data, %2 the class weights needed, %3 the class weights given</extracomment>
        <translation>مع %1 فئات يجب أن يكون هناك %2 من أوزان الفئات، لا %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="179" />
        <source>With %1 classes the output layer needs %2 units, not %3.</source>
        <extracomment>%1 is the number of classes in the data, %2 the output units needed, %3 the output units the network has</extracomment>
        <translation>مع %1 فئات تحتاج طبقة المخرجات إلى %2 وحدات، لا %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="192" />
        <source>The input %1 is chosen twice.</source>
        <extracomment>%1 is an input feature's name, e.g. x1 or sin x2</extracomment>
        <translation>المُدخل %1 مختار مرتين.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="195" />
        <source>Point %1 must have finite numbers as its coordinates and class.</source>
        <extracomment>%1 is the number of one of the learner's own points</extracomment>
        <translation>يجب أن تكون إحداثيات النقطة %1 وفئتها أعدادًا منتهية.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="198" />
        <source>The class of point %1 must be a whole number from 0 to 99.</source>
        <extracomment>%1 is the number of one of the learner's own points</extracomment>
        <translation>يجب أن تكون فئة النقطة %1 عددًا صحيحًا من 0 إلى 99.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="200" />
        <source>Softmax can only be the activation of an output layer of at least two units.</source>
        <translation>لا تكون Softmax دالة تنشيط إلا لطبقة مخرجات من وحدتين على الأقل.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="202" />
        <source>Binary cross-entropy needs a sigmoid output layer.</source>
        <translation>الإنتروبيا المتقاطعة الثنائية تحتاج إلى طبقة مخرجات sigmoid.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="204" />
        <source>Categorical cross-entropy needs a softmax output layer.</source>
        <translation>الإنتروبيا المتقاطعة الفئوية تحتاج إلى طبقة مخرجات softmax.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="206" />
        <source>A regression has exactly one output.</source>
        <translation>للانحدار مخرج واحد بالضبط.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="208" />
        <source>A regression is trained with the squared error.</source>
        <translation>يُدرَّب الانحدار بالخطأ التربيعي.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="210" />
        <source>Class weights need a classification task.</source>
        <translation>أوزان الفئات تحتاج إلى مهمة تصنيف.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="215" />
        <source>The points must belong to at least two classes.</source>
        <extracomment>The learner's points all have the same class</extracomment>
        <translation>يجب أن تنتمي النقاط إلى فئتين على الأقل.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="218" />
        <source>Playground's protocol trains with the squared error.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation>بروتوكول Playground يدرّب بالخطأ التربيعي.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="221" />
        <source>Playground's protocol trains with plain SGD.</source>
        <extracomment>Playground: TensorFlow Playground; SGD: stochastic gradient descent</extracomment>
        <translation>بروتوكول Playground يدرّب بـSGD البسيط.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="224" />
        <source>Playground's protocol starts from Playground's initial weights.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation>بروتوكول Playground يبدأ من الأوزان الأولية لـPlayground.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="227" />
        <source>Playground's protocol keeps the order of the training set.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation>بروتوكول Playground يحافظ على ترتيب مجموعة التدريب.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="230" />
        <source>Playground's protocol needs a batch no larger than the training set.</source>
        <extracomment>Playground: TensorFlow Playground, whose way of training the lab copies</extracomment>
        <translation>بروتوكول Playground يحتاج إلى دفعة لا تزيد على مجموعة التدريب.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="244" />
        <source>%1 cannot be opened.</source>
        <extracomment>%1 the path of a file the learner picked</extracomment>
        <translation>لا يمكن فتح %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="247" />
        <source>The file has no points: each line needs x1,x2,label.</source>
        <extracomment>x1,x2,label: the CSV header, not to be translated</extracomment>
        <translation>لا نقاط في الملف: كل سطر يحتاج إلى x1,x2,label.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="250" />
        <source>it has %1 fields where x1,x2,label needs 3.</source>
        <extracomment>%1 how many comma-separated fields the line has; x1,x2,label: the CSV header, not to be translated</extracomment>
        <translation>فيه %1 حقول حيث يحتاج x1,x2,label إلى 3.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="253" />
        <source>%1 is empty.</source>
        <extracomment>%1 a column name (x1, x2 or label), not to be translated</extracomment>
        <translation>%1 فارغ.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="256" />
        <source>%1 holds "%2", which is not a number.</source>
        <extracomment>%1 a column name (x1, x2 or label), not to be translated; %2 the text found there</extracomment>
        <translation>يحوي %1 القيمة "%2"، وهي ليست عددًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="259" />
        <source>%1 holds %2, which is far too large.</source>
        <extracomment>%1 a column name (x1, x2 or label), not to be translated; %2 the number found there</extracomment>
        <translation>يحوي %1 القيمة %2، وهي أكبر من اللازم بكثير.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="262" />
        <source>the label %1 is not a class: use 0, 1, 2, ... or -1 and 1.</source>
        <extracomment>%1 the label found; classes are whole numbers 0, 1, 2... (or TensorFlow Playground's -1 and 1)</extracomment>
        <translation>التسمية %1 ليست فئة: استخدم 0، 1، 2، … أو -1 و1.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="266" />
        <source>the label %1 cannot go with the label -1 on line %2: use 0, 1, 2, ... or only -1 and 1.</source>
        <extracomment>%1 the label found; %2 the line number of a label -1. -1 and 1 is TensorFlow Playground's way of naming two classes.</extracomment>
        <translation>لا يمكن أن تجتمع التسمية %1 مع التسمية -1 في السطر %2: استخدم 0، 1، 2، … أو -1 و1 فقط.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="271" />
        <source>The file cannot be read as points.</source>
        <translation>لا يمكن قراءة الملف على أنه نقاط.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="282" />
        <source>Line %1 of the file: %2</source>
        <extracomment>%1 a line number of the learner's CSV file; %2 what is wrong in it, a clause starting in lower case</extracomment>
        <translation>السطر %1 من الملف: %2</translation>
    </message>
    <message>
        <location filename="../models/labs/common/EngineErrorText.cpp" line="292" />
        <source>The training engine cannot use these settings.</source>
        <translation>لا يستطيع محرّك التدريب استخدام هذه الإعدادات.</translation>
    </message>
</context>
<context>
    <name>loopwise::ExpertsExplanations</name>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="26" />
        <source>%1 %</source>
        <extracomment>a percentage, e.g. "42 %"</extracomment>
        <translation>%1٪</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="39" />
        <source>Expert %1</source>
        <extracomment>one of the mixture's expert networks, numbered from 1</extracomment>
        <translation>الخبير %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="54" />
        <source>One expert will end up taking most of the inputs.</source>
        <extracomment>a prediction before training a mixture of experts</extracomment>
        <translation>سينتهي الأمر بخبير واحد يأخذ معظم المُدخلات.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="57" />
        <source>The inputs will stay spread over several experts.</source>
        <extracomment>a prediction before training a mixture of experts</extracomment>
        <translation>ستبقى المُدخلات موزّعة على عدة خبراء.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="74" />
        <source>With one expert the gate has no choice: this is a dense network with a gate in front.</source>
        <translation>مع خبير واحد لا خيار للبوابة: هذه شبكة كثيفة أمامها بوابة.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="77" />
        <source>The experts collapsed: %1 takes %2 of the training inputs first, so the others hardly learn. The balance term (or a capacity per expert) pushes the gate to spread the inputs.</source>
        <extracomment>%1 an expert ("Expert 2"), %2 a percentage</extracomment>
        <translation>انهار الخبراء: %1 يأخذ %2 من مُدخلات التدريب أولًا، فلا يكاد الآخرون يتعلّمون. حدّ الموازنة (أو سعة لكل خبير) يدفع البوابة إلى توزيع المُدخلات.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="82" />
        <source>The gate spread the inputs: the busiest expert, %1, takes %2 of the training inputs first.</source>
        <extracomment>%1 an expert ("Expert 2"), %2 a percentage</extracomment>
        <translation>وزّعت البوابة المُدخلات: أكثر الخبراء انشغالًا، %1، يأخذ %2 من مُدخلات التدريب أولًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="85" />
        <source>The mixture reached %1 test accuracy at %2 multiply-adds per input; the dense network with as many parameters in all reached %3 at %4.</source>
        <extracomment>%1 and %3 accuracies ("91 %"), %2 and %4 multiply-adds per input</extracomment>
        <translation>بلغ المزيج دقة اختبار %1 بـ%2 عملية ضرب وجمع لكل مُدخل؛ وبلغت الشبكة الكثيفة ذات العدد نفسه من المُعامِلات في المجموع %3 بـ%4.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="92" />
        <source>Here the mixture kept up with the large dense network for a fraction of its compute.</source>
        <translation>هنا جارى المزيج الشبكة الكثيفة الكبيرة بجزء صغير من حسابها.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="95" />
        <source>It kept up with the dense network of its active size (%1) but not with the large one: fewer parameters work on each input.</source>
        <extracomment>%1 an accuracy</extracomment>
        <translation>جارى الشبكة الكثيفة التي بحجمه النشط (%1) لكن لا الكبيرة: فعدد أقل من المُعامِلات يعمل على كل مُدخل.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="100" />
        <source>Here even the dense network of its active size did better (%1): routing is one option, not a guarantee.</source>
        <extracomment>%1 an accuracy</extracomment>
        <translation>هنا حتى الشبكة الكثيفة التي بحجمه النشط أدّت أفضل (%1): التوجيه خيار من الخيارات، لا ضمان.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="104" />
        <source>In the last epoch %n routing choice(s) found the expert full and were dropped.</source>
        <translation>
            <numerusform>في الحقبة الأخيرة لم يُسقَط أي اختيار توجيه بسبب امتلاء الخبير.</numerusform>
            <numerusform>في الحقبة الأخيرة وجد اختيار توجيه واحد الخبيرَ ممتلئًا فأُسقِط.</numerusform>
            <numerusform>في الحقبة الأخيرة وجد اختيارا توجيه الخبيرَ ممتلئًا فأُسقِطا.</numerusform>
            <numerusform>في الحقبة الأخيرة وجدت %n اختيارات توجيه الخبيرَ ممتلئًا فأُسقِطت.</numerusform>
            <numerusform>في الحقبة الأخيرة وجد %n اختيار توجيه الخبيرَ ممتلئًا فأُسقِطت.</numerusform>
            <numerusform>في الحقبة الأخيرة وجد %n اختيار توجيه الخبيرَ ممتلئًا فأُسقِطت.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="115" />
        <source>In your run, which expert took the most training inputs as its first choice? Look at the bar under the canvas.</source>
        <translation>في تجربتك، أيّ خبير أخذ أكبر عدد من مُدخلات التدريب بوصفه الاختيار الأول؟ انظر إلى الشريط تحت اللوحة.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="131" />
        <source>Right: %1 took %2 of the training inputs first.</source>
        <extracomment>%1 an expert, %2 a percentage</extracomment>
        <translation>صحيح: أخذ %1 نسبة %2 من مُدخلات التدريب أولًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="133" />
        <source>Not this one: %1 took the most, %2 of the training inputs. The bar under the canvas shows each expert's share.</source>
        <extracomment>%1 an expert, %2 a percentage</extracomment>
        <translation>ليس هذا: %1 أخذ الأكثر، %2 من مُدخلات التدريب. يُظهر الشريط تحت اللوحة حصة كل خبير.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="143" />
        <source>%1 takes %2</source>
        <extracomment>one item of a list, e.g. "Expert 2 takes 40 %"</extracomment>
        <translation>%1 يأخذ %2</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="146" />
        <source>The gate's first choices over the training inputs: %1. Balance figure %2 (1 is even).</source>
        <extracomment>%1 a list of the experts' shares, %2 the balance figure (1 is even)</extracomment>
        <translation>الاختيارات الأولى للبوابة على مُدخلات التدريب: %1. مؤشر الموازنة %2 (1 يعني توزيعًا متساويًا).</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="154" />
        <source>Dataset: %1</source>
        <translation>مجموعة البيانات: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="155" />
        <source>Experts: %1, each input goes to %2</source>
        <translation>الخبراء: %1، وكل مُدخل يذهب إلى %2</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="156" />
        <source>Balance term: on, weight %1</source>
        <translation>حدّ الموازنة: مُفعَّل، بوزن %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="157" />
        <source>Balance term: off</source>
        <translation>حدّ الموازنة: مُعطَّل</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="159" />
        <source>Capacity per expert: %1 × an even share</source>
        <translation>السعة لكل خبير: %1 × حصة متساوية</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="160" />
        <source>Capacity per expert: none</source>
        <translation>السعة لكل خبير: بلا حدّ</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="161" />
        <source>Learning rate: %1</source>
        <translation>معدل التعلم: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="167" />
        <source>Epochs: %1</source>
        <translation>الحقب: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="168" />
        <source>Mixture: %1 test accuracy, %2 multiply-adds per input</source>
        <translation>المزيج: دقة الاختبار %1، و%2 عملية ضرب وجمع لكل مُدخل</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="171" />
        <source>Dense network, same total parameters: %1 test accuracy, %2 multiply-adds per input</source>
        <translation>الشبكة الكثيفة بالعدد الإجمالي نفسه من المُعامِلات: دقة الاختبار %1، و%2 عملية ضرب وجمع لكل مُدخل</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="174" />
        <source>Dense network, same active parameters: %1 test accuracy, %2 multiply-adds per input</source>
        <translation>شبكة كثيفة بالعدد نفسه من المُعامِلات النشطة: دقة الاختبار %1، و%2 عملية ضرب وجمع لكل مُدخَل</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="177" />
        <source>Largest share of one expert: %1</source>
        <translation>أكبر حصة يأخذها خبير واحد: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsExplanations.cpp" line="178" />
        <source>Balance figure: %1 (1 is even)</source>
        <translation>مؤشر التوازن: %1 (1 يعني توزيعًا متساويًا)</translation>
    </message>
</context>
<context>
    <name>loopwise::ExpertsLab</name>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="69" />
        <source>That change cannot be trained: %1</source>
        <extracomment>%1 the engine's reason, e.g. "Experts" must be between 1 and 8, not 9.</extracomment>
        <translation>لا يمكن التدريب بهذا التغيير: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="122" />
        <source>This lab has no dataset "%1".</source>
        <extracomment>%1 what was asked for</extracomment>
        <translation>لا توجد في هذا المختبر مجموعة بيانات "%1".</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="154" />
        <source>The experts cannot use the activation "%1".</source>
        <extracomment>%1 what was asked for</extracomment>
        <translation>لا يستطيع الخبراء استخدام دالة التنشيط "%1".</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="184" />
        <source>Circle</source>
        <extracomment>a dataset: two classes in a ring</extracomment>
        <translation>دائرة</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="188" />
        <source>Exclusive or</source>
        <extracomment>a dataset: four quadrants, opposite ones the same class</extracomment>
        <translation>أو الحصرية</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="192" />
        <source>Two clusters</source>
        <extracomment>a dataset: two Gaussian clusters</extracomment>
        <translation>عنقودان</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="196" />
        <source>Spiral</source>
        <extracomment>a dataset: two interleaved spirals</extracomment>
        <translation>حلزون</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="200" />
        <source>Moons</source>
        <extracomment>a dataset: two interleaving half circles</extracomment>
        <translation>هلالان</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="203" />
        <source>Three clusters</source>
        <translation>ثلاثة عناقيد</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="206" />
        <source>Four clusters</source>
        <translation>أربعة عناقيد</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="219" />
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="219" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="220" />
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="220" />
        <source>Linear</source>
        <translation>خطية</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="230" />
        <source>Watch the experts collapse</source>
        <translation>شاهِد انهيار الخبراء</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="231" />
        <source>The balance term spreads them</source>
        <translation>حدّ التوازن يوزّع المُدخَلات بينهم</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="232" />
        <source>Four experts on the spiral</source>
        <translation>أربعة خبراء على الحلزون</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="248" />
        <source>There is no preset "%1".</source>
        <extracomment>%1 what was asked for</extracomment>
        <translation>لا يوجد إعداد جاهز "%1".</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="297" />
        <source>%1: %2</source>
        <extracomment>%1 an expert ("Expert 2"), %2 a percentage of the training inputs</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="315" />
        <source>Balance figure: %1 (1 is perfectly even; the number of experts means one takes everything)</source>
        <extracomment>%1 the balance figure E * sum f_i P_i, e.g. "1.42"</extracomment>
        <translation>مؤشر التوازن: %1 (1 يعني توزيعًا متساويًا تمامًا؛ وبلوغه عدد الخبراء يعني أن خبيرًا واحدًا يأخذ كل شيء)</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="322" />
        <source>No capacity limit: every input reaches its experts.</source>
        <translation>لا حدّ للسعة: يصل كل مُدخَل إلى خبرائه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="323" />
        <source>Dropped for capacity in the last epoch: %n routing choice(s).</source>
        <translation>
            <numerusform>لم يُسقَط في الحقبة الأخيرة أي توجيه بسبب حدّ السعة.</numerusform>
            <numerusform>المُسقَط بسبب حدّ السعة في الحقبة الأخيرة: توجيه واحد.</numerusform>
            <numerusform>المُسقَط بسبب حدّ السعة في الحقبة الأخيرة: توجيهان.</numerusform>
            <numerusform>المُسقَط بسبب حدّ السعة في الحقبة الأخيرة: %n توجيهات.</numerusform>
            <numerusform>المُسقَط بسبب حدّ السعة في الحقبة الأخيرة: %n توجيهًا.</numerusform>
            <numerusform>المُسقَط بسبب حدّ السعة في الحقبة الأخيرة: %n توجيه.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="339" />
        <source>%1 of %2</source>
        <extracomment>parameters of a model: %1 active on each input, %2 in all</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="343" />
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="505" />
        <source>Mixture of experts</source>
        <translation>مزيج الخبراء</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="344" />
        <source>Dense, same total parameters</source>
        <translation>كثيفة، بالعدد الكلي نفسه من المُعامِلات</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="345" />
        <source>Dense, same active parameters</source>
        <translation>كثيفة، بالعدد نفسه من المُعامِلات النشطة</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="357" />
        <source>Epoch %1</source>
        <extracomment>%1 the number of epochs trained</extracomment>
        <translation>الحقبة %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="362" />
        <source>A mixture of experts is one design option among several, not a guarantee of better results.</source>
        <translation>مزيج الخبراء خيار تصميمي واحد من بين خيارات عدة، وليس ضمانة لنتائج أفضل.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="481" />
        <source>Your prediction matched what happened.</source>
        <translation>تطابق توقّعك مع ما حدث.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="482" />
        <source>What happened was different from your prediction: look at the bar of each expert's share.</source>
        <translation>ما حدث اختلف عن توقّعك: انظر إلى شريط حصة كل خبير.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="484" />
        <source>You predicted: %1
What happened: %2
%3</source>
        <extracomment>%1 the learner's prediction, %2 what happened (a sentence), %3 whether they match</extracomment>
        <translation>توقّعت: %1
ما حدث: %2
%3</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="502" />
        <source>Train first: a finished run can be saved.</source>
        <translation>درّب أولًا: يمكن حفظ التجربة بعد اكتمالها.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="515" />
        <source>The run could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation>تعذّر حفظ التجربة: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLab.cpp" line="518" />
        <source>Saved "%1".</source>
        <extracomment>%1 the name of the saved run</extracomment>
        <translation>حُفظت "%1".</translation>
    </message>
</context>
<context>
    <name>loopwise::ExpertsLabSettings</name>
    <message>
        <location filename="../models/labs/experts/ExpertsLabSettings.cpp" line="130" />
        <source>hidden must list 1 to %1 layers of units, e.g. "8,8", not "%2".</source>
        <translation>يجب أن يذكر hidden عدد الوحدات في 1 إلى %1 طبقات، مثل "8,8"، لا "%2".</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLabSettings.cpp" line="155" />
        <source>"%1" is not a setting of this lab.</source>
        <translation>"%1" ليس إعدادًا لهذا المختبر.</translation>
    </message>
    <message>
        <location filename="../models/labs/experts/ExpertsLabSettings.cpp" line="162" />
        <source>k must be at most the number of experts (%1), not %2.</source>
        <translation>يجب ألّا يتجاوز k عدد الخبراء (%1)، وهو الآن %2.</translation>
    </message>
</context>
<context>
    <name>loopwise::Exporters</name>
    <message>
        <location filename="../models/store/Exporters.cpp" line="147" />
        <source>Decision note</source>
        <translation>ملاحظة القرار</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="149" />
        <source>Model note</source>
        <translation>ملاحظة النموذج</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="150" />
        <location filename="../models/store/Exporters.cpp" line="156" />
        <source>Reflection</source>
        <translation>تأمّل</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="158" />
        <source>Assumption</source>
        <translation>الافتراض</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="160" />
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="162" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="164" />
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="166" />
        <source>Cost of failure</source>
        <translation>تكلفة الإخفاق</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="168" />
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="170" />
        <source>Key risks</source>
        <translation>المخاطر الرئيسية</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="171" />
        <source>Rollback plan</source>
        <translation>خطة التراجع</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="178" />
        <source>(empty)</source>
        <extracomment>Shown in an exported note for a field the learner left empty.</extracomment>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="192" />
        <source>%1 · saved %2</source>
        <translation>%1 · حُفظت %2</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="196" />
        <source>%1 · not saved yet</source>
        <extracomment>%1 is the learner's profile name.</extracomment>
        <translation>%1 · لم تُحفظ بعد</translation>
    </message>
    <message>
        <location filename="../models/store/Exporters.cpp" line="202" />
        <source>Evidence charts</source>
        <extracomment>Heading in an exported decision note above the charts of the lab runs attached as evidence</extracomment>
        <translation>رسوم الأدلة</translation>
    </message>
</context>
<context>
    <name>loopwise::LabController</name>
    <message>
        <location filename="../models/labs/common/LabController.cpp" line="69" />
        <source>That link cannot be used: %1</source>
        <extracomment>%1 what is wrong with a pasted lab link, one sentence per problem</extracomment>
        <translation>لا يمكن استخدام هذا الرابط: %1</translation>
    </message>
</context>
<context>
    <name>loopwise::LabEvidence</name>
    <message>
        <location filename="../models/labs/common/LabEvidence.cpp" line="54" />
        <source>The run is being attached…</source>
        <translation>تُرفَق التجربة الآن…</translation>
    </message>
    <message>
        <location filename="../models/labs/common/LabEvidence.cpp" line="57" />
        <source>Train the model first: there is no run to attach yet.</source>
        <extracomment>why "Attach to my decision note" cannot be pressed yet</extracomment>
        <translation>درّب النموذج أولًا: لا توجد تجربة لإرفاقها بعد.</translation>
    </message>
    <message>
        <location filename="../models/labs/common/LabEvidence.cpp" line="111" />
        <source>Added to your decision note's evidence.</source>
        <extracomment>the confirmation after "Attach to my decision note"</extracomment>
        <translation>أُضيفت إلى أدلة ملاحظة قرارك.</translation>
    </message>
</context>
<context>
    <name>loopwise::LabRegistry</name>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="19" />
        <source>Build a neural network</source>
        <translation>ابنِ شبكة عصبية</translation>
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="22" />
        <source>See how models learn</source>
        <translation>شاهد كيف تتعلّم النماذج</translation>
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="25" />
        <source>Compare prompt strategies</source>
        <translation>قارن استراتيجيات الموجِّهات</translation>
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="28" />
        <source>Check the assumptions</source>
        <translation>افحص الافتراضات</translation>
    </message>
    <message>
        <location filename="../models/labs/common/Labs.cpp" line="31" />
        <source>Mixture of experts</source>
        <translation>مزيج الخبراء</translation>
    </message>
</context>
<context>
    <name>loopwise::LabSpeed</name>
    <message>
        <location filename="../models/labs/common/LabSpeed.cpp" line="30" />
        <source>Full speed</source>
        <extracomment>training speed: as many epochs as the computer manages</extracomment>
        <translation>السرعة القصوى</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/common/LabSpeed.cpp" line="32" />
        <source>%n per frame</source>
        <extracomment>training speed: %n epochs trained between two pictures on the screen</extracomment>
        <translation>
            <numerusform>لا حقب في الإطار</numerusform>
            <numerusform>حقبة واحدة في الإطار</numerusform>
            <numerusform>حقبتان في الإطار</numerusform>
            <numerusform>%n حقب في الإطار</numerusform>
            <numerusform>%n حقبة في الإطار</numerusform>
            <numerusform>%n حقبة في الإطار</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopwise::LearningLab</name>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="11" />
        <source>Model: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the kind of model</extracomment>
        <translation>النموذج: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="14" />
        <source>Degree: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the degree of the fitted curve</extracomment>
        <translation>الدرجة: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="15" />
        <source>Learning rate: %1</source>
        <translation>معدل التعلم: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="17" />
        <source>Points: %1</source>
        <extracomment>a setting of a run in the decision note; %1 a number of rows</extracomment>
        <translation>النقاط: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="17" />
        <source>Noise: %1 %</source>
        <translation>الضوضاء: %1٪</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="19" />
        <source>Batch size: %1</source>
        <extracomment>a setting of a run in the decision note; %1 "All training rows" or a number</extracomment>
        <translation>حجم الدفعة: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="22" />
        <source>Preset: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the name of a preset, e.g. "Overfitting"</extracomment>
        <translation>الإعداد الجاهز: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="24" />
        <source>Epochs: %1</source>
        <translation>الحقب: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="28" />
        <source>%1: %2 (baseline: %3)</source>
        <extracomment>a result of a run in the decision note: %1 e.g. "Validation loss", %2 the model's figure, %3 the baseline's</extracomment>
        <translation>%1: %2 (خط الأساس: %3)</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningEvidence.cpp" line="34" />
        <source>Outcome: %1</source>
        <extracomment>the lab's verdict on the run, e.g. "Overfitting"</extracomment>
        <translation>النتيجة: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="40" />
        <source>It is still learning: more epochs will lower the loss further.</source>
        <translation>ما زال يتعلّم: مزيد من الحقب سيخفض الخسارة أكثر.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="42" />
        <source>It has learned what the data allows: more epochs will not help.</source>
        <translation>تعلّم ما تسمح به البيانات: مزيد من الحقب لن يفيد.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="44" />
        <source>The model is too simple for the pattern: it underfits.</source>
        <translation>النموذج أبسط من النمط: إنه يعاني نقص التخصيص.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="46" />
        <source>It is memorising the noise of its training points: it overfits.</source>
        <translation>إنه يحفظ ضوضاء نقاط تدريبه: إنه يعاني فرط التخصيص.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="48" />
        <source>The learning rate is too low: it learns, but crawls.</source>
        <translation>معدل التعلم منخفض جدًا: يتعلّم، لكنه يزحف.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="50" />
        <source>The learning rate is too high: each step overshoots back and forth.</source>
        <translation>معدل التعلم مرتفع جدًا: كل خطوة تتجاوز الهدف ذهابًا وإيابًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="52" />
        <source>The learning rate is far too high: the steps overshoot further and further until training collapses.</source>
        <translation>معدل التعلم مرتفع أكثر مما ينبغي بكثير: تتجاوز الخطوات الهدف أكثر فأكثر حتى ينهار التدريب.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="78" />
        <source>Validation loss rose after epoch %1 (from %2 to %3) while training loss fell to %4: what is happening?</source>
        <extracomment>%1 epoch, %2 and %3 validation losses, %4 training loss</extracomment>
        <translation>ارتفعت خسارة التحقق بعد الحقبة %1 (من %2 إلى %3) بينما انخفضت خسارة التدريب إلى %4: ماذا يحدث؟</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="87" />
        <source>In epoch %1 a step made the loss explode and training stopped; the loss had reached %2 (it started at %3). What is happening?</source>
        <extracomment>%1 epoch, %2 the highest training loss, %3 the loss before training</extracomment>
        <translation>في الحقبة %1 جعلت خطوةٌ الخسارةَ تنفجر فتوقف التدريب؛ كانت الخسارة قد بلغت %2 (وبدأت عند %3). ماذا يحدث؟</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="97" />
        <source>Over the last %1 epochs the training loss went up and down between %2 and %3: what is happening?</source>
        <translation>خلال آخر %1 حقبة صعدت خسارة التدريب وهبطت بين %2 و%3: ماذا يحدث؟</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="104" />
        <source>After %1 epochs the training loss has levelled off at %2, far above the noise floor of %3: what is happening?</source>
        <extracomment>%3 is the noise floor: the loss no model beats on fresh data</extracomment>
        <translation>بعد %1 حقبة استقرت خسارة التدريب عند %2، فوق حدّ الضوضاء %3 بكثير: ماذا يحدث؟</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="109" />
        <source>In %1 epochs the training loss fell only from %2 to %3, slowly but steadily: what is happening?</source>
        <translation>في %1 حقبة لم تنخفض خسارة التدريب إلا من %2 إلى %3، ببطء ولكن بثبات: ماذا يحدث؟</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="114" />
        <source>After %1 epochs the training loss has levelled off at %2, close to the noise floor of %3: what is happening?</source>
        <translation>بعد %1 حقبة استقرت خسارة التدريب عند %2، قريبًا من حدّ الضوضاء %3: ماذا يحدث؟</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="119" />
        <source>After %1 epochs the training loss is still falling fast (from %2 to %3): what is happening?</source>
        <translation>بعد %1 حقبة ما زالت خسارة التدريب تنخفض بسرعة (من %2 إلى %3): ماذا يحدث؟</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="173" />
        <source>The model beats the baseline on validation data.</source>
        <translation>يتفوّق النموذج على خط الأساس في بيانات التحقق.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="174" />
        <source>The baseline beats the model on validation data.</source>
        <translation>يتفوّق خط الأساس على النموذج في بيانات التحقق.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="175" />
        <source>They are about equal (within 5 %).</source>
        <translation>هما متساويان تقريبًا (في حدود 5٪).</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="177" />
        <source>A model is worth keeping when it beats the baseline on data it did not train on, and this one does.</source>
        <translation>يستحق النموذج الإبقاء عليه حين يتفوّق على خط الأساس في بيانات لم يتدرّب عليها، وهذا النموذج يفعل ذلك.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="179" />
        <source>On data it did not train on, this model does worse than the simple baseline: it is not worth keeping as it is.</source>
        <translation>على بيانات لم يتدرّب عليها، يؤدّي هذا النموذج أسوأ من خط الأساس البسيط: لا يستحق الإبقاء عليه كما هو.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="181" />
        <source>On data it did not train on, the model adds little to the simple baseline.</source>
        <translation>على بيانات لم يتدرّب عليها، لا يضيف النموذج إلا القليل إلى خط الأساس البسيط.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="184" />
        <source>After %1 epochs the model's validation loss is %2; the baseline (%3) has %4. Which is true?</source>
        <extracomment>%1 epochs, %2 the model's validation loss, %3 the baseline's name, %4 its validation loss</extracomment>
        <translation>بعد %1 حقبة خسارة التحقق للنموذج %2؛ ولخط الأساس (%3) %4. أيّ العبارات صحيحة؟</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="198" />
        <source>Both losses fall and settle low: the model learns the pattern.</source>
        <translation>تنخفض الخسارتان وتستقرّان منخفضتين: النموذج يتعلّم النمط.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="201" />
        <source>Training loss keeps falling but validation loss rises: it memorises the noise.</source>
        <translation>تستمر خسارة التدريب في الانخفاض لكن خسارة التحقق ترتفع: إنه يحفظ الضوضاء.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="205" />
        <source>Both losses stop high: the model is too simple.</source>
        <translation>تتوقف الخسارتان عاليتين: النموذج أبسط مما ينبغي.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="208" />
        <source>The losses barely move: the steps are too small.</source>
        <translation>بالكاد تتحرّك الخسارتان: الخطوات أصغر مما ينبغي.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="211" />
        <source>The loss jumps around or blows up: the steps are too big.</source>
        <translation>تقفز الخسارة هنا وهناك أو تنفجر: الخطوات أكبر مما ينبغي.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="228" />
        <source>Not trained yet</source>
        <translation>لم يُدرَّب بعد</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="230" />
        <source>Improving</source>
        <translation>يتحسّن</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="232" />
        <source>Converged</source>
        <translation>تقارب</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="234" />
        <source>Underfitting</source>
        <translation>نقص التخصيص</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="236" />
        <source>Overfitting</source>
        <translation>فرط التخصيص</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="238" />
        <source>Learning rate too low</source>
        <translation>معدل التعلم منخفض جدًا</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="240" />
        <source>Oscillating</source>
        <translation>يتذبذب</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="242" />
        <source>Diverged: training collapsed</source>
        <translation>تباعد: انهار التدريب</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="251" />
        <source>Make a prediction, then press Play, or step one batch round the training loop.</source>
        <translation>توقّع، ثم اضغط «تشغيل»، أو نفّذ دفعة واحدة حول حلقة التدريب.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="253" />
        <source>Both losses are still falling: let it train on.</source>
        <translation>ما زالت الخسارتان تنخفضان: دعه يواصل التدريب.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="255" />
        <source>The loss has levelled off near the noise in the data: this is as good as this model gets, so stop here.</source>
        <translation>استقرت الخسارة قرب الضوضاء في البيانات: هذا أفضل ما يبلغه هذا النموذج، فتوقّف هنا.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="258" />
        <source>The loss has levelled off far above the noise in the data: give the model more capacity (a higher degree).</source>
        <translation>استقرت الخسارة فوق الضوضاء في البيانات بكثير: امنح النموذج سعة أكبر (درجة أعلى).</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="261" />
        <source>Validation loss rises while training loss falls: use more data or a lower degree, or stop at epoch %1, where validation loss was lowest.</source>
        <translation>ترتفع خسارة التحقق بينما تنخفض خسارة التدريب: استخدم بيانات أكثر أو درجة أقل، أو توقّف عند الحقبة %1، حيث كانت خسارة التحقق في أدنى مستوياتها.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="265" />
        <source>The loss falls steadily but very slowly: raise the learning rate.</source>
        <translation>تنخفض الخسارة بثبات ولكن ببطء شديد: ارفع معدل التعلم.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="267" />
        <source>The loss jumps up and down because the steps overshoot: lower the learning rate or use larger batches.</source>
        <translation>تقفز الخسارة صعودًا وهبوطًا لأن الخطوات تتجاوز الهدف: اخفض معدل التعلم أو استخدم دفعات أكبر.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="270" />
        <source>The loss exploded, so training stopped: lower the learning rate a lot, then reset.</source>
        <translation>انفجرت الخسارة فتوقف التدريب: اخفض معدل التعلم كثيرًا، ثم أعِد الضبط.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="278" />
        <source>%n parameters to learn: one coefficient per term of the model</source>
        <extracomment>%n the model's parameters: the coefficients of its terms (1, P1(x), ...), which training learns</extracomment>
        <translation>
            <numerusform>لا مُعامِلات للتعلّم: مُعامِل واحد لكل حدّ من حدود النموذج</numerusform>
            <numerusform>مُعامِل واحد للتعلّم: مُعامِل واحد لكل حدّ من حدود النموذج</numerusform>
            <numerusform>مُعامِلان للتعلّم: مُعامِل واحد لكل حدّ من حدود النموذج</numerusform>
            <numerusform>%n مُعامِلات للتعلّم: مُعامِل واحد لكل حدّ من حدود النموذج</numerusform>
            <numerusform>%n مُعامِلًا للتعلّم: مُعامِل واحد لكل حدّ من حدود النموذج</numerusform>
            <numerusform>%n مُعامِل للتعلّم: مُعامِل واحد لكل حدّ من حدود النموذج</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="312" />
        <source>Right. %1</source>
        <translation>صحيح. %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningExplanations.cpp" line="314" />
        <source>Not quite: the answer is "%1" %2</source>
        <extracomment>%1 the right answer, %2 why</extracomment>
        <translation>ليس تمامًا: الإجابة هي "%1" %2</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="27" />
        <source>%1 %</source>
        <extracomment>a percentage, e.g. "93.5 %"</extracomment>
        <translation>%1٪</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="47" />
        <source>Good fit</source>
        <translation>ملاءمة جيدة</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="48" />
        <source>A degree-5 curve learns the pattern and stops near the noise.</source>
        <translation>منحنى من الدرجة 5 يتعلّم النمط ويتوقف قرب الضوضاء.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="49" />
        <source>Underfit</source>
        <translation>نقص التخصيص</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="50" />
        <source>A straight line cannot follow the curve.</source>
        <translation>لا يستطيع الخط المستقيم أن يتبع المنحنى.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="51" />
        <source>Overfit</source>
        <translation>فرط التخصيص</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="52" />
        <source>Degree 15 on 16 noisy points learns the noise.</source>
        <translation>الدرجة 15 على 16 نقطة مشوّشة تتعلّم الضوضاء.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="53" />
        <source>Rate too high</source>
        <translation>معدل مرتفع جدًا</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="54" />
        <source>Each step overshoots until training collapses.</source>
        <translation>كل خطوة تتجاوز الهدف حتى ينهار التدريب.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="55" />
        <source>Rate too low</source>
        <translation>معدل منخفض جدًا</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="56" />
        <source>Tiny steps: the loss crawls down.</source>
        <translation>خطوات صغيرة جدًا: الخسارة تزحف نزولًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="57" />
        <source>Noisy labels</source>
        <translation>تسميات مشوّشة</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="58" />
        <source>Two classes, 40 % of the labels a coin flip.</source>
        <translation>فئتان، و40٪ من التسميات رمية عملة.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="59" />
        <source>More data cures overfitting</source>
        <translation>المزيد من البيانات يعالج فرط التخصيص</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="60" />
        <source>The overfitting model again, with 1000 points.</source>
        <translation>نموذج فرط التخصيص مرة أخرى، مع 1000 نقطة.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="101" />
        <source>That change cannot be trained: %1</source>
        <translation>لا يمكن التدريب بهذا التغيير: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="134" />
        <source>There is no model "%1": choose curve or classes.</source>
        <translation>لا يوجد نموذج "%1": اختر curve أو classes.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="228" />
        <source>Curve (regression)</source>
        <translation>منحنى (انحدار)</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="230" />
        <source>Two classes (logistic)</source>
        <translation>فئتان (لوجستي)</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="241" />
        <source>All training rows</source>
        <translation>كل صفوف التدريب</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="259" />
        <source>Training data</source>
        <translation>بيانات التدريب</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="259" />
        <source>The batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="259" />
        <source>These rows of the training set go round the loop together.</source>
        <translation>هذه الصفوف من مجموعة التدريب تدور حول الحلقة معًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="260" />
        <source>Predict</source>
        <translation>التوقّع</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="260" />
        <source>The predictions</source>
        <translation>التوقّعات</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="261" />
        <source>The model computes an output for every row with its current parameters.</source>
        <translation>يحسب النموذج مخرجًا لكل صف بمُعامِلاته الحالية.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="262" />
        <source>Loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="262" />
        <source>The loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="263" />
        <source>The loss condenses how far the predictions are from the targets into one number.</source>
        <translation>تختصر الخسارة في رقم واحد مدى بُعد التوقّعات عن الأهداف.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="264" />
        <source>Update</source>
        <translation>التحديث</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="264" />
        <source>Gradient and update</source>
        <translation>التدرّج والتحديث</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="265" />
        <source>The gradient says how the loss changes with each parameter; the update moves each parameter against it, scaled by the learning rate.</source>
        <translation>يقول التدرّج كيف تتغيّر الخسارة مع كل مُعامِل؛ ويحرّك التحديث كل مُعامِل عكسه، مضروبًا في معدل التعلم.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="267" />
        <source>Parameters</source>
        <translation>المُعامِلات</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="267" />
        <source>The new parameters</source>
        <translation>المُعامِلات الجديدة</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="268" />
        <source>The updated parameters are kept and the next batch uses them.</source>
        <translation>تُحفظ المُعامِلات المحدَّثة وتستخدمها الدفعة التالية.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="288" />
        <source>Epoch %1, step %2 of %3</source>
        <extracomment>%1 epoch, %2 the next step in it, %3 steps per epoch</extracomment>
        <translation>الحقبة %1، الخطوة %2 من %3</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="317" />
        <source>Training loss</source>
        <translation>خسارة التدريب</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="318" />
        <source>Validation loss</source>
        <translation>خسارة التحقق</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="321" />
        <source>Training accuracy</source>
        <translation>دقة التدريب</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="322" />
        <source>Validation accuracy</source>
        <translation>دقة التحقق</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="333" />
        <source>always the majority class</source>
        <translation>الفئة الأكثر دائمًا</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="333" />
        <source>always the mean of the training targets</source>
        <extracomment>the baseline of the curve model: a model that always predicts the mean y of the training points</extracomment>
        <translation>دائمًا متوسط أهداف التدريب</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="375" />
        <source>Training has collapsed: reset it to step round the loop again.</source>
        <translation>انهار التدريب: أعِد الضبط لتدور حول الحلقة من جديد.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="393" />
        <source>(%1, %2)</source>
        <extracomment>a point's two inputs</extracomment>
        <translation>(%1، %2)</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="449" />
        <source>Training has collapsed: reset it to train again.</source>
        <translation>انهار التدريب: أعِد الضبط لتدرّب من جديد.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="473" />
        <source>There is no preset "%1".</source>
        <translation>لا يوجد إعداد جاهز "%1".</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="578" />
        <source>Your prediction matched what happened.</source>
        <translation>تطابق توقّعك مع ما حدث.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="579" />
        <source>What happened was different from your prediction: look at the loss curves to see why.</source>
        <translation>ما حدث اختلف عن توقّعك: انظر إلى منحنيات الخسارة لترى السبب.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLab.cpp" line="581" />
        <source>You predicted: %1
What happened: %2.
%3</source>
        <extracomment>%1 the learner's prediction, %2 the status reached (e.g. "Overfitting"), %3 whether they match</extracomment>
        <translation>توقّعت: %1
ما حدث: %2.
%3</translation>
    </message>
</context>
<context>
    <name>loopwise::LearningLabSettings</name>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="99" />
        <source>preset must be one of %1, not "%2".</source>
        <translation>يجب أن يكون preset واحدًا من %1، لا "%2".</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="114" />
        <source>model must be curve or classes, not "%1".</source>
        <translation>يجب أن يكون model هو curve أو classes، لا "%1".</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="141" />
        <source>"%1" is not a setting of this lab.</source>
        <translation>"%1" ليس إعدادًا لهذا المختبر.</translation>
    </message>
    <message>
        <location filename="../models/labs/learning/LearningLabSettings.cpp" line="147" />
        <source>batch must be at most the number of points (%1), not %2.</source>
        <translation>يجب ألا يزيد batch على عدد النقاط (%1)، لا %2.</translation>
    </message>
</context>
<context>
    <name>loopwise::LinkReader</name>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="15" />
        <source>%1 must be a whole number from %2 to %3, not "%4".</source>
        <translation>يجب أن يكون %1 عددًا صحيحًا من %2 إلى %3، لا "%4".</translation>
    </message>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="25" />
        <source>%1 must be a number from %2 to %3, not "%4".</source>
        <translation>يجب أن يكون %1 عددًا من %2 إلى %3، لا "%4".</translation>
    </message>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="35" />
        <source>%1 must be 1 or 0, not "%2".</source>
        <translation>يجب أن يكون %1 إما 1 أو 0، لا "%2".</translation>
    </message>
    <message>
        <location filename="../models/labs/common/LinkReader.cpp" line="41" />
        <source>%1 must be one of %2, not "%3".</source>
        <translation>يجب أن يكون %1 واحدًا من %2، لا "%3".</translation>
    </message>
</context>
<context>
    <name>loopwise::Messages</name>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="27" />
        <source>Loopwise is already running and using the progress folder %1. Close the other Loopwise window, then start Loopwise again.</source>
        <translation>‏Loopwise يعمل بالفعل ويستخدم مجلد التقدّم %1. أغلق نافذة Loopwise الأخرى، ثم شغّل Loopwise من جديد.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="35" />
        <source>Loopwise on the computer %2 has been using the progress folder %1 since %3. This happens when the folder is shared, for example on a network drive. Close Loopwise on %2 and start it again here. If Loopwise is not open there any more, start it here with the option --take-over-lock.</source>
        <extracomment>%1 is a folder path, %2 a computer's network name, %3 a date and time.</extracomment>
        <translation>يستخدم Loopwise على الحاسوب %2 مجلد التقدّم %1 منذ %3. يحدث هذا حين يكون المجلد مشتركًا، على محرّك أقراص شبكي مثلًا. أغلق Loopwise على %2 وشغّله من جديد هنا. وإن لم يعد Loopwise مفتوحًا هناك، فشغّله هنا مع الخيار --take-over-lock.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="45" />
        <source>You asked to take over the progress folder from Loopwise on the computer %1 (in use there since %2). If Loopwise is still open there, close it without saving.</source>
        <extracomment>%1 is a computer's network name, %2 a date and time.</extracomment>
        <translation>طلبتَ الاستيلاء على مجلد التقدّم من Loopwise على الحاسوب %1 (قيد الاستخدام هناك منذ %2). إن كان Loopwise ما زال مفتوحًا هناك، فأغلقه دون حفظ.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="53" />
        <source>The lock file %1 could not be read, so no running Loopwise can own it. Loopwise took the folder over.</source>
        <extracomment>%1 is a file path. A lock file marks the folder as in use by a running Loopwise.</extracomment>
        <translation>تعذّرت قراءة ملف القفل %1، لذا لا يمكن أن يملكه Loopwise قيد التشغيل. استولى Loopwise على المجلد.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="61" />
        <source>The progress file %1 was saved by a newer version of Loopwise (data version %2; this version reads up to %3). It was left unchanged. Please update Loopwise to open it.</source>
        <extracomment>%1 is a file path, %2 and %3 are schema version numbers.</extracomment>
        <translation>حُفظ ملف التقدّم %1 بإصدار أحدث من Loopwise (إصدار البيانات %2؛ وهذا الإصدار يقرأ حتى %3). تُرك دون تغيير. يُرجى تحديث Loopwise لفتحه.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="71" />
        <source>The progress store is not open, so nothing can be saved.</source>
        <translation>مخزن التقدّم غير مفتوح، لذا لا يمكن حفظ أي شيء.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="76" />
        <source>Your progress file was empty.</source>
        <translation>كان ملف تقدّمك فارغًا.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="81" />
        <source>Your progress file was not a Loopwise progress file.</source>
        <translation>لم يكن ملف تقدّمك ملفَّ تقدّم لـLoopwise.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="86" />
        <source>Your progress file was damaged.</source>
        <translation>كان ملف تقدّمك تالفًا.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="91" />
        <source>Your progress file was missing.</source>
        <translation>كان ملف تقدّمك مفقودًا.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="96" />
        <source>It was moved to %1 and kept there.</source>
        <translation>نُقل إلى %1 وحُفظ هناك.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="102" />
        <source>A damaged progress file that Loopwise set aside earlier is still kept at %1.</source>
        <extracomment>%1 is a file path. Said when the progress file is missing and no backup exists.</extracomment>
        <translation>ما زال ملف تقدّم تالف نحّاه Loopwise جانبًا من قبل محفوظًا في %1.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="107" />
        <source>Your progress was restored from the backup taken on %1; anything done after that time is missing.</source>
        <translation>استُعيد تقدّمك من النسخة الاحتياطية المأخوذة في %1؛ وكل ما أُنجز بعد ذلك الوقت مفقود.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="114" />
        <source>No backup was available, so Loopwise started a new, empty progress file.</source>
        <translation>لم تتوفر نسخة احتياطية، لذا بدأ Loopwise ملفّ تقدّم جديدًا فارغًا.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="119" />
        <source>The disk is full, so Loopwise holds on to your latest work and saves it as soon as there is space again.</source>
        <translation>القرص ممتلئ، لذا يحتفظ Loopwise بآخر عملك ويحفظه حالما تتوفر مساحة من جديد.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="132" />
        <source>Loopwise cannot write to its progress folder, so it holds on to your latest work and saves it as soon as it can.</source>
        <translation>لا يستطيع Loopwise الكتابة في مجلد تقدّمه، لذا يحتفظ بآخر عملك ويحفظه حالما يستطيع.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="139" />
        <source>Progress folder: %1
Check that the folder exists, that you may write to it and that its disk has free space.</source>
        <extracomment>Shown under "Details" of a save problem. %1 is a folder path.</extracomment>
        <translation>مجلد التقدّم: %1
تحقّق من أن المجلد موجود، وأن لديك إذن الكتابة فيه، وأن في قرصه مساحة فارغة.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="151" />
        <source>Your latest work could not be saved yet, so Loopwise holds on to it and keeps trying.</source>
        <translation>تعذّر حفظ آخر عملك حتى الآن، لذا يحتفظ به Loopwise ويواصل المحاولة.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="158" />
        <source>Progress folder: %1
Error reported by the database: %2</source>
        <extracomment>Shown under "Details" of a save problem. %1 is a folder path, %2 the database's technical error message (in English).</extracomment>
        <translation>مجلد التقدّم: %1
الخطأ الذي أبلغت عنه قاعدة البيانات: %2</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="163" />
        <source>A change could not be saved and was discarded: %1</source>
        <translation>تعذّر حفظ تغيير فأُهمِل: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="168" />
        <source>%n change(s) could not be saved before closing.</source>
        <translation>
            <numerusform>حُفظت كل التغييرات قبل الإغلاق.</numerusform>
            <numerusform>تعذّر حفظ تغيير واحد قبل الإغلاق.</numerusform>
            <numerusform>تعذّر حفظ تغييرين قبل الإغلاق.</numerusform>
            <numerusform>تعذّر حفظ %n تغييرات قبل الإغلاق.</numerusform>
            <numerusform>تعذّر حفظ %n تغييرًا قبل الإغلاق.</numerusform>
            <numerusform>تعذّر حفظ %n تغيير قبل الإغلاق.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="173" />
        <source>The profile “%1” was deleted. A copy of all progress from before the deletion is kept in %2.</source>
        <translation>حُذف الملف الشخصي «%1». نسخة من كل التقدّم السابق للحذف محفوظة في %2.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="180" />
        <source>“%1” is not a valid id: use up to 128 letters, digits and . _ : / -</source>
        <translation>«%1» ليس معرّفًا صالحًا: استخدم حتى 128 حرفًا ورقمًا و. _ : / -</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="185" />
        <source>The text is too long: at most %1 characters can be saved.</source>
        <translation>النص طويل جدًا: يمكن حفظ %1 حرف على الأكثر.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="190" />
        <source>A profile name must have between 1 and %1 characters.</source>
        <translation>يجب أن يحوي اسم الملف الشخصي بين 1 و%1 حرف.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="195" />
        <source>There is no profile with the id %1.</source>
        <translation>لا يوجد ملف شخصي بالمعرّف %1.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="200" />
        <source>“%1” is not a kind of note.</source>
        <translation>«%1» ليس نوعًا من الملاحظات.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="205" />
        <source>The %1 note has no field “%2”.</source>
        <translation>ملاحظة %1 لا تحوي الحقل «%2».</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="210" />
        <source>There is no saved version with the id %1.</source>
        <translation>لا توجد نسخة محفوظة بالمعرّف %1.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="215" />
        <source>Time spent must be between 1 and %1 seconds.</source>
        <translation>يجب أن يكون الوقت المستغرق بين 1 و%1 ثانية.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="220" />
        <source>A lab run can only be saved with its settings and results as valid JSON.</source>
        <translation>لا يمكن حفظ تجربة مختبر إلا مع إعداداتها ونتائجها بصيغة JSON صالحة.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="225" />
        <source>The run could not be attached: its chart could not be captured.</source>
        <translation>تعذّر إرفاق التجربة: تعذّر التقاط رسمها.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="230" />
        <source>This run is already in your decision note's evidence.</source>
        <translation>هذه التجربة موجودة بالفعل في أدلة ملاحظة قرارك.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="236" />
        <source>There is no evidence with the id “%1”.</source>
        <extracomment>%1 is an internal id</extracomment>
        <translation>لا يوجد دليل بالمعرّف «%1».</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="242" />
        <source>%1, %2</source>
        <extracomment>A lab run attached as evidence: %1 is the lab's title, %2 the date and time it was attached</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="257" />
        <source>Settings:</source>
        <extracomment>Heading above a lab run's settings in the decision note's evidence</extracomment>
        <translation>الإعدادات:</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="260" />
        <source>Figures:</source>
        <extracomment>Heading above a lab run's results (loss, accuracy...) in the decision note's evidence</extracomment>
        <translation>الأرقام:</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="263" />
        <source>Reopen this run with the lab link: %1</source>
        <extracomment>%1 is a lab link such as lab/network?dataset=spiral; pasted into the lab, it reopens the run</extracomment>
        <translation>أعِد فتح هذه التجربة برابط المختبر: %1</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="268" />
        <source>The setting “%1” must be text, a number or true/false.</source>
        <translation>يجب أن يكون الإعداد «%1» نصًّا أو عددًا أو true/false.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="273" />
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="278" />
        <source>Importing can start once your latest work has been saved. Please try again in a moment.</source>
        <translation>يمكن البدء بالاستيراد بعد حفظ آخر عملك. يُرجى المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="284" />
        <source>%1 was not imported and nothing was changed. %2</source>
        <extracomment>%1 is a file path, %2 explains what is wrong with it.</extracomment>
        <translation>لم يُستورد %1 ولم يتغيّر شيء. %2</translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="292" />
        <source>Nothing was imported from %1.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>لم يُستورد شيء من %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="295" />
        <source>%n event(s) were imported from %1 into the new profile “%2”.</source>
        <extracomment>%1 is a file path, %2 a learner's profile name.</extracomment>
        <translation>
            <numerusform>لم تُستورد أي أحداث من %1 إلى الملف الشخصي الجديد «%2».</numerusform>
            <numerusform>استُورد حدث واحد من %1 إلى الملف الشخصي الجديد «%2».</numerusform>
            <numerusform>استُورد حدثان من %1 إلى الملف الشخصي الجديد «%2».</numerusform>
            <numerusform>استُوردت %n أحداث من %1 إلى الملف الشخصي الجديد «%2».</numerusform>
            <numerusform>استُورد %n حدثًا من %1 إلى الملف الشخصي الجديد «%2».</numerusform>
            <numerusform>استُورد %n حدث من %1 إلى الملف الشخصي الجديد «%2».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="299" />
        <source>%n event(s) were imported from %1 into the profile “%2”.</source>
        <extracomment>%1 is a file path, %2 a learner's profile name.</extracomment>
        <translation>
            <numerusform>لم تُستورد أي أحداث من %1 إلى الملف الشخصي «%2».</numerusform>
            <numerusform>استُورد حدث واحد من %1 إلى الملف الشخصي «%2».</numerusform>
            <numerusform>استُورد حدثان من %1 إلى الملف الشخصي «%2».</numerusform>
            <numerusform>استُوردت %n أحداث من %1 إلى الملف الشخصي «%2».</numerusform>
            <numerusform>استُورد %n حدثًا من %1 إلى الملف الشخصي «%2».</numerusform>
            <numerusform>استُورد %n حدث من %1 إلى الملف الشخصي «%2».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="302" />
        <source>The file holds no progress.</source>
        <translation>لا يحوي الملف أي تقدّم.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="305" />
        <source>%n event(s) were skipped because this profile has them already.</source>
        <translation>
            <numerusform>لم يُتخطَّ أي حدث.</numerusform>
            <numerusform>تُخطّي حدث واحد لأن هذا الملف الشخصي يحويه بالفعل.</numerusform>
            <numerusform>تُخطّي حدثان لأن هذا الملف الشخصي يحويهما بالفعل.</numerusform>
            <numerusform>تُخطّيت %n أحداث لأن هذا الملف الشخصي يحويها بالفعل.</numerusform>
            <numerusform>تُخطّي %n حدثًا لأن هذا الملف الشخصي يحويها بالفعل.</numerusform>
            <numerusform>تُخطّي %n حدث لأن هذا الملف الشخصي يحويها بالفعل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="308" />
        <source>%n event(s) were skipped because they belong to another profile on this computer.</source>
        <extracomment>The same recorded learner action (by its id) is stored under another profile.</extracomment>
        <translation>
            <numerusform>لم يُتخطَّ أي حدث.</numerusform>
            <numerusform>تُخطّي حدث واحد لأنه ينتمي إلى ملف شخصي آخر على هذا الحاسوب.</numerusform>
            <numerusform>تُخطّي حدثان لأنهما ينتميان إلى ملف شخصي آخر على هذا الحاسوب.</numerusform>
            <numerusform>تُخطّيت %n أحداث لأنها تنتمي إلى ملف شخصي آخر على هذا الحاسوب.</numerusform>
            <numerusform>تُخطّي %n حدثًا لأنها تنتمي إلى ملف شخصي آخر على هذا الحاسوب.</numerusform>
            <numerusform>تُخطّي %n حدث لأنها تنتمي إلى ملف شخصي آخر على هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/store/StoreMessages.cpp" line="312" />
        <source>No profile “%1” was added, because it would have been empty.</source>
        <extracomment>%1 is a learner's profile name.</extracomment>
        <translation>لم يُضَف الملف الشخصي «%1» لأنه كان سيبقى فارغًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/StoreMessages.cpp" line="315" />
        <source>%n date(s) in the file were impossible (later than now or before 2000) and were set to the time of this import.</source>
        <extracomment>Dates written by a device whose clock was wrong.</extracomment>
        <translation>
            <numerusform>لا تواريخ مستحيلة في الملف.</numerusform>
            <numerusform>كان في الملف تاريخ واحد مستحيل (بعد الآن أو قبل 2000) فضُبط على وقت هذا الاستيراد.</numerusform>
            <numerusform>كان في الملف تاريخان مستحيلان (بعد الآن أو قبل 2000) فضُبطا على وقت هذا الاستيراد.</numerusform>
            <numerusform>كانت في الملف %n تواريخ مستحيلة (بعد الآن أو قبل 2000) فضُبطت على وقت هذا الاستيراد.</numerusform>
            <numerusform>كان في الملف %n تاريخًا مستحيلًا (بعد الآن أو قبل 2000) فضُبطت على وقت هذا الاستيراد.</numerusform>
            <numerusform>كان في الملف %n تاريخ مستحيل (بعد الآن أو قبل 2000) فضُبطت على وقت هذا الاستيراد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopwise::ModelServer</name>
    <message>
        <location filename="../models/labs/prompts/ModelServer.cpp" line="23" />
        <source>No model server answers on this computer's usual ports (%1).</source>
        <extracomment>%1 port numbers, e.g. "11434, 8080, 1234"</extracomment>
        <translation>لا يجيب أي خادم نماذج على المنافذ المعتادة لهذا الحاسوب (%1).</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ModelServer.cpp" line="143" />
        <source>Prompts you run will leave this device to %1.</source>
        <extracomment>%1 the host name or address of the model server</extracomment>
        <translation>الموجِّهات التي تشغّلها ستغادر هذا الجهاز إلى %1.</translation>
    </message>
</context>
<context>
    <name>loopwise::NetworkLab</name>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="23" />
        <source>%1 neurons (%2)</source>
        <extracomment>one hidden layer in a list of layers: %1 its number of neurons, %2 its activation</extracomment>
        <translation>%1 عصبونات (%2)</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="30" />
        <source>Data set: %1</source>
        <extracomment>a setting of a run in the decision note; %1 the name of a data set</extracomment>
        <translation>مجموعة البيانات: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="32" />
        <source>Noise: %1 %</source>
        <extracomment>a setting of a run in the decision note; %1 a percentage</extracomment>
        <translation>الضوضاء: %1٪</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="34" />
        <source>Training data: %1 % of the points</source>
        <extracomment>a setting of a run in the decision note; %1 a percentage</extracomment>
        <translation>بيانات التدريب: %1٪ من النقاط</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="36" />
        <source>Features: %1</source>
        <extracomment>a setting of a run in the decision note; %1 a list of input features</extracomment>
        <translation>الخصائص: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="37" />
        <source>Hidden layers: none</source>
        <translation>الطبقات المخفية: لا شيء</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="39" />
        <source>Hidden layers: %1</source>
        <translation>الطبقات المخفية: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="40" />
        <source>Learning rate: %1</source>
        <translation>معدل التعلم: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="42" />
        <source>Optimizer: %1</source>
        <extracomment>%1 the name of an optimizer, e.g. Adam</extracomment>
        <translation>المُحسِّن: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="42" />
        <source>Batch size: %1</source>
        <translation>حجم الدفعة: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="45" />
        <source>Regularization: %1, rate %2</source>
        <extracomment>%1 L1 or L2, %2 the regularization rate</extracomment>
        <translation>التنظيم: %1، بمعدل %2</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="46" />
        <source>Regularization: none</source>
        <translation>التنظيم: لا شيء</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="48" />
        <source>Loss: cross-entropy</source>
        <translation>الخسارة: الإنتروبيا المتقاطعة</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="48" />
        <source>Loss: squared error</source>
        <translation>الخسارة: الخطأ التربيعي</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="50" />
        <source>Epochs: %1</source>
        <translation>الحقب: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="50" />
        <source>Test loss: %1</source>
        <translation>خسارة الاختبار: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="51" />
        <source>Training loss: %1</source>
        <translation>خسارة التدريب: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="54" />
        <source>Test accuracy: %1 %</source>
        <extracomment>%1 a whole percentage</extracomment>
        <translation>دقة الاختبار: %1٪</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkEvidence.cpp" line="56" />
        <source>Training accuracy: %1 %</source>
        <extracomment>%1 a whole percentage</extracomment>
        <translation>دقة التدريب: %1٪</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="36" />
        <source>Circle</source>
        <extracomment>a data set: points inside a circle against points around it</extracomment>
        <translation>دائرة</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="38" />
        <source>Exclusive or</source>
        <extracomment>a data set: the four quarters of the plane, opposite quarters of one class</extracomment>
        <translation>أو الحصرية</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="39" />
        <source>Two clusters</source>
        <translation>عنقودان</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="40" />
        <source>Spiral</source>
        <translation>حلزون</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="41" />
        <source>Two moons</source>
        <translation>هلالان</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="42" />
        <source>Three classes</source>
        <translation>ثلاث فئات</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="43" />
        <source>Four classes</source>
        <translation>أربع فئات</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="44" />
        <source>Plane (regression)</source>
        <translation>مستوٍ (انحدار)</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="46" />
        <source>Hills (regression)</source>
        <extracomment>a regression data set whose values rise and fall like hills</extracomment>
        <translation>تلال (انحدار)</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="47" />
        <source>My own points</source>
        <translation>نقاطي الخاصة</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="63" />
        <source>Tanh</source>
        <extracomment>activation functions of a neural network's neurons</extracomment>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="64" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="65" />
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="66" />
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="67" />
        <source>Linear</source>
        <translation>خطية</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="73" />
        <source>Plain SGD</source>
        <extracomment>optimizers: plain stochastic gradient descent, with momentum, and Adam</extracomment>
        <translation>‏SGD البسيط</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="74" />
        <source>Momentum</source>
        <translation>الزخم</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="75" />
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="81" />
        <source>It will learn the data: at least 90 % of test points on the right side (regression: test loss at most 0.05).</source>
        <translation>ستتعلّم البيانات: 90٪ على الأقل من نقاط الاختبار في الجانب الصحيح (الانحدار: خسارة اختبار 0.05 على الأكثر).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="83" />
        <source>It will not manage that.</source>
        <translation>لن تنجح في ذلك.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="85" />
        <source>The test loss will rise again while the training loss keeps falling.</source>
        <translation>ستعود خسارة الاختبار إلى الارتفاع بينما تستمر خسارة التدريب في الانخفاض.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="86" />
        <source>Training will blow up (diverge).</source>
        <translation>سينفجر التدريب (يتباعد).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="92" />
        <source>Training diverged at epoch %1: the loss blew up. Lower the learning rate, then reset.</source>
        <translation>تباعد التدريب عند الحقبة %1: انفجرت الخسارة. اخفض معدل التعلم، ثم أعِد الضبط.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="96" />
        <source>Not trained yet. Test loss %1.</source>
        <translation>لم يُدرَّب بعد. خسارة الاختبار %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="99" />
        <source>Epoch %1, test loss %2.</source>
        <extracomment>%1 epoch, %2 test loss</extracomment>
        <translation>الحقبة %1، خسارة الاختبار %2.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="101" />
        <source>Epoch %1, test loss %2, %3 % of test points on the right side.</source>
        <extracomment>%1 epoch, %2 test loss, %3 percentage of test points the network classifies rightly</extracomment>
        <translation>الحقبة %1، خسارة الاختبار %2، و%3٪ من نقاط الاختبار في الجانب الصحيح.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="113" />
        <source>The network is still learning: the loss keeps falling, so more epochs will help.</source>
        <translation>ما زالت الشبكة تتعلّم: الخسارة مستمرة في الانخفاض، لذا سيفيد مزيد من الحقب.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="115" />
        <source>The network has learned the data: its test points are predicted well.</source>
        <translation>تعلّمت الشبكة البيانات: إنها تتوقّع نقاط الاختبار جيدًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="117" />
        <source>The loss has levelled off before the network learned the data: it underfits. Give it more neurons, layers or inputs.</source>
        <translation>استقرت الخسارة قبل أن تتعلّم الشبكة البيانات: إنها تعاني نقص التخصيص. امنحها عصبونات أو طبقات أو مُدخَلات أكثر.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="121" />
        <source>The test loss was lowest at epoch %1 (%2) and has risen since while the training loss kept falling: the network overfits. Stop earlier, add training data or use regularization.</source>
        <extracomment>%1 the epoch with the lowest test loss, %2 that loss</extracomment>
        <translation>كانت خسارة الاختبار في أدنى مستوياتها عند الحقبة %1 (%2)، ثم ارتفعت منذ ذلك الحين بينما استمرت خسارة التدريب في الانخفاض: الشبكة تعاني فرط التخصيص. توقّف أبكر، أو أضِف بيانات تدريب، أو استخدم التنظيم.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="127" />
        <source>The loss falls, but slowly: the learning rate is too low. Raise it.</source>
        <translation>تنخفض الخسارة، لكن ببطء: معدل التعلم منخفض جدًا. ارفعه.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="131" />
        <source>The loss swings between %1 and %2: the learning rate is too high, so each step overshoots. Lower it.</source>
        <extracomment>%1 and %2 the lowest and highest loss of the last epochs</extracomment>
        <translation>تتأرجح الخسارة بين %1 و%2: معدل التعلم مرتفع جدًا، فتتجاوز كل خطوة الهدف. اخفضه.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="134" />
        <source>The learning rate is far too high: the steps overshot further and further until the loss blew up.</source>
        <translation>معدل التعلم مرتفع أكثر مما ينبغي بكثير: تجاوزت الخطوات الهدف أكثر فأكثر حتى انفجرت الخسارة.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="145" />
        <source>Stopped at the epoch limit (%1).</source>
        <extracomment>%1 the epoch limit the learner set</extracomment>
        <translation>توقّف عند حدّ الحقب (%1).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="148" />
        <source>Stopped: the test loss reached the target (%1).</source>
        <extracomment>%1 the test loss the learner set as the target</extracomment>
        <translation>توقّف: بلغت خسارة الاختبار الهدف (%1).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="150" />
        <source>Training diverged: the loss blew up. Lower the learning rate, then reset.</source>
        <translation>تباعد التدريب: انفجرت الخسارة. اخفض معدل التعلم، ثم أعِد الضبط.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="161" />
        <source>Your prediction held: training diverged at epoch %1.</source>
        <translation>صحّ توقّعك: تباعد التدريب عند الحقبة %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="162" />
        <source>Not what you predicted: training diverged at epoch %1.</source>
        <translation>ليس ما توقّعته: تباعد التدريب عند الحقبة %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="167" />
        <source>Your prediction held: after %1 epochs the test loss is %2 (lowest %3).</source>
        <extracomment>%1 epochs trained, %2 the test loss now, %3 the lowest test loss of the run</extracomment>
        <translation>صحّ توقّعك: بعد %1 حقبة خسارة الاختبار %2 (أدناها %3).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="172" />
        <source>Not what you predicted: after %1 epochs the test loss is %2 (lowest %3).</source>
        <extracomment>%1 epochs trained, %2 the test loss now, %3 the lowest test loss of the run</extracomment>
        <translation>ليس ما توقّعته: بعد %1 حقبة خسارة الاختبار %2 (أدناها %3).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="178" />
        <source>Your prediction held: after %1 epochs %2 % of test points are on the right side; test loss %3 (lowest %4).</source>
        <extracomment>%1 epochs trained, %2 percentage of test points classified rightly, %3 the test loss now, %4 its lowest in the run</extracomment>
        <translation>صحّ توقّعك: بعد %1 حقبة صارت %2٪ من نقاط الاختبار في الجانب الصحيح؛ وخسارة الاختبار %3 (أدناها %4).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkExplanations.cpp" line="185" />
        <source>Not what you predicted: after %1 epochs %2 % of test points are on the right side; test loss %3 (lowest %4).</source>
        <extracomment>%1 epochs trained, %2 percentage of test points classified rightly, %3 the test loss now, %4 its lowest in the run</extracomment>
        <translation>ليس ما توقّعته: بعد %1 حقبة صارت %2٪ من نقاط الاختبار في الجانب الصحيح؛ وخسارة الاختبار %3 (أدناها %4).</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="33" />
        <source>Points saved to %1.</source>
        <extracomment>%1 a file name</extracomment>
        <translation>حُفظت النقاط في %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="88" />
        <source>That change cannot be trained: %1</source>
        <extracomment>%1 is one whole sentence saying why the training engine refuses the settings</extracomment>
        <translation>لا يمكن التدريب بهذا التغيير: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="134" />
        <source>Your own points stay as they are; choose a generated set to get new data.</source>
        <translation>تبقى نقاطك الخاصة كما هي؛ اختر مجموعة مولَّدة للحصول على بيانات جديدة.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="244" />
        <source>%1 %</source>
        <extracomment>A whole percentage, e.g. "87 %"</extracomment>
        <translation>%1٪</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="308" />
        <source>A weight must be a number from -100 to 100.</source>
        <translation>يجب أن يكون الوزن عددًا من -100 إلى 100.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="317" />
        <source>A bias must be a number from -100 to 100.</source>
        <translation>يجب أن يكون الانحياز عددًا من -100 إلى 100.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="330" />
        <source>A prediction is made before training starts: reset the network to predict again.</source>
        <translation>يُسجَّل التوقّع قبل بدء التدريب: أعِد ضبط الشبكة لتتوقّع من جديد.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="380" />
        <source>There is nothing to save yet.</source>
        <translation>لا يوجد شيء لحفظه بعد.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="394" />
        <source>Run of %1 epochs</source>
        <extracomment>the name of a saved run the learner did not name; %1 its epochs</extracomment>
        <translation>تجربة من %1 حقبة</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="398" />
        <source>The run could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation>تعذّر حفظ التجربة: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLab.cpp" line="401" />
        <source>Saved "%1".</source>
        <extracomment>%1 the name of the saved run</extracomment>
        <translation>حُفظت "%1".</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="28" />
        <source>Your own points are for classification: choose a classification set first.</source>
        <translation>نقاطك الخاصة للتصنيف: اختر مجموعة تصنيف أولًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="37" />
        <source>The canvas holds at most %1 points.</source>
        <extracomment>%1 the largest number of points the learner may place</extracomment>
        <translation>تتسع اللوحة لـ%1 نقطة على الأكثر.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="75" />
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="84" />
        <source>Wait until the file being read or written is done.</source>
        <translation>انتظر حتى تنتهي قراءة الملف أو كتابته.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/network/NetworkLabPoints.cpp" line="96" />
        <source>%n point(s) imported.</source>
        <translation>
            <numerusform>لم تُستورد أي نقاط.</numerusform>
            <numerusform>استُوردت نقطة واحدة.</numerusform>
            <numerusform>استُوردت نقطتان.</numerusform>
            <numerusform>استُوردت %n نقاط.</numerusform>
            <numerusform>استُوردت %n نقطة.</numerusform>
            <numerusform>استُوردت %n نقطة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSetters.cpp" line="86" />
        <source>Your own points need a classification set to start from: choose one, then add points.</source>
        <translation>تحتاج نقاطك الخاصة إلى مجموعة تصنيف تبدأ منها: اختر واحدة، ثم أضِف نقاطًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/network/NetworkLabSetters.cpp" line="184" />
        <source>%n parameters to learn (weights: %1, biases: %2)</source>
        <extracomment>%n all numbers training learns; %1 of them weights (one per connection), %2 biases (one per neuron)</extracomment>
        <translation>
            <numerusform>لا مُعامِلات للتعلّم (الأوزان: %1، والانحيازات: %2)</numerusform>
            <numerusform>مُعامِل واحد للتعلّم (الأوزان: %1، والانحيازات: %2)</numerusform>
            <numerusform>مُعامِلان للتعلّم (الأوزان: %1، والانحيازات: %2)</numerusform>
            <numerusform>%n مُعامِلات للتعلّم (الأوزان: %1، والانحيازات: %2)</numerusform>
            <numerusform>%n مُعامِلًا للتعلّم (الأوزان: %1، والانحيازات: %2)</numerusform>
            <numerusform>%n مُعامِل للتعلّم (الأوزان: %1، والانحيازات: %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSetters.cpp" line="290" />
        <source>The network needs at least one input.</source>
        <translation>تحتاج الشبكة إلى مُدخل واحد على الأقل.</translation>
    </message>
</context>
<context>
    <name>loopwise::NetworkLabSettings</name>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="216" />
        <source>dataset must be one of %1, not "%2".</source>
        <translation>يجب أن يكون dataset واحدًا من %1، لا "%2".</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="236" />
        <source>features must name at least one input.</source>
        <translation>يجب أن يسمّي features مُدخلًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="244" />
        <source>hidden may list at most %1 layers.</source>
        <translation>يمكن أن يسرد hidden %1 طبقات على الأكثر.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="269" />
        <source>loss must be squared or cross-entropy, not "%1".</source>
        <translation>يجب أن يكون loss هو squared أو cross-entropy، لا "%1".</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="294" />
        <source>points: "%1" is not x:y:class with x and y from -6 to 6 and class 0 to 3.</source>
        <translation>‏points: "%1" ليست x:y:class حيث x وy من -6 إلى 6 وclass من 0 إلى 3.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="302" />
        <source>points may hold at most %1 points.</source>
        <translation>يمكن أن يحوي points %1 نقطة على الأكثر.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="304" />
        <source>"%1" is not a setting of this lab.</source>
        <translation>"%1" ليس إعدادًا لهذا المختبر.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="310" />
        <source>activation must name one activation, or one per hidden layer.</source>
        <translation>يجب أن يسمّي activation دالة تنشيط واحدة، أو واحدة لكل طبقة مخفية.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="316" />
        <source>activation must be one of %1, not "softmax".</source>
        <translation>يجب أن يكون activation واحدًا من %1، لا "softmax".</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="324" />
        <source>dataset=custom needs points.</source>
        <translation>يحتاج dataset=custom إلى points.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkLabSettings.cpp" line="332" />
        <source>These settings cannot be trained: %1</source>
        <extracomment>%1 is the training engine's reason, a whole sentence</extracomment>
        <translation>لا يمكن التدريب بهذه الإعدادات: %1</translation>
    </message>
</context>
<context>
    <name>loopwise::NetworkPointsFile</name>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="31" />
        <source>Cannot read %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="59" />
        <source>Cannot write %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="105" />
        <source>Point %1 (%2, %3, class %4) is outside the canvas: x1 and x2 run from %5 to %6, classes from 0 to %7.</source>
        <extracomment>%1 the point's number in the file, %2 and %3 its coordinates, %4 its class; %5 to %6 the canvas's range, %7 the largest class</extracomment>
        <translation>النقطة %1 (%2، %3، الفئة %4) خارج اللوحة: يمتد x1 وx2 من %5 إلى %6، والفئات من 0 إلى %7.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="114" />
        <source>The file has %1 points; the lab takes at most %2.</source>
        <extracomment>%1 points in the file, %2 the most the lab takes</extracomment>
        <translation>في الملف %1 نقطة؛ والمختبر يأخذ %2 على الأكثر.</translation>
    </message>
    <message>
        <location filename="../models/labs/network/NetworkPointsFile.cpp" line="124" />
        <source>CSV lines are x1,x2,class with x1 and x2 from %1 to %2 and classes 0 to %3 (or -1 and 1).</source>
        <extracomment>x1,x2,class: the CSV columns, not to be translated; %1 to %2 the canvas's range, %3 the largest class; -1 and 1 is TensorFlow Playground's way of naming two classes</extracomment>
        <translation>أسطر CSV هي x1,x2,class حيث x1 وx2 من %1 إلى %2 والفئات من 0 إلى %3 (أو -1 و1).</translation>
    </message>
</context>
<context>
    <name>loopwise::NoteEditor</name>
    <message>
        <location filename="../models/NoteEditor.cpp" line="193" />
        <source>Exported to %1</source>
        <extracomment>%1 is the path of the file the note was written to</extracomment>
        <translation>صُدِّرت إلى %1</translation>
    </message>
</context>
<context>
    <name>loopwise::ProfileArchive</name>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="88" />
        <location filename="../models/store/ProfileArchive.cpp" line="95" />
        <source>The file is not a Loopwise profile export.</source>
        <translation>الملف ليس تصديرًا لملف شخصي من Loopwise.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="98" />
        <source>The file has no valid “formatVersion”.</source>
        <translation>لا يحوي الملف «formatVersion» صالحًا.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="100" />
        <source>The file was exported by a newer version of Loopwise (format %1). Please update Loopwise.</source>
        <translation>صُدِّر الملف بإصدار أحدث من Loopwise (الصيغة %1). يُرجى تحديث Loopwise.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="114" />
        <source>“events” must be a list.</source>
        <translation>يجب أن يكون «events» قائمة.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="117" />
        <source>The file has more than %1 events.</source>
        <translation>يحوي الملف أكثر من %1 حدث.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="128" />
        <source>“%1” names a chart that is not in “evidenceImages”.</source>
        <translation>يسمّي «%1» رسمًا غير موجود في «evidenceImages».</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="143" />
        <source>“%1” must be a list.</source>
        <translation>يجب أن يكون «%1» قائمة.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="148" />
        <location filename="../models/store/ProfileArchive.cpp" line="165" />
        <location filename="../models/store/ProfileArchive.cpp" line="237" />
        <location filename="../models/store/ProfileArchive.cpp" line="272" />
        <source>“%1” must be an object.</source>
        <translation>يجب أن يكون «%1» كائنًا.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="156" />
        <source>“%1” must be a PNG image in base64.</source>
        <translation>يجب أن يكون «%1» صورة PNG بترميز base64.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="176" />
        <source>“%1” is not a known kind of event.</source>
        <translation>«%1» ليس نوعًا معروفًا من الأحداث.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="182" />
        <source>“%1” must be left out for this kind of event.</source>
        <translation>يجب حذف «%1» في هذا النوع من الأحداث.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="220" />
        <source>“%1” must be a whole number of seconds from 1 to %2.</source>
        <translation>يجب أن يكون «%1» عددًا صحيحًا من الثواني من 1 إلى %2.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="226" />
        <source>“%1” must be true or false.</source>
        <translation>يجب أن يكون «%1» true أو false.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="233" />
        <source>“%1” is not a kind of note.</source>
        <translation>«%1» ليس نوعًا من الملاحظات.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="247" />
        <source>“%1” must hold valid JSON.</source>
        <translation>يجب أن يحوي «%1» JSON صالحًا.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="254" />
        <source>“%1” must be text, a number or true/false.</source>
        <translation>يجب أن يكون «%1» نصًّا أو عددًا أو true/false.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="264" />
        <source>“%1” is not part of a profile export.</source>
        <translation>«%1» ليس جزءًا من تصدير ملف شخصي.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="279" />
        <source>“%1” must be text.</source>
        <translation>يجب أن يكون «%1» نصًّا.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="282" />
        <source>“%1” is longer than %2 characters.</source>
        <translation>«%1» أطول من %2 حرف.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="290" />
        <source>“%1” must be a short id (letters, digits and . _ : / -).</source>
        <translation>يجب أن يكون «%1» معرّفًا قصيرًا (حروف وأرقام و. _ : / -).</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="298" />
        <source>“%1” must be a UUID.</source>
        <translation>يجب أن يكون «%1» معرّف UUID.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="312" />
        <source>“%1” must not be empty.</source>
        <translation>يجب ألا يكون «%1» فارغًا.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="320" />
        <source>“%1” must be a date and time like 2024-05-01T09:30:00.000Z.</source>
        <translation>يجب أن يكون «%1» تاريخًا ووقتًا مثل 2024-05-01T09:30:00.000Z.</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="374" />
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <extracomment>%1 is the parser's technical message, %2 a byte offset in the file.</extracomment>
        <translation>الملف ليس JSON صالحًا (%1 عند البايت %2).</translation>
    </message>
    <message>
        <location filename="../models/store/ProfileArchive.cpp" line="393" />
        <source>The file is larger than %1 MiB.</source>
        <translation>الملف أكبر من %1 ميبيبايت.</translation>
    </message>
</context>
<context>
    <name>loopwise::ProgressStore</name>
    <message>
        <location filename="../models/store/ProgressStore.cpp" line="139" />
        <source>Learner</source>
        <extracomment>Name of the profile Loopwise creates when there is none yet.</extracomment>
        <translation>متعلّم</translation>
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="61" />
        <source>Opening your progress…</source>
        <extracomment>Shown while the learner's saved progress is being opened</extracomment>
        <translation>جارٍ فتح تقدّمك…</translation>
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="64" />
        <source>Saving and closing your progress…</source>
        <extracomment>Shown while the progress file is being saved and closed</extracomment>
        <translation>جارٍ حفظ تقدّمك وإغلاقه…</translation>
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="67" />
        <source>Loading this learner's progress…</source>
        <extracomment>Shown while the progress of another learner profile is being loaded</extracomment>
        <translation>جارٍ تحميل تقدّم هذا المتعلّم…</translation>
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="70" />
        <source>Exporting, please wait…</source>
        <extracomment>Shown while an export file (notes, progress, learner) is being written</extracomment>
        <translation>جارٍ التصدير، يُرجى الانتظار…</translation>
    </message>
    <message>
        <location filename="../models/store/ProgressStoreRequests.cpp" line="73" />
        <source>Importing the learner, please wait…</source>
        <extracomment>Shown while a learner file is being read and merged into this device's progress</extracomment>
        <translation>جارٍ استيراد المتعلّم، يُرجى الانتظار…</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptCasesFile</name>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="64" />
        <source>Cannot read %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="109" />
        <source>The first line must name the columns input,expected (and, if wanted, contains).</source>
        <extracomment>input, expected and contains are CSV column names, not to be translated</extracomment>
        <translation>يجب أن يسمّي السطر الأول الأعمدة input,expected (وcontains إن أردت).</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="119" />
        <source>Line %1: a quote is opened and never closed.</source>
        <extracomment>%1 a line number of the CSV file</extracomment>
        <translation>السطر %1: فُتحت علامة اقتباس ولم تُغلَق.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="124" />
        <source>Line %1 has %2 fields, the first line names %3 columns.</source>
        <extracomment>%1 a line number, %2 fields found, %3 columns named in the first line</extracomment>
        <translation>عدد الحقول في السطر %1 هو %2، لكن عدد الأعمدة التي يسمّيها السطر الأول %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="137" />
        <source>Line %1 has no input.</source>
        <extracomment>%1 a line number of the CSV file</extracomment>
        <translation>لا يحوي السطر %1 أي مُدخَل.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesFile.cpp" line="142" />
        <source>Line %1 has neither an expected answer nor words it must contain.</source>
        <extracomment>%1 a line number of the CSV file</extracomment>
        <translation>لا يحوي السطر %1 إجابة منتظرة ولا كلمات يجب أن تتضمّنها الإجابة.</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptCasesModel</name>
    <message>
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="138" />
        <source>A test case needs an input.</source>
        <translation>تحتاج حالة الاختبار إلى مُدخَل.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="142" />
        <source>A test case needs an expected answer or words the answer must contain.</source>
        <translation>تحتاج حالة الاختبار إلى إجابة منتظرة أو إلى كلمات يجب أن تتضمّنها الإجابة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="219" />
        <source>%n test case(s) imported.</source>
        <extracomment>%n test cases added from a CSV file</extracomment>
        <translation>
            <numerusform>لم تُستورَد أي حالة اختبار.</numerusform>
            <numerusform>استُورِدت حالة اختبار واحدة.</numerusform>
            <numerusform>استُورِدت حالتا اختبار.</numerusform>
            <numerusform>استُورِدت %n حالات اختبار.</numerusform>
            <numerusform>استُورِدت %n حالة اختبار.</numerusform>
            <numerusform>استُورِدت %n حالة اختبار.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptCasesModel.cpp" line="222" />
        <source>%1 Not imported: %2</source>
        <extracomment>%1 the sentence saying how many were imported, %2 the rows that were not, one sentence each</extracomment>
        <translation>%1 لم يُستورَد: %2</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptContent</name>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="54" />
        <source>%1 cannot be read; the prompts lab uses the file it replaces instead.</source>
        <extracomment>A content file of the prompts lab (%1: its path) is not a readable file or is larger than 8 MB. "The file it replaces" is the same file in an earlier content pack or in English.</extracomment>
        <translation>تتعذّر قراءة %1؛ لذا يستخدم مختبر الموجِّهات بدلًا منه الملف الذي كان سيحلّ محلّه.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="63" />
        <source>%1 is not valid JSON at line %2, column %3; the prompts lab uses the file it replaces instead.</source>
        <extracomment>A content file of the prompts lab (%1: its path) has a JSON syntax error at line %2, column %3. "The file it replaces" is the same file in an earlier content pack or in English.</extracomment>
        <translation>‏%1 ليس JSON صالحًا عند السطر %2، العمود %3؛ لذا يستخدم مختبر الموجِّهات بدلًا منه الملف الذي كان سيحلّ محلّه.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="73" />
        <location filename="../models/labs/prompts/PromptContent.cpp" line="77" />
        <source>%1 cannot be used (%2); the prompts lab uses the file it replaces instead.</source>
        <extracomment>A content file of the prompts lab (%1: its path) lacks a field or has one of the wrong type; %2 is the technical detail (in English) naming the field. "The file it replaces" is the same file in an earlier content pack or in English.</extracomment>
        <translation>لا يمكن استخدام %1 (%2)؛ لذا يستخدم مختبر الموجِّهات بدلًا منه الملف الذي كان سيحلّ محلّه.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptContent.cpp" line="82" />
        <source>No content pack has a usable %1 for the prompts lab.</source>
        <extracomment>%1 is a file name such as tasks.json that no content pack (not even the shipped one) holds in a usable form.</extracomment>
        <translation>لا تحوي أي حزمة محتوى ملف %1 صالحًا للاستخدام في مختبر الموجِّهات.</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptRunExport</name>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="21" />
        <source>Cannot write %1: %2</source>
        <extracomment>%1 a file name, %2 the system's reason</extracomment>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="67" />
        <source># Prompt A against prompt B: %1</source>
        <extracomment>the heading of an exported test run; %1 the task's title</extracomment>
        <translation># الموجِّه أ مقابل الموجِّه ب: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="77" />
        <source>Provenance: %1</source>
        <extracomment>%1 the answers' provenance</extracomment>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunExport.cpp" line="79" />
        <source>| Case | Input | Expected | A passed | B passed | Answers of A | Answers of B |</source>
        <extracomment>the columns of the exported case-by-case table, separated by |</extracomment>
        <translation>| الحالة | المُدخَل | المنتظر | نجح أ | نجح ب | إجابات أ | إجابات ب |</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptRunLab</name>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="56" />
        <source>%1 The test runs on the built-in demonstration model instead.</source>
        <extracomment>%1 the model server's failure, one sentence</extracomment>
        <translation>%1 سيُجرى الاختبار على النموذج التوضيحي المدمج بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="68" />
        <source>Saved the comparison as %1.</source>
        <extracomment>%1 the file a test run was exported to</extracomment>
        <translation>حُفظت المقارنة باسم %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="112" />
        <source>There is no task "%1".</source>
        <extracomment>%1 a task id that the lab does not know</extracomment>
        <translation>لا توجد مهمة "%1".</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="169" />
        <source>The model is either builtin or server, not "%1".</source>
        <extracomment>builtin and server are values of a lab link, not to be translated</extracomment>
        <translation>يجب أن يكون النموذج builtin أو server، لا "%1".</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="195" />
        <source>%1 model %2 on the local model server</source>
        <extracomment>a local model's name before a run: %1 the kind of server, %2 the model</extracomment>
        <translation>النموذج %2 على خادم النماذج المحلي (%1)</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="282" />
        <source>Add a test case first: the prompts are run on the test cases.</source>
        <translation>أضِف حالة اختبار أولًا: تُشغَّل الموجِّهات على حالات الاختبار.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="352" />
        <source>Test run: %1</source>
        <extracomment>the name of a saved test run; %1 the task's title</extracomment>
        <translation>تجربة اختبار: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="362" />
        <source>The run could not be kept in your progress: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation>تعذّر حفظ التجربة في تقدّمك: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunLab.cpp" line="468" />
        <source>Compare prompt strategies: test run on %1</source>
        <extracomment>the title of a test run attached to a decision note; %1 the task's title</extracomment>
        <translation>قارن استراتيجيات الموجِّهات: تجربة اختبار على %1</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptRunWords</name>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="14" />
        <source>%1 %</source>
        <extracomment>a share as a percentage, %1 the number</extracomment>
        <translation>%1٪</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="32" />
        <source>Loopwise demonstration model (small, made by the project)</source>
        <extracomment>the built-in model's name wherever a run's provenance is shown</extracomment>
        <translation>النموذج التوضيحي لـLoopwise (صغير، من صنع المشروع)</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="38" />
        <source>trigram model, %1 words, trained on %2 words of the %3 demo corpus</source>
        <extracomment>the built-in model's version: %1 words it knows, %2 words of training text, %3 the content language code</extracomment>
        <translation>نموذج ثلاثيات الكلمات (trigram)، مفرداته %1 كلمة، دُرّب على %2 كلمة من المدوّنة التوضيحية بلغة %3</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="45" />
        <source>Case %1 of %2, seed %3 of %4</source>
        <extracomment>a test run's progress: %1 the case being answered, %2 cases in all, %3 the seed, %4 seeds in all</extracomment>
        <translation>الحالة %1 من %2، البذرة %3 من %4</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="50" />
        <source>Training the demonstration model (only the first time, a few seconds)…</source>
        <translation>جارٍ تدريب النموذج التوضيحي (في المرة الأولى فقط، بضع ثوانٍ)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="59" />
        <source>%1 (over %n seeds: %2 to %3, standard deviation %4 points)</source>
        <extracomment>%1 the mean pass rate, %n seeds, %2 the lowest and %3 the highest seed's pass rate, %4 the standard deviation in percentage points</extracomment>
        <translation>
            <numerusform>%1 (بلا بذور: من %2 إلى %3، الانحراف المعياري %4 نقطة مئوية)</numerusform>
            <numerusform>%1 (على بذرة واحدة: من %2 إلى %3، الانحراف المعياري %4 نقطة مئوية)</numerusform>
            <numerusform>%1 (على بذرتين: من %2 إلى %3، الانحراف المعياري %4 نقطة مئوية)</numerusform>
            <numerusform>%1 (على %n بذور: من %2 إلى %3، الانحراف المعياري %4 نقطة مئوية)</numerusform>
            <numerusform>%1 (على %n بذرة: من %2 إلى %3، الانحراف المعياري %4 نقطة مئوية)</numerusform>
            <numerusform>%1 (على %n بذرة: من %2 إلى %3، الانحراف المعياري %4 نقطة مئوية)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="69" />
        <source>%1 of %n answered "%2"</source>
        <extracomment>repeated answers to one test case: %1 how many seeds gave this answer, %n seeds in all, %2 the answer</extracomment>
        <translation>
            <numerusform>الإجابة "%2" في %1 من البذور</numerusform>
            <numerusform>الإجابة "%2" في %1 من بذرة واحدة</numerusform>
            <numerusform>الإجابة "%2" في %1 من بذرتين</numerusform>
            <numerusform>الإجابة "%2" في %1 من %n بذور</numerusform>
            <numerusform>الإجابة "%2" في %1 من %n بذرة</numerusform>
            <numerusform>الإجابة "%2" في %1 من %n بذرة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="81" />
        <source>B did better than A by more than the run-to-run noise: B passed more often in %1 cases, A in %2 (sign test p = %3).</source>
        <extracomment>%1 cases where B passed more often than A, %2 the other way round, %3 the sign test's p-value</extracomment>
        <translation>تفوّق الموجِّه ب على الموجِّه أ بفارق أكبر من الضوضاء بين تجربة وأخرى: نجح ب أكثر في %1 من الحالات، ونجح أ أكثر في %2 (اختبار الإشارة p = %3).</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="88" />
        <source>A did better than B by more than the run-to-run noise: A passed more often in %1 cases, B in %2 (sign test p = %3).</source>
        <extracomment>%1 cases where A passed more often than B, %2 the other way round, %3 the sign test's p-value</extracomment>
        <translation>تفوّق الموجِّه أ على الموجِّه ب بفارق أكبر من الضوضاء بين تجربة وأخرى: نجح أ أكثر في %1 من الحالات، ونجح ب أكثر في %2 (اختبار الإشارة p = %3).</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="96" />
        <source>The difference between A and B is not larger than the run-to-run noise: B passed more often in %1 cases, A in %2 (sign test p = %3). Do not conclude that one prompt works better from this run.</source>
        <extracomment>%1 cases where B passed more often than A, %2 the other way round, %3 the sign test's p-value</extracomment>
        <translation>لا يتجاوز الفرق بين الموجِّه أ والموجِّه ب الضوضاءَ بين تجربة وأخرى: نجح ب أكثر في %1 من الحالات، ونجح أ أكثر في %2 (اختبار الإشارة p = %3). لا تستنتج من هذه التجربة أن أحد الموجِّهين أفضل من الآخر.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="103" />
        <source>B minus A: %1 points of pass rate (95 % bootstrap interval over the cases: %2 to %3 points).</source>
        <extracomment>%1 B's pass rate minus A's in percentage points, %2 and %3 the interval's ends</extracomment>
        <translation>ب ناقص أ: %1 نقطة في معدل النجاح (فترة الإقلاع الذاتي (bootstrap) بنسبة 95٪ عبر الحالات: من %2 إلى %3 نقطة).</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="110" />
        <source>What this small demonstration model cannot show: it has no reasoning, so asking it to think step by step does not make its answers more correct (research finds that chain-of-thought prompting helps only large models), and a role or persona changes the style of its answers, not whether they are right (in large models too). To test those patterns, run the same A/B test on a local model server.</source>
        <translation>ما لا يستطيع هذا النموذج التوضيحي الصغير إظهاره: ليست لديه قدرة على الاستدلال، لذا فإن طلب التفكير خطوة بخطوة منه لا يجعل إجاباته أصحّ (تجد الأبحاث أن موجِّهات سلسلة التفكير لا تفيد إلا النماذج الكبيرة)، والدور أو الشخصية يغيّران أسلوب إجاباته لا صحّتها (وكذلك في النماذج الكبيرة). لاختبار هذه الأنماط، أجرِ مقارنة أ/ب نفسها على خادم نماذج محلي.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="118" />
        <source>The small demonstration model cannot show the difference on this task: it answers only with a label it has seen in examples, and cannot write a summary in a format or a JSON object, so both prompts fail on it whatever they say. Run this task on a local model server to compare the prompts, or try a task with labels (ticket triage, customer feedback) to see what examples change.</source>
        <translation>لا يستطيع النموذج التوضيحي الصغير إظهار الفرق في هذه المهمة: فهو لا يجيب إلا بتصنيف رآه في الأمثلة، ولا يستطيع كتابة ملخص بشكل محدّد ولا كائن JSON، لذا يفشل الموجِّهان معه أيًّا كان ما يقولانه. شغّل هذه المهمة على خادم نماذج محلي لتقارن الموجِّهين، أو جرّب مهمة ذات تصنيفات (فرز التذاكر، ملاحظات العملاء) لترى ما تغيّره الأمثلة.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="127" />
        <source>Prompt %1: %2 prompt tokens, %3 answer tokens, %4 s</source>
        <extracomment>%1 prompt A or B, %2 tokens read in all prompts, %3 tokens answered, %4 the time in seconds</extracomment>
        <translation>الموجِّه %1: رموز الموجِّهات %2، ورموز الإجابات %3، والزمن %4 ث</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="139" />
        <source>%1 (%2); seeds 1 to %n, temperature %3; started %4 UTC</source>
        <extracomment>where an answer came from: %1 the model, %2 its version, %n seeds (1 to n), %3 the temperature, %4 the start time in UTC</extracomment>
        <translation>
            <numerusform>‏%1 (%2)؛ بلا بذور، ودرجة الحرارة %3؛ البدء %4 UTC</numerusform>
            <numerusform>‏%1 (%2)؛ البذرة 1، ودرجة الحرارة %3؛ البدء %4 UTC</numerusform>
            <numerusform>‏%1 (%2)؛ البذرتان 1 و2، ودرجة الحرارة %3؛ البدء %4 UTC</numerusform>
            <numerusform>‏%1 (%2)؛ البذور من 1 إلى %n، ودرجة الحرارة %3؛ البدء %4 UTC</numerusform>
            <numerusform>‏%1 (%2)؛ البذور من 1 إلى %n، ودرجة الحرارة %3؛ البدء %4 UTC</numerusform>
            <numerusform>‏%1 (%2)؛ البذور من 1 إلى %n، ودرجة الحرارة %3؛ البدء %4 UTC</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="147" />
        <source>Task: %1</source>
        <extracomment>%1 the task's title</extracomment>
        <translation>المهمة: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="149" />
        <source>Test cases: %1</source>
        <extracomment>%1 the number of test cases</extracomment>
        <translation>حالات الاختبار: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="151" />
        <source>Model: %1</source>
        <extracomment>%1 the model's name</extracomment>
        <translation>النموذج: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="151" />
        <source>Seeds: %1</source>
        <translation>البذور: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="152" />
        <source>Temperature: %1</source>
        <translation>درجة الحرارة: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="153" />
        <source>Calibration: on</source>
        <translation>المعايرة: مفعّلة</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="153" />
        <source>Calibration: off</source>
        <translation>المعايرة: معطّلة</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="155" />
        <source>Prompt A: %1</source>
        <extracomment>%1 the text of prompt A</extracomment>
        <translation>الموجِّه أ: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="157" />
        <source>Prompt B: %1</source>
        <extracomment>%1 the text of prompt B</extracomment>
        <translation>الموجِّه ب: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="163" />
        <source>Pass rate of A: %1</source>
        <extracomment>%1 prompt A's pass rate with its spread</extracomment>
        <translation>معدل نجاح الموجِّه أ: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptRunWords.cpp" line="165" />
        <source>Pass rate of B: %1</source>
        <extracomment>%1 prompt B's pass rate with its spread</extracomment>
        <translation>معدل نجاح الموجِّه ب: %1</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptsExplanations</name>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="17" />
        <source>Role or persona</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>الدور أو الشخصية</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="20" />
        <source>Task as an instruction</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>المهمة بصيغة تعليمة</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="23" />
        <source>Context and reference text</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>السياق والنص المرجعي</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="26" />
        <source>Audience</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>الجمهور</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="29" />
        <source>Purpose</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>الغرض</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="32" />
        <source>Output format</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>صيغة المُخرَج</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="35" />
        <source>Length</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>الطول</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="38" />
        <source>Constraints</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>القيود</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="41" />
        <source>Examples</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>الأمثلة</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="44" />
        <source>Step by step</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>خطوة بخطوة</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="47" />
        <source>Delimiters and sections</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>الفواصل والأقسام</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="50" />
        <source>Success criteria</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>معايير النجاح</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="53" />
        <source>Subtasks</source>
        <extracomment>A part of a prompt that the prompt-writing guides recommend; a row of the prompts lab's comparison table</extracomment>
        <translation>المهام الفرعية</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="62" />
        <source>A role tells the model whose voice and knowledge to answer with.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>يحدّد الدور للنموذج بصوت مَن وبمعرفة مَن يجيب.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="66" />
        <source>A clear instruction says exactly what the model should do.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>التعليمة الواضحة تقول بالضبط ما ينبغي أن يفعله النموذج.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="70" />
        <source>Background and reference text let the model ground its answer instead of guessing.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>تتيح الخلفية والنص المرجعي للنموذج أن يبني إجابته على أساس متين بدلًا من التخمين.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="75" />
        <source>Naming the reader sets the level and the tone of the answer.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>تحديد القارئ يضبط مستوى الإجابة ونبرتها.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="79" />
        <source>Saying why the answer is needed helps the model choose what matters.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>ذكر سبب الحاجة إلى الإجابة يساعد النموذج على اختيار ما يهمّ.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="83" />
        <source>A stated format makes answers consistent and easy to check.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>تحديد الصيغة يجعل الإجابات متّسقة وسهلة الفحص.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="87" />
        <source>A length in words or sentences keeps answers from being too short or too long.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>تحديد الطول بالكلمات أو الجمل يمنع الإجابات من أن تأتي قصيرة جدًا أو طويلة جدًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="92" />
        <source>Rules set the limits, and work best when they say what to do, not only what not to do.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>تضع القواعد الحدود، وتعمل على أفضل وجه حين تقول ما يجب فعله، لا ما يجب تجنّبه فقط.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="97" />
        <source>Consistently formatted, balanced examples show the answer wanted; the last one weighs most.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>الأمثلة المتوازنة ذات التنسيق المتّسق تُظهر الإجابة المطلوبة؛ والمثال الأخير هو الأكثر تأثيرًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="102" />
        <source>Asking the model to think first can help large models on reasoning tasks.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>مطالبة النموذج بالتفكير أولًا قد تساعد النماذج الكبيرة في مهام الاستدلال.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="106" />
        <source>Tags, quotes and headings keep instructions apart from the text to work on.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>الوسوم وعلامات الاقتباس والعناوين تفصل التعليمات عن النص المراد العمل عليه.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="111" />
        <source>Saying what a good answer looks like tells the model what to aim for.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>وصف شكل الإجابة الجيدة يُعلِم النموذج بما يجب أن يسعى إليه.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="115" />
        <source>Splitting a complex task into steps makes each step easier to follow.</source>
        <extracomment>Why the prompt-writing guides recommend this part of a prompt; shown in the comparison table</extracomment>
        <translation>تقسيم المهمة المعقّدة إلى خطوات يجعل كل خطوة أسهل اتّباعًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="125" />
        <source>Vague word</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>كلمة مبهمة</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="128" />
        <source>Conflicting instructions</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>تعليمات متعارضة</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="131" />
        <source>Very long sentence</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>جملة طويلة جدًا</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="134" />
        <source>Reference to nothing before it</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>إحالة إلى شيء لم يُذكر قبلها</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="137" />
        <source>Unfilled placeholder</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>عنصر نائب لم يُملأ</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="140" />
        <source>Unbalanced tag or quote</source>
        <extracomment>A sign that a prompt is unclear, listed under the prompt with where it is</extracomment>
        <translation>وسم أو علامة اقتباس بلا إغلاق</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="164" />
        <source>B gives the model a role; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يعطي الموجِّه ب النموذجَ دورًا؛ أما الموجِّه أ فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="167" />
        <source>B states the task as an instruction; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يصوغ الموجِّه ب المهمة في صورة تعليمة؛ أما الموجِّه أ فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="171" />
        <source>B gives context or reference text; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يقدّم الموجِّه ب سياقًا أو نصًا مرجعيًا؛ أما الموجِّه أ فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="175" />
        <source>B says who the answer is for; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يذكر الموجِّه ب لمن الإجابة؛ أما الموجِّه أ فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="179" />
        <source>B says what the answer is for; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يذكر الموجِّه ب الغرض من الإجابة؛ أما الموجِّه أ فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="183" />
        <source>B asks for an output format; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يطلب الموجِّه ب صيغة محدّدة للمُخرَج؛ أما الموجِّه أ فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="186" />
        <source>B sets a length; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يحدّد الموجِّه ب طولًا للإجابة؛ أما الموجِّه أ فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="189" />
        <source>B sets rules for the answer; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يضع الموجِّه ب قواعد للإجابة؛ أما الموجِّه أ فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="192" />
        <source>B shows examples; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يعرض الموجِّه ب أمثلة؛ أما الموجِّه أ فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="195" />
        <source>B asks the model to work step by step; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يطلب الموجِّه ب من النموذج أن يعمل خطوة بخطوة؛ أما الموجِّه أ فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="199" />
        <source>B marks its parts with delimiters or sections; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يميّز الموجِّه ب أجزاءه بفواصل أو أقسام؛ أما الموجِّه أ فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="203" />
        <source>B says what a good answer looks like; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يصف الموجِّه ب شكل الإجابة الجيدة؛ أما الموجِّه أ فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="207" />
        <source>B splits the task into subtasks; A does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يقسّم الموجِّه ب المهمة إلى مهام فرعية؛ أما الموجِّه أ فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="217" />
        <source>A gives the model a role; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يعطي الموجِّه أ النموذجَ دورًا؛ أما الموجِّه ب فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="220" />
        <source>A states the task as an instruction; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يصوغ الموجِّه أ المهمة في صورة تعليمة؛ أما الموجِّه ب فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="224" />
        <source>A gives context or reference text; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يقدّم الموجِّه أ سياقًا أو نصًا مرجعيًا؛ أما الموجِّه ب فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="228" />
        <source>A says who the answer is for; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يذكر الموجِّه أ لمن الإجابة؛ أما الموجِّه ب فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="232" />
        <source>A says what the answer is for; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يذكر الموجِّه أ الغرض من الإجابة؛ أما الموجِّه ب فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="236" />
        <source>A asks for an output format; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يطلب الموجِّه أ صيغة محدّدة للمُخرَج؛ أما الموجِّه ب فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="239" />
        <source>A sets a length; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يحدّد الموجِّه أ طولًا للإجابة؛ أما الموجِّه ب فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="242" />
        <source>A sets rules for the answer; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يضع الموجِّه أ قواعد للإجابة؛ أما الموجِّه ب فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="245" />
        <source>A shows examples; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يعرض الموجِّه أ أمثلة؛ أما الموجِّه ب فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="248" />
        <source>A asks the model to work step by step; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يطلب الموجِّه أ من النموذج أن يعمل خطوة بخطوة؛ أما الموجِّه ب فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="252" />
        <source>A marks its parts with delimiters or sections; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يميّز الموجِّه أ أجزاءه بفواصل أو أقسام؛ أما الموجِّه ب فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="256" />
        <source>A says what a good answer looks like; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يصف الموجِّه أ شكل الإجابة الجيدة؛ أما الموجِّه ب فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="260" />
        <source>A splits the task into subtasks; B does not.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>يقسّم الموجِّه أ المهمة إلى مهام فرعية؛ أما الموجِّه ب فلا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="270" />
        <source>B has fewer vague words than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>في الموجِّه ب كلمات مبهمة أقل مما في الموجِّه أ.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="273" />
        <source>B has fewer conflicting instructions than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>في الموجِّه ب تعليمات متعارضة أقل مما في الموجِّه أ.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="277" />
        <source>B has fewer very long sentences than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>في الموجِّه ب جمل طويلة جدًا أقل مما في الموجِّه أ.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="280" />
        <source>B has fewer references to nothing before them than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>في الموجِّه ب إحالات إلى ما لم يُذكر قبلها أقل مما في الموجِّه أ.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="284" />
        <source>B has fewer unfilled placeholders than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>في الموجِّه ب عناصر نائبة لم تُملأ أقل مما في الموجِّه أ.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="288" />
        <source>B has fewer unbalanced tags or quotes than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>في الموجِّه ب وسوم أو علامات اقتباس بلا إغلاق أقل مما في الموجِّه أ.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="298" />
        <source>B has more vague words than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>في الموجِّه ب كلمات مبهمة أكثر مما في الموجِّه أ.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="301" />
        <source>B has more conflicting instructions than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>في الموجِّه ب تعليمات متعارضة أكثر مما في الموجِّه أ.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="305" />
        <source>B has more very long sentences than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>في الموجِّه ب جمل طويلة جدًا أكثر مما في الموجِّه أ.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="308" />
        <source>B has more references to nothing before them than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>في الموجِّه ب إحالات إلى ما لم يُذكر قبلها أكثر مما في الموجِّه أ.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="312" />
        <source>B has more unfilled placeholders than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>في الموجِّه ب عناصر نائبة لم تُملأ أكثر مما في الموجِّه أ.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="315" />
        <source>B has more unbalanced tags or quotes than A.</source>
        <extracomment>A sentence of the prompts lab's summary of the two prompts A and B</extracomment>
        <translation>في الموجِّه ب وسوم أو علامات اقتباس بلا إغلاق أكثر مما في الموجِّه أ.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsExplanations.cpp" line="336" />
        <source>A and B have the same parts and the same clarity signals.</source>
        <extracomment>The prompts lab's summary when prompts A and B have the same parts and the same clarity signals</extracomment>
        <translation>للموجِّهين أ وب الأجزاء نفسها ومؤشرات الوضوح نفسها.</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptsLab</name>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="86" />
        <source>Saved the structure comparison as %1.</source>
        <extracomment>%1 the file the structure comparison of prompts A and B was exported to</extracomment>
        <translation>حُفظت مقارنة البنية باسم %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="130" />
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="409" />
        <source>The prompts lab has no task "%1".</source>
        <extracomment>%1 the id of a task the prompts lab was asked for
----------
%1 the task id a lab link names</extracomment>
        <translation>لا توجد في مختبر الموجِّهات مهمة "%1".</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="284" />
        <source>That pattern is already in this prompt, or there is nothing for it to work on: the prompt stays as it is.</source>
        <translation>هذا النمط موجود أصلًا في هذا الموجِّه، أو لا يوجد ما يعمل عليه: يبقى الموجِّه كما هو.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="299" />
        <source>Write the role first, for example "a support lead".</source>
        <translation>اكتب الدور أولًا، مثلًا «رئيس فريق الدعم».</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="317" />
        <source>Write one example a line, the input and then the answer after a bar: "The site is down | urgent".</source>
        <translation>اكتب مثالًا واحدًا في كل سطر: المُدخَل ثم الإجابة بعد خط عمودي، مثل «الموقع متوقف | عاجلة».</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="357" />
        <source>Write the format first, for example "urgent / normal".</source>
        <translation>اكتب الصيغة أولًا، مثلًا «عاجلة / عادية».</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="457" />
        <source>The pair could not be saved: %1</source>
        <extracomment>%1 the progress store's reason</extracomment>
        <translation>تعذّر حفظ زوج الموجِّهين: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="459" />
        <source>The pair and your note are saved in your progress.</source>
        <translation>حُفظ زوج الموجِّهين وملاحظتك في تقدّمك.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="494" />
        <source>Comparison: %1</source>
        <extracomment>the name of a structure comparison kept in the learner's progress; %1 the task's title</extracomment>
        <translation>مقارنة: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="537" />
        <source>Task: %1</source>
        <extracomment>A line of the prompts lab's evidence in the decision note; %1 the task's title</extracomment>
        <translation>المهمة: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="539" />
        <source>Prompt A: %1</source>
        <extracomment>A line of the prompts lab's evidence; %1 prompt A's whole text</extracomment>
        <translation>الموجِّه أ: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="541" />
        <source>Prompt B: %1</source>
        <extracomment>A line of the prompts lab's evidence; %1 prompt B's whole text</extracomment>
        <translation>الموجِّه ب: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="549" />
        <source>Parts the guides recommend: A has %1 of %3, B has %2 of %3.</source>
        <extracomment>A line of the prompts lab's evidence; %1 and %2 how many of the %3 parts the guides recommend prompts A and B have</extracomment>
        <translation>الأجزاء التي توصي بها الإرشادات: في الموجِّه أ %1 من %3، وفي الموجِّه ب %2 من %3.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLab.cpp" line="554" />
        <source>Clarity signals: A has %1, B has %2.</source>
        <extracomment>A line of the prompts lab's evidence; %1 and %2 the numbers of clarity signals in prompts A and B</extracomment>
        <translation>مؤشرات الوضوح: في الموجِّه أ %1، وفي الموجِّه ب %2.</translation>
    </message>
</context>
<context>
    <name>loopwise::PromptsLabSettings</name>
    <message>
        <location filename="../models/labs/prompts/PromptsLabSettings.cpp" line="40" />
        <source>The prompt %1 in the link is longer than %2 characters.</source>
        <extracomment>%1 the link's key (a or b) of a prompt, %2 the most characters a prompt may have</extracomment>
        <translation>يتجاوز الموجِّه %1 في الرابط الحدّ الأقصى البالغ %2 حرفًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLabSettings.cpp" line="99" />
        <source>task must be the id of one of the lab's tasks, such as triage, not "%1".</source>
        <extracomment>%1 what the link gives as the task's id</extracomment>
        <translation>يجب أن يكون task معرّف إحدى مهام المختبر، مثل triage، لا "%1".</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/PromptsLabSettings.cpp" line="126" />
        <source>"%1" is not a setting of this lab.</source>
        <extracomment>%1 a key of the link that the prompts lab does not know</extracomment>
        <translation>"%1" ليس إعدادًا لهذا المختبر.</translation>
    </message>
</context>
<context>
    <name>loopwise::SchoolPolicy</name>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="62" />
        <source>a section name must end with ].</source>
        <extracomment>A line of the school's policy file; [ and ] are typed as they are</extracomment>
        <translation>يجب أن ينتهي اسم القسم بالرمز ].</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="69" />
        <source>there is no section [%1]; the sections are %2.</source>
        <extracomment>%1 a section name of the school's policy file, %2 the list of the known ones</extracomment>
        <translation>لا يوجد قسم [%1]؛ الأقسام هي %2.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="78" />
        <source>write a setting as key = value.</source>
        <extracomment>A line of the school's policy file that is neither "key = value", a [section] nor a # comment</extracomment>
        <translation>اكتب الإعداد بالشكل key = value.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="85" />
        <source>"%1" must come after a [section] line.</source>
        <extracomment>%1 a key of the school's policy file</extracomment>
        <translation>يجب أن يأتي «%1» بعد سطر [قسم].</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="94" />
        <source>[%2] has no key "%1"; its keys are %3.</source>
        <extracomment>%1 a key, %2 a section of the school's policy file, %3 the keys that section has</extracomment>
        <translation>لا يحتوي [%2] على المفتاح «%1»؛ مفاتيحه هي %3.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="99" />
        <source>"%1" is set twice; the first value is kept.</source>
        <extracomment>%1 a key of the school's policy file, given twice in one section</extracomment>
        <translation>حُدِّد «%1» مرتين؛ تُعتمد القيمة الأولى.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="112" />
        <source>[learning-records] needs a key and a secret with its endpoint; no statements will be sent.</source>
        <extracomment>The school's policy file names a learning record store without its key and secret</extracomment>
        <translation>يحتاج [learning-records] إلى key وsecret مع endpoint؛ لن تُرسل أي سجلات.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="118" />
        <source>manage-learners = teacher needs a teacher-pin; until one is set, anyone may.</source>
        <extracomment>The school's policy file lets only the teacher manage learners but sets no teacher PIN</extracomment>
        <translation>يحتاج manage-learners = teacher إلى teacher-pin؛ وإلى أن يُحدَّد، يحق ذلك للجميع.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="159" />
        <source>"%1" is not a language code such as de or ar.</source>
        <extracomment>%1 what the policy file gives as a language</extracomment>
        <translation>«%1» ليس رمز لغة مثل de أو ar.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="168" />
        <source>the theme is light or dark, not "%1".</source>
        <extracomment>%1 what the policy file gives as the theme; light and dark are typed as they are</extracomment>
        <translation>السمة إما light أو dark، وليست «%1».</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="181" />
        <source>the text size is a percentage from %2 to %3, not "%1".</source>
        <extracomment>%1 what the policy file gives as the text size, %2 and %3 the smallest and largest percentages</extracomment>
        <translation>حجم النص نسبة مئوية من %2 إلى %3، وليس «%1».</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="212" />
        <source>manage-learners is everyone or teacher, not "%1".</source>
        <extracomment>%1 what the policy file gives; everyone and teacher are typed as they are</extracomment>
        <translation>قيمة manage-learners هي everyone أو teacher، وليست «%1».</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="220" />
        <source>teacher-pin must be the line loopwise --hash-pin prints, never the PIN itself.</source>
        <extracomment>loopwise --hash-pin is a command typed as it is</extracomment>
        <translation>يجب أن يكون teacher-pin هو السطر الذي يطبعه loopwise --hash-pin، وليس الرمز نفسه أبدًا.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="243" />
        <source>write yes or no, not "%1".</source>
        <extracomment>%1 what the policy file gives where yes or no is expected; yes and no are typed as they are</extracomment>
        <translation>اكتب yes أو no، وليس «%1».</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="255" />
        <source>there is no lab "%1"; the labs are %2.</source>
        <extracomment>%1 a lab id the policy file names, %2 the list of lab ids</extracomment>
        <translation>لا يوجد مختبر «%1»؛ المختبرات هي %2.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="267" />
        <source>"%1" is not a web address starting with http:// or https://.</source>
        <extracomment>%1 what the policy file gives where a web address is expected</extracomment>
        <translation>«%1» ليس عنوان ويب يبدأ بـ http:// أو https://.</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="276" />
        <source>"%1" is not a whole path to a folder (such as /srv/loopwise).</source>
        <extracomment>%1 what the policy file gives where a folder is expected</extracomment>
        <translation>«%1» ليس مسارًا كاملًا إلى مجلد (مثل /srv/loopwise).</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="283" />
        <source>%1, line %2: %3</source>
        <extracomment>%1 the policy file's name, %2 a line number, %3 what is wrong there</extracomment>
        <translation>%1، السطر %2: %3</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="285" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="334" />
        <source>The school's policy %1 cannot be read: %2</source>
        <extracomment>%1 the path of the school's policy file, %2 the system's reason</extracomment>
        <translation>تتعذّر قراءة سياسة المدرسة %1: %2</translation>
    </message>
    <message>
        <location filename="../models/school/SchoolPolicy.cpp" line="342" />
        <source>The school's policy %1 is larger than %2 KiB; it was not read.</source>
        <extracomment>%1 the path of the school's policy file, %2 its largest size in KiB</extracomment>
        <translation>سياسة المدرسة %1 أكبر من %2 كيلوبايت؛ لم تُقرأ.</translation>
    </message>
    <message>
        <location filename="../app/SchoolStartup.cpp" line="67" />
        <source>The school's policy fixes the language %1, which is not installed.</source>
        <extracomment>%1 the language code the school's policy fixes</extracomment>
        <translation>تفرض سياسة المدرسة اللغة %1، وهي غير مثبتة.</translation>
    </message>
</context>
<context>
    <name>loopwise::SeedCheck</name>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="42" />
        <source>The server honours the seed: seed %1 gave the same text twice at temperature %3 and seed %2 a different one, so a run can be repeated exactly.</source>
        <extracomment>%1 the seed, %2 the next seed, %3 the temperature</extracomment>
        <translation>الخادم يحترم البذرة: أعطت البذرة %1 النص نفسه مرتين عند درجة الحرارة %3 وأعطت البذرة %2 نصًّا مختلفًا، لذا يمكن تكرار التجربة بالضبط.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="49" />
        <source>The server ignores the seed: seed %1 gave two different texts at temperature %2, so no run can be repeated exactly; compare prompts over several runs instead.</source>
        <extracomment>%1 the seed, %2 the temperature</extracomment>
        <translation>الخادم يتجاهل البذرة: أعطت البذرة %1 نصّين مختلفين عند درجة الحرارة %2، لذا لا يمكن تكرار أي تجربة بالضبط؛ قارن الموجِّهات عبر عدة تجارب بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="55" />
        <source>This check cannot tell: seeds %1 and %2 gave the same text at temperature %3, so this prompt's answer does not vary; try a prompt with a more open answer.</source>
        <extracomment>%1 and %2 two seeds, %3 the temperature</extracomment>
        <translation>لا يستطيع هذا الفحص الحسم: أعطت البذرتان %1 و%2 النص نفسه عند درجة الحرارة %3، لذا لا تتغيّر إجابة هذا الموجِّه؛ جرّب موجِّهًا إجابته أكثر انفتاحًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/SeedCheck.cpp" line="61" />
        <source>The seed check was stopped before it could tell.</source>
        <translation>أُوقف فحص البذرة قبل أن يحسم.</translation>
    </message>
</context>
<context>
    <name>loopwise::ServerFailure</name>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="12" />
        <source>The local model server is turned off: turn it on to send prompts to it.</source>
        <translation>خادم النماذج المحلي مُطفأ: شغّله لترسل إليه الموجِّهات.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="15" />
        <source>“%1” is not an address Loopwise can use: write it like http://localhost:11434.</source>
        <extracomment>%1 the address the learner typed</extracomment>
        <translation>«%1» ليس عنوانًا يستطيع Loopwise استخدامه: اكتبه هكذا http://localhost:11434.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="18" />
        <source>Choose a model from the server's list first.</source>
        <translation>اختر نموذجًا من قائمة الخادم أولًا.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="21" />
        <source>Nothing answers at %1: start the model server, or check its address and port.</source>
        <extracomment>%1 host and port, e.g. localhost:11434</extracomment>
        <translation>لا شيء يجيب عند %1: شغّل خادم النماذج، أو تحقّق من عنوانه ومنفذه.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="25" />
        <source>The computer %1 could not be found: check the server's address.</source>
        <extracomment>%1 host and port</extracomment>
        <translation>تعذّر العثور على الحاسوب %1: تحقّق من عنوان الخادم.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="28" />
        <source>The model server at %1 did not answer within %n second(s).</source>
        <extracomment>%1 host and port; %n seconds waited</extracomment>
        <translation>
            <numerusform>لم يُجب خادم النماذج عند %1 فورًا.</numerusform>
            <numerusform>لم يُجب خادم النماذج عند %1 خلال ثانية واحدة.</numerusform>
            <numerusform>لم يُجب خادم النماذج عند %1 خلال ثانيتين.</numerusform>
            <numerusform>لم يُجب خادم النماذج عند %1 خلال %n ثوانٍ.</numerusform>
            <numerusform>لم يُجب خادم النماذج عند %1 خلال %n ثانية.</numerusform>
            <numerusform>لم يُجب خادم النماذج عند %1 خلال %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="32" />
        <source>The model server stopped in the middle of its reply: nothing came for %n second(s).</source>
        <extracomment>%n seconds without any new text</extracomment>
        <translation>
            <numerusform>توقّف خادم النماذج في منتصف ردّه: لم يصل شيء فورًا.</numerusform>
            <numerusform>توقّف خادم النماذج في منتصف ردّه: لم يصل شيء طوال ثانية واحدة.</numerusform>
            <numerusform>توقّف خادم النماذج في منتصف ردّه: لم يصل شيء طوال ثانيتين.</numerusform>
            <numerusform>توقّف خادم النماذج في منتصف ردّه: لم يصل شيء طوال %n ثوانٍ.</numerusform>
            <numerusform>توقّف خادم النماذج في منتصف ردّه: لم يصل شيء طوال %n ثانية.</numerusform>
            <numerusform>توقّف خادم النماذج في منتصف ردّه: لم يصل شيء طوال %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="36" />
        <source>The server at %1 does not have the model “%2”: pick one from its list.</source>
        <extracomment>%1 host and port, %2 the model's name</extracomment>
        <translation>الخادم عند %1 لا يملك النموذج «%2»: اختر واحدًا من قائمته.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="40" />
        <source>The server at %1 does not know %2: check that the kind of server chosen is the one running there.</source>
        <extracomment>%1 host and port, %2 a path such as /api/generate</extracomment>
        <translation>الخادم عند %1 لا يعرف %2: تحقّق من أن نوع الخادم المختار هو الذي يعمل هناك.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="44" />
        <source>The model server sent a reply Loopwise cannot read: check that the kind of server chosen is the one running there.</source>
        <translation>أرسل خادم النماذج ردًّا لا يستطيع Loopwise قراءته: تحقّق من أن نوع الخادم المختار هو الذي يعمل هناك.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="48" />
        <source>The model went on past the %n token(s) it was allowed, so Loopwise stopped it.</source>
        <extracomment>%n the number of tokens the reply was allowed</extracomment>
        <translation>
            <numerusform>تجاوز النموذج حدّ الرموز المسموح (لا رموز)، فأوقفه Loopwise.</numerusform>
            <numerusform>تجاوز النموذج الرمز الواحد المسموح له، فأوقفه Loopwise.</numerusform>
            <numerusform>تجاوز النموذج الرمزين المسموحين له، فأوقفه Loopwise.</numerusform>
            <numerusform>تجاوز النموذج الرموز الـ%n المسموحة له، فأوقفه Loopwise.</numerusform>
            <numerusform>تجاوز النموذج الـ%n رمزًا المسموحة له، فأوقفه Loopwise.</numerusform>
            <numerusform>تجاوز النموذج الـ%n رمز المسموحة له، فأوقفه Loopwise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="52" />
        <source>The reply was still running after %n second(s), so Loopwise stopped it.</source>
        <extracomment>%n seconds a whole reply may take</extracomment>
        <translation>
            <numerusform>كان الرد ما زال مستمرًا، فأوقفه Loopwise.</numerusform>
            <numerusform>كان الرد ما زال مستمرًا بعد ثانية واحدة، فأوقفه Loopwise.</numerusform>
            <numerusform>كان الرد ما زال مستمرًا بعد ثانيتين، فأوقفه Loopwise.</numerusform>
            <numerusform>كان الرد ما زال مستمرًا بعد %n ثوانٍ، فأوقفه Loopwise.</numerusform>
            <numerusform>كان الرد ما زال مستمرًا بعد %n ثانية، فأوقفه Loopwise.</numerusform>
            <numerusform>كان الرد ما زال مستمرًا بعد %n ثانية، فأوقفه Loopwise.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="56" />
        <source>The model server answered with error %1.</source>
        <extracomment>%1 an HTTP status code such as 500</extracomment>
        <translation>أجاب خادم النماذج بالخطأ %1.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="58" />
        <source>The model server reported a problem while answering.</source>
        <translation>أبلغ خادم النماذج عن مشكلة أثناء الإجابة.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="60" />
        <source>The model server closed the connection before its reply was complete.</source>
        <translation>أغلق خادم النماذج الاتصال قبل أن يكتمل ردّه.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="63" />
        <source>The model server sent Loopwise on to another computer (%1); Loopwise did not follow, so nothing was sent there.</source>
        <extracomment>%1 the host the server pointed to</extracomment>
        <translation>أحال خادم النماذج Loopwise إلى حاسوب آخر (%1)؛ ولم يتبعه Loopwise، فلم يُرسَل شيء إلى هناك.</translation>
    </message>
    <message>
        <location filename="../models/labs/prompts/ServerFailure.cpp" line="67" />
        <source>Loopwise could not talk to the model server.</source>
        <translation>تعذّر على Loopwise التواصل مع خادم النماذج.</translation>
    </message>
</context>
<context>
    <name>loopwise::ServerPromptRun</name>
    <message>
        <location filename="../models/labs/prompts/ServerPromptRun.cpp" line="93" />
        <source>%1 model %2</source>
        <extracomment>a local model's name in a run's provenance: %1 the kind of server, %2 the model</extracomment>
        <translation>النموذج %2 (%1)</translation>
    </message>
</context>
<context>
    <name>loopwise::ShortcutLab</name>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="28" />
        <source>Urgent, and the model says urgent (%1).</source>
        <extracomment>%1 the model's probability that the ticket is urgent</extracomment>
        <translation>عاجلة، والنموذج يقول عاجلة (%1).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="29" />
        <source>Urgent, but the model says normal (%1 urgent).</source>
        <translation>عاجلة، لكن النموذج يقول عادية (%1 عاجلة).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="31" />
        <source>Normal, but the model says urgent (%1).</source>
        <extracomment>%1 the model's probability that the ticket is urgent</extracomment>
        <translation>عادية، لكن النموذج يقول عاجلة (%1).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="32" />
        <source>Normal, and the model says normal (%1 urgent).</source>
        <translation>عادية، والنموذج يقول عادية (%1 عاجلة).</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="84" />
        <source>There is no split "%1": choose random, time or writer.</source>
        <extracomment>%1 what the learner asked for</extracomment>
        <translation>لا يوجد تقسيم "%1": اختر random أو time أو writer.</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="124" />
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="125" />
        <source>Validation</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="127" />
        <source>Production</source>
        <extracomment>accuracy on the tickets after the staffing change</extracomment>
        <translation>الإنتاج</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="145" />
        <source>%1 (%2)</source>
        <extracomment>a feature and its group, e.g. "mo (style)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="166" />
        <source>%1 points</source>
        <extracomment>accuracy lost when a feature group is shuffled, in percentage points</extracomment>
        <translation>%1 نقطة</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="184" />
        <source>Logged by %1 on day %2</source>
        <extracomment>who logged a ticket and when; %1 the agent's name, %2 the day of the year</extracomment>
        <translation>سجّلها %1 في اليوم %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="229" />
        <source>Validation split: %1 (%2 of the history)</source>
        <extracomment>%1 how the history was split, %2 the share held out for validation</extracomment>
        <translation>تقسيم التحقق: %1 (%2 من السجلّ)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="230" />
        <source>Style features (greetings, sign-offs, names, formatting): used</source>
        <translation>خصائص الأسلوب (التحيات، والخواتيم، والأسماء، والتنسيق): مستخدمة</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="231" />
        <source>Style features (greetings, sign-offs, names, formatting): dropped</source>
        <translation>خصائص الأسلوب (التحيات، والخواتيم، والأسماء، والتنسيق): مُسقَطة</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="233" />
        <source>Fields known only after the fact (escalated, resolved within a day): added</source>
        <translation>الحقول التي لا تُعرف إلا بعد الواقعة (صُعِّدت، حُلّت خلال يوم): مضافة</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="234" />
        <source>Fields known only after the fact (escalated, resolved within a day): not used</source>
        <translation>الحقول التي لا تُعرف إلا بعد الواقعة (صُعِّدت، حُلّت خلال يوم): غير مستخدمة</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="242" />
        <source>Training accuracy: %1</source>
        <translation>دقة التدريب: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="243" />
        <source>Validation accuracy: %1</source>
        <translation>دقة التحقق: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="244" />
        <source>Production accuracy: %1</source>
        <translation>دقة الإنتاج: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="246" />
        <source>Urgent tickets caught in production: %1 of %2</source>
        <extracomment>%1 urgent tickets the model flagged in production, %2 urgent tickets in all</extracomment>
        <translation>التذاكر العاجلة الملتقطة في الإنتاج: %1 من %2</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ShortcutLab.cpp" line="251" />
        <source>Largest weight: %1 (%2)</source>
        <extracomment>%1 the feature the model leans on most, %2 its group (content, style, ...)</extracomment>
        <translation>أكبر وزن: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>loopwise::ValidationLab</name>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="69" />
        <source>There is no validation method "%1".</source>
        <extracomment>%1 what the learner asked for</extracomment>
        <translation>لا توجد طريقة تحقق "%1".</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="123" />
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="219" />
        <source>All five, side by side</source>
        <translation>الطرق الخمس كلها، جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="219" />
        <source>Validation method: %1</source>
        <extracomment>%1 the validation method (or "All five, side by side")</extracomment>
        <translation>طريقة التحقق: %1</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="221" />
        <source>Signal: %1 (0 means the labels are pure noise)</source>
        <extracomment>%1 the signal strength, 0 = pure noise</extracomment>
        <translation>الإشارة: %1 (0 تعني أن التسميات ضوضاء محضة)</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="223" />
        <source>Data: %1 cases, %2 rows per case, %3 noise features, %4 features kept</source>
        <extracomment>%1 cases, %2 near-copies per case, %3 pure-noise features, %4 features kept</extracomment>
        <translation>البيانات: %1 حالة، و%2 صفوف لكل حالة، و%3 خصائص ضوضاء، و%4 خصائص مُبقاة</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="226" />
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../models/labs/assumptions/ValidationLab.cpp" line="234" />
        <source>%1: validation %2, production %3, chance %4</source>
        <extracomment>%1 the validation method, %2 its validation accuracy, %3 production accuracy, %4 chance</extracomment>
        <translation>%1: التحقق %2، والإنتاج %3، والصدفة %4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="161" />
        <source>Loopwise cannot start because parts of Qt are not installed: %1. Please install them and start again.</source>
        <extracomment>%1 is a list of Qt module names with the reason each failed to load</extracomment>
        <translation>لا يمكن تشغيل Loopwise لأن أجزاء من Qt غير مثبتة: %1. ثبّتها ثم أعد التشغيل.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="169" />
        <location filename="../app/main.cpp" line="181" />
        <source>Loopwise cannot start</source>
        <extracomment>Title of the message box shown when Loopwise cannot start (parts of Qt missing, or the progress store cannot be opened)</extracomment>
        <translation>لا يمكن تشغيل Loopwise</translation>
    </message>
</context>
</TS>