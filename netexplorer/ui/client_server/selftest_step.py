"""The Client/Server view's ``--self-test`` step, and its entry in the view registry."""

import time

from netexplorer.ui.client_server.tab import ClientServerTab
from netexplorer.ui.stepping import STEP_TIMEOUT_MS, wait_until
from netexplorer.ui.view import StepResult, ViewParts


def self_test(tab: ClientServerTab) -> StepResult:
    """Start the TCP server on 127.0.0.1 port 0, connect the client, exchange one message each way.

    Everything goes through the view's buttons, the resolver pool and the socket engine.
    """
    start = time.perf_counter()
    server, client = tab.server_pane, tab.client_pane
    tab.transport_combo.setCurrentIndex(0)
    server.host_input.setText("127.0.0.1")
    server.port_input.setText("0")
    server.greeting_check.setChecked(True)
    server.start_button.click()
    problem = ""
    if not wait_until(
        lambda: tab.server.running or server.start_button.isEnabled(), STEP_TIMEOUT_MS
    ):
        problem = "the server did not start in time"
    elif tab.server.listening is None:
        problem = "the server did not start: " + server.status_label.text()
    else:
        client.host_input.setText("127.0.0.1")
        client.port_input.setText(str(tab.server.listening.port))
        client.connect_button.click()
        greeting = len(server.greeting_input.text().encode())
        message = client.message_input.text().encode()
        if not wait_until(
            lambda: tab.client.received >= greeting and client.send_button.isEnabled(),
            STEP_TIMEOUT_MS,
        ):
            problem = "no greeting reached the client: " + client.status_label.text()
        else:
            client.send_button.click()
            if not wait_until(
                lambda: any(c.received >= len(message) for c in tab.server.connections()),
                STEP_TIMEOUT_MS,
            ):
                problem = "the client's message did not reach the server"
    endpoints = f"{client.local_label.text()} to {client.peer_label.text()}"
    detail = problem or f"{endpoints}: greeting and reply delivered"
    rows = len(tab.server.connections())
    tab.disconnect_client()
    tab.stop_server()
    elapsed = (time.perf_counter() - start) * 1000
    return StepResult("client-server", not problem, round(elapsed, 2), rows, detail)


VIEW = ViewParts(ClientServerTab, self_test)
