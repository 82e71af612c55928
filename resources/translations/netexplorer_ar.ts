<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>AddrinfoArgs</name>
    <message>
      <source>Host</source>
      <translation>المضيف</translation>
    </message>
    <message>
      <source>empty means None (this computer)</source>
      <translation>الفراغ يعني ⁦None⁩ (هذا الحاسوب)</translation>
    </message>
    <message>
      <source>Port or service</source>
      <translation>المنفذ أو الخدمة</translation>
    </message>
    <message>
      <source>a number or a service name; empty means None</source>
      <translation>رقم أو اسم خدمة؛ الفراغ يعني ⁦None⁩</translation>
    </message>
    <message>
      <source>0: any; let the system choose.</source>
      <translation>⁦0⁩: أيٌّ منها؛ دع النظام يختار.</translation>
    </message>
    <message>
      <source>Address family</source>
      <translation>عائلة العناوين</translation>
    </message>
    <message>
      <source>Socket type</source>
      <translation>نوع المقبس</translation>
    </message>
    <message>
      <source>Protocol</source>
      <translation>البروتوكول</translation>
    </message>
    <message>
      <source>fa&amp;mily</source>
      <translation>⁦fa&amp;mily⁩</translation>
    </message>
    <message>
      <source>&amp;type</source>
      <translation>⁦&amp;type⁩</translation>
    </message>
    <message>
      <source>&amp;proto</source>
      <translation>⁦&amp;proto⁩</translation>
    </message>
    <message>
      <source>&amp;Host:</source>
      <translation>الم&amp;ضيف:</translation>
    </message>
    <message>
      <source>P&amp;ort:</source>
      <translation>ا&amp;لمنفذ:</translation>
    </message>
    <message>
      <source>Arguments:</source>
      <translation>الوسائط:</translation>
    </message>
    <message>
      <source>flags:</source>
      <translation>⁦flags⁩:</translation>
    </message>
  </context>
  <context>
    <name>AddrinfoModel</name>
    <message>
      <source>family</source>
      <translation>⁦family⁩</translation>
    </message>
    <message>
      <source>type</source>
      <translation>⁦type⁩</translation>
    </message>
    <message>
      <source>proto</source>
      <translation>⁦proto⁩</translation>
    </message>
    <message>
      <source>canonname</source>
      <translation>⁦canonname⁩</translation>
    </message>
    <message>
      <source>sockaddr</source>
      <translation>⁦sockaddr⁩</translation>
    </message>
    <message>
      <source>address kind</source>
      <translation>نوع العنوان</translation>
    </message>
    <message>
      <source>change</source>
      <translation>التغيير</translation>
    </message>
    <message>
      <source>no longer returned</source>
      <translation>لم يَعُد يُعاد</translation>
    </message>
    <message>
      <source>new</source>
      <translation>جديد</translation>
    </message>
  </context>
  <context>
    <name>AddrinfoTab</name>
    <message>
      <source>Host is None: without AI_PASSIVE the addresses are loopback ones, for connect(); with AI_PASSIVE they are wildcard ones (0.0.0.0, ::), for bind(). Compare the address kind column.</source>
      <translation>⁦host⁩ هو ⁦None⁩: من دون ⁦AI_PASSIVE⁩ تكون العناوين عناوين استرجاع، لـ ⁦connect()⁩؛ ومع ⁦AI_PASSIVE⁩ تكون عناوين شاملة (⁦0.0.0.0⁩، ::)، لـ ⁦bind()⁩. قارن عمود نوع العنوان.</translation>
    </message>
    <message>
      <source>About host None</source>
      <translation>عن ⁦host = None⁩</translation>
    </message>
    <message>
      <source>Answer and comparison grid</source>
      <translation>الجواب وشبكة المقارنة</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>الجواب</translation>
    </message>
    <message>
      <source>Comparison grid</source>
      <translation>شبكة المقارنة</translation>
    </message>
    <message>
      <source>Pin as &amp;baseline</source>
      <translation>&amp;ثبّت كأساس للمقارنة</translation>
    </message>
    <message>
      <source>Pin the answer on screen as baseline</source>
      <translation>ثبّت الجواب المعروض أساسًا للمقارنة</translation>
    </message>
    <message>
      <source>Compare every next answer with the one on screen now, not the previous one.</source>
      <translation>قارن كل جواب تالٍ بالجواب المعروض الآن، لا بالجواب السابق.</translation>
    </message>
    <message>
      <source>Tuples no longer returned</source>
      <translation>صفوف لم تَعُد تُعاد</translation>
    </message>
    <message>
      <source>No longer returned:</source>
      <translation>لم تَعُد تُعاد:</translation>
    </message>
    <message>
      <source>The selected tuple's fields</source>
      <translation>حقول الصف المحدد</translation>
    </message>
    <message>
      <source>Select a row to see what each field means.</source>
      <translation>حدّد صفًا لترى معنى كل حقل.</translation>
    </message>
    <message>
      <source>Why this order</source>
      <translation>لماذا هذا الترتيب</translation>
    </message>
    <message>
      <source>The selected row, field by field</source>
      <translation>الصف المحدد، حقلًا حقلًا</translation>
    </message>
    <message>
      <source>Explanation of the selected row</source>
      <translation>شرح الصف المحدد</translation>
    </message>
    <message>
      <source>Bind &amp;server here</source>
      <translation>ارب&amp;ط الخادم هنا</translation>
    </message>
    <message>
      <source>Bind server here</source>
      <translation>اربط الخادم هنا</translation>
    </message>
    <message>
      <source>Start the Client/Server tab's server on this address and port.</source>
      <translation>شغّل خادم تبويب العميل/الخادم على هذا العنوان والمنفذ.</translation>
    </message>
    <message>
      <source>Con&amp;nect client here</source>
      <translation>&amp;صِل العميل هنا</translation>
    </message>
    <message>
      <source>Connect client here</source>
      <translation>صِل العميل هنا</translation>
    </message>
    <message>
      <source>Connect the Client/Server tab's client to this address and port.</source>
      <translation>صِل عميل تبويب العميل/الخادم بهذا العنوان والمنفذ.</translation>
    </message>
  </context>
  <context>
    <name>ChangesLabel</name>
    <message>
      <source>What changed</source>
      <translation>ما الذي تغيّر</translation>
    </message>
    <message>
      <source>Each answer is compared with the previous one.</source>
      <translation>يُقارَن كل جواب بالجواب السابق.</translation>
    </message>
    <message>
      <source>First answer: the next one will be compared with it.</source>
      <translation>الجواب الأول: سيُقارَن به الجواب التالي.</translation>
    </message>
    <message>
      <source>{}: {}</source>
      <translation>⁨{}⁩: ⁨{}⁩</translation>
    </message>
    <message>
      <source>Same arguments</source>
      <translation>الوسائط نفسها</translation>
    </message>
    <message>
      <source>Against the pinned answer: {}</source>
      <translation>مقارنةً بالجواب المثبّت: ⁨{}⁩</translation>
    </message>
    <message>
      <source>still fails with {}</source>
      <translation>ما زال يخفق بـ ⁨{}⁩</translation>
    </message>
    <message>
      <source>now fails with {}</source>
      <translation>صار يخفق بـ ⁨{}⁩</translation>
    </message>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>لا صفوف</numerusform>
        <numerusform>صف واحد</numerusform>
        <numerusform>صفان</numerusform>
        <numerusform>%n صفوف</numerusform>
        <numerusform>%n صفًا</numerusform>
        <numerusform>%n صف</numerusform>
      </translation>
    </message>
    <message>
      <source>was {}, now {}</source>
      <translation>كان ⁨{}⁩، وصار ⁨{}⁩</translation>
    </message>
    <message>
      <source>same answer</source>
      <translation>الجواب نفسه</translation>
    </message>
    <message>
      <source>+{}, −{}</source>
      <translation>⁦+{}⁩، −⁨{}⁩</translation>
    </message>
  </context>
  <context>
    <name>ClientPane</name>
    <message>
      <source>Client</source>
      <translation>العميل</translation>
    </message>
    <message>
      <source>Client log</source>
      <translation>سجل العميل</translation>
    </message>
    <message>
      <source>Client status</source>
      <translation>حالة العميل</translation>
    </message>
    <message>
      <source>Not connected.</source>
      <translation>غير متصل.</translation>
    </message>
    <message>
      <source>Client host</source>
      <translation>مضيف العميل</translation>
    </message>
    <message>
      <source>host name or address</source>
      <translation>اسم مضيف أو عنوان</translation>
    </message>
    <message>
      <source>Client port</source>
      <translation>منفذ العميل</translation>
    </message>
    <message>
      <source>number or service name</source>
      <translation>رقم أو اسم خدمة</translation>
    </message>
    <message>
      <source>Server host:</source>
      <translation>مضيف الخادم:</translation>
    </message>
    <message>
      <source>Server port:</source>
      <translation>منفذ الخادم:</translation>
    </message>
    <message>
      <source>UDP: call connect() first</source>
      <translation>⁦UDP⁩: استدعِ ⁦connect()⁩ أولًا</translation>
    </message>
    <message>
      <source>UDP connect first</source>
      <translation>⁦UDP⁩: الاتصال أولًا</translation>
    </message>
    <message>
      <source>On UDP, connect() sends nothing: it only sets the default peer for send() and recv(). Without it the client uses sendto() and recvfrom().</source>
      <translation>على ⁦UDP⁩ لا ترسل ⁦connect()⁩ شيئًا: بل تعيّن فقط النظير الافتراضي لـ ⁦send()⁩ و⁦recv()⁩. ومن دونها يستخدم العميل ⁦sendto()⁩ و⁦recvfrom()⁩.</translation>
    </message>
    <message>
      <source>&amp;Connect</source>
      <translation>ا&amp;تصال</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>اتصال</translation>
    </message>
    <message>
      <source>&amp;Disconnect</source>
      <translation>&amp;قطع الاتصال</translation>
    </message>
    <message>
      <source>Disconnect</source>
      <translation>قطع الاتصال</translation>
    </message>
    <message>
      <source>Where the server is</source>
      <translation>أين الخادم</translation>
    </message>
    <message>
      <source>Use the server's address</source>
      <translation>استخدم عنوان الخادم</translation>
    </message>
    <message>
      <source>Use {}:{}</source>
      <translation>استخدم ⁦{}:{}⁩</translation>
    </message>
    <message>
      <source>Client getsockname()</source>
      <translation>⁦getsockname()⁩ للعميل</translation>
    </message>
    <message>
      <source>Client getpeername()</source>
      <translation>⁦getpeername()⁩ للعميل</translation>
    </message>
    <message>
      <source>getsockname():</source>
      <translation>⁦getsockname()⁩:</translation>
    </message>
    <message>
      <source>getpeername():</source>
      <translation>⁦getpeername()⁩:</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>الرسالة</translation>
    </message>
    <message>
      <source>&amp;Send</source>
      <translation>أرس&amp;ل</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>أرسل</translation>
    </message>
    <message>
      <source>none: not connected (sendto() goes to {})</source>
      <translation>لا شيء: غير متصل (تذهب ⁦sendto()⁩ إلى ⁨{}⁩)</translation>
    </message>
    <message numerus="yes">
      <source>UDP socket ready, not connected: sendto() and recvfrom(); %n byte(s) received.</source>
      <translation>
        <numerusform>مقبس ⁦UDP⁩ جاهز، غير متصل: ⁦sendto()⁩ و⁦recvfrom()⁩؛ لم يُستقبل أي بايت.</numerusform>
        <numerusform>مقبس ⁦UDP⁩ جاهز، غير متصل: ⁦sendto()⁩ و⁦recvfrom()⁩؛ استُقبل بايت واحد.</numerusform>
        <numerusform>مقبس ⁦UDP⁩ جاهز، غير متصل: ⁦sendto()⁩ و⁦recvfrom()⁩؛ استُقبل بايتان.</numerusform>
        <numerusform>مقبس ⁦UDP⁩ جاهز، غير متصل: ⁦sendto()⁩ و⁦recvfrom()⁩؛ استُقبلت %n بايتات.</numerusform>
        <numerusform>مقبس ⁦UDP⁩ جاهز، غير متصل: ⁦sendto()⁩ و⁦recvfrom()⁩؛ استُقبل %n بايتًا.</numerusform>
        <numerusform>مقبس ⁦UDP⁩ جاهز، غير متصل: ⁦sendto()⁩ و⁦recvfrom()⁩؛ استُقبل %n بايت.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Connected ({}): %n byte(s) received.</source>
      <translation>
        <numerusform>متصل (⁨{}⁩): لم يُستقبل أي بايت.</numerusform>
        <numerusform>متصل (⁨{}⁩): استُقبل بايت واحد.</numerusform>
        <numerusform>متصل (⁨{}⁩): استُقبل بايتان.</numerusform>
        <numerusform>متصل (⁨{}⁩): استُقبلت %n بايتات.</numerusform>
        <numerusform>متصل (⁨{}⁩): استُقبل %n بايتًا.</numerusform>
        <numerusform>متصل (⁨{}⁩): استُقبل %n بايت.</numerusform>
      </translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
      <source>Not connected: the connection ended.</source>
      <translation>غير متصل: انتهى الاتصال.</translation>
    </message>
    <message>
      <source>Resolving the server's address…</source>
      <translation>جارٍ تحليل عنوان الخادم…</translation>
    </message>
  </context>
  <context>
    <name>ClientServerHistory</name>
    <message>
      <source>field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <source>value</source>
      <translation>القيمة</translation>
    </message>
  </context>
  <context>
    <name>ClientServerTab</name>
    <message>
      <source>Se&amp;quence diagram</source>
      <translation>مخ&amp;طط التسلسل</translation>
    </message>
    <message>
      <source>Pyt&amp;hon scripts</source>
      <translation>سكربتات با&amp;يثون</translation>
    </message>
    <message>
      <source>Let classmates connect</source>
      <translation>دع الزملاء يتصلون</translation>
    </message>
    <message>
      <source>Transport</source>
      <translation>النقل</translation>
    </message>
    <message>
      <source>SOCK_STREAM: a connection, a byte stream</source>
      <translation>⁦SOCK_STREAM⁩: اتصال وتدفّق بايتات</translation>
    </message>
    <message>
      <source>SOCK_DGRAM: separate datagrams, no connection</source>
      <translation>⁦SOCK_DGRAM⁩: حزم بيانات منفصلة، بلا اتصال</translation>
    </message>
    <message>
      <source>Tra&amp;nsport:</source>
      <translation>ال&amp;نقل:</translation>
    </message>
    <message>
      <source>UDP: the server sees peers with recvfrom() and answers with sendto().</source>
      <translation>⁦UDP⁩: يرى الخادم النظراء بـ ⁦recvfrom()⁩ ويجيب بـ ⁦sendto()⁩.</translation>
    </message>
    <message>
      <source>TCP: the server listen()s and accept()s; each client gets a connection.</source>
      <translation>⁦TCP⁩: الخادم يستدعي ⁦listen()⁩ ثم ⁦accept()⁩؛ ولكل عميل اتصال.</translation>
    </message>
    <message>
      <source>Stop the server and disconnect the client to change it.</source>
      <translation>أوقف الخادم وافصل العميل لتغييره.</translation>
    </message>
  </context>
  <context>
    <name>CodeView</name>
    <message>
      <source>Python code</source>
      <translation>شيفرة بايثون</translation>
    </message>
    <message>
      <source>&amp;Copy code</source>
      <translation>ا&amp;نسخ الشيفرة</translation>
    </message>
    <message>
      <source>Copy code</source>
      <translation>انسخ الشيفرة</translation>
    </message>
  </context>
  <context>
    <name>CompareModel</name>
    <message>
      <source>family</source>
      <translation>⁦family⁩</translation>
    </message>
    <message>
      <source>type</source>
      <translation>⁦type⁩</translation>
    </message>
    <message>
      <source>proto</source>
      <translation>⁦proto⁩</translation>
    </message>
    <message>
      <source>canonname</source>
      <translation>⁦canonname⁩</translation>
    </message>
    <message>
      <source>sockaddr</source>
      <translation>⁦sockaddr⁩</translation>
    </message>
    <message>
      <source>{}: still waiting for its answer</source>
      <translation>⁨{}⁩: ما زال ينتظر جوابه</translation>
    </message>
    <message>
      <source>{}: how the call failed</source>
      <translation>⁨{}⁩: كيف أخفق الاستدعاء</translation>
    </message>
    <message>
      <source>{}: this tuple is not in the answer</source>
      <translation>⁨{}⁩: هذا الصف ليس في الجواب</translation>
    </message>
    <message>
      <source>{}: position {} in the answer</source>
      <translation>⁨{}⁩: الموضع ⁨{}⁩ في الجواب</translation>
    </message>
    <message>
      <source>the baseline: every other column is compared with this one</source>
      <translation>الأساس: كل عمود آخر يُقارَن به</translation>
    </message>
    <message>
      <source>same as baseline: {}</source>
      <translation>مثل الأساس: ⁨{}⁩</translation>
    </message>
    <message>
      <source>same as baseline</source>
      <translation>مثل الأساس</translation>
    </message>
  </context>
  <context>
    <name>ComparePanel</name>
    <message>
      <source>Compare var&amp;iants</source>
      <translation>&amp;قارن المتغيّرات</translation>
    </message>
    <message>
      <source>Compare variants</source>
      <translation>قارن المتغيّرات</translation>
    </message>
    <message>
      <source>Run the query once per variant and show the answers side by side.</source>
      <translation>شغّل الاستعلام مرة لكل متغيّر واعرض الأجوبة جنبًا إلى جنب.</translation>
    </message>
    <message>
      <source>What to compare</source>
      <translation>ما الذي يُقارَن</translation>
    </message>
    <message>
      <source>each flag toggled</source>
      <translation>قلب كل علم</translation>
    </message>
    <message>
      <source>family × type</source>
      <translation>⁦family⁩ × ⁦type⁩</translation>
    </message>
    <message>
      <source>Variants answered</source>
      <translation>المتغيّرات التي أجابت</translation>
    </message>
    <message>
      <source>%v of %m variants answered</source>
      <translation>أجاب %v من %m متغيّرات</translation>
    </message>
    <message>
      <source>Abandon the comparison</source>
      <translation>تخلَّ عن المقارنة</translation>
    </message>
    <message>
      <source>Comparison grid</source>
      <translation>شبكة المقارنة</translation>
    </message>
    <message>
      <source>Press Compare variants to fill the grid.</source>
      <translation>اضغط «قارن المتغيّرات» لملء الشبكة.</translation>
    </message>
    <message>
      <source>Notes on the columns</source>
      <translation>ملاحظات على الأعمدة</translation>
    </message>
    <message>
      <source>Whose query the grid answers</source>
      <translation>الاستعلام الذي تجيب عنه الشبكة</translation>
    </message>
    <message>
      <source>This grid answers {}; the inputs on screen ask something else. Press Compare variants to run the grid for them.</source>
      <translation>تجيب هذه الشبكة عن ⁨{}⁩؛ والمدخلات المعروضة تسأل شيئًا آخر. اضغط «قارن المتغيّرات» لتشغيل الشبكة لها.</translation>
    </message>
    <message numerus="yes">
      <source>Abandoned: %n variant(s) never answered.</source>
      <translation>
        <numerusform>تُخلّي عنها: أجابت كل المتغيّرات.</numerusform>
        <numerusform>تُخلّي عنها: متغيّر واحد لم يُجب قط.</numerusform>
        <numerusform>تُخلّي عنها: متغيّران لم يُجيبا قط.</numerusform>
        <numerusform>تُخلّي عنها: ⁦%n⁩ متغيّرات لم تُجب قط.</numerusform>
        <numerusform>تُخلّي عنها: ⁦%n⁩ متغيّرًا لم يُجب قط.</numerusform>
        <numerusform>تُخلّي عنها: ⁦%n⁩ متغيّر لم يُجب قط.</numerusform>
      </translation>
    </message>
    <message>
      <source>Beside getaddrinfo</source>
      <translation>بجانب ⁦getaddrinfo⁩</translation>
    </message>
    <message>
      <source>Compare &amp;with getaddrinfo</source>
      <translation>قارن مع ⁦&amp;getaddrinfo⁩</translation>
    </message>
    <message>
      <source>Compare with getaddrinfo</source>
      <translation>قارن مع ⁦getaddrinfo⁩</translation>
    </message>
    <message>
      <source>Run socket.getaddrinfo(name, None) and see which DNS record each address is.</source>
      <translation>شغّل ⁦socket.getaddrinfo(name, None)⁩ وانظر أي سجل ⁦DNS⁩ يقابل كل عنوان.</translation>
    </message>
    <message>
      <source>with AI_ADDRCONFIG</source>
      <translation>مع ⁦AI_ADDRCONFIG⁩</translation>
    </message>
    <message>
      <source>Pass flags=socket.AI_ADDRCONFIG: only families this computer has an address of.</source>
      <translation>مرّر ⁦flags=socket.AI_ADDRCONFIG⁩: العائلات التي لهذا الحاسوب عنوان منها فقط.</translation>
    </message>
    <message>
      <source>DNS beside getaddrinfo</source>
      <translation>⁦DNS⁩ بجانب ⁦getaddrinfo⁩</translation>
    </message>
    <message>
      <source>Which addresses does the system resolver return, and why?</source>
      <translation>ما العناوين التي يعيدها مُحلِّل النظام، ولماذا؟</translation>
    </message>
    <message>
      <source>Comparison summary</source>
      <translation>ملخص المقارنة</translation>
    </message>
    <message>
      <source>Running {} and asking DNS…</source>
      <translation>جارٍ تشغيل ⁨{}⁩ وسؤال ⁦DNS⁩…</translation>
    </message>
    <message numerus="yes">
      <source>%n 5-tuple(s)</source>
      <translation>
        <numerusform>لا صفوف خماسية</numerusform>
        <numerusform>صف خماسي واحد</numerusform>
        <numerusform>صفان خماسيان</numerusform>
        <numerusform>%n صفوف خماسية</numerusform>
        <numerusform>%n صفًا خماسيًا</numerusform>
        <numerusform>%n صف خماسي</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConnectionsModel</name>
    <message>
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <source>state</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>getpeername()</source>
      <translation>⁦getpeername()⁩</translation>
    </message>
    <message>
      <source>getsockname()</source>
      <translation>⁦getsockname()⁩</translation>
    </message>
    <message>
      <source>received</source>
      <translation>المُستقبَل</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>المُرسَل</translation>
    </message>
    <message>
      <source>seen</source>
      <translation>شوهد</translation>
    </message>
    <message>
      <source>forgotten</source>
      <translation>نُسي</translation>
    </message>
    <message>
      <source>open</source>
      <translation>مفتوح</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>مغلق</translation>
    </message>
    <message numerus="yes">
      <source>%n byte(s)</source>
      <translation>
        <numerusform>لا بايت</numerusform>
        <numerusform>بايت واحد</numerusform>
        <numerusform>بايتان</numerusform>
        <numerusform>%n بايتات</numerusform>
        <numerusform>%n بايتًا</numerusform>
        <numerusform>%n بايت</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DnsTab</name>
    <message>
      <source>Name or address</source>
      <translation>الاسم أو العنوان</translation>
    </message>
    <message>
      <source>a name (example.com) or an address, asked as its reverse name</source>
      <translation>اسم ⁦(example.com)⁩ أو عنوان، يُسأل عنه باسمه العكسي</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>ا&amp;لاسم:</translation>
    </message>
    <message>
      <source>Record type</source>
      <translation>نوع السجل</translation>
    </message>
    <message>
      <source>&amp;Record type:</source>
      <translation>ن&amp;وع السجل:</translation>
    </message>
    <message>
      <source>DNS server</source>
      <translation>خادم ⁦DNS⁩</translation>
    </message>
    <message>
      <source>empty: this computer's DNS servers; or an address, optionally :port</source>
      <translation>فارغ: خوادم ⁦DNS⁩ لهذا الحاسوب؛ أو عنوان، مع ⁦:port⁩ اختياريًا</translation>
    </message>
    <message>
      <source>&amp;Server:</source>
      <translation>الخا&amp;دم:</translation>
    </message>
    <message>
      <source>Ask &amp;over TCP</source>
      <translation>اسأل عبر ⁦&amp;TCP⁩</translation>
    </message>
    <message>
      <source>Ask over TCP</source>
      <translation>اسأل عبر ⁦TCP⁩</translation>
    </message>
    <message>
      <source>Without it the question goes over UDP, and over TCP if the answer is truncated.</source>
      <translation>من دونه يذهب السؤال عبر ⁦UDP⁩، ثم عبر ⁦TCP⁩ إذا اقتُطع الجواب.</translation>
    </message>
    <message>
      <source>Recursion &amp;desired (RD)</source>
      <translation>الت&amp;كرار مطلوب ⁦(RD)⁩</translation>
    </message>
    <message>
      <source>Recursion desired</source>
      <translation>التكرار مطلوب</translation>
    </message>
    <message>
      <source>Ask the server to find the answer itself if it does not hold the zone.</source>
      <translation>اطلب من الخادم أن يجد الجواب بنفسه إن لم يكن يحمل المنطقة.</translation>
    </message>
    <message>
      <source>NOERROR, no records of this type</source>
      <translation>⁦NOERROR⁩، لا سجلات من هذا النوع</translation>
    </message>
    <message>
      <source>TCP (the UDP answer was truncated, so it was asked again)</source>
      <translation>⁦TCP⁩ (اقتُطع جواب ⁦UDP⁩، فأُعيد السؤال)</translation>
    </message>
    <message>
      <source>server {}</source>
      <translation>الخادم ⁨{}⁩</translation>
    </message>
    <message>
      <source>flags {}</source>
      <translation>الأعلام ⁨{}⁩</translation>
    </message>
    <message>
      <source>{} ms</source>
      <translation>⁨{}⁩ م.ث</translation>
    </message>
    <message>
      <source>No answer from {}.</source>
      <translation>لا جواب من ⁨{}⁩.</translation>
    </message>
    <message>
      <source>CNAME chain: {}</source>
      <translation>سلسلة ⁦CNAME⁩: ⁨{}⁩</translation>
    </message>
  </context>
  <context>
    <name>EndpointPane</name>
    <message>
      <source>on a worker thread</source>
      <translation>على خيط عامل</translation>
    </message>
  </context>
  <context>
    <name>ErrorPanel</name>
    <message>
      <source>About the error</source>
      <translation>عن الخطأ</translation>
    </message>
    <message>
      <source>What the error means</source>
      <translation>معنى الخطأ</translation>
    </message>
    <message>
      <source>Diagnosis</source>
      <translation>التشخيص</translation>
    </message>
    <message>
      <source>Diagnosis: trying the neighbouring variants…</source>
      <translation>التشخيص: جارٍ تجريب المتغيّرات المجاورة…</translation>
    </message>
    <message>
      <source>Diagnosis: {}</source>
      <translation>التشخيص: ⁨{}⁩</translation>
    </message>
    <message>
      <source>Diagnosis: the neighbouring variants did not answer in time either.</source>
      <translation>التشخيص: لم تُجب المتغيّرات المجاورة في الوقت المحدد كذلك.</translation>
    </message>
  </context>
  <context>
    <name>EventFormatter</name>
    <message>
      <source>time</source>
      <translation>الوقت</translation>
    </message>
    <message>
      <source>event</source>
      <translation>الحدث</translation>
    </message>
    <message>
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <source>call</source>
      <translation>الاستدعاء</translation>
    </message>
    <message>
      <source>details</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <source>datagram from</source>
      <translation>حزمة بيانات من</translation>
    </message>
    <message>
      <source>datagram to</source>
      <translation>حزمة بيانات إلى</translation>
    </message>
    <message>
      <source>bound</source>
      <translation>رُبط</translation>
    </message>
    <message>
      <source>attempt</source>
      <translation>محاولة</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>اتصل</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>قُبل</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>رُفض</translation>
    </message>
    <message>
      <source>received</source>
      <translation>استُقبل</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>أُرسل</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>أُغلق</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>توقف</translation>
    </message>
    <message>
      <source>error</source>
      <translation>خطأ</translation>
    </message>
    <message>
      <source>info</source>
      <translation>معلومة</translation>
    </message>
    <message numerus="yes">
      <source>%n byte(s)</source>
      <translation>
        <numerusform>لا بايت</numerusform>
        <numerusform>بايت واحد</numerusform>
        <numerusform>بايتان</numerusform>
        <numerusform>%n بايتات</numerusform>
        <numerusform>%n بايتًا</numerusform>
        <numerusform>%n بايت</numerusform>
      </translation>
    </message>
    <message>
      <source>{}… ({}, the first {} shown)</source>
      <translation>⁨{}⁩… (⁨{}⁩، يُعرض أول ⁨{}⁩)</translation>
    </message>
    <message>
      <source>family {} · type {} · proto {}
