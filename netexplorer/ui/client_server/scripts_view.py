"""The two generated scripts, side by side: the server pane's and the client pane's, as Python."""

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QWidget

from netexplorer.core import scripts
from netexplorer.core.engine import Endpoint, Transport, parse_endpoint
from netexplorer.core.parsing import InvalidInput
from netexplorer.ui.client_server.client_pane import ClientPane
from netexplorer.ui.client_server.server_pane import ServerPane
from netexplorer.ui.text import error_text
from netexplorer.ui.widgets import CodeView


class ScriptsView(QWidget):
    """The server script and the client script, each equivalent to its pane's current settings.

    Run as pasted, the server script talks to the client pane and the client
    script to the server pane; they follow every change of the panes.
    """

    def __init__(
        self, server: ServerPane, client: ClientPane, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.server, self.client = server, client
        self.server_code = CodeView(
            self.tr("Server script (serves one client, like the lecture's):"),
            "",
            name="serverCodeView",
            copy_name="serverCopyCodeButton",
            copy_text=self.tr("C&opy server script"),
        )
        self.client_code = CodeView(
            self.tr("Client script (talks to the server pane):"),
            "",
            name="clientCodeView",
            copy_name="clientCopyCodeButton",
            copy_text=self.tr("Copy cl&ient script"),
        )
        for code in (self.server_code, self.client_code):  # the window must fit a laptop
            code.editor.setMinimumHeight(code.editor.fontMetrics().lineSpacing() * 3)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.server_code, 1)
        layout.addWidget(self.client_code, 1)
        for edit in (
            server.host_input, server.port_input, server.greeting_input,
            client.host_input, client.port_input, client.message_input,
        ):  # fmt: skip
            edit.textChanged.connect(self.refresh)
        for check in (
            server.greeting_check, server.reply_check, server.echo_check,
            client.udp_connect_check,
        ):  # fmt: skip
            check.toggled.connect(self.refresh)
        self.refresh()

    def _endpoint(self, host: str, port: str) -> Endpoint | str:
        try:
            return parse_endpoint(host, port)
        except InvalidInput as invalid:
            return "# " + error_text(invalid.error).replace("\n", "\n# ")

    @Slot()
    def refresh(self) -> None:
        """Write both scripts again from the panes' settings (the transport included)."""
        transport = self.server.transport
        udp = transport is Transport.UDP
        greeting = self.server.greeting_input.text()
        greets = (
            self.server.reply_check.isChecked() if udp else self.server.greeting_check.isChecked()
        )
        echo = self.server.echo_check.isChecked()
        endpoint = self._endpoint(self.server.host_input.text(), self.server.port_input.text())
        if isinstance(endpoint, Endpoint):
            settings = scripts.ServerScript(endpoint, transport, greeting if greets else None, echo)
            self._show(self.server_code, scripts.server_script(settings))
        else:
            self._show(self.server_code, endpoint)
        endpoint = self._endpoint(self.client.host_input.text(), self.client.port_input.text())
        if isinstance(endpoint, Endpoint):
            client = scripts.ClientScript(
                endpoint,
                transport,
                self.client.message_input.text(),
                greeted=greets and not udp,
                answers=int(echo) + int(greets and udp),
                udp_connect=udp and self.client.udp_connect_check.isChecked(),
            )
            self._show(self.client_code, scripts.client_script(client))
        else:
            self._show(self.client_code, endpoint)

    def _show(self, view: CodeView, text: str) -> None:
        if view.editor.toPlainText() != text:
            view.editor.setPlainText(text)
