<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>ChangesLabel</name>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n row</numerusform>
        <numerusform>%n rows</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClientPane</name>
    <message numerus="yes">
      <source>UDP socket ready, not connected: sendto() and recvfrom(); %n byte(s) received.</source>
      <translation>
        <numerusform>UDP socket ready, not connected: sendto() and recvfrom(); %n byte received.</numerusform>
        <numerusform>UDP socket ready, not connected: sendto() and recvfrom(); %n bytes received.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Connected ({}): %n byte(s) received.</source>
      <translation>
        <numerusform>Connected ({}): %n byte received.</numerusform>
        <numerusform>Connected ({}): %n bytes received.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ComparePanel</name>
    <message numerus="yes">
      <source>Abandoned: %n variant(s) never answered.</source>
      <translation>
        <numerusform>Abandoned: %n variant never answered.</numerusform>
        <numerusform>Abandoned: %n variants never answered.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n 5-tuple(s)</source>
      <translation>
        <numerusform>%n 5-tuple</numerusform>
        <numerusform>%n 5-tuples</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConnectionsModel</name>
    <message numerus="yes">
      <source>%n byte(s)</source>
      <translation>
        <numerusform>%n byte</numerusform>
        <numerusform>%n bytes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EventFormatter</name>
    <message numerus="yes">
      <source>%n byte(s)</source>
      <translation>
        <numerusform>%n byte</numerusform>
        <numerusform>%n bytes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n event(s) not shown: more arrived within {} ms than the log keeps</source>
      <translation>
        <numerusform>%n event not shown: more arrived within {} ms than the log keeps</numerusform>
        <numerusform>%n events not shown: more arrived within {} ms than the log keeps</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryDock</name>
    <message numerus="yes">
      <source>%n action(s)</source>
      <translation>
        <numerusform>%n action</numerusform>
        <numerusform>%n actions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n match(es)</source>
      <translation>
        <numerusform>%n match</numerusform>
        <numerusform>%n matches</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n step(s) to do</source>
      <translation>
        <numerusform>%n step to do</numerusform>
        <numerusform>%n steps to do</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n older action(s) not kept (the history keeps {})</source>
      <translation>
        <numerusform>%n older action not kept (the history keeps {})</numerusform>
        <numerusform>%n older actions not kept (the history keeps {})</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RecordTexts</name>
    <message numerus="yes">
      <source>%n row(s) in {} ms</source>
      <translation>
        <numerusform>%n row in {} ms</numerusform>
        <numerusform>%n rows in {} ms</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportTexts</name>
    <message numerus="yes">
      <source>%n action(s)</source>
      <translation>
        <numerusform>%n action</numerusform>
        <numerusform>%n actions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n older action(s) not kept</source>
      <translation>
        <numerusform>%n older action not kept</numerusform>
        <numerusform>%n older actions not kept</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResolverTab</name>
    <message numerus="yes">
      <source>Read %n value(s) in {} ms.</source>
      <translation>
        <numerusform>Read %n value in {} ms.</numerusform>
        <numerusform>Read %n values in {} ms.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n part(s) could not be read; the row says why.</source>
      <translation>
        <numerusform>%n part could not be read; the row says why.</numerusform>
        <numerusform>%n parts could not be read; the row says why.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SequenceView</name>
    <message numerus="yes">
      <source>%n more socket(s), drawn together</source>
      <translation>
        <numerusform>%n more socket, drawn together</numerusform>
        <numerusform>%n more sockets, drawn together</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n earlier call(s) not drawn: {}</source>
      <translation>
        <numerusform>%n earlier call not drawn: {}</numerusform>
        <numerusform>%n earlier calls not drawn: {}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ServerPane</name>
    <message numerus="yes">
      <source>Bound (UDP, no listen()) — %n peer(s) seen.</source>
      <translation>
        <numerusform>Bound (UDP, no listen()) — %n peer seen.</numerusform>
        <numerusform>Bound (UDP, no listen()) — %n peers seen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Listening (TCP) — %n open connection(s).</source>
      <translation>
        <numerusform>Listening (TCP) — %n open connection.</numerusform>
        <numerusform>Listening (TCP) — %n open connections.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>getaddrinfo() returned %n result(s); binding the first, info = infolist[0], as the lecture does</source>
      <translation>
        <numerusform>getaddrinfo() returned %n result; binding the first, info = infolist[0], as the lecture does</numerusform>
        <numerusform>getaddrinfo() returned %n results; binding the first, info = infolist[0], as the lecture does</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SessionActions</name>
    <message numerus="yes">
      <source>%n step(s) to do: choose one in the history, then Look up or Run again.</source>
      <translation>
        <numerusform>%n step to do: choose one in the history, then Look up or Run again.</numerusform>
        <numerusform>%n steps to do: choose one in the history, then Look up or Run again.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>netexplorer kept your last session (%n action(s)) when it closed. Continue where you left off?</source>
      <translation>
        <numerusform>netexplorer kept your last session (%n action) when it closed. Continue where you left off?</numerusform>
        <numerusform>netexplorer kept your last session (%n actions) when it closed. Continue where you left off?</numerusform>
      </translation>
    </message>
  </context>
</TS>