address {} · port {}</source>
      <translation>⁦family⁩ ⁨{}⁩ · ⁦type⁩ ⁨{}⁩ · ⁦proto⁩ ⁨{}⁩
العنوان ⁨{}⁩ · المنفذ ⁨{}⁩</translation>
    </message>
    <message>
      <source>getpeername() = {}</source>
      <translation>⁦getpeername() =⁩ ⁨{}⁩</translation>
    </message>
    <message>
      <source>getsockname() = {}</source>
      <translation>⁦getsockname() =⁩ ⁨{}⁩</translation>
    </message>
    <message>
      <source>{} from {}</source>
      <translation>⁨{}⁩ من ⁨{}⁩</translation>
    </message>
    <message>
      <source>{} to {}</source>
      <translation>⁨{}⁩ إلى ⁨{}⁩</translation>
    </message>
    <message numerus="yes">
      <source>%n event(s) not shown: more arrived within {} ms than the log keeps</source>
      <translation>
        <numerusform>لا أحداث محجوبة</numerusform>
        <numerusform>حدث واحد لم يُعرض: وصل خلال ⁨{}⁩ م.ث أكثر مما يحفظه السجل</numerusform>
        <numerusform>حدثان لم يُعرضا: وصل خلال ⁨{}⁩ م.ث أكثر مما يحفظه السجل</numerusform>
        <numerusform>%n أحداث لم تُعرض: وصل خلال ⁨{}⁩ م.ث أكثر مما يحفظه السجل</numerusform>
        <numerusform>%n حدثًا لم تُعرض: وصل خلال ⁨{}⁩ م.ث أكثر مما يحفظه السجل</numerusform>
        <numerusform>%n حدث لم تُعرض: وصل خلال ⁨{}⁩ م.ث أكثر مما يحفظه السجل</numerusform>
      </translation>
    </message>
    <message>
      <source>resolve</source>
      <translation>تحليل</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>Quick start</source>
      <translation>البدء السريع</translation>
    </message>
    <message>
      <source>Views</source>
      <translation>العروض</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>Next / previous control</source>
      <translation>عنصر التحكم التالي / السابق</translation>
    </message>
    <message>
      <source>Run the view (in an input, a list or a checkbox)</source>
      <translation>شغّل العرض (في حقل إدخال أو قائمة أو خانة اختيار)</translation>
    </message>
    <message>
      <source>Go to the control whose label has the underlined letter</source>
      <translation>انتقل إلى عنصر التحكم الذي في تسميته الحرف المسطَّر</translation>
    </message>
    <message>
      <source>Copy the selected rows</source>
      <translation>انسخ الصفوف المحددة</translation>
    </message>
    <message>
      <source>Zoom with the mouse</source>
      <translation>التكبير بالفأرة</translation>
    </message>
    <message>
      <source>What</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>المفاتيح</translation>
    </message>
    <message>
      <source>About netexplorer</source>
      <translation>عن ⁦netexplorer⁩</translation>
    </message>
    <message>
      <source>Shows what Python's socket module really returns when a computer turns names into addresses and addresses into sockets.</source>
      <translation>يعرض ما تعيده وحدة ⁦socket⁩ في بايثون فعلًا حين يحوّل الحاسوب الأسماء إلى عناوين والعناوين إلى مقابس.</translation>
    </message>
    <message>
      <source>Versions</source>
      <translation>الإصدارات</translation>
    </message>
    <message>
      <source>&amp;Copy versions</source>
      <translation>ا&amp;نسخ الإصدارات</translation>
    </message>
    <message>
      <source>Copy versions</source>
      <translation>انسخ الإصدارات</translation>
    </message>
  </context>
  <context>
    <name>HistoryDock</name>
    <message>
      <source>History</source>
      <translation>السجل</translation>
    </message>
    <message>
      <source>Search the history</source>
      <translation>ابحث في السجل</translation>
    </message>
    <message>
      <source>Search calls, views and outcomes…</source>
      <translation>ابحث في الاستدعاءات والعروض والنتائج…</translation>
    </message>
    <message>
      <source>History of every action</source>
      <translation>سجل كل إجراء</translation>
    </message>
    <message>
      <source>Run again</source>
      <translation>شغّل مجددًا</translation>
    </message>
    <message>
      <source>Run the chosen action again</source>
      <translation>شغّل الإجراء المختار مجددًا</translation>
    </message>
    <message>
      <source>Run the chosen row's call again with its inputs; the view shows what changed.</source>
      <translation>شغّل استدعاء الصف المختار مجددًا بمدخلاته؛ ويعرض العرض ما تغيّر.</translation>
    </message>
    <message>
      <source>History summary</source>
      <translation>ملخص السجل</translation>
    </message>
    <message numerus="yes">
      <source>%n action(s)</source>
      <translation>
        <numerusform>لا إجراءات</numerusform>
        <numerusform>إجراء واحد</numerusform>
        <numerusform>إجراءان</numerusform>
        <numerusform>%n إجراءات</numerusform>
        <numerusform>%n إجراءً</numerusform>
        <numerusform>%n إجراء</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n match(es)</source>
      <translation>
        <numerusform>لا تطابقات</numerusform>
        <numerusform>تطابق واحد</numerusform>
        <numerusform>تطابقان</numerusform>
        <numerusform>%n تطابقات</numerusform>
        <numerusform>%n تطابقًا</numerusform>
        <numerusform>%n تطابق</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n step(s) to do</source>
      <translation>
        <numerusform>لا خطوات متبقية</numerusform>
        <numerusform>خطوة واحدة متبقية</numerusform>
        <numerusform>خطوتان متبقيتان</numerusform>
        <numerusform>%n خطوات متبقية</numerusform>
        <numerusform>%n خطوة متبقية</numerusform>
        <numerusform>%n خطوة متبقية</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n older action(s) not kept (the history keeps {})</source>
      <translation>
        <numerusform>لم يُحذف أي إجراء قديم (يحفظ السجل ⁨{}⁩)</numerusform>
        <numerusform>إجراء قديم واحد لم يُحفظ (يحفظ السجل ⁨{}⁩)</numerusform>
        <numerusform>إجراءان قديمان لم يُحفظا (يحفظ السجل ⁨{}⁩)</numerusform>
        <numerusform>%n إجراءات قديمة لم تُحفظ (يحفظ السجل ⁨{}⁩)</numerusform>
        <numerusform>%n إجراءً قديمًا لم يُحفظ (يحفظ السجل ⁨{}⁩)</numerusform>
        <numerusform>%n إجراء قديم لم يُحفظ (يحفظ السجل ⁨{}⁩)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>time</source>
      <translation>الوقت</translation>
    </message>
    <message>
      <source>view</source>
      <translation>العرض</translation>
    </message>
    <message>
      <source>call</source>
      <translation>الاستدعاء</translation>
    </message>
    <message>
      <source>outcome</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>to do</source>
      <translation>متبقية</translation>
    </message>
  </context>
  <context>
    <name>HostTab</name>
    <message>
      <source>Host name or address</source>
      <translation>اسم المضيف أو عنوانه</translation>
    </message>
    <message>
      <source>e.g. localhost, 127.0.0.1 or example.com</source>
      <translation>مثل ⁦localhost⁩ أو ⁦127.0.0.1⁩ أو ⁦example.com⁩</translation>
    </message>
    <message>
      <source>&amp;This host</source>
      <translation>&amp;هذا المضيف</translation>
    </message>
    <message>
      <source>This host</source>
      <translation>هذا المضيف</translation>
    </message>
    <message>
      <source>Fill in socket.gethostname() — this computer's name — and look it up.</source>
      <translation>املأ ⁦socket.gethostname()⁩ — اسم هذا الحاسوب — وابحث عنه.</translation>
    </message>
    <message>
      <source>&amp;Host:</source>
      <translation>الم&amp;ضيف:</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>no</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>socket.has_ipv6 = {}. gethostbyname and gethostbyname_ex return IPv4 addresses only; for IPv6 use getaddrinfo.</source>
      <translation>قيمة ⁦socket.has_ipv6⁩ هي ⁨{}⁩. ولا تعيد ⁦gethostbyname⁩ و⁦gethostbyname_ex⁩ إلا عناوين ⁦IPv4⁩؛ ولـ ⁦IPv6⁩ استخدم ⁦getaddrinfo⁩.</translation>
    </message>
    <message>
      <source>IPv6 support</source>
      <translation>دعم ⁦IPv6⁩</translation>
    </message>
    <message>
      <source>&amp;Open in getaddrinfo</source>
      <translation>افتح في ⁦&amp;getaddrinfo⁩</translation>
    </message>
    <message>
      <source>Open this host on the getaddrinfo tab</source>
      <translation>افتح هذا المضيف في تبويب ⁦getaddrinfo⁩</translation>
    </message>
    <message>
      <source>host name</source>
      <translation>اسم المضيف</translation>
    </message>
    <message>
      <source>IPv4 address</source>
      <translation>عنوان ⁦IPv4⁩</translation>
    </message>
  </context>
  <context>
    <name>LanPanel</name>
    <message>
      <source>Let classmates connect</source>
      <translation>دع الزملاء يتصلون</translation>
    </message>
    <message>
      <source>Looking up this computer's addresses…</source>
      <translation>جارٍ البحث عن عناوين هذا الحاسوب…</translation>
    </message>
    <message>
      <source>This computer's addresses</source>
      <translation>عناوين هذا الحاسوب</translation>
    </message>
    <message>
      <source>What classmates need</source>
      <translation>ما يحتاجه الزملاء</translation>
    </message>
    <message>
      <source>This computer's addresses were not found in time.</source>
      <translation>لم يُعثر على عناوين هذا الحاسوب في الوقت المحدد.</translation>
    </message>
    <message>
      <source>{} port {}</source>
      <translation>⁨{}⁩ المنفذ ⁨{}⁩</translation>
    </message>
    <message>
      <source>This computer has no address other than loopback.</source>
      <translation>ليس لهذا الحاسوب عنوان غير عنوان الاسترجاع.</translation>
    </message>
    <message>
      <source>Classmates type one of these addresses and the port into their client (this computer's name is {}).</source>
      <translation>يكتب الزملاء أحد هذه العناوين والمنفذ في عميلهم (اسم هذا الحاسوب ⁨{}⁩).</translation>
    </message>
    <message>
      <source>The bind host must be empty, 0.0.0.0 or :: (every interface): a server bound to 127.0.0.1 only hears this computer.</source>
      <translation>يجب أن يكون مضيف الربط فارغًا أو ⁦0.0.0.0⁩ أو :: (كل الواجهات): فالخادم المربوط على ⁦127.0.0.1⁩ وحده لا يسمع إلا هذا الحاسوب.</translation>
    </message>
    <message>
      <source>Windows Defender Firewall asks the first time a program serves: allow it on private networks, or classmates' connections time out.</source>
      <translation>يسأل جدار حماية ⁦Windows Defender⁩ في أول مرة يخدم فيها برنامج: اسمح له على الشبكات الخاصة، وإلا انتهت مهلة اتصالات الزملاء.</translation>
    </message>
  </context>
  <context>
    <name>LookupRecord</name>
    <message>
      <source>{}: press Look up to run it.</source>
      <translation>⁨{}⁩: اضغط «ابحث» لتشغيله.</translation>
    </message>
  </context>
  <context>
    <name>LookupTab</name>
    <message>
      <source>&amp;Look up</source>
      <translation>ا&amp;بحث</translation>
    </message>
    <message>
      <source>Look up</source>
      <translation>ابحث</translation>
    </message>
    <message>
      <source>&amp;Abandon</source>
      <translation>ت&amp;خلَّ</translation>
    </message>
    <message>
      <source>Abandon the running lookup</source>
      <translation>تخلَّ عن البحث الجاري</translation>
    </message>
    <message>
      <source>Stop waiting. The system call cannot be interrupted; its answer is ignored.</source>
      <translation>توقف عن الانتظار. لا يمكن مقاطعة استدعاء النظام؛ وسيُتجاهل جوابه.</translation>
    </message>
    <message>
      <source>Lookup running</source>
      <translation>بحث جارٍ</translation>
    </message>
    <message>
      <source>Cop&amp;y error details</source>
      <translation>انسخ &amp;تفاصيل الخطأ</translation>
    </message>
    <message>
      <source>Copy the internal error's details</source>
      <translation>انسخ تفاصيل الخطأ الداخلي</translation>
    </message>
    <message>
      <source>Copy the traceback of the internal error, to attach to a bug report.</source>
      <translation>انسخ تتبّع الخطأ الداخلي لإرفاقه ببلاغ العلّة.</translation>
    </message>
    <message>
      <source>Result rows: {} ({} ms).</source>
      <translation>صفوف النتيجة: ⁨{}⁩ (⁨{}⁩ م.ث).</translation>
    </message>
    <message>
      <source>{} was looked up as {}, the ASCII form Python's IDNA encoding gives.</source>
      <translation>بُحث عن ⁨{}⁩ بالصورة ⁨{}⁩، وهي صورة ⁦ASCII⁩ التي يعطيها ترميز ⁦IDNA⁩ في بايثون.</translation>
    </message>
    <message>
      <source>Enter a value and press Look up (or Enter).</source>
      <translation>أدخِل قيمة واضغط «ابحث» (أو ⁦Enter⁩).</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>النتائج</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>The lecture's answer</source>
      <translation>جواب المحاضرة</translation>
    </message>
    <message>
      <source>Python code that reproduces the answer on screen:</source>
      <translation>شيفرة بايثون التي تُعيد إنتاج الجواب المعروض:</translation>
    </message>
    <message>
      <source>The Python code of the answer on screen appears here.</source>
      <translation>تظهر هنا شيفرة بايثون للجواب المعروض.</translation>
    </message>
    <message>
      <source>Looking up {}… (Abandon stops waiting)</source>
      <translation>جارٍ البحث عن ⁨{}⁩… (التخلّي يوقف الانتظار)</translation>
    </message>
    <message>
      <source>Abandoned. The system call may still be running; its answer will be ignored.</source>
      <translation>تُخلّي عنه. قد يكون استدعاء النظام لا يزال يعمل؛ وسيُتجاهل جوابه.</translation>
    </message>
    <message>
      <source>Inputs changed — press Enter to look up.</source>
      <translation>تغيّرت المدخلات — اضغط ⁦Enter⁩ للبحث.</translation>
    </message>
    <message>
      <source>The inputs have changed since this answer: press Enter to look up.</source>
      <translation>تغيّرت المدخلات منذ هذا الجواب: اضغط ⁦Enter⁩ للبحث.</translation>
    </message>
    <message>
      <source>Call</source>
      <translation>الاستدعاء</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>القيمة</translation>
    </message>
    <message>
      <source>change</source>
      <translation>التغيير</translation>
    </message>
    <message>
      <source>new</source>
      <translation>جديد</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>netexplorer — names, addresses and sockets</source>
      <translation>⁦netexplorer⁩ — الأسماء والعناوين والمقابس</translation>
    </message>
    <message>
      <source>Lookup deadline</source>
      <translation>مهلة البحث</translation>
    </message>
    <message>
      <source>Report a lookup as timed out after this many seconds:</source>
      <translation>أبلِغ عن البحث بانتهاء المهلة بعد هذا العدد من الثواني:</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;عرض</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>&amp;تكبير</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>ت&amp;صغير</translation>
    </message>
    <message>
      <source>&amp;Reset zoom</source>
      <translation>إعادة ضبط ال&amp;تكبير</translation>
    </message>
    <message>
      <source>&amp;Next view</source>
      <translation>العرض ال&amp;تالي</translation>
    </message>
    <message>
      <source>&amp;Previous view</source>
      <translation>العرض ال&amp;سابق</translation>
    </message>
    <message>
      <source>&amp;Abandon</source>
      <translation>ت&amp;خلَّ</translation>
    </message>
    <message>
      <source>Settin&amp;gs</source>
      <translation>&amp;الإعدادات</translation>
    </message>
    <message>
      <source>H&amp;elp</source>
      <translation>م&amp;ساعدة</translation>
    </message>
    <message>
      <source>&amp;Quick start</source>
      <translation>ال&amp;بدء السريع</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
      <source>&amp;About netexplorer</source>
      <translation>&amp;عن ⁦netexplorer⁩</translation>
    </message>
    <message>
      <source>Lookup &amp;deadline…</source>
      <translation>&amp;مهلة البحث…</translation>
    </message>
    <message>
      <source>&amp;Colours</source>
      <translation>الأ&amp;لوان</translation>
    </message>
    <message>
      <source>As the &amp;system</source>
      <translation>مثل ال&amp;نظام</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>&amp;فاتح</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>&amp;داكن</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>الل&amp;غة</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>The new language is used from the next start of netexplorer.</source>
      <translation>تُستخدم اللغة الجديدة من التشغيل التالي لـ ⁦netexplorer⁩.</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>المضيف</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>العكسي</translation>
    </message>
    <message>
      <source>Protocol/Service</source>
      <translation>البروتوكول/الخدمة</translation>
    </message>
    <message>
      <source>getaddrinfo</source>
      <translation>⁦getaddrinfo⁩</translation>
    </message>
    <message>
      <source>Client/Server</source>
      <translation>العميل/الخادم</translation>
    </message>
    <message>
      <source>DNS records</source>
      <translation>سجلات ⁦DNS⁩</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>هذا الحاسوب</translation>
    </message>
  </context>
  <context>
    <name>ProtoServiceTab</name>
    <message>
      <source>Protocol name</source>
      <translation>اسم البروتوكول</translation>
    </message>
    <message>
      <source>for getprotobyname, e.g. tcp, UDP, icmp</source>
      <translation>لـ ⁦getprotobyname⁩، مثل ⁦tcp⁩ أو ⁦UDP⁩ أو ⁦icmp⁩</translation>
    </message>
    <message>
      <source>&amp;Protocol:</source>
      <translation>ا&amp;لبروتوكول:</translation>
    </message>
    <message>
      <source>Service name or port</source>
      <translation>اسم الخدمة أو المنفذ</translation>
    </message>
    <message>
      <source>a name for getservbyname (www), a number for getservbyport (80)</source>
      <translation>اسم لـ ⁦getservbyname (www)⁩، أو رقم لـ ⁦getservbyport (80)⁩</translation>
    </message>
    <message>
      <source>&amp;Service or port:</source>
      <translation>الخ&amp;دمة أو المنفذ:</translation>
    </message>
    <message>
      <source>Protocol argument</source>
      <translation>وسيط البروتوكول</translation>
    </message>
    <message>
      <source>The optional second argument: 'any' leaves it out.</source>
      <translation>الوسيط الثاني الاختياري: ⁦'any'⁩ يُسقطه.</translation>
    </message>
    <message>
      <source>Service p&amp;rotocol:</source>
      <translation>ب&amp;روتوكول الخدمة:</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>قاعدة البيانات</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Number / port</source>
      <translation>الرقم / المنفذ</translation>
    </message>
    <message>
      <source>Protocol</source>
      <translation>البروتوكول</translation>
    </message>
    <message>
      <source>Aliases</source>
      <translation>الأسماء البديلة</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>تعليق</translation>
    </message>
    <message>
      <source>Search the databases</source>
      <translation>ابحث في قواعد البيانات</translation>
    </message>
    <message>
      <source>Search every service and protocol…</source>
      <translation>ابحث في كل خدمة وبروتوكول…</translation>
    </message>
    <message>
      <source>Services and protocols databases</source>
      <translation>قاعدتا بيانات الخدمات والبروتوكولات</translation>
    </message>
    <message>
      <source>Reading the databases…</source>
      <translation>جارٍ قراءة قواعد البيانات…</translation>
    </message>
    <message>
      <source>Database files</source>
      <translation>ملفات قواعد البيانات</translation>
    </message>
    <message>
      <source>What this system knows</source>
      <translation>ما يعرفه هذا النظام</translation>
    </message>
    <message>
      <source>protocol number</source>
      <translation>رقم البروتوكول</translation>
    </message>
    <message>
      <source>port</source>
      <translation>المنفذ</translation>
    </message>
    <message>
      <source>service name</source>
      <translation>اسم الخدمة</translation>
    </message>
    <message>
      <source>Reading the databases took too long.</source>
      <translation>استغرقت قراءة قواعد البيانات وقتًا أطول مما ينبغي.</translation>
    </message>
    <message>
      <source>protocols</source>
      <translation>البروتوكولات</translation>
    </message>
    <message>
      <source>services</source>
      <translation>الخدمات</translation>
    </message>
    <message>
      <source>{} services from {}; {} protocols from {}.</source>
      <translation>⁨{}⁩ خدمة من ⁨{}⁩؛ و⁨{}⁩ بروتوكول من ⁨{}⁩.</translation>
    </message>
    <message>
      <source>Not readable: {}.</source>
      <translation>تعذّرت القراءة: ⁨{}⁩.</translation>
    </message>
  </context>
  <context>
    <name>QuickStart</name>
    <message>
      <source>What it shows: socket.gethostbyname(host) beside socket.gethostbyname_ex(host): the one IPv4 address the first returns, and the name, aliases and every IPv4 address the second returns, with where the answer came from (hosts file or DNS). Try first: type localhost and press Enter, then press This host: it fills in socket.gethostname(), this computer's name, and looks it up, as the lecture does. Then try a name that does not exist and read the explanation of the error.</source>
      <translation>ما يعرضه: ⁦socket.gethostbyname(host)⁩ بجانب ⁦socket.gethostbyname_ex(host)⁩: عنوان ⁦IPv4⁩ الوحيد الذي تعيده الأولى، والاسم والأسماء البديلة وكل عناوين ⁦IPv4⁩ التي تعيدها الثانية، مع مصدر الجواب (ملف ⁦hosts⁩ أو ⁦DNS⁩). جرّب أولًا: اكتب ⁦localhost⁩ واضغط ⁦Enter⁩، ثم اضغط «هذا المضيف»: فهو يملأ ⁦socket.gethostname()⁩، اسم هذا الحاسوب، ويبحث عنه كما تفعل المحاضرة. ثم جرّب اسمًا غير موجود واقرأ شرح الخطأ.</translation>
    </message>
    <message>
      <source>What it shows: socket.gethostbyaddr(address) — the host name, aliases and addresses for an IP address — and socket.getnameinfo((address, port), flags), which also turns a port into a service name. Try first: 127.0.0.1, then ::1, with port 80; tick NI_NUMERICHOST and see the name become the address again.</source>
      <translation>ما يعرضه: ⁦socket.gethostbyaddr(address)⁩ — اسم المضيف والأسماء البديلة والعناوين لعنوان ⁦IP⁩ — و⁦socket.getnameinfo((address, port), flags)⁩، التي تحوّل المنفذ أيضًا إلى اسم خدمة. جرّب أولًا: ⁦127.0.0.1⁩، ثم ⁦::1⁩، مع المنفذ ⁦80⁩؛ وحدّد ⁦NI_NUMERICHOST⁩ لترى الاسم يعود عنوانًا.</translation>
    </message>
    <message>
      <source>What it shows: socket.getprotobyname(name) — the number of a protocol — and socket.getservbyname(name) or socket.getservbyport(port) — a service's port, or a port's service — read from this computer's protocols and services databases, which the table beside lets you search. Try first: protocol UDP (the lecture's example gives 17), then service www and port 80.</source>
      <translation>ما يعرضه: ⁦socket.getprotobyname(name)⁩ — رقم البروتوكول — و⁦socket.getservbyname(name)⁩ أو ⁦socket.getservbyport(port)⁩ — منفذ الخدمة، أو خدمة المنفذ — مقروءة من قاعدتي بيانات البروتوكولات والخدمات في هذا الحاسوب، ويتيح لك الجدول المجاور البحث فيهما. جرّب أولًا: البروتوكول ⁦UDP⁩ (يعطي مثال المحاضرة ⁦17⁩)، ثم الخدمة ⁦www⁩ والمنفذ ⁦80⁩.</translation>
    </message>
    <message>
      <source>What it shows: socket.getaddrinfo(host, port, family, type, proto, flags), one row per 5-tuple (family, type, proto, canonname, sockaddr) in the order the call returned them, what each field means, and what changed since the previous answer. Try first: host empty (None), port smtp, type SOCK_STREAM, then tick AI_PASSIVE and see loopback addresses become wildcard ones. Compare variants runs the query once per flag and shows the answers side by side.</source>
      <translation>ما يعرضه: ⁦socket.getaddrinfo(host, port, family, type, proto, flags)⁩، صفًا لكل خماسية ⁦(family, type, proto, canonname, sockaddr)⁩ بالترتيب الذي أعادها به الاستدعاء، ومعنى كل حقل، وما تغيّر منذ الجواب السابق. جرّب أولًا: اترك المضيف فارغًا ⁦(None)⁩، والمنفذ ⁦smtp⁩، والنوع ⁦SOCK_STREAM⁩، ثم حدّد ⁦AI_PASSIVE⁩ وانظر كيف تصير عناوين الاسترجاع عناوين شاملة. ويشغّل زر «قارن المتغيّرات» الاستعلام مرة لكل علم ويعرض الأجوبة جنبًا إلى جنب.</translation>
    </message>
    <message>
      <source>What it shows: a real server and a real client made of Python sockets: bind(), listen(), accept() and connect(), with getsockname() and getpeername() of each socket, every event in a log, and the equivalent Python script of each side. Try first: press Start (the server binds 127.0.0.1 port 12345), then Connect, and compare the client's getpeername() with the server's getsockname(); send a message, then switch the transport to UDP.</source>
      <translation>ما يعرضه: خادمًا حقيقيًا وعميلًا حقيقيًا مصنوعين من مقابس بايثون: ⁦bind()⁩ و⁦listen()⁩ و⁦accept()⁩ و⁦connect()⁩، مع ⁦getsockname()⁩ و⁦getpeername()⁩ لكل مقبس، وكل حدث في سجل، وسكربت بايثون المكافئ لكل طرف. جرّب أولًا: اضغط «ابدأ» (يرتبط الخادم بالعنوان ⁦127.0.0.1⁩ والمنفذ ⁦12345⁩)، ثم «اتصال»، وقارن ⁦getpeername()⁩ للعميل بـ ⁦getsockname()⁩ للخادم؛ أرسل رسالة، ثم غيّر النقل إلى ⁦UDP⁩.</translation>
    </message>
    <message>
      <source>What it shows: the DNS records behind a name — A, AAAA, CNAME, MX and more — as a DNS server answers them, with the server, the flags and the time taken; beside getaddrinfo, which address came from which record. Try first: a name your network can resolve with type A, then AAAA; type an address to ask for its PTR record.</source>
      <translation>ما يعرضه: سجلات ⁦DNS⁩ وراء اسم ما — ⁦A⁩ و⁦AAAA⁩ و⁦CNAME⁩ و⁦MX⁩ وغيرها — كما يجيب عنها خادم ⁦DNS⁩، مع الخادم والأعلام والوقت المستغرق؛ وبجانب ⁦getaddrinfo⁩، أيّ عنوان جاء من أيّ سجل. جرّب أولًا: اسمًا تستطيع شبكتك تحليله بالنوع ⁦A⁩، ثم ⁦AAAA⁩؛ واكتب عنوانًا لتسأل عن سجل ⁦PTR⁩ الخاص به.</translation>
    </message>
    <message>
      <source>What it shows: what the system resolver works with before any name is looked up: this computer's name, its interface addresses, DNS servers and search domains, the hosts file and the lookup order, each with the file and line it came from. Try first: find the line of the hosts file that answers localhost, then look localhost up on the Host view.</source>
      <translation>ما يعرضه: ما يعمل به مُحلِّل النظام قبل البحث عن أي اسم: اسم هذا الحاسوب، وعناوين واجهاته، وخوادم ⁦DNS⁩ ونطاقات البحث، وملف ⁦hosts⁩ وترتيب البحث، مع الملف والسطر الذي جاء منه كلٌّ منها. جرّب أولًا: ابحث عن سطر ملف ⁦hosts⁩ الذي يجيب عن ⁦localhost⁩، ثم ابحث عن ⁦localhost⁩ في عرض المضيف.</translation>
    </message>
  </context>
  <context>
    <name>RecordTexts</name>
    <message numerus="yes">
      <source>%n row(s) in {} ms</source>
      <translation>
        <numerusform>لا صفوف في ⁨{}⁩ م.ث</numerusform>
        <numerusform>صف واحد في ⁨{}⁩ م.ث</numerusform>
        <numerusform>صفان في ⁨{}⁩ م.ث</numerusform>
        <numerusform>%n صفوف في ⁨{}⁩ م.ث</numerusform>
        <numerusform>%n صفًا في ⁨{}⁩ م.ث</numerusform>
        <numerusform>%n صف في ⁨{}⁩ م.ث</numerusform>
      </translation>
    </message>
    <message>
      <source>{}, {}</source>
      <translation>⁨{}⁩، ⁨{}⁩</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>to do</source>
      <translation>متبقية</translation>
    </message>
    <message>
      <source>time: {} ms</source>
      <translation>الوقت: ⁨{}⁩ م.ث</translation>
    </message>
    <message>
      <source>Operating system</source>
      <translation>نظام التشغيل</translation>
    </message>
    <message>
      <source>Host name</source>
      <translation>اسم المضيف</translation>
    </message>
    <message>
      <source>Resolver</source>
      <translation>المُحلِّل</translation>
    </message>
    <message>
      <source>What</source>
      <translation>البند</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>القيمة</translation>
    </message>
    <message>
      <source>netexplorer lab report</source>
      <translation>تقرير مختبر ⁦netexplorer⁩</translation>
    </message>
    <message>
      <source>Student</source>
      <translation>الطالب</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(لم يُذكر)</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Session saved</source>
      <translation>حُفظت الجلسة</translation>
    </message>
    <message>
      <source>(not saved)</source>
      <translation>(لم تُحفظ)</translation>
    </message>
    <message>
      <source>Machine</source>
      <translation>الجهاز</translation>
    </message>
    <message>
      <source>History</source>
      <translation>السجل</translation>
    </message>
  </context>
  <context>
    <name>ReportTexts</name>
    <message numerus="yes">
      <source>%n action(s)</source>
      <translation>
        <numerusform>لا إجراءات</numerusform>
        <numerusform>إجراء واحد</numerusform>
        <numerusform>إجراءان</numerusform>
        <numerusform>%n إجراءات</numerusform>
        <numerusform>%n إجراءً</numerusform>
        <numerusform>%n إجراء</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n older action(s) not kept</source>
      <translation>
        <numerusform>لم يُحذف أي إجراء قديم</numerusform>
        <numerusform>إجراء قديم واحد لم يُحفظ</numerusform>
        <numerusform>إجراءان قديمان لم يُحفظا</numerusform>
        <numerusform>%n إجراءات قديمة لم تُحفظ</numerusform>
        <numerusform>%n إجراءً قديمًا لم يُحفظ</numerusform>
        <numerusform>%n إجراء قديم لم يُحفظ</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResolverTab</name>
    <message>
      <source>{} line {}</source>
      <translation>⁨{}⁩ السطر ⁨{}⁩</translation>
    </message>
    <message>
      <source>what</source>
      <translation>البند</translation>
    </message>
    <message>
      <source>value</source>
      <translation>القيمة</translation>
    </message>
    <message>
      <source>source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <source>This computer's resolver</source>
      <translation>مُحلِّل هذا الحاسوب</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;حدّث</translation>
    </message>
    <message>
      <source>Read everything again</source>
      <translation>اقرأ كل شيء من جديد</translation>
    </message>
    <message>
      <source>What was read</source>
      <translation>ما قُرئ</translation>
    </message>
    <message>
      <source>What the system resolver works with before any name is looked up. Each value says where it came from: a file and its line, the registry, or a call.</source>
      <translation>ما يعمل به مُحلِّل النظام قبل البحث عن أي اسم. وكل قيمة تذكر مصدرها: ملفًا وسطره، أو السجل، أو استدعاءً.</translation>
    </message>
    <message>
      <source>Reading…</source>
      <translation>جارٍ القراءة…</translation>
    </message>
    <message numerus="yes">
      <source>Read %n value(s) in {} ms.</source>
      <translation>
        <numerusform>لم تُقرأ أي قيمة في ⁨{}⁩ م.ث.</numerusform>
        <numerusform>قُرئت قيمة واحدة في ⁨{}⁩ م.ث.</numerusform>
        <numerusform>قُرئت قيمتان في ⁨{}⁩ م.ث.</numerusform>
        <numerusform>قُرئت %n قيم في ⁨{}⁩ م.ث.</numerusform>
        <numerusform>قُرئت %n قيمة في ⁨{}⁩ م.ث.</numerusform>
        <numerusform>قُرئت %n قيمة في ⁨{}⁩ م.ث.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n part(s) could not be read; the row says why.</source>
      <translation>
        <numerusform>قُرئت كل الأجزاء.</numerusform>
        <numerusform>تعذّرت قراءة جزء واحد؛ والصف يذكر السبب.</numerusform>
        <numerusform>تعذّرت قراءة جزأين؛ والصف يذكر السبب.</numerusform>
        <numerusform>تعذّرت قراءة %n أجزاء؛ والصف يذكر السبب.</numerusform>
        <numerusform>تعذّرت قراءة %n جزءًا؛ والصف يذكر السبب.</numerusform>
        <numerusform>تعذّرت قراءة %n جزء؛ والصف يذكر السبب.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResultsTable</name>
    <message>
      <source>&amp;Copy rows</source>
      <translation>ا&amp;نسخ الصفوف</translation>
    </message>
  </context>
  <context>
    <name>ReverseTab</name>
    <message>
      <source>IPv4 or IPv6 address</source>
      <translation>عنوان ⁦IPv4⁩ أو ⁦IPv6⁩</translation>
    </message>
    <message>
      <source>e.g. 127.0.0.1, ::1 or fe80::1%eth0</source>
      <translation>مثل ⁦127.0.0.1⁩ أو ⁦::1⁩ أو ⁦fe80::1%eth0⁩</translation>
    </message>
    <message>
      <source>A&amp;ddress:</source>
      <translation>ا&amp;لعنوان:</translation>
    </message>
    <message>
      <source>Port for getnameinfo</source>
      <translation>المنفذ لـ ⁦getnameinfo⁩</translation>
    </message>
    <message>
      <source>optional, e.g. 80 (default 0)</source>
      <translation>اختياري، مثل ⁦80⁩ (الافتراضي ⁦0⁩)</translation>
    </message>
    <message>
      <source>&amp;Port (getnameinfo):</source>
      <translation>المن&amp;فذ ⁦(getnameinfo)⁩:</translation>
    </message>
    <message>
      <source>getnameinfo flags:</source>
      <translation>أعلام ⁦getnameinfo⁩:</translation>
    </message>
    <message>
      <source>host</source>
      <translation>المضيف</translation>
    </message>
    <message>
      <source>service</source>
      <translation>الخدمة</translation>
    </message>
  </context>
  <context>
    <name>ScriptsView</name>
    <message>
      <source>Server script (serves one client, like the lecture's):</source>
      <translation>سكربت الخادم (يخدم عميلًا واحدًا، كما في المحاضرة):</translation>
    </message>
    <message>
      <source>C&amp;opy server script</source>
      <translation>انسخ سكربت ال&amp;خادم</translation>
    </message>
    <message>
      <source>Client script (talks to the server pane):</source>
      <translation>سكربت العميل (يتحدث إلى لوحة الخادم):</translation>
    </message>
    <message>
      <source>Copy cl&amp;ient script</source>
      <translation>انسخ س&amp;كربت العميل</translation>
    </message>
  </context>
  <context>
    <name>SequencePanel</name>
    <message>
      <source>Save as &amp;PNG…</source>
      <translation>احفظ بصيغة ⁦&amp;PNG⁩…</translation>
    </message>
    <message>
      <source>Save diagram as PNG</source>
      <translation>احفظ المخطط بصيغة ⁦PNG⁩</translation>
    </message>
    <message>
      <source>Save &amp;as SVG…</source>
      <translation>احفظ بصيغة ⁦S&amp;VG⁩…</translation>
    </message>
    <message>
      <source>Save diagram as SVG</source>
      <translation>احفظ المخطط بصيغة ⁦SVG⁩</translation>
    </message>
    <message>
      <source>Where the diagram was saved</source>
      <translation>أين حُفظ المخطط</translation>
    </message>
    <message>
      <source>Click a call to find its row in the log; select a row to find its call.</source>
      <translation>انقر استدعاءً لتجد صفه في السجل؛ وحدّد صفًا لتجد استدعاءه.</translation>
    </message>
    <message>
      <source>PNG image (*.png)</source>
      <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
      <source>Sequence diagram (netexplorer)</source>
      <translation>مخطط التسلسل ⁦(netexplorer)⁩</translation>
    </message>
    <message>
      <source>SVG drawing (*.svg)</source>
      <translation>رسم SVG (*.svg)</translation>
    </message>
    <message>
      <source>Save the sequence diagram</source>
      <translation>احفظ مخطط التسلسل</translation>
    </message>
    <message>
      <source>Could not save {}: {}</source>
      <translation>تعذّر حفظ ⁨{}⁩: ⁨{}⁩</translation>
    </message>
    <message>
      <source>Saved {}</source>
      <translation>حُفظ ⁨{}⁩</translation>
    </message>
  </context>
  <context>
    <name>SequenceView</name>
    <message>
      <source>Sequence diagram</source>
      <translation>مخطط التسلسل</translation>
    </message>
    <message>
      <source>server socket (UDP)</source>
      <translation>مقبس الخادم ⁦(UDP)⁩</translation>
    </message>
    <message>
      <source>listening socket</source>
      <translation>مقبس الاستماع</translation>
    </message>
    <message>
      <source>connection {}, from accept()</source>
      <translation>الاتصال ⁨{}⁩، من ⁦accept()⁩</translation>
    </message>
    <message>
      <source>client socket</source>
      <translation>مقبس العميل</translation>
    </message>
    <message>
      <source>outside this window</source>
      <translation>خارج هذه النافذة</translation>
    </message>
    <message numerus="yes">
      <source>%n more socket(s), drawn together</source>
      <translation>
        <numerusform>لا مقابس أخرى</numerusform>
        <numerusform>مقبس آخر، مرسوم مع غيره</numerusform>
        <numerusform>مقبسان آخران، مرسومان معًا</numerusform>
        <numerusform>%n مقابس أخرى، مرسومة معًا</numerusform>
        <numerusform>%n مقبسًا آخر، مرسومة معًا</numerusform>
        <numerusform>%n مقبس آخر، مرسومة معًا</numerusform>
      </translation>
    </message>
    <message>
      <source>a peer at {}</source>
      <translation>نظير عند ⁨{}⁩</translation>
    </message>
    <message>
      <source> — closed</source>
      <translation> — مغلق</translation>
    </message>
    <message>
      <source>getsockname() {}</source>
      <translation>⁦getsockname()⁩ ⁨{}⁩</translation>
    </message>
    <message>
      <source>getpeername() {}</source>
      <translation>⁦getpeername()⁩ ⁨{}⁩</translation>
    </message>
    <message numerus="yes">
      <source>%n earlier call(s) not drawn: {}</source>
      <translation>
        <numerusform>لم يُحذف أي استدعاء سابق: ⁨{}⁩</numerusform>
        <numerusform>استدعاء سابق واحد لم يُرسم: ⁨{}⁩</numerusform>
        <numerusform>استدعاءان سابقان لم يُرسما: ⁨{}⁩</numerusform>
        <numerusform>%n استدعاءات سابقة لم تُرسم: ⁨{}⁩</numerusform>
        <numerusform>%n استدعاءً سابقًا لم يُرسم: ⁨{}⁩</numerusform>
        <numerusform>%n استدعاء سابق لم يُرسم: ⁨{}⁩</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ServerPane</name>
    <message>
      <source>Server</source>
      <translation>الخادم</translation>
    </message>
    <message>
      <source>Server log</source>
      <translation>سجل الخادم</translation>
    </message>
    <message>
      <source>Server status</source>
      <translation>حالة الخادم</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>متوقف.</translation>
    </message>
    <message>
      <source>What to do</source>
      <translation>ما العمل</translation>
    </message>
    <message>
      <source>Server host</source>
      <translation>مضيف الخادم</translation>
    </message>
    <message>
      <source>empty: every interface (None)</source>
      <translation>فارغ: كل الواجهات ⁦(None)⁩</translation>
    </message>
    <message>
      <source>Server port</source>
      <translation>منفذ الخادم</translation>
    </message>
    <message>
      <source>number or service name; 0: any free port</source>
      <translation>رقم أو اسم خدمة؛ ⁦0⁩: أي منفذ حر</translation>
    </message>
    <message>
      <source>A number (12345), a service name (smtp) or 0 to let the system choose.</source>
      <translation>رقم ⁦(12345)⁩، أو اسم خدمة ⁦(smtp)⁩، أو ⁦0⁩ ليختار النظام.</translation>
    </message>
    <message>
      <source>&amp;Bind host:</source>
      <translation>م&amp;ضيف الربط:</translation>
    </message>
    <message>
      <source>Port:</source>
      <translation>المنفذ:</translation>
    </message>
    <message>
      <source>Allow binding beyond loopback</source>
      <translation>اسمح بالربط خارج الاسترجاع</translation>
    </message>
    <message>
      <source>Allow beyond loopback</source>
      <translation>اسمح بما وراء الاسترجاع</translation>
    </message>
    <message>
      <source>Needed for every address but loopback (127.0.0.1, ::1): an empty host, 0.0.0.0, ::, this computer's network address, or a name for one. Other computers can then connect.</source>
      <translation>لازم لكل عنوان عدا الاسترجاع (⁦127.0.0.1⁩، ⁦::1⁩): مضيف فارغ، أو ⁦0.0.0.0⁩، أو ::، أو عنوان هذا الحاسوب على الشبكة، أو اسم لأحدها. وعندئذ تستطيع الحواسيب الأخرى الاتصال.</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>تحذير</translation>
    </message>
    <message>
      <source>Sta&amp;rt</source>
      <translation>ا&amp;بدأ</translation>
    </message>
    <message>
      <source>Start server</source>
      <translation>ابدأ الخادم</translation>
    </message>
    <message>
      <source>S&amp;top</source>
      <translation>أ&amp;وقف</translation>
    </message>
    <message>
      <source>Stop server</source>
      <translation>أوقف الخادم</translation>
    </message>
    <message>
      <source>Listening address</source>
      <translation>عنوان الاستماع</translation>
    </message>
    <message>
      <source>The five socket coordinates</source>
      <translation>إحداثيات المقبس الخمس</translation>
    </message>
    <message>
      <source>getsockname():</source>
      <translation>⁦getsockname()⁩:</translation>
    </message>
    <message>
      <source>Coordinates:</source>
      <translation>الإحداثيات:</translation>
    </message>
    <message>
      <source>Greet on accept:</source>
      <translation>رحّب عند القبول:</translation>
    </message>
    <message>
      <source>Send a greeting</source>
      <translation>أرسل تحية</translation>
    </message>
    <message>
      <source>Greeting</source>
      <translation>التحية</translation>
    </message>
    <message>
      <source>Reply to each datagram:</source>
      <translation>ردّ على كل حزمة بيانات:</translation>
    </message>
    <message>
      <source>Reply to each datagram</source>
      <translation>ردّ على كل حزمة بيانات</translation>
    </message>
    <message>
      <source>UDP has no accept() to greet on: answer every datagram with this text.</source>
      <translation>ليس لـ ⁦UDP⁩ دالة ⁦accept()⁩ للترحيب عندها: أجب عن كل حزمة بيانات بهذا النص.</translation>
    </message>
    <message>
      <source>Echo &amp;what clients send</source>
      <translation>&amp;ردّد ما يرسله العملاء</translation>
    </message>
    <message>
      <source>Echo</source>
      <translation>الترديد</translation>
    </message>
    <message>
      <source>Connections</source>
      <translation>الاتصالات</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>الرد</translation>
    </message>
    <message>
      <source>a reply to the selected connection</source>
      <translation>رد على الاتصال المحدد</translation>
    </message>
    <message>
      <source>Send repl&amp;y</source>
      <translation>أرسل الر&amp;د</translation>
    </message>
    <message>
      <source>Send reply</source>
      <translation>أرسل الرد</translation>
    </message>
    <message>
      <source>C&amp;lose connection</source>
      <translation>أ&amp;غلق الاتصال</translation>
    </message>
    <message>
      <source>Close connection</source>
      <translation>أغلق الاتصال</translation>
    </message>
    <message>
      <source>⚠ Beyond loopback: other computers can connect to this server through {}.</source>
      <translation>⚠ خارج الاسترجاع: تستطيع الحواسيب الأخرى الاتصال بهذا الخادم عبر ⁨{}⁩.</translation>
    </message>
    <message>
      <source>⚠ Not started: that address would let other computers connect through {}.</source>
      <translation>⚠ لم يبدأ: ذلك العنوان سيتيح للحواسيب الأخرى الاتصال عبر ⁨{}⁩.</translation>
    </message>
    <message>
      <source>whichever interface has (or gets) that address</source>
      <translation>أيّ واجهة لها ذلك العنوان (أو ستحصل عليه)</translation>
    </message>
    <message numerus="yes">
      <source>Bound (UDP, no listen()) — %n peer(s) seen.</source>
      <translation>
        <numerusform>مربوط (⁦UDP⁩، بلا ⁦listen()⁩) — لم يُرَ أي نظير.</numerusform>
        <numerusform>مربوط (⁦UDP⁩، بلا ⁦listen()⁩) — رُئي نظير واحد.</numerusform>
        <numerusform>مربوط (⁦UDP⁩، بلا ⁦listen()⁩) — رُئي نظيران.</numerusform>
        <numerusform>مربوط (⁦UDP⁩، بلا ⁦listen()⁩) — رُئي %n نظراء.</numerusform>
        <numerusform>مربوط (⁦UDP⁩، بلا ⁦listen()⁩) — رُئي %n نظيرًا.</numerusform>
        <numerusform>مربوط (⁦UDP⁩، بلا ⁦listen()⁩) — رُئي %n نظير.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Listening (TCP) — %n open connection(s).</source>
      <translation>
        <numerusform>يستمع ⁦(TCP)⁩ — لا اتصالات مفتوحة.</numerusform>
        <numerusform>يستمع ⁦(TCP)⁩ — اتصال مفتوح واحد.</numerusform>
        <numerusform>يستمع ⁦(TCP)⁩ — اتصالان مفتوحان.</numerusform>
        <numerusform>يستمع ⁦(TCP)⁩ — %n اتصالات مفتوحة.</numerusform>
        <numerusform>يستمع ⁦(TCP)⁩ — %n اتصالًا مفتوحًا.</numerusform>
        <numerusform>يستمع ⁦(TCP)⁩ — %n اتصال مفتوح.</numerusform>
      </translation>
    </message>
    <message>
      <source>Resolving the address to bind…</source>
      <translation>جارٍ تحليل العنوان المراد الربط عليه…</translation>
    </message>
    <message numerus="yes">
      <source>getaddrinfo() returned %n result(s); binding the first, info = infolist[0], as the lecture does</source>
      <translation>
        <numerusform>لم تُعِد ⁦getaddrinfo()⁩ أي نتيجة</numerusform>
        <numerusform>أعادت ⁦getaddrinfo()⁩ نتيجة واحدة؛ يُربط على الأولى، ⁦info = infolist[0]⁩، كما في المحاضرة</numerusform>
        <numerusform>أعادت ⁦getaddrinfo()⁩ نتيجتين؛ يُربط على الأولى، ⁦info = infolist[0]⁩، كما في المحاضرة</numerusform>
        <numerusform>أعادت ⁦getaddrinfo() %n⁩ نتائج؛ يُربط على الأولى، ⁦info = infolist[0]⁩، كما في المحاضرة</numerusform>
        <numerusform>أعادت ⁦getaddrinfo() %n⁩ نتيجة؛ يُربط على الأولى، ⁦info = infolist[0]⁩، كما في المحاضرة</numerusform>
        <numerusform>أعادت ⁦getaddrinfo() %n⁩ نتيجة؛ يُربط على الأولى، ⁦info = infolist[0]⁩، كما في المحاضرة</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SessionActions</name>
    <message>
      <source>&amp;Open session…</source>
      <translation>ا&amp;فتح جلسة…</translation>
    </message>
    <message>
      <source>&amp;Save session…</source>
      <translation>ا&amp;حفظ الجلسة…</translation>
    </message>
    <message>
      <source>&amp;Export results…</source>
      <translation>&amp;صدّر النتائج…</translation>
    </message>
    <message>
      <source>Save lab &amp;report…</source>
      <translation>احفظ &amp;تقرير المختبر…</translation>
    </message>
    <message>
      <source>&amp;History</source>
      <translation>ال&amp;سجل</translation>
    </message>
    <message>
      <source>&amp;History size…</source>
      <translation>&amp;حجم السجل…</translation>
    </message>
    <message>
      <source>&amp;Lecture exercise</source>
      <translation>&amp;تمرين المحاضرة</translation>
    </message>
    <message>
      <source>This entry is of a view this netexplorer does not have.</source>
      <translation>هذا المُدخل من عرض لا يملكه ⁦netexplorer⁩ هذا.</translation>
    </message>
    <message>
      <source>Inputs restored; this view cannot show a stored answer here.</source>
      <translation>استُعيدت المدخلات؛ ولا يستطيع هذا العرض إظهار جواب محفوظ هنا.</translation>
    </message>
    <message>
      <source>This view cannot run a stored entry again.</source>
      <translation>لا يستطيع هذا العرض تشغيل مُدخل محفوظ مجددًا.</translation>
    </message>
    <message>
      <source>History size</source>
      <translation>حجم السجل</translation>
    </message>
    <message>
      <source>Keep this many history entries (older ones are counted, not kept):</source>
      <translation>احتفظ بهذا العدد من مُدخلات السجل (الأقدم تُعدّ ولا تُحفظ):</translation>
    </message>
    <message numerus="yes">
      <source>%n step(s) to do: choose one in the history, then Look up or Run again.</source>
      <translation>
        <numerusform>لا خطوات متبقية: اختر واحدة في السجل، ثم «ابحث» أو «شغّل مجددًا».</numerusform>
        <numerusform>خطوة واحدة متبقية: اخترها في السجل، ثم «ابحث» أو «شغّل مجددًا».</numerusform>
        <numerusform>خطوتان متبقيتان: اختر واحدة في السجل، ثم «ابحث» أو «شغّل مجددًا».</numerusform>
        <numerusform>%n خطوات متبقية: اختر واحدة في السجل، ثم «ابحث» أو «شغّل مجددًا».</numerusform>
        <numerusform>%n خطوة متبقية: اختر واحدة في السجل، ثم «ابحث» أو «شغّل مجددًا».</numerusform>
        <numerusform>%n خطوة متبقية: اختر واحدة في السجل، ثم «ابحث» أو «شغّل مجددًا».</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not open {}</source>
      <translation>تعذّر فتح ⁨{}⁩</translation>
    </message>
    <message>
      <source>Open a session or exercise</source>
      <translation>افتح جلسة أو تمرينًا</translation>
    </message>
    <message>
      <source>netexplorer sessions (*{});;All files (*)</source>
      <translation>جلسات netexplorer (*{});;كل الملفات (*)</translation>
    </message>
    <message>
      <source>Save the session</source>
      <translation>احفظ الجلسة</translation>
    </message>
    <message>
      <source>netexplorer sessions (*{})</source>
      <translation>جلسات netexplorer (*{})</translation>
    </message>
    <message>
      <source>Could not save {}</source>
      <translation>تعذّر حفظ ⁨{}⁩</translation>
    </message>
    <message>
      <source>Session saved to {}.</source>
      <translation>حُفظت الجلسة في ⁨{}⁩.</translation>
    </message>
    <message>
      <source>Continue where you left off?</source>
      <translation>هل تتابع من حيث توقفت؟</translation>
    </message>
    <message numerus="yes">
      <source>netexplorer kept your last session (%n action(s)) when it closed. Continue where you left off?</source>
      <translation>
        <numerusform>احتفظ ⁦netexplorer⁩ بجلستك الأخيرة (بلا إجراءات) حين أُغلق. هل تتابع من حيث توقفت؟</numerusform>
        <numerusform>احتفظ ⁦netexplorer⁩ بجلستك الأخيرة (إجراء واحد) حين أُغلق. هل تتابع من حيث توقفت؟</numerusform>
        <numerusform>احتفظ ⁦netexplorer⁩ بجلستك الأخيرة (إجراءان) حين أُغلق. هل تتابع من حيث توقفت؟</numerusform>
        <numerusform>احتفظ ⁦netexplorer⁩ بجلستك الأخيرة (%n إجراءات) حين أُغلق. هل تتابع من حيث توقفت؟</numerusform>
        <numerusform>احتفظ ⁦netexplorer⁩ بجلستك الأخيرة (%n إجراءً) حين أُغلق. هل تتابع من حيث توقفت؟</numerusform>
        <numerusform>احتفظ ⁦netexplorer⁩ بجلستك الأخيرة (%n إجراء) حين أُغلق. هل تتابع من حيث توقفت؟</numerusform>
      </translation>
    </message>
    <message>
      <source>This view shows no results to export.</source>
      <translation>لا يعرض هذا العرض نتائج للتصدير.</translation>
    </message>
    <message>
      <source>CSV for spreadsheets (*.csv)</source>
      <translation>CSV لجداول البيانات (*.csv)</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>Export results</source>
      <translation>صدّر النتائج</translation>
    </message>
    <message>
      <source>Student name</source>
      <translation>اسم الطالب</translation>
    </message>
    <message>
      <source>Your name, for the lab report:</source>
      <translation>اسمك، لتقرير المختبر:</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>HTML (*.html)</source>
      <translation>HTML (*.html)</translation>
    </message>
    <message>
      <source>Save the lab report</source>
      <translation>احفظ تقرير المختبر</translation>
    </message>
    <message>
      <source>Could not write {}</source>
      <translation>تعذّرت كتابة ⁨{}⁩</translation>
    </message>
    <message>
      <source>Written to {}.</source>
      <translation>كُتب في ⁨{}⁩.</translation>
    </message>
  </context>
  <context>
    <name>SourceLabel</name>
    <message>
      <source>DNS — server {} answered {}</source>
      <translation>⁦DNS⁩ — أجاب الخادم ⁨{}⁩ بـ ⁨{}⁩</translation>
    </message>
    <message>
      <source>for {}</source>
      <translation>لـ ⁨{}⁩</translation>
    </message>
    <message>
      <source>DNS — server {} answered {} ({}), no A or AAAA records</source>
      <translation>⁦DNS⁩ — أجاب الخادم ⁨{}⁩ بـ ⁨{}⁩ (⁨{}⁩)، بلا سجلات ⁦A⁩ أو ⁦AAAA⁩</translation>
    </message>
    <message>
      <source>'' (an empty name): no name is looked up. Python's gethostbyname gives the wildcard address 0.0.0.0 (INADDR_ANY) for it; what the other calls do with an empty name is the C library's choice</source>
      <translation>⁦''⁩ (اسم فارغ): لا يُبحث عن أي اسم. تعطي ⁦gethostbyname⁩ في بايثون العنوان الشامل ⁦0.0.0.0⁩ (⁦INADDR_ANY⁩) له؛ وما تفعله الاستدعاءات الأخرى باسم فارغ تختاره مكتبة ⁦C⁩</translation>
    </message>
    <message>
      <source>{}: numeric: no lookup</source>
      <translation>⁨{}⁩: رقمي: لا بحث</translation>
    </message>
    <message>
      <source>{}: AI_NUMERICHOST: no lookup, only a numeric address is accepted</source>
      <translation>⁨{}⁩: ⁦AI_NUMERICHOST⁩: لا بحث، ولا يُقبل إلا عنوان رقمي</translation>
    </message>
    <message>
      <source>line {}: {}</source>
      <translation>السطر ⁨{}⁩: ⁨{}⁩</translation>
    </message>
    <message>
      <source>{}: hosts file {} {}</source>
      <translation>⁨{}⁩: ملف ⁦hosts⁩ ⁨{}⁩ ⁨{}⁩</translation>
    </message>
    <message>
      <source>{}: not in the hosts file {}; DNS could not be asked: {}</source>
      <translation>⁨{}⁩: ليس في ملف ⁦hosts⁩ ⁨{}⁩؛ وتعذّر سؤال ⁦DNS⁩: ⁨{}⁩</translation>
    </message>
    <message>
      <source>But the system resolver also returned {}, which neither the hosts file nor DNS gave: another source of the lookup order (hosts: {}) answered, such as an NSS module like myhostname or mDNS</source>
      <translation>لكن مُحلِّل النظام أعاد أيضًا ⁨{}⁩، ولم يعطه ملف ⁦hosts⁩ ولا ⁦DNS⁩: أجاب مصدر آخر في ترتيب البحث (⁦hosts⁩: ⁨{}⁩)، مثل وحدة ⁦NSS⁩ كـ ⁦myhostname⁩ أو ⁦mDNS⁩</translation>
    </message>
    <message>
      <source>Where the answer came from</source>
      <translation>من أين جاء الجواب</translation>
    </message>
    <message>
      <source>Finding where the answer came from…</source>
      <translation>جارٍ البحث عن مصدر الجواب…</translation>
    </message>
  </context>
  <context>
    <name>VariantList</name>
    <message>
      <source>Variants beside the baseline</source>
      <translation>المتغيّرات بجانب الأساس</translation>
    </message>
    <message>
      <source>Variants</source>
      <translation>المتغيّرات</translation>
    </message>
    <message>
      <source>A flag set to add</source>
      <translation>مجموعة أعلام تُضاف</translation>
    </message>
    <message>
      <source>e.g. AI_ADDRCONFIG | AI_V4MAPPED, or 0</source>
      <translation>مثل ⁦AI_ADDRCONFIG | AI_V4MAPPED⁩، أو ⁦0⁩</translation>
    </message>
    <message>
      <source>A&amp;dd</source>
      <translation>أض&amp;ف</translation>
    </message>
    <message>
      <source>Add the flag set</source>
      <translation>أضف مجموعة الأعلام</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>ا&amp;حذف</translation>
    </message>
    <message>
      <source>Remove the selected variant</source>
      <translation>احذف المتغيّر المحدد</translation>
    </message>
    <message>
      <source>Defa&amp;ults</source>
      <translation>افت&amp;راضي</translation>
    </message>
    <message>
      <source>Back to one variant per flag</source>
      <translation>العودة إلى متغيّر لكل علم</translation>
    </message>
    <message>
      <source>Why the flag set was not added</source>
      <translation>لماذا لم تُضف مجموعة الأعلام</translation>
    </message>
    <message>
      <source>baseline with {} toggled</source>
      <translation>الأساس مع قلب ⁨{}⁩</translation>
    </message>
  </context>
  <context>
    <name>ViewPage</name>
    <message>
      <source>Exercise step to do</source>
      <translation>خطوة تمرين متبقية</translation>
    </message>
    <message>
      <source>From history, {}</source>
      <translation>من السجل، ⁨{}⁩</translation>
    </message>
  </context>
  <context>
    <name>dns_model</name>
    <message>
      <source>section</source>
      <translation>القسم</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>المالك</translation>
    </message>
    <message>
      <source>TTL</source>
      <translation>⁦TTL⁩</translation>
    </message>
    <message>
      <source>class</source>
      <translation>الصنف</translation>
    </message>
    <message>
      <source>type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>data</source>
      <translation>البيانات</translation>
    </message>
    <message>
      <source>address</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>getaddrinfo position</source>
      <translation>الموضع في ⁦getaddrinfo⁩</translation>
    </message>
    <message>
      <source>where it came from</source>
      <translation>من أين جاء</translation>
    </message>
    <message>
      <source>DNS record</source>
      <translation>سجل ⁦DNS⁩</translation>
    </message>
    <message>
      <source>hosts file line</source>
      <translation>سطر ملف ⁦hosts⁩</translation>
    </message>
    <message>
      <source>family</source>
      <translation>⁦family⁩</translation>
    </message>
  </context>
  <context>
    <name>examples</name>
    <message>
      <source>s.bind({}[0][4]) and s.connect({}[0][4])</source>
      <translation>⁦s.bind({}[0][4])⁩ و ⁦s.connect({}[0][4])⁩</translation>
    </message>
    <message>
      <source>The slide shows {}</source>
      <translation>تعرض الشريحة ⁨{}⁩</translation>
    </message>
    <message>
      <source>Server and client: s.bind() and s.connect() to getaddrinfo(…)[0][4]</source>
      <translation>الخادم والعميل: ⁦s.bind()⁩ و⁦s.connect()⁩ إلى ⁦getaddrinfo(…)[0][4]⁩</translation>
    </message>
    <message>
      <source>Start the lecture's server, then connect its client to it:</source>
      <translation>شغّل خادم المحاضرة، ثم صِل عميلها به:</translation>
    </message>
    <message>
      <source>E&amp;xamples</source>
      <translation>&amp;أمثلة</translation>
    </message>
    <message>
      <source>The lecture's examples</source>
      <translation>أمثلة المحاضرة</translation>
    </message>
  </context>
  <context>
    <name>netexplorer.core</name>
    <message>
      <source>IPv4-mapped IPv6</source>
      <translation>⁦IPv6⁩ مُقابَل لعنوان ⁦IPv4⁩</translation>
    </message>
    <message>
      <source>wildcard (every interface)</source>
      <translation>عنوان شامل (كل الواجهات)</translation>
    </message>
    <message>
      <source>loopback (this computer)</source>
      <translation>عنوان الاسترجاع (هذا الحاسوب)</translation>
    </message>
    <message>
      <source>link-local</source>
      <translation>محلي للوصلة ⁦(link-local)⁩</translation>
    </message>
    <message>
      <source>multicast</source>
      <translation>بث متعدد ⁦(multicast)⁩</translation>
    </message>
    <message>
      <source>private or reserved</source>
      <translation>خاص أو محجوز</translation>
    </message>
    <message>
      <source>public</source>
      <translation>عام</translation>
    </message>
    <message>
      <source>IPv4-mapped</source>
      <translation>مُقابَل لـ ⁦IPv4⁩</translation>
    </message>
    <message>
      <source>wildcard</source>
      <translation>شامل</translation>
    </message>
    <message>
      <source>loopback</source>
      <translation>استرجاع</translation>
    </message>
    <message>
      <source>private</source>
      <translation>خاص</translation>
    </message>
    <message>
      <source>The protocol number to pass to socket().</source>
      <translation>رقم البروتوكول الذي يُمرَّر إلى ⁦socket()⁩.</translation>
    </message>
    <message>
      <source>The canonical name: filled in only in the first result, and only with AI_CANONNAME; otherwise the empty string.</source>
      <translation>الاسم القانوني: لا يُملأ إلا في النتيجة الأولى، ومع ⁦AI_CANONNAME⁩ فقط؛ وإلا فهو سلسلة فارغة.</translation>
    </message>
    <message>
      <source>The address to pass to connect() or bind(); the first three fields are what socket() takes: socket.socket(family, type, proto).</source>
      <translation>العنوان الذي يُمرَّر إلى ⁦connect()⁩ أو ⁦bind()⁩؛ والحقول الثلاثة الأولى هي ما تأخذه ⁦socket(): socket.socket(family, type, proto)⁩.</translation>
    </message>
    <message>
      <source>IPv6 scope id: the index of interface {} for this link-local address.</source>
      <translation>معرّف النطاق في ⁦IPv6⁩: رقم الواجهة ⁨{}⁩ لهذا العنوان المحلي للوصلة.</translation>
    </message>
    <message>
      <source>IPv6 scope id: 0, because the address is not link-local.</source>
      <translation>معرّف النطاق في ⁦IPv6⁩: القيمة ⁦0⁩، لأن العنوان ليس محليًا للوصلة.</translation>
    </message>
    <message>
      <source>IPv6 flow label (traffic class and flow); almost always 0.</source>
      <translation>تسمية التدفق في ⁦IPv6⁩ (فئة الحركة والتدفق)؛ وهي ⁦0⁩ في أغلب الأحوال.</translation>
    </message>
    <message>
      <source>Why this order: the resolver sorts addresses by destination address selection (RFC 6724; on Linux tuned by /etc/gai.conf), usually IPv6 before IPv4 when this computer has IPv6. With type 0 each address comes once per socket type (stream, datagram, raw). A client should try the results in this order until one connects.</source>
      <translation>سبب هذا الترتيب: يرتّب المُحلِّل العناوين وفق قواعد اختيار عنوان الوجهة (⁦RFC 6724⁩؛ وتضبطها ⁦/etc/gai.conf⁩ على لينكس)، فيأتي ⁦IPv6⁩ عادةً قبل ⁦IPv4⁩ إذا كان لهذا الحاسوب اتصال ⁦IPv6⁩. ومع النوع ⁦0⁩ يتكرر كل عنوان مرة لكل نوع مقبس (تدفّقي، وحزم بيانات، وخام). وعلى العميل أن يجرّب النتائج بهذا الترتيب حتى ينجح أحدها في الاتصال.</translation>
    </message>
    <message>
      <source>AI_NUMERICHOST accepts only a numeric address, and {} is a name; without AI_NUMERICHOST it resolves to {}.</source>
      <translation>لا يقبل ⁦AI_NUMERICHOST⁩ إلا عنوانًا رقميًا، و⁨{}⁩ اسم؛ ومن دون ⁦AI_NUMERICHOST⁩ يُحَلّ إلى ⁨{}⁩.</translation>
    </message>
    <message>
      <source>AI_NUMERICHOST accepts only a numeric address, and {} is a name; without AI_NUMERICHOST the name does not resolve either.</source>
      <translation>لا يقبل ⁦AI_NUMERICHOST⁩ إلا عنوانًا رقميًا، و⁨{}⁩ اسم؛ ومن دون ⁦AI_NUMERICHOST⁩ لا يُحَلّ الاسم أيضًا.</translation>
    </message>
    <message>
      <source>AI_NUMERICSERV accepts only a port number, and {} is a service name; without AI_NUMERICSERV it is port {}.</source>
      <translation>لا يقبل ⁦AI_NUMERICSERV⁩ إلا رقم منفذ، و⁨{}⁩ اسم خدمة؛ ومن دون ⁦AI_NUMERICSERV⁩ فهو المنفذ ⁨{}⁩.</translation>
    </message>
    <message>
      <source>AI_CANONNAME needs a host name: with host None there is no name to make canonical. Without AI_CANONNAME the call works.</source>
      <translation>يحتاج ⁦AI_CANONNAME⁩ إلى اسم مضيف: فمع ⁦host = None⁩ لا يوجد اسم يُجعل قانونيًا. ومن دون ⁦AI_CANONNAME⁩ ينجح الاستدعاء.</translation>
    </message>
    <message>
      <source>{} does not go with {}: with proto 0 the system chooses the protocol and the call works.</source>
      <translation>⁨{}⁩ لا يتوافق مع ⁨{}⁩: ومع ⁦proto = 0⁩ يختار النظام البروتوكول فينجح الاستدعاء.</translation>
    </message>
    <message>
      <source>The services database lists {} only for another socket type: with type 0 it is found ({}).</source>
      <translation>لا تذكر قاعدة بيانات الخدمات ⁨{}⁩ إلا لنوع مقبس آخر: ومع النوع ⁦0⁩ يُعثر عليه (⁨{}⁩).</translation>
    </message>
    <message>
      <source>The services database has no service called {} for this socket type; the host itself resolves with port None. Give a port number instead.</source>
      <translation>ليس في قاعدة بيانات الخدمات خدمة باسم ⁨{}⁩ لهذا النوع من المقابس؛ والمضيف نفسه يُحَلّ مع ⁦port = None⁩. أعطِ رقم منفذ بدلًا منه.</translation>
    </message>
    <message>
      <source>The host resolves with port None: port {} does not fit socket type {}.</source>
      <translation>يُحَلّ المضيف مع ⁦port = None⁩: فالمنفذ ⁨{}⁩ لا يناسب نوع المقبس ⁨{}⁩.</translation>
    </message>
    <message>
      <source>AI_ADDRCONFIG removed every address: this computer has no address of that family apart from loopback ones, which do not count. Without AI_ADDRCONFIG {} resolves to {}.</source>
      <translation>حذف ⁦AI_ADDRCONFIG⁩ كل العناوين: ليس لهذا الحاسوب عنوان من تلك العائلة سوى عناوين الاسترجاع، وهذه لا تُحتسب. ومن دون ⁦AI_ADDRCONFIG⁩ يُحَلّ ⁨{}⁩ إلى ⁨{}⁩.</translation>
    </message>
    <message>
      <source>{} has IPv4 addresses only ({}), so AF_INET6 finds nothing.</source>
      <translation>ليس لـ ⁨{}⁩ إلا عناوين ⁦IPv4⁩ (⁨{}⁩)، فلا يجد ⁦AF_INET6⁩ شيئًا.</translation>
    </message>
    <message>
      <source>{} has IPv4 addresses only ({}); AF_INET6 finds nothing unless AI_V4MAPPED maps them (see the grid).</source>
      <translation>ليس لـ ⁨{}⁩ إلا عناوين ⁦IPv4⁩ (⁨{}⁩)؛ فلا يجد ⁦AF_INET6⁩ شيئًا ما لم يقابلها ⁦AI_V4MAPPED⁩ (انظر الشبكة).</translation>
    </message>
    <message>
      <source>With AI_V4MAPPED: {}.</source>
      <translation>مع ⁦AI_V4MAPPED⁩: ⁨{}⁩.</translation>
    </message>
    <message>
      <source>{} has IPv6 addresses only ({}); AF_INET finds nothing. AF_INET6 or AF_UNSPEC returns them.</source>
      <translation>ليس لـ ⁨{}⁩ إلا عناوين ⁦IPv6⁩ (⁨{}⁩)؛ فلا يجد ⁦AF_INET⁩ شيئًا، ويعيدها ⁦AF_INET6⁩ أو ⁦AF_UNSPEC⁩.</translation>
    </message>
    <message>
      <source>With AF_UNSPEC the call works: {}.</source>
      <translation>مع ⁦AF_UNSPEC⁩ ينجح الاستدعاء: ⁨{}⁩.</translation>
    </message>
    <message>
      <source>The resolver got no usable answer from a DNS server (EAI_AGAIN): this computer may have no network or no Internet, or the server failed or refused the name. Every variant would ask the same server, so none was tried.</source>
      <translation>لم يتلقَّ المُحلِّل جوابًا صالحًا من خادم ⁦DNS (EAI_AGAIN)⁩: قد لا يكون لهذا الحاسوب اتصال بالشبكة أو بالإنترنت، أو أخفق الخادم أو رفض الاسم. وكل متغيّر سيسأل الخادم نفسه، فلم يُجرَّب أيٌّ منها.</translation>
    </message>
    <message>
      <source>None of the neighbouring variants works either ({}).</source>
      <translation>ولا ينجح أيٌّ من المتغيّرات المجاورة كذلك (⁨{}⁩).</translation>
    </message>
    <message>
      <source>No variant finds {}: every one fails with EAI_NONAME. The name is not in the hosts file, and DNS says it does not exist (NXDOMAIN), or this computer's DNS server cannot see the Internet. Check the spelling.</source>
      <translation>لا يجد أي متغيّر ⁨{}⁩: كلها تخفق بـ ⁦EAI_NONAME⁩. فالاسم ليس في ملف ⁦hosts⁩، ويقول ⁦DNS⁩ إنه غير موجود ⁦(NXDOMAIN)⁩، أو أن خادم ⁦DNS⁩ لهذا الحاسوب لا يصل إلى الإنترنت. تحقّق من الإملاء.</translation>
    </message>
    <message>
      <source>{} has IPv6 addresses only; gethostbyname and gethostbyname_ex return IPv4 addresses only. socket.getaddrinfo finds {} (Open in getaddrinfo).</source>
      <translation>ليس لـ ⁨{}⁩ إلا عناوين ⁦IPv6⁩؛ ولا تعيد ⁦gethostbyname⁩ و⁦gethostbyname_ex⁩ إلا عناوين ⁦IPv4⁩. أما ⁦socket.getaddrinfo⁩ فتجد ⁨{}⁩ (افتحه في ⁦getaddrinfo⁩).</translation>
    </message>
    <message>
      <source>{} is in the services database only for another protocol: with the protocol 'any' it is {}.</source>
      <translation>لا يوجد ⁨{}⁩ في قاعدة بيانات الخدمات إلا لبروتوكول آخر: ومع البروتوكول ⁦'any'⁩ فهو ⁨{}⁩.</translation>
    </message>
    <message>
      <source>The database spells it in lower case: {} gives {}. Names there are matched exactly.</source>
      <translation>تكتبه قاعدة البيانات بأحرف صغيرة: ⁨{}⁩ يعطي ⁨{}⁩. فالأسماء هناك تُطابَق حرفيًا.</translation>
    </message>
    <message>
      <source>{} reads only the database {}, and it has no entry {}; the table of the databases beside shows every entry there is.</source>
      <translation>لا تقرأ ⁨{}⁩ إلا قاعدة البيانات ⁨{}⁩، وليس فيها مدخل ⁨{}⁩؛ ويعرض جدول قواعد البيانات المجاور كل مدخل فيها.</translation>
    </message>
    <message>
      <source>{} turned on</source>
      <translation>تفعيل ⁨{}⁩</translation>
    </message>
    <message>
      <source>{} turned off</source>
      <translation>إلغاء ⁨{}⁩</translation>
    </message>
    <message>
      <source>{} {} → {}</source>
      <translation>⁨{}⁩ ⁨{}⁩ ← ⁨{}⁩</translation>
    </message>
    <message>
      <source>from DNS</source>
      <translation>من ⁦DNS⁩</translation>
    </message>
    <message>
      <source>from the hosts file (DNS was not asked)</source>
      <translation>من ملف ⁦hosts⁩ (لم يُسأل ⁦DNS⁩)</translation>
    </message>
    <message>
      <source>the name is an address: no lookup</source>
      <translation>الاسم عنوان: لا بحث</translation>
    </message>
    <message>
      <source>neither the hosts file nor DNS: another source of the lookup order</source>
      <translation>لا ملف ⁦hosts⁩ ولا ⁦DNS⁩: مصدر آخر في ترتيب البحث</translation>
    </message>
    <message>
      <source>DNS only: AI_ADDRCONFIG dropped it, no {} address counts as configured here</source>
      <translation>في ⁦DNS⁩ فقط: أسقطه ⁦AI_ADDRCONFIG⁩، إذ لا يُعدّ أي عنوان ⁨{}⁩ مُهيَّأً هنا</translation>
    </message>
    <message>
      <source>DNS only: the hosts file answered first, so DNS was never asked</source>
      <translation>في ⁦DNS⁩ فقط: أجاب ملف ⁦hosts⁩ أولًا، فلم يُسأل ⁦DNS⁩ قط</translation>
    </message>
    <message>
      <source>DNS only: getaddrinfo did not return it</source>
      <translation>في ⁦DNS⁩ فقط: لم تُعِده ⁦getaddrinfo⁩</translation>
    </message>
    <message>
      <source>No DNS server answered in time.</source>
      <translation>لم يُجب أي خادم ⁦DNS⁩ في الوقت المحدد.</translation>
    </message>
    <message>
      <source>The servers are down or silent, or a firewall drops DNS packets (port 53); this computer's servers were each asked in turn.</source>
      <translation>الخوادم متوقفة أو صامتة، أو يُسقط جدار ناري حزم ⁦DNS⁩ (المنفذ ⁦53⁩)؛ وقد سُئل كل خادم من خوادم هذا الحاسوب بالدور.</translation>
    </message>
    <message>
      <source>This computer has no DNS server configured.</source>
      <translation>لم يُهيَّأ أي خادم ⁦DNS⁩ على هذا الحاسوب.</translation>
    </message>
    <message>
      <source>The network settings (resolv.conf, or the adapter settings on Windows) list no name server; type a server's address to ask it directly.</source>
      <translation>لا تذكر إعدادات الشبكة (⁦resolv.conf⁩، أو إعدادات المُحوِّل على ويندوز) أي خادم أسماء؛ اكتب عنوان خادم لتسأله مباشرة.</translation>
    </message>
    <message>
      <source>A label of the name is longer than 63 bytes.</source>
      <translation>أحد مقاطع الاسم أطول من ⁦63⁩ بايتًا.</translation>
    </message>
    <message>
      <source>Each part between dots has at most 63 bytes once encoded for DNS.</source>
      <translation>لكل جزء بين نقطتين ⁦63⁩ بايتًا على الأكثر بعد ترميزه لـ ⁦DNS⁩.</translation>
    </message>
    <message>
      <source>The name is longer than 255 bytes.</source>
      <translation>الاسم أطول من ⁦255⁩ بايتًا.</translation>
    </message>
    <message>
      <source>A whole DNS name has at most 255 bytes once encoded.</source>
      <translation>لاسم ⁦DNS⁩ الكامل ⁦255⁩ بايتًا على الأكثر بعد ترميزه.</translation>
    </message>
    <message>
      <source>The name has an empty label.</source>
      <translation>في الاسم مقطع فارغ.</translation>
    </message>
    <message>
      <source>Two dots in a row, or a dot at the start, leave a label empty.</source>
      <translation>نقطتان متتاليتان، أو نقطة في البداية، تتركان مقطعًا فارغًا.</translation>
    </message>
    <message>
      <source>The name cannot be encoded for DNS (IDNA).</source>
      <translation>لا يمكن ترميز الاسم لـ ⁦DNS (IDNA)⁩.</translation>
    </message>
    <message>
      <source>It has characters that internationalised names do not allow.</source>
      <translation>فيه أحرف لا تسمح بها الأسماء الدولية.</translation>
    </message>
    <message>
      <source>The name is not valid DNS text.</source>
      <translation>الاسم ليس نصًا صالحًا لـ ⁦DNS⁩.</translation>
    </message>
    <message>
      <source>A backslash must be followed by a character or three decimal digits.</source>
      <translation>يجب أن يلي الشرطةَ المائلة العكسية حرفٌ أو ثلاثة أرقام عشرية.</translation>
    </message>
    <message>
      <source>The answer does not match the question.</source>
      <translation>الجواب لا يطابق السؤال.</translation>
    </message>
    <message>
      <source>The server answered a different question; it is broken.</source>
      <translation>أجاب الخادم عن سؤال آخر؛ إنه معطوب.</translation>
    </message>
    <message>
      <source>The server's answer is malformed.</source>
      <translation>جواب الخادم مشوَّه.</translation>
    </message>
    <message>
      <source>It is not a DNS message, or a broken one.</source>
      <translation>ليست رسالة ⁦DNS⁩، أو هي رسالة معطوبة.</translation>
    </message>
    <message>
      <source>The DNS query failed.</source>
      <translation>أخفق استعلام ⁦DNS⁩.</translation>
    </message>
    <message>
      <source>See the message from dnspython.</source>
      <translation>انظر رسالة ⁦dnspython⁩.</translation>
    </message>
    <message>
      <source>The server is down or silent, or a firewall drops DNS packets (port 53).</source>
      <translation>الخادم متوقف أو صامت، أو يُسقط جدار ناري حزم ⁦DNS⁩ (المنفذ ⁦53⁩).</translation>
    </message>
    <message>
      <source>{} is not a valid DNS name: {}</source>
      <translation>⁨{}⁩ ليس اسم ⁦DNS⁩ صالحًا: ⁨{}⁩</translation>
    </message>
    <message>
      <source>The server {} is not an IP address.</source>
      <translation>الخادم ⁨{}⁩ ليس عنوان ⁦IP⁩.</translation>
    </message>
    <message>
      <source>Give the DNS server by its address, e.g. 127.0.0.1, 192.0.2.53:5353 or [::1]:53; a name would itself need a DNS server to be found.</source>
      <translation>أعطِ خادم ⁦DNS⁩ بعنوانه، مثل ⁦127.0.0.1⁩ أو ⁦192.0.2.53:5353⁩ أو ⁦[::1]:53⁩؛ فالاسم نفسه يحتاج إلى خادم ⁦DNS⁩ ليُعثر عليه.</translation>
    </message>
    <message>
      <source>Port 0 cannot be a server's port.</source>
      <translation>لا يمكن أن يكون المنفذ ⁦0⁩ منفذَ خادم.</translation>
    </message>
    <message>
      <source>DNS servers listen on port 53 unless told otherwise.</source>
      <translation>تستمع خوادم ⁦DNS⁩ على المنفذ ⁦53⁩ ما لم يُحدَّد غير ذلك.</translation>
    </message>
    <message>
      <source>the name exists</source>
      <translation>الاسم موجود</translation>
    </message>
    <message>
      <source>the name does not exist</source>
      <translation>الاسم غير موجود</translation>
    </message>
    <message>
      <source>the server failed to find an answer (its own upstream failed)</source>
      <translation>لم يتمكن الخادم من إيجاد جواب (أخفق الخادم الذي يعتمد عليه)</translation>
    </message>
    <message>
      <source>the server refuses to answer this question</source>
      <translation>يرفض الخادم الإجابة عن هذا السؤال</translation>
    </message>
    <message>
      <source>the server could not understand the question</source>
      <translation>لم يفهم الخادم السؤال</translation>
    </message>
    <message>
      <source>the server does not implement this kind of query</source>
      <translation>لا يدعم الخادم هذا النوع من الاستعلامات</translation>
    </message>
    <message>
      <source>limit of {} connections reached: told the client {} and closed</source>
      <translation>بلغ العدد حدّه (⁨{}⁩ اتصالًا): أُبلغ العميل بـ ⁨{}⁩ ثم أُغلق</translation>
    </message>
    <message>
      <source>attempt {} of {}: socket({}, {}, {})</source>
      <translation>المحاولة ⁨{}⁩ من ⁨{}⁩: ⁦socket(⁨{}⁩, ⁨{}⁩, ⁨{}⁩)⁩</translation>
    </message>
    <message>
      <source>none of the {} address(es) accepted the connection</source>
      <translation>لم يقبل أيٌّ من العناوين (⁨{}⁩) الاتصال</translation>
    </message>
    <message>
      <source>Every getaddrinfo() result was tried in order.</source>
      <translation>جُرِّبت كل نتائج ⁦getaddrinfo()⁩ بالترتيب.</translation>
    </message>
    <message>
      <source>See each attempt's error above.</source>
      <translation>انظر خطأ كل محاولة أعلاه.</translation>
    </message>
    <message>
      <source>connect() did not finish within {} s</source>
      <translation>لم تكتمل ⁦connect()⁩ خلال ⁨{}⁩ ث</translation>
    </message>
    <message>
      <source>UDP connect() sent nothing: it only chose the default peer for send() and recv(), and the local address getsockname() now shows</source>
      <translation>لم ترسل ⁦connect()⁩ على ⁦UDP⁩ شيئًا: بل اختارت فقط النظير الافتراضي لـ ⁦send()⁩ و⁦recv()⁩، والعنوان المحلي الذي تعرضه ⁦getsockname()⁩ الآن</translation>
    </message>
    <message>
      <source>UDP socket ready, nothing sent yet: the system picks a local port at the first sendto()</source>
      <translation>مقبس ⁦UDP⁩ جاهز، ولم يُرسَل شيء بعد: يختار النظام منفذًا محليًا عند أول ⁦sendto()⁩</translation>
    </message>
    <message>
      <source>the system chose the local port now</source>
      <translation>اختار النظام المنفذ المحلي الآن</translation>
    </message>
    <message>
      <source>closed by you</source>
      <translation>أغلقتَه أنت</translation>
    </message>
    <message>
      <source>a new UDP peer: UDP has no accept(), the first datagram introduces it</source>
      <translation>نظير ⁦UDP⁩ جديد: ليس لـ ⁦UDP⁩ دالة ⁦accept()⁩، فأول حزمة بيانات تعرّف به</translation>
    </message>
    <message>
      <source>from the server's own address: not answered, or the server would answer itself forever</source>
      <translation>من عنوان الخادم نفسه: لا يُجاب، وإلا لظلّ الخادم يجيب نفسه بلا نهاية</translation>
    </message>
    <message>
      <source>forgotten for a new peer: the least recently heard of {} peers (the limit)</source>
      <translation>نُسي لأجل نظير جديد: الأقدم سماعًا من ⁨{}⁩ نظيرًا (الحد)</translation>
    </message>
    <message>
      <source>echo to this peer pauses: it sent more than {} datagrams a second (what it sends is still received and shown)</source>
      <translation>يتوقف الترديد لهذا النظير: أرسل أكثر من ⁨{}⁩ حزمة بيانات في الثانية (وما يرسله لا يزال يُستقبل ويُعرض)</translation>
    </message>
    <message>
      <source>{} is not a loopback address: other computers could connect through {}</source>
      <translation>⁨{}⁩ ليس عنوان استرجاع: تستطيع الحواسيب الأخرى الاتصال عبر ⁨{}⁩</translation>
    </message>
    <message>
      <source>{} is not a loopback address: other computers could connect to it</source>
      <translation>⁨{}⁩ ليس عنوان استرجاع: تستطيع الحواسيب الأخرى الاتصال به</translation>
    </message>
    <message>
      <source>getsockname() showed the address actually bound; it is closed.</source>
      <translation>أظهرت ⁦getsockname()⁩ العنوان المربوط فعلًا؛ وقد أُغلق.</translation>
    </message>
    <message>
      <source>The address getaddrinfo() returned was checked, not the text typed.</source>
      <translation>فُحص العنوان الذي أعادته ⁦getaddrinfo()⁩، لا النص المكتوب.</translation>
    </message>
    <message>
      <source>Only a loopback address (127.0.0.1, ::1, localhost) keeps the server on this computer. Tick 'Allow binding beyond loopback' if other computers should connect.</source>
      <translation>لا يُبقي الخادمَ على هذا الحاسوب إلا عنوانُ استرجاع (⁦127.0.0.1⁩ أو ⁦::1⁩ أو ⁦localhost⁩). حدّد «اسمح بالربط خارج الاسترجاع» إن أردت أن تتصل حواسيب أخرى.</translation>
    </message>
    <message>
      <source>port 0 is not a destination: {}</source>
      <translation>المنفذ ⁦0⁩ ليس وجهة: ⁨{}⁩</translation>
    </message>
    <message>
      <source>Port 0 in bind() asks the system for any free port; nothing ever listens on port 0, so nothing sent there can arrive. Use the port the server's getsockname() shows.</source>
      <translation>المنفذ ⁦0⁩ في ⁦bind()⁩ يطلب من النظام أي منفذ حر؛ ولا شيء يستمع على المنفذ ⁦0⁩ أبدًا، فلا يصل شيء يُرسَل إليه. استخدم المنفذ الذي تعرضه ⁦getsockname()⁩ للخادم.</translation>
    </message>
    <message>
      <source>Nothing was sent.</source>
      <translation>لم يُرسَل شيء.</translation>
    </message>
    <message>
      <source>dual stack: IPv4 clients appear as IPv4-mapped addresses (::ffff:…)</source>
      <translation>مكدّس مزدوج: يظهر عملاء ⁦IPv4⁩ بعناوين ⁦IPv4⁩ مُقابَلة في ⁦IPv6⁩ (⁦::ffff:…⁩)</translation>
    </message>
    <message>
      <source>closed because the server stopped</source>
      <translation>أُغلق لأن الخادم توقف</translation>
    </message>
    <message>
      <source>forgotten because the server stopped</source>
      <translation>نُسي لأن الخادم توقف</translation>
    </message>
    <message>
      <source>connection {} is closed</source>
      <translation>الاتصال ⁨{}⁩ مغلق</translation>
    </message>
    <message>
      <source>Select an open connection first.</source>
      <translation>اختر اتصالًا مفتوحًا أولًا.</translation>
    </message>
    <message>
      <source>UDP has no connection to close: the server forgets this peer</source>
      <translation>ليس لـ ⁦UDP⁩ اتصال يُغلق: الخادم ينسى هذا النظير</translation>
    </message>
    <message>
      <source>closed by the server</source>
      <translation>أغلقه الخادم</translation>
    </message>
    <message>
      <source>nothing received or sent for {} s: the idle timeout</source>
      <translation>لم يُستقبل ولم يُرسَل شيء منذ ⁨{}⁩ ث: مهلة الخمول</translation>
    </message>
    <message>
      <source>the other side closed the connection (recv() returned b'')</source>
      <translation>أغلق الطرف الآخر الاتصال (أعادت ⁦recv()⁩ القيمة ⁦b''⁩)</translation>
    </message>
    <message>
      <source>closed after the error</source>
      <translation>أُغلق بعد الخطأ</translation>
    </message>
    <message>
      <source>{} bytes are still waiting to be sent</source>
      <translation>ما زال ⁨{}⁩ بايت بانتظار الإرسال</translation>
    </message>
    <message>
      <source>The other side does not read what it is sent, so nothing more is queued.</source>
      <translation>الطرف الآخر لا يقرأ ما يُرسَل إليه، فلا يوضع شيء آخر في الطابور.</translation>
    </message>
    <message>
      <source>{} bytes wait to be sent: reading from this peer pauses until it reads them (TCP flow control then slows the sender down)</source>
      <translation>ينتظر ⁨{}⁩ بايت الإرسال: تتوقف القراءة من هذا النظير حتى يقرأها (ثم يُبطئ التحكم في تدفق ⁦TCP⁩ المُرسِل)</translation>
    </message>
    <message>
      <source>{} bytes wait in total for peers that do not read (the limit is {}): echo to each peer with unsent data pauses until it reads</source>
      <translation>ينتظر ⁨{}⁩ بايت إجمالًا لنظراء لا يقرؤون (الحد ⁨{}⁩): ويتوقف الترديد لكل نظير لديه بيانات غير مُرسَلة حتى يقرأها</translation>
    </message>
    <message>
      <source>The name or service is not known to the resolver.</source>
      <translation>الاسم أو الخدمة غير معروفين للمُحلِّل.</translation>
    </message>
    <message>
      <source>The name is misspelt, does not exist in DNS (NXDOMAIN), is not in the hosts file, or the computer has no network; with AI_NUMERICHOST the host was not a numeric address.</source>
      <translation>الاسم مكتوب خطأً، أو غير موجود في ⁦DNS (NXDOMAIN)⁩، أو ليس في ملف ⁦hosts⁩، أو لا اتصال للحاسوب بالشبكة؛ ومع ⁦AI_NUMERICHOST⁩ لم يكن المضيف عنوانًا رقميًا.</translation>
    </message>
    <message>
      <source>A temporary failure in name resolution.</source>
      <translation>إخفاق مؤقت في تحليل الاسم.</translation>
    </message>
    <message>
      <source>The DNS server did not answer in time or answered SERVFAIL; try again later or check the network and DNS settings.</source>
      <translation>لم يُجب خادم ⁦DNS⁩ في الوقت المحدد أو أجاب بـ ⁦SERVFAIL⁩؛ حاول لاحقًا أو تحقّق من إعدادات الشبكة و⁦DNS⁩.</translation>
    </message>
    <message>
      <source>A permanent failure in name resolution.</source>
      <translation>إخفاق دائم في تحليل الاسم.</translation>
    </message>
    <message>
      <source>The DNS server refused the query or gave a malformed answer.</source>
      <translation>رفض خادم ⁦DNS⁩ الاستعلام أو أعطى جوابًا مشوَّهًا.</translation>
    </message>
    <message>
      <source>The name exists but has no address of the requested kind.</source>
      <translation>الاسم موجود لكن ليس له عنوان من النوع المطلوب.</translation>
    </message>
    <message>
      <source>For example an IPv4-only name looked up with AF_INET6, or a name with no records.</source>
      <translation>مثل اسم له ⁦IPv4⁩ فقط يُبحث عنه بـ ⁦AF_INET6⁩، أو اسم بلا سجلات.</translation>
    </message>
    <message>
      <source>The host has no address in the requested address family.</source>
      <translation>ليس للمضيف عنوان في عائلة العناوين المطلوبة.</translation>
    </message>
    <message>
      <source>Ask for AF_UNSPEC, or for the other family.</source>
      <translation>اطلب ⁦AF_UNSPEC⁩، أو العائلة الأخرى.</translation>
    </message>
    <message>
      <source>The address family is not supported.</source>
      <translation>عائلة العناوين غير مدعومة.</translation>
    </message>
    <message>
      <source>The family argument is not one this system's resolver knows.</source>
      <translation>وسيط ⁦family⁩ ليس مما يعرفه مُحلِّل هذا النظام.</translation>
    </message>
    <message>
      <source>The socket type is not supported.</source>
      <translation>نوع المقبس غير مدعوم.</translation>
    </message>
    <message>
      <source>The type does not fit the protocol, e.g. SOCK_DGRAM with TCP.</source>
      <translation>النوع لا يناسب البروتوكول، مثل ⁦SOCK_DGRAM⁩ مع ⁦TCP⁩.</translation>
    </message>
    <message>
      <source>The service is not available for the requested socket type.</source>
      <translation>الخدمة غير متاحة لنوع المقبس المطلوب.</translation>
    </message>
    <message>
      <source>The service name is unknown or exists only for the other protocol, the port is a number the C library refuses (a negative one), or it is a name while AI_NUMERICSERV asks for a number.</source>
      <translation>اسم الخدمة مجهول أو موجود للبروتوكول الآخر فقط، أو المنفذ رقم ترفضه مكتبة ⁦C⁩ (رقم سالب)، أو هو اسم بينما يطلب ⁦AI_NUMERICSERV⁩ رقمًا.</translation>
    </message>
    <message>
      <source>The flags are not valid.</source>
      <translation>الأعلام غير صالحة.</translation>
    </message>
    <message>
      <source>Some systems reject AI_V4MAPPED or AI_ALL, or AI_CANONNAME without a host name.</source>
      <translation>بعض الأنظمة ترفض ⁦AI_V4MAPPED⁩ أو ⁦AI_ALL⁩، أو ⁦AI_CANONNAME⁩ من دون اسم مضيف.</translation>
    </message>
    <message>
      <source>The resolver ran out of memory.</source>
      <translation>نفدت ذاكرة المُحلِّل.</translation>
    </message>
    <message>
      <source>The system is short of memory.</source>
      <translation>ذاكرة النظام تكاد تنفد.</translation>
    </message>
    <message>
      <source>An answer did not fit in its buffer.</source>
      <translation>جواب لم يتسع له مخزنه المؤقت.</translation>
    </message>
    <message>
      <source>A name longer than the system allows came back.</source>
      <translation>عاد اسم أطول مما يسمح به النظام.</translation>
    </message>
    <message>
      <source>A system error happened inside the resolver.</source>
      <translation>وقع خطأ في النظام داخل المُحلِّل.</translation>
    </message>
    <message>
      <source>See the system message; a file the resolver reads may be missing.</source>
      <translation>انظر رسالة النظام؛ فقد يكون ملف يقرؤه المُحلِّل مفقودًا.</translation>
    </message>
    <message>
      <source>No host is known by this name or address (HOST_NOT_FOUND).</source>
      <translation>لا يُعرف مضيف بهذا الاسم أو العنوان (⁦HOST_NOT_FOUND⁩).</translation>
    </message>
    <message>
      <source>Neither DNS nor the hosts file has it: no address record for a name, no PTR record for an address.</source>
      <translation>ليس في ⁦DNS⁩ ولا في ملف ⁦hosts⁩: لا سجل عنوان للاسم، ولا سجل ⁦PTR⁩ للعنوان.</translation>
    </message>
    <message>
      <source>A temporary failure of the lookup (TRY_AGAIN).</source>
      <translation>إخفاق مؤقت في البحث (⁦TRY_AGAIN⁩).</translation>
    </message>
    <message>
      <source>The DNS server did not answer in time or answered SERVFAIL.</source>
      <translation>لم يُجب خادم ⁦DNS⁩ في الوقت المحدد أو أجاب بـ ⁦SERVFAIL⁩.</translation>
    </message>
    <message>
      <source>A permanent failure of the lookup (NO_RECOVERY).</source>
      <translation>إخفاق دائم في البحث (⁦NO_RECOVERY⁩).</translation>
    </message>
    <message>
      <source>The DNS server refused the query, or the C library refused the name itself (an empty name, for one).</source>
      <translation>رفض خادم ⁦DNS⁩ الاستعلام، أو رفضت مكتبة ⁦C⁩ الاسم نفسه (الاسم الفارغ مثلًا).</translation>
    </message>
    <message>
      <source>The name or address exists but has no record of the kind asked (NO_DATA).</source>
      <translation>الاسم أو العنوان موجود لكن ليس له سجل من النوع المطلوب (⁦NO_DATA⁩).</translation>
    </message>
    <message>
      <source>Its zone holds no address record for the name (or no PTR record for the address).</source>
      <translation>لا تحوي منطقته سجل عنوان للاسم (أو سجل ⁦PTR⁩ للعنوان).</translation>
    </message>
    <message>
      <source>The address and port are already in use.</source>
      <translation>العنوان والمنفذ مستخدمان بالفعل.</translation>
    </message>
    <message>
      <source>Another server (or an earlier run of this one) is bound to that port; pick another port, or port 0 for a free one.</source>
      <translation>خادم آخر (أو تشغيل سابق لهذا الخادم) مربوط بذلك المنفذ؛ اختر منفذًا آخر، أو المنفذ ⁦0⁩ لمنفذ حر.</translation>
    </message>
    <message>
      <source>Permission denied.</source>
      <translation>الإذن مرفوض.</translation>
    </message>
    <message>
      <source>Ports below 1024 need administrator rights on Linux and macOS; on Windows the port may lie in a range the system reserves (WinError 10013).</source>
      <translation>تحتاج المنافذ الأقل من ⁦1024⁩ إلى صلاحيات المدير على لينكس و⁦macOS⁩؛ وعلى ويندوز قد يقع المنفذ في نطاق يحجزه النظام ⁦(WinError 10013)⁩.</translation>
    </message>
    <message>
      <source>The address is not available on this computer.</source>
      <translation>العنوان غير متاح على هذا الحاسوب.</translation>
    </message>
    <message>
      <source>A server can only bind to an address one of its interfaces has.</source>
      <translation>لا يستطيع الخادم الارتباط إلا بعنوان تملكه إحدى واجهاته.</translation>
    </message>
    <message>
      <source>The connection was refused.</source>
      <translation>رُفض الاتصال.</translation>
    </message>
    <message>
      <source>Nothing listens on that address and port: start the server first. On UDP this comes from an ICMP 'port unreachable' answer to an earlier datagram.</source>
      <translation>لا شيء يستمع على ذلك العنوان والمنفذ: شغّل الخادم أولًا. وعلى ⁦UDP⁩ يأتي هذا من جواب ⁦ICMP 'port unreachable'⁩ على حزمة بيانات سابقة.</translation>
    </message>
    <message>
      <source>The connection was reset by the peer.</source>
      <translation>أعاد النظير ضبط الاتصال.</translation>
    </message>
    <message>
      <source>The other side closed the socket abruptly.</source>
      <translation>أغلق الطرف الآخر المقبس فجأة.</translation>
    </message>
    <message>
      <source>The connection was aborted.</source>
      <translation>أُجهض الاتصال.</translation>
    </message>
    <message>
      <source>The connection was closed before it was accepted.</source>
      <translation>أُغلق الاتصال قبل قبوله.</translation>
    </message>
    <message>
      <source>The host is unreachable.</source>
      <translation>لا يمكن الوصول إلى المضيف.</translation>
    </message>
    <message>
      <source>No route leads to that address; check the address and network.</source>
      <translation>لا يؤدي أي مسار إلى ذلك العنوان؛ تحقّق من العنوان والشبكة.</translation>
    </message>
    <message>
      <source>The network is unreachable.</source>
      <translation>لا يمكن الوصول إلى الشبكة.</translation>
    </message>
    <message>
      <source>This computer has no route to that network (often: no IPv6 connectivity).</source>
      <translation>ليس لهذا الحاسوب مسار إلى تلك الشبكة (غالبًا: لا اتصال ⁦IPv6⁩).</translation>
    </message>
    <message>
      <source>The operation timed out.</source>
      <translation>انتهت مهلة العملية.</translation>
    </message>
    <message>
      <source>The other side did not answer; a firewall may drop the packets.</source>
      <translation>لم يُجب الطرف الآخر؛ قد يُسقط جدار ناري الحزم.</translation>
    </message>
    <message>
      <source>IPv6 may be disabled on this computer.</source>
      <translation>قد يكون ⁦IPv6⁩ معطّلًا على هذا الحاسوب.</translation>
    </message>
    <message>
      <source>The connection is closed for writing (broken pipe).</source>
      <translation>الاتصال مغلق للكتابة (أنبوب مكسور).</translation>
    </message>
    <message>
      <source>The peer closed the connection before the data was sent.</source>
      <translation>أغلق النظير الاتصال قبل إرسال البيانات.</translation>
    </message>
    <message>
      <source>The message is too long for one datagram.</source>
      <translation>الرسالة أطول من أن تتسع لها حزمة بيانات واحدة.</translation>
    </message>
    <message>
      <source>A UDP datagram holds at most 65,507 bytes over IPv4; send less at a time.</source>
      <translation>تتسع حزمة ⁦UDP⁩ لـ ⁦65,507⁩ بايت على الأكثر عبر ⁦IPv4⁩؛ أرسل أقل في كل مرة.</translation>
    </message>
    <message>
      <source>The socket is not connected.</source>
      <translation>المقبس غير متصل.</translation>
    </message>
    <message>
      <source>getpeername() and send() need a peer: connect() first, or use sendto() with an address on UDP.</source>
      <translation>تحتاج ⁦getpeername()⁩ و⁦send()⁩ إلى نظير: استدعِ ⁦connect()⁩ أولًا، أو استخدم ⁦sendto()⁩ مع عنوان على ⁦UDP⁩.</translation>
    </message>
    <message>
      <source>The operation would block.</source>
      <translation>العملية ستُعطِّل التنفيذ ⁦(would block)⁩.</translation>
    </message>
    <message>
      <source>The socket's buffer is full right now; a UDP datagram is then dropped.</source>
      <translation>المخزن المؤقت للمقبس ممتلئ الآن؛ وحينها تُسقط حزمة ⁦UDP⁩.</translation>
    </message>
    <message>
      <source>Too many open sockets or files.</source>
      <translation>مقابس أو ملفات مفتوحة كثيرة جدًا.</translation>
    </message>
    <message>
      <source>This program reached the system's limit of open descriptors; close some.</source>
      <translation>بلغ هذا البرنامج حد النظام لواصفات الملفات المفتوحة؛ أغلق بعضها.</translation>
    </message>
    <message>
      <source>The network is down.</source>
      <translation>الشبكة متوقفة.</translation>
    </message>
    <message>
      <source>The network interface is disconnected or disabled.</source>
      <translation>واجهة الشبكة مفصولة أو معطّلة.</translation>
    </message>
    <message>
      <source>An argument is not valid for this socket.</source>
      <translation>وسيط غير صالح لهذا المقبس.</translation>
    </message>
    <message>
      <source>For example an IPv6 address given to an IPv4 socket.</source>
      <translation>مثل عنوان ⁦IPv6⁩ يُعطى لمقبس ⁦IPv4⁩.</translation>
    </message>
    <message>
      <source>WinError 10013: Windows forbids access to this port.</source>
      <translation>⁦WinError 10013⁩: يمنع ويندوز الوصول إلى هذا المنفذ.</translation>
    </message>
    <message>
      <source>The port lies in a range Windows reserves (netsh interface ipv4 show excludedportrange protocol=tcp lists them; Hyper-V and Docker reserve many), or another program holds it exclusively. Pick another port, such as 12345, or 0 for any free one.</source>
      <translation>يقع المنفذ في نطاق يحجزه ويندوز (يسردها الأمر ⁦netsh interface ipv4 show excludedportrange protocol=tcp⁩؛ ويحجز ⁦Hyper-V⁩ و⁦Docker⁩ الكثير منها)، أو يحتكره برنامج آخر. اختر منفذًا آخر مثل ⁦12345⁩، أو ⁦0⁩ لأي منفذ حر.</translation>
    </message>
    <message>
      <source>WinError 10048: only one use of each address and port is allowed.</source>
      <translation>⁦WinError 10048⁩: لا يُسمح إلا باستخدام واحد لكل عنوان ومنفذ.</translation>
    </message>
    <message>
      <source>Another program, or an earlier run of this server, holds the port (netstat -ano shows which process). Close it, or pick another port, or 0 for any free one.</source>
      <translation>برنامج آخر، أو تشغيل سابق لهذا الخادم، يحجز المنفذ (يبيّن ⁦netstat -ano⁩ أيّ عملية). أغلقه، أو اختر منفذًا آخر، أو ⁦0⁩ لأي منفذ حر.</translation>
    </message>
    <message>
      <source>The system could not find what was asked for.</source>
      <translation>لم يجد النظام ما طُلب.</translation>
    </message>
    <message>
      <source>getservbyname / getprotobyname found no such name ("service/proto not found", "protocol not found") in the services or protocols database.</source>
      <translation>لم تجد ⁦getservbyname / getprotobyname⁩ اسمًا كهذا (⁦"service/proto not found"⁩، ⁦"protocol not found"⁩) في قاعدة بيانات الخدمات أو البروتوكولات.</translation>
    </message>
    <message>
      <source>A number is out of range.</source>
      <translation>رقم خارج النطاق.</translation>
    </message>
    <message>
      <source>Port numbers go from 0 to 65535.</source>
      <translation>أرقام المنافذ من ⁦0⁩ إلى ⁦65535⁩.</translation>
    </message>
    <message>
      <source>The host name cannot be encoded for DNS (IDNA).</source>
      <translation>لا يمكن ترميز اسم المضيف لـ ⁦DNS (IDNA)⁩.</translation>
    </message>
    <message>
      <source>A label (the part between dots) is empty or longer than 63 characters, or the name has characters IDNA does not allow.</source>
      <translation>مقطع (الجزء بين النقاط) فارغ أو أطول من ⁦63⁩ حرفًا، أو في الاسم أحرف لا يسمح بها ⁦IDNA⁩.</translation>
    </message>
    <message>
      <source>The other side did not answer in time.</source>
      <translation>لم يُجب الطرف الآخر في الوقت المحدد.</translation>
    </message>
    <message>
      <source>An argument has a value the socket module does not accept.</source>
      <translation>لوسيطٍ قيمةٌ لا تقبلها وحدة ⁦socket⁩.</translation>
    </message>
    <message>
      <source>See the system message.</source>
      <translation>انظر رسالة النظام.</translation>
    </message>
    <message>
      <source>An argument has a type the socket module does not accept.</source>
      <translation>لوسيطٍ نوعٌ لا تقبله وحدة ⁦socket⁩.</translation>
    </message>
    <message>
      <source>The call failed.</source>
      <translation>أخفق الاستدعاء.</translation>
    </message>
    <message>
      <source>Nothing was sent to the resolver.</source>
      <translation>لم يُرسَل شيء إلى المُحلِّل.</translation>
    </message>
    <message>
      <source>The DNS server is slow or does not answer. The system call cannot be interrupted; its late answer will be ignored.</source>
      <translation>خادم ⁦DNS⁩ بطيء أو لا يجيب. ولا يمكن مقاطعة استدعاء النظام؛ وسيُتجاهل جوابه المتأخر.</translation>
    </message>
    <message>
      <source>It never started: every resolver thread was still waiting for an earlier lookup that has not returned (the DNS server is slow or does not answer).</source>
      <translation>لم يبدأ قط: كانت كل خيوط المُحلِّل لا تزال تنتظر بحثًا سابقًا لم يَعُد (خادم ⁦DNS⁩ بطيء أو لا يجيب).</translation>
    </message>
    <message>
      <source>no answer within {} s</source>
      <translation>لا جواب خلال ⁨{}⁩ ث</translation>
    </message>
    <message>
      <source>The lookup did not finish before its deadline.</source>
      <translation>لم ينتهِ البحث قبل مهلته.</translation>
    </message>
    <message>
      <source>With host None, return wildcard addresses (0.0.0.0, ::) for bind() instead of loopback ones for connect().</source>
      <translation>مع ⁦host = None⁩، أعِد عناوين شاملة (⁦0.0.0.0⁩، ::) لـ ⁦bind()⁩ بدلًا من عناوين الاسترجاع لـ ⁦connect()⁩.</translation>
    </message>
    <message>
      <source>Fill canonname in the first result with the host's canonical name (the end of any CNAME chain).</source>
      <translation>املأ ⁦canonname⁩ في النتيجة الأولى بالاسم القانوني للمضيف (نهاية أي سلسلة ⁦CNAME⁩).</translation>
    </message>
    <message>
      <source>The host must be a numeric address; no DNS query is made and a name gives EAI_NONAME.</source>
      <translation>يجب أن يكون المضيف عنوانًا رقميًا؛ فلا يُرسَل استعلام ⁦DNS⁩، والاسم يعطي ⁦EAI_NONAME⁩.</translation>
    </message>
    <message>
      <source>The port must be a number; a service name such as 'www' gives an error.</source>
      <translation>يجب أن يكون المنفذ رقمًا؛ واسم خدمة مثل ⁦'www'⁩ يعطي خطأ.</translation>
    </message>
    <message>
      <source>Return IPv4/IPv6 addresses only if this computer has a non-loopback address of that family; loopback does not count, so 'localhost' can fail with no network.</source>
      <translation>لا تُعِد عناوين ⁦IPv4/IPv6⁩ إلا إذا كان لهذا الحاسوب عنوان من تلك العائلة غير عنوان الاسترجاع؛ فالاسترجاع لا يُحتسب، لذا قد يخفق ⁦'localhost'⁩ حين لا توجد شبكة.</translation>
    </message>
    <message>
      <source>With AF_INET6 and no IPv6 address found, return IPv4 addresses as IPv4-mapped IPv6 (::ffff:a.b.c.d). Some systems reject it with EAI_BADFLAGS.</source>
      <translation>مع ⁦AF_INET6⁩ وعدم العثور على عنوان ⁦IPv6⁩، أعِد عناوين ⁦IPv4⁩ في صورة ⁦IPv6⁩ مُقابَلة ⁦(::ffff:a.b.c.d)⁩. وبعض الأنظمة ترفضه بـ ⁦EAI_BADFLAGS⁩.</translation>
    </message>
    <message>
      <source>With AI_V4MAPPED, return IPv6 and IPv4-mapped addresses together. Some systems reject it with EAI_BADFLAGS.</source>
      <translation>مع ⁦AI_V4MAPPED⁩، أعِد عناوين ⁦IPv6⁩ والعناوين المُقابَلة لـ ⁦IPv4⁩ معًا. وبعض الأنظمة ترفضه بـ ⁦EAI_BADFLAGS⁩.</translation>
    </message>
    <message>
      <source>AI_V4MAPPED | AI_ADDRCONFIG, the default on some systems.</source>
      <translation>⁦AI_V4MAPPED | AI_ADDRCONFIG⁩، وهو الافتراضي في بعض الأنظمة.</translation>
    </message>
    <message>
      <source>All flags this system accepts from a program.</source>
      <translation>كل الأعلام التي يقبلها هذا النظام من البرامج.</translation>
    </message>
    <message>
      <source>Accept IPv4-mapped addresses if the kernel supports them.</source>
      <translation>اقبل العناوين المُقابَلة لـ ⁦IPv4⁩ إذا كانت النواة تدعمها.</translation>
    </message>
    <message>
      <source>Return the numeric address instead of looking up a name.</source>
      <translation>أعِد العنوان الرقمي بدلًا من البحث عن اسم.</translation>
    </message>
    <message>
      <source>Return the port number instead of a service name.</source>
      <translation>أعِد رقم المنفذ بدلًا من اسم الخدمة.</translation>
    </message>
    <message>
      <source>Fail if no name is found, instead of returning the numeric address.</source>
      <translation>أخفِق إذا لم يُعثر على اسم، بدلًا من إعادة العنوان الرقمي.</translation>
    </message>
    <message>
      <source>Return only the first label of a local host's name.</source>
      <translation>أعِد المقطع الأول فقط من اسم المضيف المحلي.</translation>
    </message>
    <message>
      <source>The service is datagram (UDP), not stream (TCP); a few ports differ.</source>
      <translation>الخدمة بحزم بيانات ⁦(UDP)⁩ لا تدفّقية ⁦(TCP)⁩؛ وبضعة منافذ تختلف.</translation>
    </message>
    <message>
      <source>Any family: IPv4 and IPv6 results.</source>
      <translation>أي عائلة: نتائج ⁦IPv4⁩ و⁦IPv6⁩.</translation>
    </message>
    <message>
      <source>IPv4: sockaddr is (address, port).</source>
      <translation>⁦IPv4⁩: قيمة ⁦sockaddr⁩ هي ⁦(address, port)⁩.</translation>
    </message>
    <message>
      <source>IPv6: sockaddr is (address, port, flowinfo, scope_id).</source>
      <translation>⁦IPv6⁩: قيمة ⁦sockaddr⁩ هي ⁦(address, port, flowinfo, scope_id)⁩.</translation>
    </message>
    <message>
      <source>A reliable byte stream: TCP on IP.</source>
      <translation>تدفّق بايتات موثوق: ⁦TCP⁩ فوق ⁦IP⁩.</translation>
    </message>
    <message>
      <source>Separate datagrams, no delivery guarantee: UDP on IP.</source>
      <translation>حزم بيانات منفصلة، بلا ضمان للتسليم: ⁦UDP⁩ فوق ⁦IP⁩.</translation>
    </message>
    <message>
      <source>Raw IP packets; needs administrator rights to open.</source>
      <translation>حزم ⁦IP⁩ خام؛ ويحتاج فتحها إلى صلاحيات المدير.</translation>
    </message>
    <message>
      <source>Transmission Control Protocol, number 6.</source>
      <translation>بروتوكول التحكم في الإرسال ⁦(TCP)⁩، رقمه ⁦6⁩.</translation>
    </message>
    <message>
      <source>User Datagram Protocol, number 17.</source>
      <translation>بروتوكول حزم بيانات المستخدم ⁦(UDP)⁩، رقمه ⁦17⁩.</translation>
    </message>
    <message>
      <source>Internet Control Message Protocol, number 1.</source>
      <translation>بروتوكول رسائل التحكم في الإنترنت ⁦(ICMP)⁩، رقمه ⁦1⁩.</translation>
    </message>
    <message>
      <source>0: let the system choose the protocol.</source>
      <translation>⁦0⁩: دع النظام يختار البروتوكول.</translation>
    </message>
    <message>
      <source>timed out</source>
      <translation>انتهت المهلة</translation>
    </message>
    <message>
      <source>internal error</source>
      <translation>خطأ داخلي</translation>
    </message>
    <message>
      <source>this variant fails with {}</source>
      <translation>يخفق هذا المتغيّر بـ ⁨{}⁩</translation>
    </message>
    <message>
      <source>both fail with {}</source>
      <translation>كلاهما يخفق بـ ⁨{}⁩</translation>
    </message>
    <message>
      <source>AI_CANONNAME fills only the first tuple's canonname</source>
      <translation>لا يملأ ⁦AI_CANONNAME⁩ إلا ⁦canonname⁩ في الصف الأول</translation>
    </message>
    <message>
      <source>AI_PASSIVE swaps loopback addresses for wildcard ones (for bind())</source>
      <translation>يستبدل ⁦AI_PASSIVE⁩ بعناوين الاسترجاع عناوينَ شاملة (لـ ⁦bind()⁩)</translation>
    </message>
    <message>
      <source>AI_PASSIVE only matters when host is None</source>
      <translation>لا أثر لـ ⁦AI_PASSIVE⁩ إلا حين يكون ⁦host = None⁩</translation>
    </message>
    <message>
      <source>the host is already numeric (or None)</source>
      <translation>المضيف رقمي أصلًا (أو ⁦None⁩)</translation>
    </message>
    <message>
      <source>the port is already a number (or None)</source>
      <translation>المنفذ رقم أصلًا (أو ⁦None⁩)</translation>
    </message>
    <message>
      <source>AI_ALL only matters with AI_V4MAPPED</source>
      <translation>لا أثر لـ ⁦AI_ALL⁩ إلا مع ⁦AI_V4MAPPED⁩</translation>
    </message>
    <message>
      <source>AI_ADDRCONFIG ignores loopback addresses: it drops a family only when this computer has no other address of it</source>
      <translation>يتجاهل ⁦AI_ADDRCONFIG⁩ عناوين الاسترجاع: ولا يُسقط عائلةً إلا إذا لم يكن لهذا الحاسوب عنوان آخر منها</translation>
    </message>
    <message>
      <source>{} only matters with AF_INET6</source>
      <translation>لا أثر لـ ⁨{}⁩ إلا مع ⁦AF_INET6⁩</translation>
    </message>
    <message>
      <source>AI_V4MAPPED maps IPv4 addresses only when no IPv6 address is found</source>
      <translation>لا يقابل ⁦AI_V4MAPPED⁩ عناوين ⁦IPv4⁩ إلا إذا لم يُعثر على أي عنوان ⁦IPv6⁩</translation>
    </message>
    <message>
      <source>The slide says {}; this computer cannot find out: {}.</source>
      <translation>تقول الشريحة ⁨{}⁩؛ ولا يستطيع هذا الحاسوب التحقق: ⁨{}⁩.</translation>
    </message>
    <message>
      <source>The slide says {}; this computer says the same.</source>
      <translation>تقول الشريحة ⁨{}⁩؛ ويقول هذا الحاسوب الشيء نفسه.</translation>
    </message>
    <message>
      <source>The slide says {}; this computer says {}.</source>
      <translation>تقول الشريحة ⁨{}⁩؛ ويقول هذا الحاسوب ⁨{}⁩.</translation>
    </message>
    <message>
      <source>{} gives {} first, and a UDP client sends to the first result only: this window's server on {} will not receive it. Use {}.</source>
      <translation>يعطي ⁨{}⁩ العنوان ⁨{}⁩ أولًا، وعميل ⁦UDP⁩ يرسل إلى النتيجة الأولى فقط: فلن يستقبلها خادم هذه النافذة على ⁨{}⁩. استخدم ⁨{}⁩.</translation>
    </message>
    <message>
      <source>{} gives {} first: that attempt will be refused, then {} answers. Use {} to connect at once.</source>
      <translation>يعطي ⁨{}⁩ العنوان ⁨{}⁩ أولًا: فستُرفض تلك المحاولة، ثم يجيب ⁨{}⁩. استخدم ⁨{}⁩ لتتصل فورًا.</translation>
    </message>
    <message>
      <source>This window's server listens on {}, but the client would connect to {}: another port. Use {}.</source>
      <translation>يستمع خادم هذه النافذة على ⁨{}⁩، لكن العميل سيتصل بـ ⁨{}⁩: منفذ آخر. استخدم ⁨{}⁩.</translation>
    </message>
    <message>
      <source>This window's server listens on {}, but the client would connect to {}: another address and port. Use {}.</source>
      <translation>يستمع خادم هذه النافذة على ⁨{}⁩، لكن العميل سيتصل بـ ⁨{}⁩: عنوان ومنفذ آخران. استخدم ⁨{}⁩.</translation>
    </message>
    <message>
      <source>This window's server listens on {} only, but the client would connect to {}: the other IP version, which that socket does not receive. Use {}.</source>
      <translation>يستمع خادم هذه النافذة على ⁨{}⁩ فقط، لكن العميل سيتصل بـ ⁨{}⁩: إصدار ⁦IP⁩ الآخر، الذي لا يستقبله ذلك المقبس. استخدم ⁨{}⁩.</translation>
    </message>
    <message>
      <source>This window's server listens on {} only, but the client would connect to {}: another address. Use {}.</source>
      <translation>يستمع خادم هذه النافذة على ⁨{}⁩ فقط، لكن العميل سيتصل بـ ⁨{}⁩: عنوان آخر. استخدم ⁨{}⁩.</translation>
    </message>
    <message>
      <source>Nothing listens on {}, but this window's server listens on {}. Use {}.</source>
      <translation>لا شيء يستمع على ⁨{}⁩، لكن خادم هذه النافذة يستمع على ⁨{}⁩. استخدم ⁨{}⁩.</translation>
    </message>
    <message>
      <source>No server of this window listens on {}: start one there first, or this connects to whatever other program listens there (if any).</source>
      <translation>لا يستمع أي خادم من هذه النافذة على ⁨{}⁩: شغّل خادمًا هناك أولًا، وإلا اتصل هذا بأي برنامج آخر يستمع هناك (إن وُجد).</translation>
    </message>
    <message>
      <source>Port {} is below 1024: on Linux and macOS only an administrator may bind it. Use a port from 1024 up, such as {} (the lecture's), or 0 for any free port.</source>
      <translation>المنفذ ⁨{}⁩ أقل من ⁦1024⁩: على لينكس و⁦macOS⁩ لا يربطه إلا المدير. استخدم منفذًا من ⁦1024⁩ فما فوق، مثل ⁨{}⁩ (منفذ المحاضرة)، أو ⁦0⁩ لأي منفذ حر.</translation>
    </message>
    <message>
      <source>The system cannot tell which program holds port {}. Stop it, or choose another port (0 for any free one).</source>
      <translation>لا يستطيع النظام أن يحدد أيّ برنامج يحجز المنفذ ⁨{}⁩. أوقفه، أو اختر منفذًا آخر (⁦0⁩ لأي منفذ حر).</translation>
    </message>
    <message>
      <source>Port {} is held by a program this user may not see (another user's, or the system's). Choose another port (0 for any free one).</source>
      <translation>يحجز المنفذ ⁨{}⁩ برنامج لا يحق لهذا المستخدم رؤيته (لمستخدم آخر أو للنظام). اختر منفذًا آخر (⁦0⁩ لأي منفذ حر).</translation>
    </message>
    <message>
      <source>Port {} is held by {}. Stop it, or choose another port (0 for any free one).</source>
      <translation>يحجز المنفذ ⁨{}⁩ البرنامج ⁨{}⁩. أوقفه، أو اختر منفذًا آخر (⁦0⁩ لأي منفذ حر).</translation>
    </message>
    <message>
      <source>The {} contains a NUL character; Python's {} refuses it too.</source>
      <translation>يحوي ⁨{}⁩ حرف ⁦NUL⁩؛ ويرفضه ⁨{}⁩ في بايثون كذلك.</translation>
    </message>
    <message>
      <source>Python raises an error for an embedded null character.</source>
      <translation>تُطلق بايثون خطأ عند وجود حرف ⁦null⁩ مُضمَّن.</translation>
    </message>
    <message>
      <source>The {} contains a NUL character. Python would accept it, but the C library stops reading at the NUL: socket.getaddrinfo would really look up {}.</source>
      <translation>يحوي ⁨{}⁩ حرف ⁦NUL⁩. قد تقبله بايثون، لكن مكتبة ⁦C⁩ تتوقف عن القراءة عند ⁦NUL⁩: فتبحث ⁦socket.getaddrinfo⁩ فعليًا عن ⁨{}⁩.</translation>
    </message>
    <message>
      <source>netexplorer refuses it so that no answer for a different name is shown as the answer for what you typed.</source>
      <translation>يرفضه ⁦netexplorer⁩ كي لا يُعرض جواب عن اسم آخر على أنه جواب ما كتبته.</translation>
    </message>
    <message>
      <source>The {} contains the character {}.</source>
      <translation>يحوي ⁨{}⁩ الحرف ⁨{}⁩.</translation>
    </message>
    <message>
      <source>Names and addresses cannot contain spaces or control characters.</source>
      <translation>لا يمكن أن تحوي الأسماء والعناوين مسافات أو أحرف تحكم.</translation>
    </message>
    <message>
      <source>Enter an address.</source>
      <translation>أدخِل عنوانًا.</translation>
    </message>
    <message>
      <source>Type an IPv4 address such as 127.0.0.1 or an IPv6 one such as ::1.</source>
      <translation>اكتب عنوان ⁦IPv4⁩ مثل ⁦127.0.0.1⁩ أو عنوان ⁦IPv6⁩ مثل ⁦::1⁩.</translation>
    </message>
    <message>
      <source>{} is not an IPv4 or IPv6 address.</source>
      <translation>⁨{}⁩ ليس عنوان ⁦IPv4⁩ ولا ⁦IPv6⁩.</translation>
    </message>
    <message>
      <source>A reverse lookup starts from a numeric address such as 127.0.0.1 or ::1; look names up on the Host or getaddrinfo tab.</source>
      <translation>يبدأ البحث العكسي من عنوان رقمي مثل ⁦127.0.0.1⁩ أو ⁦::1⁩؛ وابحث عن الأسماء في تبويب المضيف أو ⁦getaddrinfo⁩.</translation>
    </message>
    <message>
      <source>The zone after % in {} is not valid.</source>
      <translation>النطاق بعد % في ⁨{}⁩ غير صالح.</translation>
    </message>
    <message>
      <source>Only IPv6 addresses take a zone, e.g. fe80::1%eth0 or fe80::1%3.</source>
      <translation>لا تأخذ نطاقًا إلا عناوين ⁦IPv6⁩، مثل ⁦fe80::1%eth0⁩ أو ⁦fe80::1%3⁩.</translation>
    </message>
    <message>
      <source>Enter a host name or address.</source>
      <translation>أدخِل اسم مضيف أو عنوانًا.</translation>
    </message>
    <message>
      <source>For example localhost, 127.0.0.1, ::1 or a name such as example.com.</source>
      <translation>مثل ⁦localhost⁩ أو ⁦127.0.0.1⁩ أو ⁦::1⁩ أو اسم مثل ⁦example.com⁩.</translation>
    </message>
    <message>
      <source>The host name is {} characters long.</source>
      <translation>طول اسم المضيف ⁨{}⁩ حرفًا.</translation>
    </message>
    <message>
      <source>A DNS name has at most 253 characters.</source>
      <translation>لاسم ⁦DNS 253⁩ حرفًا على الأكثر.</translation>
    </message>
    <message>
      <source>The host name {} has an empty label.</source>
      <translation>في اسم المضيف ⁨{}⁩ مقطع فارغ.</translation>
    </message>
    <message>
      <source>The label {} is longer than 63 characters.</source>
      <translation>المقطع ⁨{}⁩ أطول من ⁦63⁩ حرفًا.</translation>
    </message>
    <message>
      <source>Each part of a DNS name between dots has at most 63 characters.</source>
      <translation>لكل جزء من اسم ⁦DNS⁩ بين النقاط ⁦63⁩ حرفًا على الأكثر.</translation>
    </message>
    <message>
      <source>{} is not a port number.</source>
      <translation>⁨{}⁩ ليس رقم منفذ.</translation>
    </message>
    <message>
      <source>A port is a whole number from 0 to 65535.</source>
      <translation>المنفذ عدد صحيح من ⁦0⁩ إلى ⁦65535⁩.</translation>
    </message>
    <message>
      <source>A port number of {} digits is out of range; Python would refuse it too.</source>
      <translation>رقم منفذ من ⁨{}⁩ خانة خارج النطاق؛ وترفضه بايثون كذلك.</translation>
    </message>
    <message>
      <source>Ports go from 0 to 65535; Python raises OverflowError for this number.</source>
      <translation>المنافذ من ⁦0⁩ إلى ⁦65535⁩؛ وتُطلق بايثون ⁦OverflowError⁩ لهذا الرقم.</translation>
    </message>
    <message>
      <source>Port {} is out of range. Python would accept it, but the C library would silently use port {} instead.</source>
      <translation>المنفذ ⁨{}⁩ خارج النطاق. قد تقبله بايثون، لكن مكتبة ⁦C⁩ ستستخدم المنفذ ⁨{}⁩ بدلًا منه دون تنبيه.</translation>
    </message>
    <message>
      <source>Ports go from 0 to 65535. netexplorer refuses the number so that no answer for another port is shown as the answer for what you typed.</source>
      <translation>المنافذ من ⁦0⁩ إلى ⁦65535⁩. ويرفض ⁦netexplorer⁩ الرقم كي لا يُعرض جواب عن منفذ آخر على أنه جواب ما كتبته.</translation>
    </message>
    <message>
      <source>Enter a port number or service name.</source>
      <translation>أدخِل رقم منفذ أو اسم خدمة.</translation>
    </message>
    <message>
      <source>For example 80 or www.</source>
      <translation>مثل ⁦80⁩ أو ⁦www⁩.</translation>
    </message>
    <message>
      <source>Enter a {}.</source>
      <translation>أدخِل ⁨{}⁩.</translation>
    </message>
    <message>
      <source>For example tcp, udp or icmp; www, http or smtp.</source>
      <translation>مثل ⁦tcp⁩ أو ⁦udp⁩ أو ⁦icmp⁩؛ و⁦www⁩ أو ⁦http⁩ أو ⁦smtp⁩.</translation>
    </message>
    <message>
      <source>The {} is {} characters long.</source>
      <translation>طول ⁨{}⁩ هو ⁨{}⁩ حرفًا.</translation>
    </message>
    <message>
      <source>Protocol and service names are short words such as tcp or www.</source>
      <translation>أسماء البروتوكولات والخدمات كلمات قصيرة مثل ⁦tcp⁩ أو ⁦www⁩.</translation>
    </message>
    <message>
      <source>The zone {} is not a valid interface index.</source>
      <translation>النطاق ⁨{}⁩ ليس رقم واجهة صالحًا.</translation>
    </message>
    <message>
      <source>A numeric zone is an interface index from 0 to 4294967295; a larger number would silently wrap around.</source>
      <translation>النطاق الرقمي رقم واجهة من ⁦0⁩ إلى ⁦4294967295⁩؛ والرقم الأكبر يلتفّ دون تنبيه.</translation>
    </message>
    <message>
      <source>This computer has no network interface named {}.</source>
      <translation>ليس لهذا الحاسوب واجهة شبكة باسم ⁨{}⁩.</translation>
    </message>
    <message>
      <source>The zone after % names the interface a link-local address is on.</source>
      <translation>يسمّي النطاق بعد % الواجهةَ التي يقع عليها العنوان المحلي للوصلة.</translation>
    </message>
    <message>
      <source>Enter a protocol, a service, or both.</source>
      <translation>أدخِل بروتوكولًا، أو خدمة، أو كليهما.</translation>
    </message>
    <message>
      <source>For example tcp as the protocol and www or 80 as the service.</source>
      <translation>مثل ⁦tcp⁩ بروتوكولًا و⁦www⁩ أو ⁦80⁩ خدمةً.</translation>
    </message>
    <message>
      <source>glibc counts every address of the family except exactly 127.0.0.1 and ::1: 127.0.0.2 and link-local fe80:: addresses count.</source>
      <translation>تحتسب ⁦glibc⁩ كل عنوان من العائلة إلا ⁦127.0.0.1⁩ و⁦::1⁩ بالضبط: فالعنوان ⁦127.0.0.2⁩ والعناوين المحلية للوصلة ⁦fe80⁩:: تُحتسب.</translation>
    </message>
    <message>
      <source>macOS counts the addresses of the family on interfaces that are up.</source>
      <translation>يحتسب ⁦macOS⁩ عناوين العائلة على الواجهات العاملة.</translation>
    </message>
    <message>
      <source>Windows counts a global address of the family: loopback and link-local ones do not.</source>
      <translation>يحتسب ويندوز عنوانًا عامًا من العائلة: ولا تُحتسب عناوين الاسترجاع ولا المحلية للوصلة.</translation>
    </message>
    <message>
      <source>host name</source>
      <translation>اسم المضيف</translation>
    </message>
    <message>
      <source>fully qualified name</source>
      <translation>الاسم المؤهَّل بالكامل</translation>
    </message>
    <message>
      <source>interface {}</source>
      <translation>الواجهة ⁨{}⁩</translation>
    </message>
    <message>
      <source>{} configured for AI_ADDRCONFIG</source>
      <translation>⁨{}⁩ مُهيَّأ لـ ⁦AI_ADDRCONFIG⁩</translation>
    </message>
    <message>
      <source>DNS server</source>
      <translation>خادم ⁦DNS⁩</translation>
    </message>
    <message>
      <source>search domain</source>
      <translation>نطاق البحث</translation>
    </message>
    <message>
      <source>hosts file</source>
      <translation>ملف ⁦hosts⁩</translation>
    </message>
    <message>
      <source>lookup order (nsswitch hosts:)</source>
      <translation>ترتيب البحث ⁦(nsswitch hosts:)⁩</translation>
    </message>
    <message>
      <source>address selection</source>
      <translation>اختيار العنوان</translation>
    </message>
    <message>
      <source>RFC 6724 defaults</source>
      <translation>افتراضيات ⁦RFC 6724⁩</translation>
    </message>
    <message>
      <source>no</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(لا شيء)</translation>
    </message>
    <message>
      <source>hosts file, then DNS (fixed on this system)</source>
      <translation>ملف ⁦hosts⁩، ثم ⁦DNS⁩ (ثابت على هذا النظام)</translation>
    </message>
    <message>
      <source>The session file is damaged at {}: {}.</source>
      <translation>ملف الجلسة تالف عند ⁨{}⁩: ⁨{}⁩.</translation>
    </message>
    <message>
      <source>The file ends too early: it was cut off while being written or copied.</source>
      <translation>ينتهي الملف قبل أوانه: قُطع أثناء كتابته أو نسخه.</translation>
    </message>
    <message>
      <source>The file could not be read: {}.</source>
      <translation>تعذّرت قراءة الملف: ⁨{}⁩.</translation>
    </message>
    <message>
      <source>The file is larger than {} MB: not a session file.</source>
      <translation>الملف أكبر من ⁨{}⁩ م.ب: ليس ملف جلسة.</translation>
    </message>
    <message>
      <source>The file is not a netexplorer session (it is not text).</source>
      <translation>الملف ليس جلسة ⁦netexplorer⁩ (ليس نصًا).</translation>
    </message>
    <message>
      <source>The file is not a netexplorer session (not JSON at line {}, column {}).</source>
      <translation>الملف ليس جلسة ⁦netexplorer⁩ (ليس ⁦JSON⁩ في السطر ⁨{}⁩، العمود ⁨{}⁩).</translation>
    </message>
    <message>
      <source>The file is not a netexplorer session (not JSON it writes).</source>
      <translation>الملف ليس جلسة ⁦netexplorer⁩ (ليس ⁦JSON⁩ مما يكتبه).</translation>
    </message>
    <message>
      <source>The file is not a netexplorer session.</source>
      <translation>الملف ليس جلسة ⁦netexplorer⁩.</translation>
    </message>
    <message>
      <source>not a version number</source>
      <translation>ليس رقم إصدار</translation>
    </message>
    <message>
      <source>The file was written by a newer netexplorer (session format {}); this one reads format {} and older. Update netexplorer to open it.</source>
      <translation>كتب الملفَ إصدارٌ أحدث من ⁦netexplorer⁩ (صيغة الجلسة ⁨{}⁩)؛ وهذا الإصدار يقرأ الصيغة ⁨{}⁩ وما قبلها. حدّث ⁦netexplorer⁩ لفتحه.</translation>
    </message>
    <message>
      <source>neither session nor exercise</source>
      <translation>لا جلسة ولا تمرين</translation>
    </message>
    <message>
      <source>a negative count</source>
      <translation>عدد سالب</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>مفقود</translation>
    </message>
    <message>
      <source>wrong type</source>
      <translation>نوع خاطئ</translation>
    </message>
    <message>
      <source>too long</source>
      <translation>طويل جدًا</translation>
    </message>
    <message>
      <source>too many items</source>
      <translation>عناصر كثيرة جدًا</translation>
    </message>
    <message>
      <source>a name is too long</source>
      <translation>اسم طويل جدًا</translation>
    </message>
    <message>
      <source>not an input value</source>
      <translation>ليست قيمة إدخال</translation>
    </message>
    <message>
      <source>not a row of texts</source>
      <translation>ليس صفًا من النصوص</translation>
    </message>
    <message>
      <source>The file does not exist.</source>
      <translation>الملف غير موجود.</translation>
    </message>
    <message>
      <source>This system does not use it, or it was removed; the defaults apply.</source>
      <translation>لا يستخدمه هذا النظام، أو أُزيل؛ فتسري الافتراضيات.</translation>
    </message>
    <message>
      <source>This user may not read the file.</source>
      <translation>لا يحق لهذا المستخدم قراءة الملف.</translation>
    </message>
    <message>
      <source>The file cannot be read.</source>
      <translation>لا يمكن قراءة الملف.</translation>
    </message>
    <message>
      <source>{}: {}</source>
      <translation>⁨{}⁩: ⁨{}⁩</translation>
    </message>
    <message>
      <source>nested too deeply</source>
      <translation>متداخل بعمق زائد</translation>
    </message>
    <message>
      <source>not a finite number</source>
      <translation>ليس عددًا منتهيًا</translation>
    </message>
    <message>
      <source>not a value netexplorer writes</source>
      <translation>ليست قيمة يكتبها ⁦netexplorer⁩</translation>
    </message>
    <message>
      <source>unknown kind of value</source>
      <translation>نوع قيمة مجهول</translation>
    </message>
    <message>
      <source>missing or unknown fields</source>
      <translation>حقول مفقودة أو مجهولة</translation>
    </message>
    <message>
      <source>not an outcome</source>
      <translation>ليست نتيجة استدعاء</translation>
    </message>
    <message>
      <source>not what the call returns</source>
      <translation>ليس ما يعيده الاستدعاء</translation>
    </message>
    <message>
      <source>{} is not a set of AI_ flags; this system defines {}.</source>
      <translation>⁨{}⁩ ليس مجموعة أعلام ⁦AI_⁩؛ وهذا النظام يعرّف ⁨{}⁩.</translation>
    </message>
    <message>
      <source>Write flags joined by |, as Python does, or 0 for none.</source>
      <translation>اكتب الأعلام مفصولة بـ |، كما تفعل بايثون، أو ⁦0⁩ لعدم وجود أعلام.</translation>
    </message>
    <message>
      <source>The server's datagram to {} came from {}, but this connect()ed UDP socket accepts datagrams only from {}: the system dropped it. Untick 'connect() first', or connect to the address the server answers from.</source>
      <translation>جاءت حزمة بيانات الخادم إلى ⁨{}⁩ من ⁨{}⁩، لكن مقبس ⁦UDP⁩ هذا المستدعى عليه ⁦connect()⁩ لا يقبل حزم البيانات إلا من ⁨{}⁩: فأسقطها النظام. ألغِ تحديد «⁦connect()⁩ أولًا»، أو اتصل بالعنوان الذي يجيب منه الخادم.</translation>
    </message>
  </context>
  <context>
    <name>rows</name>
    <message>
      <source>host name</source>
      <translation>اسم المضيف</translation>
    </message>
    <message>
      <source>alias</source>
      <translation>اسم بديل</translation>
    </message>
    <message>
      <source>aliases</source>
      <translation>الأسماء البديلة</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(لا شيء)</translation>
    </message>
    <message>
      <source>address</source>
      <translation>العنوان</translation>
    </message>
  </context>
  <context>
    <name>text</name>
    <message>
      <source>Internal error in netexplorer: {}. This is a bug, not a network problem; its details are in the log and can be copied for a bug report.</source>
      <translation>خطأ داخلي في ⁦netexplorer⁩: ⁨{}⁩. هذه علّة في البرنامج، لا مشكلة في الشبكة؛ وتفاصيلها في السجل ويمكن نسخها لبلاغ العلّة.</translation>
    </message>
  </context>
</TS>
