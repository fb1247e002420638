"""A scripted LSP client for the tests: starts a server, frames and sends
messages, and waits for the answers and notifications it needs."""
import json
import subprocess
import threading
import time


class LspClient:
    def __init__(self, argv, cwd=None, stderr=None, env=None):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=stderr,
                                     cwd=cwd, env=env)
        self.next_id = 1
        self.messages = []          # everything the server sent, in order
        self.cond = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    with self.cond:
                        self.messages.append(None)  # end of output
                        self.cond.notify_all()
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            message = json.loads(out.read(length))
            with self.cond:
                self.messages.append(message)
                self.cond.notify_all()

    def send_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode()
        self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, timeout=60):
        rid = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": rid, "method": method,
                   "params": params})
        reply = self.wait_for(lambda m: m.get("id") == rid and
                              "method" not in m, timeout)
        if "error" in reply:
            raise RuntimeError("%s failed: %s" % (method, reply["error"]))
        return reply.get("result")

    def wait_for(self, predicate, timeout=60, start=0):
        """The first message from index start on that matches predicate."""
        deadline = time.time() + timeout
        with self.cond:
            index = start
            while True:
                while index < len(self.messages):
                    message = self.messages[index]
                    index += 1
                    if message is None:
                        raise RuntimeError("the server closed its output")
                    if predicate(message):
                        return message
                left = deadline - time.time()
                if left <= 0:
                    raise TimeoutError("no matching message in %ds" % timeout)
                self.cond.wait(left)

    def mark(self):
        """The index of the next message, for wait_for(start=...)."""
        with self.cond:
            return len(self.messages)

    def wait_exit(self, timeout=30):
        return self.proc.wait(timeout)


def diagnostics_of(uri):
    """A predicate: a publishDiagnostics notification for uri."""
    def matches(message):
        return (message.get("method") == "textDocument/publishDiagnostics"
                and message["params"]["uri"] == uri)
    return matches


def alignlint_diagnostics(message):
    return [d for d in message["params"]["diagnostics"]
            if d.get("source") == "alignlint"]


def apply_edits(text, edits):
    """Applies LSP TextEdits (ASCII text: characters are bytes)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)

    def offset(position):
        return starts[position["line"]] + position["character"]
    spans = sorted(((offset(e["range"]["start"]), offset(e["range"]["end"]),
                     e["newText"]) for e in edits), reverse=True)
    for begin, end, new in spans:
        text = text[:begin] + new + text[end:]
    return text
